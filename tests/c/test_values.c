/* Values, gradients and printing through the C ABI. */
#include "nativegrad.h"
#include "check.h"

static ng_tensor* scalar(double v, int requires_grad) {
    ng_tensor* t = NULL;
    ng_full(NULL, 0, v, NG_FLOAT32, &t);
    if (requires_grad) ng_tensor_set_requires_grad(t, 1);
    return t;
}

static void test_library_facts(void) {
    EXPECT(ng_abi_version() == NG_ABI_VERSION);
    EXPECT(ng_vector_width_bits() == 256);
}

static void test_seed_graph(void) {
    ng_tensor *x = scalar(5, 1), *y, *z, *g;
    EXPECT_OK(ng_pow_scalar(x, 3, &y));
    EXPECT_OK(ng_log(y, &z));
    EXPECT_STR(repr(x), "tensor(5., requires_grad=True)");
    EXPECT_STR(repr(y), "tensor(125., grad_fn=<PowBackward0>)");
    EXPECT_STR(repr(z), "tensor(4.8283, grad_fn=<LogBackward0>)");
    ng_node* fn; char* name;
    EXPECT_OK(ng_tensor_grad_fn(z, &fn));
    EXPECT_OK(ng_node_name(fn, &name));
    EXPECT_STR(name, "LogBackward0");
    ng_string_free(name);
    int32_t count, nr; ng_node* next;
    EXPECT_OK(ng_node_num_next(fn, &count));
    EXPECT(count == 1);
    EXPECT_OK(ng_node_next(fn, 0, &next, &nr));
    EXPECT_OK(ng_node_name(next, &name));
    EXPECT_STR(name, "PowBackward0");
    ng_string_free(name);
    ng_node_free(next); ng_node_free(fn);
    EXPECT_OK(ng_backward(z, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(x, &g));
    double v;
    EXPECT_OK(ng_tensor_item(g, &v));
    EXPECT_NEAR(v, 0.6, 1e-6);
    ng_tensor* none;
    EXPECT_OK(ng_tensor_grad(y, &none));
    EXPECT(none == NULL);
    EXPECT_ERR_STARTS(ng_backward(z, NULL, -1, 0), NG_ERR_AUTOGRAD, "Trying to backward through the graph a second time");
    ng_tensor_free(g); ng_tensor_free(z); ng_tensor_free(y); ng_tensor_free(x);
}

static void test_broadcast_and_matmul(void) {
    const double a_data[] = {1, 2, 3, 4, 5, 6}, b_data[] = {10, 20, 30};
    const int64_t a_shape[] = {2, 3}, b_shape[] = {3};
    ng_tensor *a, *b, *s, *p, *sum;
    EXPECT_OK(ng_tensor_from_buffer(a_data, sizeof a_data, NG_FLOAT64, a_shape, 2, &a));
    EXPECT_OK(ng_tensor_from_buffer(b_data, sizeof b_data, NG_FLOAT64, b_shape, 1, &b));
    EXPECT_OK(ng_tensor_set_requires_grad(a, 1));
    EXPECT_OK(ng_tensor_set_requires_grad(b, 1));
    EXPECT_OK(ng_add(a, b, &s));
    double out[6];
    EXPECT_OK(ng_tensor_copy_to(s, out, sizeof out));
    EXPECT_NEAR(out[0], 11, 0); EXPECT_NEAR(out[5], 36, 0);
    EXPECT_OK(ng_matmul(a, b, &p));             /* [2,3] @ [3] -> [2] */
    EXPECT_OK(ng_tensor_copy_to(p, out, 2 * sizeof(double)));
    EXPECT_NEAR(out[0], 140, 1e-12); EXPECT_NEAR(out[1], 320, 1e-12);
    EXPECT_OK(ng_sum(p, &sum));
    EXPECT_OK(ng_backward(sum, NULL, -1, 0));
    ng_tensor *ga, *gb;
    EXPECT_OK(ng_tensor_grad(a, &ga));
    EXPECT_OK(ng_tensor_grad(b, &gb));
    EXPECT_OK(ng_tensor_copy_to(ga, out, sizeof out));
    EXPECT_NEAR(out[0], 10, 0); EXPECT_NEAR(out[4], 20, 0);
    EXPECT_OK(ng_tensor_copy_to(gb, out, 3 * sizeof(double)));
    EXPECT_NEAR(out[0], 5, 0); EXPECT_NEAR(out[2], 9, 0);
    ng_tensor* objs[] = {a, b, s, p, sum, ga, gb};
    for (int i = 0; i < 7; i++) EXPECT_OK(ng_tensor_free(objs[i]));
}

static void test_autograd_grad_and_create_graph(void) {
    /* Seed 000: g = grad(mean(a*a), a, create_graph); norm(g).backward(). */
    ng_tensor *a, *aa, *m, *g, *n;
    EXPECT_OK(ng_arange(0, 5, 1, NG_FLOAT64, &a));
    EXPECT_OK(ng_tensor_set_requires_grad(a, 1));
    EXPECT_OK(ng_mul(a, a, &aa));
    EXPECT_OK(ng_mean(aa, &m));
    EXPECT_OK(ng_autograd_grad(&m, 1, NULL, &a, 1, -1, 1, 0, &g));
    int32_t rg;
    EXPECT_OK(ng_tensor_requires_grad(g, &rg));
    EXPECT(rg == 1);
    ng_tensor* leaf_grad;
    EXPECT_OK(ng_tensor_grad(a, &leaf_grad));
    EXPECT(leaf_grad == NULL);
    const int64_t dim0 = 0;
    EXPECT_OK(ng_norm(g, 2, &dim0, 1, 0, &n));
    EXPECT_OK(ng_backward(n, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(a, &leaf_grad));
    EXPECT_STR(repr(leaf_grad), "tensor([0.0000, 0.0730, 0.1461, 0.2191, 0.2921], dtype=torch.float64)");
    ng_tensor* objs[] = {a, aa, m, g, n, leaf_grad};
    for (int i = 0; i < 6; i++) ng_tensor_free(objs[i]);
}

static void test_grad_mode_and_detach(void) {
    ng_tensor *x = scalar(2, 1), *y, *d;
    int32_t prev, flag;
    EXPECT_OK(ng_set_grad_enabled(0, &prev));
    EXPECT(prev == 1);
    EXPECT_OK(ng_mul_scalar(x, 3, &y));
    EXPECT_OK(ng_tensor_requires_grad(y, &flag));
    EXPECT(flag == 0);
    EXPECT_OK(ng_set_grad_enabled(prev, NULL));
    EXPECT_OK(ng_is_grad_enabled(&flag));
    EXPECT(flag == 1);
    EXPECT_OK(ng_tensor_detach(x, &d));
    EXPECT_OK(ng_tensor_is_leaf(d, &flag));
    EXPECT(flag == 1);
    EXPECT_OK(ng_tensor_requires_grad(d, &flag));
    EXPECT(flag == 0);
    ng_tensor_free(x); ng_tensor_free(y); ng_tensor_free(d);
}

static void test_memory_is_released(void) {
    int64_t before, after;
    EXPECT_OK(ng_live_bytes(&before));
    for (int i = 0; i < 100; i++) {
        const int64_t shape[] = {64, 64};
        ng_tensor *x, *e, *s;
        ng_randn(shape, 2, NG_FLOAT32, &x);
        ng_tensor_set_requires_grad(x, 1);
        ng_exp(x, &e);
        ng_sum(e, &s);
        ng_backward(s, NULL, -1, 0);
        ng_tensor_free(s); ng_tensor_free(e); ng_tensor_free(x);
    }
    EXPECT_OK(ng_live_bytes(&after));
    EXPECT(after == before);
}

int main(void) {
    test_library_facts();
    test_seed_graph();
    test_broadcast_and_matmul();
    test_autograd_grad_and_create_graph();
    test_grad_mode_and_detach();
    test_memory_is_released();
    return finish("test_values");
}
