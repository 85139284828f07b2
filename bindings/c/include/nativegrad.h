/* nativegrad.h - C API of NativeGrad (ABI version 1).
 *
 * GENERATED FILE - DO NOT EDIT. Written by bindings/gen from the engine's [AbiEnum] enums, the op
 * declarations (engine/Ops/Declarations) and native-api/Exports*.cs, the single source of truth.
 * Regenerate with ./build.sh build (or dotnet run --project bindings/gen -- .); CI fails when this
 * file differs from what the generator writes. Every function and constant is also listed, with
 * the ownership of its outputs, in docs/ABI-REFERENCE.md.
 *
 * Conventions (docs/ABI.md): functions return ng_status (NG_OK = 0) unless stated otherwise;
 * outputs (out_* parameters) are written only on NG_OK; ng_last_error() gives the thread's
 * last error message; every returned handle (ng_tensor, ng_node, ng_module, ng_optimizer,
 * ng_generator) is new and is released exactly once with its ng_*_free (NULL is fine); strings
 * returned through char** are released with ng_string_free.
 *
 * Handles (ng_tensor*, ng_node*, ng_module*, ng_optimizer*, ng_generator*, int64 hook ids) are
 * opaque values, not addresses: each carries its kind and is checked under a per-process key, and
 * none is ever dereferenced. A handle of another kind gives NG_ERR_INVALID_ARGUMENT ("expected a
 * tensor handle, got a node handle"); a released handle, or a value the library never returned,
 * gives NG_ERR_RELEASED_HANDLE; NULL gives NG_ERR_NULL_POINTER, except for parameters documented
 * "May be NULL".
 * Errors: every failure has a message; ng_last_error()'s pointer stays valid until the thread's
 * next failing call and is freed when the thread exits. NG_ERR_INTERNAL is a bug: report it.
 * Sizes: a tensor or view has at most 2^31-1 elements, each size at most 2^31-1; larger shapes,
 * products that overflow int64 and negative sizes fail with NG_ERR_INVALID_ARGUMENT before any
 * allocation (an allocation that fails: NG_ERR_OUT_OF_MEMORY).
 *
 * Threads (docs/THREADS.md): every call may be made from any thread, and handles may be passed
 * between threads. Backward and ng_autograd_grad may run on several threads at once, over
 * separate graphs or graphs that share leaves and modules: accumulation into .grad is serialised
 * per tensor, so no update is lost (the order of the additions, hence the last bits of float
 * sums, is unspecified). One graph may be back-propagated by several threads at once with
 * retain_graph = 1; without it its saved tensors are freed once, after the last run using them,
 * and later runs fail with NG_ERR_AUTOGRAD ("Trying to backward through the graph a second
 * time"). Hooks and custom-function callbacks may run on several threads at once. Grad mode,
 * inference mode and ng_last_error() are per thread; anomaly mode and the random generator are
 * process-wide. Writes to a tensor (in-place ops, optimizer steps, ng_tensor_set_grad,
 * ng_tensor_free) must not race with other threads using it; a call whose handle another thread
 * frees gets its object or NG_ERR_RELEASED_HANDLE, never another object.
 */
#ifndef NATIVEGRAD_H
#define NATIVEGRAD_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the C ABI this header describes; compare with ng_abi_version() at run time. */
#define NG_ABI_VERSION 1

/* Release version of the library this header belongs to; ng_version() gives the loaded library's. */
#define NG_VERSION_MAJOR 0
#define NG_VERSION_MINOR 1
#define NG_VERSION_PATCH 0

/* Opaque handle to a tensor. */
typedef struct ng_tensor ng_tensor;
/* Opaque handle to an autograd graph node (a grad_fn). */
typedef struct ng_node ng_node;
/* Opaque handle to an nn module (layer or container). */
typedef struct ng_module ng_module;
/* Opaque handle to an optimizer. */
typedef struct ng_optimizer ng_optimizer;
/* Opaque handle to a random number generator (NULL: the default generator). */
typedef struct ng_generator ng_generator;

/* The kind of error a call reports: the C ABI's status codes (ng_status) are these, NG_ERR_*,
 * after NG_OK.
 */
typedef int32_t ng_status;
/* The call succeeded and wrote its outputs. */
#define NG_OK 0
/* An argument was out of range or inconsistent (bad dim, negative size, wrong length). */
#define NG_ERR_INVALID_ARGUMENT 1
/* A required pointer argument was NULL. */
#define NG_ERR_NULL_POINTER 2
/* A handle was used or freed after it had been released (or is not a handle at all). */
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
/* A distributed (MPI) operation failed: MPI missing, not started by mpirun, a timeout (another
 * rank died or stalled), an MPI error.
 */
#define NG_ERR_DISTRIBUTED 12

/* Element type of a tensor. Values match the C ABI's NG_FLOAT32... constants. */
/* 32-bit float, the default dtype (torch.float32). */
#define NG_FLOAT32 0
/* 64-bit float (torch.float64). */
#define NG_FLOAT64 1
/* 64-bit signed integer (torch.int64). */
#define NG_INT64 2
/* Boolean, one byte per element (torch.bool). */
#define NG_BOOL 3

/* What one item of a basic index is (PyTorch/NumPy basic indexing). In the C ABI an item is
 * (kind, a, b, c) and an omitted slice bound or step is INT64_MIN.
 */
/* An integer: selects one position and removes the dim (negative counts from the end). */
#define NG_INDEX_INT 0
/* A slice start:stop:step (bounds clamped as in Python; step must be positive). */
#define NG_INDEX_SLICE 1
/* `...`: as many full slices as the other items leave dims. */
#define NG_INDEX_ELLIPSIS 2
/* `None`: inserts a new dim of size 1. */
#define NG_INDEX_NEW_AXIS 3
/* A tensor (advanced indexing): int64 positions, or a bool mask covering as many dims as it
 * has. A 0-dim int64 tensor is an Int; a 0-dim bool tensor inserts a dim of size 1 and keeps it
 * (true) or empties it (false).
 */
#define NG_INDEX_TENSOR 4

/* The reduction of an all-reduce (torch.distributed.ReduceOp; the values are PyTorch's). */
/* Sum over ranks. */
#define NG_REDUCE_SUM 0
/* Mean over ranks: the sum divided by the world size (floating dtypes only). */
#define NG_REDUCE_AVG 1
/* Product over ranks. */
#define NG_REDUCE_PRODUCT 2
/* Minimum over ranks. */
#define NG_REDUCE_MIN 3
/* Maximum over ranks. */
#define NG_REDUCE_MAX 4

/* How a loss reduces its elementwise values (PyTorch's reduction=). */
/* No reduction: one loss per element. */
#define NG_REDUCTION_NONE 0
/* The mean over all elements (the default). */
#define NG_REDUCTION_MEAN 1
/* The sum over all elements. */
#define NG_REDUCTION_SUM 2

/* ---- Library ---- */
/* Library-level calls: versions, capabilities, the thread's last error, strings the library
 * allocated.
 */

/* Version of this C ABI; bumped on every incompatible change. */
uint32_t ng_abi_version(void);

/* The library's release version "MAJOR.MINOR.PATCH" (static UTF-8, owned by the library, never
 * freed); the header's NG_VERSION_MAJOR/MINOR/PATCH give the version it was generated for.
 */
const char* ng_version(void);

/* Width in bits of the SIMD vectors the library's kernels use (256 with AVX2, else 128). */
int32_t ng_vector_width_bits(void);

/* The calling thread's last error message (UTF-8, owned by the library; "" if none). */
const char* ng_last_error(void);

/* Frees a string returned by the library through a char** output. NULL is ignored.
 *
 * s: May be NULL (ignored).
 */
void ng_string_free(const char* s);

/* Resizes the worker pool to n threads, the caller included (n >= 1; torch.set_num_threads).
 * Results do not depend on it.
 */
ng_status ng_set_num_threads(int32_t n);

