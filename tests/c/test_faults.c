/* test_faults.c - the fault suite of the NativeGrad C ABI (version 1): 412 exports, 7328 cases.
 *
 * GENERATED FILE - DO NOT EDIT. Written by bindings/gen (Faults.cs) from native-api/Exports*.cs,
 * like nativegrad.h; regenerate with `dotnet run --project bindings/gen -- .` (or ./build.sh build).
 * Every case changes one argument of one call (NULL, a released / forged / wrong-kind handle, a
 * negative or huge length, an extreme integer, NaN) and runs in a forked child: see
 * tests/c/fault_harness.h for what each case must do to pass. NG_FAULT_ONLY=ng_name runs one export.
 */
#if defined(__unix__) || defined(__APPLE__)
#include "fault_harness.h"

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif

/* ng_string_free(s) */
static ng_status run_ng_string_free(const fault_case* c) {
    (void)c;
    ng_string_free(NULL);
    return NG_OK;
}

/* ng_set_num_threads(n) */
static ng_status run_ng_set_num_threads(const fault_case* c) {
    (void)c;
    return ng_set_num_threads(fx_i32(0, 2));
}

/* ng_get_num_threads(out_count) */
static ng_status run_ng_get_num_threads(const fault_case* c) {
    (void)c;
    return ng_get_num_threads(fx_out(0));
}

