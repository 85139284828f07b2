using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using NativeGrad.NN;
using NativeGrad.Optim;

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

    // One table per kind; each holds objects of one type only, so a lookup's cast is a reinterpretation.
    private static readonly HandleTable s_tensors = new(HandleKind.Tensor);
    private static readonly HandleTable s_nodes = new(HandleKind.Node);
    private static readonly HandleTable s_modules = new(HandleKind.Module);
    private static readonly HandleTable s_optimizers = new(HandleKind.Optimizer);
    private static readonly HandleTable s_hooks = new(HandleKind.Hook);
    private static readonly HandleTable s_generators = new(HandleKind.Generator);

    // ---- errors ----------------------------------------------------------------------------

    // The thread's last message: a native buffer (its address is what ng_last_error returns) owned by a
    // [ThreadStatic] holder whose finalizer frees it once the thread has exited and the holder is collected
    // (a native buffer in a [ThreadStatic] pointer leaked at every thread exit). The buffer is reused while
    // messages fit, so failing calls do not allocate.
    [ThreadStatic] private static ErrorBuffer? t_lastError;
    // Failures on this thread so far, and the count when a callback began (see ClearLastError).
    [ThreadStatic] private static int t_errorCount, t_errorMark;
    private static readonly byte s_empty = 0;

    private sealed class ErrorBuffer
    {
        public byte* Text;
        public int Capacity, Length;

        ~ErrorBuffer() => NativeMemory.Free(Text);
    }

    public static byte* LastError()
    {
        var m = t_lastError;
        if (m != null && m.Text != null) return m.Text;
        fixed (byte* p = &s_empty) return p;
    }

    public static NgStatus Fail(Exception e)
    {
        var (status, message) = ErrorText.Describe(e);
        SetLastError(message);
        return status;
    }

    /// <summary>Marks the start of a user callback, so that <see cref="PeekLastError"/> afterwards sees only
    /// errors set during it. The message itself stays: ng_last_error's pointer is valid until the next failure.</summary>
    public static void ClearLastError() => t_errorMark = t_errorCount;

    /// <summary>The thread's last error message if a call failed since <see cref="ClearLastError"/>, else null.</summary>
    public static string? PeekLastError() =>
        t_errorCount == t_errorMark || t_lastError is not { Text: not null } m ? null : Encoding.UTF8.GetString(m.Text, m.Length);

    private static void SetLastError(string message)
    {
        int n = Encoding.UTF8.GetByteCount(message);
        var m = t_lastError ??= new ErrorBuffer();
        if (n + 1 > m.Capacity)
        {
            int cap = Math.Max(n + 1, 256);
            try
            {
                m.Text = (byte*)NativeMemory.Realloc(m.Text, (nuint)cap);
                m.Capacity = cap;
            }
            catch (OutOfMemoryException) { }   // keep the old buffer: the message is cut to fit (this must not throw)
        }
        if (m.Text == null) { t_errorCount++; return; }
        if (n + 1 > m.Capacity)
        {
            n = m.Capacity - 1;
            message = message[..Math.Min(message.Length, n / 3)];   // at most 3 UTF-8 bytes per UTF-16 unit
            n = Encoding.UTF8.GetByteCount(message);
        }
        fixed (char* c = message) Encoding.UTF8.GetBytes(c, message.Length, m.Text, n);
        m.Text[n] = 0;
        m.Length = n;
        t_errorCount++;
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
    // Each kind has its own table; a value is checked against the table of the kind the parameter
    // expects (HandleTable.Error names NULL, a released handle, another kind or garbage).

    public static Tensor T(TensorHandle h) => Unsafe.As<Tensor>(s_tensors.Get(h.Value)) ?? throw s_tensors.Error(h.Value);

    public static Tensor? TOrNull(TensorHandle h) => h.Value == 0 ? null : T(h);

    public static Node N(NodeHandle h) => Unsafe.As<Node>(s_nodes.Get(h.Value)) ?? throw s_nodes.Error(h.Value);

    public static Module M(ModuleHandle h) => Unsafe.As<Module>(s_modules.Get(h.Value)) ?? throw s_modules.Error(h.Value);

    /// <summary>A random generator (NULL: the default one).</summary>
    public static Generator? G(GeneratorHandle h) => h.Value == 0 ? null : Unsafe.As<Generator>(s_generators.Get(h.Value)) ?? throw s_generators.Error(h.Value);

    public static GeneratorHandle NewGenerator(Generator g) => new(s_generators.Add(g));

    public static void FreeGenerator(GeneratorHandle h)
    {
        if (h.Value == 0) return;
        if (s_generators.Remove(h.Value) is null) throw s_generators.Error(h.Value, "ng_generator_free");
    }

    public static Optimizer O(OptimizerHandle h) => Unsafe.As<Optimizer>(s_optimizers.Get(h.Value)) ?? throw s_optimizers.Error(h.Value);

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

    /// <summary>A handle to a module (see <see cref="Lifetimes"/>: the module's tensors go with its last holder).</summary>
    public static ModuleHandle NewModule(Module m)
    {
        var h = new ModuleHandle(s_modules.Add(m));
        Lifetimes.Retain(m);
        return h;
    }

    /// <summary>A handle to an optimizer, which holds a reference to each of its parameters.</summary>
    public static OptimizerHandle NewOptimizer(Optimizer o, Tensor[] parameters) => new(s_optimizers.Add(Lifetimes.Hold(o, parameters)));

    public static void FreeModule(ModuleHandle h)
    {
        if (h.Value == 0) return;
        var m = Unsafe.As<Module>(s_modules.Remove(h.Value)) ?? throw s_modules.Error(h.Value, "ng_module_free");
        Lifetimes.Release(m);
    }

    public static void FreeOptimizer(OptimizerHandle h)
    {
        if (h.Value == 0) return;
        var o = Unsafe.As<Optimizer>(s_optimizers.Remove(h.Value)) ?? throw s_optimizers.Error(h.Value, "ng_optimizer_free");
        Lifetimes.Release(o);
    }

    public static void FreeTensor(TensorHandle h)
    {
        if (h.Value == 0) return;
        var t = Unsafe.As<Tensor>(s_tensors.Remove(h.Value)) ?? throw s_tensors.Error(h.Value, "ng_tensor_free");
        t.Release();
    }

    public static void FreeNode(NodeHandle h)
    {
        if (h.Value == 0) return;
        var n = Unsafe.As<Node>(s_nodes.Remove(h.Value)) ?? throw s_nodes.Error(h.Value, "ng_node_free");
        n.DecRef();
    }

    /// <summary>An id for a registered hook (a hook handle: checked like the others).</summary>
    public static long NewHook(RemovableHandle h) => s_hooks.Add(h);

    /// <summary>Forgets a hook id; returns its handle, or null when it was already removed (which is fine, as
    /// removing a hook twice is). NULL (0) is ignored; another kind or garbage is an error.</summary>
    public static RemovableHandle? TakeHook(long id)
    {
        if (id == 0) return null;
        var h = Unsafe.As<RemovableHandle>(s_hooks.Remove((nint)id));
        if (h is null && HandleCodec.KindOf((ulong)id) != HandleKind.Hook) throw s_hooks.Error((nint)id, "ng_hook_remove");
        return h;   // null: removed before
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

    /// <summary>A list of dims of a tensor of <paramref name="ndim"/> dims; one past int32 is out of range for
    /// any tensor, reported with PyTorch's text and the value as given.</summary>
    public static int[] IntDims(long* dims, int n, int ndim)
    {
        var s = Dims(dims, n);
        var r = new int[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = Dim(s[i], ndim);
        return r;
    }

    /// <summary>An int list (sizes, pads, dims the op wraps itself), each entry range-checked into an int.</summary>
    public static int[] Ints(long* values, int n, string what = "value")
    {
        var s = Dims(values, n);
        var r = new int[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = Int(s[i], what);
        return r;
    }

    /// <summary>A 64-bit dim as int (range-checked later by the op), or PyTorch's IndexError when past int32.</summary>
    public static int Dim(long dim, int ndim)
    {
        if (dim is >= int.MinValue and <= int.MaxValue) return (int)dim;
        int n = Math.Max(ndim, 1);
        throw new NativeGradException(ErrorKind.Index, $"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})");
    }

    public static int[] Shape(long* shape, int ndim) => NativeGrad.Shape.Checked(Dims(shape, ndim));

    public static DType Type(int dtype) => dtype is >= 0 and <= 3 ? (DType)dtype
        : throw new NativeGradException(ErrorKind.InvalidArgument, $"unknown dtype {dtype}");

    public static Ops.Reduction Reduce(int reduction) => reduction is >= 0 and <= 2 ? (Ops.Reduction)reduction
        : throw new NativeGradException(ErrorKind.InvalidArgument, $"reduction must be 0 (none), 1 (mean) or 2 (sum), got {reduction}");

    public static bool? Tri(int v) => v < 0 ? null : v != 0;

    /// <summary>An array of n tensors from C (n &gt;= 0, no NULL entries).</summary>
    public static Tensor[] Tensors(TensorHandle* handles, int n)
    {
        if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be >= 0 (got {n})");
        if (n > 0 && handles == null) throw new NativeGradException(ErrorKind.NullPointer, "tensors is NULL");
        var r = new Tensor[n];
        for (int i = 0; i < n; i++) r[i] = T(handles[i]);
        return r;
    }

    /// <summary>A 64-bit count or position that must fit an int (sizes and positions are 32-bit in the engine).</summary>
    public static int Int(long v, string what = "value") => v is >= int.MinValue and <= int.MaxValue ? (int)v
        : throw new NativeGradException(ErrorKind.Index, $"{what} {v} is out of range (NativeGrad's sizes and positions are at most {int.MaxValue})");

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
