/* Bad arguments refused as PyTorch refuses them, with its messages (issue 11), and legal edge cases
 * (a 0-dim tensor's dim 0, slice bounds near the int64 limits, var/std over all dims by NULL). */
#include <math.h>
#include <stdint.h>
#include "nativegrad.h"
#include "check.h"

static ng_tensor* vec(const double* v, int64_t n) {
    ng_tensor* t = NULL;
    ng_tensor_from_buffer(v, n * (int64_t)sizeof(double), NG_FLOAT64, &n, 1, &t);
    return t;
}

static void test_optimizers(void) {
    const double v[2] = {1, 2}, gv[2] = {1, 1};
    ng_tensor *p = vec(v, 2), *g = vec(gv, 2);
    ng_tensor_set_requires_grad(p, 1);
    ng_optimizer* o = NULL;
    EXPECT_ERR_STARTS(ng_sgd_new(&p, 1, -0.1, 0, 0, 0, 0, &o), NG_ERR_INVALID_ARGUMENT, "Invalid learning rate: -0.1");
    EXPECT_ERR_STARTS(ng_sgd_new(&p, 1, 0.1, -1, 0, 0, 0, &o), NG_ERR_INVALID_ARGUMENT, "Invalid momentum value: -1");
    EXPECT_ERR_STARTS(ng_sgd_new(&p, 1, 0.1, 0, 0, 0, 1, &o), NG_ERR_INVALID_ARGUMENT,
                      "Nesterov momentum requires a momentum and zero dampening");
    EXPECT_ERR_STARTS(ng_adam_new(&p, 1, 1e-3, 1.0, 0.999, 1e-8, 0, 0, 0, &o), NG_ERR_INVALID_ARGUMENT,
                      "Invalid beta parameter at index 0: 1");
    EXPECT_ERR_STARTS(ng_adam_new(&p, 1, 1e-3, 0.9, NAN, 1e-8, 0, 0, 0, &o), NG_ERR_INVALID_ARGUMENT,
                      "Invalid beta parameter at index 1: nan");
    EXPECT_ERR_STARTS(ng_adam_new(&p, 1, 1e-3, 0.9, 0.999, -1e-8, 0, 0, 0, &o), NG_ERR_INVALID_ARGUMENT,
                      "Invalid epsilon value: -1e-08");
    EXPECT(o == NULL);
    EXPECT_ERR_STARTS(ng_sgd_update_(p, g, NULL, 1, -1, 0, 0, 0, 0, 0), NG_ERR_INVALID_ARGUMENT, "Invalid learning rate: -1");
    EXPECT_OK(ng_sgd_new(&p, 1, 0.1, 0.9, 0, 0, 1, &o));
    EXPECT_OK(ng_optimizer_free(o));
    ng_tensor_free(g);
    ng_tensor_free(p);
}

static void test_losses_and_dropout(void) {
    const double xv[2] = {0.5, 1.5}, tv[2] = {1, 0};
    ng_tensor *x = vec(xv, 2), *t = vec(tv, 2), *out = NULL;
    EXPECT_ERR_STARTS(ng_bce(x, t, NULL, 1, &out), NG_ERR_INVALID_ARGUMENT, "all elements of input should be between 0 and 1");
    EXPECT_ERR_STARTS(ng_dropout(x, NAN, 1, &out), NG_ERR_INVALID_ARGUMENT, "dropout probability has to be between 0 and 1, but got nan");
    EXPECT_ERR_STARTS(ng_dropout(x, 1.5, 1, &out), NG_ERR_INVALID_ARGUMENT, "dropout probability has to be between 0 and 1, but got 1.5");
    const int64_t shape[2] = {2, 3}, four = 4, two = 2;
    ng_tensor *logits = NULL, *w = NULL, *target = NULL;
    const int64_t classes[2] = {0, 2};
    EXPECT_OK(ng_zeros(shape, 2, NG_FLOAT32, &logits));
    EXPECT_OK(ng_ones(&four, 1, NG_FLOAT32, &w));
    EXPECT_OK(ng_tensor_from_buffer(classes, sizeof classes, NG_INT64, &two, 1, &target));
    EXPECT_ERR_STARTS(ng_cross_entropy(logits, target, w, -100, 1, 0, &out), NG_ERR_INVALID_ARGUMENT,
                      "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [4]");
    EXPECT_ERR_STARTS(ng_nll_loss(logits, target, w, -100, 1, &out), NG_ERR_INVALID_ARGUMENT,
                      "weight tensor should be defined either for all 3 classes or no classes");
    EXPECT(out == NULL);
    ng_tensor_free(target); ng_tensor_free(w); ng_tensor_free(logits);
    ng_tensor_free(t); ng_tensor_free(x);
}

