/* Random numbers through the C ABI: seeds, generator handles, states, fills and their errors.
   Values are those PyTorch 1.13 prints after the same seed (tests/python/test_random.py checks many more). */
#include <stdlib.h>
#include "nativegrad.h"
#include "check.h"

static void values(ng_tensor* t, double* out, int n) {
    ng_tensor* d;
    EXPECT_OK(ng_tensor_to_dtype(t, NG_FLOAT64, &d));
    EXPECT_OK(ng_tensor_copy_to(d, out, (int64_t)n * 8));
    ng_tensor_free(d);
}

static void test_default_generator_gives_torch_values(void) {
    int64_t shape[1] = {3};
    ng_tensor* t;
    double v[8];
    EXPECT_OK(ng_manual_seed(0));
    EXPECT_OK(ng_rand(shape, 1, NG_FLOAT32, &t));
    values(t, v, 3);
    /* torch.manual_seed(0); torch.rand(3) */
    EXPECT(v[0] == 0.49625658988952637 && v[1] == 0.7682217955589294 && v[2] == 0.08847743272781372);
    ng_tensor_free(t);
    EXPECT_OK(ng_generator_manual_seed(NULL, 3));   /* NULL: the default generator, as ng_manual_seed */
    EXPECT_OK(ng_randperm(8, NG_INT64, NULL, &t));
    values(t, v, 8);
    const double perm[8] = {2, 4, 3, 5, 1, 0, 6, 7};   /* torch.manual_seed(3); torch.randperm(8) */
    for (int i = 0; i < 8; i++) EXPECT(v[i] == perm[i]);
    ng_tensor_free(t);
    int64_t seed;
    EXPECT_OK(ng_generator_initial_seed(NULL, &seed));
    EXPECT(seed == 3);
    EXPECT_OK(ng_manual_seed(-1));
    EXPECT_OK(ng_generator_initial_seed(NULL, &seed));
    EXPECT((uint64_t)seed == UINT64_MAX);
}

static void test_generator_handles_and_state(void) {
    ng_generator *g, *h;
    int64_t seed, shape[1] = {20};
    EXPECT_OK(ng_generator_new(&g));
    EXPECT_OK(ng_generator_initial_seed(g, &seed));
    EXPECT(seed == 67280421310721LL);
    EXPECT_OK(ng_generator_manual_seed(g, 42));
    unsigned char* state = malloc(5056);
    EXPECT_OK(ng_generator_get_state(g, state, 5056));
    ng_tensor *a, *b;
    double va[20], vb[20];
    EXPECT_OK(ng_zeros(shape, 1, NG_FLOAT64, &a));
    EXPECT_OK(ng_normal_(a, 1.0, 2.0, g));
    values(a, va, 20);
    /* the state, copied into another generator, replays the same values */
    EXPECT_OK(ng_generator_new(&h));
    EXPECT_OK(ng_generator_set_state(h, state, 5056));
    EXPECT_OK(ng_zeros(shape, 1, NG_FLOAT64, &b));
    EXPECT_OK(ng_normal_(b, 1.0, 2.0, h));
    values(b, vb, 20);
    for (int i = 0; i < 20; i++) EXPECT(va[i] == vb[i]);
    EXPECT_OK(ng_generator_seed(h, &seed));
    EXPECT_OK(ng_generator_initial_seed(h, &seed));
    /* errors leave outputs and the generator alone */
    EXPECT_ERR_STARTS(ng_generator_get_state(g, state, 100), NG_ERR_INVALID_ARGUMENT, "buffer of 100 bytes");
    EXPECT_ERR_STARTS(ng_generator_set_state(g, state, 10), NG_ERR_INVALID_ARGUMENT, "Expected either a CPUGeneratorImplStateLegacy");
    EXPECT_STATUS(ng_generator_set_state(g, NULL, 5056), NG_ERR_NULL_POINTER);
    EXPECT_OK(ng_generator_free(h));
    EXPECT_STATUS(ng_generator_manual_seed(h, 1), NG_ERR_RELEASED_HANDLE);
    EXPECT_STATUS(ng_generator_free(h), NG_ERR_RELEASED_HANDLE);
    EXPECT_OK(ng_generator_free(NULL));
    free(state);
    ng_tensor_free(a); ng_tensor_free(b);
    EXPECT_OK(ng_generator_free(g));
}

static void test_fills_and_errors(void) {
    int64_t shape[1] = {50}, hi = 10;
    ng_tensor *t, *p, *r;
    double v[50];
    EXPECT_OK(ng_zeros(shape, 1, NG_INT64, &t));
    EXPECT_OK(ng_random_from_to_(t, -10, &hi, NULL));
    values(t, v, 50);
    for (int i = 0; i < 50; i++) EXPECT(v[i] >= -10 && v[i] < 10);
    EXPECT_OK(ng_random_from_to_(t, 5, NULL, NULL));   /* to = NULL: up to INT64_MAX */
    EXPECT_OK(ng_random_(t, NULL));
    EXPECT_ERR_STARTS(ng_random_from_to_(t, 10, &hi, NULL), NG_ERR_INVALID_ARGUMENT,
                      "random_ expects 'from' to be less than 'to', but got from=10 >= to=10");
    EXPECT_ERR_STARTS(ng_uniform_(t, 0, 1, NULL), NG_ERR_DTYPE, "\"check_uniform_bounds\" not implemented for 'Long'");
    ng_tensor_free(t);
    EXPECT_OK(ng_full(shape, 1, 0.25, NG_FLOAT32, &p));
    EXPECT_OK(ng_bernoulli(p, NULL, &r));
    values(r, v, 50);
    for (int i = 0; i < 50; i++) EXPECT(v[i] == 0 || v[i] == 1);
    EXPECT_OK(ng_bernoulli_(r, 0.5, NULL));
    EXPECT_OK(ng_bernoulli_tensor_(r, p, NULL));
    EXPECT_ERR_STARTS(ng_bernoulli_(r, 1.5, NULL), NG_ERR_INVALID_ARGUMENT, "bernoulli_ expects p to be in [0, 1], but got p=1.5");
    EXPECT_OK(ng_exponential_(r, 2.0, NULL));
    EXPECT_OK(ng_uniform_(r, -1, 1, NULL));
    EXPECT_ERR_STARTS(ng_normal_(r, 0, -1, NULL), NG_ERR_INVALID_ARGUMENT, "normal expects std >= 0.0, but found std -1");
    ng_tensor* n = (ng_tensor*)0x1;
    EXPECT_STATUS(ng_normal(NULL, 0, NULL, 1, NULL, &n), NG_ERR_NULL_POINTER);
    EXPECT(n == (ng_tensor*)0x1);
    EXPECT_OK(ng_normal(p, 0, NULL, 2.0, NULL, &n));
    ng_tensor_free(n);
    EXPECT_OK(ng_multinomial(p, 3, 0, NULL, &n));
    ng_tensor_free(n);
    EXPECT_ERR_STARTS(ng_randperm(-1, NG_INT64, NULL, &n), NG_ERR_INVALID_ARGUMENT, "Trying to create tensor with negative dimension -1");
    ng_tensor_free(r); ng_tensor_free(p);
}

int main(void) {
    test_default_generator_gives_torch_values();
    test_generator_handles_and_state();
    test_fills_and_errors();
    return finish("test_random");
}
