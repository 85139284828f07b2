using System.Numerics;
namespace NativeGrad;

// linspace and logspace with PyTorch 1.13's CPU values bit for bit (for up to 32768 steps, PyTorch's
// single-thread grain; beyond that PyTorch's values depend on its thread count).
public sealed unsafe partial class Tensor
{
    /// <summary>PyTorch's AVX2 vector: 32 bytes; linspace's kernel writes two vectors at a time from a base value.</summary>
    private const int VectorBytes = 32;

    /// <summary><paramref name="steps"/> values evenly spaced from start to end, both included (torch.linspace).
    /// Float32, float64 and int64 (truncated toward zero); PyTorch's exact values.</summary>
    public static Tensor Linspace(double start, double end, long steps, DType dtype = DType.Float32)
    {
        CheckSpace(steps, dtype, "linspace_cpu");
        var t = Empty(NativeGrad.Shape.Checked([steps]), dtype);
        if (steps == 0) return t;
        switch (dtype)
        {
            case DType.Float32: LinspaceFloat((float*)t.Ptr, (float)start, (float)end, steps); break;
            case DType.Float64: LinspaceFloat((double*)t.Ptr, start, end, steps); break;
            default: LinspaceInt64((long*)t.Ptr, ToInt64(start), ToInt64(end), steps); break;
        }
        return t;
    }

    /// <summary><paramref name="steps"/> values base ** e for e evenly spaced from start to end (torch.logspace);
    /// PyTorch's exact values (pow in double, cast to the dtype).</summary>
    public static Tensor Logspace(double start, double end, long steps, double @base = 10, DType dtype = DType.Float32)
    {
        CheckSpace(steps, dtype, "logspace_cpu");
        var t = Empty(NativeGrad.Shape.Checked([steps]), dtype);
        if (steps == 0) return t;
        // PyTorch converts start and end to the dtype first; int64 uses a float base (as PyTorch does).
        double s, e, b = @base;
        if (dtype == DType.Float32) { float fs = (float)start, fe = (float)end; s = fs; e = fe; }
        else if (dtype == DType.Int64) { long ls = ToInt64(start), le = ToInt64(end); s = ls; e = le; b = (float)@base; }
        else { s = start; e = end; }
        if (steps == 1) { Kernels.Fill.Set(t.Ptr, 0, dtype, Math.Pow(@base, start)); return t; }
        // PyTorch computes end - start in the dtype (float32 rounds) before widening to double.
        double step = (dtype == DType.Float32 ? (double)((float)e - (float)s) : dtype == DType.Int64 ? (double)((long)e - (long)s) : e - s) / (steps - 1);
        long half = steps / 2;
        for (long i = 0; i < steps; i++)
        {
            // Two roundings (no fused multiply-add): PyTorch's logspace is compiled for baseline x86-64.
            double p = i < half ? s + step * i : e - step * (steps - i - 1);
            Kernels.Fill.Set(t.Ptr, i, dtype, Math.Pow(b, p));
        }
        return t;
    }

    private static void CheckSpace(long steps, DType dtype, string kernel)
    {
        if (steps < 0) throw NativeGradException.Arg("number of steps must be non-negative");
        if (dtype == DType.Bool) throw NativeGradException.DType($"\"{kernel}\" not implemented for 'Bool'");
    }

    private static long ToInt64(double v)
    {
        if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0))
            throw NativeGradException.Arg("value cannot be converted to type int64_t without overflow");
        return (long)v;
    }

    // PyTorch's kernel: the first half counts up from start and the second half down from end (both by a fused
    // multiply-add, its kernel is built for AVX2+FMA); runs of two vectors start at a base value computed that way,
    // and their lanes add k * step to it (rounded twice); the tail shorter than two vectors is scalar.

    private static void LinspaceFloat<T>(T* o, T s, T e, long steps) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (steps == 1) { o[0] = s; return; }
        T step = (e - s) / T.CreateTruncating(steps - 1);
        long half = steps / 2;
        int lanes = VectorBytes / sizeof(T);
        long i = 0;
        for (; i + 2 * lanes <= steps; i += 2 * lanes)
            for (int v = 0; v < 2; v++)
            {
                long at = i + v * lanes;
                T b = at < half ? T.FusedMultiplyAdd(step, T.CreateTruncating(at), s) : T.FusedMultiplyAdd(-step, T.CreateTruncating(steps - at - 1), e);
                for (int k = 0; k < lanes; k++) { T ks = T.CreateTruncating(k) * step; o[at + k] = b + ks; }
            }
        for (; i < steps; i++)
            o[i] = i < half ? T.FusedMultiplyAdd(step, T.CreateTruncating(i), s) : T.FusedMultiplyAdd(-step, T.CreateTruncating(steps - i - 1), e);
    }

    private static void LinspaceInt64(long* o, long s, long e, long steps)
    {
        if (steps == 1) { o[0] = s; return; }
        // The step is a double for integer dtypes; values truncate toward zero.
        double step = ((double)e - s) / (steps - 1);
        long half = steps / 2;
        const int lanes = VectorBytes / sizeof(long);
        long i = 0;
        for (; i + 2 * lanes <= steps; i += 2 * lanes)
            for (int v = 0; v < 2; v++)
            {
                long at = i + v * lanes;
                long b = (long)(at < half ? Math.FusedMultiplyAdd(step, at, s) : Math.FusedMultiplyAdd(-step, steps - at - 1, e));
                for (int k = 0; k < lanes; k++) { double ks = k * step; o[at + k] = (long)(b + ks); }
            }
        for (; i < steps; i++)
            o[i] = (long)(i < half ? Math.FusedMultiplyAdd(step, i, s) : Math.FusedMultiplyAdd(-step, steps - i - 1, e));
    }
}
