/* Bad input through the C ABI: every case returns a status and a message; nothing crashes or is corrupted. */
#include "nativegrad.h"
#include "check.h"

int main(void) {
    const int64_t s3[] = {3}, s4[] = {4}, neg[] = {2, -1};
    ng_tensor *a, *b, *out = (ng_tensor*)0x1;
    EXPECT_OK(ng_ones(s3, 1, NG_FLOAT32, &a));
    EXPECT_OK(ng_ones(s4, 1, NG_FLOAT32, &b));

    /* Shape mismatch names both shapes; out is untouched. */
    EXPECT_ERR_CONTAINS(ng_add(a, b, &out), NG_ERR_SHAPE, "[3] and [4]");
    EXPECT(out == (ng_tensor*)0x1);

    /* dtype mismatch in a matrix product names both dtypes. */
    const int64_t m23[] = {2, 3}, m35[] = {3, 5};
    ng_tensor *m1, *m2;
    EXPECT_OK(ng_ones(m23, 2, NG_FLOAT32, &m1));
    EXPECT_OK(ng_ones(m35, 2, NG_FLOAT64, &m2));
    EXPECT_ERR_CONTAINS(ng_mm(m1, m2, &out), NG_ERR_DTYPE, "torch.float64");
    EXPECT_ERR_CONTAINS(ng_mm(m1, m1, &out), NG_ERR_SHAPE, "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)");

    /* NULL pointers. */
    EXPECT_STATUS(ng_add(NULL, b, &out), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_add(a, b, NULL), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_zeros(NULL, 2, NG_FLOAT32, &out), NG_ERR_NULL_POINTER);
    EXPECT_STATUS(ng_tensor_from_buffer(NULL, 12, NG_FLOAT32, s3, 1, &out), NG_ERR_NULL_POINTER);

    /* Negative dimensions, bad dtype, bad ndim. */
    EXPECT_ERR_CONTAINS(ng_zeros(neg, 2, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT, "negative dimension");
    EXPECT_STATUS(ng_zeros(s3, 1, 42, &out), NG_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(ng_zeros(s3, -1, NG_FLOAT32, &out), NG_ERR_INVALID_ARGUMENT);

    /* Buffer length that does not match the shape. */
    float buf[3] = {1, 2, 3};
    EXPECT_ERR_CONTAINS(ng_tensor_from_buffer(buf, sizeof buf - 1, NG_FLOAT32, s3, 1, &out), NG_ERR_INVALID_ARGUMENT, "does not match");
    EXPECT_STATUS(ng_tensor_copy_to(a, buf, 4), NG_ERR_INVALID_ARGUMENT);

    /* Autograd misuse with PyTorch's messages. */
    ng_tensor* s;
    EXPECT_OK(ng_sum(a, &s));
    EXPECT_ERR_STARTS(ng_backward(s, NULL, -1, 0), NG_ERR_AUTOGRAD, "element 0 of tensors does not require grad and does not have a grad_fn");
    ng_tensor* i64;
    EXPECT_OK(ng_arange(0, 3, 1, NG_INT64, &i64));
    EXPECT_ERR_STARTS(ng_tensor_set_requires_grad(i64, 1), NG_ERR_AUTOGRAD, "only Tensors of floating point dtype can require gradients");
    ng_tensor* sq;
    EXPECT_OK(ng_tensor_set_requires_grad(a, 1));
    EXPECT_OK(ng_mul(a, a, &sq));
    EXPECT_ERR_STARTS(ng_backward(sq, NULL, -1, 0), NG_ERR_AUTOGRAD, "grad can be implicitly created only for scalar outputs");
    EXPECT_ERR_CONTAINS(ng_backward(sq, b, -1, 0), NG_ERR_SHAPE, "Mismatch in shape");
    const int64_t dim9 = 9;
    EXPECT_STATUS(ng_sum_dim(a, &dim9, 1, 0, &out), NG_ERR_INDEX);
    EXPECT_ERR_CONTAINS(ng_reshape(a, s4, 1, &out), NG_ERR_SHAPE, "invalid for input of size 3");

    /* Released handles: freeing twice and using after free are errors, never crashes. */
    ng_tensor* tmp;
    EXPECT_OK(ng_ones(s3, 1, NG_FLOAT32, &tmp));
    EXPECT_OK(ng_tensor_free(tmp));
    EXPECT_STATUS(ng_tensor_free(tmp), NG_ERR_RELEASED_HANDLE);
    EXPECT_STATUS(ng_add(tmp, b, &out), NG_ERR_RELEASED_HANDLE);
    EXPECT_STATUS(ng_tensor_free((ng_tensor*)(intptr_t)0x12345678), NG_ERR_RELEASED_HANDLE);
    EXPECT_OK(ng_tensor_free(NULL));
    ng_node* n = NULL;
    EXPECT_OK(ng_node_free(n));

    /* Other tensors are intact after all of that. */
    double total;
    ng_tensor* bs;
    EXPECT_OK(ng_sum(b, &bs));
    EXPECT_OK(ng_tensor_item(bs, &total));
    EXPECT_NEAR(total, 4, 0);
    EXPECT(out == (ng_tensor*)0x1);

    /* Errors are per thread and readable after the call. */
    EXPECT(strlen(ng_last_error()) > 0);

    ng_tensor* objs[] = {a, b, m1, m2, s, i64, sq, bs};
    for (int i = 0; i < 8; i++) EXPECT_OK(ng_tensor_free(objs[i]));
    return finish("test_errors");
}
