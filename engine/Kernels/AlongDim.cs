using System.Numerics;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>
/// Kernels that work along one dim of a contiguous tensor seen as [outer, n, inner]: softmax,
/// log_softmax, logsumexp, and max/min with indices. When inner == 1 (the last dim) each row is
/// contiguous and runs through the vector drivers; otherwise rows of `inner` elements are
/// combined slice by slice, which is just as vectorised.
/// </summary>
internal static unsafe class AlongDim
{
    /// <summary>Max of n contiguous elements (NaN propagates); n &gt; 0.</summary>
    public static T MaxRow<T>(T* x, nint n) where T : unmanaged, INumber<T>
    {
        int c = Vector256<T>.Count;
        nint i = 0;
        T m = x[0];
        if (Simd.UseVector256 && n >= c)
        {
            var acc = Vector256.Load(x);
            for (i = c; i <= n - c; i += c) acc = MaxOp<T>.Invoke(acc, Vector256.Load(x + i));
            acc = MaxOp<T>.Invoke(acc, Vector256.Load(x + n - c));
            for (int k = 0; k < c; k++) m = MaxOp<T>.Invoke(m, acc.GetElement(k));
            return m;
        }
        for (i = 1; i < n; i++) m = MaxOp<T>.Invoke(m, x[i]);
        return m;
    }

    /// <summary>y = softmax (or log_softmax) of x along the middle dim of [outer, n, inner].</summary>
    public static void Softmax<T>(T* x, T* y, long outer, int n, int inner, bool log) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n == 0) return;
        if (inner == 1)
        {
            for (long o = 0; o < outer; o++)
            {
                T* xr = x + o * n, yr = y + o * n;
                T m = MaxRow(xr, n);
                Elementwise.BinaryScalarB<SubExpOp<T>, T>(xr, m, yr, n);
                T s = T.CreateTruncating(Reduce.Sum(yr, n));
                if (log)
                {
                    // (x - m) - log s, not x - (m + log s): m + log s would round away digits of a large m.
                    Elementwise.BinaryScalarB<SubOp<T>, T>(xr, m, yr, n);
                    Elementwise.BinaryScalarB<SubOp<T>, T>(yr, T.Log(s), yr, n);
                }
                else Elementwise.BinaryScalarB<MulOp<T>, T>(yr, T.One / s, yr, n);
            }
            return;
        }
        var mBuf = new T[inner];
        var sBuf = new T[inner];
        fixed (T* mr = mBuf, sr = sBuf)
            for (long o = 0; o < outer; o++)
            {
                T* xo = x + o * n * inner, yo = y + o * n * inner;
                RowsMax(xo, n, inner, mr);
                new Span<T>(sr, inner).Clear();
                for (int k = 0; k < n; k++)
                {
                    Elementwise.Binary<SubExpOp<T>, T>(xo + (long)k * inner, mr, yo + (long)k * inner, inner);
                    Elementwise.Binary<AddOp<T>, T>(sr, yo + (long)k * inner, sr, inner);
                }
                if (log)
                {
                    // log_softmax = (x - m) - log s
                    Elementwise.Unary<LogOp<T>, T>(sr, sr, inner);
                    for (int k = 0; k < n; k++)
                    {
                        Elementwise.Binary<SubOp<T>, T>(xo + (long)k * inner, mr, yo + (long)k * inner, inner);
                        Elementwise.Binary<SubOp<T>, T>(yo + (long)k * inner, sr, yo + (long)k * inner, inner);
                    }
                }
                else
                    for (int k = 0; k < n; k++) Elementwise.Binary<DivOp<T>, T>(yo + (long)k * inner, sr, yo + (long)k * inner, inner);
            }
    }

    /// <summary>y[o, i] = log sum_k exp(x[o, k, i]), shifted by the max (an infinite max shifts by 0).</summary>
    public static void LogSumExp<T>(T* x, T* y, long outer, int n, int inner) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n == 0) { new Span<T>(y, checked((int)(outer * inner))).Fill(T.NegativeInfinity); return; }
        var tmp = new T[inner == 1 ? n : inner];
        fixed (T* t = tmp)
        {
            if (inner == 1)
            {
                for (long o = 0; o < outer; o++)
                {
                    T* xr = x + o * n;
                    T m = MaxRow(xr, n);
                    if (T.IsInfinity(m)) m = T.Zero;
                    Elementwise.BinaryScalarB<SubExpOp<T>, T>(xr, m, t, n);
                    y[o] = T.Log(T.CreateTruncating(Reduce.Sum(t, n))) + m;
                }
                return;
            }
            var sBuf = new T[inner];
            fixed (T* sr = sBuf)
                for (long o = 0; o < outer; o++)
                {
                    T* xo = x + o * n * inner, yo = y + o * inner;
                    RowsMax(xo, n, inner, yo);
                    for (int i = 0; i < inner; i++) if (T.IsInfinity(yo[i])) yo[i] = T.Zero;
                    new Span<T>(sr, inner).Clear();
                    for (int k = 0; k < n; k++)
                    {
                        Elementwise.Binary<SubExpOp<T>, T>(xo + (long)k * inner, yo, t, inner);
                        Elementwise.Binary<AddOp<T>, T>(sr, t, sr, inner);
                    }
                    Elementwise.Unary<LogOp<T>, T>(sr, sr, inner);
                    Elementwise.Binary<AddOp<T>, T>(yo, sr, yo, inner);
                }
        }
    }

    // m[i] = max_k x[k, i] over n rows of `inner` contiguous elements.
    private static void RowsMax<T>(T* x, int n, int inner, T* m) where T : unmanaged, INumber<T>
    {
        Buffer.MemoryCopy(x, m, (long)inner * sizeof(T), (long)inner * sizeof(T));
        for (int k = 1; k < n; k++) Elementwise.Binary<MaxOp<T>, T>(m, x + (long)k * inner, m, inner);
    }

    /// <summary>Max (or min) along the middle dim with the index of the first extreme (NaN wins, as PyTorch).</summary>
    public static void ArgExtreme<T>(T* x, T* values, long* indices, long outer, int n, int inner, bool max) where T : unmanaged, INumber<T>
    {
        for (long o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++)
            {
                T* p = x + o * n * inner + i;
                T best = p[0];
                long bi = 0;
                for (int k = 1; k < n && !T.IsNaN(best); k++)
                {
                    T v = p[(long)k * inner];
                    if ((max ? v > best : v < best) || T.IsNaN(v)) { best = v; bi = k; }
                }
                values[o * inner + i] = best;
                indices[o * inner + i] = bi;
            }
    }
}
