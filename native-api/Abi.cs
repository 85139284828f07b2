using System.Runtime.InteropServices;
using System.Text;

namespace NativeGrad.Native;

/// <summary>
/// The boundary rules of the C ABI in one place: handle lookup, exception-to-status mapping,
/// the thread's last error, library-owned strings, and the call wrappers every export uses so
/// that no exception ever crosses into C and outputs are written only on success.
/// </summary>
internal static unsafe class Abi
{
    /// <summary>Version of the C ABI (NG_ABI_VERSION).</summary>
    internal const uint Version = 1;

    private static readonly HandleTable s_tensors = new();
    private static readonly HandleTable s_nodes = new();
    private static readonly HandleTable s_objects = new();   // modules and optimizers
    [ThreadStatic] private static byte* t_lastError;
    private static readonly byte s_empty = 0;

    // ---- errors ----------------------------------------------------------------------------

    public static byte* LastError()
    {
        if (t_lastError != null) return t_lastError;
        fixed (byte* p = &s_empty) return p;
    }

    public static NgStatus Fail(Exception e)
    {
        var (status, message) = e switch
        {
            NativeGradException ng => ((NgStatus)(int)ng.Kind, ng.Message),
            OutOfMemoryException => (NgStatus.ErrOutOfMemory, "out of memory"),
            _ => (NgStatus.ErrInternal, $"internal error ({e.GetType().Name}): {e.Message}"),
        };
        SetLastError(message);
        return status;
    }

    /// <summary>Clears the thread's last error (before a user callback, to see whether it set one).</summary>
    public static void ClearLastError()
    {
        var old = t_lastError;
        t_lastError = null;
        if (old != null) NativeMemory.Free(old);
    }

    /// <summary>The thread's last error message, or null if none is set.</summary>
    public static string? PeekLastError() => t_lastError == null ? null : Marshal.PtrToStringUTF8((nint)t_lastError);

    private static void SetLastError(string message)
    {
        var old = t_lastError;
        t_lastError = AllocString(message);
        if (old != null) NativeMemory.Free(old);
    }

    // ---- strings -----------------------------------------------------------------------------

    public static byte* AllocString(string s)
    {
        int n = Encoding.UTF8.GetByteCount(s);
        byte* p = (byte*)NativeMemory.Alloc((nuint)n + 1);
        fixed (char* c = s) Encoding.UTF8.GetBytes(c, s.Length, p, n);
        p[n] = 0;
        return p;
    }

    public static void FreeString(byte* s)
    {
        if (s != null) NativeMemory.Free(s);
    }

    // ---- handles -----------------------------------------------------------------------------

    public static Tensor T(TensorHandle h)
    {
        if (h.Value == 0) throw new NativeGradException(ErrorKind.NullPointer, "tensor handle is NULL");
        return s_tensors.Get(h.Value) as Tensor
            ?? throw new NativeGradException(ErrorKind.Released, "use of a released or invalid tensor handle");
    }

    public static Tensor? TOrNull(TensorHandle h) => h.Value == 0 ? null : T(h);


    public static Node N(NodeHandle h)
    {
        if (h.Value == 0) throw new NativeGradException(ErrorKind.NullPointer, "node handle is NULL");
        return s_nodes.Get(h.Value) as Node
            ?? throw new NativeGradException(ErrorKind.Released, "use of a released or invalid node handle");
    }

    /// <summary>A handle that takes over the creator reference of a new tensor.</summary>
    public static TensorHandle New(Tensor t)
    {
        t.TakeCreator();  // the handle releases it; a scope that tracked t must not
        return new(s_tensors.Add(t));
    }

    /// <summary>Handles for a list of new tensors, written into the caller's array of capacity
    /// entries with their count; a list that does not fit is released and refused.</summary>
    public static void NewList(Tensor[] r, TensorHandle* o, int capacity, int* count)
    {
        if (r.Length > capacity)
        {
            foreach (var t in r) t.Dispose();
            throw new NativeGradException(ErrorKind.InvalidArgument, $"the result has {r.Length} tensors but the output array holds {capacity}");
        }
        for (int i = 0; i < r.Length; i++) o[i] = New(r[i]);
        *count = r.Length;
    }

    /// <summary>A new handle to an existing tensor (takes its own reference).</summary>
    public static TensorHandle Share(Tensor? t) => t is null ? default : new(s_tensors.Add(t.AddRef()));

    public static NodeHandle Share(Node? n)
    {
        if (n is null) return default;
        n.IncRef();
        return new(s_nodes.Add(n));
    }

    /// <summary>A handle to a library object (module, optimizer); released with <see cref="FreeObject"/>.</summary>
    public static nint NewObject(object o) => s_objects.Add(o);

