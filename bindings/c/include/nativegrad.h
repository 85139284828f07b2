/* nativegrad.h - C API of NativeGrad (ABI version 1).
 *
 * GENERATED FILE - DO NOT EDIT. Written by bindings/gen from native-api/Types.cs and
 * native-api/Exports*.cs, which are the single source of truth. Regenerate with
 *     dotnet run --project bindings/gen -- .        (or ./build.sh build)
 * CI fails when this file differs from what the generator writes.
 *
 * Conventions (docs/ABI.md): functions return ng_status (NG_OK = 0) unless stated otherwise;
 * outputs (out_* parameters) are written only on NG_OK; ng_last_error() gives the thread's
 * last error message; every returned ng_tensor / ng_node handle is released exactly once
 * with ng_tensor_free / ng_node_free (NULL is fine); strings returned through char** are
 * released with ng_string_free.
 */
#ifndef NATIVEGRAD_H
#define NATIVEGRAD_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the C ABI this header describes; compare with ng_abi_version() at run time. */
#define NG_ABI_VERSION 1

/* Opaque handle to a tensor. */
typedef struct ng_tensor ng_tensor;
/* Opaque handle to an autograd graph node (a grad_fn). */
typedef struct ng_node ng_node;
/* Opaque handle to an nn module (layer or container). */
typedef struct ng_module ng_module;
/* Opaque handle to an optimizer. */
typedef struct ng_optimizer ng_optimizer;

/* Status code returned by every NativeGrad call (C: ng_status). */
typedef int32_t ng_status;
/* The call succeeded and wrote its outputs. */
#define NG_OK 0
/* An argument was out of range or inconsistent (bad dim, negative size, wrong length). */
#define NG_ERR_INVALID_ARGUMENT 1
/* A required pointer argument was NULL. */
#define NG_ERR_NULL_POINTER 2
/* A handle was used or freed after it had been released. */
#define NG_ERR_RELEASED_HANDLE 3
/* Tensor shapes do not fit together; the message names both shapes. */
#define NG_ERR_SHAPE 4
/* Tensor dtypes do not fit together; the message names both dtypes. */
#define NG_ERR_DTYPE 5
/* An autograd error (PyTorch's RuntimeError): freed graph, non-scalar implicit backward, ... */
#define NG_ERR_AUTOGRAD 6
/* An index or dimension out of range. */
#define NG_ERR_INDEX 7
/* Memory could not be allocated. */
#define NG_ERR_OUT_OF_MEMORY 8
/* A user callback reported an error. */
#define NG_ERR_CALLBACK 9
/* An unexpected internal error (a bug: please report it with ng_last_error's text). */
#define NG_ERR_INTERNAL 10
/* A file could not be opened, read or written (the path and the cause are in the message). */
#define NG_ERR_IO 11

/* Element type of a tensor (C: the NG_FLOAT32... constants). */
/* 32-bit IEEE float (torch.float32). */
#define NG_FLOAT32 0
/* 64-bit IEEE float (torch.float64). */
#define NG_FLOAT64 1
/* 64-bit signed integer (torch.int64). */
#define NG_INT64 2
/* Boolean stored as one byte (torch.bool). */
#define NG_BOOL 3

/* Kind of one ng_index item (kind, a, b, c); an omitted slice bound or step is INT64_MIN. */
/* An integer a (negative counts from the end): selects and removes the dim. */
#define NG_INDEX_INT 0
/* A slice a:b:c (INT64_MIN = omitted; the step must be positive). */
#define NG_INDEX_SLICE 1
/* `...`: full slices for the dims the other items leave. */
#define NG_INDEX_ELLIPSIS 2
/* `None`: a new dim of size 1. */
#define NG_INDEX_NEW_AXIS 3

/* ---- Library ---- */
/* Library-level calls: versions, capabilities, the thread's last error, strings the library
 * allocated.
 */

/* Version of this C ABI; bumped on every incompatible change. */
uint32_t ng_abi_version(void);

/* Width in bits of the SIMD vectors the library's kernels use (256 with AVX2, else 128). */
int32_t ng_vector_width_bits(void);

/* The calling thread's last error message (UTF-8, owned by the library; "" if none). */
const char* ng_last_error(void);

/* Frees a string returned by the library through a char** output. NULL is ignored. */
void ng_string_free(const char* s);

/* ---- Tensors ---- */
/* Creating tensors, their lifetime (every handle is released once with ng_tensor_free), their
 * facts and their elements.
 */

/* Writes the address of the tensor's first element (valid while the tensor, or a view of its
 * storage, is alive); with ng_tensor_strides it locates every element. Writing through it is
 * not recorded.
 */
ng_status ng_tensor_data_ptr(ng_tensor* t, void** out_ptr);

/* Writes ndim strides, in elements (capacity must be >= ndim). */
ng_status ng_tensor_strides(ng_tensor* t, int64_t* out_strides, int32_t capacity);

/* A tensor viewing caller-owned memory without copying (torch.from_numpy). strides are in
 * elements (NULL: row-major; negative strides are refused). release(release_ctx) (may be NULL)
 * runs once when the last tensor viewing the memory is freed; the memory must stay valid until
 * then. On failure nothing is kept and release is not called.
 */
ng_status ng_tensor_from_blob(const void* data, int32_t dtype, const int64_t* shape, int32_t ndim,
                              const int64_t* strides, void (*release)(void*),
                              const void* release_ctx, ng_tensor** out_tensor);

/* torch.randint(low, high, shape): integers uniform in [low, high) from NativeGrad's generator.
 */
ng_status ng_randint(int64_t low, int64_t high, const int64_t* shape, int32_t ndim, int32_t dtype,
                     ng_tensor** out_tensor);

/* Creates a tensor by copying a row-major buffer; nbytes must equal numel * itemsize. */
ng_status ng_tensor_from_buffer(const void* data, int64_t nbytes, int32_t dtype,
                                const int64_t* shape, int32_t ndim, ng_tensor** out_tensor);