static void test_factories(void) {
    ng_tensor* t = NULL;
    const int64_t two = 2;
    EXPECT_ERR_STARTS(ng_full(&two, 1, NAN, NG_INT64, &t), NG_ERR_INVALID_ARGUMENT, "value cannot be converted to type int64_t without overflow");
    EXPECT_ERR_STARTS(ng_full(&two, 1, 1e30, NG_INT64, &t), NG_ERR_INVALID_ARGUMENT, "value cannot be converted to type int64_t without overflow");
    EXPECT_ERR_STARTS(ng_full(&two, 1, 9223372036854775808.0, NG_INT64, &t), NG_ERR_INVALID_ARGUMENT,
                      "value cannot be converted to type int64_t without overflow");
    EXPECT_ERR_STARTS(ng_arange(0, 5, NAN, NG_FLOAT32, &t), NG_ERR_INVALID_ARGUMENT, "step must be nonzero");
    EXPECT_ERR_STARTS(ng_arange(0, NAN, 1, NG_FLOAT32, &t), NG_ERR_INVALID_ARGUMENT, "unsupported range: 0 -> nan");
    EXPECT_ERR_STARTS(ng_arange(0, 5, 1, NG_BOOL, &t), NG_ERR_DTYPE, "\"arange_cpu\" not implemented for 'Bool'");
    EXPECT_ERR_STARTS(ng_randint(5, 5, &two, 1, NG_INT64, &t), NG_ERR_INVALID_ARGUMENT,
                      "random_ expects 'from' to be less than 'to', but got from=5 >= to=5");
    EXPECT(t == NULL);
    /* the whole int64 range (high - low overflows), and bounds a double cannot tell apart */
    const int64_t n = 64;
    int64_t v[64];
    EXPECT_OK(ng_randint(INT64_MIN, INT64_MAX, &n, 1, NG_INT64, &t));
    EXPECT_OK(ng_tensor_copy_to(t, v, sizeof v));
    int neg = 0, pos = 0;
    for (int i = 0; i < 64; i++) { neg += v[i] < 0; pos += v[i] > 0; }
    EXPECT(neg > 0 && pos > 0);
    ng_tensor_free(t);
    const int64_t lo = (int64_t)1 << 62;
    EXPECT_OK(ng_randint(lo, lo + 3, &n, 1, NG_INT64, &t));
    EXPECT_OK(ng_tensor_copy_to(t, v, sizeof v));
    int seen[3] = {0, 0, 0}, out_of_range = 0;
    for (int i = 0; i < 64; i++) {
        if (v[i] < lo || v[i] > lo + 2) out_of_range++;
        else seen[v[i] - lo] = 1;
    }
    EXPECT(out_of_range == 0 && seen[0] && seen[1] && seen[2]);
    ng_tensor_free(t);
}

static void test_autograd(void) {
    const double v[2] = {1, 2};
    ng_tensor* x = vec(v, 2);
    ng_tensor_set_requires_grad(x, 1);
    EXPECT_ERR_STARTS(ng_tensor_set_grad(x, x), NG_ERR_AUTOGRAD, "can't assign Variable as its own grad");
    ng_tensor* g = (ng_tensor*)1;
    EXPECT_OK(ng_tensor_grad(x, &g));
    EXPECT(g == NULL);
    ng_tensor_free(x);
}

static ng_status exp_fn(void* user, ng_tensor** in, int32_t n, ng_tensor** out) {
    (void)user; (void)n;
    return ng_exp(in[0], out);
}