/* ng_tensor_data_ptr(t, out_ptr) */
static ng_status run_ng_tensor_data_ptr(const fault_case* c) {
    (void)c;
    return ng_tensor_data_ptr(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_strides(t, out_strides, capacity) */
static ng_status run_ng_tensor_strides(const fault_case* c) {
    (void)c;
    return ng_tensor_strides(fx_handle(0, FX_TENSOR, 0), fx_out(1), fx_i32(2, 8));
}
static void stub_ng_tensor_from_blob_5(void* a0) { }

/* ng_tensor_from_blob(data, dtype, shape, ndim, strides, release, release_ctx, out_tensor) */
static ng_status run_ng_tensor_from_blob(const fault_case* c) {
    (void)c;
    return ng_tensor_from_blob(fx_ptr(0, fx_bytes), fx_i32(1, 0), fx_ptr(2, fx_shape), fx_i32(3, 2), fx_ptr(4, fx_strides), (fx_ptr(5, fx_bytes) ? stub_ng_tensor_from_blob_5 : NULL), fx_ptr(6, fx_bytes), fx_out(7));
}

/* ng_randint(low, high, shape, ndim, dtype, out_tensor) */
static ng_status run_ng_randint(const fault_case* c) {
    (void)c;
    return ng_randint(fx_i64(0, 0LL), fx_i64(1, 5LL), fx_ptr(2, fx_shape), fx_i32(3, 2), fx_i32(4, 0), fx_out(5));
}

/* ng_tensor_from_buffer(data, nbytes, dtype, shape, ndim, out_tensor) */
static ng_status run_ng_tensor_from_buffer(const fault_case* c) {
    (void)c;
    return ng_tensor_from_buffer(fx_ptr(0, fx_bytes), fx_i64(1, 24LL), fx_i32(2, 0), fx_ptr(3, fx_shape), fx_i32(4, 2), fx_out(5));
}

/* ng_zeros(shape, ndim, dtype, out_tensor) */
static ng_status run_ng_zeros(const fault_case* c) {
    (void)c;
    return ng_zeros(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_ones(shape, ndim, dtype, out_tensor) */
static ng_status run_ng_ones(const fault_case* c) {
    (void)c;
    return ng_ones(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_full(shape, ndim, value, dtype, out_tensor) */
static ng_status run_ng_full(const fault_case* c) {
    (void)c;
    return ng_full(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_f64(2, 3), fx_i32(3, 0), fx_out(4));
}

/* ng_full_int64(shape, ndim, value, out_tensor) */
static ng_status run_ng_full_int64(const fault_case* c) {
    (void)c;
    return ng_full_int64(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_i64(2, 0LL), fx_out(3));
}

/* ng_eye(n, m, dtype, out_tensor) */
static ng_status run_ng_eye(const fault_case* c) {
    (void)c;
    return ng_eye(fx_i64(0, 2LL), fx_i64(1, 3LL), fx_i32(2, 0), fx_out(3));
}

/* ng_arange(start, end, step, dtype, out_tensor) */
static ng_status run_ng_arange(const fault_case* c) {
    (void)c;
    return ng_arange(fx_f64(0, 0), fx_f64(1, 3), fx_f64(2, 1), fx_i32(3, 0), fx_out(4));
}

/* ng_linspace(start, end, steps, dtype, out_tensor) */
static ng_status run_ng_linspace(const fault_case* c) {
    (void)c;
    return ng_linspace(fx_f64(0, 0), fx_f64(1, 3), fx_i64(2, 0LL), fx_i32(3, 0), fx_out(4));
}

/* ng_logspace(start, end, steps, base, dtype, out_tensor) */
static ng_status run_ng_logspace(const fault_case* c) {
    (void)c;
    return ng_logspace(fx_f64(0, 0), fx_f64(1, 3), fx_i64(2, 0LL), fx_f64(3, 0.5), fx_i32(4, 0), fx_out(5));
}

/* ng_zeros_like(t, out_tensor) */
static ng_status run_ng_zeros_like(const fault_case* c) {
    (void)c;
    return ng_zeros_like(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_ones_like(t, out_tensor) */
static ng_status run_ng_ones_like(const fault_case* c) {
    (void)c;
    return ng_ones_like(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_randn(shape, ndim, dtype, out_tensor) */
static ng_status run_ng_randn(const fault_case* c) {
    (void)c;
    return ng_randn(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_rand(shape, ndim, dtype, out_tensor) */
static ng_status run_ng_rand(const fault_case* c) {
    (void)c;
    return ng_rand(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_manual_seed(seed) */
static ng_status run_ng_manual_seed(const fault_case* c) {
    (void)c;
    return ng_manual_seed(fx_i64(0, 1LL));
}

/* ng_tensor_free(t) */
static ng_status run_ng_tensor_free(const fault_case* c) {
    (void)c;
    return ng_tensor_free(fx_handle(0, FX_TENSOR, 0));
}

/* ng_tensor_dtype(t, out_dtype) */
static ng_status run_ng_tensor_dtype(const fault_case* c) {
    (void)c;
    return ng_tensor_dtype(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_ndim(t, out_ndim) */
static ng_status run_ng_tensor_ndim(const fault_case* c) {
    (void)c;
    return ng_tensor_ndim(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_numel(t, out_numel) */
static ng_status run_ng_tensor_numel(const fault_case* c) {
    (void)c;
    return ng_tensor_numel(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_shape(t, out_shape, capacity) */
static ng_status run_ng_tensor_shape(const fault_case* c) {
    (void)c;
    return ng_tensor_shape(fx_handle(0, FX_TENSOR, 0), fx_out(1), fx_i32(2, 8));
}

/* ng_tensor_copy_to(t, out_buffer, nbytes) */
static ng_status run_ng_tensor_copy_to(const fault_case* c) {
    (void)c;
    return ng_tensor_copy_to(fx_handle(0, FX_TENSOR, 0), fx_out(1), fx_i64(2, 24LL));
}

/* ng_tensor_item(t, out_value) */
static ng_status run_ng_tensor_item(const fault_case* c) {
    (void)c;
    return ng_tensor_item(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_to_string(t, out_string) */
static ng_status run_ng_tensor_to_string(const fault_case* c) {
    (void)c;
    return ng_tensor_to_string(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_id(t, out_id) */
static ng_status run_ng_tensor_id(const fault_case* c) {
    (void)c;
    return ng_tensor_id(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_equal_handles(a, b, out_same) */
static ng_status run_ng_tensor_equal_handles(const fault_case* c) {
    (void)c;
    return ng_tensor_equal_handles(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_live_bytes(out_bytes) */
static ng_status run_ng_live_bytes(const fault_case* c) {
    (void)c;
    return ng_live_bytes(fx_out(0));
}

/* ng_generator_new(out_generator) */
static ng_status run_ng_generator_new(const fault_case* c) {
    (void)c;
    return ng_generator_new(fx_out(0));
}

/* ng_generator_free(generator) */
static ng_status run_ng_generator_free(const fault_case* c) {
    (void)c;
    return ng_generator_free(fx_handle(0, FX_GENERATOR, 0));
}

/* ng_generator_manual_seed(generator, seed) */
static ng_status run_ng_generator_manual_seed(const fault_case* c) {
    (void)c;
    return ng_generator_manual_seed(fx_handle(0, FX_GENERATOR, 0), fx_i64(1, 1LL));
}

/* ng_generator_seed(generator, out_seed) */
static ng_status run_ng_generator_seed(const fault_case* c) {
    (void)c;
    return ng_generator_seed(fx_handle(0, FX_GENERATOR, 0), fx_out(1));
}

/* ng_generator_initial_seed(generator, out_seed) */
static ng_status run_ng_generator_initial_seed(const fault_case* c) {
    (void)c;
    return ng_generator_initial_seed(fx_handle(0, FX_GENERATOR, 0), fx_out(1));
}

/* ng_generator_get_state(generator, out_state, nbytes) */
static ng_status run_ng_generator_get_state(const fault_case* c) {
    (void)c;
    return ng_generator_get_state(fx_handle(0, FX_GENERATOR, 0), fx_out(1), fx_i64(2, 24LL));
}

/* ng_generator_set_state(generator, state, nbytes) */
static ng_status run_ng_generator_set_state(const fault_case* c) {
    (void)c;
    return ng_generator_set_state(fx_handle(0, FX_GENERATOR, 0), fx_ptr(1, fx_bytes), fx_i64(2, 24LL));
}

/* ng_uniform_(t, from, to, generator) */
static ng_status run_ng_uniform_(const fault_case* c) {
    (void)c;
    return ng_uniform_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_handle(3, FX_GENERATOR, 0));
}

/* ng_normal_(t, mean, std, generator) */
static ng_status run_ng_normal_(const fault_case* c) {
    (void)c;
    return ng_normal_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_handle(3, FX_GENERATOR, 0));
}

/* ng_random_(t, generator) */
static ng_status run_ng_random_(const fault_case* c) {
    (void)c;
    return ng_random_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_GENERATOR, 0));
}

/* ng_random_from_to_(t, from, to, generator) */
static ng_status run_ng_random_from_to_(const fault_case* c) {
    (void)c;
    return ng_random_from_to_(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_ptr(2, fx_zeros64), fx_handle(3, FX_GENERATOR, 0));
}

/* ng_bernoulli_(t, p, generator) */
static ng_status run_ng_bernoulli_(const fault_case* c) {
    (void)c;
    return ng_bernoulli_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_handle(2, FX_GENERATOR, 0));
}

/* ng_bernoulli_tensor_(t, p, generator) */
static ng_status run_ng_bernoulli_tensor_(const fault_case* c) {
    (void)c;
    return ng_bernoulli_tensor_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_GENERATOR, 0));
}

/* ng_bernoulli(p, generator, out_tensor) */
static ng_status run_ng_bernoulli(const fault_case* c) {
    (void)c;
    return ng_bernoulli(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_GENERATOR, 0), fx_out(2));
}

/* ng_bernoulli_p(input, p, generator, out_tensor) */
static ng_status run_ng_bernoulli_p(const fault_case* c) {
    (void)c;
    return ng_bernoulli_p(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_handle(2, FX_GENERATOR, 0), fx_out(3));
}

/* ng_exponential_(t, lambd, generator) */
static ng_status run_ng_exponential_(const fault_case* c) {
    (void)c;
    return ng_exponential_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_handle(2, FX_GENERATOR, 0));
}

/* ng_cauchy_(t, median, sigma, generator) */
static ng_status run_ng_cauchy_(const fault_case* c) {
    (void)c;
    return ng_cauchy_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_handle(3, FX_GENERATOR, 0));
}

/* ng_log_normal_(t, mean, std, generator) */
static ng_status run_ng_log_normal_(const fault_case* c) {
    (void)c;
    return ng_log_normal_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_handle(3, FX_GENERATOR, 0));
}

/* ng_geometric_(t, p, generator) */
static ng_status run_ng_geometric_(const fault_case* c) {
    (void)c;
    return ng_geometric_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_handle(2, FX_GENERATOR, 0));
}

/* ng_randperm(n, dtype, generator, out_tensor) */
static ng_status run_ng_randperm(const fault_case* c) {
    (void)c;
    return ng_randperm(fx_i64(0, 2LL), fx_i32(1, 0), fx_handle(2, FX_GENERATOR, 0), fx_out(3));
}

/* ng_multinomial(probs, num_samples, replacement, generator, out_tensor) */
static ng_status run_ng_multinomial(const fault_case* c) {
    (void)c;
    return ng_multinomial(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_handle(3, FX_GENERATOR, 0), fx_out(4));
}

/* ng_normal(mean, mean_value, std, std_value, generator, out_tensor) */
static ng_status run_ng_normal(const fault_case* c) {
    (void)c;
    return ng_normal(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_handle(2, FX_TENSOR, 0), fx_f64(3, 0.5), fx_handle(4, FX_GENERATOR, 0), fx_out(5));
}

/* ng_rand_like(t, dtype, generator, out_tensor) */
static ng_status run_ng_rand_like(const fault_case* c) {
    (void)c;
    return ng_rand_like(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_GENERATOR, 0), fx_out(3));
}

/* ng_randn_like(t, dtype, generator, out_tensor) */
static ng_status run_ng_randn_like(const fault_case* c) {
    (void)c;
    return ng_randn_like(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_GENERATOR, 0), fx_out(3));
}

/* ng_randint_like(t, low, high, dtype, generator, out_tensor) */
static ng_status run_ng_randint_like(const fault_case* c) {
    (void)c;
    return ng_randint_like(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 5LL), fx_i32(3, 0), fx_handle(4, FX_GENERATOR, 0), fx_out(5));
}

/* ng_relu(a, out_result) */
static ng_status run_ng_relu(const fault_case* c) {
    (void)c;
    return ng_relu(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_clamp(a, has_min, min, has_max, max, out_result) */
static ng_status run_ng_clamp(const fault_case* c) {
    (void)c;
    return ng_clamp(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 1), fx_f64(2, 0), fx_i32(3, 1), fx_f64(4, 3), fx_out(5));
}

/* ng_maximum(a, b, out_result) */
static ng_status run_ng_maximum(const fault_case* c) {
    (void)c;
    return ng_maximum(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_minimum(a, b, out_result) */
static ng_status run_ng_minimum(const fault_case* c) {
    (void)c;
    return ng_minimum(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_where(cond, a, b, out_result) */
static ng_status run_ng_where(const fault_case* c) {
    (void)c;
    return ng_where(fx_handle(0, FX_TENSOR, (uintptr_t)fx_tb), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_out(3));
}

/* ng_max(a, out_result) */
static ng_status run_ng_max(const fault_case* c) {
    (void)c;
    return ng_max(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_min(a, out_result) */
static ng_status run_ng_min(const fault_case* c) {
    (void)c;
    return ng_min(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_max_dim(a, dim, keepdim, out_values, out_indices) */
static ng_status run_ng_max_dim(const fault_case* c) {
    (void)c;
    return ng_max_dim(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i32(2, 0), fx_out(3), fx_out(4));
}

/* ng_min_dim(a, dim, keepdim, out_values, out_indices) */
static ng_status run_ng_min_dim(const fault_case* c) {
    (void)c;
    return ng_min_dim(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i32(2, 0), fx_out(3), fx_out(4));
}

/* ng_softmax(a, dim, out_result) */
static ng_status run_ng_softmax(const fault_case* c) {
    (void)c;
    return ng_softmax(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_log_softmax(a, dim, out_result) */
static ng_status run_ng_log_softmax(const fault_case* c) {
    (void)c;
    return ng_log_softmax(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_logsumexp(a, dims, ndims, keepdim, out_result) */
static ng_status run_ng_logsumexp(const fault_case* c) {
    (void)c;
    return ng_logsumexp(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_var(a, dims, ndims, correction, keepdim, out_result) */
static ng_status run_ng_var(const fault_case* c) {
    (void)c;
    return ng_var(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_f64(3, 3), fx_i32(4, 0), fx_out(5));
}

/* ng_std(a, dims, ndims, correction, keepdim, out_result) */
static ng_status run_ng_std(const fault_case* c) {
    (void)c;
    return ng_std(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_f64(3, 3), fx_i32(4, 0), fx_out(5));
}

/* ng_cat(tensors, n, dim, out_result) */
static ng_status run_ng_cat(const fault_case* c) {
    (void)c;
    return ng_cat(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_stack(tensors, n, dim, out_result) */
static ng_status run_ng_stack(const fault_case* c) {
    (void)c;
    return ng_stack(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_i32(2, 0), fx_out(3));
}

/* ng_narrow(a, dim, start, length, out_result) */
static ng_status run_ng_narrow(const fault_case* c) {
    (void)c;
    return ng_narrow(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i64(2, 0LL), fx_i64(3, 1LL), fx_out(4));
}

/* ng_gather(a, dim, index, out_result) */
static ng_status run_ng_gather(const fault_case* c) {
    (void)c;
    return ng_gather(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_out(3));
}

/* ng_scatter_add(a, dim, index, src, out_result) */
static ng_status run_ng_scatter_add(const fault_case* c) {
    (void)c;
    return ng_scatter_add(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_handle(3, FX_TENSOR, (uintptr_t)fx_t1), fx_out(4));
}

/* ng_index_select(a, dim, index, out_result) */
static ng_status run_ng_index_select(const fault_case* c) {
    (void)c;
    return ng_index_select(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_out(3));
}

/* ng_index_add(a, dim, index, src, out_result) */
static ng_status run_ng_index_add(const fault_case* c) {
    (void)c;
    return ng_index_add(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_handle(3, FX_TENSOR, (uintptr_t)fx_t1), fx_out(4));
}

/* ng_addcmul_(self, tensor1, tensor2, value) */
static ng_status run_ng_addcmul_(const fault_case* c) {
    (void)c;
    return ng_addcmul_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_f64(3, 3));
}

/* ng_addcdiv_(self, tensor1, tensor2, value) */
static ng_status run_ng_addcdiv_(const fault_case* c) {
    (void)c;
    return ng_addcdiv_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_f64(3, 3));
}

/* ng_lerp_(self, end, weight) */
static ng_status run_ng_lerp_(const fault_case* c) {
    (void)c;
    return ng_lerp_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_f64(2, 0.5));
}

/* ng_add_(self, other) */
static ng_status run_ng_add_(const fault_case* c) {
    (void)c;
    return ng_add_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_sub_(self, other) */
static ng_status run_ng_sub_(const fault_case* c) {
    (void)c;
    return ng_sub_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_mul_(self, other) */
static ng_status run_ng_mul_(const fault_case* c) {
    (void)c;
    return ng_mul_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_div_(self, other) */
static ng_status run_ng_div_(const fault_case* c) {
    (void)c;
    return ng_div_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_pow_(self, other) */
static ng_status run_ng_pow_(const fault_case* c) {
    (void)c;
    return ng_pow_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_copy_(self, src) */
static ng_status run_ng_copy_(const fault_case* c) {
    (void)c;
    return ng_copy_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_add_scalar_(self, s) */
static ng_status run_ng_add_scalar_(const fault_case* c) {
    (void)c;
    return ng_add_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_sub_scalar_(self, s) */
static ng_status run_ng_sub_scalar_(const fault_case* c) {
    (void)c;
    return ng_sub_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_mul_scalar_(self, s) */
static ng_status run_ng_mul_scalar_(const fault_case* c) {
    (void)c;
    return ng_mul_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_div_scalar_(self, s) */
static ng_status run_ng_div_scalar_(const fault_case* c) {
    (void)c;
    return ng_div_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_pow_scalar_(self, s) */
static ng_status run_ng_pow_scalar_(const fault_case* c) {
    (void)c;
    return ng_pow_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_neg_(self) */
static ng_status run_ng_neg_(const fault_case* c) {
    (void)c;
    return ng_neg_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_relu_(self) */
static ng_status run_ng_relu_(const fault_case* c) {
    (void)c;
    return ng_relu_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_clamp_(self, has_min, min, has_max, max) */
static ng_status run_ng_clamp_(const fault_case* c) {
    (void)c;
    return ng_clamp_(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 1), fx_f64(2, 0), fx_i32(3, 1), fx_f64(4, 3));
}

/* ng_tensor_version(t, out_version) */
static ng_status run_ng_tensor_version(const fault_case* c) {
    (void)c;
    return ng_tensor_version(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_permute(a, dims, ndims, out_result) */
static ng_status run_ng_permute(const fault_case* c) {
    (void)c;
    return ng_permute(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_out(3));
}

/* ng_transpose(a, dim0, dim1, out_result) */
static ng_status run_ng_transpose(const fault_case* c) {
    (void)c;
    return ng_transpose(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 0LL), fx_out(3));
}

/* ng_index(t, spec, n_items, out_result) */
static ng_status run_ng_index(const fault_case* c) {
    (void)c;
    return ng_index(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_out(3));
}

/* ng_index_advanced(t, spec, n_items, tensors, n_tensors, out_result) */
static ng_status run_ng_index_advanced(const fault_case* c) {
    (void)c;
    return ng_index_advanced(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_handles(3, FX_TENSOR, 0), fx_i32(4, 2), fx_out(5));
}

/* ng_index_assign_(t, spec, n_items, tensors, n_tensors, value) */
static ng_status run_ng_index_assign_(const fault_case* c) {
    (void)c;
    return ng_index_assign_(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_handles(3, FX_TENSOR, 0), fx_i32(4, 2), fx_handle(5, FX_TENSOR, 0));
}

/* ng_index_put(t, indices, n, values, accumulate, out_result) */
static ng_status run_ng_index_put(const fault_case* c) {
    (void)c;
    return ng_index_put(fx_handle(0, FX_TENSOR, 0), fx_handles(1, FX_TENSOR, 0), fx_i32(2, 2), fx_handle(3, FX_TENSOR, 0), fx_i32(4, 0), fx_out(5));
}

/* ng_index_put_(t, indices, n, values, accumulate) */
static ng_status run_ng_index_put_(const fault_case* c) {
    (void)c;
    return ng_index_put_(fx_handle(0, FX_TENSOR, 0), fx_handles(1, FX_TENSOR, 0), fx_i32(2, 2), fx_handle(3, FX_TENSOR, 0), fx_i32(4, 0));
}

/* ng_add(a, b, out_result) */
static ng_status run_ng_add(const fault_case* c) {
    (void)c;
    return ng_add(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_sub(a, b, out_result) */
static ng_status run_ng_sub(const fault_case* c) {
    (void)c;
    return ng_sub(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_mul(a, b, out_result) */
static ng_status run_ng_mul(const fault_case* c) {
    (void)c;
    return ng_mul(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_div(a, b, out_result) */
static ng_status run_ng_div(const fault_case* c) {
    (void)c;
    return ng_div(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_pow(a, b, out_result) */
static ng_status run_ng_pow(const fault_case* c) {
    (void)c;
    return ng_pow(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_mm(a, b, out_result) */
static ng_status run_ng_mm(const fault_case* c) {
    (void)c;
    return ng_mm(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_matmul(a, b, out_result) */
static ng_status run_ng_matmul(const fault_case* c) {
    (void)c;
    return ng_matmul(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_dot(a, b, out_result) */
static ng_status run_ng_dot(const fault_case* c) {
    (void)c;
    return ng_dot(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_eq(a, b, out_result) */
static ng_status run_ng_eq(const fault_case* c) {
    (void)c;
    return ng_eq(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_ne(a, b, out_result) */
static ng_status run_ng_ne(const fault_case* c) {
    (void)c;
    return ng_ne(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_lt(a, b, out_result) */
static ng_status run_ng_lt(const fault_case* c) {
    (void)c;
    return ng_lt(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_le(a, b, out_result) */
static ng_status run_ng_le(const fault_case* c) {
    (void)c;
    return ng_le(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_gt(a, b, out_result) */
static ng_status run_ng_gt(const fault_case* c) {
    (void)c;
    return ng_gt(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_ge(a, b, out_result) */
static ng_status run_ng_ge(const fault_case* c) {
    (void)c;
    return ng_ge(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_add_scalar(a, s, out_result) */
static ng_status run_ng_add_scalar(const fault_case* c) {
    (void)c;
    return ng_add_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_sub_scalar(a, s, out_result) */
static ng_status run_ng_sub_scalar(const fault_case* c) {
    (void)c;
    return ng_sub_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_rsub_scalar(a, s, out_result) */
static ng_status run_ng_rsub_scalar(const fault_case* c) {
    (void)c;
    return ng_rsub_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_mul_scalar(a, s, out_result) */
static ng_status run_ng_mul_scalar(const fault_case* c) {
    (void)c;
    return ng_mul_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_div_scalar(a, s, out_result) */
static ng_status run_ng_div_scalar(const fault_case* c) {
    (void)c;
    return ng_div_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_rdiv_scalar(a, s, out_result) */
static ng_status run_ng_rdiv_scalar(const fault_case* c) {
    (void)c;
    return ng_rdiv_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_pow_scalar(a, s, out_result) */
static ng_status run_ng_pow_scalar(const fault_case* c) {
    (void)c;
    return ng_pow_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_rpow_scalar(a, s, out_result) */
static ng_status run_ng_rpow_scalar(const fault_case* c) {
    (void)c;
    return ng_rpow_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_neg(a, out_result) */
static ng_status run_ng_neg(const fault_case* c) {
    (void)c;
    return ng_neg(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_t(a, out_result) */
static ng_status run_ng_t(const fault_case* c) {
    (void)c;
    return ng_t(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_contiguous(a, out_result) */
static ng_status run_ng_contiguous(const fault_case* c) {
    (void)c;
    return ng_contiguous(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sum(a, out_result) */
static ng_status run_ng_sum(const fault_case* c) {
    (void)c;
    return ng_sum(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_mean(a, out_result) */
static ng_status run_ng_mean(const fault_case* c) {
    (void)c;
    return ng_mean(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sum_dim(a, dims, ndims, keepdim, out_result) */
static ng_status run_ng_sum_dim(const fault_case* c) {
    (void)c;
    return ng_sum_dim(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_mean_dim(a, dims, ndims, keepdim, out_result) */
static ng_status run_ng_mean_dim(const fault_case* c) {
    (void)c;
    return ng_mean_dim(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_norm(a, p, dims, ndims, keepdim, out_result) */
static ng_status run_ng_norm(const fault_case* c) {
    (void)c;
    return ng_norm(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_ptr(2, fx_dims), fx_i32(3, 2), fx_i32(4, 0), fx_out(5));
}

/* ng_reshape(a, shape, ndim, out_result) */
static ng_status run_ng_reshape(const fault_case* c) {
    (void)c;
    return ng_reshape(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_shape), fx_i32(2, 2), fx_out(3));
}

/* ng_view(a, shape, ndim, out_result) */
static ng_status run_ng_view(const fault_case* c) {
    (void)c;
    return ng_view(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_shape), fx_i32(2, 2), fx_out(3));
}

/* ng_expand(a, shape, ndim, out_result) */
static ng_status run_ng_expand(const fault_case* c) {
    (void)c;
    return ng_expand(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_shape), fx_i32(2, 2), fx_out(3));
}

/* ng_unsqueeze(a, dim, out_result) */
static ng_status run_ng_unsqueeze(const fault_case* c) {
    (void)c;
    return ng_unsqueeze(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_squeeze(a, dim, out_result) */
static ng_status run_ng_squeeze(const fault_case* c) {
    (void)c;
    return ng_squeeze(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_scatter_src_(self, dim, index, src) */
static ng_status run_ng_scatter_src_(const fault_case* c) {
    (void)c;
    return ng_scatter_src_(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_handle(3, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_scatter_value_(self, dim, index, value) */
static ng_status run_ng_scatter_value_(const fault_case* c) {
    (void)c;
    return ng_scatter_value_(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_f64(3, 3));
}

/* ng_masked_fill_(self, mask, value) */
static ng_status run_ng_masked_fill_(const fault_case* c) {
    (void)c;
    return ng_masked_fill_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_tb), fx_f64(2, 3));
}

/* ng_masked_fill_tensor_(self, mask, value) */
static ng_status run_ng_masked_fill_tensor_(const fault_case* c) {
    (void)c;
    return ng_masked_fill_tensor_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_tb), fx_handle(2, FX_TENSOR, 0));
}

/* ng_chunk(self, chunks, dim, out_result, capacity, out_count) */
static ng_status run_ng_chunk(const fault_case* c) {
    (void)c;
    return ng_chunk(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 0LL), fx_out(3), fx_i32(4, 8), fx_out(5));
}

/* ng_erf(self, out_result) */
static ng_status run_ng_erf(const fault_case* c) {
    (void)c;
    return ng_erf(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_erf_(self) */
static ng_status run_ng_erf_(const fault_case* c) {
    (void)c;
    return ng_erf_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_gelu(self, approximate, out_result) */
static ng_status run_ng_gelu(const fault_case* c) {
    (void)c;
    return ng_gelu(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2));
}

/* ng_silu(self, out_result) */
static ng_status run_ng_silu(const fault_case* c) {
    (void)c;
    return ng_silu(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_silu_(self) */
static ng_status run_ng_silu_(const fault_case* c) {
    (void)c;
    return ng_silu_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_leaky_relu(self, negative_slope, out_result) */
static ng_status run_ng_leaky_relu(const fault_case* c) {
    (void)c;
    return ng_leaky_relu(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_out(2));
}

/* ng_elu(self, alpha, out_result) */
static ng_status run_ng_elu(const fault_case* c) {
    (void)c;
    return ng_elu(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.99), fx_out(2));
}

/* ng_softplus(self, beta, threshold, out_result) */
static ng_status run_ng_softplus(const fault_case* c) {
    (void)c;
    return ng_softplus(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_out(3));
}

/* ng_addcmul(self, tensor1, tensor2, value, out_result) */
static ng_status run_ng_addcmul(const fault_case* c) {
    (void)c;
    return ng_addcmul(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_f64(3, 3), fx_out(4));
}

/* ng_addcdiv(self, tensor1, tensor2, value, out_result) */
static ng_status run_ng_addcdiv(const fault_case* c) {
    (void)c;
    return ng_addcdiv(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_f64(3, 3), fx_out(4));
}

/* ng_lerp_scalar(self, end, weight, out_result) */
static ng_status run_ng_lerp_scalar(const fault_case* c) {
    (void)c;
    return ng_lerp_scalar(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_f64(2, 0.5), fx_out(3));
}

/* ng_clamp_min(self, min, out_result) */
static ng_status run_ng_clamp_min(const fault_case* c) {
    (void)c;
    return ng_clamp_min(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0), fx_out(2));
}

/* ng_clamp_min_(self, min) */
static ng_status run_ng_clamp_min_(const fault_case* c) {
    (void)c;
    return ng_clamp_min_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0));
}

/* ng_clamp_max(self, max, out_result) */
static ng_status run_ng_clamp_max(const fault_case* c) {
    (void)c;
    return ng_clamp_max(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3), fx_out(2));
}

/* ng_clamp_max_(self, max) */
static ng_status run_ng_clamp_max_(const fault_case* c) {
    (void)c;
    return ng_clamp_max_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_amax(self, dim, n_dim, keepdim, out_result) */
static ng_status run_ng_amax(const fault_case* c) {
    (void)c;
    return ng_amax(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_amin(self, dim, n_dim, keepdim, out_result) */
static ng_status run_ng_amin(const fault_case* c) {
    (void)c;
    return ng_amin(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_diagonal(self, offset, dim1, dim2, out_result) */
static ng_status run_ng_diagonal(const fault_case* c) {
    (void)c;
    return ng_diagonal(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 0LL), fx_i64(3, 0LL), fx_out(4));
}

/* ng_diag(self, diagonal, out_result) */
static ng_status run_ng_diag(const fault_case* c) {
    (void)c;
    return ng_diag(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2));
}

/* ng_trace(self, out_result) */
static ng_status run_ng_trace(const fault_case* c) {
    (void)c;
    return ng_trace(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_bmm(self, mat2, out_result) */
static ng_status run_ng_bmm(const fault_case* c) {
    (void)c;
    return ng_bmm(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_smooth_l1_loss(self, target, reduction, beta, out_result) */
static ng_status run_ng_smooth_l1_loss(const fault_case* c) {
    (void)c;
    return ng_smooth_l1_loss(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, 1), fx_f64(3, 0.5), fx_out(4));
}

/* ng_huber_loss(self, target, reduction, delta, out_result) */
static ng_status run_ng_huber_loss(const fault_case* c) {
    (void)c;
    return ng_huber_loss(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, 1), fx_f64(3, 0.5), fx_out(4));
}

/* ng_constant_pad_nd(self, pad, n_pad, value, out_result) */
static ng_status run_ng_constant_pad_nd(const fault_case* c) {
    (void)c;
    return ng_constant_pad_nd(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_f64(3, 3), fx_out(4));
}

/* ng_embedding(weight, indices, padding_idx, out_result) */
static ng_status run_ng_embedding(const fault_case* c) {
    (void)c;
    return ng_embedding(fx_handle(0, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(1, FX_TENSOR, (uintptr_t)fx_ti), fx_i64(2, 0LL), fx_out(3));
}

/* ng_one_hot(self, num_classes, out_result) */
static ng_status run_ng_one_hot(const fault_case* c) {
    (void)c;
    return ng_one_hot(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2));
}

/* ng_fmod_tensor(self, other, out_result) */
static ng_status run_ng_fmod_tensor(const fault_case* c) {
    (void)c;
    return ng_fmod_tensor(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_fmod_tensor_(self, other) */
static ng_status run_ng_fmod_tensor_(const fault_case* c) {
    (void)c;
    return ng_fmod_tensor_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_fmod_scalar(self, other, out_result) */
static ng_status run_ng_fmod_scalar(const fault_case* c) {
    (void)c;
    return ng_fmod_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_out(2));
}

/* ng_fmod_scalar_(self, other) */
static ng_status run_ng_fmod_scalar_(const fault_case* c) {
    (void)c;
    return ng_fmod_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5));
}

/* ng_remainder_tensor(self, other, out_result) */
static ng_status run_ng_remainder_tensor(const fault_case* c) {
    (void)c;
    return ng_remainder_tensor(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_remainder_tensor_(self, other) */
static ng_status run_ng_remainder_tensor_(const fault_case* c) {
    (void)c;
    return ng_remainder_tensor_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_remainder_scalar(self, other, out_result) */
static ng_status run_ng_remainder_scalar(const fault_case* c) {
    (void)c;
    return ng_remainder_scalar(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_out(2));
}

/* ng_remainder_scalar_(self, other) */
static ng_status run_ng_remainder_scalar_(const fault_case* c) {
    (void)c;
    return ng_remainder_scalar_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5));
}

/* ng_hypot(self, other, out_result) */
static ng_status run_ng_hypot(const fault_case* c) {
    (void)c;
    return ng_hypot(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_hypot_(self, other) */
static ng_status run_ng_hypot_(const fault_case* c) {
    (void)c;
    return ng_hypot_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_nan_to_num(self, has_nan, nan, has_posinf, posinf, has_neginf, neginf, out_result) */
static ng_status run_ng_nan_to_num(const fault_case* c) {
    (void)c;
    return ng_nan_to_num(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_f64(2, 0.5), fx_i32(3, 0), fx_f64(4, 0.5), fx_i32(5, 0), fx_f64(6, 0.5), fx_out(7));
}

/* ng_nan_to_num_(self, has_nan, nan, has_posinf, posinf, has_neginf, neginf) */
static ng_status run_ng_nan_to_num_(const fault_case* c) {
    (void)c;
    return ng_nan_to_num_(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_f64(2, 0.5), fx_i32(3, 0), fx_f64(4, 0.5), fx_i32(5, 0), fx_f64(6, 0.5));
}

/* ng_nansum(self, dim, n_dim, keepdim, out_result) */
static ng_status run_ng_nansum(const fault_case* c) {
    (void)c;
    return ng_nansum(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_i32(3, 0), fx_out(4));
}

/* ng_clamp_tensor(self, min, max, out_result) */
static ng_status run_ng_clamp_tensor(const fault_case* c) {
    (void)c;
    return ng_clamp_tensor(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_out(3));
}

/* ng_clamp_tensor_(self, min, max) */
static ng_status run_ng_clamp_tensor_(const fault_case* c) {
    (void)c;
    return ng_clamp_tensor_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0));
}

/* ng_var_mean(self, dim, n_dim, correction, keepdim, out_result, capacity, out_count) */
static ng_status run_ng_var_mean(const fault_case* c) {
    (void)c;
    return ng_var_mean(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_f64(3, 3), fx_i32(4, 0), fx_out(5), fx_i32(6, 8), fx_out(7));
}

/* ng_std_mean(self, dim, n_dim, correction, keepdim, out_result, capacity, out_count) */
static ng_status run_ng_std_mean(const fault_case* c) {
    (void)c;
    return ng_std_mean(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_f64(3, 3), fx_i32(4, 0), fx_out(5), fx_i32(6, 8), fx_out(7));
}

/* ng_logaddexp(self, other, out_result) */
static ng_status run_ng_logaddexp(const fault_case* c) {
    (void)c;
    return ng_logaddexp(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_mish(self, out_result) */
static ng_status run_ng_mish(const fault_case* c) {
    (void)c;
    return ng_mish(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_selu(self, out_result) */
static ng_status run_ng_selu(const fault_case* c) {
    (void)c;
    return ng_selu(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_hardtanh(self, min_val, max_val, out_result) */
static ng_status run_ng_hardtanh(const fault_case* c) {
    (void)c;
    return ng_hardtanh(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_f64(2, 0.5), fx_out(3));
}

/* ng_logit(self, has_eps, eps, out_result) */
static ng_status run_ng_logit(const fault_case* c) {
    (void)c;
    return ng_logit(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_f64(2, 1E-05), fx_out(3));
}

/* ng_log_sigmoid(self, out_result) */
static ng_status run_ng_log_sigmoid(const fault_case* c) {
    (void)c;
    return ng_log_sigmoid(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_hardsigmoid(self, out_result) */
static ng_status run_ng_hardsigmoid(const fault_case* c) {
    (void)c;
    return ng_hardsigmoid(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_hardsigmoid_(self) */
static ng_status run_ng_hardsigmoid_(const fault_case* c) {
    (void)c;
    return ng_hardsigmoid_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_hardswish(self, out_result) */
static ng_status run_ng_hardswish(const fault_case* c) {
    (void)c;
    return ng_hardswish(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_hardswish_(self) */
static ng_status run_ng_hardswish_(const fault_case* c) {
    (void)c;
    return ng_hardswish_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_celu(self, alpha, out_result) */
static ng_status run_ng_celu(const fault_case* c) {
    (void)c;
    return ng_celu(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.99), fx_out(2));
}

/* ng_celu_(self, alpha) */
static ng_status run_ng_celu_(const fault_case* c) {
    (void)c;
    return ng_celu_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.99));
}

/* ng_reciprocal(self, out_result) */
static ng_status run_ng_reciprocal(const fault_case* c) {
    (void)c;
    return ng_reciprocal(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_reciprocal_(self) */
static ng_status run_ng_reciprocal_(const fault_case* c) {
    (void)c;
    return ng_reciprocal_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_exp(self, out_result) */
static ng_status run_ng_exp(const fault_case* c) {
    (void)c;
    return ng_exp(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_exp_(self) */
static ng_status run_ng_exp_(const fault_case* c) {
    (void)c;
    return ng_exp_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_expm1(self, out_result) */
static ng_status run_ng_expm1(const fault_case* c) {
    (void)c;
    return ng_expm1(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_expm1_(self) */
static ng_status run_ng_expm1_(const fault_case* c) {
    (void)c;
    return ng_expm1_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_log1p(self, out_result) */
static ng_status run_ng_log1p(const fault_case* c) {
    (void)c;
    return ng_log1p(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_log1p_(self) */
static ng_status run_ng_log1p_(const fault_case* c) {
    (void)c;
    return ng_log1p_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_xlogy_tensor(self, other, out_result) */
static ng_status run_ng_xlogy_tensor(const fault_case* c) {
    (void)c;
    return ng_xlogy_tensor(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_tan(self, out_result) */
static ng_status run_ng_tan(const fault_case* c) {
    (void)c;
    return ng_tan(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tan_(self) */
static ng_status run_ng_tan_(const fault_case* c) {
    (void)c;
    return ng_tan_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_asin(self, out_result) */
static ng_status run_ng_asin(const fault_case* c) {
    (void)c;
    return ng_asin(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_asin_(self) */
static ng_status run_ng_asin_(const fault_case* c) {
    (void)c;
    return ng_asin_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_acos(self, out_result) */
static ng_status run_ng_acos(const fault_case* c) {
    (void)c;
    return ng_acos(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_acos_(self) */
static ng_status run_ng_acos_(const fault_case* c) {
    (void)c;
    return ng_acos_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_atan(self, out_result) */
static ng_status run_ng_atan(const fault_case* c) {
    (void)c;
    return ng_atan(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_atan_(self) */
static ng_status run_ng_atan_(const fault_case* c) {
    (void)c;
    return ng_atan_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sinh(self, out_result) */
static ng_status run_ng_sinh(const fault_case* c) {
    (void)c;
    return ng_sinh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sinh_(self) */
static ng_status run_ng_sinh_(const fault_case* c) {
    (void)c;
    return ng_sinh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_cosh(self, out_result) */
static ng_status run_ng_cosh(const fault_case* c) {
    (void)c;
    return ng_cosh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_cosh_(self) */
static ng_status run_ng_cosh_(const fault_case* c) {
    (void)c;
    return ng_cosh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_asinh(self, out_result) */
static ng_status run_ng_asinh(const fault_case* c) {
    (void)c;
    return ng_asinh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_asinh_(self) */
static ng_status run_ng_asinh_(const fault_case* c) {
    (void)c;
    return ng_asinh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_acosh(self, out_result) */
static ng_status run_ng_acosh(const fault_case* c) {
    (void)c;
    return ng_acosh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_acosh_(self) */
static ng_status run_ng_acosh_(const fault_case* c) {
    (void)c;
    return ng_acosh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_atanh(self, out_result) */
static ng_status run_ng_atanh(const fault_case* c) {
    (void)c;
    return ng_atanh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_atanh_(self) */
static ng_status run_ng_atanh_(const fault_case* c) {
    (void)c;
    return ng_atanh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_exp2(self, out_result) */
static ng_status run_ng_exp2(const fault_case* c) {
    (void)c;
    return ng_exp2(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_exp2_(self) */
static ng_status run_ng_exp2_(const fault_case* c) {
    (void)c;
    return ng_exp2_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sinc(self, out_result) */
static ng_status run_ng_sinc(const fault_case* c) {
    (void)c;
    return ng_sinc(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sinc_(self) */
static ng_status run_ng_sinc_(const fault_case* c) {
    (void)c;
    return ng_sinc_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_log2(self, out_result) */
static ng_status run_ng_log2(const fault_case* c) {
    (void)c;
    return ng_log2(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_log2_(self) */
static ng_status run_ng_log2_(const fault_case* c) {
    (void)c;
    return ng_log2_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_log10(self, out_result) */
static ng_status run_ng_log10(const fault_case* c) {
    (void)c;
    return ng_log10(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_log10_(self) */
static ng_status run_ng_log10_(const fault_case* c) {
    (void)c;
    return ng_log10_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_rsqrt(self, out_result) */
static ng_status run_ng_rsqrt(const fault_case* c) {
    (void)c;
    return ng_rsqrt(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_rsqrt_(self) */
static ng_status run_ng_rsqrt_(const fault_case* c) {
    (void)c;
    return ng_rsqrt_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_log(self, out_result) */
static ng_status run_ng_log(const fault_case* c) {
    (void)c;
    return ng_log(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_log_(self) */
static ng_status run_ng_log_(const fault_case* c) {
    (void)c;
    return ng_log_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sqrt(self, out_result) */
static ng_status run_ng_sqrt(const fault_case* c) {
    (void)c;
    return ng_sqrt(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sqrt_(self) */
static ng_status run_ng_sqrt_(const fault_case* c) {
    (void)c;
    return ng_sqrt_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sin(self, out_result) */
static ng_status run_ng_sin(const fault_case* c) {
    (void)c;
    return ng_sin(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_cos(self, out_result) */
static ng_status run_ng_cos(const fault_case* c) {
    (void)c;
    return ng_cos(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tanh(self, out_result) */
static ng_status run_ng_tanh(const fault_case* c) {
    (void)c;
    return ng_tanh(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tanh_(self) */
static ng_status run_ng_tanh_(const fault_case* c) {
    (void)c;
    return ng_tanh_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sigmoid(self, out_result) */
static ng_status run_ng_sigmoid(const fault_case* c) {
    (void)c;
    return ng_sigmoid(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sigmoid_(self) */
static ng_status run_ng_sigmoid_(const fault_case* c) {
    (void)c;
    return ng_sigmoid_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_all(self, has_dim, dim, keepdim, out_result) */
static ng_status run_ng_all(const fault_case* c) {
    (void)c;
    return ng_all(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i64(2, 0LL), fx_i32(3, 0), fx_out(4));
}

/* ng_any(self, has_dim, dim, keepdim, out_result) */
static ng_status run_ng_any(const fault_case* c) {
    (void)c;
    return ng_any(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i64(2, 0LL), fx_i32(3, 0), fx_out(4));
}

/* ng_isnan(self, out_result) */
static ng_status run_ng_isnan(const fault_case* c) {
    (void)c;
    return ng_isnan(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_isinf(self, out_result) */
static ng_status run_ng_isinf(const fault_case* c) {
    (void)c;
    return ng_isinf(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_isfinite(self, out_result) */
static ng_status run_ng_isfinite(const fault_case* c) {
    (void)c;
    return ng_isfinite(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_isclose(self, other, rtol, atol, equal_nan, out_result) */
static ng_status run_ng_isclose(const fault_case* c) {
    (void)c;
    return ng_isclose(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_f64(2, 0.001), fx_f64(3, 0.001), fx_i32(4, 0), fx_out(5));
}

/* ng_equal(self, other, out_result) */
static ng_status run_ng_equal(const fault_case* c) {
    (void)c;
    return ng_equal(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_repeat(self, repeats, n_repeats, out_result) */
static ng_status run_ng_repeat(const fault_case* c) {
    (void)c;
    return ng_repeat(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_out(3));
}

/* ng_roll(self, shifts, n_shifts, dims, n_dims, out_result) */
static ng_status run_ng_roll(const fault_case* c) {
    (void)c;
    return ng_roll(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_ptr(3, fx_dims), fx_i32(4, 2), fx_out(5));
}

/* ng_flip(self, dims, n_dims, out_result) */
static ng_status run_ng_flip(const fault_case* c) {
    (void)c;
    return ng_flip(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_dims), fx_i32(2, 2), fx_out(3));
}

/* ng_floor(self, out_result) */
static ng_status run_ng_floor(const fault_case* c) {
    (void)c;
    return ng_floor(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_floor_(self) */
static ng_status run_ng_floor_(const fault_case* c) {
    (void)c;
    return ng_floor_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_ceil(self, out_result) */
static ng_status run_ng_ceil(const fault_case* c) {
    (void)c;
    return ng_ceil(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_ceil_(self) */
static ng_status run_ng_ceil_(const fault_case* c) {
    (void)c;
    return ng_ceil_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_round(self, out_result) */
static ng_status run_ng_round(const fault_case* c) {
    (void)c;
    return ng_round(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_round_(self) */
static ng_status run_ng_round_(const fault_case* c) {
    (void)c;
    return ng_round_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_trunc(self, out_result) */
static ng_status run_ng_trunc(const fault_case* c) {
    (void)c;
    return ng_trunc(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_trunc_(self) */
static ng_status run_ng_trunc_(const fault_case* c) {
    (void)c;
    return ng_trunc_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_frac(self, out_result) */
static ng_status run_ng_frac(const fault_case* c) {
    (void)c;
    return ng_frac(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_frac_(self) */
static ng_status run_ng_frac_(const fault_case* c) {
    (void)c;
    return ng_frac_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_sign(self, out_result) */
static ng_status run_ng_sign(const fault_case* c) {
    (void)c;
    return ng_sign(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_sign_(self) */
static ng_status run_ng_sign_(const fault_case* c) {
    (void)c;
    return ng_sign_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_atan2(self, other, out_result) */
static ng_status run_ng_atan2(const fault_case* c) {
    (void)c;
    return ng_atan2(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_out(2));
}

/* ng_tril(self, diagonal, out_result) */
static ng_status run_ng_tril(const fault_case* c) {
    (void)c;
    return ng_tril(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2));
}

/* ng_triu(self, diagonal, out_result) */
static ng_status run_ng_triu(const fault_case* c) {
    (void)c;
    return ng_triu(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2));
}

/* ng_cumsum(self, dim, dtype, out_result) */
static ng_status run_ng_cumsum(const fault_case* c) {
    (void)c;
    return ng_cumsum(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_out(3));
}

/* ng_cumprod(self, dim, dtype, out_result) */
static ng_status run_ng_cumprod(const fault_case* c) {
    (void)c;
    return ng_cumprod(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_out(3));
}

/* ng_prod(self, dtype, out_result) */
static ng_status run_ng_prod(const fault_case* c) {
    (void)c;
    return ng_prod(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_prod_dim_int(self, dim, keepdim, dtype, out_result) */
static ng_status run_ng_prod_dim_int(const fault_case* c) {
    (void)c;
    return ng_prod_dim_int(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_i32(3, 0), fx_out(4));
}

/* ng_masked_select(self, mask, out_result) */
static ng_status run_ng_masked_select(const fault_case* c) {
    (void)c;
    return ng_masked_select(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_tb), fx_out(2));
}

/* ng_scatter_src(self, dim, index, src, out_result) */
static ng_status run_ng_scatter_src(const fault_case* c) {
    (void)c;
    return ng_scatter_src(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_handle(3, FX_TENSOR, (uintptr_t)fx_t1), fx_out(4));
}

/* ng_scatter_value(self, dim, index, value, out_result) */
static ng_status run_ng_scatter_value(const fault_case* c) {
    (void)c;
    return ng_scatter_value(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_handle(2, FX_TENSOR, (uintptr_t)fx_ti), fx_f64(3, 3), fx_out(4));
}

/* ng_masked_fill(self, mask, value, out_result) */
static ng_status run_ng_masked_fill(const fault_case* c) {
    (void)c;
    return ng_masked_fill(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_tb), fx_f64(2, 3), fx_out(3));
}

/* ng_masked_fill_tensor(self, mask, value, out_result) */
static ng_status run_ng_masked_fill_tensor(const fault_case* c) {
    (void)c;
    return ng_masked_fill_tensor(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_tb), fx_handle(2, FX_TENSOR, 0), fx_out(3));
}

/* ng_sort(self, dim, descending, stable, out_values, out_indices) */
static ng_status run_ng_sort(const fault_case* c) {
    (void)c;
    return ng_sort(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_i32(3, 0), fx_out(4), fx_out(5));
}

/* ng_argsort(self, dim, descending, stable, out_result) */
static ng_status run_ng_argsort(const fault_case* c) {
    (void)c;
    return ng_argsort(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i32(2, 0), fx_i32(3, 0), fx_out(4));
}

/* ng_topk(self, k, dim, largest, sorted, out_values, out_indices) */
static ng_status run_ng_topk(const fault_case* c) {
    (void)c;
    return ng_topk(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 0LL), fx_i32(3, 0), fx_i32(4, 0), fx_out(5), fx_out(6));
}

/* ng_argmax(self, has_dim, dim, keepdim, out_result) */
static ng_status run_ng_argmax(const fault_case* c) {
    (void)c;
    return ng_argmax(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i64(2, 0LL), fx_i32(3, 0), fx_out(4));
}

/* ng_argmin(self, has_dim, dim, keepdim, out_result) */
static ng_status run_ng_argmin(const fault_case* c) {
    (void)c;
    return ng_argmin(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i64(2, 0LL), fx_i32(3, 0), fx_out(4));
}

/* ng_nonzero(self, out_result) */
static ng_status run_ng_nonzero(const fault_case* c) {
    (void)c;
    return ng_nonzero(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_unbind(self, dim, out_result, capacity, out_count) */
static ng_status run_ng_unbind(const fault_case* c) {
    (void)c;
    return ng_unbind(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_out(2), fx_i32(3, 8), fx_out(4));
}

/* ng_split(self, split_size, dim, out_result, capacity, out_count) */
static ng_status run_ng_split(const fault_case* c) {
    (void)c;
    return ng_split(fx_handle(0, FX_TENSOR, 0), fx_i64(1, 0LL), fx_i64(2, 0LL), fx_out(3), fx_i32(4, 8), fx_out(5));
}

/* ng_split_with_sizes(self, split_sizes, n_split_sizes, dim, out_result, capacity, out_count) */
static ng_status run_ng_split_with_sizes(const fault_case* c) {
    (void)c;
    return ng_split_with_sizes(fx_handle(0, FX_TENSOR, 0), fx_ptr(1, fx_zeros64), fx_i32(2, 2), fx_i64(3, 0LL), fx_out(4), fx_i32(5, 8), fx_out(6));
}

/* ng_tensor_requires_grad(t, out_flag) */
static ng_status run_ng_tensor_requires_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_requires_grad(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_set_requires_grad(t, flag) */
static ng_status run_ng_tensor_set_requires_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_set_requires_grad(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 1));
}

/* ng_tensor_is_leaf(t, out_flag) */
static ng_status run_ng_tensor_is_leaf(const fault_case* c) {
    (void)c;
    return ng_tensor_is_leaf(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_retains_grad(t, out_flag) */
static ng_status run_ng_tensor_retains_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_retains_grad(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_retain_grad(t) */
static ng_status run_ng_tensor_retain_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_retain_grad(fx_handle(0, FX_TENSOR, 0));
}

/* ng_tensor_grad(t, out_grad) */
static ng_status run_ng_tensor_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_grad(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_set_grad(t, grad) */
static ng_status run_ng_tensor_set_grad(const fault_case* c) {
    (void)c;
    return ng_tensor_set_grad(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_tensor_grad_fn(t, out_node) */
static ng_status run_ng_tensor_grad_fn(const fault_case* c) {
    (void)c;
    return ng_tensor_grad_fn(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_detach(t, out_tensor) */
static ng_status run_ng_tensor_detach(const fault_case* c) {
    (void)c;
    return ng_tensor_detach(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_data(t, out_tensor) */
static ng_status run_ng_tensor_data(const fault_case* c) {
    (void)c;
    return ng_tensor_data(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_clone(t, out_tensor) */
static ng_status run_ng_tensor_clone(const fault_case* c) {
    (void)c;
    return ng_tensor_clone(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_tensor_set_data(t, src) */
static ng_status run_ng_tensor_set_data(const fault_case* c) {
    (void)c;
    return ng_tensor_set_data(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1));
}

/* ng_tensor_zero_(t) */
static ng_status run_ng_tensor_zero_(const fault_case* c) {
    (void)c;
    return ng_tensor_zero_(fx_handle(0, FX_TENSOR, 0));
}

/* ng_tensor_fill_(t, value) */
static ng_status run_ng_tensor_fill_(const fault_case* c) {
    (void)c;
    return ng_tensor_fill_(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 3));
}

/* ng_tensor_to_dtype(t, dtype, out_tensor) */
static ng_status run_ng_tensor_to_dtype(const fault_case* c) {
    (void)c;
    return ng_tensor_to_dtype(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_node_name(n, out_name) */
static ng_status run_ng_node_name(const fault_case* c) {
    (void)c;
    return ng_node_name(fx_handle(0, FX_NODE, 0), fx_out(1));
}

/* ng_node_num_next(n, out_count) */
static ng_status run_ng_node_num_next(const fault_case* c) {
    (void)c;
    return ng_node_num_next(fx_handle(0, FX_NODE, 0), fx_out(1));
}

/* ng_node_next(n, i, out_node, out_input_nr) */
static ng_status run_ng_node_next(const fault_case* c) {
    (void)c;
    return ng_node_next(fx_handle(0, FX_NODE, 0), fx_i32(1, 0), fx_out(2), fx_out(3));
}

/* ng_node_id(n, out_id) */
static ng_status run_ng_node_id(const fault_case* c) {
    (void)c;
    return ng_node_id(fx_handle(0, FX_NODE, 0), fx_out(1));
}

/* ng_node_free(n) */
static ng_status run_ng_node_free(const fault_case* c) {
    (void)c;
    return ng_node_free(fx_handle(0, FX_NODE, 0));
}

/* ng_backward(t, gradient, retain_graph, create_graph) */
static ng_status run_ng_backward(const fault_case* c) {
    (void)c;
    return ng_backward(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, -1), fx_i32(3, 0));
}

/* ng_autograd_grad(outputs, n_outputs, grad_outputs, inputs, n_inputs, retain_graph, create_graph, allow_unused, out_grads) */
static ng_status run_ng_autograd_grad(const fault_case* c) {
    (void)c;
    return ng_autograd_grad(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_handles(2, FX_TENSOR, 0), fx_handles(3, FX_TENSOR, 0), fx_i32(4, 2), fx_i32(5, -1), fx_i32(6, 0), fx_i32(7, 0), fx_out(8));
}

/* ng_autograd_grad_batched(outputs, n_outputs, grad_outputs, inputs, n_inputs, retain_graph, create_graph, allow_unused, out_grads) */
static ng_status run_ng_autograd_grad_batched(const fault_case* c) {
    (void)c;
    return ng_autograd_grad_batched(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_handles(2, FX_TENSOR, 0), fx_handles(3, FX_TENSOR, 0), fx_i32(4, 2), fx_i32(5, -1), fx_i32(6, 0), fx_i32(7, 0), fx_out(8));
}

/* ng_is_grad_enabled(out_enabled) */
static ng_status run_ng_is_grad_enabled(const fault_case* c) {
    (void)c;
    return ng_is_grad_enabled(fx_out(0));
}

/* ng_set_grad_enabled(enabled, out_previous) */
static ng_status run_ng_set_grad_enabled(const fault_case* c) {
    (void)c;
    return ng_set_grad_enabled(fx_i32(0, 1), fx_out(1));
}
static ng_status stub_ng_tensor_register_post_accumulate_grad_hook_1(void* a0, ng_tensor* a1) { return NG_OK; }
static void stub_ng_tensor_register_post_accumulate_grad_hook_2(void* a0) { }

/* ng_tensor_register_post_accumulate_grad_hook(t, hook, release, user_ctx, out_hook_id) */
static ng_status run_ng_tensor_register_post_accumulate_grad_hook(const fault_case* c) {
    (void)c;
    return ng_tensor_register_post_accumulate_grad_hook(fx_handle(0, FX_TENSOR, 0), (fx_ptr(1, fx_bytes) ? stub_ng_tensor_register_post_accumulate_grad_hook_1 : NULL), (fx_ptr(2, fx_bytes) ? stub_ng_tensor_register_post_accumulate_grad_hook_2 : NULL), fx_ptr(3, fx_bytes), fx_out(4));
}
static ng_status stub_ng_autograd_queue_callback_0(void* a0) { return NG_OK; }
static void stub_ng_autograd_queue_callback_1(void* a0) { }

/* ng_autograd_queue_callback(callback, release, user_ctx) */
static ng_status run_ng_autograd_queue_callback(const fault_case* c) {
    (void)c;
    return ng_autograd_queue_callback((fx_ptr(0, fx_bytes) ? stub_ng_autograd_queue_callback_0 : NULL), (fx_ptr(1, fx_bytes) ? stub_ng_autograd_queue_callback_1 : NULL), fx_ptr(2, fx_bytes));
}

/* ng_tensor_share(t, out_tensor) */
static ng_status run_ng_tensor_share(const fault_case* c) {
    (void)c;
    return ng_tensor_share(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}
static ng_status stub_ng_custom_function_apply_1(void* a0, ng_node* a1, ng_tensor** a2, int32_t a3, ng_tensor** a4, int32_t a5, int32_t* a6) { return NG_OK; }
static ng_status stub_ng_custom_function_apply_2(void* a0, ng_node* a1, ng_tensor** a2, int32_t a3, ng_tensor** a4, int32_t a5) { return NG_OK; }
static void stub_ng_custom_function_apply_3(void* a0) { }

/* ng_custom_function_apply(name, forward, backward, release, user_ctx, inputs, n_inputs, out_outputs, max_outputs, out_n_outputs) */
static ng_status run_ng_custom_function_apply(const fault_case* c) {
    (void)c;
    return ng_custom_function_apply(fx_ptr(0, "weight"), (fx_ptr(1, fx_bytes) ? stub_ng_custom_function_apply_1 : NULL), (fx_ptr(2, fx_bytes) ? stub_ng_custom_function_apply_2 : NULL), (fx_ptr(3, fx_bytes) ? stub_ng_custom_function_apply_3 : NULL), fx_ptr(4, fx_bytes), fx_handles(5, FX_TENSOR, 0), fx_i32(6, 2), fx_out(7), fx_i32(8, 2), fx_out(9));
}

/* ng_ctx_save_for_backward(ctx, tensors, n) */
static ng_status run_ng_ctx_save_for_backward(const fault_case* c) {
    (void)c;
    return ng_ctx_save_for_backward(fx_handle(0, FX_NODE, 0), fx_handles(1, FX_TENSOR, 0), fx_i32(2, 2));
}

/* ng_ctx_num_saved(ctx, out_count) */
static ng_status run_ng_ctx_num_saved(const fault_case* c) {
    (void)c;
    return ng_ctx_num_saved(fx_handle(0, FX_NODE, 0), fx_out(1));
}

/* ng_ctx_saved_tensor(ctx, i, out_tensor) */
static ng_status run_ng_ctx_saved_tensor(const fault_case* c) {
    (void)c;
    return ng_ctx_saved_tensor(fx_handle(0, FX_NODE, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_ctx_needs_input_grad(ctx, i, out_flag) */
static ng_status run_ng_ctx_needs_input_grad(const fault_case* c) {
    (void)c;
    return ng_ctx_needs_input_grad(fx_handle(0, FX_NODE, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_ctx_mark_non_differentiable(ctx, t) */
static ng_status run_ng_ctx_mark_non_differentiable(const fault_case* c) {
    (void)c;
    return ng_ctx_mark_non_differentiable(fx_handle(0, FX_NODE, 0), fx_handle(1, FX_TENSOR, 0));
}

/* ng_ctx_user_data(ctx, out_user_ctx) */
static ng_status run_ng_ctx_user_data(const fault_case* c) {
    (void)c;
    return ng_ctx_user_data(fx_handle(0, FX_NODE, 0), fx_out(1));
}
static ng_status stub_ng_tensor_register_hook_1(void* a0, ng_tensor* a1, ng_tensor** a2) { return NG_OK; }
static void stub_ng_tensor_register_hook_2(void* a0) { }

/* ng_tensor_register_hook(t, hook, release, user_ctx, out_hook_id) */
static ng_status run_ng_tensor_register_hook(const fault_case* c) {
    (void)c;
    return ng_tensor_register_hook(fx_handle(0, FX_TENSOR, 0), (fx_ptr(1, fx_bytes) ? stub_ng_tensor_register_hook_1 : NULL), (fx_ptr(2, fx_bytes) ? stub_ng_tensor_register_hook_2 : NULL), fx_ptr(3, fx_bytes), fx_out(4));
}

/* ng_hook_remove(hook_id) */
static ng_status run_ng_hook_remove(const fault_case* c) {
    (void)c;
    return ng_hook_remove(fx_hook_id(0));
}

/* ng_autograd_backward(tensors, n, grad_tensors, retain_graph, create_graph, inputs, n_inputs) */
static ng_status run_ng_autograd_backward(const fault_case* c) {
    (void)c;
    return ng_autograd_backward(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_handles(2, FX_TENSOR, 0), fx_i32(3, -1), fx_i32(4, 0), fx_handles(5, FX_TENSOR, 0), fx_i32(6, 2));
}

/* ng_set_detect_anomaly(enabled, out_previous) */
static ng_status run_ng_set_detect_anomaly(const fault_case* c) {
    (void)c;
    return ng_set_detect_anomaly(fx_i32(0, 1), fx_out(1));
}

/* ng_is_anomaly_enabled(out_enabled) */
static ng_status run_ng_is_anomaly_enabled(const fault_case* c) {
    (void)c;
    return ng_is_anomaly_enabled(fx_out(0));
}

/* ng_set_inference_mode(enabled, out_previous, out_previous_grad) */
static ng_status run_ng_set_inference_mode(const fault_case* c) {
    (void)c;
    return ng_set_inference_mode(fx_i32(0, 1), fx_out(1), fx_out(2));
}

/* ng_is_inference_mode_enabled(out_enabled) */
static ng_status run_ng_is_inference_mode_enabled(const fault_case* c) {
    (void)c;
    return ng_is_inference_mode_enabled(fx_out(0));
}

/* ng_tensor_is_inference(t, out_flag) */
static ng_status run_ng_tensor_is_inference(const fault_case* c) {
    (void)c;
    return ng_tensor_is_inference(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}
static ng_status stub_ng_gradcheck_0(void* a0, ng_tensor** a1, int32_t a2, ng_tensor** a3) { return NG_OK; }

/* ng_gradcheck(fn, user_ctx, inputs, n_inputs, eps, atol, rtol, second_order, out_ok, out_message) */
static ng_status run_ng_gradcheck(const fault_case* c) {
    (void)c;
    return ng_gradcheck((fx_ptr(0, fx_bytes) ? stub_ng_gradcheck_0 : NULL), fx_ptr(1, fx_bytes), fx_handles(2, FX_TENSOR, 0), fx_i32(3, 2), fx_f64(4, 1E-05), fx_f64(5, 0.001), fx_f64(6, 0.001), fx_i32(7, 0), fx_out(8), fx_out(9));
}

/* ng_linear_new(in_features, out_features, bias, dtype, out_module) */
static ng_status run_ng_linear_new(const fault_case* c) {
    (void)c;
    return ng_linear_new(fx_i64(0, 3LL), fx_i64(1, 3LL), fx_i32(2, 1), fx_i32(3, 0), fx_out(4));
}

/* ng_relu_new(out_module) */
static ng_status run_ng_relu_new(const fault_case* c) {
    (void)c;
    return ng_relu_new(fx_out(0));
}

/* ng_tanh_new(out_module) */
static ng_status run_ng_tanh_new(const fault_case* c) {
    (void)c;
    return ng_tanh_new(fx_out(0));
}

/* ng_sigmoid_new(out_module) */
static ng_status run_ng_sigmoid_new(const fault_case* c) {
    (void)c;
    return ng_sigmoid_new(fx_out(0));
}

/* ng_flatten_new(start_dim, end_dim, out_module) */
static ng_status run_ng_flatten_new(const fault_case* c) {
    (void)c;
    return ng_flatten_new(fx_i32(0, 0), fx_i32(1, -1), fx_out(2));
}

/* ng_embedding_new(num_embeddings, embedding_dim, dtype, out_module) */
static ng_status run_ng_embedding_new(const fault_case* c) {
    (void)c;
    return ng_embedding_new(fx_i64(0, 3LL), fx_i64(1, 3LL), fx_i32(2, 0), fx_out(3));
}

/* ng_layer_norm_new(normalized_shape, ndim, eps, elementwise_affine, dtype, out_module) */
static ng_status run_ng_layer_norm_new(const fault_case* c) {
    (void)c;
    return ng_layer_norm_new(fx_ptr(0, fx_shape), fx_i32(1, 2), fx_f64(2, 1E-05), fx_i32(3, 1), fx_i32(4, 0), fx_out(5));
}

/* ng_dropout_new(p, out_module) */
static ng_status run_ng_dropout_new(const fault_case* c) {
    (void)c;
    return ng_dropout_new(fx_f64(0, 0.5), fx_out(1));
}

/* ng_sequential_new(modules, n, out_module) */
static ng_status run_ng_sequential_new(const fault_case* c) {
    (void)c;
    return ng_sequential_new(fx_handles(0, FX_MODULE, 0), fx_i32(1, 2), fx_out(2));
}

/* ng_module_forward(m, input, out_result) */
static ng_status run_ng_module_forward(const fault_case* c) {
    (void)c;
    return ng_module_forward(fx_handle(0, FX_MODULE, 0), fx_handle(1, FX_TENSOR, 0), fx_out(2));
}

/* ng_module_num_parameters(m, out_count) */
static ng_status run_ng_module_num_parameters(const fault_case* c) {
    (void)c;
    return ng_module_num_parameters(fx_handle(0, FX_MODULE, 0), fx_out(1));
}

/* ng_module_parameter(m, index, out_name, out_param) */
static ng_status run_ng_module_parameter(const fault_case* c) {
    (void)c;
    return ng_module_parameter(fx_handle(0, FX_MODULE, 0), fx_i32(1, 0), fx_out(2), fx_out(3));
}

/* ng_module_get_parameter(m, name, out_param) */
static ng_status run_ng_module_get_parameter(const fault_case* c) {
    (void)c;
    return ng_module_get_parameter(fx_handle(0, FX_MODULE, 0), fx_ptr(1, "weight"), fx_out(2));
}

/* ng_module_zero_grad(m, set_to_none) */
static ng_status run_ng_module_zero_grad(const fault_case* c) {
    (void)c;
    return ng_module_zero_grad(fx_handle(0, FX_MODULE, 0), fx_i32(1, 0));
}

/* ng_module_train(m, mode) */
static ng_status run_ng_module_train(const fault_case* c) {
    (void)c;
    return ng_module_train(fx_handle(0, FX_MODULE, 0), fx_i32(1, 1));
}

/* ng_module_to_string(m, out_string) */
static ng_status run_ng_module_to_string(const fault_case* c) {
    (void)c;
    return ng_module_to_string(fx_handle(0, FX_MODULE, 0), fx_out(1));
}

/* ng_module_free(m) */
static ng_status run_ng_module_free(const fault_case* c) {
    (void)c;
    return ng_module_free(fx_handle(0, FX_MODULE, 0));
}

/* ng_linear(x, weight, bias, out_result) */
static ng_status run_ng_linear(const fault_case* c) {
    (void)c;
    return ng_linear(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_out(3));
}

/* ng_abs(a, out_result) */
static ng_status run_ng_abs(const fault_case* c) {
    (void)c;
    return ng_abs(fx_handle(0, FX_TENSOR, 0), fx_out(1));
}

/* ng_addmm(bias, mat1, mat2, out_result) */
static ng_status run_ng_addmm(const fault_case* c) {
    (void)c;
    return ng_addmm(fx_handle(0, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_out(3));
}

/* ng_mse_loss(input, target, reduction, out_result) */
static ng_status run_ng_mse_loss(const fault_case* c) {
    (void)c;
    return ng_mse_loss(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, 1), fx_out(3));
}

/* ng_l1_loss(input, target, reduction, out_result) */
static ng_status run_ng_l1_loss(const fault_case* c) {
    (void)c;
    return ng_l1_loss(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, 1), fx_out(3));
}

/* ng_bce_with_logits(input, target, reduction, out_result) */
static ng_status run_ng_bce_with_logits(const fault_case* c) {
    (void)c;
    return ng_bce_with_logits(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(2, 1), fx_out(3));
}

/* ng_bce(input, target, weight, reduction, out_result) */
static ng_status run_ng_bce(const fault_case* c) {
    (void)c;
    return ng_bce(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_i32(3, 1), fx_out(4));
}

/* ng_nll_loss(input, target, weight, ignore_index, reduction, out_result) */
static ng_status run_ng_nll_loss(const fault_case* c) {
    (void)c;
    return ng_nll_loss(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_i64(3, -100LL), fx_i32(4, 1), fx_out(5));
}

/* ng_cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing, out_result) */
static ng_status run_ng_cross_entropy(const fault_case* c) {
    (void)c;
    return ng_cross_entropy(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_i64(3, -100LL), fx_i32(4, 1), fx_f64(5, 0), fx_out(6));
}

/* ng_layer_norm(input, normalized_dims, weight, bias, eps, out_result) */
static ng_status run_ng_layer_norm(const fault_case* c) {
    (void)c;
    return ng_layer_norm(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 1), fx_handle(2, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(3, FX_TENSOR, (uintptr_t)fx_t1), fx_f64(4, 1E-05), fx_out(5));
}

/* ng_dropout(input, p, training, out_result) */
static ng_status run_ng_dropout(const fault_case* c) {
    (void)c;
    return ng_dropout(fx_handle(0, FX_TENSOR, 0), fx_f64(1, 0.5), fx_i32(2, 1), fx_out(3));
}

/* ng_rnn_forward(mode, input, hx, cx, weights, n, num_layers, bias, batch_first, dropout, train, bidirectional, out_output, out_hn, out_cn) */
static ng_status run_ng_rnn_forward(const fault_case* c) {
    (void)c;
    return ng_rnn_forward(fx_ptr(0, "x"), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_handle(3, FX_TENSOR, 0), fx_handles(4, FX_TENSOR, 0), fx_i32(5, 2), fx_i32(6, 0), fx_i32(7, 1), fx_i32(8, 0), fx_f64(9, 0.5), fx_i32(10, 0), fx_i32(11, 0), fx_out(12), fx_out(13), fx_out(14));
}

/* ng_rnn_cell(mode, input, hx, cx, w_ih, w_hh, b_ih, b_hh, out_h, out_c) */
static ng_status run_ng_rnn_cell(const fault_case* c) {
    (void)c;
    return ng_rnn_cell(fx_ptr(0, "x"), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_handle(3, FX_TENSOR, 0), fx_handle(4, FX_TENSOR, 0), fx_handle(5, FX_TENSOR, 0), fx_handle(6, FX_TENSOR, 0), fx_handle(7, FX_TENSOR, 0), fx_out(8), fx_out(9));
}

/* ng_rnn_new(input_size, hidden_size, num_layers, nonlinearity, bias, batch_first, dropout, bidirectional, dtype, out_module) */
static ng_status run_ng_rnn_new(const fault_case* c) {
    (void)c;
    return ng_rnn_new(fx_i64(0, 0LL), fx_i64(1, 0LL), fx_i32(2, 0), fx_ptr(3, "x"), fx_i32(4, 1), fx_i32(5, 0), fx_f64(6, 0.5), fx_i32(7, 0), fx_i32(8, 0), fx_out(9));
}

/* ng_lstm_new(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, dtype, out_module) */
static ng_status run_ng_lstm_new(const fault_case* c) {
    (void)c;
    return ng_lstm_new(fx_i64(0, 0LL), fx_i64(1, 0LL), fx_i32(2, 0), fx_i32(3, 1), fx_i32(4, 0), fx_f64(5, 0.5), fx_i32(6, 0), fx_i32(7, 0), fx_out(8));
}

/* ng_gru_new(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, dtype, out_module) */
static ng_status run_ng_gru_new(const fault_case* c) {
    (void)c;
    return ng_gru_new(fx_i64(0, 0LL), fx_i64(1, 0LL), fx_i32(2, 0), fx_i32(3, 1), fx_i32(4, 0), fx_f64(5, 0.5), fx_i32(6, 0), fx_i32(7, 0), fx_out(8));
}

/* ng_rnn_module_forward(m, input, h0, c0, out_output, out_hn, out_cn) */
static ng_status run_ng_rnn_module_forward(const fault_case* c) {
    (void)c;
    return ng_rnn_module_forward(fx_handle(0, FX_MODULE, 0), fx_handle(1, FX_TENSOR, 0), fx_handle(2, FX_TENSOR, 0), fx_handle(3, FX_TENSOR, 0), fx_out(4), fx_out(5), fx_out(6));
}

/* ng_identity_new(out_module) */
static ng_status run_ng_identity_new(const fault_case* c) {
    (void)c;
    return ng_identity_new(fx_out(0));
}

/* ng_softmax_new(dim, log, out_module) */
static ng_status run_ng_softmax_new(const fault_case* c) {
    (void)c;
    return ng_softmax_new(fx_i32(0, 0), fx_i32(1, 0), fx_out(2));
}

/* ng_sgd_new(parameters, n, lr, momentum, dampening, weight_decay, nesterov, out_optimizer) */
static ng_status run_ng_sgd_new(const fault_case* c) {
    (void)c;
    return ng_sgd_new(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_f64(2, 0.1), fx_f64(3, 0.9), fx_f64(4, 0), fx_f64(5, 0), fx_i32(6, 0), fx_out(7));
}

/* ng_adam_new(parameters, n, lr, beta1, beta2, eps, weight_decay, amsgrad, decoupled, out_optimizer) */
static ng_status run_ng_adam_new(const fault_case* c) {
    (void)c;
    return ng_adam_new(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_f64(2, 0.1), fx_f64(3, 0.9), fx_f64(4, 0.999), fx_f64(5, 1E-05), fx_f64(6, 0), fx_i32(7, 0), fx_i32(8, 0), fx_out(9));
}

/* ng_optimizer_step(o) */
static ng_status run_ng_optimizer_step(const fault_case* c) {
    (void)c;
    return ng_optimizer_step(fx_handle(0, FX_OPTIMIZER, 0));
}

/* ng_optimizer_zero_grad(o, set_to_none) */
static ng_status run_ng_optimizer_zero_grad(const fault_case* c) {
    (void)c;
    return ng_optimizer_zero_grad(fx_handle(0, FX_OPTIMIZER, 0), fx_i32(1, 0));
}

/* ng_optimizer_set_lr(o, lr) */
static ng_status run_ng_optimizer_set_lr(const fault_case* c) {
    (void)c;
    return ng_optimizer_set_lr(fx_handle(0, FX_OPTIMIZER, 0), fx_f64(1, 0.1));
}

/* ng_optimizer_free(o) */
static ng_status run_ng_optimizer_free(const fault_case* c) {
    (void)c;
    return ng_optimizer_free(fx_handle(0, FX_OPTIMIZER, 0));
}

/* ng_sgd_update_(param, grad, momentum_buffer, first_step, lr, momentum, dampening, weight_decay, nesterov, maximize) */
static ng_status run_ng_sgd_update_(const fault_case* c) {
    (void)c;
    return ng_sgd_update_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, 0), fx_i32(3, 1), fx_f64(4, 0.1), fx_f64(5, 0.9), fx_f64(6, 0), fx_f64(7, 0), fx_i32(8, 0), fx_i32(9, 0));
}

/* ng_sgd_step_(parameters, momentum_buffers, n, lr, momentum, dampening, weight_decay, nesterov, maximize, out_had_grad) */
static ng_status run_ng_sgd_step_(const fault_case* c) {
    (void)c;
    return ng_sgd_step_(fx_handles(0, FX_TENSOR, 0), fx_handles(1, FX_TENSOR, 0), fx_i32(2, 2), fx_f64(3, 0.1), fx_f64(4, 0.9), fx_f64(5, 0), fx_f64(6, 0), fx_i32(7, 0), fx_i32(8, 0), fx_out(9));
}

/* ng_zero_grad(parameters, n, set_to_none) */
static ng_status run_ng_zero_grad(const fault_case* c) {
    (void)c;
    return ng_zero_grad(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_i32(2, 0));
}

/* ng_adam_update_(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, decoupled, maximize) */
static ng_status run_ng_adam_update_(const fault_case* c) {
    (void)c;
    return ng_adam_update_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, 0), fx_handle(3, FX_TENSOR, 0), fx_handle(4, FX_TENSOR, 0), fx_i64(5, 1LL), fx_f64(6, 0.1), fx_f64(7, 0.9), fx_f64(8, 0.999), fx_f64(9, 1E-05), fx_f64(10, 0), fx_i32(11, 0), fx_i32(12, 0));
}

/* ng_rmsprop_update_(param, grad, square_avg, momentum_buffer, grad_avg, lr, alpha, eps, weight_decay, momentum, maximize) */
static ng_status run_ng_rmsprop_update_(const fault_case* c) {
    (void)c;
    return ng_rmsprop_update_(fx_handle(0, FX_TENSOR, 0), fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1), fx_handle(2, FX_TENSOR, 0), fx_handle(3, FX_TENSOR, 0), fx_handle(4, FX_TENSOR, 0), fx_f64(5, 0.1), fx_f64(6, 0.99), fx_f64(7, 1E-05), fx_f64(8, 0), fx_f64(9, 0.9), fx_i32(10, 0));
}

/* ng_clip_grad_norm_(grads, n, max_norm, norm_type, error_if_nonfinite, out_total_norm) */
static ng_status run_ng_clip_grad_norm_(const fault_case* c) {
    (void)c;
    return ng_clip_grad_norm_(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_f64(2, 3), fx_f64(3, 2), fx_i32(4, 0), fx_out(5));
}

/* ng_clip_grad_value_(grads, n, clip_value) */
static ng_status run_ng_clip_grad_value_(const fault_case* c) {
    (void)c;
    return ng_clip_grad_value_(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_f64(2, 3));
}

/* ng_save(path, names, tensors, n, metadata_json) */
static ng_status run_ng_save(const fault_case* c) {
    (void)c;
    return ng_save(fx_ptr(0, fx_path), fx_ptr(1, fx_names), fx_handles(2, FX_TENSOR, 0), fx_i32(3, 2), fx_ptr(4, "{}"));
}

/* ng_load_count(path, out_count) */
static ng_status run_ng_load_count(const fault_case* c) {
    (void)c;
    return ng_load_count(fx_ptr(0, fx_path), fx_out(1));
}

/* ng_load(path, out_names, out_tensors, capacity, out_count, out_metadata_json) */
static ng_status run_ng_load(const fault_case* c) {
    (void)c;
    return ng_load(fx_ptr(0, fx_path), fx_out(1), fx_out(2), fx_i32(3, 8), fx_out(4), fx_out(5));
}

/* ng_dist_is_mpi_available(out_available) */
static ng_status run_ng_dist_is_mpi_available(const fault_case* c) {
    (void)c;
    return ng_dist_is_mpi_available(fx_out(0));
}

/* ng_dist_init(timeout_seconds, world_size, rank) */
static ng_status run_ng_dist_init(const fault_case* c) {
    (void)c;
    return ng_dist_init(fx_f64(0, 0.5), fx_i32(1, 0), fx_i32(2, 0));
}

/* ng_dist_is_initialized(out_initialized) */
static ng_status run_ng_dist_is_initialized(const fault_case* c) {
    (void)c;
    return ng_dist_is_initialized(fx_out(0));
}

/* ng_dist_rank(out_rank) */
static ng_status run_ng_dist_rank(const fault_case* c) {
    (void)c;
    return ng_dist_rank(fx_out(0));
}

/* ng_dist_world_size(out_world_size) */
static ng_status run_ng_dist_world_size(const fault_case* c) {
    (void)c;
    return ng_dist_world_size(fx_out(0));
}

/* ng_dist_all_reduce(t, op, async_op, out_work_id) */
static ng_status run_ng_dist_all_reduce(const fault_case* c) {
    (void)c;
    return ng_dist_all_reduce(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i32(2, 0), fx_out(3));
}

/* ng_dist_broadcast(t, src, async_op, out_work_id) */
static ng_status run_ng_dist_broadcast(const fault_case* c) {
    (void)c;
    return ng_dist_broadcast(fx_handle(0, FX_TENSOR, 0), fx_i32(1, 0), fx_i32(2, 0), fx_out(3));
}

/* ng_dist_barrier() */
static ng_status run_ng_dist_barrier(const fault_case* c) {
    (void)c;
    return ng_dist_barrier();
}

/* ng_dist_work_wait(work_id, timeout_seconds) */
static ng_status run_ng_dist_work_wait(const fault_case* c) {
    (void)c;
    return ng_dist_work_wait(fx_i64(0, 0LL), fx_f64(1, 0.5));
}

/* ng_dist_work_is_completed(work_id, out_completed) */
static ng_status run_ng_dist_work_is_completed(const fault_case* c) {
    (void)c;
    return ng_dist_work_is_completed(fx_i64(0, 0LL), fx_out(1));
}

/* ng_dist_work_free(work_id) */
static ng_status run_ng_dist_work_free(const fault_case* c) {
    (void)c;
    return ng_dist_work_free(fx_i64(0, 0LL));
}

/* ng_dist_destroy() */
static ng_status run_ng_dist_destroy(const fault_case* c) {
    (void)c;
    return ng_dist_destroy();
}

/* ng_dist_ddp_new(module, bucket_cap_mb, broadcast_buffers, out_ddp) */
static ng_status run_ng_dist_ddp_new(const fault_case* c) {
    (void)c;
    return ng_dist_ddp_new(fx_handle(0, FX_MODULE, 0), fx_f64(1, 0.5), fx_i32(2, 0), fx_out(3));
}

/* ng_dist_ddp_set_require_grad_sync(ddp, enabled) */
static ng_status run_ng_dist_ddp_set_require_grad_sync(const fault_case* c) {
    (void)c;
    return ng_dist_ddp_set_require_grad_sync(fx_handle(0, FX_MODULE, 0), fx_i32(1, 1));
}

/* ng_dist_reducer_new(parameters, n, names, bucket_cap_mb, out_reducer_id) */
static ng_status run_ng_dist_reducer_new(const fault_case* c) {
    (void)c;
    return ng_dist_reducer_new(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2), fx_ptr(2, fx_names), fx_f64(3, 0.5), fx_out(4));
}

/* ng_dist_reducer_prepare_for_backward(reducer_id) */
static ng_status run_ng_dist_reducer_prepare_for_backward(const fault_case* c) {
    (void)c;
    return ng_dist_reducer_prepare_for_backward(fx_i64(0, 0LL));
}

/* ng_dist_reducer_num_buckets(reducer_id, out_count) */
static ng_status run_ng_dist_reducer_num_buckets(const fault_case* c) {
    (void)c;
    return ng_dist_reducer_num_buckets(fx_i64(0, 0LL), fx_out(1));
}

/* ng_dist_reducer_bucket_of(reducer_id, param_index, out_bucket) */
static ng_status run_ng_dist_reducer_bucket_of(const fault_case* c) {
    (void)c;
    return ng_dist_reducer_bucket_of(fx_i64(0, 0LL), fx_i32(1, 0), fx_out(2));
}

/* ng_dist_reducer_free(reducer_id) */
static ng_status run_ng_dist_reducer_free(const fault_case* c) {
    (void)c;
    return ng_dist_reducer_free(fx_i64(0, 0LL));
}

/* ng_dist_sync_module_states(tensors, n) */
static ng_status run_ng_dist_sync_module_states(const fault_case* c) {
    (void)c;
    return ng_dist_sync_module_states(fx_handles(0, FX_TENSOR, 0), fx_i32(1, 2));
}

/* ng_dist_sampler_indices(dataset_length, num_replicas, rank, shuffle, seed, epoch, drop_last, out_indices) */
static ng_status run_ng_dist_sampler_indices(const fault_case* c) {
    (void)c;
    return ng_dist_sampler_indices(fx_i64(0, 0LL), fx_i32(1, 0), fx_i32(2, 0), fx_i32(3, 0), fx_i64(4, 1LL), fx_i64(5, 0LL), fx_i32(6, 0), fx_out(7));
}

/* ng_profiler_set_enabled(enabled) */
static ng_status run_ng_profiler_set_enabled(const fault_case* c) {
    (void)c;
    return ng_profiler_set_enabled(fx_i32(0, 1));
}

/* ng_profiler_is_enabled(out_enabled) */
static ng_status run_ng_profiler_is_enabled(const fault_case* c) {
    (void)c;
    return ng_profiler_is_enabled(fx_out(0));
}

/* ng_profiler_reset() */
static ng_status run_ng_profiler_reset(const fault_case* c) {
    (void)c;
    return ng_profiler_reset();
}

/* ng_profiler_count(out_count) */
static ng_status run_ng_profiler_count(const fault_case* c) {
    (void)c;
    return ng_profiler_count(fx_out(0));
}

/* ng_profiler_entry(index, out_name, out_count, out_total_ns, out_self_ns) */
static ng_status run_ng_profiler_entry(const fault_case* c) {
    (void)c;
    return ng_profiler_entry(fx_i32(0, 0), fx_out(1), fx_out(2), fx_out(3), fx_out(4));
}

/* ng_profiler_range_push(name) */
static ng_status run_ng_profiler_range_push(const fault_case* c) {
    (void)c;
    return ng_profiler_range_push(fx_ptr(0, "weight"));
}

/* ng_profiler_range_pop() */
static ng_status run_ng_profiler_range_pop(const fault_case* c) {
    (void)c;
    return ng_profiler_range_pop();
}

static const fault_export EXPORTS[] = {
    {"ng_string_free", "s", run_ng_string_free},
    {"ng_set_num_threads", "n", run_ng_set_num_threads},
    {"ng_get_num_threads", "out_count", run_ng_get_num_threads},
    {"ng_tensor_data_ptr", "t, out_ptr", run_ng_tensor_data_ptr},
    {"ng_tensor_strides", "t, out_strides, capacity", run_ng_tensor_strides},
    {"ng_tensor_from_blob", "data, dtype, shape, ndim, strides, release, release_ctx, out_tensor", run_ng_tensor_from_blob},
    {"ng_randint", "low, high, shape, ndim, dtype, out_tensor", run_ng_randint},
    {"ng_tensor_from_buffer", "data, nbytes, dtype, shape, ndim, out_tensor", run_ng_tensor_from_buffer},
    {"ng_zeros", "shape, ndim, dtype, out_tensor", run_ng_zeros},
    {"ng_ones", "shape, ndim, dtype, out_tensor", run_ng_ones},
    {"ng_full", "shape, ndim, value, dtype, out_tensor", run_ng_full},
    {"ng_full_int64", "shape, ndim, value, out_tensor", run_ng_full_int64},
    {"ng_eye", "n, m, dtype, out_tensor", run_ng_eye},
    {"ng_arange", "start, end, step, dtype, out_tensor", run_ng_arange},
    {"ng_linspace", "start, end, steps, dtype, out_tensor", run_ng_linspace},
    {"ng_logspace", "start, end, steps, base, dtype, out_tensor", run_ng_logspace},
    {"ng_zeros_like", "t, out_tensor", run_ng_zeros_like},
    {"ng_ones_like", "t, out_tensor", run_ng_ones_like},
    {"ng_randn", "shape, ndim, dtype, out_tensor", run_ng_randn},
    {"ng_rand", "shape, ndim, dtype, out_tensor", run_ng_rand},
    {"ng_manual_seed", "seed", run_ng_manual_seed},
    {"ng_tensor_free", "t", run_ng_tensor_free},
    {"ng_tensor_dtype", "t, out_dtype", run_ng_tensor_dtype},
    {"ng_tensor_ndim", "t, out_ndim", run_ng_tensor_ndim},
    {"ng_tensor_numel", "t, out_numel", run_ng_tensor_numel},
    {"ng_tensor_shape", "t, out_shape, capacity", run_ng_tensor_shape},
    {"ng_tensor_copy_to", "t, out_buffer, nbytes", run_ng_tensor_copy_to},
    {"ng_tensor_item", "t, out_value", run_ng_tensor_item},
    {"ng_tensor_to_string", "t, out_string", run_ng_tensor_to_string},
    {"ng_tensor_id", "t, out_id", run_ng_tensor_id},
    {"ng_tensor_equal_handles", "a, b, out_same", run_ng_tensor_equal_handles},
    {"ng_live_bytes", "out_bytes", run_ng_live_bytes},
    {"ng_generator_new", "out_generator", run_ng_generator_new},
    {"ng_generator_free", "generator", run_ng_generator_free},
    {"ng_generator_manual_seed", "generator, seed", run_ng_generator_manual_seed},
    {"ng_generator_seed", "generator, out_seed", run_ng_generator_seed},
    {"ng_generator_initial_seed", "generator, out_seed", run_ng_generator_initial_seed},
    {"ng_generator_get_state", "generator, out_state, nbytes", run_ng_generator_get_state},
    {"ng_generator_set_state", "generator, state, nbytes", run_ng_generator_set_state},
    {"ng_uniform_", "t, from, to, generator", run_ng_uniform_},
    {"ng_normal_", "t, mean, std, generator", run_ng_normal_},
    {"ng_random_", "t, generator", run_ng_random_},
    {"ng_random_from_to_", "t, from, to, generator", run_ng_random_from_to_},
    {"ng_bernoulli_", "t, p, generator", run_ng_bernoulli_},
    {"ng_bernoulli_tensor_", "t, p, generator", run_ng_bernoulli_tensor_},
    {"ng_bernoulli", "p, generator, out_tensor", run_ng_bernoulli},
    {"ng_bernoulli_p", "input, p, generator, out_tensor", run_ng_bernoulli_p},
    {"ng_exponential_", "t, lambd, generator", run_ng_exponential_},
    {"ng_cauchy_", "t, median, sigma, generator", run_ng_cauchy_},
    {"ng_log_normal_", "t, mean, std, generator", run_ng_log_normal_},
    {"ng_geometric_", "t, p, generator", run_ng_geometric_},
    {"ng_randperm", "n, dtype, generator, out_tensor", run_ng_randperm},
    {"ng_multinomial", "probs, num_samples, replacement, generator, out_tensor", run_ng_multinomial},
    {"ng_normal", "mean, mean_value, std, std_value, generator, out_tensor", run_ng_normal},
    {"ng_rand_like", "t, dtype, generator, out_tensor", run_ng_rand_like},
    {"ng_randn_like", "t, dtype, generator, out_tensor", run_ng_randn_like},
    {"ng_randint_like", "t, low, high, dtype, generator, out_tensor", run_ng_randint_like},
    {"ng_relu", "a, out_result", run_ng_relu},
    {"ng_clamp", "a, has_min, min, has_max, max, out_result", run_ng_clamp},
    {"ng_maximum", "a, b, out_result", run_ng_maximum},
    {"ng_minimum", "a, b, out_result", run_ng_minimum},
    {"ng_where", "cond, a, b, out_result", run_ng_where},
    {"ng_max", "a, out_result", run_ng_max},
    {"ng_min", "a, out_result", run_ng_min},
    {"ng_max_dim", "a, dim, keepdim, out_values, out_indices", run_ng_max_dim},
    {"ng_min_dim", "a, dim, keepdim, out_values, out_indices", run_ng_min_dim},
    {"ng_softmax", "a, dim, out_result", run_ng_softmax},
    {"ng_log_softmax", "a, dim, out_result", run_ng_log_softmax},
    {"ng_logsumexp", "a, dims, ndims, keepdim, out_result", run_ng_logsumexp},
    {"ng_var", "a, dims, ndims, correction, keepdim, out_result", run_ng_var},
    {"ng_std", "a, dims, ndims, correction, keepdim, out_result", run_ng_std},
    {"ng_cat", "tensors, n, dim, out_result", run_ng_cat},
    {"ng_stack", "tensors, n, dim, out_result", run_ng_stack},
    {"ng_narrow", "a, dim, start, length, out_result", run_ng_narrow},
    {"ng_gather", "a, dim, index, out_result", run_ng_gather},
    {"ng_scatter_add", "a, dim, index, src, out_result", run_ng_scatter_add},
    {"ng_index_select", "a, dim, index, out_result", run_ng_index_select},
    {"ng_index_add", "a, dim, index, src, out_result", run_ng_index_add},
    {"ng_addcmul_", "self, tensor1, tensor2, value", run_ng_addcmul_},
    {"ng_addcdiv_", "self, tensor1, tensor2, value", run_ng_addcdiv_},
    {"ng_lerp_", "self, end, weight", run_ng_lerp_},
    {"ng_add_", "self, other", run_ng_add_},
    {"ng_sub_", "self, other", run_ng_sub_},
    {"ng_mul_", "self, other", run_ng_mul_},
    {"ng_div_", "self, other", run_ng_div_},
    {"ng_pow_", "self, other", run_ng_pow_},
    {"ng_copy_", "self, src", run_ng_copy_},
    {"ng_add_scalar_", "self, s", run_ng_add_scalar_},
    {"ng_sub_scalar_", "self, s", run_ng_sub_scalar_},
    {"ng_mul_scalar_", "self, s", run_ng_mul_scalar_},
    {"ng_div_scalar_", "self, s", run_ng_div_scalar_},
    {"ng_pow_scalar_", "self, s", run_ng_pow_scalar_},
    {"ng_neg_", "self", run_ng_neg_},
    {"ng_relu_", "self", run_ng_relu_},
    {"ng_clamp_", "self, has_min, min, has_max, max", run_ng_clamp_},
    {"ng_tensor_version", "t, out_version", run_ng_tensor_version},
    {"ng_permute", "a, dims, ndims, out_result", run_ng_permute},
    {"ng_transpose", "a, dim0, dim1, out_result", run_ng_transpose},
    {"ng_index", "t, spec, n_items, out_result", run_ng_index},
    {"ng_index_advanced", "t, spec, n_items, tensors, n_tensors, out_result", run_ng_index_advanced},
    {"ng_index_assign_", "t, spec, n_items, tensors, n_tensors, value", run_ng_index_assign_},
    {"ng_index_put", "t, indices, n, values, accumulate, out_result", run_ng_index_put},
    {"ng_index_put_", "t, indices, n, values, accumulate", run_ng_index_put_},
    {"ng_add", "a, b, out_result", run_ng_add},
    {"ng_sub", "a, b, out_result", run_ng_sub},
    {"ng_mul", "a, b, out_result", run_ng_mul},
    {"ng_div", "a, b, out_result", run_ng_div},
    {"ng_pow", "a, b, out_result", run_ng_pow},
    {"ng_mm", "a, b, out_result", run_ng_mm},
    {"ng_matmul", "a, b, out_result", run_ng_matmul},
    {"ng_dot", "a, b, out_result", run_ng_dot},
    {"ng_eq", "a, b, out_result", run_ng_eq},
    {"ng_ne", "a, b, out_result", run_ng_ne},
    {"ng_lt", "a, b, out_result", run_ng_lt},
    {"ng_le", "a, b, out_result", run_ng_le},
    {"ng_gt", "a, b, out_result", run_ng_gt},
    {"ng_ge", "a, b, out_result", run_ng_ge},
    {"ng_add_scalar", "a, s, out_result", run_ng_add_scalar},
    {"ng_sub_scalar", "a, s, out_result", run_ng_sub_scalar},
    {"ng_rsub_scalar", "a, s, out_result", run_ng_rsub_scalar},
    {"ng_mul_scalar", "a, s, out_result", run_ng_mul_scalar},
    {"ng_div_scalar", "a, s, out_result", run_ng_div_scalar},
    {"ng_rdiv_scalar", "a, s, out_result", run_ng_rdiv_scalar},
    {"ng_pow_scalar", "a, s, out_result", run_ng_pow_scalar},
    {"ng_rpow_scalar", "a, s, out_result", run_ng_rpow_scalar},
    {"ng_neg", "a, out_result", run_ng_neg},
    {"ng_t", "a, out_result", run_ng_t},
    {"ng_contiguous", "a, out_result", run_ng_contiguous},
    {"ng_sum", "a, out_result", run_ng_sum},
    {"ng_mean", "a, out_result", run_ng_mean},
    {"ng_sum_dim", "a, dims, ndims, keepdim, out_result", run_ng_sum_dim},
    {"ng_mean_dim", "a, dims, ndims, keepdim, out_result", run_ng_mean_dim},
    {"ng_norm", "a, p, dims, ndims, keepdim, out_result", run_ng_norm},
    {"ng_reshape", "a, shape, ndim, out_result", run_ng_reshape},
    {"ng_view", "a, shape, ndim, out_result", run_ng_view},
    {"ng_expand", "a, shape, ndim, out_result", run_ng_expand},
    {"ng_unsqueeze", "a, dim, out_result", run_ng_unsqueeze},
    {"ng_squeeze", "a, dim, out_result", run_ng_squeeze},
    {"ng_scatter_src_", "self, dim, index, src", run_ng_scatter_src_},
    {"ng_scatter_value_", "self, dim, index, value", run_ng_scatter_value_},
    {"ng_masked_fill_", "self, mask, value", run_ng_masked_fill_},
    {"ng_masked_fill_tensor_", "self, mask, value", run_ng_masked_fill_tensor_},
    {"ng_chunk", "self, chunks, dim, out_result, capacity, out_count", run_ng_chunk},
    {"ng_erf", "self, out_result", run_ng_erf},
    {"ng_erf_", "self", run_ng_erf_},
    {"ng_gelu", "self, approximate, out_result", run_ng_gelu},
    {"ng_silu", "self, out_result", run_ng_silu},
    {"ng_silu_", "self", run_ng_silu_},
    {"ng_leaky_relu", "self, negative_slope, out_result", run_ng_leaky_relu},
    {"ng_elu", "self, alpha, out_result", run_ng_elu},
    {"ng_softplus", "self, beta, threshold, out_result", run_ng_softplus},
    {"ng_addcmul", "self, tensor1, tensor2, value, out_result", run_ng_addcmul},
    {"ng_addcdiv", "self, tensor1, tensor2, value, out_result", run_ng_addcdiv},
    {"ng_lerp_scalar", "self, end, weight, out_result", run_ng_lerp_scalar},
    {"ng_clamp_min", "self, min, out_result", run_ng_clamp_min},
    {"ng_clamp_min_", "self, min", run_ng_clamp_min_},
    {"ng_clamp_max", "self, max, out_result", run_ng_clamp_max},
    {"ng_clamp_max_", "self, max", run_ng_clamp_max_},
    {"ng_amax", "self, dim, n_dim, keepdim, out_result", run_ng_amax},
    {"ng_amin", "self, dim, n_dim, keepdim, out_result", run_ng_amin},
    {"ng_diagonal", "self, offset, dim1, dim2, out_result", run_ng_diagonal},
    {"ng_diag", "self, diagonal, out_result", run_ng_diag},
    {"ng_trace", "self, out_result", run_ng_trace},
    {"ng_bmm", "self, mat2, out_result", run_ng_bmm},
    {"ng_smooth_l1_loss", "self, target, reduction, beta, out_result", run_ng_smooth_l1_loss},
    {"ng_huber_loss", "self, target, reduction, delta, out_result", run_ng_huber_loss},
    {"ng_constant_pad_nd", "self, pad, n_pad, value, out_result", run_ng_constant_pad_nd},
    {"ng_embedding", "weight, indices, padding_idx, out_result", run_ng_embedding},
    {"ng_one_hot", "self, num_classes, out_result", run_ng_one_hot},
    {"ng_fmod_tensor", "self, other, out_result", run_ng_fmod_tensor},
    {"ng_fmod_tensor_", "self, other", run_ng_fmod_tensor_},
    {"ng_fmod_scalar", "self, other, out_result", run_ng_fmod_scalar},
    {"ng_fmod_scalar_", "self, other", run_ng_fmod_scalar_},
    {"ng_remainder_tensor", "self, other, out_result", run_ng_remainder_tensor},
    {"ng_remainder_tensor_", "self, other", run_ng_remainder_tensor_},
    {"ng_remainder_scalar", "self, other, out_result", run_ng_remainder_scalar},
    {"ng_remainder_scalar_", "self, other", run_ng_remainder_scalar_},
    {"ng_hypot", "self, other, out_result", run_ng_hypot},
    {"ng_hypot_", "self, other", run_ng_hypot_},
    {"ng_nan_to_num", "self, has_nan, nan, has_posinf, posinf, has_neginf, neginf, out_result", run_ng_nan_to_num},
    {"ng_nan_to_num_", "self, has_nan, nan, has_posinf, posinf, has_neginf, neginf", run_ng_nan_to_num_},
    {"ng_nansum", "self, dim, n_dim, keepdim, out_result", run_ng_nansum},
    {"ng_clamp_tensor", "self, min, max, out_result", run_ng_clamp_tensor},
    {"ng_clamp_tensor_", "self, min, max", run_ng_clamp_tensor_},
    {"ng_var_mean", "self, dim, n_dim, correction, keepdim, out_result, capacity, out_count", run_ng_var_mean},
    {"ng_std_mean", "self, dim, n_dim, correction, keepdim, out_result, capacity, out_count", run_ng_std_mean},
    {"ng_logaddexp", "self, other, out_result", run_ng_logaddexp},
    {"ng_mish", "self, out_result", run_ng_mish},
    {"ng_selu", "self, out_result", run_ng_selu},
    {"ng_hardtanh", "self, min_val, max_val, out_result", run_ng_hardtanh},
    {"ng_logit", "self, has_eps, eps, out_result", run_ng_logit},
    {"ng_log_sigmoid", "self, out_result", run_ng_log_sigmoid},
    {"ng_hardsigmoid", "self, out_result", run_ng_hardsigmoid},
    {"ng_hardsigmoid_", "self", run_ng_hardsigmoid_},
    {"ng_hardswish", "self, out_result", run_ng_hardswish},
    {"ng_hardswish_", "self", run_ng_hardswish_},
    {"ng_celu", "self, alpha, out_result", run_ng_celu},
    {"ng_celu_", "self, alpha", run_ng_celu_},
    {"ng_reciprocal", "self, out_result", run_ng_reciprocal},
    {"ng_reciprocal_", "self", run_ng_reciprocal_},
    {"ng_exp", "self, out_result", run_ng_exp},
    {"ng_exp_", "self", run_ng_exp_},
    {"ng_expm1", "self, out_result", run_ng_expm1},
    {"ng_expm1_", "self", run_ng_expm1_},
    {"ng_log1p", "self, out_result", run_ng_log1p},
    {"ng_log1p_", "self", run_ng_log1p_},
    {"ng_xlogy_tensor", "self, other, out_result", run_ng_xlogy_tensor},
    {"ng_tan", "self, out_result", run_ng_tan},
    {"ng_tan_", "self", run_ng_tan_},
    {"ng_asin", "self, out_result", run_ng_asin},
    {"ng_asin_", "self", run_ng_asin_},
    {"ng_acos", "self, out_result", run_ng_acos},
    {"ng_acos_", "self", run_ng_acos_},
    {"ng_atan", "self, out_result", run_ng_atan},
    {"ng_atan_", "self", run_ng_atan_},
    {"ng_sinh", "self, out_result", run_ng_sinh},
    {"ng_sinh_", "self", run_ng_sinh_},
    {"ng_cosh", "self, out_result", run_ng_cosh},
    {"ng_cosh_", "self", run_ng_cosh_},
    {"ng_asinh", "self, out_result", run_ng_asinh},
    {"ng_asinh_", "self", run_ng_asinh_},
    {"ng_acosh", "self, out_result", run_ng_acosh},
    {"ng_acosh_", "self", run_ng_acosh_},
    {"ng_atanh", "self, out_result", run_ng_atanh},
    {"ng_atanh_", "self", run_ng_atanh_},
    {"ng_exp2", "self, out_result", run_ng_exp2},
    {"ng_exp2_", "self", run_ng_exp2_},
    {"ng_sinc", "self, out_result", run_ng_sinc},
    {"ng_sinc_", "self", run_ng_sinc_},
    {"ng_log2", "self, out_result", run_ng_log2},
    {"ng_log2_", "self", run_ng_log2_},
    {"ng_log10", "self, out_result", run_ng_log10},
    {"ng_log10_", "self", run_ng_log10_},
    {"ng_rsqrt", "self, out_result", run_ng_rsqrt},
    {"ng_rsqrt_", "self", run_ng_rsqrt_},
    {"ng_log", "self, out_result", run_ng_log},
    {"ng_log_", "self", run_ng_log_},
    {"ng_sqrt", "self, out_result", run_ng_sqrt},
    {"ng_sqrt_", "self", run_ng_sqrt_},
    {"ng_sin", "self, out_result", run_ng_sin},
    {"ng_cos", "self, out_result", run_ng_cos},
    {"ng_tanh", "self, out_result", run_ng_tanh},
    {"ng_tanh_", "self", run_ng_tanh_},
    {"ng_sigmoid", "self, out_result", run_ng_sigmoid},
    {"ng_sigmoid_", "self", run_ng_sigmoid_},
    {"ng_all", "self, has_dim, dim, keepdim, out_result", run_ng_all},
    {"ng_any", "self, has_dim, dim, keepdim, out_result", run_ng_any},
    {"ng_isnan", "self, out_result", run_ng_isnan},
    {"ng_isinf", "self, out_result", run_ng_isinf},
    {"ng_isfinite", "self, out_result", run_ng_isfinite},
    {"ng_isclose", "self, other, rtol, atol, equal_nan, out_result", run_ng_isclose},
    {"ng_equal", "self, other, out_result", run_ng_equal},
    {"ng_repeat", "self, repeats, n_repeats, out_result", run_ng_repeat},
    {"ng_roll", "self, shifts, n_shifts, dims, n_dims, out_result", run_ng_roll},
    {"ng_flip", "self, dims, n_dims, out_result", run_ng_flip},
    {"ng_floor", "self, out_result", run_ng_floor},
    {"ng_floor_", "self", run_ng_floor_},
    {"ng_ceil", "self, out_result", run_ng_ceil},
    {"ng_ceil_", "self", run_ng_ceil_},
    {"ng_round", "self, out_result", run_ng_round},
    {"ng_round_", "self", run_ng_round_},
    {"ng_trunc", "self, out_result", run_ng_trunc},
    {"ng_trunc_", "self", run_ng_trunc_},
    {"ng_frac", "self, out_result", run_ng_frac},
    {"ng_frac_", "self", run_ng_frac_},
    {"ng_sign", "self, out_result", run_ng_sign},
    {"ng_sign_", "self", run_ng_sign_},
    {"ng_atan2", "self, other, out_result", run_ng_atan2},
    {"ng_tril", "self, diagonal, out_result", run_ng_tril},
    {"ng_triu", "self, diagonal, out_result", run_ng_triu},
    {"ng_cumsum", "self, dim, dtype, out_result", run_ng_cumsum},
    {"ng_cumprod", "self, dim, dtype, out_result", run_ng_cumprod},
    {"ng_prod", "self, dtype, out_result", run_ng_prod},
    {"ng_prod_dim_int", "self, dim, keepdim, dtype, out_result", run_ng_prod_dim_int},
    {"ng_masked_select", "self, mask, out_result", run_ng_masked_select},
    {"ng_scatter_src", "self, dim, index, src, out_result", run_ng_scatter_src},
    {"ng_scatter_value", "self, dim, index, value, out_result", run_ng_scatter_value},
    {"ng_masked_fill", "self, mask, value, out_result", run_ng_masked_fill},
    {"ng_masked_fill_tensor", "self, mask, value, out_result", run_ng_masked_fill_tensor},
    {"ng_sort", "self, dim, descending, stable, out_values, out_indices", run_ng_sort},
    {"ng_argsort", "self, dim, descending, stable, out_result", run_ng_argsort},
    {"ng_topk", "self, k, dim, largest, sorted, out_values, out_indices", run_ng_topk},
    {"ng_argmax", "self, has_dim, dim, keepdim, out_result", run_ng_argmax},
    {"ng_argmin", "self, has_dim, dim, keepdim, out_result", run_ng_argmin},
    {"ng_nonzero", "self, out_result", run_ng_nonzero},
    {"ng_unbind", "self, dim, out_result, capacity, out_count", run_ng_unbind},
    {"ng_split", "self, split_size, dim, out_result, capacity, out_count", run_ng_split},
    {"ng_split_with_sizes", "self, split_sizes, n_split_sizes, dim, out_result, capacity, out_count", run_ng_split_with_sizes},
    {"ng_tensor_requires_grad", "t, out_flag", run_ng_tensor_requires_grad},
    {"ng_tensor_set_requires_grad", "t, flag", run_ng_tensor_set_requires_grad},
    {"ng_tensor_is_leaf", "t, out_flag", run_ng_tensor_is_leaf},
    {"ng_tensor_retains_grad", "t, out_flag", run_ng_tensor_retains_grad},
    {"ng_tensor_retain_grad", "t", run_ng_tensor_retain_grad},
    {"ng_tensor_grad", "t, out_grad", run_ng_tensor_grad},
    {"ng_tensor_set_grad", "t, grad", run_ng_tensor_set_grad},
    {"ng_tensor_grad_fn", "t, out_node", run_ng_tensor_grad_fn},
    {"ng_tensor_detach", "t, out_tensor", run_ng_tensor_detach},
    {"ng_tensor_data", "t, out_tensor", run_ng_tensor_data},
    {"ng_tensor_clone", "t, out_tensor", run_ng_tensor_clone},
    {"ng_tensor_set_data", "t, src", run_ng_tensor_set_data},
    {"ng_tensor_zero_", "t", run_ng_tensor_zero_},
    {"ng_tensor_fill_", "t, value", run_ng_tensor_fill_},
    {"ng_tensor_to_dtype", "t, dtype, out_tensor", run_ng_tensor_to_dtype},
    {"ng_node_name", "n, out_name", run_ng_node_name},
    {"ng_node_num_next", "n, out_count", run_ng_node_num_next},
    {"ng_node_next", "n, i, out_node, out_input_nr", run_ng_node_next},
    {"ng_node_id", "n, out_id", run_ng_node_id},
    {"ng_node_free", "n", run_ng_node_free},
    {"ng_backward", "t, gradient, retain_graph, create_graph", run_ng_backward},
    {"ng_autograd_grad", "outputs, n_outputs, grad_outputs, inputs, n_inputs, retain_graph, create_graph, allow_unused, out_grads", run_ng_autograd_grad},
    {"ng_autograd_grad_batched", "outputs, n_outputs, grad_outputs, inputs, n_inputs, retain_graph, create_graph, allow_unused, out_grads", run_ng_autograd_grad_batched},
    {"ng_is_grad_enabled", "out_enabled", run_ng_is_grad_enabled},
    {"ng_set_grad_enabled", "enabled, out_previous", run_ng_set_grad_enabled},
    {"ng_tensor_register_post_accumulate_grad_hook", "t, hook, release, user_ctx, out_hook_id", run_ng_tensor_register_post_accumulate_grad_hook},
    {"ng_autograd_queue_callback", "callback, release, user_ctx", run_ng_autograd_queue_callback},
    {"ng_tensor_share", "t, out_tensor", run_ng_tensor_share},
    {"ng_custom_function_apply", "name, forward, backward, release, user_ctx, inputs, n_inputs, out_outputs, max_outputs, out_n_outputs", run_ng_custom_function_apply},
    {"ng_ctx_save_for_backward", "ctx, tensors, n", run_ng_ctx_save_for_backward},
    {"ng_ctx_num_saved", "ctx, out_count", run_ng_ctx_num_saved},
    {"ng_ctx_saved_tensor", "ctx, i, out_tensor", run_ng_ctx_saved_tensor},
    {"ng_ctx_needs_input_grad", "ctx, i, out_flag", run_ng_ctx_needs_input_grad},
    {"ng_ctx_mark_non_differentiable", "ctx, t", run_ng_ctx_mark_non_differentiable},
    {"ng_ctx_user_data", "ctx, out_user_ctx", run_ng_ctx_user_data},
    {"ng_tensor_register_hook", "t, hook, release, user_ctx, out_hook_id", run_ng_tensor_register_hook},
    {"ng_hook_remove", "hook_id", run_ng_hook_remove},
    {"ng_autograd_backward", "tensors, n, grad_tensors, retain_graph, create_graph, inputs, n_inputs", run_ng_autograd_backward},
    {"ng_set_detect_anomaly", "enabled, out_previous", run_ng_set_detect_anomaly},
    {"ng_is_anomaly_enabled", "out_enabled", run_ng_is_anomaly_enabled},
    {"ng_set_inference_mode", "enabled, out_previous, out_previous_grad", run_ng_set_inference_mode},
    {"ng_is_inference_mode_enabled", "out_enabled", run_ng_is_inference_mode_enabled},
    {"ng_tensor_is_inference", "t, out_flag", run_ng_tensor_is_inference},
    {"ng_gradcheck", "fn, user_ctx, inputs, n_inputs, eps, atol, rtol, second_order, out_ok, out_message", run_ng_gradcheck},
    {"ng_linear_new", "in_features, out_features, bias, dtype, out_module", run_ng_linear_new},
    {"ng_relu_new", "out_module", run_ng_relu_new},
    {"ng_tanh_new", "out_module", run_ng_tanh_new},
    {"ng_sigmoid_new", "out_module", run_ng_sigmoid_new},
    {"ng_flatten_new", "start_dim, end_dim, out_module", run_ng_flatten_new},
    {"ng_embedding_new", "num_embeddings, embedding_dim, dtype, out_module", run_ng_embedding_new},
    {"ng_layer_norm_new", "normalized_shape, ndim, eps, elementwise_affine, dtype, out_module", run_ng_layer_norm_new},
    {"ng_dropout_new", "p, out_module", run_ng_dropout_new},
    {"ng_sequential_new", "modules, n, out_module", run_ng_sequential_new},
    {"ng_module_forward", "m, input, out_result", run_ng_module_forward},
    {"ng_module_num_parameters", "m, out_count", run_ng_module_num_parameters},
    {"ng_module_parameter", "m, index, out_name, out_param", run_ng_module_parameter},
    {"ng_module_get_parameter", "m, name, out_param", run_ng_module_get_parameter},
    {"ng_module_zero_grad", "m, set_to_none", run_ng_module_zero_grad},
    {"ng_module_train", "m, mode", run_ng_module_train},
    {"ng_module_to_string", "m, out_string", run_ng_module_to_string},
    {"ng_module_free", "m", run_ng_module_free},
    {"ng_linear", "x, weight, bias, out_result", run_ng_linear},
    {"ng_abs", "a, out_result", run_ng_abs},
    {"ng_addmm", "bias, mat1, mat2, out_result", run_ng_addmm},
    {"ng_mse_loss", "input, target, reduction, out_result", run_ng_mse_loss},
    {"ng_l1_loss", "input, target, reduction, out_result", run_ng_l1_loss},
    {"ng_bce_with_logits", "input, target, reduction, out_result", run_ng_bce_with_logits},
    {"ng_bce", "input, target, weight, reduction, out_result", run_ng_bce},
    {"ng_nll_loss", "input, target, weight, ignore_index, reduction, out_result", run_ng_nll_loss},
    {"ng_cross_entropy", "input, target, weight, ignore_index, reduction, label_smoothing, out_result", run_ng_cross_entropy},
    {"ng_layer_norm", "input, normalized_dims, weight, bias, eps, out_result", run_ng_layer_norm},
    {"ng_dropout", "input, p, training, out_result", run_ng_dropout},
    {"ng_rnn_forward", "mode, input, hx, cx, weights, n, num_layers, bias, batch_first, dropout, train, bidirectional, out_output, out_hn, out_cn", run_ng_rnn_forward},
    {"ng_rnn_cell", "mode, input, hx, cx, w_ih, w_hh, b_ih, b_hh, out_h, out_c", run_ng_rnn_cell},
    {"ng_rnn_new", "input_size, hidden_size, num_layers, nonlinearity, bias, batch_first, dropout, bidirectional, dtype, out_module", run_ng_rnn_new},
    {"ng_lstm_new", "input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, dtype, out_module", run_ng_lstm_new},
    {"ng_gru_new", "input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, dtype, out_module", run_ng_gru_new},
    {"ng_rnn_module_forward", "m, input, h0, c0, out_output, out_hn, out_cn", run_ng_rnn_module_forward},
    {"ng_identity_new", "out_module", run_ng_identity_new},
    {"ng_softmax_new", "dim, log, out_module", run_ng_softmax_new},
    {"ng_sgd_new", "parameters, n, lr, momentum, dampening, weight_decay, nesterov, out_optimizer", run_ng_sgd_new},
    {"ng_adam_new", "parameters, n, lr, beta1, beta2, eps, weight_decay, amsgrad, decoupled, out_optimizer", run_ng_adam_new},
    {"ng_optimizer_step", "o", run_ng_optimizer_step},
    {"ng_optimizer_zero_grad", "o, set_to_none", run_ng_optimizer_zero_grad},
    {"ng_optimizer_set_lr", "o, lr", run_ng_optimizer_set_lr},
    {"ng_optimizer_free", "o", run_ng_optimizer_free},
    {"ng_sgd_update_", "param, grad, momentum_buffer, first_step, lr, momentum, dampening, weight_decay, nesterov, maximize", run_ng_sgd_update_},
    {"ng_sgd_step_", "parameters, momentum_buffers, n, lr, momentum, dampening, weight_decay, nesterov, maximize, out_had_grad", run_ng_sgd_step_},
    {"ng_zero_grad", "parameters, n, set_to_none", run_ng_zero_grad},
    {"ng_adam_update_", "param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, decoupled, maximize", run_ng_adam_update_},
    {"ng_rmsprop_update_", "param, grad, square_avg, momentum_buffer, grad_avg, lr, alpha, eps, weight_decay, momentum, maximize", run_ng_rmsprop_update_},
    {"ng_clip_grad_norm_", "grads, n, max_norm, norm_type, error_if_nonfinite, out_total_norm", run_ng_clip_grad_norm_},
    {"ng_clip_grad_value_", "grads, n, clip_value", run_ng_clip_grad_value_},
    {"ng_save", "path, names, tensors, n, metadata_json", run_ng_save},
    {"ng_load_count", "path, out_count", run_ng_load_count},
    {"ng_load", "path, out_names, out_tensors, capacity, out_count, out_metadata_json", run_ng_load},
    {"ng_dist_is_mpi_available", "out_available", run_ng_dist_is_mpi_available},
    {"ng_dist_init", "timeout_seconds, world_size, rank", run_ng_dist_init},
    {"ng_dist_is_initialized", "out_initialized", run_ng_dist_is_initialized},
    {"ng_dist_rank", "out_rank", run_ng_dist_rank},
    {"ng_dist_world_size", "out_world_size", run_ng_dist_world_size},
    {"ng_dist_all_reduce", "t, op, async_op, out_work_id", run_ng_dist_all_reduce},
    {"ng_dist_broadcast", "t, src, async_op, out_work_id", run_ng_dist_broadcast},
    {"ng_dist_barrier", "", run_ng_dist_barrier},
    {"ng_dist_work_wait", "work_id, timeout_seconds", run_ng_dist_work_wait},
    {"ng_dist_work_is_completed", "work_id, out_completed", run_ng_dist_work_is_completed},
    {"ng_dist_work_free", "work_id", run_ng_dist_work_free},
    {"ng_dist_destroy", "", run_ng_dist_destroy},
    {"ng_dist_ddp_new", "module, bucket_cap_mb, broadcast_buffers, out_ddp", run_ng_dist_ddp_new},
    {"ng_dist_ddp_set_require_grad_sync", "ddp, enabled", run_ng_dist_ddp_set_require_grad_sync},
    {"ng_dist_reducer_new", "parameters, n, names, bucket_cap_mb, out_reducer_id", run_ng_dist_reducer_new},
    {"ng_dist_reducer_prepare_for_backward", "reducer_id", run_ng_dist_reducer_prepare_for_backward},
    {"ng_dist_reducer_num_buckets", "reducer_id, out_count", run_ng_dist_reducer_num_buckets},
    {"ng_dist_reducer_bucket_of", "reducer_id, param_index, out_bucket", run_ng_dist_reducer_bucket_of},
    {"ng_dist_reducer_free", "reducer_id", run_ng_dist_reducer_free},
    {"ng_dist_sync_module_states", "tensors, n", run_ng_dist_sync_module_states},
    {"ng_dist_sampler_indices", "dataset_length, num_replicas, rank, shuffle, seed, epoch, drop_last, out_indices", run_ng_dist_sampler_indices},
    {"ng_profiler_set_enabled", "enabled", run_ng_profiler_set_enabled},
    {"ng_profiler_is_enabled", "out_enabled", run_ng_profiler_is_enabled},
    {"ng_profiler_reset", "", run_ng_profiler_reset},
    {"ng_profiler_count", "out_count", run_ng_profiler_count},
    {"ng_profiler_entry", "index, out_name, out_count, out_total_ns, out_self_ns", run_ng_profiler_entry},
    {"ng_profiler_range_push", "name", run_ng_profiler_range_push},
    {"ng_profiler_range_pop", "", run_ng_profiler_range_pop},
};

/* {export, param, kind, expect, value, dvalue} */
static const fault_case CASES[] = {
    {0, 0, FK_NULL, EXPECT_ANY, 0, 0},
    {1, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {1, 0, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {1, 0, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {1, 0, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {2, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {2, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {3, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {3, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {3, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {3, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {3, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {3, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {3, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {3, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {3, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {3, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {3, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {3, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {4, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {4, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {4, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {4, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {4, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {4, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {4, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {4, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {4, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {4, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {4, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {4, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {4, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {4, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {4, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {5, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {5, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {5, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {5, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {5, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {5, 2, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {5, 2, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {5, 2, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {5, 2, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {5, 2, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {5, 2, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {5, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {5, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {5, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {5, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {5, 4, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {5, 4, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {5, 4, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {5, 4, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {5, 4, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {5, 4, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {5, 5, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {5, 6, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {5, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {6, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {6, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {6, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {6, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {6, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {6, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {6, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {6, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {6, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {6, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {6, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {6, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {6, 2, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {6, 2, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {6, 2, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {6, 2, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {6, 2, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {6, 2, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {6, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {6, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {6, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {6, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {6, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {6, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {7, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {7, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {7, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {7, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-9223372036854775807LL - 1), 0},
    {7, 1, FK_LEN_HUGE, EXPECT_FAIL, 9223372036854775807LL, 0},
    {7, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {7, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {7, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {7, 3, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {7, 3, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {7, 3, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {7, 3, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {7, 3, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {7, 3, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {7, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {7, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {7, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {7, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {8, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {8, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {8, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {8, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {8, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {8, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {8, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {8, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {8, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {8, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {8, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {8, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {8, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {8, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {9, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {9, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {9, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {9, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {9, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {9, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {9, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {9, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {9, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {9, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {9, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {9, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {9, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {9, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {10, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {10, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {10, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {10, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {10, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {10, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {10, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {10, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {10, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {10, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {10, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {10, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {10, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {10, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {10, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {10, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {10, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {11, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {11, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {11, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {11, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {11, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {11, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {11, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {11, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {11, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {11, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {11, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {11, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {11, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {11, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {11, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {11, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {11, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {12, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {12, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {12, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {12, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {12, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {12, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {12, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {12, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {12, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {12, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {12, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {12, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {12, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {12, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {13, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {13, 0, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {13, 0, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {13, 0, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {13, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {13, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {13, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {13, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {13, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {13, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {13, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {13, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {13, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {14, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {14, 0, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {14, 0, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {14, 0, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {14, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {14, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {14, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {14, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {14, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {14, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {14, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {14, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {14, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {14, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {14, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {15, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {15, 0, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {15, 0, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {15, 0, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {15, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {15, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {15, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {15, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {15, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {15, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {15, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {15, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {15, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {15, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {15, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {15, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {15, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {15, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {16, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {16, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {16, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {16, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {16, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {16, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {16, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {16, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {16, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {16, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {16, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {16, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {17, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {17, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {17, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {17, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {17, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {17, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {17, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {17, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {17, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {17, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {17, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {17, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {18, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {18, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {18, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {18, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {18, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {18, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {18, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {18, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {18, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {18, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {18, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {18, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {18, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {18, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {19, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {19, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {19, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {19, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {19, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {19, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {19, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {19, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {19, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {19, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {19, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {19, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {19, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {19, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {20, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {20, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {20, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {20, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {20, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {20, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {21, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {21, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {21, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {21, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {21, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {21, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {21, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {21, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {21, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {21, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {21, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {22, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {22, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {22, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {22, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {22, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {22, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {22, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {22, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {22, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {22, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {22, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {22, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {23, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {23, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {23, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {23, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {23, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {23, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {23, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {23, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {23, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {23, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {23, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {23, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {24, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {24, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {24, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {24, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {24, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {24, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {24, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {24, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {24, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {24, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {24, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {24, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {25, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {25, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {25, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {25, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {25, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {25, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {25, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {25, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {25, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {25, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {25, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {25, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {25, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {25, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {25, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {26, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {26, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {26, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {26, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {26, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {26, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {26, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {26, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {26, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {26, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {26, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {26, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {26, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {26, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-9223372036854775807LL - 1), 0},
    {26, 2, FK_LEN_HUGE, EXPECT_FAIL, 9223372036854775807LL, 0},
    {27, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {27, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {27, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {27, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {27, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {27, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {27, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {27, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {27, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {27, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {27, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {27, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {28, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {28, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {28, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {28, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {28, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {28, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {28, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {28, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {28, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {28, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {28, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {28, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {29, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {29, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {29, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {29, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {29, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {29, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {29, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {29, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {29, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {29, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {29, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {29, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {30, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {30, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {30, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {30, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {30, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {30, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {30, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {30, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {30, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {30, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {30, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {30, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {30, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {30, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {30, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {30, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {30, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {30, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {30, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {30, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {30, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {30, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {31, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {31, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {32, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {32, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {33, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {33, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {33, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {33, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {33, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {33, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {33, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {33, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {33, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {33, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {33, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {34, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {34, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {34, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {34, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {34, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {34, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {34, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {34, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {34, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {34, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {34, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {34, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {34, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {34, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {34, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {34, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {35, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {35, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {35, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {35, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {35, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {35, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {35, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {35, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {35, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {35, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {35, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {35, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {36, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {36, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {36, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {36, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {36, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {36, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {36, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {36, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {36, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {36, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {36, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {36, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {37, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {37, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {37, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {37, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {37, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {37, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {37, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {37, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {37, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {37, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {37, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {37, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {37, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {37, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-9223372036854775807LL - 1), 0},
    {37, 2, FK_LEN_HUGE, EXPECT_FAIL, 9223372036854775807LL, 0},
    {38, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {38, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {38, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {38, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {38, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {38, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {38, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {38, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {38, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {38, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {38, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {38, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {38, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {38, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-9223372036854775807LL - 1), 0},
    {38, 2, FK_LEN_HUGE, EXPECT_FAIL, 9223372036854775807LL, 0},
    {39, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {39, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {39, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {39, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {39, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {39, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {39, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {39, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {39, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {39, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {39, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {39, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {39, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {39, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {39, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {39, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {39, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {39, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {39, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {39, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {39, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {39, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {39, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {39, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {39, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {39, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {39, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {40, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {40, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {40, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {40, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {40, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {40, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {40, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {40, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {40, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {40, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {40, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {40, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {40, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {40, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {40, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {40, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {40, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {40, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {40, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {40, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {40, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {40, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {40, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {40, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {40, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {40, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {40, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {41, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {41, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {41, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {41, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {41, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {41, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {41, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {41, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {41, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {41, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {41, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {41, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {41, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {41, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {41, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {41, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {41, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {41, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {41, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {41, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {41, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {42, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {42, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {42, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {42, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {42, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {42, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {42, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {42, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {42, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {42, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {42, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {42, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {42, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {42, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {42, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {42, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {42, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {42, 2, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {42, 2, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {42, 2, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {42, 2, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {42, 2, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {42, 2, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {42, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {42, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {42, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {42, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {42, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {42, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {42, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {42, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {42, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {42, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {43, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {43, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {43, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {43, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {43, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {43, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {43, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {43, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {43, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {43, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {43, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {43, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {43, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {43, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {43, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {43, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {43, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {43, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {43, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {43, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {43, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {43, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {43, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {43, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {44, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {44, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {44, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {44, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {44, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {44, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {44, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {44, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {44, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {44, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {44, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {44, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {44, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {44, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {44, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {44, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {44, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {44, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {44, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {44, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {44, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {44, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {44, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {44, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {44, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {44, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {44, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {44, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {44, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {44, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {44, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {45, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {45, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {45, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {45, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {45, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {45, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {45, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {45, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {45, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {45, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {45, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {45, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {45, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {45, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {45, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {45, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {45, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {45, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {45, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {45, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {45, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {45, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {46, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {46, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {46, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {46, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {46, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {46, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {46, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {46, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {46, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {46, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {46, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {46, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {46, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {46, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {46, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {46, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {46, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {46, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {46, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {46, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {46, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {46, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {46, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {46, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {46, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {47, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {47, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {47, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {47, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {47, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {47, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {47, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {47, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {47, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {47, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {47, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {47, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {47, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {47, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {47, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {47, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {47, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {47, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {47, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {47, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {47, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {47, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {47, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {47, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {48, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {48, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {48, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {48, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {48, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {48, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {48, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {48, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {48, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {48, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {48, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {48, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {48, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {48, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {48, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {48, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {48, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {48, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {48, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {48, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {48, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {48, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {48, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {48, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {48, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {48, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {48, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {49, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {49, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {49, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {49, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {49, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {49, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {49, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {49, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {49, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {49, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {49, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {49, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {49, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {49, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {49, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {49, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {49, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {49, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {49, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {49, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {49, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {49, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {49, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {49, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {49, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {49, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {49, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {50, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {50, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {50, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {50, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {50, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {50, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {50, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {50, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {50, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {50, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {50, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {50, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {50, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {50, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {50, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {50, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {50, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {50, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {50, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {50, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {50, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {50, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {50, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {50, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {51, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {51, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {51, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {51, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {51, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {51, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {51, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {51, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {51, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {51, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {51, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {51, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {51, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {51, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {51, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {51, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {51, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {51, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {51, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {52, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {52, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {52, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {52, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {52, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {52, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {52, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {52, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {52, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {52, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {52, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {52, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {52, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {52, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {52, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {52, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {52, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {52, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {52, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {52, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {52, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {52, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {52, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {52, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {52, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {52, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {52, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {52, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {52, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {53, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {53, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {53, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {53, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {53, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {53, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {53, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {53, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {53, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {53, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {53, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {53, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {53, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {53, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {53, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {53, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {53, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {53, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {53, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {53, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {53, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {53, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {53, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {53, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {53, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {53, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {53, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {53, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {53, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {53, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {53, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {53, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {53, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {53, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {53, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {53, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {53, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {53, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {54, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {54, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {54, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {54, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {54, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {54, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {54, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {54, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {54, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {54, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {54, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {54, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {54, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {54, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {54, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {54, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {54, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {54, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {54, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {54, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {54, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {54, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {54, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {54, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {55, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {55, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {55, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {55, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {55, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {55, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {55, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {55, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {55, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {55, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {55, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {55, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {55, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {55, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {55, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {55, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {55, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {55, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {55, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {55, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {55, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {55, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {55, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {55, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {56, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {56, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {56, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {56, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {56, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {56, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {56, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {56, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {56, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {56, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {56, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {56, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {56, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {56, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {56, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {56, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {56, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {56, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {56, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {56, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {56, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {56, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {56, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {56, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {56, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {56, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {56, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {56, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {56, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {56, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {56, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {56, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {56, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {56, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {57, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {57, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {57, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {57, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {57, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {57, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {57, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {57, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {57, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {57, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {57, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {57, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {58, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {58, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {58, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {58, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {58, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {58, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {58, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {58, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {58, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {58, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {58, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {58, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {58, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {58, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {58, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {58, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {58, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {58, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {58, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {58, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {58, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {58, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {59, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {59, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {59, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {59, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {59, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {59, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {59, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {59, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {59, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {59, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {59, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {59, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {59, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {59, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {59, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {59, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {59, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {59, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {59, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {59, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {59, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {59, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {60, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {60, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {60, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {60, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {60, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {60, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {60, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {60, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {60, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {60, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {60, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {60, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {60, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {60, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {60, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {60, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {60, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {60, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {60, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {60, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {60, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {60, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {61, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {61, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {61, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {61, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {61, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {61, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {61, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {61, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {61, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {61, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {61, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {61, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {61, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {61, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {61, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {61, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {61, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {61, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {61, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {61, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {61, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {61, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {61, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {61, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {61, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {61, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {61, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {61, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {61, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {61, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {61, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {61, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {62, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {62, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {62, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {62, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {62, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {62, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {62, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {62, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {62, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {62, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {62, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {62, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {63, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {63, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {63, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {63, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {63, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {63, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {63, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {63, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {63, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {63, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {63, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {63, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {64, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {64, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {64, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {64, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {64, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {64, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {64, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {64, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {64, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {64, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {64, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {64, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {64, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {64, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {64, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {64, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {64, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {65, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {65, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {65, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {65, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {65, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {65, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {65, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {65, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {65, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {65, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {65, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {65, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {65, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {65, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {65, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {65, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {65, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {66, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {66, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {66, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {66, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {66, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {66, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {66, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {66, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {66, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {66, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {66, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {66, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {66, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {66, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {67, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {67, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {67, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {67, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {67, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {67, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {67, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {67, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {67, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {67, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {67, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {67, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {67, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {67, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {68, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {68, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {68, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {68, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {68, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {68, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {68, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {68, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {68, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {68, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {68, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {68, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {68, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {68, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {68, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {68, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {68, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {68, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {68, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {68, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {68, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {68, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {68, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {68, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {69, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {69, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {69, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {69, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {69, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {69, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {69, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {69, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {69, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {69, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {69, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {69, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {69, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {69, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {69, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {69, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {69, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {69, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {69, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {69, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {69, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {69, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {69, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {69, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {69, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {69, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {69, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {70, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {70, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {70, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {70, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {70, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {70, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {70, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {70, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {70, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {70, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {70, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {70, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {70, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {70, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {70, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {70, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {70, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {70, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {70, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {70, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {70, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {70, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {70, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {70, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {70, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {70, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {70, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {71, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {71, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {71, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {71, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {71, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {71, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {71, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {71, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {71, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {71, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {71, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {71, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {71, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {71, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {71, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {71, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {71, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {71, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {72, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {72, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {72, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {72, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {72, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {72, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {72, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {72, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {72, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {72, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {72, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {72, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {72, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {72, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {72, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {72, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {72, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {72, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {73, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {73, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {73, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {73, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {73, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {73, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {73, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {73, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {73, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {73, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {73, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {73, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {73, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {73, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {73, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {73, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {73, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {73, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {73, 3, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {73, 3, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {73, 3, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {73, 3, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {73, 3, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {73, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {74, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {74, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {74, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {74, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {74, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {74, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {74, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {74, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {74, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {74, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {74, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {74, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {74, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {74, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {74, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {74, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {74, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {74, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {74, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {74, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {74, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {74, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {74, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {74, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {75, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {75, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {75, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {75, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {75, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {75, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {75, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {75, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {75, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {75, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {75, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {75, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {75, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {75, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {75, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {75, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {75, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {75, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {75, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {75, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {75, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {75, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {75, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {75, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {75, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {75, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {75, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {75, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {75, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {75, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {75, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {75, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {75, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {75, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {76, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {76, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {76, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {76, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {76, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {76, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {76, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {76, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {76, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {76, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {76, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {76, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {76, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {76, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {76, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {76, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {76, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {76, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {76, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {76, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {76, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {76, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {76, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {76, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {77, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {77, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {77, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {77, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {77, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {77, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {77, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {77, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {77, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {77, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {77, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {77, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {77, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {77, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {77, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {77, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {77, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {77, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {77, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {77, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {77, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {77, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {77, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {77, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {77, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {77, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {77, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {77, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {77, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {77, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {77, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {77, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {77, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {77, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {78, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {78, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {78, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {78, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {78, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {78, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {78, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {78, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {78, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {78, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {78, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {78, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {78, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {78, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {78, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {78, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {78, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {78, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {78, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {78, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {78, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {78, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {78, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {78, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {78, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {78, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {78, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {78, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {78, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {78, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {78, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {78, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {78, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {78, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {79, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {79, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {79, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {79, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {79, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {79, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {79, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {79, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {79, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {79, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {79, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {79, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {79, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {79, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {79, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {79, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {79, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {79, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {79, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {79, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {79, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {79, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {79, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {79, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {79, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {79, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {79, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {79, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {79, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {79, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {79, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {79, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {79, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {79, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {80, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {80, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {80, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {80, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {80, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {80, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {80, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {80, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {80, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {80, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {80, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {80, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {80, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {80, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {80, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {80, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {80, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {80, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {80, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {80, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {80, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {80, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {80, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {80, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {81, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {81, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {81, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {81, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {81, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {81, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {81, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {81, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {81, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {81, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {81, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {81, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {81, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {81, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {81, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {81, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {81, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {81, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {81, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {81, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {81, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {82, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {82, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {82, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {82, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {82, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {82, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {82, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {82, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {82, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {82, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {82, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {82, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {82, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {82, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {82, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {82, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {82, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {82, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {82, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {82, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {82, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {83, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {83, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {83, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {83, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {83, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {83, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {83, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {83, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {83, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {83, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {83, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {83, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {83, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {83, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {83, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {83, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {83, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {83, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {83, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {83, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {83, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {84, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {84, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {84, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {84, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {84, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {84, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {84, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {84, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {84, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {84, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {84, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {84, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {84, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {84, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {84, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {84, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {84, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {84, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {84, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {84, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {84, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {85, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {85, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {85, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {85, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {85, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {85, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {85, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {85, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {85, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {85, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {85, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {85, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {85, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {85, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {85, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {85, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {85, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {85, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {85, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {85, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {85, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {86, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {86, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {86, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {86, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {86, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {86, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {86, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {86, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {86, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {86, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {86, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {86, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {86, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {86, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {86, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {86, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {86, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {86, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {86, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {86, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {86, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {87, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {87, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {87, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {87, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {87, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {87, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {87, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {87, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {87, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {87, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {87, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {87, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {87, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {87, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {88, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {88, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {88, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {88, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {88, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {88, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {88, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {88, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {88, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {88, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {88, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {88, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {88, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {88, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {89, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {89, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {89, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {89, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {89, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {89, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {89, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {89, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {89, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {89, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {89, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {89, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {89, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {89, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {90, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {90, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {90, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {90, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {90, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {90, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {90, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {90, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {90, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {90, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {90, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {90, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {90, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {90, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {91, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {91, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {91, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {91, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {91, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {91, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {91, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {91, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {91, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {91, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {91, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {91, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {91, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {91, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {92, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {92, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {92, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {92, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {92, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {92, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {92, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {92, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {92, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {92, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {92, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {93, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {93, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {93, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {93, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {93, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {93, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {93, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {93, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {93, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {93, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {93, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {94, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {94, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {94, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {94, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {94, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {94, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {94, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {94, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {94, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {94, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {94, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {94, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {94, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {94, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {94, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {94, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {94, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {94, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {94, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {94, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {94, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {95, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {95, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {95, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {95, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {95, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {95, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {95, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {95, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {95, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {95, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {95, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {95, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {96, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {96, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {96, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {96, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {96, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {96, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {96, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {96, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {96, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {96, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {96, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {96, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {96, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {96, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {96, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {96, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {96, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {96, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {96, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {96, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {96, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {96, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {97, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {97, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {97, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {97, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {97, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {97, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {97, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {97, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {97, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {97, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {97, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {97, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {97, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {97, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {97, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {97, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {97, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {97, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {97, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {97, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {97, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {97, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {98, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {98, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {98, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {98, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {98, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {98, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {98, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {98, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {98, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {98, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {98, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {98, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {98, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {98, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {98, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {98, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {98, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {98, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {98, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {98, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {98, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {98, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {99, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {99, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {99, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {99, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {99, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {99, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {99, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {99, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {99, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {99, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {99, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {99, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {99, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {99, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {99, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {99, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {99, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {99, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {99, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {99, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {99, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {99, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {99, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {99, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {99, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {99, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {99, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {99, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {99, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {99, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {99, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {99, 3, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {99, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {99, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {99, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {99, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {100, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {100, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {100, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {100, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {100, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {100, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {100, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {100, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {100, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {100, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {100, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {100, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {100, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {100, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {100, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {100, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {100, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {100, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {100, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {100, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {100, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {100, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {100, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {100, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {100, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {100, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {100, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {100, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {100, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {100, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {100, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {100, 3, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {100, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {100, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {100, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {100, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {100, 5, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {100, 5, FK_FORGED, EXPECT_FAIL, 0, 0},
    {100, 5, FK_FORGED, EXPECT_FAIL, 1, 0},
    {100, 5, FK_FORGED, EXPECT_FAIL, 2, 0},
    {100, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {100, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {100, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {100, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {100, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {101, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {101, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {101, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {101, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {101, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {101, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {101, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {101, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {101, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {101, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {101, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {101, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {101, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {101, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {101, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {101, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {101, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {101, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {101, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {101, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {101, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {101, 1, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {101, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {101, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {101, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {101, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {101, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {101, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {101, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {101, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {101, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {101, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {101, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {101, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {101, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {101, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {101, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {101, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {102, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {102, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {102, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {102, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {102, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {102, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {102, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {102, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {102, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {102, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {102, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {102, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {102, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {102, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {102, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {102, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {102, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {102, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {102, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {102, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {102, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {102, 1, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {102, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {102, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {102, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {102, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {102, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {102, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {102, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {102, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {102, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {102, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {102, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {102, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {102, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {102, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {102, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {103, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {103, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {103, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {103, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {103, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {103, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {103, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {103, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {103, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {103, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {103, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {103, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {103, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {103, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {103, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {103, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {103, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {103, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {103, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {103, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {103, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {103, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {104, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {104, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {104, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {104, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {104, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {104, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {104, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {104, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {104, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {104, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {104, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {104, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {104, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {104, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {104, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {104, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {104, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {104, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {104, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {104, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {104, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {104, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {105, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {105, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {105, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {105, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {105, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {105, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {105, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {105, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {105, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {105, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {105, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {105, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {105, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {105, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {105, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {105, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {105, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {105, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {105, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {105, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {105, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {105, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {106, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {106, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {106, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {106, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {106, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {106, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {106, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {106, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {106, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {106, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {106, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {106, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {106, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {106, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {106, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {106, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {106, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {106, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {106, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {106, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {106, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {106, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {107, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {107, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {107, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {107, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {107, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {107, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {107, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {107, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {107, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {107, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {107, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {107, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {107, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {107, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {107, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {107, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {107, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {107, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {107, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {107, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {107, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {107, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {108, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {108, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {108, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {108, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {108, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {108, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {108, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {108, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {108, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {108, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {108, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {108, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {108, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {108, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {108, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {108, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {108, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {108, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {108, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {108, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {108, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {108, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {109, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {109, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {109, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {109, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {109, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {109, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {109, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {109, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {109, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {109, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {109, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {109, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {109, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {109, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {109, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {109, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {109, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {109, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {109, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {109, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {109, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {109, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {110, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {110, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {110, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {110, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {110, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {110, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {110, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {110, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {110, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {110, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {110, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {110, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {110, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {110, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {110, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {110, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {110, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {110, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {110, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {110, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {110, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {110, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {111, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {111, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {111, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {111, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {111, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {111, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {111, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {111, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {111, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {111, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {111, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {111, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {111, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {111, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {111, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {111, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {111, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {111, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {111, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {111, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {111, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {111, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {112, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {112, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {112, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {112, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {112, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {112, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {112, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {112, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {112, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {112, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {112, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {112, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {112, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {112, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {112, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {112, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {112, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {112, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {112, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {112, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {112, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {112, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {113, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {113, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {113, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {113, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {113, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {113, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {113, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {113, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {113, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {113, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {113, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {113, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {113, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {113, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {113, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {113, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {113, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {113, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {113, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {113, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {113, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {113, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {114, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {114, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {114, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {114, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {114, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {114, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {114, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {114, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {114, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {114, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {114, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {114, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {114, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {114, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {114, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {114, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {114, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {114, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {114, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {114, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {114, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {114, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {115, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {115, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {115, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {115, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {115, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {115, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {115, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {115, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {115, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {115, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {115, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {115, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {115, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {115, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {115, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {115, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {115, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {115, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {115, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {115, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {115, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {115, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {116, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {116, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {116, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {116, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {116, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {116, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {116, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {116, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {116, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {116, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {116, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {116, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {116, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {116, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {116, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {116, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {116, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {116, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {116, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {116, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {116, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {116, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {117, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {117, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {117, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {117, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {117, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {117, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {117, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {117, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {117, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {117, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {117, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {117, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {117, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {117, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {117, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {118, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {118, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {118, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {118, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {118, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {118, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {118, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {118, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {118, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {118, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {118, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {118, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {118, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {118, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {118, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {119, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {119, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {119, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {119, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {119, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {119, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {119, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {119, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {119, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {119, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {119, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {119, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {119, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {119, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {119, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {120, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {120, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {120, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {120, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {120, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {120, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {120, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {120, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {120, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {120, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {120, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {120, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {120, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {120, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {120, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {121, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {121, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {121, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {121, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {121, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {121, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {121, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {121, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {121, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {121, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {121, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {121, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {121, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {121, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {121, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {122, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {122, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {122, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {122, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {122, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {122, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {122, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {122, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {122, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {122, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {122, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {122, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {122, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {122, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {122, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {123, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {123, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {123, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {123, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {123, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {123, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {123, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {123, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {123, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {123, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {123, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {123, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {123, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {123, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {123, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {124, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {124, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {124, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {124, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {124, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {124, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {124, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {124, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {124, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {124, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {124, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {124, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {124, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {124, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {124, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {125, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {125, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {125, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {125, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {125, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {125, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {125, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {125, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {125, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {125, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {125, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {125, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {126, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {126, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {126, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {126, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {126, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {126, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {126, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {126, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {126, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {126, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {126, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {126, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {127, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {127, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {127, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {127, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {127, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {127, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {127, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {127, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {127, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {127, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {127, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {127, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {128, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {128, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {128, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {128, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {128, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {128, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {128, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {128, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {128, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {128, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {128, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {128, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {129, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {129, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {129, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {129, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {129, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {129, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {129, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {129, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {129, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {129, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {129, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {129, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {130, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {130, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {130, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {130, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {130, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {130, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {130, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {130, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {130, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {130, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {130, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {130, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {130, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {130, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {130, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {130, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {130, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {130, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {130, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {130, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {130, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {130, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {130, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {130, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {131, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {131, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {131, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {131, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {131, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {131, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {131, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {131, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {131, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {131, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {131, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {131, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {131, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {131, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {131, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {131, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {131, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {131, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {131, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {131, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {131, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {131, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {131, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {131, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {132, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {132, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {132, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {132, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {132, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {132, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {132, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {132, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {132, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {132, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {132, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {132, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {132, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {132, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {132, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {132, 2, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {132, 2, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {132, 2, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {132, 2, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {132, 2, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {132, 2, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {132, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {132, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {132, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {132, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {132, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {132, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {133, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {133, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {133, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {133, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {133, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {133, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {133, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {133, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {133, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {133, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {133, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {133, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {133, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {133, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {133, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {133, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {133, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {133, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {133, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {133, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {133, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {133, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {134, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {134, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {134, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {134, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {134, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {134, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {134, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {134, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {134, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {134, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {134, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {134, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {134, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {134, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {134, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {134, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {134, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {134, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {134, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {134, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {134, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {134, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {135, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {135, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {135, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {135, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {135, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {135, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {135, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {135, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {135, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {135, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {135, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {135, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {135, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {135, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {135, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {135, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {135, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {135, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {135, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {135, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {135, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {135, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {136, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {136, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {136, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {136, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {136, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {136, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {136, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {136, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {136, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {136, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {136, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {136, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {136, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {136, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {137, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {137, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {137, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {137, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {137, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {137, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {137, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {137, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {137, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {137, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {137, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {137, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {137, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {137, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {138, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {138, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {138, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {138, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {138, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {138, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {138, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {138, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {138, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {138, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {138, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {138, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {138, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {138, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {138, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {138, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {138, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {138, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {138, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {138, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {138, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {138, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {138, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {138, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {138, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {138, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {138, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {138, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {138, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {138, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {138, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {138, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {138, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {138, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {138, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {138, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {139, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {139, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {139, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {139, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {139, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {139, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {139, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {139, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {139, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {139, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {139, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {139, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {139, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {139, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {139, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {139, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {139, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {139, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {139, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {139, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {139, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {139, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {139, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {139, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {139, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {139, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {139, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {139, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {139, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {140, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {140, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {140, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {140, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {140, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {140, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {140, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {140, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {140, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {140, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {140, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {140, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {140, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {140, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {140, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {140, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {140, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {140, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {140, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {140, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {140, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {140, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {140, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {140, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {141, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {141, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {141, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {141, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {141, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {141, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {141, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {141, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {141, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {141, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {141, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {141, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {141, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {141, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {141, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {141, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {141, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {141, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {141, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {141, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {141, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {141, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {141, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {141, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {141, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {141, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {141, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {141, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {141, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {141, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {141, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {142, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {142, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {142, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {142, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {142, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {142, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {142, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {142, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {142, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {142, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {142, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {142, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {142, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {142, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {142, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {142, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {142, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {142, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {142, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {142, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {142, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {142, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {142, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {142, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {142, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {142, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {143, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {143, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {143, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {143, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {143, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {143, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {143, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {143, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {143, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {143, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {143, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {143, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {144, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {144, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {144, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {144, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {144, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {144, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {144, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {144, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {144, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {144, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {144, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {145, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {145, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {145, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {145, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {145, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {145, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {145, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {145, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {145, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {145, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {145, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {145, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {145, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {145, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {145, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {145, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {145, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {146, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {146, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {146, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {146, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {146, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {146, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {146, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {146, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {146, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {146, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {146, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {146, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {147, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {147, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {147, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {147, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {147, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {147, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {147, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {147, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {147, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {147, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {147, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {148, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {148, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {148, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {148, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {148, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {148, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {148, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {148, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {148, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {148, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {148, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {148, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {148, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {148, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {148, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {149, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {149, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {149, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {149, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {149, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {149, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {149, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {149, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {149, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {149, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {149, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {149, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {149, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {149, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {149, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {150, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {150, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {150, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {150, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {150, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {150, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {150, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {150, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {150, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {150, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {150, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {150, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {150, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {150, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {150, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {150, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {150, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {150, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {151, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {151, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {151, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {151, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {151, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {151, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {151, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {151, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {151, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {151, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {151, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {151, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {151, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {151, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {151, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {151, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {151, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {151, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {151, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {151, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {151, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {151, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {151, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {151, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {151, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {151, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {151, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {151, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {151, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {151, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {151, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {151, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {151, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {151, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {151, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {152, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {152, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {152, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {152, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {152, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {152, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {152, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {152, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {152, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {152, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {152, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {152, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {152, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {152, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {152, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {152, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {152, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {152, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {152, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {152, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {152, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {152, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {152, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {152, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {152, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {152, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {152, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {152, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {152, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {152, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {152, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {152, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {152, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {152, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {152, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {153, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {153, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {153, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {153, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {153, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {153, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {153, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {153, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {153, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {153, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {153, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {153, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {153, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {153, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {153, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {153, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {153, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {153, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {153, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {153, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {153, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {153, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {153, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {153, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {153, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {154, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {154, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {154, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {154, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {154, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {154, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {154, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {154, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {154, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {154, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {154, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {154, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {154, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {154, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {154, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {155, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {155, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {155, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {155, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {155, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {155, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {155, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {155, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {155, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {155, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {155, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {155, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {155, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {155, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {156, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {156, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {156, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {156, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {156, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {156, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {156, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {156, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {156, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {156, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {156, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {156, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {156, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {156, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {156, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {157, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {157, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {157, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {157, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {157, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {157, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {157, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {157, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {157, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {157, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {157, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {157, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {157, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {157, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {158, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {158, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {158, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {158, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {158, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {158, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {158, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {158, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {158, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {158, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {158, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {158, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {158, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {158, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {158, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {158, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {158, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {158, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {158, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {158, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {158, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {158, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {158, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {158, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {159, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {159, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {159, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {159, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {159, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {159, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {159, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {159, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {159, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {159, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {159, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {159, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {159, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {159, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {159, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {159, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {159, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {159, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {159, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {159, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {159, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {159, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {159, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {159, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {160, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {160, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {160, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {160, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {160, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {160, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {160, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {160, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {160, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {160, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {160, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {160, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {160, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {160, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {160, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {160, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {160, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {160, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {160, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {160, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {160, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {160, 3, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {160, 3, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {160, 3, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {160, 3, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {160, 3, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {160, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {161, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {161, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {161, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {161, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {161, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {161, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {161, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {161, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {161, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {161, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {161, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {161, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {161, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {161, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {161, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {161, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {161, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {162, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {162, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {162, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {162, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {162, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {162, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {162, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {162, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {162, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {162, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {162, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {162, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {163, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {163, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {163, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {163, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {163, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {163, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {163, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {163, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {163, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {163, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {163, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {163, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {163, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {163, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {163, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {163, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {163, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {163, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {163, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {163, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {163, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {163, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {164, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {164, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {164, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {164, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {164, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {164, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {164, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {164, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {164, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {164, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {164, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {164, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {164, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {164, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {164, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {164, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {164, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {164, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {164, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {164, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {164, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {164, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {164, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {164, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {164, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {164, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {164, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {165, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {165, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {165, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {165, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {165, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {165, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {165, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {165, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {165, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {165, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {165, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {165, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {165, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {165, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {165, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {165, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {165, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {165, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {165, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {165, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {165, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {165, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {165, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {165, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {165, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {165, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {165, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {166, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {166, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {166, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {166, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {166, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {166, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {166, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {166, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {166, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {166, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {166, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {166, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {166, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {166, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {166, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {166, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {166, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {166, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {166, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {166, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {166, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {166, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {166, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {166, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {166, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {167, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {167, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {167, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {167, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {167, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {167, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {167, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {167, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {167, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {167, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {167, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {167, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {167, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {167, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {167, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {167, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {167, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {167, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {167, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {167, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {167, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {167, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {167, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {167, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {167, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {167, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {167, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {168, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {168, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {168, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {168, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {168, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {168, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {168, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {168, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {168, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {168, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {168, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {168, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {168, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {168, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {168, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {168, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {168, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {169, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {169, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {169, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {169, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {169, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {169, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {169, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {169, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {169, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {169, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {169, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {169, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {169, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {169, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {169, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {169, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {169, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {169, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {169, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {169, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {169, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {169, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {170, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {170, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {170, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {170, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {170, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {170, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {170, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {170, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {170, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {170, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {170, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {170, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {170, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {170, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {170, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {170, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {170, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {170, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {170, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {170, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {170, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {171, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {171, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {171, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {171, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {171, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {171, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {171, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {171, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {171, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {171, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {171, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {171, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {171, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {171, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {171, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {172, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {172, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {172, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {172, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {172, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {172, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {172, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {172, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {172, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {172, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {172, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {172, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {172, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {172, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {173, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {173, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {173, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {173, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {173, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {173, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {173, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {173, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {173, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {173, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {173, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {173, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {173, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {173, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {173, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {173, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {173, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {173, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {173, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {173, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {173, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {173, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {174, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {174, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {174, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {174, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {174, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {174, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {174, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {174, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {174, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {174, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {174, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {174, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {174, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {174, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {174, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {174, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {174, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {174, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {174, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {174, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {174, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {175, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {175, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {175, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {175, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {175, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {175, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {175, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {175, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {175, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {175, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {175, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {175, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {175, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {175, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {175, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {176, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {176, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {176, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {176, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {176, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {176, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {176, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {176, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {176, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {176, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {176, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {176, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {176, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {176, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {177, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {177, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {177, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {177, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {177, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {177, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {177, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {177, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {177, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {177, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {177, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {177, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {177, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {177, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {177, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {177, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {177, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {177, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {177, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {177, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {177, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {177, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {178, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {178, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {178, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {178, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {178, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {178, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {178, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {178, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {178, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {178, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {178, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {178, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {178, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {178, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {178, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {178, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {178, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {178, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {178, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {178, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {178, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {179, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {179, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {179, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {179, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {179, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {179, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {179, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {179, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {179, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {179, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {179, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {179, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {179, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {179, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {179, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {179, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {179, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {179, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {179, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {179, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {179, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {179, 5, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {179, 5, FK_INT, EXPECT_ANY, 2147483647, 0},
    {179, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {179, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {179, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {179, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {180, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {180, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {180, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {180, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {180, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {180, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {180, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {180, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {180, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {180, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {180, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {180, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {180, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {180, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {180, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {180, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {180, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {180, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {180, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {180, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {180, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {180, 5, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {180, 5, FK_INT, EXPECT_ANY, 2147483647, 0},
    {180, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {180, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {180, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {181, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {181, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {181, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {181, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {181, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {181, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {181, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {181, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {181, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {181, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {181, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {181, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {181, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {181, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {181, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {181, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {181, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {181, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {181, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {181, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {181, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {181, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {181, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {181, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {182, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {182, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {182, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {182, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {182, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {182, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {182, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {182, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {182, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {182, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {182, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {182, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {182, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {182, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {182, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {182, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {182, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {182, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {182, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {182, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {182, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {182, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {182, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {182, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {182, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {182, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {182, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {182, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {182, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {182, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {182, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {182, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {183, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {183, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {183, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {183, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {183, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {183, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {183, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {183, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {183, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {183, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {183, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {183, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {183, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {183, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {183, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {183, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {183, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {183, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {183, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {183, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {183, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {183, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {183, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {183, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {183, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {183, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {183, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {183, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {183, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {183, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {183, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {184, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {184, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {184, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {184, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {184, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {184, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {184, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {184, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {184, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {184, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {184, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {184, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {184, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {184, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {184, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {184, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {184, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {184, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {184, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {184, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {184, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {184, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {184, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {184, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {184, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {184, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {184, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {184, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {184, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {184, 6, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {184, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {185, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {185, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {185, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {185, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {185, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {185, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {185, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {185, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {185, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {185, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {185, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {185, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {185, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {185, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {185, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {185, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {185, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {185, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {185, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {185, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {185, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {185, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {185, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {185, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {185, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {185, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {185, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {185, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {185, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {185, 6, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {185, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {186, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {186, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {186, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {186, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {186, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {186, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {186, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {186, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {186, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {186, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {186, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {186, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {186, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {186, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {186, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {186, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {186, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {186, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {186, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {186, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {186, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {186, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {187, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {187, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {187, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {187, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {187, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {187, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {187, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {187, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {187, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {187, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {187, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {187, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {188, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {188, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {188, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {188, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {188, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {188, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {188, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {188, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {188, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {188, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {188, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {188, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {189, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {189, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {189, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {189, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {189, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {189, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {189, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {189, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {189, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {189, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {189, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {189, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {189, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {189, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {189, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {189, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {189, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {189, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {190, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {190, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {190, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {190, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {190, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {190, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {190, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {190, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {190, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {190, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {190, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {190, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {190, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {190, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {190, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {190, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {190, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {191, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {191, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {191, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {191, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {191, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {191, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {191, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {191, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {191, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {191, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {191, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {191, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {192, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {192, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {192, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {192, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {192, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {192, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {192, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {192, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {192, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {192, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {192, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {192, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {193, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {193, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {193, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {193, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {193, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {193, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {193, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {193, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {193, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {193, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {193, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {194, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {194, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {194, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {194, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {194, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {194, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {194, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {194, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {194, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {194, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {194, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {194, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {195, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {195, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {195, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {195, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {195, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {195, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {195, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {195, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {195, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {195, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {195, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {196, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {196, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {196, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {196, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {196, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {196, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {196, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {196, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {196, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {196, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {196, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {196, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {196, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {196, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {196, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {197, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {197, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {197, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {197, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {197, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {197, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {197, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {197, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {197, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {197, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {197, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {197, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {197, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {197, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {198, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {198, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {198, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {198, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {198, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {198, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {198, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {198, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {198, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {198, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {198, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {198, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {199, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {199, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {199, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {199, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {199, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {199, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {199, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {199, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {199, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {199, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {199, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {200, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {200, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {200, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {200, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {200, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {200, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {200, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {200, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {200, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {200, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {200, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {200, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {201, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {201, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {201, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {201, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {201, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {201, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {201, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {201, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {201, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {201, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {201, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {202, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {202, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {202, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {202, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {202, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {202, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {202, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {202, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {202, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {202, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {202, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {202, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {203, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {203, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {203, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {203, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {203, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {203, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {203, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {203, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {203, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {203, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {203, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {204, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {204, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {204, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {204, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {204, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {204, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {204, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {204, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {204, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {204, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {204, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {204, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {205, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {205, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {205, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {205, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {205, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {205, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {205, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {205, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {205, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {205, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {205, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {206, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {206, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {206, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {206, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {206, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {206, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {206, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {206, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {206, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {206, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {206, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {206, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {206, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {206, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {206, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {206, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {206, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {206, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {206, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {206, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {206, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {206, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {207, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {207, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {207, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {207, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {207, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {207, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {207, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {207, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {207, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {207, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {207, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {207, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {208, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {208, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {208, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {208, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {208, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {208, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {208, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {208, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {208, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {208, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {208, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {209, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {209, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {209, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {209, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {209, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {209, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {209, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {209, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {209, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {209, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {209, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {209, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {210, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {210, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {210, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {210, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {210, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {210, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {210, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {210, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {210, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {210, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {210, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {211, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {211, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {211, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {211, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {211, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {211, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {211, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {211, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {211, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {211, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {211, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {211, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {212, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {212, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {212, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {212, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {212, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {212, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {212, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {212, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {212, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {212, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {212, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {213, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {213, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {213, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {213, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {213, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {213, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {213, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {213, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {213, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {213, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {213, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {213, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {214, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {214, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {214, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {214, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {214, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {214, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {214, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {214, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {214, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {214, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {214, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {215, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {215, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {215, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {215, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {215, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {215, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {215, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {215, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {215, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {215, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {215, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {215, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {216, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {216, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {216, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {216, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {216, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {216, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {216, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {216, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {216, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {216, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {216, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {217, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {217, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {217, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {217, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {217, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {217, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {217, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {217, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {217, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {217, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {217, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {217, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {218, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {218, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {218, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {218, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {218, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {218, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {218, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {218, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {218, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {218, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {218, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {219, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {219, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {219, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {219, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {219, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {219, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {219, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {219, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {219, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {219, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {219, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {219, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {220, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {220, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {220, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {220, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {220, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {220, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {220, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {220, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {220, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {220, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {220, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {221, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {221, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {221, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {221, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {221, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {221, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {221, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {221, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {221, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {221, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {221, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {221, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {222, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {222, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {222, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {222, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {222, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {222, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {222, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {222, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {222, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {222, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {222, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {223, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {223, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {223, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {223, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {223, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {223, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {223, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {223, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {223, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {223, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {223, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {223, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {224, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {224, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {224, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {224, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {224, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {224, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {224, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {224, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {224, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {224, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {224, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {225, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {225, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {225, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {225, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {225, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {225, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {225, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {225, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {225, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {225, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {225, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {225, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {226, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {226, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {226, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {226, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {226, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {226, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {226, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {226, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {226, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {226, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {226, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {227, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {227, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {227, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {227, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {227, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {227, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {227, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {227, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {227, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {227, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {227, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {227, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {228, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {228, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {228, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {228, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {228, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {228, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {228, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {228, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {228, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {228, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {228, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {229, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {229, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {229, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {229, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {229, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {229, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {229, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {229, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {229, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {229, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {229, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {229, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {230, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {230, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {230, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {230, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {230, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {230, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {230, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {230, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {230, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {230, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {230, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {231, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {231, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {231, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {231, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {231, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {231, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {231, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {231, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {231, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {231, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {231, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {231, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {232, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {232, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {232, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {232, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {232, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {232, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {232, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {232, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {232, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {232, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {232, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {233, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {233, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {233, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {233, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {233, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {233, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {233, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {233, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {233, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {233, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {233, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {233, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {234, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {234, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {234, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {234, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {234, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {234, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {234, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {234, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {234, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {234, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {234, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {235, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {235, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {235, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {235, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {235, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {235, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {235, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {235, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {235, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {235, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {235, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {235, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {236, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {236, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {236, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {236, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {236, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {236, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {236, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {236, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {236, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {236, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {236, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {237, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {237, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {237, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {237, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {237, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {237, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {237, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {237, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {237, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {237, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {237, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {237, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {238, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {238, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {238, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {238, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {238, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {238, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {238, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {238, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {238, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {238, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {238, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {239, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {239, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {239, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {239, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {239, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {239, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {239, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {239, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {239, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {239, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {239, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {239, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {240, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {240, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {240, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {240, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {240, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {240, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {240, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {240, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {240, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {240, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {240, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {240, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {241, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {241, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {241, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {241, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {241, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {241, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {241, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {241, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {241, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {241, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {241, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {241, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {242, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {242, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {242, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {242, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {242, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {242, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {242, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {242, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {242, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {242, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {242, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {243, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {243, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {243, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {243, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {243, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {243, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {243, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {243, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {243, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {243, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {243, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {243, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {244, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {244, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {244, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {244, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {244, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {244, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {244, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {244, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {244, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {244, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {244, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {245, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {245, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {245, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {245, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {245, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {245, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {245, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {245, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {245, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {245, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {245, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {245, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {245, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {245, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {245, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {245, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {245, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {245, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {245, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {245, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {245, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {246, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {246, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {246, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {246, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {246, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {246, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {246, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {246, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {246, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {246, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {246, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {246, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {246, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {246, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {246, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {246, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {246, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {246, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {246, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {246, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {246, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {247, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {247, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {247, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {247, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {247, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {247, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {247, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {247, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {247, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {247, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {247, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {247, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {248, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {248, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {248, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {248, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {248, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {248, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {248, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {248, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {248, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {248, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {248, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {248, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {249, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {249, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {249, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {249, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {249, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {249, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {249, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {249, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {249, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {249, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {249, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {249, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {250, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {250, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {250, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {250, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {250, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {250, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {250, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {250, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {250, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {250, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {250, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {250, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {250, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {250, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {250, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {250, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {250, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {250, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {250, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {250, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {250, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {250, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {250, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {250, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {250, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {250, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {250, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {250, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {250, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {250, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {251, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {251, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {251, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {251, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {251, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {251, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {251, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {251, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {251, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {251, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {251, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {251, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {251, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {251, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {251, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {251, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {251, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {251, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {251, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {251, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {251, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {251, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {252, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {252, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {252, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {252, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {252, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {252, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {252, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {252, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {252, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {252, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {252, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {252, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {252, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {252, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {252, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {252, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {252, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {252, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {252, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {252, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {252, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {252, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {253, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {253, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {253, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {253, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {253, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {253, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {253, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {253, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {253, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {253, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {253, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {253, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {253, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {253, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {253, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {253, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {253, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {253, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {253, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {253, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {253, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {253, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {253, 3, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {253, 3, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {253, 3, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {253, 3, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {253, 3, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {253, 3, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {253, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {253, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {253, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {253, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {254, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {254, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {254, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {254, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {254, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {254, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {254, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {254, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {254, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {254, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {254, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {254, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {254, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {254, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {254, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {254, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {254, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {254, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {254, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {254, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {254, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {254, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {255, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {255, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {255, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {255, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {255, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {255, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {255, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {255, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {255, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {255, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {255, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {255, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {256, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {256, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {256, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {256, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {256, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {256, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {256, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {256, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {256, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {256, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {256, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {257, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {257, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {257, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {257, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {257, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {257, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {257, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {257, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {257, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {257, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {257, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {257, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {258, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {258, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {258, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {258, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {258, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {258, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {258, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {258, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {258, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {258, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {258, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {259, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {259, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {259, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {259, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {259, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {259, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {259, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {259, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {259, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {259, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {259, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {259, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {260, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {260, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {260, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {260, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {260, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {260, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {260, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {260, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {260, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {260, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {260, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {261, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {261, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {261, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {261, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {261, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {261, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {261, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {261, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {261, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {261, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {261, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {261, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {262, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {262, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {262, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {262, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {262, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {262, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {262, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {262, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {262, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {262, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {262, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {263, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {263, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {263, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {263, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {263, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {263, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {263, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {263, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {263, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {263, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {263, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {263, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {264, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {264, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {264, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {264, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {264, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {264, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {264, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {264, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {264, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {264, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {264, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {265, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {265, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {265, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {265, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {265, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {265, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {265, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {265, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {265, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {265, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {265, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {265, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {266, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {266, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {266, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {266, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {266, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {266, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {266, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {266, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {266, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {266, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {266, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {267, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {267, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {267, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {267, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {267, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {267, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {267, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {267, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {267, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {267, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {267, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {267, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {267, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {267, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {267, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {267, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {267, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {267, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {267, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {267, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {267, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {267, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {268, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {268, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {268, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {268, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {268, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {268, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {268, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {268, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {268, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {268, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {268, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {268, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {268, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {268, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {268, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {268, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {268, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {269, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {269, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {269, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {269, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {269, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {269, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {269, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {269, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {269, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {269, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {269, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {269, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {269, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {269, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {269, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {269, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {269, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {270, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {270, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {270, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {270, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {270, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {270, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {270, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {270, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {270, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {270, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {270, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {270, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {270, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {270, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {270, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {270, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {270, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {270, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {270, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {271, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {271, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {271, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {271, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {271, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {271, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {271, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {271, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {271, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {271, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {271, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {271, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {271, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {271, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {271, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {271, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {271, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {271, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {271, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {272, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {272, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {272, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {272, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {272, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {272, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {272, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {272, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {272, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {272, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {272, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {272, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {272, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {272, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {273, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {273, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {273, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {273, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {273, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {273, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {273, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {273, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {273, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {273, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {273, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {273, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {273, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {273, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {273, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {273, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {273, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {273, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {273, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {273, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {273, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {274, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {274, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {274, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {274, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {274, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {274, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {274, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {274, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {274, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {274, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {274, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {274, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {274, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {274, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {274, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {274, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {274, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {274, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {274, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {274, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {274, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {274, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {275, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {275, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {275, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {275, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {275, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {275, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {275, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {275, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {275, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {275, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {275, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {275, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {275, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {275, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {275, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {275, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {275, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {275, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {275, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {275, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {275, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {275, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {275, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {275, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {275, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {275, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {275, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {275, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {275, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {275, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {275, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {275, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {275, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {275, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {275, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {275, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {275, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {276, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {276, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {276, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {276, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {276, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {276, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {276, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {276, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {276, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {276, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {276, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {276, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {276, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {276, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {276, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {276, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {276, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {276, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {276, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {276, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {276, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {276, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {276, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {276, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {276, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {276, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {276, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {276, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {276, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {276, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {277, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {277, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {277, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {277, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {277, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {277, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {277, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {277, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {277, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {277, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {277, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {277, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {277, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {277, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {277, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {277, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {277, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {277, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {277, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {277, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {277, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {277, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {277, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {277, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {277, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {278, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {278, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {278, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {278, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {278, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {278, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {278, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {278, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {278, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {278, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {278, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {278, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {278, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {278, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {278, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {278, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {278, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {278, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {278, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {278, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {278, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {278, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {278, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {278, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {278, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {278, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {278, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {278, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {278, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {278, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {278, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {278, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {279, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {279, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {279, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {279, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {279, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {279, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {279, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {279, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {279, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {279, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {279, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {279, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {279, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {279, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {279, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {279, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {279, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {279, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {279, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {279, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {279, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {279, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {280, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {280, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {280, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {280, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {280, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {280, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {280, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {280, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {280, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {280, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {280, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {280, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {280, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {280, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {280, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {280, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {280, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {280, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {280, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {280, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {280, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {281, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {281, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {281, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {281, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {281, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {281, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {281, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {281, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {281, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {281, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {281, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {281, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {281, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {281, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {281, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {281, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {281, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {281, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {281, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {281, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {281, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {281, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {281, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {281, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {281, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {281, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {281, 6, FK_NULL, EXPECT_FAIL, 0, 0},
    {282, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {282, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {282, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {282, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {282, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {282, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {282, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {282, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {282, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {282, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {282, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {282, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {282, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {282, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {282, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {282, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {282, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {282, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {282, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {282, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {282, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {283, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {283, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {283, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {283, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {283, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {283, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {283, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {283, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {283, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {283, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {283, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {283, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {283, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {283, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {283, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {283, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {283, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {283, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {283, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {283, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {283, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {284, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {284, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {284, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {284, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {284, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {284, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {284, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {284, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {284, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {284, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {284, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {284, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {285, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {285, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {285, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {285, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {285, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {285, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {285, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {285, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {285, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {285, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {285, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {285, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {285, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {285, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {285, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {285, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {285, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {285, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {285, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {285, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {285, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {286, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {286, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {286, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {286, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {286, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {286, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {286, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {286, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {286, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {286, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {286, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {286, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {286, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {286, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {286, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {286, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {286, 2, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {286, 2, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {286, 2, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {286, 2, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {286, 2, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {286, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {286, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {286, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {286, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {286, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {287, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {287, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {287, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {287, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {287, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {287, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {287, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {287, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {287, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {287, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {287, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {287, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {287, 1, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {287, 1, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {287, 1, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {287, 1, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {287, 1, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {287, 1, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {287, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {287, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {287, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {287, 3, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {287, 3, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {287, 3, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {287, 3, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {287, 3, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {287, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {287, 5, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {287, 5, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {287, 5, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {287, 6, FK_NULL, EXPECT_FAIL, 0, 0},
    {288, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {288, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {288, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {288, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {288, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {288, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {288, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {288, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {288, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {288, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {288, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {288, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {289, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {289, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {289, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {289, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {289, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {289, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {289, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {289, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {289, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {289, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {289, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {289, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {289, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {290, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {290, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {290, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {290, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {290, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {290, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {290, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {290, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {290, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {290, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {290, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {290, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {291, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {291, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {291, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {291, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {291, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {291, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {291, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {291, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {291, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {291, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {291, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {291, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {292, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {292, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {292, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {292, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {292, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {292, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {292, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {292, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {292, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {292, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {292, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {293, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {293, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {293, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {293, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {293, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {293, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {293, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {293, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {293, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {293, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {293, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {293, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {294, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {294, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {294, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {294, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {294, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {294, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {294, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {294, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {294, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {294, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {294, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {294, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {294, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {294, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {294, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {294, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {294, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {294, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {294, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {294, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {294, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {295, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {295, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {295, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {295, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {295, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {295, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {295, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {295, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {295, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {295, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {295, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {295, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {296, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {296, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {296, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {296, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {296, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {296, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {296, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {296, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {296, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {296, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {296, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {296, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {297, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {297, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {297, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {297, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {297, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {297, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {297, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {297, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {297, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {297, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {297, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {297, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {298, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {298, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {298, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {298, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {298, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {298, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {298, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {298, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {298, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {298, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {298, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {298, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {299, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {299, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {299, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {299, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {299, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {299, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {299, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {299, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {299, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {299, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {299, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {299, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {299, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {299, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {299, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {299, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {299, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {299, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {299, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {299, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {299, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {300, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {300, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {300, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {300, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {300, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {300, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {300, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {300, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {300, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {300, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {300, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {301, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {301, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {301, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {301, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {301, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {301, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {301, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {301, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {301, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {301, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {301, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {301, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {301, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {301, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {302, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {302, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {302, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {302, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {302, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {302, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {302, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {302, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {302, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {302, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {302, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {302, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {302, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {302, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {303, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {303, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {303, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {303, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {303, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {303, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {303, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {303, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {303, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {303, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {303, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {303, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {304, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {304, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {304, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {304, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {304, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {304, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {304, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {304, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {304, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {304, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {304, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {304, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {305, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {305, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {305, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {305, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {305, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {305, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {305, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {305, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {305, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {305, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {305, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {305, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {305, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {305, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {305, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {306, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {306, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {306, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {306, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {306, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {306, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {306, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {306, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {306, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {306, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {306, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {306, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {307, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {307, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {307, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {307, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {307, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {307, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {307, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {307, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {307, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {307, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {307, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {308, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {308, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {308, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {308, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {308, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {308, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {308, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {308, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {308, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {308, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {308, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {308, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {308, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {308, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {308, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {308, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {308, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {308, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {308, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {308, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {308, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {308, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {308, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {308, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {308, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {309, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {309, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {309, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {309, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {309, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {309, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {309, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {309, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {309, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {309, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {309, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {309, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {309, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {309, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {309, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {309, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {309, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {309, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {309, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {309, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {309, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {309, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {309, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {309, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {309, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {309, 2, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {309, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {309, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {309, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {309, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {309, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {309, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {309, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {309, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {309, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {309, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {309, 3, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {309, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {309, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {309, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {309, 5, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {309, 5, FK_INT, EXPECT_ANY, 2147483647, 0},
    {309, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {309, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {309, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {309, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {309, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {310, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {310, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {310, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {310, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {310, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {310, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {310, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {310, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {310, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {310, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {310, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {310, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {310, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {310, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {310, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {310, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {310, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {310, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {310, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {310, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {310, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {310, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {310, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {310, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {310, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {310, 2, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {310, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {310, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {310, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {310, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {310, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {310, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {310, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {310, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {310, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {310, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {310, 3, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {310, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {310, 4, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {310, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {310, 5, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {310, 5, FK_INT, EXPECT_ANY, 2147483647, 0},
    {310, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {310, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {310, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {310, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {310, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {311, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {311, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {312, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {312, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {312, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {312, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {313, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {313, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {313, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {313, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {313, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {313, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {313, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {313, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {313, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {313, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {313, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {313, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {313, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {313, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {313, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {314, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {314, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {314, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {314, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {315, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {315, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {315, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {315, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {315, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {315, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {315, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {315, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {315, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {315, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {315, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {315, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {316, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {316, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {316, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, 5, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {316, 5, FK_FORGED, EXPECT_FAIL, 0, 0},
    {316, 5, FK_FORGED, EXPECT_FAIL, 1, 0},
    {316, 5, FK_FORGED, EXPECT_FAIL, 2, 0},
    {316, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {316, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {316, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {316, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {316, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {316, 5, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {316, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {316, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {316, 6, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {316, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {316, 8, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {316, 8, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {316, 8, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {316, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {317, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {317, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {317, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {317, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {317, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {317, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {317, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {317, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {317, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {317, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {317, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {317, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {317, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {317, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {317, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {317, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {317, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {317, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {317, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {317, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {317, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {317, 1, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {317, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {317, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {317, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {318, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {318, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {318, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {318, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {318, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {318, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {318, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {318, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {318, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {318, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {318, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {318, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {319, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {319, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {319, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {319, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {319, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {319, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {319, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {319, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {319, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {319, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {319, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {319, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {319, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {319, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {320, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {320, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {320, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {320, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {320, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {320, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {320, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {320, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {320, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {320, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {320, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {320, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {320, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {320, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {321, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {321, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {321, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {321, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {321, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {321, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {321, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {321, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {321, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {321, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {321, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {321, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {321, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {321, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {321, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {321, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {321, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {321, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {321, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {321, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {321, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {322, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {322, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {322, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {322, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {322, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {322, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {322, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {322, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {322, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {322, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {322, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {322, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {323, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {323, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {323, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {323, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {323, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {323, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {323, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {323, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {323, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {323, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {323, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {323, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {323, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {323, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {323, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {324, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {324, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {324, 0, FK_RELEASED, EXPECT_ANY, 0, 0},
    {324, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {324, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {324, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {324, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {324, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {324, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {324, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {324, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {325, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {325, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {325, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {325, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {325, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {325, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {325, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {325, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {325, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {325, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {325, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {325, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {325, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {325, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {325, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {325, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {325, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {325, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {325, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {325, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {325, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {325, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {325, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {325, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {325, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {325, 2, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {325, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {325, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {325, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {325, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {325, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {325, 5, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {325, 5, FK_FORGED, EXPECT_FAIL, 0, 0},
    {325, 5, FK_FORGED, EXPECT_FAIL, 1, 0},
    {325, 5, FK_FORGED, EXPECT_FAIL, 2, 0},
    {325, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {325, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {325, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {325, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {325, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {325, 5, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {325, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {325, 6, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {325, 6, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {326, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {326, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {326, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {326, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {327, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {327, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {328, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {328, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {328, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {328, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {328, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {329, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {329, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {330, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {330, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {330, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {330, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {330, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {330, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {330, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {330, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {330, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {330, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {330, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {330, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {331, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {331, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {331, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {331, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {331, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {331, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {331, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {331, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {331, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {331, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {331, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {331, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {331, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {331, 2, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {331, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {331, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {331, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {331, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {331, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {331, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {331, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {331, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {331, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {331, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {331, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {331, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {331, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {331, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {331, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {331, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {332, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {332, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {332, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {332, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {332, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {332, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {332, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {332, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {332, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {332, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {332, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {332, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {332, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {332, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {332, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {332, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {333, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {333, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {334, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {334, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {335, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {335, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {336, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {336, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {336, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {336, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {336, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {336, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {337, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {337, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {337, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {337, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {337, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {337, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {337, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {337, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {337, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {337, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {337, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {337, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {337, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {337, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {338, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {338, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {338, 0, FK_VALUES, EXPECT_ANY, (-1LL), 0},
    {338, 0, FK_VALUES, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {338, 0, FK_VALUES, EXPECT_ANY, 9223372036854775807LL, 0},
    {338, 0, FK_VALUES, EXPECT_ANY, 2147483648LL, 0},
    {338, 0, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},
    {338, 0, FK_VALUES, EXPECT_ANY, 65536LL, 0},
    {338, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {338, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {338, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {338, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {338, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {338, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {338, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {338, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {338, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {338, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {338, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {339, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {339, 0, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {339, 0, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {339, 0, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {339, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {340, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {340, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {340, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {340, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {340, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {340, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {340, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {340, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {340, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {340, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {340, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {340, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {340, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {340, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {340, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {340, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {341, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {341, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {341, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {341, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {341, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {341, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {341, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {341, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {341, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {341, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {341, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {341, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {341, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {341, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {341, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {341, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {341, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {341, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {341, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {341, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {341, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {341, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {342, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {342, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {342, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {342, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {342, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {342, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {342, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {342, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {342, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {342, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {342, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {342, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {343, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {343, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {343, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {343, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {343, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {343, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {343, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {343, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {343, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {343, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {343, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {343, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {343, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {343, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {343, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {344, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {344, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {344, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {344, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {344, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {344, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {344, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {344, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {344, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {344, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {344, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {344, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {344, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {345, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {345, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {345, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {345, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {345, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {345, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {345, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {345, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {345, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {345, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {345, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {345, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {345, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {346, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {346, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {346, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {346, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {346, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {346, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {346, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {346, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {346, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {346, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {346, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {346, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {346, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {347, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {347, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {347, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {347, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {347, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {347, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {347, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {347, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {347, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {347, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {347, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {347, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {348, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {348, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {348, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {348, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {348, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {348, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {348, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {348, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {348, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {348, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {348, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {349, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {349, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {349, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {349, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {349, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {349, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {349, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {349, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {349, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {349, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {349, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {349, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {349, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {349, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {349, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {349, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {349, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {349, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {349, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {349, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {349, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {349, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {349, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {349, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {349, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {349, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {349, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {349, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {349, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {349, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {349, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {349, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {350, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {350, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {350, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {350, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {350, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {350, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {350, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {350, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {350, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {350, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {350, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {350, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {351, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {351, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {351, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {351, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {351, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {351, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {351, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {351, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {351, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {351, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {351, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {351, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {351, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {351, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {351, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {351, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {351, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {351, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {351, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {351, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {351, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {351, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {351, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {351, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {351, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {351, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {351, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {351, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {351, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {351, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {351, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {351, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {352, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {352, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {352, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {352, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {352, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {352, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {352, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {352, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {352, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {352, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {352, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {352, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {352, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {352, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {352, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {352, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {352, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {352, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {352, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {352, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {352, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {352, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {352, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {352, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {353, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {353, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {353, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {353, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {353, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {353, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {353, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {353, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {353, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {353, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {353, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {353, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {353, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {353, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {353, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {353, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {353, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {353, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {353, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {353, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {353, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {353, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {353, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {353, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {354, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {354, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {354, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {354, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {354, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {354, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {354, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {354, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {354, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {354, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {354, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {354, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {354, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {354, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {354, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {354, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {354, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {354, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {354, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {354, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {354, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {354, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {354, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {354, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {355, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {355, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {355, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {355, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {355, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {355, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {355, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {355, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {355, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {355, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {355, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {355, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {355, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {355, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {355, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {355, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {355, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {355, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {355, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {355, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {355, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {355, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {355, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {355, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {355, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {355, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {355, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {355, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {355, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {355, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {355, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {355, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {355, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {355, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {356, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {356, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {356, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {356, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {356, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {356, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {356, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {356, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {356, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {356, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {356, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {356, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {356, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {356, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {356, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {356, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {356, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {356, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {356, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {356, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {356, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {356, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {356, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {356, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {356, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {356, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {356, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {356, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {356, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {356, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {356, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {356, 3, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {356, 3, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {356, 3, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {356, 3, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {356, 3, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {356, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {356, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {356, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {357, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {357, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {357, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {357, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {357, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {357, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {357, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {357, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {357, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {357, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {357, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {357, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {357, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {357, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {357, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {357, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {357, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {357, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {357, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {357, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {357, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {357, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {357, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {357, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {357, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {357, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {357, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {357, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {357, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {357, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {357, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {357, 3, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {357, 3, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {357, 3, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {357, 3, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {357, 3, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {357, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {357, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {357, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {357, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {357, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {357, 6, FK_NULL, EXPECT_FAIL, 0, 0},
    {358, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {358, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {358, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {358, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {358, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {358, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {358, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {358, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {358, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {358, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {358, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {358, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {358, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {358, 2, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {358, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {358, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {358, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {358, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {358, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {358, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {358, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {358, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {358, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {358, 3, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {358, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {358, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {358, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {358, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {358, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {358, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {358, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {358, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {358, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {358, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {358, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {358, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {358, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {359, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {359, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {359, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {359, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {359, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {359, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {359, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {359, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {359, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {359, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {359, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {359, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {359, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {359, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {359, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {359, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {359, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {360, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {360, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {360, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {360, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {360, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {360, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {360, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {360, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {360, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {360, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {360, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {360, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {360, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {360, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {360, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {360, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {360, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {360, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {360, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {360, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {360, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {360, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {360, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {360, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {360, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {360, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {360, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {360, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {360, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {360, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {360, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {360, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {360, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {360, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {360, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {360, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {360, 4, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {360, 5, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {360, 5, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {360, 5, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {360, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {360, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {360, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {360, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {360, 8, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {360, 8, FK_INT, EXPECT_ANY, 2147483647, 0},
    {360, 9, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {360, 9, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {360, 9, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {360, 10, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {360, 10, FK_INT, EXPECT_ANY, 2147483647, 0},
    {360, 11, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {360, 11, FK_INT, EXPECT_ANY, 2147483647, 0},
    {360, 12, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 13, FK_NULL, EXPECT_FAIL, 0, 0},
    {360, 14, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {361, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 5, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 5, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 5, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 5, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 5, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 6, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 6, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 6, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 6, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 6, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 6, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 6, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 6, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 6, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 6, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 7, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {361, 7, FK_FORGED, EXPECT_FAIL, 0, 0},
    {361, 7, FK_FORGED, EXPECT_FAIL, 1, 0},
    {361, 7, FK_FORGED, EXPECT_FAIL, 2, 0},
    {361, 7, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {361, 7, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {361, 7, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {361, 7, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {361, 7, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {361, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {361, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {362, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {362, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {362, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {362, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {362, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {362, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {362, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {362, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {362, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {362, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {362, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {362, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {362, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {362, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {362, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {362, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {362, 5, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {362, 5, FK_INT, EXPECT_ANY, 2147483647, 0},
    {362, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {362, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {362, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {362, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {362, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {362, 8, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {362, 8, FK_INT, EXPECT_ANY, 2147483647, 0},
    {362, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {363, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {363, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {363, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {363, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {363, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {363, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {363, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {363, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {363, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {363, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {363, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {363, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {363, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {363, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {363, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {363, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {363, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {363, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {363, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {363, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {363, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {363, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {363, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {363, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {363, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {364, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {364, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {364, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {364, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {364, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {364, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {364, 1, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {364, 1, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {364, 1, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {364, 1, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {364, 1, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {364, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {364, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {364, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {364, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {364, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {364, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {364, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {364, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {364, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {364, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {364, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {364, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {364, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {364, 8, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {365, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {365, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {365, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {365, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {365, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {365, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {365, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {365, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {365, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {365, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {365, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {365, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {365, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {365, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {365, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {365, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {365, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {365, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {365, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {365, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {365, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {365, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {365, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {365, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {365, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {365, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {365, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {365, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {365, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {365, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {365, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {365, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {365, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {365, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {365, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {365, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {365, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {365, 6, FK_NULL, EXPECT_FAIL, 0, 0},
    {366, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {366, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {367, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {367, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {367, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {367, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {367, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {367, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {368, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {368, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {368, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {368, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {368, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {368, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {368, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {368, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {368, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {368, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {368, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {368, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {368, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {368, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {368, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {368, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {368, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {368, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {368, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {368, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {368, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {368, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {368, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {368, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {368, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {368, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {368, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {368, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {368, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {368, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {369, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {369, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {369, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {369, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {369, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {369, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {369, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {369, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {369, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {369, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {369, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {369, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {369, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {369, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {369, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {369, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {369, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {369, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {369, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {369, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {369, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {369, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {369, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {369, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {369, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {369, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {369, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {369, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {369, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {369, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {369, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {369, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {369, 8, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {369, 8, FK_INT, EXPECT_ANY, 2147483647, 0},
    {369, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {370, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {370, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {370, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {370, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {370, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {370, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {370, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {370, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {370, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {370, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {370, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {371, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {371, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {371, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {371, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {371, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {371, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {371, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {371, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {371, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {371, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {371, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {371, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {371, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {372, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {372, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {372, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {372, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {372, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {372, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {372, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {372, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {372, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {372, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {372, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {372, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {372, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {372, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {373, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {373, 0, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {373, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {373, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {373, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {373, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {373, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {373, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {373, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {373, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {373, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {374, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {374, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {374, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {374, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {374, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {374, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {374, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {374, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {374, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {374, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {374, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {374, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {374, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {374, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {374, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {374, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {374, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {374, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {374, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {374, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {374, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {374, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {374, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {374, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {374, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {374, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {374, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {374, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {374, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {374, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {374, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {374, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {374, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {374, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {374, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {374, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {374, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {374, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {374, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {374, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {374, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {374, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {374, 7, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {374, 7, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {374, 7, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {374, 8, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {374, 8, FK_INT, EXPECT_ANY, 2147483647, 0},
    {374, 9, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {374, 9, FK_INT, EXPECT_ANY, 2147483647, 0},
    {375, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {375, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {375, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {375, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {375, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {375, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {375, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {375, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {375, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {375, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {375, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {375, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {375, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {375, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {375, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {375, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {375, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {375, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {375, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {375, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {375, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {375, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {375, 1, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {375, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {375, 2, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {375, 2, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {375, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {375, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {375, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {375, 4, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {375, 4, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {375, 4, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {375, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {375, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {375, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {375, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {375, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {375, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {375, 7, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {375, 7, FK_INT, EXPECT_ANY, 2147483647, 0},
    {375, 8, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {375, 8, FK_INT, EXPECT_ANY, 2147483647, 0},
    {375, 9, FK_NULL, EXPECT_FAIL, 0, 0},
    {376, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {376, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {376, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {376, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {376, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {376, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {376, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {376, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {376, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {376, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {376, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {376, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {376, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {376, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {376, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {376, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {376, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {377, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {377, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {377, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {377, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {377, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {377, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {377, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {377, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {377, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {377, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {377, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {377, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {377, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {377, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {377, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {377, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {377, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {377, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {377, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {377, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {377, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {377, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {377, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {377, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {377, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {377, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {377, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {377, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {377, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {377, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {377, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {377, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {377, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {377, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {377, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {377, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {377, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {377, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {377, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {377, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {377, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {377, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {377, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {377, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {377, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {377, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {377, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {377, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {377, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {377, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {377, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {377, 5, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {377, 5, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {377, 5, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {377, 5, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {377, 5, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {377, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {377, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {377, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {377, 7, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {377, 7, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {377, 7, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {377, 8, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {377, 8, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {377, 8, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {377, 9, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {377, 9, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {377, 9, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {377, 10, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {377, 10, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {377, 10, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {377, 11, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {377, 11, FK_INT, EXPECT_ANY, 2147483647, 0},
    {377, 12, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {377, 12, FK_INT, EXPECT_ANY, 2147483647, 0},
    {378, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {378, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {378, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {378, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {378, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {378, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {378, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {378, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {378, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {378, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {378, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {378, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {378, 1, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {378, 1, FK_FORGED, EXPECT_FAIL, 0, 0},
    {378, 1, FK_FORGED, EXPECT_FAIL, 1, 0},
    {378, 1, FK_FORGED, EXPECT_FAIL, 2, 0},
    {378, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {378, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {378, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {378, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {378, 1, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {378, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {378, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {378, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {378, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {378, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {378, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {378, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {378, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {378, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {378, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {378, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {378, 3, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {378, 3, FK_FORGED, EXPECT_FAIL, 0, 0},
    {378, 3, FK_FORGED, EXPECT_FAIL, 1, 0},
    {378, 3, FK_FORGED, EXPECT_FAIL, 2, 0},
    {378, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {378, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {378, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {378, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {378, 3, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {378, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {378, 4, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {378, 4, FK_FORGED, EXPECT_FAIL, 0, 0},
    {378, 4, FK_FORGED, EXPECT_FAIL, 1, 0},
    {378, 4, FK_FORGED, EXPECT_FAIL, 2, 0},
    {378, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {378, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {378, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {378, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {378, 4, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {378, 5, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {378, 5, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {378, 5, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {378, 6, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {378, 6, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {378, 6, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {378, 7, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {378, 7, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {378, 7, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {378, 8, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {378, 8, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {378, 8, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {378, 9, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {378, 9, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {378, 9, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {378, 10, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {378, 10, FK_INT, EXPECT_ANY, 2147483647, 0},
    {379, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {379, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {379, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {379, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {379, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {379, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {379, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {379, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {379, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {379, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {379, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {379, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {379, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {379, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {379, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {379, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {379, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {379, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {379, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {379, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {379, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {379, 4, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {379, 4, FK_INT, EXPECT_ANY, 2147483647, 0},
    {379, 5, FK_NULL, EXPECT_FAIL, 0, 0},
    {380, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {380, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {380, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {380, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {380, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {380, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {380, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {380, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {380, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {380, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {380, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {380, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {380, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {380, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {380, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {380, 2, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {380, 2, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {380, 2, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {381, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {381, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {381, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {381, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {381, 2, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {381, 2, FK_FORGED, EXPECT_FAIL, 0, 0},
    {381, 2, FK_FORGED, EXPECT_FAIL, 1, 0},
    {381, 2, FK_FORGED, EXPECT_FAIL, 2, 0},
    {381, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {381, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {381, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {381, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {381, 2, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {381, 2, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {381, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {381, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {381, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {381, 4, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {382, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {382, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {382, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {383, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {383, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {383, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {383, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {383, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {383, 3, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {383, 3, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {383, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {383, 5, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},
    {384, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {384, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {385, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {385, 0, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {385, 0, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {385, 0, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {385, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {385, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {385, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {385, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {386, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {386, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {387, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {387, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {388, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {388, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {389, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {389, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {389, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {389, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {389, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {389, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {389, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {389, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {389, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {389, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {389, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {389, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {389, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {389, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {389, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {389, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {390, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {390, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {390, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {390, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {390, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {390, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {390, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {390, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {390, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {390, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {390, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {390, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {390, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {390, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {390, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {390, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {391, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {392, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {392, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {392, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {392, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {392, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {392, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {392, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {392, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {392, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {393, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {393, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {393, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {393, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {393, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {393, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {393, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {394, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {394, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {394, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {394, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {394, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {394, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {395, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {396, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {396, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {396, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {396, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {396, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {396, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {396, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {396, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {396, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {396, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {396, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {396, 1, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {396, 1, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {396, 1, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {396, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {396, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {396, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {397, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {397, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {397, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {397, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {397, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {397, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {397, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_TENSOR, 0},
    {397, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {397, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {397, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {397, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {397, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {397, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {398, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {398, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {398, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {398, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {398, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {398, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {398, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {398, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {398, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {398, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {398, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {398, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {398, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {398, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {398, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {398, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {398, 3, FK_DOUBLE, EXPECT_ANY, 0, NAN},
    {398, 3, FK_DOUBLE, EXPECT_ANY, 0, INFINITY},
    {398, 3, FK_DOUBLE, EXPECT_ANY, 0, (-INFINITY)},
    {398, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {399, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {399, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {399, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {399, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {399, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {399, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {400, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {400, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {400, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {400, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {400, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {400, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {400, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {401, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {401, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {401, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {401, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {401, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {401, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {401, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {401, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {401, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {402, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {402, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {402, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {402, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {402, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {402, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {403, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {403, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {403, 0, FK_RELEASED, EXPECT_FAIL, 0, 0},
    {403, 0, FK_FORGED, EXPECT_FAIL, 0, 0},
    {403, 0, FK_FORGED, EXPECT_FAIL, 1, 0},
    {403, 0, FK_FORGED, EXPECT_FAIL, 2, 0},
    {403, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_NODE, 0},
    {403, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_MODULE, 0},
    {403, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_OPTIMIZER, 0},
    {403, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_HOOK, 0},
    {403, 0, FK_WRONG_KIND, EXPECT_FAIL, FX_GENERATOR, 0},
    {403, 0, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},
    {403, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, -1, 0},
    {403, 1, FK_LEN_NEGATIVE, EXPECT_FAIL, (-2147483647 - 1), 0},
    {403, 1, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},
    {404, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {404, 0, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {404, 0, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {404, 0, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {404, 0, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {404, 0, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {404, 1, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {404, 1, FK_INT, EXPECT_ANY, 2147483647, 0},
    {404, 2, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {404, 2, FK_INT, EXPECT_ANY, 2147483647, 0},
    {404, 3, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {404, 3, FK_INT, EXPECT_ANY, 2147483647, 0},
    {404, 4, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {404, 4, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {404, 4, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {404, 4, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {404, 4, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {404, 5, FK_INT, EXPECT_ANY, (-9223372036854775807LL - 1), 0},
    {404, 5, FK_INT, EXPECT_ANY, 9223372036854775807LL, 0},
    {404, 5, FK_INT, EXPECT_ANY, 2147483648LL, 0},
    {404, 5, FK_INT, EXPECT_ANY, (-2147483649LL), 0},
    {404, 5, FK_INT, EXPECT_ANY, 4611686018427387905LL, 0},
    {404, 6, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {404, 6, FK_INT, EXPECT_ANY, 2147483647, 0},
    {404, 7, FK_NULL, EXPECT_FAIL, 0, 0},
    {405, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {405, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {405, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {406, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {406, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {407, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {408, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {408, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {409, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {409, 0, FK_INT, EXPECT_ANY, (-2147483647 - 1), 0},
    {409, 0, FK_INT, EXPECT_ANY, 2147483647, 0},
    {409, 1, FK_NULL, EXPECT_FAIL, 0, 0},
    {409, 2, FK_NULL, EXPECT_FAIL, 0, 0},
    {409, 3, FK_NULL, EXPECT_FAIL, 0, 0},
    {409, 4, FK_NULL, EXPECT_FAIL, 0, 0},
    {410, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
    {410, 0, FK_NULL, EXPECT_FAIL, 0, 0},
    {411, -1, FK_BASELINE, EXPECT_ANY, 0, 0},
};

int main(void) {
    return fault_main("test_faults", EXPORTS, (int)(sizeof EXPORTS / sizeof *EXPORTS), CASES, (int)(sizeof CASES / sizeof *CASES));
}
#else
#include <stdio.h>
int main(void) {
    puts("test_faults: skipped: the suite forks a child per case (POSIX only)");
    return 0;
}
#endif
