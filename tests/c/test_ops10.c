/* The issue-10 ops through the generated C exports: a list-returning op (caller's array, capacity,
   count), a two-result op, a bool result, optional arguments, in-place masked fills, gradients of a
   multi-output node, and errors that return a status without writing the outputs. */
#include <stdint.h>
#include "nativegrad.h"
#include "check.h"

static void values(ng_tensor* t, double* out, int n) {
    int64_t numel = 0;
    ng_tensor* d;
    ng_tensor_numel(t, &numel);
    EXPECT(numel == n);
    EXPECT_OK(ng_tensor_to_dtype(t, NG_FLOAT64, &d));
    EXPECT_OK(ng_tensor_copy_to(d, out, (int64_t)(n * sizeof(double))));
    ng_tensor_free(d);
}

static void node_name_is(ng_tensor* t, const char* expected) {
    ng_node* fn = NULL;
    char* name = NULL;
    EXPECT_OK(ng_tensor_grad_fn(t, &fn));
    EXPECT(fn != NULL);
    if (!fn) return;
    EXPECT_OK(ng_node_name(fn, &name));
    EXPECT_STR(name, expected);
    ng_string_free(name);
    ng_node_free(fn);
}

int main(void) {
    ng_tensor *x, *a;
    const int64_t s23[] = {2, 3};
    double buf[12];
    EXPECT_OK(ng_arange(0, 6, 1, NG_FLOAT64, &x));
    EXPECT_OK(ng_tensor_set_requires_grad(x, 1));
    EXPECT_OK(ng_reshape(x, s23, 2, &a));           /* a = [[0, 1, 2], [3, 4, 5]] */

    /* unbind(a, 1): three views, written to the caller's array with their count. */
    ng_tensor* parts[4] = {NULL, NULL, NULL, NULL};
    int32_t count = -1;
    EXPECT_OK(ng_unbind(a, 1, parts, 4, &count));
    EXPECT(count == 3);
    values(parts[2], buf, 2);
    EXPECT(buf[0] == 2 && buf[1] == 5);
    node_name_is(parts[0], "UnbindBackward0");

    /* The gradient of 2 * parts[1] reaches column 1 only. */
    ng_tensor *y, *s, *g;
    EXPECT_OK(ng_mul_scalar(parts[1], 2.0, &y));
    EXPECT_OK(ng_sum(y, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(x, &g));
    values(g, buf, 6);
    EXPECT(buf[0] == 0 && buf[1] == 2 && buf[2] == 0 && buf[3] == 0 && buf[4] == 2 && buf[5] == 0);
    ng_tensor_free(g); ng_tensor_free(s); ng_tensor_free(y);
    for (int i = 0; i < 3; i++) ng_tensor_free(parts[i]);

    /* A capacity too small fails with a status and writes nothing. */
    ng_tensor* few[2] = {NULL, NULL};
    count = -1;
    EXPECT_ERR_CONTAINS(ng_unbind(a, 1, few, 2, &count), NG_ERR_INVALID_ARGUMENT, "output array holds 2");
    EXPECT(count == -1 && few[0] == NULL);

    /* split / split_with_sizes / chunk. */
    const int64_t sizes[] = {1, 2};
    EXPECT_OK(ng_split_with_sizes(a, sizes, 2, 1, parts, 4, &count));
    EXPECT(count == 2);
    node_name_is(parts[1], "SplitWithSizesBackward0");
    values(parts[1], buf, 4);
    EXPECT(buf[0] == 1 && buf[1] == 2 && buf[2] == 4 && buf[3] == 5);
    for (int i = 0; i < count; i++) ng_tensor_free(parts[i]);
    EXPECT_OK(ng_chunk(a, 2, 1, parts, 4, &count));
    EXPECT(count == 2);
    node_name_is(parts[0], "SplitBackward0");
    for (int i = 0; i < count; i++) ng_tensor_free(parts[i]);
    EXPECT_ERR_STARTS(ng_split(a, 0, 1, parts, 4, &count), NG_ERR_INVALID_ARGUMENT,
                      "split_size can only be 0 if dimension size is 0");

    /* sort (two results) and topk. */
    ng_tensor *v, *idx, *neg;
    EXPECT_OK(ng_neg(a, &neg));
    EXPECT_OK(ng_sort(neg, -1, 0, 1, &v, &idx));
    values(v, buf, 6);
    EXPECT(buf[0] == -2 && buf[2] == 0 && buf[3] == -5);
    values(idx, buf, 6);
    EXPECT(buf[0] == 2 && buf[1] == 1 && buf[2] == 0);
    node_name_is(v, "SortBackward0");
    ng_tensor_free(v); ng_tensor_free(idx);
    EXPECT_OK(ng_topk(a, 1, 0, 1, 1, &v, &idx));
    values(v, buf, 3);
    EXPECT(buf[0] == 3 && buf[1] == 4 && buf[2] == 5);
    ng_tensor_free(v); ng_tensor_free(idx);
    v = (ng_tensor*)0x1;
    EXPECT_ERR_STARTS(ng_topk(a, 4, -1, 1, 1, &v, &idx), NG_ERR_INVALID_ARGUMENT, "selected index k out of range");
    EXPECT(v == (ng_tensor*)0x1);

    /* Optional dims: argmax over all (has_dim 0) and over dim 1; roll with dims NULL. */
    int64_t i64[3];
    EXPECT_OK(ng_argmax(a, 0, 0, 0, &idx));
    EXPECT_OK(ng_tensor_copy_to(idx, i64, 8));
    EXPECT(i64[0] == 5);
    ng_tensor_free(idx);
    EXPECT_OK(ng_argmin(neg, 1, 1, 0, &idx));
    EXPECT_OK(ng_tensor_copy_to(idx, i64, 16));
    EXPECT(i64[0] == 2 && i64[1] == 2);
    ng_tensor_free(idx);
    const int64_t one[] = {1};
    ng_tensor* r;
    EXPECT_OK(ng_roll(a, one, 1, NULL, 0, &r));
    values(r, buf, 6);
    EXPECT(buf[0] == 5 && buf[1] == 0 && buf[5] == 4);
    ng_tensor_free(r);

    /* prod over a dim with dtype -1 (keep), cumsum. */
    EXPECT_OK(ng_prod_dim_int(a, 1, 0, -1, &r));
    values(r, buf, 2);
    EXPECT(buf[0] == 0 && buf[1] == 60);
    node_name_is(r, "ProdBackward1");
    ng_tensor_free(r);
    EXPECT_OK(ng_cumsum(a, 1, NG_FLOAT32, &r));
    values(r, buf, 6);
    EXPECT(buf[2] == 3 && buf[5] == 12);
    ng_tensor_free(r);

    /* Predicates: a bool result and an int32 flag. */
    ng_tensor *mask, *b, *zero;
    int32_t flag = -1;
    EXPECT_OK(ng_full(s23, 2, 0.0, NG_FLOAT64, &zero));
    EXPECT_OK(ng_gt(a, zero, &mask));
    EXPECT_OK(ng_all(mask, 0, 0, 0, &b));
    EXPECT_OK(ng_tensor_item(b, buf));
    EXPECT(buf[0] == 0);
    ng_tensor_free(b);
    EXPECT_OK(ng_equal(a, a, &flag));
    EXPECT(flag == 1);
    EXPECT_OK(ng_equal(a, zero, &flag));
    EXPECT(flag == 0);

    /* masked_fill_ in place on a copy; masked_fill with a tensor value. */
    ng_tensor *c, *val;
    EXPECT_OK(ng_tensor_clone(a, &c));
    EXPECT_OK(ng_tensor_detach(c, &y));
    EXPECT_OK(ng_masked_fill_(y, mask, -1.0));
    values(y, buf, 6);
    EXPECT(buf[0] == 0 && buf[1] == -1 && buf[5] == -1);
    EXPECT_OK(ng_full(NULL, 0, 7.0, NG_FLOAT64, &val));
    EXPECT_OK(ng_masked_fill_tensor(a, mask, val, &r));
    values(r, buf, 6);
    EXPECT(buf[0] == 0 && buf[1] == 7);
    node_name_is(r, "MaskedFillBackward1");
    ng_tensor_free(r);
    EXPECT_ERR_STARTS(ng_masked_fill(a, zero, 1.0, &r), NG_ERR_DTYPE, "masked_fill_ only supports boolean masks");

    ng_tensor_free(val); ng_tensor_free(y); ng_tensor_free(c); ng_tensor_free(mask); ng_tensor_free(zero);
    ng_tensor_free(neg); ng_tensor_free(a); ng_tensor_free(x);
    return finish("test_ops10");
}
