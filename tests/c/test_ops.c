/* Activations, softmax, max over a dim (two outputs), cat (n-ary input) and their errors through the C ABI. */
#include "nativegrad.h"
#include "check.h"

static ng_tensor* matrix(const double* data, int64_t rows, int64_t cols) {
    const int64_t shape[] = {rows, cols};
    ng_tensor* t = NULL;
    ng_tensor_from_buffer(data, (int64_t)(rows * cols * sizeof(double)), NG_FLOAT64, shape, 2, &t);
    ng_tensor_set_requires_grad(t, 1);
    return t;
}

static void test_max_dim_two_outputs(void) {
    const double d[] = {1, 3, 3, 2, 0, -1};
    ng_tensor *x = matrix(d, 2, 3), *v = NULL, *i = NULL, *s, *g;
    EXPECT_OK(ng_max_dim(x, 1, 0, &v, &i));
    EXPECT_STR(repr(v), "tensor([3., 2.], dtype=torch.float64, grad_fn=<MaxBackward0>)");
    EXPECT_STR(repr(i), "tensor([1, 0])");
    EXPECT_OK(ng_sum(v, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(x, &g));
    double out[6];
    EXPECT_OK(ng_tensor_copy_to(g, out, sizeof out));
    EXPECT(out[0] == 0 && out[1] == 1 && out[2] == 0 && out[3] == 1 && out[4] == 0 && out[5] == 0);
    /* outputs are written only on success */
    ng_tensor *v2 = NULL, *i2 = NULL;
    EXPECT_ERR_STARTS(ng_max_dim(x, 2, 0, &v2, &i2), NG_ERR_INDEX, "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
    EXPECT(v2 == NULL && i2 == NULL);
    EXPECT_STATUS(ng_max_dim(x, 1, 0, NULL, &i2), NG_ERR_NULL_POINTER);
    ng_tensor_free(g); ng_tensor_free(s); ng_tensor_free(i); ng_tensor_free(v); ng_tensor_free(x);
}

static void test_cat_and_stack(void) {
    const double a[] = {1, 2, 3, 4, 5, 6}, b[] = {7, 8};
    ng_tensor *x = matrix(a, 2, 3), *y = matrix(b, 2, 1), *c = NULL, *bad = matrix(b, 1, 2);
    ng_tensor* list[] = {x, y, x};
    EXPECT_OK(ng_cat(list, 3, 1, &c));
    int64_t shape[2];
    EXPECT_OK(ng_tensor_shape(c, shape, 2));
    EXPECT(shape[0] == 2 && shape[1] == 7);
    double out[14];
    EXPECT_OK(ng_tensor_copy_to(c, out, sizeof out));
    EXPECT(out[3] == 7 && out[4] == 1 && out[10] == 8);
    ng_tensor* mismatched[] = {x, bad};
    ng_tensor* none = NULL;
    EXPECT_ERR_CONTAINS(ng_cat(mismatched, 2, 0, &none), NG_ERR_SHAPE, "(shapes [2, 3] and [1, 2])");
    EXPECT(none == NULL);
    EXPECT_STATUS(ng_cat(NULL, 2, 0, &none), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_stack(mismatched, 2, 0, &none), NG_ERR_SHAPE);
    ng_tensor_free(bad); ng_tensor_free(c); ng_tensor_free(y); ng_tensor_free(x);
}

static void test_activations_and_softmax(void) {
    const double d[] = {-1, 0, 2, 1000, 1000, -1000};
    ng_tensor *x = matrix(d, 2, 3), *r, *sm, *cl;
    EXPECT_OK(ng_relu(x, &r));
    EXPECT_STR(repr(r), "tensor([[   0.,    0.,    2.],\n        [1000., 1000.,    0.]], dtype=torch.float64, grad_fn=<ReluBackward0>)");
    EXPECT_OK(ng_softmax(x, 1, &sm));
    double out[6];
    EXPECT_OK(ng_tensor_copy_to(sm, out, sizeof out));
    EXPECT_NEAR(out[3], 0.5, 1e-15); EXPECT_NEAR(out[5], 0.0, 1e-300);
    EXPECT_OK(ng_clamp(x, 1, 0.0, 0, 0.0, &cl));
    EXPECT_OK(ng_tensor_copy_to(cl, out, sizeof out));
    EXPECT(out[0] == 0 && out[2] == 2 && out[3] == 1000);
    ng_tensor* none = NULL;
    EXPECT_STATUS(ng_clamp(x, 0, 0.0, 0, 0.0, &none), NG_ERR_INVALID_ARGUMENT);
    EXPECT(none == NULL);
    ng_tensor_free(cl); ng_tensor_free(sm); ng_tensor_free(r); ng_tensor_free(x);
}

static void test_gather_index_errors(void) {
    const double d[] = {1, 2, 3, 4, 5, 6};
    const int64_t bad_idx[] = {9}, shape[] = {1, 1};
    ng_tensor *x = matrix(d, 2, 3), *idx, *fidx, *none = NULL;
    EXPECT_OK(ng_tensor_from_buffer(bad_idx, sizeof bad_idx, NG_INT64, shape, 2, &idx));
    EXPECT_ERR_STARTS(ng_gather(x, 0, idx, &none), NG_ERR_INVALID_ARGUMENT, "index 9 is out of bounds for dimension 0 with size 2");
    EXPECT_OK(ng_tensor_from_buffer(d, sizeof(double), NG_FLOAT64, shape, 2, &fidx));
    EXPECT_ERR_STARTS(ng_gather(x, 0, fidx, &none), NG_ERR_DTYPE, "gather(): Expected dtype int64 for index");
    EXPECT(none == NULL);
    ng_tensor_free(fidx); ng_tensor_free(idx); ng_tensor_free(x);
}

int main(void) {
    test_max_dim_two_outputs();
    test_cat_and_stack();
    test_activations_and_softmax();
    test_gather_index_errors();
    return finish("test_ops");
}
