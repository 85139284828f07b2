namespace NativeGrad;

/// <summary>What kind of misuse an error reports; maps 1:1 onto the C ABI's status codes.</summary>
public enum ErrorKind
{
    /// <summary>An argument was out of range or inconsistent.</summary>
    InvalidArgument = 1,
    /// <summary>A required pointer or reference was null.</summary>
    NullPointer = 2,
    /// <summary>A tensor or handle was used after it was released.</summary>
    Released = 3,
    /// <summary>Shapes do not fit together.</summary>
    Shape = 4,
    /// <summary>Dtypes do not fit together.</summary>
    DType = 5,
    /// <summary>Autograd misuse (PyTorch's RuntimeError).</summary>
    Autograd = 6,
    /// <summary>Index or dimension out of range.</summary>
    Index = 7,
    /// <summary>Allocation failed.</summary>
    OutOfMemory = 8,
    /// <summary>A user callback failed.</summary>
    Callback = 9,
    // io:
    /// <summary>A file could not be opened, read or written (status 11; 10 is the ABI's internal error).</summary>
    Io = 11,
    // distributed:
    /// <summary>A distributed (MPI) operation failed: MPI missing, not started by mpirun, a timeout, an MPI error.</summary>
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
    internal static NativeGradException DType(string m) => new(ErrorKind.DType, m);
    internal static NativeGradException Autograd(string m) => new(ErrorKind.Autograd, m);
    internal static NativeGradException Index(string m) => new(ErrorKind.Index, m);
    internal static NativeGradException Arg(string m) => new(ErrorKind.InvalidArgument, m);

    /// <summary>A number as PyTorch's C++ messages print it ("nan", "inf", "-0.1", "1e-08", "2").</summary>
    internal static string Num(double v) => double.IsNaN(v) ? "nan"
        : double.IsInfinity(v) ? (v > 0 ? "inf" : "-inf")
        : v.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("E", "e");
}
