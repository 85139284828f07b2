/* Sizes past the limits from C (issue 11): every one fails with a status and a message naming what is
 * too large, before anything is allocated or read; none crashes, none is silently truncated. The
 * library's limit: at most 2^31-1 elements per tensor (views included), sizes up to 2^31-1. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nativegrad.h"
#include "check.h"

#define BIG 4611686018427387905LL /* 2^62 + 1: times 4 wraps around to 4 in 64 bits */

/* Resident set size in MB (Linux), to see that a call did not materialise a huge tensor. */
static long rss_mb(void) {
    long pages = 0, resident = 0;
    FILE* f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    fclose(f);
    return resident * 4096 / (1024 * 1024);
}

static ng_tensor* ones(int64_t n) {
    ng_tensor* t = NULL;
    const int64_t s[] = {n};
    EXPECT_OK(ng_ones(s, 1, NG_FLOAT32, &t));
    return t;
}

/* An expanded view of one element: a huge shape over 4 bytes. */
static ng_tensor* expanded(const int64_t* shape, int nd) {
    ng_tensor *one = NULL, *t = NULL;
    int64_t s1[8];
    for (int i = 0; i < nd; i++) s1[i] = 1;
    EXPECT_OK(ng_ones(s1, nd, NG_FLOAT32, &one));
    EXPECT_OK(ng_expand(one, shape, nd, &t));
    ng_tensor_free(one);
    return t;
}

static ng_tensor* sentinel(void) { return (ng_tensor*)(intptr_t)0x5a5a; }

