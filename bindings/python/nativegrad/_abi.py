# _abi.py - ctypes signatures of the NativeGrad C ABI (version 1).
#
# GENERATED FILE - DO NOT EDIT. Written by bindings/gen from the engine's [AbiEnum] enums, the op
# declarations and native-api/Exports*.cs, the single source of truth. Regenerate with
#     dotnet run --project bindings/gen -- .        (or ./build.sh build)
# CI fails when this file differs from what the generator writes.
"""Generated ctypes signatures of libnativegrad: SIGNATURES maps each exported function
to (restype, argtypes); handles are c_void_p. The constants match nativegrad.h."""

from ctypes import c_int32, c_uint32, c_int64, c_double, c_void_p, c_char_p, POINTER, CFUNCTYPE

ABI_VERSION = 1
VERSION = "0.1.0"  # release version (engine/Version.props)

# NgStatus: The kind of error a call reports: the C ABI's status codes (ng_status) are these, NG_ERR_*, after NG_OK.
NG_OK = 0                    # The call succeeded and wrote its outputs.
NG_ERR_INVALID_ARGUMENT = 1  # An argument was out of range or inconsistent (bad dim, negative size, wrong length).
NG_ERR_NULL_POINTER = 2      # A required pointer argument was NULL.
NG_ERR_RELEASED_HANDLE = 3   # A handle was used or freed after it had been released (or is not a handle at all).
NG_ERR_SHAPE = 4             # Tensor shapes do not fit together; the message names both shapes.
NG_ERR_DTYPE = 5             # Tensor dtypes do not fit together; the message names both dtypes.
NG_ERR_AUTOGRAD = 6          # An autograd error (PyTorch's RuntimeError): freed graph, non-scalar implicit backward, ...
NG_ERR_INDEX = 7             # An index or dimension out of range.
NG_ERR_OUT_OF_MEMORY = 8     # Memory could not be allocated.
NG_ERR_CALLBACK = 9          # A user callback reported an error.
NG_ERR_INTERNAL = 10         # An unexpected internal error (a bug: please report it with ng_last_error's text).
NG_ERR_IO = 11               # A file could not be opened, read or written (the path and the cause are in the message).
NG_ERR_DISTRIBUTED = 12      # A distributed (MPI) operation failed: MPI missing, not started by mpirun, a timeout (another rank died or stalled), an MPI error.

# NgDtype: Element type of a tensor. Values match the C ABI's NG_FLOAT32... constants.
NG_FLOAT32 = 0  # 32-bit float, the default dtype (torch.float32).
NG_FLOAT64 = 1  # 64-bit float (torch.float64).
NG_INT64 = 2    # 64-bit signed integer (torch.int64).
NG_BOOL = 3     # Boolean, one byte per element (torch.bool).

# NgIndexKind: What one item of a basic index is (PyTorch/NumPy basic indexing). In the C ABI an item is (kind, a, b, c) and an omitted slice bound or step is INT64_MIN.
NG_INDEX_INT = 0       # An integer: selects one position and removes the dim (negative counts from the end).
NG_INDEX_SLICE = 1     # A slice start:stop:step (bounds clamped as in Python; step must be positive).
NG_INDEX_ELLIPSIS = 2  # `...`: as many full slices as the other items leave dims.
NG_INDEX_NEW_AXIS = 3  # `None`: inserts a new dim of size 1.

# NgReduceOp: The reduction of an all-reduce (torch.distributed.ReduceOp; the values are PyTorch's).
NG_REDUCE_SUM = 0      # Sum over ranks.
NG_REDUCE_AVG = 1      # Mean over ranks: the sum divided by the world size (floating dtypes only).
NG_REDUCE_PRODUCT = 2  # Product over ranks.
NG_REDUCE_MIN = 3      # Minimum over ranks.
NG_REDUCE_MAX = 4      # Maximum over ranks.

# NgReduction: How a loss reduces its elementwise values (PyTorch's reduction=).
NG_REDUCTION_NONE = 0  # No reduction: one loss per element.
NG_REDUCTION_MEAN = 1  # The mean over all elements (the default).
NG_REDUCTION_SUM = 2   # The sum over all elements.

