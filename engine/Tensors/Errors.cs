namespace NativeGrad;

/// <summary>The kind of error a call reports: the C ABI's status codes (ng_status) are these, NG_ERR_*, after NG_OK.</summary>
[AbiEnum("NgStatus", "NG_ERR_", Status = true)]
public enum ErrorKind
{
    /// <summary>An argument was out of range or inconsistent (bad dim, negative size, wrong length).</summary>
    InvalidArgument = 1,
    /// <summary>A required pointer argument was NULL.</summary>
    NullPointer = 2,
    /// <summary>A handle was used or freed after it had been released (or is not a handle at all).</summary>
    ReleasedHandle = 3,
    /// <summary>Tensor shapes do not fit together; the message names both shapes.</summary>
    Shape = 4,
    /// <summary>Tensor dtypes do not fit together; the message names both dtypes.</summary>
    Dtype = 5,
    /// <summary>An autograd error (PyTorch's RuntimeError): freed graph, non-scalar implicit backward, ...</summary>
    Autograd = 6,
    /// <summary>An index or dimension out of range.</summary>
    Index = 7,
    /// <summary>Memory could not be allocated.</summary>
    OutOfMemory = 8,
    /// <summary>A user callback reported an error.</summary>
    Callback = 9,
    /// <summary>An unexpected internal error (a bug: please report it with ng_last_error's text).</summary>
    Internal = 10,
    /// <summary>A file could not be opened, read or written (the path and the cause are in the message).</summary>
    Io = 11,
    /// <summary>A distributed (MPI) operation failed: MPI missing, not started by mpirun, a timeout (another rank died or stalled), an MPI error.</summary>
    Distributed = 12,
}

/// <summary>The one exception type NativeGrad throws for misuse; the message follows PyTorch's.</summary>
public sealed class NativeGradException(ErrorKind kind, string message) : Exception(message)
{
    /// <summary>The category of the error.</summary>
    public ErrorKind Kind { get; } = kind;

    /// <summary>With anomaly detection on, the stack trace of the forward call that made the failing node.</summary>
    public string? ForwardTrace { get; init; }

    internal static NativeGradException Shape(string m) => new(ErrorKind.Shape, m);
    internal static NativeGradException DType(string m) => new(ErrorKind.Dtype, m);
    internal static NativeGradException Autograd(string m) => new(ErrorKind.Autograd, m);
    internal static NativeGradException Index(string m) => new(ErrorKind.Index, m);
    internal static NativeGradException Arg(string m) => new(ErrorKind.InvalidArgument, m);

    /// <summary>A number as PyTorch's C++ messages print it ("nan", "inf", "-0.1", "1e-08", "2").</summary>
    internal static string Num(double v) => double.IsNaN(v) ? "nan"
        : double.IsInfinity(v) ? (v > 0 ? "inf" : "-inf")
        : v.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("E", "e");
}
