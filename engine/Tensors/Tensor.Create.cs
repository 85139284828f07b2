using System.Runtime.InteropServices;
using NativeGrad.Kernels;

namespace NativeGrad;

// Factories and element access.
public sealed unsafe partial class Tensor
{
    /// <summary>Copies a row-major buffer into a new tensor; <paramref name="nbytes"/> must match the shape.</summary>
    public static Tensor FromBuffer(void* data, long nbytes, DType dtype, ReadOnlySpan<long> shape)
    {
        if (data == null && nbytes != 0) throw new NativeGradException(ErrorKind.NullPointer, "data is NULL");
        var s = NativeGrad.Shape.Checked(shape);
        long expect = NativeGrad.Shape.Numel(s) * dtype.ItemSize();
        if (nbytes != expect)
            throw NativeGradException.Arg($"buffer of {nbytes} bytes does not match shape {NativeGrad.Shape.Str(shape)} of {dtype.TorchName()} ({expect} bytes)");
        var t = Empty(s, dtype);
        if (nbytes > 0) Buffer.MemoryCopy(data, t.Ptr, nbytes, nbytes);
        return t;
    }

    /// <summary>A float32 tensor with the given values and shape (default: 1-D).</summary>
    public static Tensor FromArray(float[] values, params int[] shape) => FromSpan<float>(values, DType.Float32, shape);

    /// <summary>A float64 tensor with the given values and shape (default: 1-D).</summary>
    public static Tensor FromArray(double[] values, params int[] shape) => FromSpan<double>(values, DType.Float64, shape);

    /// <summary>An int64 tensor with the given values and shape (default: 1-D).</summary>
    public static Tensor FromArray(long[] values, params int[] shape) => FromSpan<long>(values, DType.Int64, shape);

    private static Tensor FromSpan<T>(ReadOnlySpan<T> values, DType dtype, int[] shape) where T : unmanaged
    {
        if (shape.Length == 0) shape = [values.Length];
        var s = NativeGrad.Shape.Checked(shape);
        fixed (T* p = values)
        {
            Span<long> l = stackalloc long[s.Length];
            for (int i = 0; i < s.Length; i++) l[i] = s[i];
            return FromBuffer(p, (long)values.Length * sizeof(T), dtype, l);
        }
    }

    /// <summary>A 0-dim tensor holding <paramref name="value"/>.</summary>
    public static Tensor Scalar(double value, DType dtype = DType.Float32) => Full([], value, dtype);

    /// <summary>A tensor filled with <paramref name="value"/>.</summary>
    public static Tensor Full(int[] shape, double value, DType dtype = DType.Float32)
    {
        CheckFillValue(value, dtype);
        var t = Empty(NativeGrad.Shape.Checked(shape), dtype);
        Fill.Contiguous(t.Ptr, t.Numel, dtype, value);
        return t;
    }