/* Writes the worker pool's size (initially $NATIVEGRAD_NUM_THREADS if it is a positive integer,
 * else the core count).
 */
ng_status ng_get_num_threads(int32_t* out_count);

/* ---- Tensors ---- */
/* Creating tensors, their lifetime (every handle is released once with ng_tensor_free), their
 * facts and their elements.
 */

/* Writes the address of the tensor's first element (valid while the tensor, or a view of its
 * storage, is alive); with ng_tensor_strides it locates every element. Writing through it is
 * not recorded. From then on ops read this storage when they run, never lazily (it is no source
 * of fusion: you may write it at any time); to keep inputs fusable, fill them with
 * ng_tensor_from_buffer.
 */
ng_status ng_tensor_data_ptr(ng_tensor* t, void** out_ptr);

/* Writes ndim strides, in elements (capacity must be >= ndim). */
ng_status ng_tensor_strides(ng_tensor* t, int64_t* out_strides, int32_t capacity);

/* A tensor viewing caller-owned memory without copying (torch.from_numpy). strides are in
 * elements (NULL: row-major; negative strides are refused). release(release_ctx) (may be NULL)
 * runs once when the last tensor viewing the memory is freed; the memory must stay valid until
 * then. On failure nothing is kept and release is not called. Ops read this memory when they
 * run, never lazily (it is no source of fusion).
 *
 * strides: May be NULL (row-major).
 *
 * release: May be NULL.
 *
 * release_ctx: May be NULL (passed to release as is).
 */
ng_status ng_tensor_from_blob(const void* data, int32_t dtype, const int64_t* shape, int32_t ndim,
                              const int64_t* strides, void (*release)(void*),
                              const void* release_ctx, ng_tensor** out_tensor);

/* torch.randint(low, high, shape): integers uniform in [low, high) from the default generator
 * (torch's values).
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

/* Creates an int64 tensor filled with an exact int64 value (ng_full goes through a double,
 * exact below 2^53).
 */
ng_status ng_full_int64(const int64_t* shape, int32_t ndim, int64_t value, ng_tensor** out_tensor);

/* Creates an n x m identity matrix (m < 0 means m = n). */
ng_status ng_eye(int64_t n, int64_t m, int32_t dtype, ng_tensor** out_tensor);

/* Creates the 1-D tensor [start, start+step, ...) below end. */
ng_status ng_arange(double start, double end, double step, int32_t dtype, ng_tensor** out_tensor);

/* Creates the 1-D tensor of steps values evenly spaced from start to end, both included
 * (torch.linspace; PyTorch's values; int64 values truncate toward zero).
 */
ng_status ng_linspace(double start, double end, int64_t steps, int32_t dtype,
                      ng_tensor** out_tensor);

/* Creates the 1-D tensor of steps values base ** e, e evenly spaced from start to end
 * (torch.logspace).
 */
ng_status ng_logspace(double start, double end, int64_t steps, double base, int32_t dtype,
                      ng_tensor** out_tensor);

/* Zeros with the shape and dtype of t. */
ng_status ng_zeros_like(ng_tensor* t, ng_tensor** out_tensor);

/* Ones with the shape and dtype of t. */
ng_status ng_ones_like(ng_tensor* t, ng_tensor** out_tensor);

/* Standard-normal samples from the default generator (floating dtypes; torch.randn's values).
 */
