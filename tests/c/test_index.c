/* Basic indexing, permute and in-place ops through the C ABI: values, views sharing memory,
   gradients, and bad specs that return a status (never crash, never write the output). */
#include <stdint.h>
#include "nativegrad.h"
#include "check.h"

#define NONE INT64_MIN

static void values(ng_tensor* t, double* out, int n) {
    int64_t numel = 0;
    ng_tensor* d;
    ng_tensor_numel(t, &numel);
    EXPECT(numel == n);
    EXPECT_OK(ng_tensor_to_dtype(t, NG_FLOAT64, &d));
    EXPECT_OK(ng_tensor_copy_to(d, out, (int64_t)(n * sizeof(double))));
    ng_tensor_free(d);
}

int main(void) {
    ng_tensor *a, *x, *v, *out = (ng_tensor*)0x1;
    const int64_t s34[] = {3, 4};
    double buf[12];
    EXPECT_OK(ng_arange(0, 12, 1, NG_FLOAT64, &x));
    EXPECT_OK(ng_reshape(x, s34, 2, &a));

    /* a[1, 1:3] = [5, 6] */
    const int64_t spec1[] = {NG_INDEX_INT, 1, 0, 0, NG_INDEX_SLICE, 1, 3, NONE};
    EXPECT_OK(ng_index(a, spec1, 2, &v));
    values(v, buf, 2);
    EXPECT(buf[0] == 5 && buf[1] == 6);

    /* a[..., ::2, None] has shape [3, 2, 1] and values 0 2 4 6 8 10 */
    const int64_t spec2[] = {NG_INDEX_ELLIPSIS, 0, 0, 0, NG_INDEX_SLICE, NONE, NONE, 2, NG_INDEX_NEW_AXIS, 0, 0, 0};
    ng_tensor* w;
    int64_t shape[4];
    EXPECT_OK(ng_index(a, spec2, 3, &w));
    EXPECT_OK(ng_tensor_shape(w, shape, 4));
    EXPECT(shape[0] == 3 && shape[1] == 2 && shape[2] == 1);
    values(w, buf, 6);
    EXPECT(buf[0] == 0 && buf[1] == 2 && buf[5] == 10);

    /* Views share memory and the version counter: a[1, 1:3].fill_(-1) shows in a. */
    int64_t ver = -1;
    EXPECT_OK(ng_tensor_fill_(v, -1));
    values(a, buf, 12);
    EXPECT(buf[4] == 4 && buf[5] == -1 && buf[6] == -1 && buf[7] == 7);
    EXPECT_OK(ng_tensor_version(a, &ver));
    EXPECT(ver == 1);

    /* permute and its gradient; in-place ops on a non-leaf. */
    ng_tensor *p, *leaf, *y, *s, *g;
    const int64_t perm[] = {1, 0};
    EXPECT_OK(ng_permute(a, perm, 2, &p));
    EXPECT_OK(ng_tensor_shape(p, shape, 4));
    EXPECT(shape[0] == 4 && shape[1] == 3);
    ng_tensor* tp;
    EXPECT_OK(ng_transpose(a, -1, 0, &tp));       /* the same view as permute(1, 0) */
    EXPECT_OK(ng_tensor_shape(tp, shape, 4));
    EXPECT(shape[0] == 4 && shape[1] == 3);
    double tv[12], pv[12];
    values(tp, tv, 12);
    values(p, pv, 12);
    EXPECT(memcmp(tv, pv, sizeof tv) == 0 && tv[1] == buf[4]);
    ng_tensor_free(tp);
    EXPECT_ERR_STARTS(ng_transpose(a, 0, 2, &tp), NG_ERR_INDEX, "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
    EXPECT_OK(ng_tensor_clone(a, &leaf));
    EXPECT_OK(ng_tensor_set_requires_grad(leaf, 1));
    EXPECT_ERR_STARTS(ng_add_scalar_(leaf, 1), NG_ERR_AUTOGRAD, "a leaf Variable that requires grad is being used in an in-place operation.");
    EXPECT_OK(ng_mul_scalar(leaf, 2, &y));
    EXPECT_OK(ng_add_scalar_(y, 1));
    EXPECT_OK(ng_pow_scalar_(y, 2));
    ng_node* fn;
    char* name = NULL;
    EXPECT_OK(ng_tensor_grad_fn(y, &fn));
    EXPECT_OK(ng_node_name(fn, &name));
    EXPECT_STR(name, "PowBackward0");
    ng_string_free(name);
    ng_node_free(fn);
    ng_tensor* col;
    const int64_t spec3[] = {NG_INDEX_SLICE, NONE, NONE, NONE, NG_INDEX_INT, -1, 0, 0};
    EXPECT_OK(ng_index(y, spec3, 2, &col));       /* y[:, -1] */
    EXPECT_OK(ng_sum(col, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(leaf, &g));
    values(g, buf, 12);
    /* d/dx (2x+1)^2 = 4(2x+1) on the last column (x = 3, 7, 11 there), zero elsewhere */
    EXPECT(buf[0] == 0 && buf[3] == 28 && buf[7] == 60 && buf[11] == 92 && buf[10] == 0);

    /* Bad specs: a status and a message, *out untouched. */
    const int64_t bad_kind[] = {7, 0, 0, 0};
    EXPECT_ERR_CONTAINS(ng_index(a, bad_kind, 1, &out), NG_ERR_INVALID_ARGUMENT, "unknown kind 7");
    const int64_t oob[] = {NG_INDEX_INT, 5, 0, 0};
    EXPECT_ERR_STARTS(ng_index(a, oob, 1, &out), NG_ERR_INDEX, "index 5 is out of bounds for dimension 0 with size 3");
    const int64_t many[] = {NG_INDEX_INT, 0, 0, 0, NG_INDEX_INT, 0, 0, 0, NG_INDEX_INT, 0, 0, 0};
    EXPECT_ERR_STARTS(ng_index(a, many, 3, &out), NG_ERR_INDEX, "too many indices for tensor of dimension 2");
    const int64_t step0[] = {NG_INDEX_SLICE, 0, 2, 0};
    EXPECT_ERR_STARTS(ng_index(a, step0, 1, &out), NG_ERR_INVALID_ARGUMENT, "slice step cannot be zero");
    EXPECT_STATUS(ng_index(a, NULL, 1, &out), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_index(a, oob, -1, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_index(NULL, oob, 1, &out), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_index(a, oob, 1, NULL), NG_ERR_NULL_POINTER);
    const int64_t dup[] = {0, 0};
    EXPECT_ERR_STARTS(ng_permute(a, dup, 2, &out), NG_ERR_SHAPE, "permute(): duplicate dims are not allowed.");
    EXPECT(out == (ng_tensor*)0x1);
    /* n_items = 0 is x[()]: an alias */
    ng_tensor* al;
    EXPECT_OK(ng_index(a, NULL, 0, &al));

    ng_tensor* handles[] = {a, x, v, w, p, leaf, y, s, g, col, al};
    for (unsigned i = 0; i < sizeof handles / sizeof handles[0]; i++) EXPECT_OK(ng_tensor_free(handles[i]));
    return finish("test_index");
}