    public static T Obj<T>(nint h, string what) where T : class
    {
        if (h == 0) throw new NativeGradException(ErrorKind.NullPointer, $"{what} handle is NULL");
        return s_objects.Get(h) as T ?? throw new NativeGradException(ErrorKind.Released, $"use of a released or invalid {what} handle");
    }

    public static void FreeObject(nint h, string what)
    {
        if (h == 0) return;
        if (s_objects.Remove(h) is null)
            throw new NativeGradException(ErrorKind.Released, $"{what} handle was already released or is invalid");
    }

    public static void FreeTensor(TensorHandle h)
    {
        if (h.Value == 0) return;
        var t = s_tensors.Remove(h.Value) as Tensor
            ?? throw new NativeGradException(ErrorKind.Released, "ng_tensor_free: handle was already released or is invalid");
        t.Release();
    }

    public static void FreeNode(NodeHandle h)
    {
        if (h.Value == 0) return;
        var n = s_nodes.Remove(h.Value) as Node
            ?? throw new NativeGradException(ErrorKind.Released, "ng_node_free: handle was already released or is invalid");
        n.DecRef();
    }

    // ---- argument helpers ------------------------------------------------------------------

    public static void Out(void* p)
    {
        if (p == null) throw new NativeGradException(ErrorKind.NullPointer, "output pointer is NULL");
    }

    public static ReadOnlySpan<long> Dims(long* shape, int ndim)
    {
        if (ndim < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"ndim must be >= 0 (got {ndim})");
        if (ndim > 0 && shape == null) throw new NativeGradException(ErrorKind.NullPointer, "shape is NULL");
        if (ndim > 64) throw new NativeGradException(ErrorKind.InvalidArgument, $"ndim {ndim} is too large");
        return new ReadOnlySpan<long>(shape, ndim);
    }

    public static int[] IntDims(long* dims, int n)
    {
        var s = Dims(dims, n);
        var r = new int[s.Length];
        for (int i = 0; i < s.Length; i++)
            r[i] = s[i] is >= int.MinValue and <= int.MaxValue ? (int)s[i]
                : throw new NativeGradException(ErrorKind.Index, $"dimension {s[i]} out of range");
        return r;
    }

    public static int[] Shape(long* shape, int ndim) => NativeGrad.Shape.Checked(Dims(shape, ndim));

    public static DType Type(int dtype) => dtype is >= 0 and <= 3 ? (DType)dtype
        : throw new NativeGradException(ErrorKind.InvalidArgument, $"unknown dtype {dtype}");

    public static bool? Tri(int v) => v < 0 ? null : v != 0;

    public static Ops.Reduction Reduction(int r) => r is >= 0 and <= 2 ? (Ops.Reduction)r
        : throw new NativeGradException(ErrorKind.InvalidArgument, $"reduction must be 0 (none), 1 (mean) or 2 (sum), got {r}");

    /// <summary>An array of n tensors from C (n &gt;= 0, no NULL entries).</summary>
    public static Tensor[] Tensors(TensorHandle* handles, int n)
    {
        if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be >= 0 (got {n})");
        if (n > 0 && handles == null) throw new NativeGradException(ErrorKind.NullPointer, "tensors is NULL");
        var r = new Tensor[n];
        for (int i = 0; i < n; i++) r[i] = T(handles[i]);
        return r;
    }

    /// <summary>A 64-bit count or position that must fit an int.</summary>
    public static int Int(long v) => v is >= int.MinValue and <= int.MaxValue ? (int)v
        : throw new NativeGradException(ErrorKind.Index, $"value {v} out of range");

    // ---- call helpers (the try/catch boundary is in the generated shims) ----------------------

    public static void Unary(TensorHandle a, TensorHandle* o, delegate*<Tensor, Tensor> f)
    {
        Out(o); var r = f(T(a)); *o = New(r);
    }

    public static void Binary(TensorHandle a, TensorHandle b, TensorHandle* o, delegate*<Tensor, Tensor, Tensor> f)
    {
        Out(o); var r = f(T(a), T(b)); *o = New(r);
    }

    public static void WithDim(TensorHandle a, int dim, TensorHandle* o, delegate*<Tensor, int, Tensor> f)
    {
        Out(o); var r = f(T(a), dim); *o = New(r);
    }

    public static void Scalar(TensorHandle a, double s, TensorHandle* o, delegate*<Tensor, double, Tensor> f)
    {
        Out(o); var r = f(T(a), s); *o = New(r);
    }

    public static void Compare(TensorHandle a, TensorHandle b, TensorHandle* o, Ops.CompareOp op)
    {
        Out(o); var r = Ops.Functions.Compare(op, T(a), T(b)); *o = New(r);
    }

    public static void Flag(TensorHandle a, int* o, delegate*<Tensor, bool> f)
    {
        Out(o); int v = f(T(a)) ? 1 : 0; *o = v;
    }
}