# NgStatus value -> constant name
STATUS_NAMES = {
    NG_OK: "NG_OK",
    NG_ERR_INVALID_ARGUMENT: "NG_ERR_INVALID_ARGUMENT",
    NG_ERR_NULL_POINTER: "NG_ERR_NULL_POINTER",
    NG_ERR_RELEASED_HANDLE: "NG_ERR_RELEASED_HANDLE",
    NG_ERR_SHAPE: "NG_ERR_SHAPE",
    NG_ERR_DTYPE: "NG_ERR_DTYPE",
    NG_ERR_AUTOGRAD: "NG_ERR_AUTOGRAD",
    NG_ERR_INDEX: "NG_ERR_INDEX",
    NG_ERR_OUT_OF_MEMORY: "NG_ERR_OUT_OF_MEMORY",
    NG_ERR_CALLBACK: "NG_ERR_CALLBACK",
    NG_ERR_INTERNAL: "NG_ERR_INTERNAL",
    NG_ERR_IO: "NG_ERR_IO",
    NG_ERR_DISTRIBUTED: "NG_ERR_DISTRIBUTED",
}

# NgDtype value -> constant name
DTYPE_NAMES = {
    NG_FLOAT32: "NG_FLOAT32",
    NG_FLOAT64: "NG_FLOAT64",
    NG_INT64: "NG_INT64",
    NG_BOOL: "NG_BOOL",
}

# NgIndexKind value -> constant name
INDEX_KIND_NAMES = {
    NG_INDEX_INT: "NG_INDEX_INT",
    NG_INDEX_SLICE: "NG_INDEX_SLICE",
    NG_INDEX_ELLIPSIS: "NG_INDEX_ELLIPSIS",
    NG_INDEX_NEW_AXIS: "NG_INDEX_NEW_AXIS",
}

# NgReduceOp value -> constant name
REDUCE_OP_NAMES = {
    NG_REDUCE_SUM: "NG_REDUCE_SUM",
    NG_REDUCE_AVG: "NG_REDUCE_AVG",
    NG_REDUCE_PRODUCT: "NG_REDUCE_PRODUCT",
    NG_REDUCE_MIN: "NG_REDUCE_MIN",
    NG_REDUCE_MAX: "NG_REDUCE_MAX",
}

# NgReduction value -> constant name
REDUCTION_NAMES = {
    NG_REDUCTION_NONE: "NG_REDUCTION_NONE",
    NG_REDUCTION_MEAN: "NG_REDUCTION_MEAN",
    NG_REDUCTION_SUM: "NG_REDUCTION_SUM",
}