    /// <summary>PyTorch's check that a fill value fits an int64 tensor: NaN and values outside
    /// [-2^63, 2^63) would otherwise be clamped silently.</summary>
    internal static void CheckFillValue(double value, DType dtype)
    {
        if (dtype == DType.Int64 && !(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
            throw NativeGradException.Arg("value cannot be converted to type int64_t without overflow");
    }

    /// <summary>A tensor of zeros.</summary>
    public static Tensor Zeros(int[] shape, DType dtype = DType.Float32) => Full(shape, 0, dtype);

    /// <summary>A tensor of ones.</summary>
    public static Tensor Ones(int[] shape, DType dtype = DType.Float32) => Full(shape, 1, dtype);

    /// <summary>Zeros with this tensor's shape and dtype.</summary>
    public Tensor ZerosLike() => Zeros(_shape, _dtype);

    /// <summary>Ones with this tensor's shape and dtype.</summary>
    public Tensor OnesLike() => Ones(_shape, _dtype);

    /// <summary>An n x m matrix with ones on the diagonal (m defaults to n).</summary>
    public static Tensor Eye(int n, int m = -1, DType dtype = DType.Float32)
    {
        if (m < 0) m = n;
        var t = Zeros([n, m], dtype);
        for (int i = 0; i < Math.Min(n, m); i++) Fill.Set(t.Ptr, (long)i * m + i, dtype, 1);
        return t;
    }

    /// <summary>Values from start (inclusive) to end (exclusive) in steps of step.</summary>
    public static Tensor Arange(double start, double end, double step = 1, DType dtype = DType.Int64)
    {
        if (dtype == DType.Bool) throw NativeGradException.DType("\"arange_cpu\" not implemented for 'Bool'");
        if (step == 0 || double.IsNaN(step)) throw NativeGradException.Arg("step must be nonzero");
        if (!double.IsFinite(start) || !double.IsFinite(end))
            throw NativeGradException.Arg($"unsupported range: {NativeGradException.Num(start)} -> {NativeGradException.Num(end)}");
        if ((step > 0 && start > end) || (step < 0 && start < end))
            throw NativeGradException.Arg("upper bound and larger bound inconsistent with step sign");
        long n = (long)Math.Ceiling((end - start) / step);
        var t = Empty(NativeGrad.Shape.Checked([n]), dtype);
        for (long i = 0; i < n; i++) Fill.Set(t.Ptr, i, dtype, start + i * step);
        return t;
    }

    /// <summary>Standard-normal samples (torch.randn: empty(shape).normal_(0, 1)), PyTorch's values for the same
    /// generator state; <paramref name="generator"/> null means <see cref="Generator.Default"/>.</summary>
    public static Tensor Randn(int[] shape, DType dtype = DType.Float32, Generator? generator = null)
        => Sample(shape, dtype, "normal_kernel_cpu", t => Sampling.Normal_(t, 0, 1, generator));

    /// <summary>Uniform samples in [0, 1) (torch.rand: empty(shape).uniform_(0, 1)), PyTorch's values for the same
    /// generator state.</summary>
    public static Tensor Rand(int[] shape, DType dtype = DType.Float32, Generator? generator = null)
        => Sample(shape, dtype, "check_uniform_bounds", t => Sampling.Uniform_(t, 0, 1, generator));

    private static Tensor Sample(int[] shape, DType dtype, string kernel, Action<Tensor> fill)
    {
        if (!dtype.IsFloating()) throw NativeGradException.DType($"\"{kernel}\" not implemented for '{Sampling.ScalarName(dtype)}'");
        var t = Empty(NativeGrad.Shape.Checked(shape), dtype);
        try { fill(t); }
        catch { t.Dispose(); throw; }
        return t;
    }

    /// <summary>Seeds the default generator (torch.manual_seed): the random calls that follow give PyTorch's values.</summary>
    public static void ManualSeed(long seed) => Generator.Default.ManualSeed(seed);

    // ---- element access ---------------------------------------------------------------------

    /// <summary>All elements in row-major order, converted to double.</summary>
    public double[] ToDoubleArray()
    {
        CheckAlive();
        var r = new double[Numel];
        var c = ContiguousOrSelf();
        try
        {
            for (long i = 0; i < r.Length; i++) r[i] = Fill.Get(c.Ptr, i, _dtype);
        }
        finally { if (!ReferenceEquals(c, this)) c.Dispose(); }
        return r;
    }

    /// <summary>All elements in row-major order as float32 (converting if needed).</summary>
    public float[] ToFloatArray() => Array.ConvertAll(ToDoubleArray(), d => (float)d);

    /// <summary>Copies the elements row-major into a buffer of exactly numel * itemsize bytes.</summary>
    public void CopyTo(void* buffer, long nbytes)
    {
        CheckAlive();
        if (buffer == null && nbytes != 0) throw new NativeGradException(ErrorKind.NullPointer, "buffer is NULL");
        long expect = Numel * _dtype.ItemSize();
        if (nbytes != expect)
            throw NativeGradException.Arg($"buffer of {nbytes} bytes does not match tensor of shape {NativeGrad.Shape.Str(_shape)} and dtype {_dtype.TorchName()} ({expect} bytes)");
        var c = ContiguousOrSelf();
        try { if (nbytes > 0) Buffer.MemoryCopy(c.Ptr, buffer, nbytes, nbytes); }
        finally { if (!ReferenceEquals(c, this)) c.Dispose(); }
    }

    /// <summary>The value of a one-element tensor.</summary>
    public double Item()
    {
        CheckAlive();
        if (Numel != 1)
            throw NativeGradException.Arg($"a Tensor with {Numel} elements cannot be converted to Scalar");
        return Fill.Get(Ptr, 0, _dtype);
    }
}