int main(void) {
    ng_tensor* out = sentinel();
    ng_tensor* a = ones(4);

    /* narrow: start + length overflowing int (it used to pass the check and view past the buffer). */
    EXPECT_ERR_CONTAINS(ng_narrow(a, 0, 3, 2147483647, &out), NG_ERR_INDEX, "exceeds dimension size");
    EXPECT_ERR_CONTAINS(ng_narrow(a, 0, 2147483647, 2147483647, &out), NG_ERR_INDEX, "start out of range");
    EXPECT_ERR_CONTAINS(ng_narrow(a, 0, INT64_MAX, 1, &out), NG_ERR_INDEX, "start 9223372036854775807 is out of range");
    EXPECT_ERR_CONTAINS(ng_narrow(a, 0, 1, INT64_MIN, &out), NG_ERR_INDEX, "length -9223372036854775808 is out of range");
    EXPECT(out == sentinel());

    /* view / reshape: a product that wraps around to the input's size is no view ({2^62+1, 4} gave [1, 4]). */
    const int64_t wrap[] = {BIG, 4};
    EXPECT_ERR_CONTAINS(ng_view(a, wrap, 2, &out), NG_ERR_INVALID_ARGUMENT, "size 4611686018427387905 at dimension 0");
    EXPECT_ERR_CONTAINS(ng_reshape(a, wrap, 2, &out), NG_ERR_INVALID_ARGUMENT, "larger than NativeGrad's limit");
    const int64_t wrap_infer[] = {-1, BIG};
    EXPECT_STATUS(ng_view(a, wrap_infer, 2, &out), NG_ERR_INVALID_ARGUMENT);
    const int64_t over64[] = {4294967296LL, 4294967296LL, 4294967296LL};
    EXPECT_STATUS(ng_reshape(a, over64, 3, &out), NG_ERR_INVALID_ARGUMENT);
    const int64_t big_sizes[] = {2147483647, 2147483647, 2147483647, 2147483647, 2147483647};
    EXPECT_ERR_CONTAINS(ng_reshape(a, big_sizes, 5, &out), NG_ERR_SHAPE, "is invalid for input of size 4");
    /* an empty tensor: the element count matches (0) but the strides would overflow */
    ng_tensor* empty = ones(0);
    const int64_t empty_big[] = {2147483647, 2147483647, 0};
    EXPECT_ERR_CONTAINS(ng_view(empty, empty_big, 3, &out), NG_ERR_INVALID_ARGUMENT, "limit of 2147483647 elements");
    EXPECT(out == sentinel());

    /* creation of huge sizes: refused with the shape in the message, nothing allocated */
    long rss0 = rss_mb();
    const int64_t h1[] = {INT64_MAX}, h2[] = {1 << 20, 1 << 20}, h3[] = {2147483648LL}, h4[] = {BIG, 4};
    EXPECT_ERR_CONTAINS(ng_zeros(h1, 1, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT, "9223372036854775807");
    EXPECT_ERR_CONTAINS(ng_zeros(h2, 2, NG_FLOAT64, &out), NG_ERR_INVALID_ARGUMENT, "would have 1099511627776 elements");
    EXPECT_STATUS(ng_ones(h3, 1, NG_BOOL, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_full(h4, 2, 1.0, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_randn(h2, 2, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_rand(h1, 1, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_randint(0, 10, h2, 2, NG_INT64, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_eye(INT64_MAX, 1, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_eye(1 << 20, 1 << 20, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_arange(0, 1e300, 1e-300, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_tensor_from_buffer(NULL, 0, NG_FLOAT32, h4, 2, &out), NG_ERR_INVALID_ARGUMENT);
    ng_module* m = NULL;
    EXPECT_STATUS(ng_linear_new(1 << 20, 1 << 20, 1, NG_FLOAT32, &m), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_embedding_new(INT64_MAX, 2, NG_FLOAT32, &m), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_layer_norm_new(h2, 2, 1e-5, 1, NG_FLOAT32, &m), NG_ERR_INVALID_ARGUMENT);
    EXPECT(m == NULL);
    EXPECT(out == sentinel());
    EXPECT(rss_mb() - rss0 < 64);

    /* from_blob: strides whose extent overflows */
    float blob[4] = {0};
    const int64_t bs[] = {2147483647, 2147483647, 2147483647}, bst[] = {2147483647, 2147483647, 2147483647};
    EXPECT_STATUS(ng_tensor_from_blob(blob, NG_FLOAT32, bs, 3, bst, NULL, NULL, &out), NG_ERR_INVALID_ARGUMENT);
    const int64_t bs2[] = {65536, 65536}, bst2[] = {1, 1};
    EXPECT_STATUS(ng_tensor_from_blob(blob, NG_FLOAT32, bs2, 2, bst2, NULL, NULL, &out), NG_ERR_INVALID_ARGUMENT);

    /* expand past the element limit: refused (a view counts too) */
    const int64_t e1[] = {2147483648LL}, e2[] = {65536, 65536}, e3[] = {INT64_MAX, 1};
    ng_tensor* one = ones(1);
    EXPECT_STATUS(ng_expand(one, e1, 1, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_expand(one, e2, 2, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_expand(one, e3, 2, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT(out == sentinel());

    /* cat whose result is past the limit, including a sum of sizes that wraps around in 32 bits
     * (2 x (2^31-1) + 4 = 2^32 + 2: it used to allocate 2 elements and copy 4 billion) */
    const int64_t n_max[] = {2147483647};
    ng_tensor* big = expanded(n_max, 1);
    ng_tensor* four = ones(4);
    ng_tensor* parts[] = {big, big, four};
    EXPECT_ERR_CONTAINS(ng_cat(parts, 3, 0, &out), NG_ERR_INVALID_ARGUMENT, "would be 4294967298");
    ng_tensor* parts2[] = {big, four};
    EXPECT_ERR_CONTAINS(ng_cat(parts2, 2, 0, &out), NG_ERR_INVALID_ARGUMENT, "more than NativeGrad's limit");
    ng_tensor* parts3[] = {big, big};
    EXPECT_STATUS(ng_stack(parts3, 2, 0, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT(out == sentinel());

    /* broadcasting past it: [65536, 1] + [1, 65536] -> 2^32 elements */
    const int64_t col[] = {65536, 1}, row[] = {1, 65536};
    ng_tensor *c = expanded(col, 2), *r = expanded(row, 2);
    EXPECT_ERR_CONTAINS(ng_add(c, r, &out), NG_ERR_INVALID_ARGUMENT, "[65536, 65536] would have 4294967296 elements");
    EXPECT_STATUS(ng_mul(c, r, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_where(NULL, c, r, &out), NG_ERR_NULL_POINTER);
    EXPECT(out == sentinel());

    /* printing a huge expanded tensor reads only the printed elements (it used to materialise 24 GB) */
    rss0 = rss_mb();
    int64_t live0 = 0, live1 = 0;
    EXPECT_OK(ng_live_bytes(&live0));
    const int64_t sq[] = {46340, 46340};
    ng_tensor* huge = expanded(sq, 2);
    EXPECT_STR(repr(huge),
               "tensor([[1., 1., 1.,  ..., 1., 1., 1.],\n"
               "        [1., 1., 1.,  ..., 1., 1., 1.],\n"
               "        [1., 1., 1.,  ..., 1., 1., 1.],\n"
               "        ...,\n"
               "        [1., 1., 1.,  ..., 1., 1., 1.],\n"
               "        [1., 1., 1.,  ..., 1., 1., 1.],\n"
               "        [1., 1., 1.,  ..., 1., 1., 1.]])");
    EXPECT_STR(repr(big), "tensor([1., 1., 1.,  ..., 1., 1., 1.])");
    ng_tensor *ar = NULL, *ar2 = NULL;
    const int64_t rows[] = {715827882, 3};
    EXPECT_OK(ng_arange(0, 3, 1, NG_FLOAT32, &ar));
    EXPECT_OK(ng_expand(ar, rows, 2, &ar2));
    EXPECT_STR(repr(ar2),
               "tensor([[0., 1., 2.],\n        [0., 1., 2.],\n        [0., 1., 2.],\n        ...,\n"
               "        [0., 1., 2.],\n        [0., 1., 2.],\n        [0., 1., 2.]])");
    EXPECT_OK(ng_live_bytes(&live1));
    EXPECT(live1 - live0 < 4096);
    EXPECT(rss_mb() - rss0 < 64);

    /* dims and positions past int32 are errors, not truncated to small ones */
    const int64_t dim_big[] = {4294967296LL};
    EXPECT_STATUS(ng_sum_dim(a, dim_big, 1, 0, &out), NG_ERR_INDEX);
    EXPECT_STATUS(ng_permute(a, dim_big, 1, &out), NG_ERR_INDEX);
    EXPECT_STATUS(ng_transpose(a, 4294967296LL, 0, &out), NG_ERR_INDEX);
    EXPECT_STATUS(ng_transpose(a, INT64_MIN, 0, &out), NG_ERR_INDEX);
    EXPECT(out == sentinel());

    /* reductions: an enum out of range is refused (it used to be taken as some reduction) */
    EXPECT_ERR_CONTAINS(ng_mse_loss(a, a, 7, &out), NG_ERR_INVALID_ARGUMENT, "reduction must be 0 (none), 1 (mean) or 2 (sum), got 7");
    EXPECT_STATUS(ng_l1_loss(a, a, -1, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT(out == sentinel());

    /* everything above left the library intact */
    ng_tensor* s = NULL;
    double v = 0;
    EXPECT_OK(ng_sum(a, &s));
    EXPECT_OK(ng_tensor_item(s, &v));
    EXPECT_NEAR(v, 4, 0);
    ng_tensor* all[] = {a, empty, one, big, four, c, r, huge, ar, ar2, s};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) EXPECT_OK(ng_tensor_free(all[i]));
    return finish("test_overflow");
}