static void test_gradcheck_eps(void) {
    const double v[2] = {1, 2};
    ng_tensor* x = vec(v, 2);
    ng_tensor_set_requires_grad(x, 1);
    int32_t ok = -1;
    char* msg = NULL;
    EXPECT_ERR_STARTS(ng_gradcheck(exp_fn, NULL, &x, 1, 0, 1e-5, 1e-3, 0, &ok, &msg), NG_ERR_INVALID_ARGUMENT,
                      "gradcheck: eps must be positive and finite, got 0");
    EXPECT_ERR_STARTS(ng_gradcheck(exp_fn, NULL, &x, 1, NAN, 1e-5, 1e-3, 1, &ok, &msg), NG_ERR_INVALID_ARGUMENT,
                      "gradcheck: eps must be positive and finite, got nan");
    EXPECT_ERR_STARTS(ng_gradcheck(exp_fn, NULL, &x, 1, -1e-6, 1e-5, 1e-3, 0, &ok, &msg), NG_ERR_INVALID_ARGUMENT,
                      "gradcheck: eps must be positive and finite, got -1e-06");
    EXPECT(ok == -1);
    EXPECT_OK(ng_gradcheck(exp_fn, NULL, &x, 1, 1e-6, 1e-5, 1e-3, 0, &ok, &msg));
    EXPECT(ok == 1 && msg == NULL);
    ng_tensor_free(x);
}

static void test_reductions(void) {
    const double v[4] = {1, 2, 3, 4};
    const int64_t shape[2] = {2, 2}, dims[2] = {0, 1}, zero = 0, minus1 = -1;
    ng_tensor *a = NULL, *r = NULL, *s = NULL;
    EXPECT_OK(ng_tensor_from_buffer(v, sizeof v, NG_FLOAT64, shape, 2, &a));
    double val = 0;
    /* dims NULL: all dims, as the header says (with any ndims) */
    EXPECT_OK(ng_var(a, NULL, 2, 1, 0, &r));
    EXPECT_OK(ng_tensor_item(r, &val));
    EXPECT_NEAR(val, 5.0 / 3.0, 1e-15);
    ng_tensor_free(r);
    EXPECT_OK(ng_std(a, NULL, 0, 0, 0, &r));
    EXPECT_OK(ng_tensor_item(r, &val));
    EXPECT_NEAR(val, sqrt(1.25), 1e-15);
    ng_tensor_free(r);
    EXPECT_OK(ng_var(a, dims, 2, 1, 0, &r));
    ng_tensor_free(r);
    /* a 0-dim tensor reduces over dim 0 or -1 */
    EXPECT_OK(ng_full(NULL, 0, 3, NG_FLOAT64, &s));
    EXPECT_OK(ng_sum_dim(s, &zero, 1, 0, &r));
    EXPECT_OK(ng_tensor_item(r, &val));
    EXPECT(val == 3);
    ng_tensor_free(r);
    EXPECT_OK(ng_sum_dim(s, &minus1, 1, 1, &r));
    ng_tensor_free(r);
    const int64_t one = 1;
    EXPECT_ERR_STARTS(ng_sum_dim(s, &one, 1, 0, &r), NG_ERR_INDEX, "Dimension out of range (expected to be in range of [-1, 0], but got 1)");
    ng_tensor_free(s);
    ng_tensor_free(a);
}

static void test_slice_bounds(void) {
    ng_tensor *a = NULL, *r = NULL;
    EXPECT_OK(ng_arange(0, 10, 1, NG_FLOAT64, &a));
    int64_t spec[4] = {NG_INDEX_SLICE, INT64_MIN + 1, INT64_MAX, INT64_MAX};
    EXPECT_OK(ng_index(a, spec, 1, &r));       /* [-2^63+1 : 2^63-1 : 2^63-1] -> one element, 0 */
    int64_t numel = 0;
    EXPECT_OK(ng_tensor_numel(r, &numel));
    EXPECT(numel == 1);
    ng_tensor_free(r);
    int64_t spec2[4] = {NG_INDEX_SLICE, (int64_t)1 << 62, INT64_MIN, INT64_MIN};
    EXPECT_OK(ng_index(a, spec2, 1, &r));      /* [2^62:] -> empty */
    EXPECT_OK(ng_tensor_numel(r, &numel));
    EXPECT(numel == 0);
    ng_tensor_free(r);
    int64_t spec3[4] = {NG_INDEX_SLICE, -3, INT64_MAX, INT64_MAX - 1};
    EXPECT_OK(ng_index(a, spec3, 1, &r));      /* [-3::huge] -> [7] */
    double v = 0;
    EXPECT_OK(ng_tensor_item(r, &v));
    EXPECT(v == 7);
    ng_tensor_free(r);
    ng_tensor_free(a);
}

int main(void) {
    test_optimizers();
    test_losses_and_dropout();
    test_factories();
    test_autograd();
    test_gradcheck_eps();
    test_reductions();
    test_slice_bounds();
    return finish("test_validation");
}
