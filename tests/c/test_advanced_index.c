/* Advanced indexing through the C ABI: ng_index_advanced (index tensors and masks among basic
   items), ng_index_assign_, ng_index_put(_): values, shapes, gradients with duplicates, node
   names, and errors that write nothing. */
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

static ng_tensor* longs(const int64_t* v, int64_t n) {
    ng_tensor* t = NULL;
    EXPECT_OK(ng_tensor_from_buffer(v, n * (int64_t)sizeof(int64_t), NG_INT64, &n, 1, &t));
    return t;
}

static void expect_node(ng_tensor* t, const char* expected) {
    ng_node* fn = NULL;
    char* name = NULL;
    EXPECT_OK(ng_tensor_grad_fn(t, &fn));
    EXPECT_OK(ng_node_name(fn, &name));
    EXPECT_STR(name, expected);
    ng_string_free(name);
    ng_node_free(fn);
}

int main(void) {
    ng_tensor *x, *a, *out = (ng_tensor*)0x1;
    const int64_t s34[] = {3, 4};
    double buf[12];
    EXPECT_OK(ng_arange(0, 12, 1, NG_FLOAT64, &x));
    EXPECT_OK(ng_reshape(x, s34, 2, &a));
    EXPECT_OK(ng_tensor_set_requires_grad(a, 1));

    /* a[[2, 0, 2], 1:3]: shape [3, 2], rows 2, 0, 2 */
    const int64_t rows_v[] = {2, 0, 2};
    ng_tensor* rows = longs(rows_v, 3);
    const int64_t spec1[] = {NG_INDEX_TENSOR, 0, 0, 0, NG_INDEX_SLICE, 1, 3, NONE};
    ng_tensor* y;
    int64_t shape[4];
    EXPECT_OK(ng_index_advanced(a, spec1, 2, &rows, 1, &y));
    EXPECT_OK(ng_tensor_shape(y, shape, 4));
    EXPECT(shape[0] == 3 && shape[1] == 2);
    values(y, buf, 6);
    EXPECT(buf[0] == 9 && buf[1] == 10 && buf[2] == 1 && buf[3] == 2 && buf[4] == 9 && buf[5] == 10);
    expect_node(y, "IndexBackward0");

    /* The gradient adds up duplicates: row 2 twice. */
    ng_tensor *s, *g;
    EXPECT_OK(ng_sum(y, &s));
    EXPECT_OK(ng_backward(s, NULL, -1, 0));
    EXPECT_OK(ng_tensor_grad(a, &g));
    values(g, buf, 12);
    EXPECT(buf[0] == 0 && buf[1] == 1 && buf[2] == 1 && buf[3] == 0);
    EXPECT(buf[4] == 0 && buf[5] == 0 && buf[9] == 2 && buf[10] == 2 && buf[11] == 0);

    /* a.detach()[a > 5] = -1 (a mask and a number as a 0-dim tensor) */
    ng_tensor *dt, *d, *mask, *m1, *five;
    EXPECT_OK(ng_tensor_detach(a, &dt));
    EXPECT_OK(ng_tensor_clone(dt, &d));          /* a copy: detach alone would share a's memory */
    EXPECT_OK(ng_full(NULL, 0, 5, NG_FLOAT64, &five));
    EXPECT_OK(ng_gt(d, five, &mask));
    EXPECT_OK(ng_full(NULL, 0, -1, NG_FLOAT64, &m1));
    const int64_t spec2[] = {NG_INDEX_TENSOR, 0, 0, 0};
    int64_t ver0 = -1, ver1 = -1;
    EXPECT_OK(ng_tensor_version(d, &ver0));
    EXPECT_OK(ng_index_assign_(d, spec2, 1, &mask, 1, m1));
    EXPECT_OK(ng_tensor_version(d, &ver1));
    EXPECT(ver1 == ver0 + 1);
    values(d, buf, 12);
    EXPECT(buf[5] == 5 && buf[6] == -1 && buf[11] == -1);

    /* index_put with accumulate: duplicates add up; a NULL entry leaves dim 0 whole. */
    const int64_t cols_v[] = {3, 3};
    ng_tensor* cols = longs(cols_v, 2);
    ng_tensor* idx[] = {NULL, cols};
    ng_tensor *ones, *p;
    const int64_t s1[] = {1};
    EXPECT_OK(ng_full(s1, 1, 0.5, NG_FLOAT64, &ones));
    EXPECT_OK(ng_index_put(a, idx, 2, ones, 1, &p));
    values(p, buf, 12);
    EXPECT(buf[3] == 4 && buf[7] == 8 && buf[11] == 12 && buf[2] == 2);
    expect_node(p, "IndexPutBackward0");

    /* Errors: a status and PyTorch's message, nothing written, *out untouched. */
    const int64_t bad_v[] = {0, 3};
    ng_tensor* bad = longs(bad_v, 2);
    EXPECT_ERR_STARTS(ng_index_advanced(a, spec2, 1, &bad, 1, &out), NG_ERR_INDEX,
                      "index 3 is out of bounds for dimension 0 with size 3");
    EXPECT(out == (ng_tensor*)0x1);
    values(d, buf, 12);
    double before = buf[0];
    EXPECT_STATUS(ng_index_assign_(d, spec2, 1, &bad, 1, m1), NG_ERR_INDEX);
    values(d, buf, 12);
    EXPECT(buf[0] == before);
    ng_tensor* three;
    const int64_t s3[] = {3};
    EXPECT_OK(ng_full(s3, 1, 1, NG_FLOAT64, &three));
    ng_tensor* idx2[] = {bad};
    EXPECT_ERR_STARTS(ng_index_put_(d, idx2, 1, three, 0), NG_ERR_SHAPE,
                      "shape mismatch: value tensor of shape [3] cannot be broadcast to indexing result of shape [2, 4]");
    EXPECT_ERR_STARTS(ng_index_put_(a, idx2, 1, m1, 0), NG_ERR_AUTOGRAD,
                      "a leaf Variable that requires grad is being used in an in-place operation.");
    ng_tensor* two[] = {bad, bad};
    EXPECT_ERR_CONTAINS(ng_index_advanced(a, spec2, 1, two, 2, &out), NG_ERR_INVALID_ARGUMENT, "n_tensors is 2");
    EXPECT_ERR_CONTAINS(ng_index(a, spec2, 1, &out), NG_ERR_INVALID_ARGUMENT, "needs ng_index_advanced");
    EXPECT(out == (ng_tensor*)0x1);

    ng_tensor* handles[] = {x, a, rows, y, s, g, dt, d, five, mask, m1, cols, ones, p, bad, three};
    for (unsigned i = 0; i < sizeof handles / sizeof handles[0]; i++) EXPECT_OK(ng_tensor_free(handles[i]));
    return finish("test_advanced_index");
}