/* Creates a tensor of zeros. */
ng_status ng_zeros(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Creates a tensor of ones. */
ng_status ng_ones(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Creates a tensor filled with value. */
ng_status ng_full(const int64_t* shape, int32_t ndim, double value, int32_t dtype,
                  ng_tensor** out_tensor);

/* Creates an n x m identity matrix (m < 0 means m = n). */
ng_status ng_eye(int64_t n, int64_t m, int32_t dtype, ng_tensor** out_tensor);

/* Creates the 1-D tensor [start, start+step, ...) below end. */
ng_status ng_arange(double start, double end, double step, int32_t dtype, ng_tensor** out_tensor);

/* Zeros with the shape and dtype of t. */
ng_status ng_zeros_like(ng_tensor* t, ng_tensor** out_tensor);

/* Ones with the shape and dtype of t. */
ng_status ng_ones_like(ng_tensor* t, ng_tensor** out_tensor);

/* Standard-normal samples from NativeGrad's generator (floating dtypes). */
ng_status ng_randn(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Uniform [0, 1) samples from NativeGrad's generator (floating dtypes). */
ng_status ng_rand(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Seeds NativeGrad's random generator. */
ng_status ng_manual_seed(int64_t seed);

/* Releases a tensor handle. NULL is ignored; a released handle gives NG_ERR_RELEASED_HANDLE. */
ng_status ng_tensor_free(ng_tensor* t);

/* Writes the dtype (NG_FLOAT32...). */
ng_status ng_tensor_dtype(ng_tensor* t, int32_t* out_dtype);

/* Writes the number of dimensions. */
ng_status ng_tensor_ndim(ng_tensor* t, int32_t* out_ndim);

/* Writes the number of elements. */
ng_status ng_tensor_numel(ng_tensor* t, int64_t* out_numel);

/* Writes the ndim sizes into out_shape (capacity must be at least ndim). */
ng_status ng_tensor_shape(ng_tensor* t, int64_t* out_shape, int32_t capacity);

/* Copies the values row-major into out_buffer; nbytes must equal numel * itemsize. */
ng_status ng_tensor_copy_to(ng_tensor* t, void* out_buffer, int64_t nbytes);

/* Writes the value of a one-element tensor. */
ng_status ng_tensor_item(ng_tensor* t, double* out_value);

/* Writes PyTorch's repr of the tensor (free it with ng_string_free). */
ng_status ng_tensor_to_string(ng_tensor* t, char** out_string);

/* Writes a stable identity of the tensor behind the handle (same tensor, same id). */
ng_status ng_tensor_id(ng_tensor* t, int64_t* out_id);

/* Writes 1 if both handles refer to the same tensor. */
ng_status ng_tensor_equal_handles(ng_tensor* a, ng_tensor* b, int32_t* out_same);

/* Writes the bytes of tensor memory currently allocated by the library (for leak checks). */
ng_status ng_live_bytes(int64_t* out_bytes);

/* ---- Tensor operations ---- */
/* The ops, with PyTorch's semantics: binary ops broadcast like NumPy; *_scalar ops take a
 * double that never upcasts a floating tensor; every op records its grad_fn when an input
 * requires grad.
 */

/* out = max(a, 0). */
ng_status ng_relu(ng_tensor* a, ng_tensor** out_result);

/* clamp(a, min, max); has_min / has_max = 0 leaves that bound out (at least one must be set).
 */
ng_status ng_clamp(ng_tensor* a, int32_t has_min, double min, int32_t has_max, double max,
                   ng_tensor** out_result);

/* Elementwise maximum with broadcasting (ties split the gradient in half). */
ng_status ng_maximum(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise minimum with broadcasting. */
ng_status ng_minimum(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* where(cond, a, b): a where the bool tensor cond is true, else b, all broadcast together. */
ng_status ng_where(ng_tensor* cond, ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Largest element (0-dim); ties share the gradient evenly. */
ng_status ng_max(ng_tensor* a, ng_tensor** out_result);

/* Smallest element (0-dim). */
ng_status ng_min(ng_tensor* a, ng_tensor** out_result);

/* Max over dim: writes the values and their int64 indices (the first one on ties). */
ng_status ng_max_dim(ng_tensor* a, int32_t dim, int32_t keepdim, ng_tensor** out_values,
                     ng_tensor** out_indices);

/* Min over dim: writes the values and their int64 indices. */
ng_status ng_min_dim(ng_tensor* a, int32_t dim, int32_t keepdim, ng_tensor** out_values,
                     ng_tensor** out_indices);

/* Softmax along dim. */
ng_status ng_softmax(ng_tensor* a, int32_t dim, ng_tensor** out_result);

/* Log-softmax along dim (computed stably). */
ng_status ng_log_softmax(ng_tensor* a, int32_t dim, ng_tensor** out_result);

/* log(sum(exp(a))) over dims (computed stably). */
ng_status ng_logsumexp(ng_tensor* a, const int64_t* dims, int32_t ndims, int32_t keepdim,
                       ng_tensor** out_result);

/* Variance over dims (dims NULL or ndims 0: all) divided by N - correction (1 = unbiased). */
ng_status ng_var(ng_tensor* a, const int64_t* dims, int32_t ndims, double correction,
                 int32_t keepdim, ng_tensor** out_result);

/* Standard deviation over dims (dims NULL or ndims 0: all) with the given correction. */
ng_status ng_std(ng_tensor* a, const int64_t* dims, int32_t ndims, double correction,
                 int32_t keepdim, ng_tensor** out_result);

/* Joins n tensors along an existing dim. */
ng_status ng_cat(ng_tensor* const* tensors, int32_t n, int32_t dim, ng_tensor** out_result);

/* Joins n equal-shaped tensors along a new dim. */
ng_status ng_stack(ng_tensor* const* tensors, int32_t n, int32_t dim, ng_tensor** out_result);

/* A view of length elements along dim starting at start. */
ng_status ng_narrow(ng_tensor* a, int32_t dim, int64_t start, int64_t length,
                    ng_tensor** out_result);

/* gather(a, dim, index): index is int64 with a's number of dims. */
ng_status ng_gather(ng_tensor* a, int32_t dim, ng_tensor* index, ng_tensor** out_result);

/* scatter_add(a, dim, index, src), out of place. */
ng_status ng_scatter_add(ng_tensor* a, int32_t dim, ng_tensor* index, ng_tensor* src,
                         ng_tensor** out_result);

/* index_select(a, dim, index): index is a 1-D int64 tensor. */
ng_status ng_index_select(ng_tensor* a, int32_t dim, ng_tensor* index, ng_tensor** out_result);

/* index_add(a, dim, index, src), out of place. */
ng_status ng_index_add(ng_tensor* a, int32_t dim, ng_tensor* index, ng_tensor* src,
                       ng_tensor** out_result);

/* self += other (other broadcast to self's shape). */
ng_status ng_add_(ng_tensor* self, ng_tensor* other);

/* self -= other. */
ng_status ng_sub_(ng_tensor* self, ng_tensor* other);

/* self *= other. */
ng_status ng_mul_(ng_tensor* self, ng_tensor* other);

/* self /= other (true division; an integer self is refused as in PyTorch). */
ng_status ng_div_(ng_tensor* self, ng_tensor* other);

/* self = self ** other. */
ng_status ng_pow_(ng_tensor* self, ng_tensor* other);

/* self.copy_(src): src broadcast to self's shape and converted to self's dtype (CopyBackwards).
 */
ng_status ng_copy_(ng_tensor* self, ng_tensor* src);

/* self += s. */
ng_status ng_add_scalar_(ng_tensor* self, double s);

/* self -= s. */
ng_status ng_sub_scalar_(ng_tensor* self, double s);

/* self *= s. */
ng_status ng_mul_scalar_(ng_tensor* self, double s);

/* self /= s. */
ng_status ng_div_scalar_(ng_tensor* self, double s);

/* self = self ** s. */
ng_status ng_pow_scalar_(ng_tensor* self, double s);

/* self = -self. */
ng_status ng_neg_(ng_tensor* self);

/* self = max(self, 0). */
ng_status ng_relu_(ng_tensor* self);

/* self = clamp(self, min, max); a bound is used only when its has_* flag is 1. */
ng_status ng_clamp_(ng_tensor* self, int32_t has_min, double min, int32_t has_max, double max);

/* The version counter of t (PyTorch's t._version): bumped by every in-place write to t or a
 * view of it.
 */
ng_status ng_tensor_version(ng_tensor* t, int64_t* out_version);

/* Reorders dims (a view); dims is a permutation of 0..ndim-1 (negative allowed). */
ng_status ng_permute(ng_tensor* a, const int64_t* dims, int32_t ndims, ng_tensor** out_result);

/* Swaps dims dim0 and dim1 (a view; negative dims count from the end). */
ng_status ng_transpose(ng_tensor* a, int64_t dim0, int64_t dim1, ng_tensor** out_result);

/* Basic indexing t[...] as a view. spec holds n_items groups of 4 int64 (kind, a, b, c): kind 0
 * = int a; 1 = slice a:b:c (INT64_MIN = omitted); 2 = ellipsis; 3 = new axis (None). b, c are
 * ignored for kinds 0, 2, 3.
 */
ng_status ng_index(ng_tensor* t, const int64_t* spec, int32_t n_items, ng_tensor** out_result);

/* out = a + b. */
ng_status ng_add(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* out = a - b. */
ng_status ng_sub(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* out = a * b. */
ng_status ng_mul(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* out = a / b (true division). */
ng_status ng_div(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* out = a ** b with a tensor exponent (PowBackward1). */
ng_status ng_pow(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Matrix product of two 2-D tensors. */
ng_status ng_mm(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* torch.matmul for 1-D and 2-D operands. */
ng_status ng_matmul(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Dot product of two 1-D tensors. */
ng_status ng_dot(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a == b (bool result). */
ng_status ng_eq(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a != b (bool result). */
ng_status ng_ne(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a < b (bool result). */
ng_status ng_lt(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a <= b (bool result). */
ng_status ng_le(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a > b (bool result). */
ng_status ng_gt(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* Elementwise a >= b (bool result). */
ng_status ng_ge(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);

/* out = a + s. */
ng_status ng_add_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = a - s. */
ng_status ng_sub_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = s - a. */
ng_status ng_rsub_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = a * s. */
ng_status ng_mul_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = a / s. */
ng_status ng_div_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = s / a. */
ng_status ng_rdiv_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = a ** s (PowBackward0). */
ng_status ng_pow_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = s ** a. */
ng_status ng_rpow_scalar(ng_tensor* a, double s, ng_tensor** out_result);

/* out = -a. */
ng_status ng_neg(ng_tensor* a, ng_tensor** out_result);

/* Transpose of a matrix (a view; 0-D and 1-D unchanged). */
ng_status ng_t(ng_tensor* a, ng_tensor** out_result);

/* A contiguous tensor with the same values. */
ng_status ng_contiguous(ng_tensor* a, ng_tensor** out_result);

/* Sum of all elements (0-dim). */
ng_status ng_sum(ng_tensor* a, ng_tensor** out_result);

/* Mean of all elements (0-dim). */
ng_status ng_mean(ng_tensor* a, ng_tensor** out_result);

/* Sum over the given dims (negative dims count from the end). */
ng_status ng_sum_dim(ng_tensor* a, const int64_t* dims, int32_t ndims, int32_t keepdim,
                     ng_tensor** out_result);

/* Mean over the given dims. */
ng_status ng_mean_dim(ng_tensor* a, const int64_t* dims, int32_t ndims, int32_t keepdim,
                      ng_tensor** out_result);

/* The p-norm over dims (dims NULL or ndims 0: all elements). */
ng_status ng_norm(ng_tensor* a, double p, const int64_t* dims, int32_t ndims, int32_t keepdim,
                  ng_tensor** out_result);

/* Same data with a new shape (a view when possible); one -1 allowed. */
ng_status ng_reshape(ng_tensor* a, const int64_t* shape, int32_t ndim, ng_tensor** out_result);

/* Same data with a new shape, always a view (fails when strides forbid it). */
ng_status ng_view(ng_tensor* a, const int64_t* shape, int32_t ndim, ng_tensor** out_result);

/* Broadcasts to shape as a stride-0 view. */
ng_status ng_expand(ng_tensor* a, const int64_t* shape, int32_t ndim, ng_tensor** out_result);

/* Inserts a dim of size 1 at dim. */
ng_status ng_unsqueeze(ng_tensor* a, int32_t dim, ng_tensor** out_result);

/* Removes dim if its size is 1. */
ng_status ng_squeeze(ng_tensor* a, int32_t dim, ng_tensor** out_result);

/* self.masked_fill_(mask, value): value written where the bool mask (broadcast to self's shape)
 * is 1.
 */
ng_status ng_masked_fill_(ng_tensor* self, ng_tensor* mask, double value);

/* self.masked_fill_(mask, value) with a 0-dim tensor value (MaskedFillBackward1: value gets the
 * masked sum of the gradient).
 */
ng_status ng_masked_fill_tensor_(ng_tensor* self, ng_tensor* mask, ng_tensor* value);

/* chunk(self, chunks, dim): at most chunks views of ceil(size / chunks) elements along dim,
 * written to the caller's array of capacity handles; out_count receives how many
 * (SplitBackward0).
 */
ng_status ng_chunk(ng_tensor* self, int64_t chunks, int64_t dim, ng_tensor** out_result,
                   int32_t capacity, int32_t* out_count);

/* 1 / x (ReciprocalBackward0). */
ng_status ng_reciprocal(ng_tensor* self, ng_tensor** out_result);

/* e^x (ExpBackward0). */
ng_status ng_exp(ng_tensor* self, ng_tensor** out_result);

/* In-place exp: self = exp(self), recorded as PyTorch records in-place ops. */
ng_status ng_exp_(ng_tensor* self);

/* e^x - 1, accurate for x near 0 (Expm1Backward0). */
ng_status ng_expm1(ng_tensor* self, ng_tensor** out_result);

/* In-place expm1: self = expm1(self), recorded as PyTorch records in-place ops. */
ng_status ng_expm1_(ng_tensor* self);

/* log(1 + x), accurate for x near 0 (Log1PBackward0). */
ng_status ng_log1p(ng_tensor* self, ng_tensor** out_result);

/* In-place log1p: self = log1p(self), recorded as PyTorch records in-place ops. */
ng_status ng_log1p_(ng_tensor* self);

/* Natural logarithm (LogBackward0). */
ng_status ng_log(ng_tensor* self, ng_tensor** out_result);

/* Square root (SqrtBackward0). */
ng_status ng_sqrt(ng_tensor* self, ng_tensor** out_result);

/* Sine (SinBackward0). */
ng_status ng_sin(ng_tensor* self, ng_tensor** out_result);

/* Cosine (CosBackward0). */
ng_status ng_cos(ng_tensor* self, ng_tensor** out_result);

/* Hyperbolic tangent, precise near 0 (TanhBackward0). */
ng_status ng_tanh(ng_tensor* self, ng_tensor** out_result);

/* In-place tanh: self = tanh(self), recorded as PyTorch records in-place ops. */
ng_status ng_tanh_(ng_tensor* self);

/* Logistic sigmoid 1 / (1 + e^-x) (SigmoidBackward0). */
ng_status ng_sigmoid(ng_tensor* self, ng_tensor** out_result);

/* In-place sigmoid: self = sigmoid(self), recorded as PyTorch records in-place ops. */
ng_status ng_sigmoid_(ng_tensor* self);

/* True where every element (over dim, or all when dim is None) is non-zero (AllBackward0). */
ng_status ng_all(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                 ng_tensor** out_result);

/* True where any element (over dim, or all when dim is None) is non-zero (AnyBackward0). */
ng_status ng_any(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                 ng_tensor** out_result);

/* True where the element is NaN (IsnanBackward0). */
ng_status ng_isnan(ng_tensor* self, ng_tensor** out_result);

/* True where the element is +inf or -inf (IsinfBackward0). */
ng_status ng_isinf(ng_tensor* self, ng_tensor** out_result);

/* True where the element is neither NaN nor infinite (IsfiniteBackward0). */
ng_status ng_isfinite(ng_tensor* self, ng_tensor** out_result);

/* True where |self - other| <= atol + rtol * |other| (equal infinities are close; NaNs only
 * with equal_nan) (IscloseBackward0).
 */
ng_status ng_isclose(ng_tensor* self, ng_tensor* other, double rtol, double atol, int32_t equal_nan,
                     ng_tensor** out_result);

/* True when both tensors have the same shape and elements (NaN is never equal)
 * (EqualBackward0).
 */
ng_status ng_equal(ng_tensor* self, ng_tensor* other, int32_t* out_result);

/* The tensor tiled repeats[d] times along each dim (leading repeats add new dims)
 * (RepeatBackward0).
 */
ng_status ng_repeat(ng_tensor* self, const int64_t* repeats, int32_t n_repeats,
                    ng_tensor** out_result);

/* Elements shifted cyclically by shifts along dims (dims None: over the flattened tensor, shape
 * kept) (RollBackward0).
 */
ng_status ng_roll(ng_tensor* self, const int64_t* shifts, int32_t n_shifts, const int64_t* dims,
                  int32_t n_dims, ng_tensor** out_result);

/* Elements in reverse order along each of dims (a copy) (FlipBackward0). */
ng_status ng_flip(ng_tensor* self, const int64_t* dims, int32_t n_dims, ng_tensor** out_result);

/* Cumulative sum along dim (integral and bool inputs sum to int64 unless dtype says otherwise)
 * (CumsumBackward0).
 */
ng_status ng_cumsum(ng_tensor* self, int64_t dim, int32_t dtype, ng_tensor** out_result);

/* Cumulative product along dim (integral and bool inputs multiply in int64 unless dtype says
 * otherwise) (CumprodBackward0).
 */
ng_status ng_cumprod(ng_tensor* self, int64_t dim, int32_t dtype, ng_tensor** out_result);

/* Product of all elements (ProdBackward0). */
ng_status ng_prod(ng_tensor* self, int32_t dtype, ng_tensor** out_result);

/* Product over dim (ProdBackward1). */
ng_status ng_prod_dim_int(ng_tensor* self, int64_t dim, int32_t keepdim, int32_t dtype,
                          ng_tensor** out_result);

/* self with value written where mask is True (self and mask broadcast together)
 * (MaskedFillBackward0).
 */
ng_status ng_masked_fill(ng_tensor* self, ng_tensor* mask, double value, ng_tensor** out_result);

/* self with a 0-dim tensor value written where mask is True; the value's gradient is the masked
 * sum (MaskedFillBackward1).
 */
ng_status ng_masked_fill_tensor(ng_tensor* self, ng_tensor* mask, ng_tensor* value,
                                ng_tensor** out_result);

/* The values sorted along dim (NaN greatest; stable: equal values keep their order) and their
 * indices (SortBackward0).
 */
ng_status ng_sort(ng_tensor* self, int64_t dim, int32_t descending, int32_t stable,
                  ng_tensor** out_values, ng_tensor** out_indices);

/* The indices that sort self along dim (as sort's indices) (ArgsortBackward0). */
ng_status ng_argsort(ng_tensor* self, int64_t dim, int32_t descending, int32_t stable,
                     ng_tensor** out_result);

/* The k largest (or smallest) values along dim and their indices (TopkBackward0). */
ng_status ng_topk(ng_tensor* self, int64_t k, int64_t dim, int32_t largest, int32_t sorted,
                  ng_tensor** out_values, ng_tensor** out_indices);

/* The index of the largest value (of the flattened tensor when dim is None; first of ties, NaN
 * largest) (ArgmaxBackward0).
 */
ng_status ng_argmax(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                    ng_tensor** out_result);

/* The index of the smallest value (of the flattened tensor when dim is None; first of ties, NaN
 * smallest) (ArgminBackward0).
 */
ng_status ng_argmin(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                    ng_tensor** out_result);

/* The indices of the non-zero elements, one row [n, ndim] per element, in row-major order
 * (NonzeroBackward0).
 */
ng_status ng_nonzero(ng_tensor* self, ng_tensor** out_result);

/* The slices of self along dim, as views (a multi-output node) (UnbindBackward0). */
ng_status ng_unbind(ng_tensor* self, int64_t dim, ng_tensor** out_result, int32_t capacity,
                    int32_t* out_count);

/* Views of split_size elements along dim (the last may be shorter) (SplitBackward0). */
ng_status ng_split(ng_tensor* self, int64_t split_size, int64_t dim, ng_tensor** out_result,
                   int32_t capacity, int32_t* out_count);

/* Views of split_sizes[i] elements along dim (SplitWithSizesBackward0). */
ng_status ng_split_with_sizes(ng_tensor* self, const int64_t* split_sizes, int32_t n_split_sizes,
                              int64_t dim, ng_tensor** out_result, int32_t capacity,
                              int32_t* out_count);

/* ---- Autograd ---- */
/* requires_grad, .grad, grad_fn nodes (released with ng_node_free), backward, autograd.grad,
 * grad mode, hooks, custom functions, anomaly detection, inference mode, gradcheck.
 */

/* Writes 1 if the tensor requires grad. */
ng_status ng_tensor_requires_grad(ng_tensor* t, int32_t* out_flag);

/* requires_grad_(flag): only leaves of floating dtype can change it (PyTorch's errors
 * otherwise).
 */
ng_status ng_tensor_set_requires_grad(ng_tensor* t, int32_t flag);

/* Writes 1 if the tensor is a leaf (no grad_fn). */
ng_status ng_tensor_is_leaf(ng_tensor* t, int32_t* out_flag);

/* Writes 1 if retain_grad() was called on this non-leaf. */
ng_status ng_tensor_retains_grad(ng_tensor* t, int32_t* out_flag);

/* retain_grad(): keep this non-leaf's gradient in .grad during backward. */
ng_status ng_tensor_retain_grad(ng_tensor* t);

/* Writes a new handle to .grad, or NULL when it is None. */
ng_status ng_tensor_grad(ng_tensor* t, ng_tensor** out_grad);

/* Sets .grad (NULL clears it); the gradient must match the tensor's shape and dtype. */
ng_status ng_tensor_set_grad(ng_tensor* t, ng_tensor* grad);

/* Writes a handle to grad_fn, or NULL for leaves. */
ng_status ng_tensor_grad_fn(ng_tensor* t, ng_node** out_node);

/* detach(): a new leaf sharing storage, cut from the graph. */
ng_status ng_tensor_detach(ng_tensor* t, ng_tensor** out_tensor);

/* .data: shares storage, never requires grad, has its own version counter (writes through it
 * are not seen by autograd).
 */
ng_status ng_tensor_data(ng_tensor* t, ng_tensor** out_tensor);

/* clone(): a copy that stays in the graph (CloneBackward0). */
ng_status ng_tensor_clone(ng_tensor* t, ng_tensor** out_tensor);

/* t.data = src: replaces t's values, shape and dtype without recording. */
ng_status ng_tensor_set_data(ng_tensor* t, ng_tensor* src);

/* zero_(): sets every element to 0 in place (recorded as ZeroBackward0 when t takes part in
 * autograd).
 */
ng_status ng_tensor_zero_(ng_tensor* t);

/* fill_(value): sets every element in place (recorded as FillBackward2 when t takes part in
 * autograd).
 */
ng_status ng_tensor_fill_(ng_tensor* t, double value);

/* Converts to another dtype (ToCopyBackward0 between floating dtypes). */
ng_status ng_tensor_to_dtype(ng_tensor* t, int32_t dtype, ng_tensor** out_tensor);

/* Writes the node's name, e.g. "MulBackward0" (free with ng_string_free). */
ng_status ng_node_name(ng_node* n, char** out_name);

/* Writes the number of next_functions. */
ng_status ng_node_num_next(ng_node* n, int32_t* out_count);

/* Writes next_functions[i]: a node handle (NULL for None) and its input number. */
ng_status ng_node_next(ng_node* n, int32_t i, ng_node** out_node, int32_t* out_input_nr);

/* Writes a stable identity of the node (same node, same id). */
ng_status ng_node_id(ng_node* n, int64_t* out_id);

/* Releases a node handle. NULL is ignored. */
ng_status ng_node_free(ng_node* n);

/* Tensor.backward(gradient, retain_graph, create_graph); gradient may be NULL; retain_graph -1
 * = default.
 */
ng_status ng_backward(ng_tensor* t, ng_tensor* gradient, int32_t retain_graph,
                      int32_t create_graph);

/* torch.autograd.grad: writes n_inputs new handles to out_grads (NULL for unused inputs). */
ng_status ng_autograd_grad(ng_tensor* const* outputs, int32_t n_outputs,
                           ng_tensor* const* grad_outputs, ng_tensor* const* inputs,
                           int32_t n_inputs, int32_t retain_graph, int32_t create_graph,
                           int32_t allow_unused, ng_tensor** out_grads);

/* Writes 1 if grad mode is enabled on this thread. */
ng_status ng_is_grad_enabled(int32_t* out_enabled);

/* Sets this thread's grad mode and writes the previous one (no_grad = set 0, later restore). */
ng_status ng_set_grad_enabled(int32_t enabled, int32_t* out_previous);

/* Writes a new handle to the same tensor (both must be freed; the tensor lives while either
 * does).
 */
ng_status ng_tensor_share(ng_tensor* t, ng_tensor** out_tensor);

/* Applies a custom differentiable function (torch.autograd.Function.apply). forward(user_ctx,
 * ctx, inputs, n_inputs, outputs, max_outputs, n_outputs) runs at once with grad mode off: it
 * writes up to max_outputs new tensor handles to outputs (the library takes them over) and
 * their count to *n_outputs. When an input requires grad and grad mode is on, the outputs get a
 * node named <name>Backward; during backward backward(user_ctx, ctx, grad_outputs, n_outputs,
 * grad_inputs, n_inputs) writes one new handle per input to grad_inputs (left NULL: no
 * gradient; taken over by the library). Input and gradient handles passed to the callbacks are
 * borrowed for the call. ctx (a node handle, borrowed) is for the ng_ctx_* calls. A callback
 * returning non-OK fails the call with NG_ERR_CALLBACK (the message includes any error set
 * during the callback). release(user_ctx) (may be NULL) is called exactly once when the library
 * no longer needs user_ctx. Writes max_outputs entries' worth of new handles to out_outputs
 * (*out_n_outputs of them are set).
 */
ng_status ng_custom_function_apply(const char* name,
                                   ng_status (*forward)(void*, ng_node*, ng_tensor**, int32_t, ng_tensor**, int32_t, int32_t*),
                                   ng_status (*backward)(void*, ng_node*, ng_tensor**, int32_t, ng_tensor**, int32_t),
                                   void (*release)(void*), const void* user_ctx,
                                   ng_tensor* const* inputs, int32_t n_inputs,
                                   ng_tensor** out_outputs, int32_t max_outputs,
                                   int32_t* out_n_outputs);

/* save_for_backward: keeps these tensors for backward (call from the forward callback). */
ng_status ng_ctx_save_for_backward(ng_node* ctx, ng_tensor* const* tensors, int32_t n);

/* Writes the number of saved tensors. */
ng_status ng_ctx_num_saved(ng_node* ctx, int32_t* out_count);

/* saved_tensors[i] as a new handle; fails after backward freed them, or if one was modified in
 * place.
 */
ng_status ng_ctx_saved_tensor(ng_node* ctx, int32_t i, ng_tensor** out_tensor);

/* needs_input_grad[i]: writes 1 if input i requires grad and the graph is recorded. */
ng_status ng_ctx_needs_input_grad(ng_node* ctx, int32_t i, int32_t* out_flag);

/* mark_non_differentiable: this output (call from forward, with a handle you write to outputs)
 * gets no grad_fn.
 */
ng_status ng_ctx_mark_non_differentiable(ng_node* ctx, ng_tensor* t);

/* Writes the user_ctx given to ng_custom_function_apply for this custom function's node (ctx
 * may be any handle to the node, e.g. from ng_tensor_grad_fn).
 */
ng_status ng_ctx_user_data(ng_node* ctx, void** out_user_ctx);

/* Tensor.register_hook: hook(user_ctx, grad, out_replacement) is called with the tensor's
 * gradient (a borrowed handle) when it is computed, before a leaf accumulates it; writing a new
 * handle to *out_replacement (taken over by the library) replaces the gradient, leaving it NULL
 * keeps it. A non-OK return fails the backward with NG_ERR_CALLBACK. release(user_ctx) (may be
 * NULL) runs once when the hook is removed (ng_hook_remove) or the tensor is freed. Writes the
 * hook's id.
 */
ng_status ng_tensor_register_hook(ng_tensor* t, ng_status (*hook)(void*, ng_tensor*, ng_tensor**),
                                  void (*release)(void*), const void* user_ctx,
                                  int64_t* out_hook_id);

/* RemovableHandle.remove(): unregisters a hook by id (an id already removed is fine). */
ng_status ng_hook_remove(int64_t hook_id);

/* torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph, inputs):
 * accumulates into .grad the gradients of n tensors (grad_tensors may be NULL, or hold NULL
 * entries for scalars). With inputs (n_inputs > 0) only those tensors' .grad are accumulated
 * (non-leaves included); inputs may be NULL with n_inputs = 0 for every leaf.
 */
ng_status ng_autograd_backward(ng_tensor* const* tensors, int32_t n, ng_tensor* const* grad_tensors,
                               int32_t retain_graph, int32_t create_graph, ng_tensor* const* inputs,
                               int32_t n_inputs);

/* set_detect_anomaly: turns anomaly detection on or off (process-wide) and writes the previous
 * mode (out_previous may be NULL). While on, a backward node returning NaN fails with "Function
 * 'XBackward0' returned nan values in its 0th output.".
 */
ng_status ng_set_detect_anomaly(int32_t enabled, int32_t* out_previous);

/* Writes 1 if anomaly detection is on. */
ng_status ng_is_anomaly_enabled(int32_t* out_enabled);

/* Sets this thread's inference mode (PyTorch's InferenceMode(enabled): grad mode becomes
 * !enabled) and writes the previous inference and grad modes (either pointer may be NULL) to
 * restore them later with ng_set_inference_mode and ng_set_grad_enabled.
 */
ng_status ng_set_inference_mode(int32_t enabled, int32_t* out_previous, int32_t* out_previous_grad);

/* Writes 1 if inference mode is on in this thread. */
ng_status ng_is_inference_mode_enabled(int32_t* out_enabled);

/* Writes 1 if the tensor was made in inference mode (Tensor.is_inference()). */
ng_status ng_tensor_is_inference(ng_tensor* t, int32_t* out_flag);

/* gradcheck (second_order = 0) or gradgradcheck (1) of fn(user_ctx, inputs, n_inputs,
 * out_result) at the given float64 leaf inputs that require grad, against central differences
 * with step eps: |analytical - numerical| <= atol + rtol * |numerical| for every entry. fn gets
 * borrowed input handles and writes one new handle (taken over by the library); it may be
 * called many times. Writes 1 to *out_ok if all entries agree; else 0 and a description of the
 * first mismatch to *out_message (free it with ng_string_free; NULL when ok). A failing fn
 * makes the call fail with NG_ERR_CALLBACK.
 */
ng_status ng_gradcheck(ng_status (*fn)(void*, ng_tensor**, int32_t, ng_tensor**),
                       const void* user_ctx, ng_tensor* const* inputs, int32_t n_inputs, double eps,
                       double atol, double rtol, int32_t second_order, int32_t* out_ok,
                       char** out_message);

/* ---- nn ---- */
/* Modules as opaque objects (released with ng_module_free) and the functional forms of layers
 * and losses.
 */

/* nn.Linear(in_features, out_features, bias) with PyTorch's initialisation (dtype NG_FLOAT32 or
 * NG_FLOAT64).
 */
ng_status ng_linear_new(int64_t in_features, int64_t out_features, int32_t bias, int32_t dtype,
                        ng_module** out_module);

/* nn.ReLU(). */
ng_status ng_relu_new(ng_module** out_module);

/* nn.Tanh(). */
ng_status ng_tanh_new(ng_module** out_module);

/* nn.Sigmoid(). */
ng_status ng_sigmoid_new(ng_module** out_module);

/* nn.Flatten(start_dim, end_dim). */
ng_status ng_flatten_new(int32_t start_dim, int32_t end_dim, ng_module** out_module);

/* nn.Embedding(num_embeddings, embedding_dim). */
ng_status ng_embedding_new(int64_t num_embeddings, int64_t embedding_dim, int32_t dtype,
                           ng_module** out_module);

/* nn.LayerNorm over the trailing dims of the given shape. */
ng_status ng_layer_norm_new(const int64_t* normalized_shape, int32_t ndim, double eps,
                            int32_t elementwise_affine, int32_t dtype, ng_module** out_module);

/* nn.Dropout(p). */
ng_status ng_dropout_new(double p, ng_module** out_module);

/* nn.Sequential over n modules (children named "0", "1", ...; the handles stay valid and
 * usable).
 */
ng_status ng_sequential_new(ng_module* const* modules, int32_t n, ng_module** out_module);

/* Runs the module on input (its forward plus hooks). */
ng_status ng_module_forward(ng_module* m, ng_tensor* input, ng_tensor** out_result);

/* Writes the number of parameters (named_parameters()). */
ng_status ng_module_num_parameters(ng_module* m, int32_t* out_count);

/* Writes the i-th named parameter: its qualified name (free with ng_string_free; out_name may
 * be NULL) and a new handle.
 */
ng_status ng_module_parameter(ng_module* m, int32_t index, char** out_name, ng_tensor** out_param);

/* Writes a new handle to the parameter with this qualified name (e.g. "0.weight"); an unknown
 * name is an error.
 */
ng_status ng_module_get_parameter(ng_module* m, const char* name, ng_tensor** out_param);

/* Zeroes (or, with set_to_none, drops) the gradients of all parameters. */
ng_status ng_module_zero_grad(ng_module* m, int32_t set_to_none);

/* train(mode): 1 training, 0 evaluation. */
ng_status ng_module_train(ng_module* m, int32_t mode);

/* Writes PyTorch's repr of the module (free with ng_string_free). */
ng_status ng_module_to_string(ng_module* m, char** out_string);

/* Releases a module handle (a Sequential keeps its children alive). NULL is ignored. */
ng_status ng_module_free(ng_module* m);

/* torch.nn.functional.linear: x @ weight^T + bias (bias may be NULL). */
ng_status ng_linear(ng_tensor* x, ng_tensor* weight, ng_tensor* bias, ng_tensor** out_result);

/* out = |a| (AbsBackward0). */
ng_status ng_abs(ng_tensor* a, ng_tensor** out_result);

/* bias + mat1 @ mat2 (AddmmBackward0). */
ng_status ng_addmm(ng_tensor* bias, ng_tensor* mat1, ng_tensor* mat2, ng_tensor** out_result);

/* Mean squared error; reduction 0 none, 1 mean, 2 sum. */
ng_status ng_mse_loss(ng_tensor* input, ng_tensor* target, int32_t reduction,
                      ng_tensor** out_result);

/* Mean absolute error; reduction 0 none, 1 mean, 2 sum. */
ng_status ng_l1_loss(ng_tensor* input, ng_tensor* target, int32_t reduction,
                     ng_tensor** out_result);

/* Binary cross-entropy on logits, numerically stable; reduction 0 none, 1 mean, 2 sum. */
ng_status ng_bce_with_logits(ng_tensor* input, ng_tensor* target, int32_t reduction,
                             ng_tensor** out_result);

/* Binary cross-entropy on probabilities (weight may be NULL); reduction 0 none, 1 mean, 2 sum.
 */
ng_status ng_bce(ng_tensor* input, ng_tensor* target, ng_tensor* weight, int32_t reduction,
                 ng_tensor** out_result);

/* nll_loss of int64 class indices under log-probabilities [N, C] (weight may be NULL). */
ng_status ng_nll_loss(ng_tensor* input, ng_tensor* target, ng_tensor* weight, int64_t ignore_index,
                      int32_t reduction, ng_tensor** out_result);

/* cross_entropy of logits [N, C] against int64 class indices, with ignore_index and label
 * smoothing.
 */
ng_status ng_cross_entropy(ng_tensor* input, ng_tensor* target, ng_tensor* weight,
                           int64_t ignore_index, int32_t reduction, double label_smoothing,
                           ng_tensor** out_result);

/* layer_norm over the last normalized_dims dims (weight and bias may be NULL). */
ng_status ng_layer_norm(ng_tensor* input, int32_t normalized_dims, ng_tensor* weight,
                        ng_tensor* bias, double eps, ng_tensor** out_result);

/* embedding: rows of weight picked by int64 indices. */
ng_status ng_embedding(ng_tensor* indices, ng_tensor* weight, ng_tensor** out_result);

/* dropout with probability p (identity when training is 0). */
ng_status ng_dropout(ng_tensor* input, double p, int32_t training, ng_tensor** out_result);

/* ---- Optimizers ---- */
/* Optimizers as opaque objects (released with ng_optimizer_free), the fused in-place updates
 * that bindings keeping their own optimizer state call, and gradient clipping.
 */

/* optim.SGD over n parameters. */
ng_status ng_sgd_new(ng_tensor* const* parameters, int32_t n, double lr, double momentum,
                     double dampening, double weight_decay, int32_t nesterov,
                     ng_optimizer** out_optimizer);

/* optim.Adam (decoupled 0) or optim.AdamW (decoupled 1) over n parameters. */
ng_status ng_adam_new(ng_tensor* const* parameters, int32_t n, double lr, double beta1,
                      double beta2, double eps, double weight_decay, int32_t amsgrad,
                      int32_t decoupled, ng_optimizer** out_optimizer);

/* Updates every parameter that has a gradient. */
ng_status ng_optimizer_step(ng_optimizer* o);

/* Zeroes (or drops) the gradients of the optimizer's parameters. */
ng_status ng_optimizer_zero_grad(ng_optimizer* o, int32_t set_to_none);

/* Sets the learning rate of every parameter group. */
ng_status ng_optimizer_set_lr(ng_optimizer* o, double lr);

/* Releases an optimizer handle. NULL is ignored. */
ng_status ng_optimizer_free(ng_optimizer* o);

/* In-place SGD update of one parameter (momentum_buffer may be NULL when momentum is 0;
 * first_step initialises it).
 */
ng_status ng_sgd_update_(ng_tensor* param, ng_tensor* grad, ng_tensor* momentum_buffer,
                         int32_t first_step, double lr, double momentum, double dampening,
                         double weight_decay, int32_t nesterov, int32_t maximize);

/* One SGD step over n parameters (skips those without a grad; had_grad[i] says which had one).
 * With momentum != 0, momentum_buffers[i] is each parameter's buffer: a NULL entry gets a new
 * tensor (initialised from the gradient on this step) that the caller then owns;
 * momentum_buffers may be NULL when momentum is 0.
 */
ng_status ng_sgd_step_(ng_tensor* const* parameters, ng_tensor* const* momentum_buffers, int32_t n,
                       double lr, double momentum, double dampening, double weight_decay,
                       int32_t nesterov, int32_t maximize, int32_t* out_had_grad);

/* zero_grad over n parameters: drops each gradient (set_to_none = 1) or zeroes it in place,
 * detaching first a gradient that carries a graph (PyTorch 1.13's Optimizer/Module.zero_grad).
 */
ng_status ng_zero_grad(ng_tensor* const* parameters, int32_t n, int32_t set_to_none);

/* In-place Adam (decoupled 0) or AdamW (decoupled 1) update of one parameter; step counts from
 * 1; max_exp_avg_sq (AMSGrad) may be NULL.
 */
ng_status ng_adam_update_(ng_tensor* param, ng_tensor* grad, ng_tensor* exp_avg,
                          ng_tensor* exp_avg_sq, ng_tensor* max_exp_avg_sq, int64_t step, double lr,
                          double beta1, double beta2, double eps, double weight_decay,
                          int32_t decoupled, int32_t maximize);

/* In-place RMSprop update of one parameter (momentum_buffer and grad_avg (centered) may be
 * NULL).
 */
ng_status ng_rmsprop_update_(ng_tensor* param, ng_tensor* grad, ng_tensor* square_avg,
                             ng_tensor* momentum_buffer, ng_tensor* grad_avg, double lr,
                             double alpha, double eps, double weight_decay, double momentum,
                             int32_t maximize);

/* clip_grad_norm_ over n gradients (scaled in place); writes the total norm as a new 0-dim
 * tensor.
 */
ng_status ng_clip_grad_norm_(ng_tensor* const* grads, int32_t n, double max_norm, double norm_type,
                             int32_t error_if_nonfinite, ng_tensor** out_total_norm);

/* clip_grad_value_: clamps n gradients into [-clip_value, clip_value] in place. */
ng_status ng_clip_grad_value_(ng_tensor* const* grads, int32_t n, double clip_value);

/* ---- Serialization ---- */
/* safetensors files of named tensors plus a string metadata map. */

/* Writes n named tensors (and an optional JSON object of string metadata, NULL for none) to a
 * safetensors file at the UTF-8 path; the file is replaced atomically.
 */
ng_status ng_save(const char* path, const char* const* names, ng_tensor* const* tensors, int32_t n,
                  const char* metadata_json);

/* Reads and validates the header of a safetensors file and writes how many tensors it holds
 * (the capacity ng_load needs).
 */
ng_status ng_load_count(const char* path, int32_t* out_count);

/* Loads a safetensors file: writes count names (free each with ng_string_free) and new tensor
 * handles in header order, the count, and (unless out_metadata_json is NULL) the metadata as a
 * JSON object string; fails if the file holds more than capacity tensors.
 */
ng_status ng_load(const char* path, char** out_names, ng_tensor** out_tensors, int32_t capacity,
                  int32_t* out_count, char** out_metadata_json);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* NATIVEGRAD_H */
