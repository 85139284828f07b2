namespace NativeGrad.Native;

/// <summary>Status code returned by every NativeGrad call (C: ng_status).</summary>
public enum NgStatus : int
{
    /// <summary>The call succeeded and wrote its outputs.</summary>
    Ok = 0,
    /// <summary>An argument was out of range or inconsistent (bad dim, negative size, wrong length).</summary>
    ErrInvalidArgument = 1,
    /// <summary>A required pointer argument was NULL.</summary>
    ErrNullPointer = 2,
    /// <summary>A handle was used or freed after it had been released.</summary>
    ErrReleasedHandle = 3,
    /// <summary>Tensor shapes do not fit together; the message names both shapes.</summary>
    ErrShape = 4,
    /// <summary>Tensor dtypes do not fit together; the message names both dtypes.</summary>
    ErrDtype = 5,
    /// <summary>An autograd error (PyTorch's RuntimeError): freed graph, non-scalar implicit backward, ...</summary>
    ErrAutograd = 6,
    /// <summary>An index or dimension out of range.</summary>
    ErrIndex = 7,
    /// <summary>Memory could not be allocated.</summary>
    ErrOutOfMemory = 8,
    /// <summary>A user callback reported an error.</summary>
    ErrCallback = 9,
    /// <summary>An unexpected internal error (a bug: please report it with ng_last_error's text).</summary>
    ErrInternal = 10,
    // io:
    /// <summary>A file could not be opened, read or written (the path and the cause are in the message).</summary>
    ErrIo = 11,
    // distributed:
    /// <summary>A distributed (MPI) operation failed: MPI missing, not started by mpirun, a timeout (another rank died or stalled), an MPI error.</summary>
    ErrDistributed = 12,
}

/// <summary>Element type of a tensor (C: the NG_FLOAT32... constants).</summary>
public enum NgDtype : int
{
    /// <summary>32-bit IEEE float (torch.float32).</summary>
    Float32 = 0,
    /// <summary>64-bit IEEE float (torch.float64).</summary>
    Float64 = 1,
    /// <summary>64-bit signed integer (torch.int64).</summary>
    Int64 = 2,
    /// <summary>Boolean stored as one byte (torch.bool).</summary>
    Bool = 3,
}

/// <summary>Opaque handle to a tensor (C: ng_tensor*).</summary>
public readonly struct TensorHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal TensorHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an autograd graph node (C: ng_node*).</summary>
public readonly struct NodeHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal NodeHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an nn module (C: ng_module*).</summary>
public readonly struct ModuleHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal ModuleHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an optimizer (C: ng_optimizer*).</summary>
public readonly struct OptimizerHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal OptimizerHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to a random number generator (C: ng_generator*); NULL means the default generator.</summary>
public readonly struct GeneratorHandle
{
    /// <summary>Slot index and generation packed by <see cref="HandleTable"/>; 0 is NULL.</summary>
    public readonly nint Value;
    internal GeneratorHandle(nint value) => Value = value;
}

/// <summary>Kind of one ng_index item (kind, a, b, c); an omitted slice bound or step is INT64_MIN.</summary>
public enum NgIndexKind : int
{
    /// <summary>An integer a (negative counts from the end): selects and removes the dim.</summary>
    IndexInt = 0,
    /// <summary>A slice a:b:c (INT64_MIN = omitted; the step must be positive).</summary>
    IndexSlice = 1,
    /// <summary>`...`: full slices for the dims the other items leave.</summary>
    IndexEllipsis = 2,
    /// <summary>`None`: a new dim of size 1.</summary>
    IndexNewAxis = 3,
    /// <summary>An index tensor (ng_index_advanced and ng_index_assign_ only): the next handle of their tensors array.</summary>
    IndexTensor = 4,
}

/// <summary>Reduction of ng_dist_all_reduce (torch.distributed.ReduceOp; the values are PyTorch's).</summary>
public enum NgReduceOp : int
{
    /// <summary>Sum over ranks.</summary>
    ReduceSum = 0,
    /// <summary>Mean over ranks (sum divided by the world size; floating dtypes only).</summary>
    ReduceAvg = 1,
    /// <summary>Product over ranks.</summary>
    ReduceProduct = 2,
    /// <summary>Minimum over ranks.</summary>
    ReduceMin = 3,
    /// <summary>Maximum over ranks.</summary>
    ReduceMax = 4,
}