ng_status ng_randn(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Uniform [0, 1) samples from the default generator (floating dtypes; torch.rand's values). */
ng_status ng_rand(const int64_t* shape, int32_t ndim, int32_t dtype, ng_tensor** out_tensor);

/* Seeds the default generator (torch.manual_seed; -1 is read as 2^64 - 1). */
ng_status ng_manual_seed(int64_t seed);

/* Releases a tensor handle. NULL is ignored; a released handle gives NG_ERR_RELEASED_HANDLE.
 *
 * t: May be NULL (ignored).
 */
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

/* ---- Random numbers ---- */

/* Creates a generator seeded with 67280421310721 (torch.Generator()); release it with
 * ng_generator_free.
 */
ng_status ng_generator_new(ng_generator** out_generator);

/* Releases a generator handle (NULL is ignored).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_free(ng_generator* generator);

/* Seeds a generator (NULL: the default one); the seed is read as an unsigned 64-bit value, so
 * -1 is 2^64 - 1 as in torch.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_manual_seed(ng_generator* generator, int64_t seed);

/* Reseeds a generator from a nondeterministic source and writes the new seed (as unsigned 64
 * bits).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_seed(ng_generator* generator, int64_t* out_seed);

/* Writes the seed of a generator's current stream (torch's initial_seed(), as unsigned 64
 * bits).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_initial_seed(ng_generator* generator, int64_t* out_seed);

/* Copies a generator's state into outState, in torch's layout (nbytes must be 5056;
 * torch.get_rng_state()).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_get_state(ng_generator* generator, void* out_state, int64_t nbytes);

/* Restores a generator's state from nbytes bytes (5056, or torch's legacy 5048;
 * torch.set_rng_state()).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_generator_set_state(ng_generator* generator, const void* state, int64_t nbytes);

/* Fills t with uniform samples in [from, to) (Tensor.uniform_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_uniform_(ng_tensor* t, double from, double to, ng_generator* generator);

/* Fills t with normal samples (Tensor.normal_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_normal_(ng_tensor* t, double mean, double std, ng_generator* generator);

/* Fills t with integers in [0, 2^mantissa] (floats), [0, 2^63 - 1] (int64) or {0, 1} (bool)
 * (Tensor.random_()).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_random_(ng_tensor* t, ng_generator* generator);

/* Fills t with integers in [from, *to) (Tensor.random_(from, to)); to NULL means up to the
 * dtype's largest integer, inclusive (from = INT64_MIN then covers all 64-bit values).
 *
 * to: May be NULL (up to the dtype's largest integer).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_random_from_to_(ng_tensor* t, int64_t from, const int64_t* to,
                             ng_generator* generator);

/* Fills t with 1 (probability p) or 0 (Tensor.bernoulli_(p)).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_bernoulli_(ng_tensor* t, double p, ng_generator* generator);

/* Fills t with 1 (probability p[i], p broadcast to t's shape) or 0
 * (Tensor.bernoulli_(p_tensor)).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_bernoulli_tensor_(ng_tensor* t, ng_tensor* p, ng_generator* generator);

/* torch.bernoulli(p): 1 with probability p[i], else 0, of p's shape and dtype.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_bernoulli(ng_tensor* p, ng_generator* generator, ng_tensor** out_tensor);

/* torch.bernoulli(input, p): 1 with probability p, else 0, of input's shape, dtype and layout.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_bernoulli_p(ng_tensor* input, double p, ng_generator* generator,
                         ng_tensor** out_tensor);

/* Fills t with exponential samples of rate lambd (Tensor.exponential_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_exponential_(ng_tensor* t, double lambd, ng_generator* generator);

/* Fills t with Cauchy samples (Tensor.cauchy_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_cauchy_(ng_tensor* t, double median, double sigma, ng_generator* generator);

/* Fills t with log-normal samples (Tensor.log_normal_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_log_normal_(ng_tensor* t, double mean, double std, ng_generator* generator);

/* Fills t with geometric samples (Tensor.geometric_).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_geometric_(ng_tensor* t, double p, ng_generator* generator);

/* torch.randperm(n): a random permutation of 0..n-1 (dtype NG_INT64, NG_FLOAT32 or NG_FLOAT64).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_randperm(int64_t n, int32_t dtype, ng_generator* generator, ng_tensor** out_tensor);

/* torch.multinomial(probs, numSamples, replacement): int64 category indices per row of probs
 * (1-D or 2-D).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_multinomial(ng_tensor* probs, int64_t num_samples, int32_t replacement,
                         ng_generator* generator, ng_tensor** out_tensor);

/* torch.normal(mean, std) with tensor arguments: a NULL mean (std) tensor means the scalar
 * meanValue (stdValue); at least one must be a tensor. Zero gradient (NormalBackward1/2/3).
 *
 * mean: May be NULL (the scalar is used).
 *
 * std: May be NULL (the scalar is used).
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_normal(ng_tensor* mean, double mean_value, ng_tensor* std, double std_value,
                    ng_generator* generator, ng_tensor** out_tensor);

/* torch.rand_like(t) (dtype < 0: t's dtype); keeps t's memory layout, as torch.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_rand_like(ng_tensor* t, int32_t dtype, ng_generator* generator,
                       ng_tensor** out_tensor);

/* torch.randn_like(t) (dtype < 0: t's dtype); keeps t's memory layout, as torch.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_randn_like(ng_tensor* t, int32_t dtype, ng_generator* generator,
                        ng_tensor** out_tensor);

/* torch.randint_like(t, low, high) (dtype < 0: t's dtype); keeps t's memory layout, as torch.
 *
 * generator: May be NULL (the default generator).
 */
ng_status ng_randint_like(ng_tensor* t, int64_t low, int64_t high, int32_t dtype,
                          ng_generator* generator, ng_tensor** out_tensor);

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

/* Variance over dims (dims NULL or ndims 0: all) divided by N - correction (1 = unbiased).
 *
 * dims: May be NULL (all dims, as ndims = 0).
 */
ng_status ng_var(ng_tensor* a, const int64_t* dims, int32_t ndims, double correction,
                 int32_t keepdim, ng_tensor** out_result);

/* Standard deviation over dims (dims NULL or ndims 0: all) with the given correction.
 *
 * dims: May be NULL (all dims, as ndims = 0).
 */
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

/* self.addcmul_(tensor1, tensor2, value=value): self += value * tensor1 * tensor2
 * (AddcmulBackward0).
 */
ng_status ng_addcmul_(ng_tensor* self, ng_tensor* tensor1, ng_tensor* tensor2, double value);

/* self.addcdiv_(tensor1, tensor2, value=value): self += value * tensor1 / tensor2
 * (AddcdivBackward0).
 */
ng_status ng_addcdiv_(ng_tensor* self, ng_tensor* tensor1, ng_tensor* tensor2, double value);

/* self.lerp_(end, weight): self += weight * (end - self) (LerpBackward0). */
ng_status ng_lerp_(ng_tensor* self, ng_tensor* end, double weight);

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
 * ignored for kinds 0, 2, 3. Index tensors (kind 4) go through ng_index_advanced.
 */
ng_status ng_index(ng_tensor* t, const int64_t* spec, int32_t n_items, ng_tensor** out_result);

/* Indexing with index tensors (advanced indexing): spec as ng_index plus kind 4
 * (NG_INDEX_TENSOR) items, each taking the next of the n_tensors handles of tensors in order:
 * int64 positions or a bool mask (a 0-dim int64 tensor is an integer; a 0-dim bool one inserts
 * a dim of size 1). Without tensor items the result is the view ng_index gives; with them a new
 * tensor (IndexBackward0), whose shape follows NumPy's rules.
 *
 * tensors: The index tensors, in the order of the tensor items (NULL allowed when n_tensors is
 * 0).
 */
ng_status ng_index_advanced(ng_tensor* t, const int64_t* spec, int32_t n_items,
                            ng_tensor* const* tensors, int32_t n_tensors, ng_tensor** out_result);

/* t[spec] = value, in place (Python's __setitem__; spec and tensors as ng_index_advanced):
 * value is copied into the view the basic items give, or with tensor items put there by
 * index_put_ (value's leading size-1 dims dropped; it must broadcast to the indexing result and
 * have t's dtype).
 *
 * tensors: The index tensors, in the order of the tensor items (NULL allowed when n_tensors is
 * 0).
 */
ng_status ng_index_assign_(ng_tensor* t, const int64_t* spec, int32_t n_items,
                           ng_tensor* const* tensors, int32_t n_tensors, ng_tensor* value);

/* index_put: a copy of t with values written at t[indices] (added when accumulate is non-zero:
 * duplicates add up); IndexPutBackward0. indices holds n int64 or bool tensors for t's leading
 * dims; a NULL entry leaves its dim whole. values must broadcast to the indexing result and
 * have t's dtype.
 */
ng_status ng_index_put(ng_tensor* t, ng_tensor* const* indices, int32_t n, ng_tensor* values,
                       int32_t accumulate, ng_tensor** out_result);

/* index_put_: ng_index_put in place (the version counter is bumped; a leaf that requires grad
 * is refused while grad mode is on).
 */
ng_status ng_index_put_(ng_tensor* t, ng_tensor* const* indices, int32_t n, ng_tensor* values,
                        int32_t accumulate);

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

/* The p-norm over dims (dims NULL or ndims 0: all elements).
 *
 * dims: May be NULL (all dims, as ndims = 0).
 */
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

/* self.scatter_(dim, index, src): src's elements written at the positions index selects along
 * dim (ScatterBackward0).
 */
ng_status ng_scatter_src_(ng_tensor* self, int64_t dim, ng_tensor* index, ng_tensor* src);

/* self.scatter_(dim, index, value): value written at the positions index selects along dim
 * (ScatterBackward1).
 */
ng_status ng_scatter_value_(ng_tensor* self, int64_t dim, ng_tensor* index, double value);

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

/* The error function erf(x) = 2/sqrt(pi) times the integral of e^{-t^2} from 0 to x
 * (ErfBackward0).
 */
ng_status ng_erf(ng_tensor* self, ng_tensor** out_result);

/* In-place erf: self = erf(self), recorded as PyTorch records in-place ops. */
ng_status ng_erf_(ng_tensor* self);

/* GELU x Φ(x); approximate 0 is exact (erf), 1 the tanh approximation (GeluBackward0). */
ng_status ng_gelu(ng_tensor* self, int64_t approximate, ng_tensor** out_result);

/* SiLU (swish) x σ(x) (SiluBackward0). */
ng_status ng_silu(ng_tensor* self, ng_tensor** out_result);

/* In-place silu: self = silu(self), recorded as PyTorch records in-place ops. */
ng_status ng_silu_(ng_tensor* self);

/* LeakyReLU: x where x > 0, else negative_slope x (LeakyReluBackward0). */
ng_status ng_leaky_relu(ng_tensor* self, double negative_slope, ng_tensor** out_result);

/* ELU: x where x > 0, else alpha (e^x - 1) (EluBackward0). */
ng_status ng_elu(ng_tensor* self, double alpha, ng_tensor** out_result);

/* Softplus: log(1 + e^(beta x)) / beta, and x itself where beta x > threshold
 * (SoftplusBackward0).
 */
ng_status ng_softplus(ng_tensor* self, double beta, double threshold, ng_tensor** out_result);

/* self + value * tensor1 * tensor2, with broadcasting (AddcmulBackward0). */
ng_status ng_addcmul(ng_tensor* self, ng_tensor* tensor1, ng_tensor* tensor2, double value,
                     ng_tensor** out_result);

/* self + value * tensor1 / tensor2, with broadcasting (AddcdivBackward0). */
ng_status ng_addcdiv(ng_tensor* self, ng_tensor* tensor1, ng_tensor* tensor2, double value,
                     ng_tensor** out_result);

/* self + weight * (end - self) with a scalar weight (LerpBackward0). */
ng_status ng_lerp_scalar(ng_tensor* self, ng_tensor* end, double weight, ng_tensor** out_result);

/* max(self, min) elementwise (ClampMinBackward0). */
ng_status ng_clamp_min(ng_tensor* self, double min, ng_tensor** out_result);

/* In-place clamp_min: self = clamp_min(self), recorded as PyTorch records in-place ops. */
ng_status ng_clamp_min_(ng_tensor* self, double min);

/* min(self, max) elementwise (ClampMaxBackward0). */
ng_status ng_clamp_max(ng_tensor* self, double max, ng_tensor** out_result);

/* In-place clamp_max: self = clamp_max(self), recorded as PyTorch records in-place ops. */
ng_status ng_clamp_max_(ng_tensor* self, double max);

/* Largest values over dims (all dims when empty); ties share the gradient evenly
 * (AmaxBackward0).
 */
ng_status ng_amax(ng_tensor* self, const int64_t* dim, int32_t n_dim, int32_t keepdim,
                  ng_tensor** out_result);

/* Smallest values over dims (all dims when empty); ties share the gradient evenly
 * (AminBackward0).
 */
ng_status ng_amin(ng_tensor* self, const int64_t* dim, int32_t n_dim, int32_t keepdim,
                  ng_tensor** out_result);

/* The diagonal of dims dim1 and dim2 at offset (above the main one when positive), as the last
 * dim of a view (DiagonalBackward0).
 */
ng_status ng_diagonal(ng_tensor* self, int64_t offset, int64_t dim1, int64_t dim2,
                      ng_tensor** out_result);

/* A 1-D tensor as the given diagonal of a square matrix (zeros elsewhere), or a copy of the
 * given diagonal of a matrix (DiagBackward0).
 */
ng_status ng_diag(ng_tensor* self, int64_t diagonal, ng_tensor** out_result);

/* The sum of the main diagonal of a matrix (integral matrices sum to int64) (TraceBackward0).
 */
ng_status ng_trace(ng_tensor* self, ng_tensor** out_result);

/* Batched matrix product (BmmBackward0). */
ng_status ng_bmm(ng_tensor* self, ng_tensor* mat2, ng_tensor** out_result);

/* Smooth L1 loss: 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = self - target)
 * (SmoothL1LossBackward0).
 */
ng_status ng_smooth_l1_loss(ng_tensor* self, ng_tensor* target, int32_t reduction, double beta,
                            ng_tensor** out_result);

/* Huber loss: 0.5 d^2 where |d| < delta, else delta (|d| - 0.5 delta) (HuberLossBackward0). */
ng_status ng_huber_loss(ng_tensor* self, ng_tensor* target, int32_t reduction, double delta,
                        ng_tensor** out_result);

/* Pads the last dims with a constant: pad holds (left, right) pairs from the last dim
 * backwards; negative pads crop (ConstantPadNdBackward0).
 */
ng_status ng_constant_pad_nd(ng_tensor* self, const int64_t* pad, int32_t n_pad, double value,
                             ng_tensor** out_result);

/* Rows of weight picked by the int64 indices (any shape); the row at padding_idx (if >= 0) gets
 * no gradient (EmbeddingBackward0).
 */
ng_status ng_embedding(ng_tensor* weight, ng_tensor* indices, int64_t padding_idx,
                       ng_tensor** out_result);

/* One-hot encoding of int64 class indices: int64 [..., num_classes] (num_classes -1: max + 1).
 */
ng_status ng_one_hot(ng_tensor* self, int64_t num_classes, ng_tensor** out_result);

/* C's fmod elementwise with broadcasting: the remainder of the truncated division, with self's
 * sign (FmodBackward1).
 */
ng_status ng_fmod_tensor(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* In-place fmod: self = fmod(self), recorded as PyTorch records in-place ops. */
ng_status ng_fmod_tensor_(ng_tensor* self, ng_tensor* other);

/* C's fmod by a number: the remainder of the truncated division, with self's sign
 * (FmodBackward0).
 */
ng_status ng_fmod_scalar(ng_tensor* self, double other, ng_tensor** out_result);

/* In-place fmod: self = fmod(self), recorded as PyTorch records in-place ops. */
ng_status ng_fmod_scalar_(ng_tensor* self, double other);

/* Python's modulo elementwise with broadcasting: the remainder of the floor division, with
 * other's sign (RemainderBackward1).
 */
ng_status ng_remainder_tensor(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* In-place remainder: self = remainder(self), recorded as PyTorch records in-place ops. */
ng_status ng_remainder_tensor_(ng_tensor* self, ng_tensor* other);

/* Python's modulo by a number: the remainder of the floor division, with the number's sign
 * (RemainderBackward0).
 */
ng_status ng_remainder_scalar(ng_tensor* self, double other, ng_tensor** out_result);

/* In-place remainder: self = remainder(self), recorded as PyTorch records in-place ops. */
ng_status ng_remainder_scalar_(ng_tensor* self, double other);

/* sqrt(self^2 + other^2) elementwise with broadcasting, without overflow in between (floating
 * results only) (HypotBackward0).
 */
ng_status ng_hypot(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* In-place hypot: self = hypot(self), recorded as PyTorch records in-place ops. */
ng_status ng_hypot_(ng_tensor* self, ng_tensor* other);

/* self with NaN replaced by nan (default 0), +inf by posinf and -inf by neginf (default: the
 * dtype's largest and lowest finite values) (NanToNumBackward0).
 */
ng_status ng_nan_to_num(ng_tensor* self, int32_t has_nan, double nan, int32_t has_posinf,
                        double posinf, int32_t has_neginf, double neginf, ng_tensor** out_result);

/* In-place nan_to_num: self = nan_to_num(self), recorded as PyTorch records in-place ops. */
ng_status ng_nan_to_num_(ng_tensor* self, int32_t has_nan, double nan, int32_t has_posinf,
                         double posinf, int32_t has_neginf, double neginf);

/* The sum over dims (all when empty) with NaN counted as 0; integral inputs sum to int64
 * (NansumBackward0).
 */
ng_status ng_nansum(ng_tensor* self, const int64_t* dim, int32_t n_dim, int32_t keepdim,
                    ng_tensor** out_result);

/* Clamps into [min, max] with tensor bounds, broadcasting (either may be None, not both); where
 * min > max the result is max (ClampBackward0).
 *
 * min: May be NULL (none).
 *
 * max: May be NULL (none).
 */
ng_status ng_clamp_tensor(ng_tensor* self, ng_tensor* min, ng_tensor* max, ng_tensor** out_result);

/* In-place clamp: self = clamp(self), recorded as PyTorch records in-place ops. */
ng_status ng_clamp_tensor_(ng_tensor* self, ng_tensor* min, ng_tensor* max);

/* The variance (divided by N - correction) and the mean over dims (all when empty), as [var,
 * mean] (VarMeanBackward0).
 */
ng_status ng_var_mean(ng_tensor* self, const int64_t* dim, int32_t n_dim, double correction,
                      int32_t keepdim, ng_tensor** out_result, int32_t capacity,
                      int32_t* out_count);

/* The standard deviation (from the variance divided by N - correction) and the mean over dims,
 * as [std, mean] (StdMeanBackward0).
 */
ng_status ng_std_mean(ng_tensor* self, const int64_t* dim, int32_t n_dim, double correction,
                      int32_t keepdim, ng_tensor** out_result, int32_t capacity,
                      int32_t* out_count);

/* log(e^self + e^other) elementwise with broadcasting, computed without overflow
 * (LogaddexpBackward0).
 */
ng_status ng_logaddexp(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* Mish: x tanh(softplus(x)) (MishBackward0). */
ng_status ng_mish(ng_tensor* self, ng_tensor** out_result);

/* SELU: scale x where x > 0, else scale alpha (e^x - 1), with PyTorch's alpha and scale
 * (EluBackward0).
 */
ng_status ng_selu(ng_tensor* self, ng_tensor** out_result);

/* Hardtanh: x clamped to [min_val, max_val] (ReLU6 is hardtanh(0, 6)) (HardtanhBackward0). */
ng_status ng_hardtanh(ng_tensor* self, double min_val, double max_val, ng_tensor** out_result);

/* log(z / (1 - z)) with z = x clamped to [eps, 1 - eps] when eps is given (LogitBackward0). */
ng_status ng_logit(ng_tensor* self, int32_t has_eps, double eps, ng_tensor** out_result);

/* log(sigmoid(x)), computed as min(x, 0) - log1p(e^-|x|): stable for large |x|
 * (LogSigmoidBackward0).
 */
ng_status ng_log_sigmoid(ng_tensor* self, ng_tensor** out_result);

/* Hardsigmoid: relu6(x + 3) / 6 (HardsigmoidBackward0). */
ng_status ng_hardsigmoid(ng_tensor* self, ng_tensor** out_result);

/* In-place hardsigmoid: self = hardsigmoid(self), recorded as PyTorch records in-place ops. */
ng_status ng_hardsigmoid_(ng_tensor* self);

/* Hardswish: x relu6(x + 3) / 6 (HardswishBackward0). */
ng_status ng_hardswish(ng_tensor* self, ng_tensor** out_result);

/* In-place hardswish: self = hardswish(self), recorded as PyTorch records in-place ops. */
ng_status ng_hardswish_(ng_tensor* self);

/* CELU: x where x > 0, else alpha (e^(x/alpha) - 1) (CeluBackward0). */
ng_status ng_celu(ng_tensor* self, double alpha, ng_tensor** out_result);

/* In-place celu: self = celu(self), recorded as PyTorch records in-place ops. */
ng_status ng_celu_(ng_tensor* self, double alpha);

/* 1 / x (ReciprocalBackward0). */
ng_status ng_reciprocal(ng_tensor* self, ng_tensor** out_result);

/* In-place reciprocal: self = reciprocal(self), recorded as PyTorch records in-place ops. */
ng_status ng_reciprocal_(ng_tensor* self);

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

/* self * log(other), 0 where self is 0 (unless other is NaN) (XlogyBackward0). */
ng_status ng_xlogy_tensor(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* Tangent (TanBackward0). */
ng_status ng_tan(ng_tensor* self, ng_tensor** out_result);

/* In-place tan: self = tan(self), recorded as PyTorch records in-place ops. */
ng_status ng_tan_(ng_tensor* self);

/* Inverse sine (NaN outside [-1, 1]) (AsinBackward0). */
ng_status ng_asin(ng_tensor* self, ng_tensor** out_result);

/* In-place asin: self = asin(self), recorded as PyTorch records in-place ops. */
ng_status ng_asin_(ng_tensor* self);

/* Inverse cosine (NaN outside [-1, 1]) (AcosBackward0). */
ng_status ng_acos(ng_tensor* self, ng_tensor** out_result);

/* In-place acos: self = acos(self), recorded as PyTorch records in-place ops. */
ng_status ng_acos_(ng_tensor* self);

/* Inverse tangent (AtanBackward0). */
ng_status ng_atan(ng_tensor* self, ng_tensor** out_result);

/* In-place atan: self = atan(self), recorded as PyTorch records in-place ops. */
ng_status ng_atan_(ng_tensor* self);

/* Hyperbolic sine (SinhBackward0). */
ng_status ng_sinh(ng_tensor* self, ng_tensor** out_result);

/* In-place sinh: self = sinh(self), recorded as PyTorch records in-place ops. */
ng_status ng_sinh_(ng_tensor* self);

/* Hyperbolic cosine (CoshBackward0). */
ng_status ng_cosh(ng_tensor* self, ng_tensor** out_result);

/* In-place cosh: self = cosh(self), recorded as PyTorch records in-place ops. */
ng_status ng_cosh_(ng_tensor* self);

/* Inverse hyperbolic sine (AsinhBackward0). */
ng_status ng_asinh(ng_tensor* self, ng_tensor** out_result);

/* In-place asinh: self = asinh(self), recorded as PyTorch records in-place ops. */
ng_status ng_asinh_(ng_tensor* self);

/* Inverse hyperbolic cosine (NaN below 1) (AcoshBackward0). */
ng_status ng_acosh(ng_tensor* self, ng_tensor** out_result);

/* In-place acosh: self = acosh(self), recorded as PyTorch records in-place ops. */
ng_status ng_acosh_(ng_tensor* self);

/* Inverse hyperbolic tangent (±inf at ±1, NaN outside [-1, 1]) (AtanhBackward0). */
ng_status ng_atanh(ng_tensor* self, ng_tensor** out_result);

/* In-place atanh: self = atanh(self), recorded as PyTorch records in-place ops. */
ng_status ng_atanh_(ng_tensor* self);

/* 2^x (Exp2Backward0). */
ng_status ng_exp2(ng_tensor* self, ng_tensor** out_result);

/* In-place exp2: self = exp2(self), recorded as PyTorch records in-place ops. */
ng_status ng_exp2_(ng_tensor* self);

/* The normalized sinc sin(pi x) / (pi x), 1 at 0 (SincBackward0). */
ng_status ng_sinc(ng_tensor* self, ng_tensor** out_result);

/* In-place sinc: self = sinc(self), recorded as PyTorch records in-place ops. */
ng_status ng_sinc_(ng_tensor* self);

/* Base-2 logarithm (Log2Backward0). */
ng_status ng_log2(ng_tensor* self, ng_tensor** out_result);

/* In-place log2: self = log2(self), recorded as PyTorch records in-place ops. */
ng_status ng_log2_(ng_tensor* self);

/* Base-10 logarithm (Log10Backward0). */
ng_status ng_log10(ng_tensor* self, ng_tensor** out_result);

/* In-place log10: self = log10(self), recorded as PyTorch records in-place ops. */
ng_status ng_log10_(ng_tensor* self);

/* 1 / sqrt(x) (RsqrtBackward0). */
ng_status ng_rsqrt(ng_tensor* self, ng_tensor** out_result);

/* In-place rsqrt: self = rsqrt(self), recorded as PyTorch records in-place ops. */
ng_status ng_rsqrt_(ng_tensor* self);

/* Natural logarithm (LogBackward0). */
ng_status ng_log(ng_tensor* self, ng_tensor** out_result);

/* In-place log: self = log(self), recorded as PyTorch records in-place ops. */
ng_status ng_log_(ng_tensor* self);

/* Square root (SqrtBackward0). */
ng_status ng_sqrt(ng_tensor* self, ng_tensor** out_result);

/* In-place sqrt: self = sqrt(self), recorded as PyTorch records in-place ops. */
ng_status ng_sqrt_(ng_tensor* self);

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

/* True where every element (over dim, or all when dim is None) is non-zero. */
ng_status ng_all(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                 ng_tensor** out_result);

/* True where any element (over dim, or all when dim is None) is non-zero. */
ng_status ng_any(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                 ng_tensor** out_result);

/* True where the element is NaN. */
ng_status ng_isnan(ng_tensor* self, ng_tensor** out_result);

/* True where the element is +inf or -inf. */
ng_status ng_isinf(ng_tensor* self, ng_tensor** out_result);

/* True where the element is neither NaN nor infinite. */
ng_status ng_isfinite(ng_tensor* self, ng_tensor** out_result);

/* True where |self - other| <= atol + rtol * |other| (equal infinities are close; NaNs only
 * with equal_nan).
 */
ng_status ng_isclose(ng_tensor* self, ng_tensor* other, double rtol, double atol, int32_t equal_nan,
                     ng_tensor** out_result);

/* True when both tensors have the same shape and elements (NaN is never equal). */
ng_status ng_equal(ng_tensor* self, ng_tensor* other, int32_t* out_result);

/* The tensor tiled repeats[d] times along each dim (leading repeats add new dims)
 * (RepeatBackward0).
 */
ng_status ng_repeat(ng_tensor* self, const int64_t* repeats, int32_t n_repeats,
                    ng_tensor** out_result);

/* Elements shifted cyclically by shifts along dims (dims None: over the flattened tensor, shape
 * kept) (RollBackward0).
 *
 * dims: NULL means None.
 */
ng_status ng_roll(ng_tensor* self, const int64_t* shifts, int32_t n_shifts, const int64_t* dims,
                  int32_t n_dims, ng_tensor** out_result);

/* Elements in reverse order along each of dims (a copy) (FlipBackward0). */
ng_status ng_flip(ng_tensor* self, const int64_t* dims, int32_t n_dims, ng_tensor** out_result);

/* Largest integral value not greater than x (integral tensors are copied) (FloorBackward0). */
ng_status ng_floor(ng_tensor* self, ng_tensor** out_result);

/* In-place floor: self = floor(self), recorded as PyTorch records in-place ops. */
ng_status ng_floor_(ng_tensor* self);

/* Smallest integral value not less than x (integral tensors are copied) (CeilBackward0). */
ng_status ng_ceil(ng_tensor* self, ng_tensor** out_result);

/* In-place ceil: self = ceil(self), recorded as PyTorch records in-place ops. */
ng_status ng_ceil_(ng_tensor* self);

/* Nearest integral value, halves to even (integral tensors are copied) (RoundBackward0). */
ng_status ng_round(ng_tensor* self, ng_tensor** out_result);

/* In-place round: self = round(self), recorded as PyTorch records in-place ops. */
ng_status ng_round_(ng_tensor* self);

/* Integral part, rounding toward zero (integral tensors are copied) (TruncBackward0). */
ng_status ng_trunc(ng_tensor* self, ng_tensor** out_result);

/* In-place trunc: self = trunc(self), recorded as PyTorch records in-place ops. */
ng_status ng_trunc_(ng_tensor* self);

/* The fractional part x - trunc(x), with x's sign (floating tensors only) (FracBackward0). */
ng_status ng_frac(ng_tensor* self, ng_tensor** out_result);

/* In-place frac: self = frac(self), recorded as PyTorch records in-place ops. */
ng_status ng_frac_(ng_tensor* self);

/* -1, 0 or 1 by the sign of x (NaN stays NaN; bool tensors are copied) (SignBackward0). */
ng_status ng_sign(ng_tensor* self, ng_tensor** out_result);

/* In-place sign: self = sign(self), recorded as PyTorch records in-place ops. */
ng_status ng_sign_(ng_tensor* self);

/* The angle of the point (other, self) in radians, in [-pi, pi], elementwise with broadcasting
 * (Atan2Backward0).
 */
ng_status ng_atan2(ng_tensor* self, ng_tensor* other, ng_tensor** out_result);

/* The lower triangle of the last two dims: elements with column - row <= diagonal, others 0
 * (TrilBackward0).
 */
ng_status ng_tril(ng_tensor* self, int64_t diagonal, ng_tensor** out_result);

/* The upper triangle of the last two dims: elements with column - row >= diagonal, others 0
 * (TriuBackward0).
 */
ng_status ng_triu(ng_tensor* self, int64_t diagonal, ng_tensor** out_result);

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

/* The elements of self where the bool mask is True (self and mask broadcast together), as a 1-D
 * tensor (MaskedSelectBackward0).
 */
ng_status ng_masked_select(ng_tensor* self, ng_tensor* mask, ng_tensor** out_result);

/* A copy of self with src[..i..] written at self[.. index[..i..] ..] along dim (of duplicate
 * positions the last one wins) (ScatterBackward0).
 */
ng_status ng_scatter_src(ng_tensor* self, int64_t dim, ng_tensor* index, ng_tensor* src,
                         ng_tensor** out_result);

/* A copy of self with value written at self[.. index[..i..] ..] along dim (ScatterBackward1).
 */
ng_status ng_scatter_value(ng_tensor* self, int64_t dim, ng_tensor* index, double value,
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

/* The indices that sort self along dim (as sort's indices). */
ng_status ng_argsort(ng_tensor* self, int64_t dim, int32_t descending, int32_t stable,
                     ng_tensor** out_result);

/* The k largest (or smallest) values along dim and their indices (TopkBackward0). */
ng_status ng_topk(ng_tensor* self, int64_t k, int64_t dim, int32_t largest, int32_t sorted,
                  ng_tensor** out_values, ng_tensor** out_indices);

/* The index of the largest value (of the flattened tensor when dim is None; first of ties, NaN
 * largest).
 */
ng_status ng_argmax(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                    ng_tensor** out_result);

/* The index of the smallest value (of the flattened tensor when dim is None; first of ties, NaN
 * smallest).
 */
ng_status ng_argmin(ng_tensor* self, int32_t has_dim, int64_t dim, int32_t keepdim,
                    ng_tensor** out_result);

/* The indices of the non-zero elements, one row [n, ndim] per element, in row-major order. */
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

/* Sets .grad (NULL clears it); the gradient must match the tensor's shape and dtype.
 *
 * grad: May be NULL (clears .grad).
 */
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

/* Releases a node handle. NULL is ignored.
 *
 * n: May be NULL (ignored).
 */
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

/* torch.autograd.grad(..., is_grads_batched=True): grad_outputs[i] holds a batch of B seeds,
 * shape [B, *outputs[i] shape] (one B for all); one backward writes each input's B
 * vector-Jacobian products, shape [B, *input shape] (NULL for unused inputs).
 */
ng_status ng_autograd_grad_batched(ng_tensor* const* outputs, int32_t n_outputs,
                                   ng_tensor* const* grad_outputs, ng_tensor* const* inputs,
                                   int32_t n_inputs, int32_t retain_graph, int32_t create_graph,
                                   int32_t allow_unused, ng_tensor** out_grads);

/* Writes 1 if grad mode is enabled on this thread. */
ng_status ng_is_grad_enabled(int32_t* out_enabled);

/* Sets this thread's grad mode and writes the previous one (no_grad = set 0, later restore).
 *
 * out_previous: May be NULL.
 */
ng_status ng_set_grad_enabled(int32_t enabled, int32_t* out_previous);

/* Tensor.register_post_accumulate_grad_hook: hook(user_ctx, tensor) is called with the leaf (a
 * borrowed handle) after a backward has accumulated its gradient into .grad. Only leaves that
 * require grad. A non-OK return fails the backward with NG_ERR_CALLBACK. release(user_ctx) (may
 * be NULL) runs once when the hook is removed (ng_hook_remove with the written id) or the
 * tensor is freed.
 *
 * release: May be NULL.
 *
 * user_ctx: May be NULL (passed to the callbacks as is).
 */
ng_status ng_tensor_register_post_accumulate_grad_hook(ng_tensor* t,
                                                       ng_status (*hook)(void*, ng_tensor*),
                                                       void (*release)(void*), const void* user_ctx,
                                                       int64_t* out_hook_id);

/* Variable._execution_engine.queue_callback: during a backward (from a hook or a custom
 * function's backward), queues callback(user_ctx) to run once every node of that backward has
 * run, before it returns. A non-OK return fails the backward with NG_ERR_CALLBACK.
 * release(user_ctx) (may be NULL) runs once afterwards, or instead if the backward fails before
 * the callback ran. Outside a backward this is an error.
 */
ng_status ng_autograd_queue_callback(ng_status (*callback)(void*), void (*release)(void*),
                                     const void* user_ctx);

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
 *
 * release: May be NULL.
 *
 * user_ctx: May be NULL (passed to the callbacks as is).
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
 *
 * release: May be NULL.
 *
 * user_ctx: May be NULL (passed to the callbacks as is).
 */
ng_status ng_tensor_register_hook(ng_tensor* t, ng_status (*hook)(void*, ng_tensor*, ng_tensor**),
                                  void (*release)(void*), const void* user_ctx,
                                  int64_t* out_hook_id);

/* RemovableHandle.remove(): unregisters a hook by id (an id already removed is fine).
 *
 * hook_id: May be NULL (0, ignored).
 */
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
 *
 * out_previous: May be NULL.
 */
ng_status ng_set_detect_anomaly(int32_t enabled, int32_t* out_previous);

/* Writes 1 if anomaly detection is on. */
ng_status ng_is_anomaly_enabled(int32_t* out_enabled);

/* Sets this thread's inference mode (PyTorch's InferenceMode(enabled): grad mode becomes
 * !enabled) and writes the previous inference and grad modes (either pointer may be NULL) to
 * restore them later with ng_set_inference_mode and ng_set_grad_enabled.
 *
 * out_previous: May be NULL.
 *
 * out_previous_grad: May be NULL.
 */
ng_status ng_set_inference_mode(int32_t enabled, int32_t* out_previous, int32_t* out_previous_grad);

/* Writes 1 if inference mode is on in this thread. */
ng_status ng_is_inference_mode_enabled(int32_t* out_enabled);

/* Writes 1 if the tensor was made in inference mode (Tensor.is_inference()). */
ng_status ng_tensor_is_inference(ng_tensor* t, int32_t* out_flag);

/* gradcheck (second_order = 0) or gradgradcheck (1) of fn(user_ctx, inputs, n_inputs,
 * out_result) at the given float64 inputs that require grad (leaves or not), against central
 * differences with step eps: |analytical - numerical| <= atol + rtol * |numerical| for every
 * entry. fn gets borrowed input handles and writes one new handle (taken over by the library);
 * it may be called many times. Writes 1 to *out_ok if all entries agree; else 0 and a
 * description of the first mismatch to *out_message (free it with ng_string_free; NULL when
 * ok). A failing fn makes the call fail with NG_ERR_CALLBACK.
 *
 * user_ctx: May be NULL (passed to fn as is).
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
 *
 * out_name: May be NULL (the name is not returned).
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

/* Releases a module handle (a Sequential keeps its children alive; a DistributedDataParallel
 * module also removes its gradient hooks and frees its buckets). NULL is ignored.
 *
 * m: May be NULL (ignored).
 */
ng_status ng_module_free(ng_module* m);

/* torch.nn.functional.linear: x @ weight^T + bias (bias may be NULL).
 *
 * bias: May be NULL (no bias).
 */
ng_status ng_linear(ng_tensor* x, ng_tensor* weight, ng_tensor* bias, ng_tensor** out_result);

/* out = |a| (AbsBackward0). */
ng_status ng_abs(ng_tensor* a, ng_tensor** out_result);

/* bias + mat1 @ mat2 (AddmmBackward0). */
ng_status ng_addmm(ng_tensor* bias, ng_tensor* mat1, ng_tensor* mat2, ng_tensor** out_result);

/* Mean squared error; reduction is an NG_REDUCTION_* value (none, mean, sum). */
ng_status ng_mse_loss(ng_tensor* input, ng_tensor* target, int32_t reduction,
                      ng_tensor** out_result);

/* Mean absolute error; reduction is an NG_REDUCTION_* value (none, mean, sum). */
ng_status ng_l1_loss(ng_tensor* input, ng_tensor* target, int32_t reduction,
                     ng_tensor** out_result);

/* Binary cross-entropy on logits, numerically stable; reduction is an NG_REDUCTION_* value
 * (none, mean, sum).
 */
ng_status ng_bce_with_logits(ng_tensor* input, ng_tensor* target, int32_t reduction,
                             ng_tensor** out_result);

/* Binary cross-entropy on probabilities (weight may be NULL); reduction is an NG_REDUCTION_*
 * value (none, mean, sum).
 *
 * weight: May be NULL (no weights).
 */
ng_status ng_bce(ng_tensor* input, ng_tensor* target, ng_tensor* weight, int32_t reduction,
                 ng_tensor** out_result);

/* nll_loss of int64 class indices under log-probabilities [N, C] (weight may be NULL).
 *
 * weight: May be NULL (no class weights).
 */
ng_status ng_nll_loss(ng_tensor* input, ng_tensor* target, ng_tensor* weight, int64_t ignore_index,
                      int32_t reduction, ng_tensor** out_result);

/* cross_entropy of logits [N, C] against int64 class indices, with ignore_index and label
 * smoothing.
 *
 * weight: May be NULL (no class weights).
 */
ng_status ng_cross_entropy(ng_tensor* input, ng_tensor* target, ng_tensor* weight,
                           int64_t ignore_index, int32_t reduction, double label_smoothing,
                           ng_tensor** out_result);

/* layer_norm over the last normalized_dims dims (weight and bias may be NULL).
 *
 * weight: May be NULL (no scale).
 *
 * bias: May be NULL (no shift).
 */
ng_status ng_layer_norm(ng_tensor* input, int32_t normalized_dims, ng_tensor* weight,
                        ng_tensor* bias, double eps, ng_tensor** out_result);

/* dropout with probability p (identity when training is 0). */
ng_status ng_dropout(ng_tensor* input, double p, int32_t training, ng_tensor** out_result);

/* torch's _VF.rnn_tanh / rnn_relu / lstm / gru: mode is "RNN_TANH", "RNN_RELU", "LSTM" or
 * "GRU"; input is [T, B, I] ([B, T, I] with batch_first, or unbatched [T, I]); hx (and cx for
 * LSTM) are [layers * directions, B, H] or NULL for zeros; weights are n tensors in PyTorch's
 * _flat_weights order (per layer, per direction: w_ih, w_hh, then b_ih, b_hh when bias). Writes
 * the output and h_n, and c_n for LSTM (out_cn may be NULL otherwise).
 */
ng_status ng_rnn_forward(const char* mode, ng_tensor* input, ng_tensor* hx, ng_tensor* cx,
                         ng_tensor* const* weights, int32_t n, int32_t num_layers, int32_t bias,
                         int32_t batch_first, double dropout, int32_t train, int32_t bidirectional,
                         ng_tensor** out_output, ng_tensor** out_hn, ng_tensor** out_cn);

/* torch's _VF.rnn_tanh_cell / rnn_relu_cell / lstm_cell / gru_cell: one step from input [B, I]
 * and hx [B, H] (cx too for LSTM); b_ih and b_hh may be NULL. Writes h' and, for LSTM, c'
 * (out_c may be NULL otherwise).
 */
ng_status ng_rnn_cell(const char* mode, ng_tensor* input, ng_tensor* hx, ng_tensor* cx,
                      ng_tensor* w_ih, ng_tensor* w_hh, ng_tensor* b_ih, ng_tensor* b_hh,
                      ng_tensor** out_h, ng_tensor** out_c);

/* nn.RNN(input_size, hidden_size, num_layers, nonlinearity "tanh" or "relu", bias, batch_first,
 * dropout, bidirectional) with PyTorch's parameter names and init.
 */
ng_status ng_rnn_new(int64_t input_size, int64_t hidden_size, int32_t num_layers,
                     const char* nonlinearity, int32_t bias, int32_t batch_first, double dropout,
                     int32_t bidirectional, int32_t dtype, ng_module** out_module);

/* nn.LSTM(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional). */
ng_status ng_lstm_new(int64_t input_size, int64_t hidden_size, int32_t num_layers, int32_t bias,
                      int32_t batch_first, double dropout, int32_t bidirectional, int32_t dtype,
                      ng_module** out_module);

/* nn.GRU(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional). */
ng_status ng_gru_new(int64_t input_size, int64_t hidden_size, int32_t num_layers, int32_t bias,
                     int32_t batch_first, double dropout, int32_t bidirectional, int32_t dtype,
                     ng_module** out_module);

/* Runs an RNN/LSTM/GRU module with initial states (h0, c0 may be NULL for zeros): writes the
 * output, h_n and, for an LSTM, c_n (out_cn may be NULL otherwise).
 */
ng_status ng_rnn_module_forward(ng_module* m, ng_tensor* input, ng_tensor* h0, ng_tensor* c0,
                                ng_tensor** out_output, ng_tensor** out_hn, ng_tensor** out_cn);

/* nn.Identity(). */
ng_status ng_identity_new(ng_module** out_module);

/* nn.Softmax(dim) (log 0) or nn.LogSoftmax(dim) (log 1). */
ng_status ng_softmax_new(int32_t dim, int32_t log, ng_module** out_module);

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

/* Releases an optimizer handle. NULL is ignored.
 *
 * o: May be NULL (ignored).
 */
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
 *
 * max_exp_avg_sq: May be NULL (no AMSGrad).
 */
ng_status ng_adam_update_(ng_tensor* param, ng_tensor* grad, ng_tensor* exp_avg,
                          ng_tensor* exp_avg_sq, ng_tensor* max_exp_avg_sq, int64_t step, double lr,
                          double beta1, double beta2, double eps, double weight_decay,
                          int32_t decoupled, int32_t maximize);

/* In-place RMSprop update of one parameter (momentum_buffer and grad_avg (centered) may be
 * NULL).
 *
 * grad_avg: May be NULL (not centered).
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
 *
 * metadata_json: May be NULL (no metadata).
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
 *
 * out_metadata_json: May be NULL (the metadata is not returned).
 */
ng_status ng_load(const char* path, char** out_names, ng_tensor** out_tensors, int32_t capacity,
                  int32_t* out_count, char** out_metadata_json);

/* ---- Distributed ---- */

/* Writes 1 if an MPI library (Open MPI) can be loaded, else 0
 * (torch.distributed.is_mpi_available).
 */
ng_status ng_dist_is_mpi_available(int32_t* out_available);

/* init_process_group("mpi"): initialises MPI and the default group. Start the program with
 * mpirun; world_size and rank may be -1 (taken from mpirun) or must agree with it; without
 * mpirun only world_size 1 is accepted. Collectives not done within timeout_seconds (0:
 * PyTorch's default, 30 minutes) fail with NG_ERR_DISTRIBUTED.
 */
ng_status ng_dist_init(double timeout_seconds, int32_t world_size, int32_t rank);

/* Writes 1 between ng_dist_init and ng_dist_destroy, else 0. */
ng_status ng_dist_is_initialized(int32_t* out_initialized);

/* Writes this process's rank in the default group. */
ng_status ng_dist_rank(int32_t* out_rank);

/* Writes the number of processes in the default group. */
ng_status ng_dist_world_size(int32_t* out_world_size);

/* all_reduce: reduces a contiguous float32/float64/int64 tensor over all ranks, in place (op:
 * NG_REDUCE_*). With async_op 0 it returns when done (out_work_id may be NULL; 0 is written);
 * otherwise it writes the id of the outstanding collective (ng_dist_work_wait, then
 * ng_dist_work_free).
 */
ng_status ng_dist_all_reduce(ng_tensor* t, int32_t op, int32_t async_op, int64_t* out_work_id);

/* broadcast: copies rank src's tensor (contiguous) into every rank's, in place; async_op as
 * ng_dist_all_reduce.
 */
ng_status ng_dist_broadcast(ng_tensor* t, int32_t src, int32_t async_op, int64_t* out_work_id);

/* barrier: returns when every rank has called it. */
ng_status ng_dist_barrier(void);

/* Work.wait(): blocks until the collective is done; timeout_seconds 0 uses the group's timeout
 * (counted from the collective's start). A timeout fails the group (NG_ERR_DISTRIBUTED).
 */
ng_status ng_dist_work_wait(int64_t work_id, double timeout_seconds);

/* Work.is_completed(): writes 1 if the collective is done (polls MPI), else 0. */
ng_status ng_dist_work_is_completed(int64_t work_id, int32_t* out_completed);

/* Forgets a collective's id; an unfinished collective still completes (its tensor stays alive
 * until then). 0 is ignored.
 */
ng_status ng_dist_work_free(int64_t work_id);

/* destroy_process_group: waits for outstanding collectives, frees the group and finalises MPI
 * (which cannot be initialised again in this process). Call it before the program ends: mpirun
 * fails a job whose process exits without finalising MPI.
 */
ng_status ng_dist_destroy(void);

/* nn.parallel.DistributedDataParallel(module, bucket_cap_mb, broadcast_buffers): writes a new
 * module handle that wraps module (its parameters are named "module.…"); run it with
 * ng_module_forward and build the optimizer from its parameters. Rank 0's parameters and
 * buffers are broadcast to all ranks here; gradients are averaged over the ranks during each
 * backward of a forward run through it. bucket_cap_mb 0 means 25.
 */
ng_status ng_dist_ddp_new(ng_module* module, double bucket_cap_mb, int32_t broadcast_buffers,
                          ng_module** out_ddp);

/* no_sync(): with enabled 0, forwards through the DDP module do not synchronise the next
 * backward (gradients accumulate locally); with 1 (the default) they do again.
 */
ng_status ng_dist_ddp_set_require_grad_sync(ng_module* ddp, int32_t enabled);

/* The gradient reducer of DistributedDataParallel over n parameters (floating leaves that
 * require grad, in registration order; names may be NULL, else n strings used in errors),
 * buckets of bucket_cap_mb (0: 25). After ng_dist_reducer_prepare_for_backward, the next
 * backward averages the parameters' gradients over the ranks. Writes the reducer's id (free
 * with ng_dist_reducer_free).
 */
ng_status ng_dist_reducer_new(ng_tensor* const* parameters, int32_t n, const char* const* names,
                              double bucket_cap_mb, int64_t* out_reducer_id);

/* Arms the reducer for the next backward (DDP's forward does this when grad is enabled and not
 * in no_sync).
 */
ng_status ng_dist_reducer_prepare_for_backward(int64_t reducer_id);

/* Writes the number of gradient buckets. */
ng_status ng_dist_reducer_num_buckets(int64_t reducer_id, int32_t* out_count);

/* Writes the bucket (in launch order) that holds parameter param_index. */
ng_status ng_dist_reducer_bucket_of(int64_t reducer_id, int32_t param_index, int32_t* out_bucket);

/* Removes the reducer's hooks and frees its buckets. 0 is ignored. */
ng_status ng_dist_reducer_free(int64_t reducer_id);

/* DDP's start: checks that every rank has the same n tensors (dtypes and shapes) and copies
 * rank 0's values into all ranks' (parameters and buffers).
 */
ng_status ng_dist_sync_module_states(ng_tensor* const* tensors, int32_t n);

/* DistributedSampler: writes the int64 indices (a new 1-d tensor) that rank reads of a dataset
 * of dataset_length items shared by num_replicas ranks: the order (shuffled by seed + epoch,
 * the same on every rank, or 0..n-1) padded by repeating its start (or, with drop_last,
 * truncated) to a multiple of num_replicas, every num_replicas-th item from position rank.
 */
ng_status ng_dist_sampler_indices(int64_t dataset_length, int32_t num_replicas, int32_t rank,
                                  int32_t shuffle, int64_t seed, int64_t epoch, int32_t drop_last,
                                  ng_tensor** out_indices);

/* ---- Profiler ---- */

/* Turns the profiler on or off (process-wide). While on, every op called through this ABI
 * ("aten::mul"), every backward node ("autograd::engine::evaluate_function: MulBackward0") and
 * every range (ng_profiler_range_push) adds its calls, total and self time to the table.
 */
ng_status ng_profiler_set_enabled(int32_t enabled);

/* Writes 1 if the profiler is on. */
ng_status ng_profiler_is_enabled(int32_t* out_enabled);

/* Empties the profiler's table. */
ng_status ng_profiler_reset(void);

/* Writes the number of rows of the profiler's table. */
ng_status ng_profiler_count(int32_t* out_count);

/* Writes row index of the profiler's table (rows in order of first appearance): its name (free
 * with ng_string_free), number of calls, total and self time in nanoseconds.
 */
ng_status ng_profiler_entry(int32_t index, char** out_name, int64_t* out_count,
                            int64_t* out_total_ns, int64_t* out_self_ns);

/* Opens a named range on this thread (record_function): the code until ng_profiler_range_pop
 * gets a row under name.
 */
ng_status ng_profiler_range_push(const char* name);

/* Closes this thread's innermost range (an error if none is open). */
ng_status ng_profiler_range_pop(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* NATIVEGRAD_H */