# exported function -> (restype, argtypes)
SIGNATURES = {
    # Library
    "ng_abi_version": (c_uint32, []),
    "ng_version": (c_char_p, []),
    "ng_vector_width_bits": (c_int32, []),
    "ng_last_error": (c_char_p, []),
    "ng_string_free": (None, [c_char_p]),
    "ng_set_num_threads": (c_int32, [c_int32]),
    "ng_get_num_threads": (c_int32, [POINTER(c_int32)]),
    # Tensors
    "ng_tensor_data_ptr": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_strides": (c_int32, [c_void_p, POINTER(c_int64), c_int32]),
    "ng_tensor_from_blob": (c_int32, [c_void_p, c_int32, POINTER(c_int64), c_int32, POINTER(c_int64), CFUNCTYPE(None, c_void_p), c_void_p, POINTER(c_void_p)]),
    "ng_randint": (c_int32, [c_int64, c_int64, POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_tensor_from_buffer": (c_int32, [c_void_p, c_int64, c_int32, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_zeros": (c_int32, [POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_ones": (c_int32, [POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_full": (c_int32, [POINTER(c_int64), c_int32, c_double, c_int32, POINTER(c_void_p)]),
    "ng_full_int64": (c_int32, [POINTER(c_int64), c_int32, c_int64, POINTER(c_void_p)]),
    "ng_eye": (c_int32, [c_int64, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_arange": (c_int32, [c_double, c_double, c_double, c_int32, POINTER(c_void_p)]),
    "ng_zeros_like": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_ones_like": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_randn": (c_int32, [POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_rand": (c_int32, [POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_manual_seed": (c_int32, [c_int64]),
    "ng_tensor_free": (c_int32, [c_void_p]),
    "ng_tensor_dtype": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_tensor_ndim": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_tensor_numel": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_tensor_shape": (c_int32, [c_void_p, POINTER(c_int64), c_int32]),
    "ng_tensor_copy_to": (c_int32, [c_void_p, c_void_p, c_int64]),
    "ng_tensor_item": (c_int32, [c_void_p, POINTER(c_double)]),
    "ng_tensor_to_string": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_id": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_tensor_equal_handles": (c_int32, [c_void_p, c_void_p, POINTER(c_int32)]),
    "ng_live_bytes": (c_int32, [POINTER(c_int64)]),
    # Random numbers
    "ng_generator_new": (c_int32, [POINTER(c_void_p)]),
    "ng_generator_free": (c_int32, [c_void_p]),
    "ng_generator_manual_seed": (c_int32, [c_void_p, c_int64]),
    "ng_generator_seed": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_generator_initial_seed": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_generator_get_state": (c_int32, [c_void_p, c_void_p, c_int64]),
    "ng_generator_set_state": (c_int32, [c_void_p, c_void_p, c_int64]),
    "ng_uniform_": (c_int32, [c_void_p, c_double, c_double, c_void_p]),
    "ng_normal_": (c_int32, [c_void_p, c_double, c_double, c_void_p]),
    "ng_random_": (c_int32, [c_void_p, c_void_p]),
    "ng_random_from_to_": (c_int32, [c_void_p, c_int64, POINTER(c_int64), c_void_p]),
    "ng_bernoulli_": (c_int32, [c_void_p, c_double, c_void_p]),
    "ng_bernoulli_tensor_": (c_int32, [c_void_p, c_void_p, c_void_p]),
    "ng_bernoulli": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_bernoulli_p": (c_int32, [c_void_p, c_double, c_void_p, POINTER(c_void_p)]),
    "ng_exponential_": (c_int32, [c_void_p, c_double, c_void_p]),
    "ng_cauchy_": (c_int32, [c_void_p, c_double, c_double, c_void_p]),
    "ng_log_normal_": (c_int32, [c_void_p, c_double, c_double, c_void_p]),
    "ng_geometric_": (c_int32, [c_void_p, c_double, c_void_p]),
    "ng_randperm": (c_int32, [c_int64, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_multinomial": (c_int32, [c_void_p, c_int64, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_normal": (c_int32, [c_void_p, c_double, c_void_p, c_double, c_void_p, POINTER(c_void_p)]),
    "ng_rand_like": (c_int32, [c_void_p, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_randn_like": (c_int32, [c_void_p, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_randint_like": (c_int32, [c_void_p, c_int64, c_int64, c_int32, c_void_p, POINTER(c_void_p)]),
    # Tensor operations
    "ng_relu": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_clamp": (c_int32, [c_void_p, c_int32, c_double, c_int32, c_double, POINTER(c_void_p)]),
    "ng_maximum": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_minimum": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_where": (c_int32, [c_void_p, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_max": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_min": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_max_dim": (c_int32, [c_void_p, c_int32, c_int32, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_min_dim": (c_int32, [c_void_p, c_int32, c_int32, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_softmax": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_log_softmax": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_logsumexp": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_var": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_double, c_int32, POINTER(c_void_p)]),
    "ng_std": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_double, c_int32, POINTER(c_void_p)]),
    "ng_cat": (c_int32, [POINTER(c_void_p), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_stack": (c_int32, [POINTER(c_void_p), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_narrow": (c_int32, [c_void_p, c_int32, c_int64, c_int64, POINTER(c_void_p)]),
    "ng_gather": (c_int32, [c_void_p, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_scatter_add": (c_int32, [c_void_p, c_int32, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_index_select": (c_int32, [c_void_p, c_int32, c_void_p, POINTER(c_void_p)]),
    "ng_index_add": (c_int32, [c_void_p, c_int32, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_add_": (c_int32, [c_void_p, c_void_p]),
    "ng_sub_": (c_int32, [c_void_p, c_void_p]),
    "ng_mul_": (c_int32, [c_void_p, c_void_p]),
    "ng_div_": (c_int32, [c_void_p, c_void_p]),
    "ng_pow_": (c_int32, [c_void_p, c_void_p]),
    "ng_copy_": (c_int32, [c_void_p, c_void_p]),
    "ng_add_scalar_": (c_int32, [c_void_p, c_double]),
    "ng_sub_scalar_": (c_int32, [c_void_p, c_double]),
    "ng_mul_scalar_": (c_int32, [c_void_p, c_double]),
    "ng_div_scalar_": (c_int32, [c_void_p, c_double]),
    "ng_pow_scalar_": (c_int32, [c_void_p, c_double]),
    "ng_neg_": (c_int32, [c_void_p]),
    "ng_relu_": (c_int32, [c_void_p]),
    "ng_clamp_": (c_int32, [c_void_p, c_int32, c_double, c_int32, c_double]),
    "ng_tensor_version": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_permute": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_transpose": (c_int32, [c_void_p, c_int64, c_int64, POINTER(c_void_p)]),
    "ng_index": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_add": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_sub": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_mul": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_div": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_pow": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_mm": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_matmul": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_dot": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_eq": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_ne": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_lt": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_le": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_gt": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_ge": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_add_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_sub_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_rsub_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_mul_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_div_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_rdiv_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_pow_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_rpow_scalar": (c_int32, [c_void_p, c_double, POINTER(c_void_p)]),
    "ng_neg": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_t": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_contiguous": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_sum": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_mean": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_sum_dim": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_mean_dim": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_norm": (c_int32, [c_void_p, c_double, POINTER(c_int64), c_int32, c_int32, POINTER(c_void_p)]),
    "ng_reshape": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_view": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_expand": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_unsqueeze": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_squeeze": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_masked_fill_": (c_int32, [c_void_p, c_void_p, c_double]),
    "ng_masked_fill_tensor_": (c_int32, [c_void_p, c_void_p, c_void_p]),
    "ng_chunk": (c_int32, [c_void_p, c_int64, c_int64, POINTER(c_void_p), c_int32, POINTER(c_int32)]),
    "ng_erf": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_erf_": (c_int32, [c_void_p]),
    "ng_gelu": (c_int32, [c_void_p, c_int64, POINTER(c_void_p)]),
    "ng_silu": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_silu_": (c_int32, [c_void_p]),
    "ng_smooth_l1_loss": (c_int32, [c_void_p, c_void_p, c_int32, c_double, POINTER(c_void_p)]),
    "ng_huber_loss": (c_int32, [c_void_p, c_void_p, c_int32, c_double, POINTER(c_void_p)]),
    "ng_constant_pad_nd": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_double, POINTER(c_void_p)]),
    "ng_embedding": (c_int32, [c_void_p, c_void_p, c_int64, POINTER(c_void_p)]),
    "ng_one_hot": (c_int32, [c_void_p, c_int64, POINTER(c_void_p)]),
    "ng_reciprocal": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_exp": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_exp_": (c_int32, [c_void_p]),
    "ng_expm1": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_expm1_": (c_int32, [c_void_p]),
    "ng_log1p": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_log1p_": (c_int32, [c_void_p]),
    "ng_xlogy_tensor": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_log": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_sqrt": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_sin": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_cos": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tanh": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tanh_": (c_int32, [c_void_p]),
    "ng_sigmoid": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_sigmoid_": (c_int32, [c_void_p]),
    "ng_all": (c_int32, [c_void_p, c_int32, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_any": (c_int32, [c_void_p, c_int32, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_isnan": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_isinf": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_isfinite": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_isclose": (c_int32, [c_void_p, c_void_p, c_double, c_double, c_int32, POINTER(c_void_p)]),
    "ng_equal": (c_int32, [c_void_p, c_void_p, POINTER(c_int32)]),
    "ng_repeat": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_roll": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_flip": (c_int32, [c_void_p, POINTER(c_int64), c_int32, POINTER(c_void_p)]),
    "ng_cumsum": (c_int32, [c_void_p, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_cumprod": (c_int32, [c_void_p, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_prod": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_prod_dim_int": (c_int32, [c_void_p, c_int64, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_masked_fill": (c_int32, [c_void_p, c_void_p, c_double, POINTER(c_void_p)]),
    "ng_masked_fill_tensor": (c_int32, [c_void_p, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_sort": (c_int32, [c_void_p, c_int64, c_int32, c_int32, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_argsort": (c_int32, [c_void_p, c_int64, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_topk": (c_int32, [c_void_p, c_int64, c_int64, c_int32, c_int32, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_argmax": (c_int32, [c_void_p, c_int32, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_argmin": (c_int32, [c_void_p, c_int32, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_nonzero": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_unbind": (c_int32, [c_void_p, c_int64, POINTER(c_void_p), c_int32, POINTER(c_int32)]),
    "ng_split": (c_int32, [c_void_p, c_int64, c_int64, POINTER(c_void_p), c_int32, POINTER(c_int32)]),
    "ng_split_with_sizes": (c_int32, [c_void_p, POINTER(c_int64), c_int32, c_int64, POINTER(c_void_p), c_int32, POINTER(c_int32)]),
    # Autograd
    "ng_tensor_requires_grad": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_tensor_set_requires_grad": (c_int32, [c_void_p, c_int32]),
    "ng_tensor_is_leaf": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_tensor_retains_grad": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_tensor_retain_grad": (c_int32, [c_void_p]),
    "ng_tensor_grad": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_set_grad": (c_int32, [c_void_p, c_void_p]),
    "ng_tensor_grad_fn": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_detach": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_data": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_clone": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_set_data": (c_int32, [c_void_p, c_void_p]),
    "ng_tensor_zero_": (c_int32, [c_void_p]),
    "ng_tensor_fill_": (c_int32, [c_void_p, c_double]),
    "ng_tensor_to_dtype": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_node_name": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_node_num_next": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_node_next": (c_int32, [c_void_p, c_int32, POINTER(c_void_p), POINTER(c_int32)]),
    "ng_node_id": (c_int32, [c_void_p, POINTER(c_int64)]),
    "ng_node_free": (c_int32, [c_void_p]),
    "ng_backward": (c_int32, [c_void_p, c_void_p, c_int32, c_int32]),
    "ng_autograd_grad": (c_int32, [POINTER(c_void_p), c_int32, POINTER(c_void_p), POINTER(c_void_p), c_int32, c_int32, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_is_grad_enabled": (c_int32, [POINTER(c_int32)]),
    "ng_set_grad_enabled": (c_int32, [c_int32, POINTER(c_int32)]),
    "ng_tensor_register_post_accumulate_grad_hook": (c_int32, [c_void_p, CFUNCTYPE(c_int32, c_void_p, c_void_p), CFUNCTYPE(None, c_void_p), c_void_p, POINTER(c_int64)]),
    "ng_autograd_queue_callback": (c_int32, [CFUNCTYPE(c_int32, c_void_p), CFUNCTYPE(None, c_void_p), c_void_p]),
    "ng_tensor_share": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_custom_function_apply": (c_int32, [c_char_p, CFUNCTYPE(c_int32, c_void_p, c_void_p, POINTER(c_void_p), c_int32, POINTER(c_void_p), c_int32, POINTER(c_int32)), CFUNCTYPE(c_int32, c_void_p, c_void_p, POINTER(c_void_p), c_int32, POINTER(c_void_p), c_int32), CFUNCTYPE(None, c_void_p), c_void_p, POINTER(c_void_p), c_int32, POINTER(c_void_p), c_int32, POINTER(c_int32)]),
    "ng_ctx_save_for_backward": (c_int32, [c_void_p, POINTER(c_void_p), c_int32]),
    "ng_ctx_num_saved": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_ctx_saved_tensor": (c_int32, [c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_ctx_needs_input_grad": (c_int32, [c_void_p, c_int32, POINTER(c_int32)]),
    "ng_ctx_mark_non_differentiable": (c_int32, [c_void_p, c_void_p]),
    "ng_ctx_user_data": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_tensor_register_hook": (c_int32, [c_void_p, CFUNCTYPE(c_int32, c_void_p, c_void_p, POINTER(c_void_p)), CFUNCTYPE(None, c_void_p), c_void_p, POINTER(c_int64)]),
    "ng_hook_remove": (c_int32, [c_int64]),
    "ng_autograd_backward": (c_int32, [POINTER(c_void_p), c_int32, POINTER(c_void_p), c_int32, c_int32, POINTER(c_void_p), c_int32]),
    "ng_set_detect_anomaly": (c_int32, [c_int32, POINTER(c_int32)]),
    "ng_is_anomaly_enabled": (c_int32, [POINTER(c_int32)]),
    "ng_set_inference_mode": (c_int32, [c_int32, POINTER(c_int32), POINTER(c_int32)]),
    "ng_is_inference_mode_enabled": (c_int32, [POINTER(c_int32)]),
    "ng_tensor_is_inference": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_gradcheck": (c_int32, [CFUNCTYPE(c_int32, c_void_p, POINTER(c_void_p), c_int32, POINTER(c_void_p)), c_void_p, POINTER(c_void_p), c_int32, c_double, c_double, c_double, c_int32, POINTER(c_int32), POINTER(c_void_p)]),
    # nn
    "ng_linear_new": (c_int32, [c_int64, c_int64, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_relu_new": (c_int32, [POINTER(c_void_p)]),
    "ng_tanh_new": (c_int32, [POINTER(c_void_p)]),
    "ng_sigmoid_new": (c_int32, [POINTER(c_void_p)]),
    "ng_flatten_new": (c_int32, [c_int32, c_int32, POINTER(c_void_p)]),
    "ng_embedding_new": (c_int32, [c_int64, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_layer_norm_new": (c_int32, [POINTER(c_int64), c_int32, c_double, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_dropout_new": (c_int32, [c_double, POINTER(c_void_p)]),
    "ng_sequential_new": (c_int32, [POINTER(c_void_p), c_int32, POINTER(c_void_p)]),
    "ng_module_forward": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_module_num_parameters": (c_int32, [c_void_p, POINTER(c_int32)]),
    "ng_module_parameter": (c_int32, [c_void_p, c_int32, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_module_get_parameter": (c_int32, [c_void_p, c_char_p, POINTER(c_void_p)]),
    "ng_module_zero_grad": (c_int32, [c_void_p, c_int32]),
    "ng_module_train": (c_int32, [c_void_p, c_int32]),
    "ng_module_to_string": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_module_free": (c_int32, [c_void_p]),
    "ng_linear": (c_int32, [c_void_p, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_abs": (c_int32, [c_void_p, POINTER(c_void_p)]),
    "ng_addmm": (c_int32, [c_void_p, c_void_p, c_void_p, POINTER(c_void_p)]),
    "ng_mse_loss": (c_int32, [c_void_p, c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_l1_loss": (c_int32, [c_void_p, c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_bce_with_logits": (c_int32, [c_void_p, c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_bce": (c_int32, [c_void_p, c_void_p, c_void_p, c_int32, POINTER(c_void_p)]),
    "ng_nll_loss": (c_int32, [c_void_p, c_void_p, c_void_p, c_int64, c_int32, POINTER(c_void_p)]),
    "ng_cross_entropy": (c_int32, [c_void_p, c_void_p, c_void_p, c_int64, c_int32, c_double, POINTER(c_void_p)]),
    "ng_layer_norm": (c_int32, [c_void_p, c_int32, c_void_p, c_void_p, c_double, POINTER(c_void_p)]),
    "ng_dropout": (c_int32, [c_void_p, c_double, c_int32, POINTER(c_void_p)]),
    "ng_rnn_forward": (c_int32, [c_char_p, c_void_p, c_void_p, c_void_p, POINTER(c_void_p), c_int32, c_int32, c_int32, c_int32, c_double, c_int32, c_int32, POINTER(c_void_p), POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_rnn_cell": (c_int32, [c_char_p, c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_rnn_new": (c_int32, [c_int64, c_int64, c_int32, c_char_p, c_int32, c_int32, c_double, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_lstm_new": (c_int32, [c_int64, c_int64, c_int32, c_int32, c_int32, c_double, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_gru_new": (c_int32, [c_int64, c_int64, c_int32, c_int32, c_int32, c_double, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_rnn_module_forward": (c_int32, [c_void_p, c_void_p, c_void_p, c_void_p, POINTER(c_void_p), POINTER(c_void_p), POINTER(c_void_p)]),
    "ng_identity_new": (c_int32, [POINTER(c_void_p)]),
    "ng_softmax_new": (c_int32, [c_int32, c_int32, POINTER(c_void_p)]),
    # Optimizers
    "ng_sgd_new": (c_int32, [POINTER(c_void_p), c_int32, c_double, c_double, c_double, c_double, c_int32, POINTER(c_void_p)]),
    "ng_adam_new": (c_int32, [POINTER(c_void_p), c_int32, c_double, c_double, c_double, c_double, c_double, c_int32, c_int32, POINTER(c_void_p)]),
    "ng_optimizer_step": (c_int32, [c_void_p]),
    "ng_optimizer_zero_grad": (c_int32, [c_void_p, c_int32]),
    "ng_optimizer_set_lr": (c_int32, [c_void_p, c_double]),
    "ng_optimizer_free": (c_int32, [c_void_p]),
    "ng_sgd_update_": (c_int32, [c_void_p, c_void_p, c_void_p, c_int32, c_double, c_double, c_double, c_double, c_int32, c_int32]),
    "ng_sgd_step_": (c_int32, [POINTER(c_void_p), POINTER(c_void_p), c_int32, c_double, c_double, c_double, c_double, c_int32, c_int32, POINTER(c_int32)]),
    "ng_zero_grad": (c_int32, [POINTER(c_void_p), c_int32, c_int32]),
    "ng_adam_update_": (c_int32, [c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, c_int64, c_double, c_double, c_double, c_double, c_double, c_int32, c_int32]),
    "ng_rmsprop_update_": (c_int32, [c_void_p, c_void_p, c_void_p, c_void_p, c_void_p, c_double, c_double, c_double, c_double, c_double, c_int32]),
    "ng_clip_grad_norm_": (c_int32, [POINTER(c_void_p), c_int32, c_double, c_double, c_int32, POINTER(c_void_p)]),
    "ng_clip_grad_value_": (c_int32, [POINTER(c_void_p), c_int32, c_double]),
    # Serialization
    "ng_save": (c_int32, [c_char_p, POINTER(c_char_p), POINTER(c_void_p), c_int32, c_char_p]),
    "ng_load_count": (c_int32, [c_char_p, POINTER(c_int32)]),
    "ng_load": (c_int32, [c_char_p, POINTER(c_void_p), POINTER(c_void_p), c_int32, POINTER(c_int32), POINTER(c_void_p)]),
    # Distributed
    "ng_dist_is_mpi_available": (c_int32, [POINTER(c_int32)]),
    "ng_dist_init": (c_int32, [c_double, c_int32, c_int32]),
    "ng_dist_is_initialized": (c_int32, [POINTER(c_int32)]),
    "ng_dist_rank": (c_int32, [POINTER(c_int32)]),
    "ng_dist_world_size": (c_int32, [POINTER(c_int32)]),
    "ng_dist_all_reduce": (c_int32, [c_void_p, c_int32, c_int32, POINTER(c_int64)]),
    "ng_dist_broadcast": (c_int32, [c_void_p, c_int32, c_int32, POINTER(c_int64)]),
    "ng_dist_barrier": (c_int32, []),
    "ng_dist_work_wait": (c_int32, [c_int64, c_double]),
    "ng_dist_work_is_completed": (c_int32, [c_int64, POINTER(c_int32)]),
    "ng_dist_work_free": (c_int32, [c_int64]),
    "ng_dist_destroy": (c_int32, []),
    "ng_dist_ddp_new": (c_int32, [c_void_p, c_double, c_int32, POINTER(c_void_p)]),
    "ng_dist_ddp_set_require_grad_sync": (c_int32, [c_void_p, c_int32]),
    "ng_dist_reducer_new": (c_int32, [POINTER(c_void_p), c_int32, POINTER(c_char_p), c_double, POINTER(c_int64)]),
    "ng_dist_reducer_prepare_for_backward": (c_int32, [c_int64]),
    "ng_dist_reducer_num_buckets": (c_int32, [c_int64, POINTER(c_int32)]),
    "ng_dist_reducer_bucket_of": (c_int32, [c_int64, c_int32, POINTER(c_int32)]),
    "ng_dist_reducer_free": (c_int32, [c_int64]),
    "ng_dist_sync_module_states": (c_int32, [POINTER(c_void_p), c_int32]),
    "ng_dist_sampler_indices": (c_int32, [c_int64, c_int32, c_int32, c_int32, c_int64, c_int64, c_int32, POINTER(c_void_p)]),
}
