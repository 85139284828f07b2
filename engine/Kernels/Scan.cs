using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>An associative accumulation (sum, product) for scans and reductions along a dim.</summary>
internal interface IAccumulate<T> where T : unmanaged
{
    /// <summary>The neutral start value.</summary>
    static abstract T Identity { get; }
    /// <summary>acc combined with x.</summary>
    static abstract T Combine(T acc, T x);
    /// <summary>The lane-wise combination (the vector path of floating folds).</summary>
    static abstract Vector256<T> Combine(Vector256<T> acc, Vector256<T> x);
}

/// <summary>acc + x (int64 wraps, as PyTorch).</summary>
internal struct SumAcc<T> : IAccumulate<T> where T : unmanaged, INumber<T>
{
    public static T Identity => T.Zero;
    public static T Combine(T acc, T x) => acc + x;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Combine(Vector256<T> acc, Vector256<T> x) => acc + x;
}

/// <summary>acc * x (int64 wraps, as PyTorch).</summary>
internal struct ProdAcc<T> : IAccumulate<T> where T : unmanaged, INumber<T>
{
    public static T Identity => T.One;
    public static T Combine(T acc, T x) => acc * x;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Combine(Vector256<T> acc, Vector256<T> x) => acc * x;
}

/// <summary>
/// Scans (cumsum, cumprod) and reductions (prod) along the middle dim of a contiguous tensor seen as
/// [outer, n, inner], accumulating in TAcc (double for float32, as PyTorch's CPU kernels) and storing
/// each result converted to T. Integers are exact: int64 accumulates in int64. Rows of outer split
/// over the worker pool when the work is large; a fold along the last dim keeps four independent
/// accumulators (a product chain is bound by the multiplier's latency otherwise).
/// </summary>
internal static unsafe class Scan
{
    private const long ParallelElements = 1 << 16;

    /// <summary>x widened to the accumulator type (a plain conversion for the pairs used here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TAcc Widen<T, TAcc>(T x) where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (typeof(T) == typeof(TAcc)) return Unsafe.As<T, TAcc>(ref x);
        if (typeof(T) == typeof(float) && typeof(TAcc) == typeof(double)) { double d = Unsafe.As<T, float>(ref x); return Unsafe.As<double, TAcc>(ref d); }
        return TAcc.CreateTruncating(x);
    }

    /// <summary>An accumulator stored as the element type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Store<T, TAcc>(TAcc a) where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (typeof(T) == typeof(TAcc)) return Unsafe.As<TAcc, T>(ref a);
        if (typeof(T) == typeof(float) && typeof(TAcc) == typeof(double)) { float f = (float)Unsafe.As<TAcc, double>(ref a); return Unsafe.As<float, T>(ref f); }
        return T.CreateTruncating(a);
    }

    /// <summary>Runs rows(lo, hi) over [0, outer), split over the pool when there is enough work.</summary>
    private static void Rows(long outer, long perRow, Action<long, long> rows)
    {
        if (outer > 1 && outer * perRow >= ParallelElements && WorkerPool.Threads > 1)
        {
            int tasks = (int)Math.Min(outer, 2 * WorkerPool.Threads);
            long per = (outer + tasks - 1) / tasks;
            WorkerPool.Run(tasks, t => rows(t * per, Math.Min(outer, (t + 1) * per)));
            return;
        }
        rows(0, outer);
    }

    /// <summary>y[o, k, i] = x[o, 0, i] (op) ... (op) x[o, k, i].</summary>
    public static void Cumulative<TOp, T, TAcc>(T* x, T* y, long outer, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (n == 0 || inner == 0) return;
        nint xp = (nint)x, yp = (nint)y;
        Rows(outer, (long)n * inner, (lo, hi) => CumulativeRows<TOp, T, TAcc>((T*)xp, (T*)yp, lo, hi, n, inner));
    }

    private static void CumulativeRows<TOp, T, TAcc>(T* x, T* y, long lo, long hi, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (inner == 1)
        {
            if (typeof(T) == typeof(float) && typeof(TAcc) == typeof(double) && Simd.UseVector256)
            {
                ScanFloatRows<TOp, TAcc>((float*)x, (float*)y, lo, hi, n);
                return;
            }
            for (long o = lo; o < hi; o++)
            {
                T* xr = x + o * n, yr = y + o * n;
                TAcc acc = TOp.Identity;
                for (int k = 0; k < n; k++) { acc = TOp.Combine(acc, Widen<T, TAcc>(xr[k])); yr[k] = Store<T, TAcc>(acc); }
            }
            return;
        }
        var buf = new TAcc[inner];
        for (long o = lo; o < hi; o++)
        {
            Array.Fill(buf, TOp.Identity);
            for (int k = 0; k < n; k++)
            {
                long at = (o * n + k) * inner;
                T* xr = x + at, yr = y + at;
                for (int i = 0; i < inner; i++) { buf[i] = TOp.Combine(buf[i], Widen<T, TAcc>(xr[i])); yr[i] = Store<T, TAcc>(buf[i]); }
            }
        }
    }

    private const int ScanChunk = 256;

    /// <summary>Float32 rows scanned in double, a chunk at a time: widened into a double buffer with vector
    /// conversions, scanned there, narrowed back. Converting element by element inside the chain made each
    /// step wait on the previous conversion (scalar vcvtss2sd/vcvtsd2ss merge into their destination
    /// register: a false dependency), about three times the adder's latency per element.</summary>
    private static void ScanFloatRows<TOp, TAcc>(float* x, float* y, long lo, long hi, int n)
        where TOp : IAccumulate<TAcc> where TAcc : unmanaged   // TAcc is double
    {
        // Four rows at a time: four independent chains keep the adder (multiplier) busy; each row is
        // still accumulated in its own order. The buffers are 64 bytes more than a chunk apart: 4 KiB
        // apart, a load from one would wait on the store to the other (4K aliasing).
        const int Pitch = ScanChunk + 8;
        TAcc* b0 = stackalloc TAcc[4 * Pitch];
        TAcc* b1 = b0 + Pitch, b2 = b1 + Pitch, b3 = b2 + Pitch;
        long o = lo;
        for (; o + 4 <= hi; o += 4)
        {
            TAcc a0 = TOp.Identity, a1 = a0, a2 = a0, a3 = a0;
            for (int k0 = 0; k0 < n; k0 += ScanChunk)
            {
                int c = Math.Min(ScanChunk, n - k0);
                float* xr = x + o * n + k0;
                float* yr = y + o * n + k0;
                Widen(xr, (double*)b0, c);
                Widen(xr + n, (double*)b1, c);
                Widen(xr + 2L * n, (double*)b2, c);
                Widen(xr + 3L * n, (double*)b3, c);
                for (int j = 0; j < c; j++)
                {
                    a0 = TOp.Combine(a0, b0[j]); b0[j] = a0;
                    a1 = TOp.Combine(a1, b1[j]); b1[j] = a1;
                    a2 = TOp.Combine(a2, b2[j]); b2[j] = a2;
                    a3 = TOp.Combine(a3, b3[j]); b3[j] = a3;
                }
                Narrow((double*)b0, yr, c);
                Narrow((double*)b1, yr + n, c);
                Narrow((double*)b2, yr + 2L * n, c);
                Narrow((double*)b3, yr + 3L * n, c);
            }
        }
        for (; o < hi; o++)
        {
            TAcc a = TOp.Identity;
            for (int k0 = 0; k0 < n; k0 += ScanChunk)
            {
                int c = Math.Min(ScanChunk, n - k0);
                Widen(x + o * n + k0, (double*)b0, c);
                for (int j = 0; j < c; j++) { a = TOp.Combine(a, b0[j]); b0[j] = a; }
                Narrow((double*)b0, y + o * n + k0, c);
            }
        }

        // Inlined: a call inside the chunk loop would make the accumulators (live across it, and no XMM
        // register survives a call in the SysV ABI) live in memory for the whole loop.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static void Widen(float* src, double* dst, int c)
        {
            int j = 0;
            for (; j + 8 <= c; j += 8)
            {
                var (l, h) = Vector256.Widen(Vector256.Load(src + j));
                l.Store(dst + j);
                h.Store(dst + j + 4);
            }
            for (; j < c; j++) dst[j] = src[j];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static void Narrow(double* src, float* dst, int c)
        {
            int j = 0;
            for (; j + 8 <= c; j += 8) Vector256.Narrow(Vector256.Load(src + j), Vector256.Load(src + j + 4)).Store(dst + j);
            for (; j < c; j++) dst[j] = (float)src[j];
        }
    }

    /// <summary>y[o, i] = x[o, 0, i] (op) ... (op) x[o, n-1, i] (the identity when n is 0).</summary>
    public static void Fold<TOp, T, TAcc>(T* x, T* y, long outer, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (inner == 0) return;
        nint xp = (nint)x, yp = (nint)y;
        Rows(outer, Math.Max(1L, (long)n * inner), (lo, hi) => FoldRows<TOp, T, TAcc>((T*)xp, (T*)yp, lo, hi, n, inner));
    }

    private static void FoldRows<TOp, T, TAcc>(T* x, T* y, long lo, long hi, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (inner == 1)
        {
            for (long o = lo; o < hi; o++)
            {
                T* xr = x + o * n;
                TAcc a0 = TOp.Identity, a1 = a0, a2 = a0, a3 = a0;
                int k = 0;
                if (typeof(TAcc) == typeof(double) && Simd.UseVector256 && n >= 16)
                {
                    // Floating folds: two vector accumulators of doubles (float32 widened on load).
                    var v0 = Vector256.Create(TOp.Identity);
                    var v1 = v0;
                    if (typeof(T) == typeof(float))
                        for (; k + 8 <= n; k += 8)
                        {
                            var (l, h) = Vector256.Widen(Vector256.Load((float*)xr + k));
                            v0 = TOp.Combine(v0, Unsafe.As<Vector256<double>, Vector256<TAcc>>(ref l));
                            v1 = TOp.Combine(v1, Unsafe.As<Vector256<double>, Vector256<TAcc>>(ref h));
                        }
                    else
                        for (; k + 8 <= n; k += 8)
                        {
                            v0 = TOp.Combine(v0, Vector256.Load((TAcc*)xr + k));
                            v1 = TOp.Combine(v1, Vector256.Load((TAcc*)xr + k + 4));
                        }
                    var v = TOp.Combine(v0, v1);
                    a0 = TOp.Combine(v.GetElement(0), v.GetElement(1));
                    a1 = TOp.Combine(v.GetElement(2), v.GetElement(3));
                }
                for (; k + 4 <= n; k += 4)
                {
                    a0 = TOp.Combine(a0, Widen<T, TAcc>(xr[k]));
                    a1 = TOp.Combine(a1, Widen<T, TAcc>(xr[k + 1]));
                    a2 = TOp.Combine(a2, Widen<T, TAcc>(xr[k + 2]));
                    a3 = TOp.Combine(a3, Widen<T, TAcc>(xr[k + 3]));
                }
                for (; k < n; k++) a0 = TOp.Combine(a0, Widen<T, TAcc>(xr[k]));
                y[o] = Store<T, TAcc>(TOp.Combine(TOp.Combine(a0, a1), TOp.Combine(a2, a3)));
            }
            return;
        }
        var buf = new TAcc[inner];
        for (long o = lo; o < hi; o++)
        {
            Array.Fill(buf, TOp.Identity);
            for (int k = 0; k < n; k++)
            {
                T* xr = x + (o * n + k) * inner;
                for (int i = 0; i < inner; i++) buf[i] = TOp.Combine(buf[i], Widen<T, TAcc>(xr[i]));
            }
            T* yr = y + o * inner;
            for (int i = 0; i < inner; i++) yr[i] = Store<T, TAcc>(buf[i]);
        }
    }

    /// <summary>
    /// cumprod's gradient r[k] = sum over i &gt;= k of g[i] * prod over j &lt;= i, j != k of x[j], exact with
    /// zeros in x: r[k] = (prod over j &lt; k of x[j]) * R[k] with R[n-1] = g[n-1], R[k] = g[k] + x[k+1] R[k+1].
    /// </summary>
    public static void CumProdGrad<T>(T* x, T* g, T* r, long outer, int n, int inner) where T : unmanaged, INumber<T>
    {
        if (n == 0 || inner == 0) return;
        for (long o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++)
            {
                long b = o * n * inner + i;
                // R into r (backwards), then the prefix products (forwards).
                T acc = g[b + (long)(n - 1) * inner];
                r[b + (long)(n - 1) * inner] = acc;
                for (int k = n - 2; k >= 0; k--)
                {
                    acc = g[b + (long)k * inner] + x[b + (long)(k + 1) * inner] * acc;
                    r[b + (long)k * inner] = acc;
                }
                T prefix = T.One;
                for (int k = 0; k < n; k++)
                {
                    long at = b + (long)k * inner;
                    r[at] = prefix * r[at];
                    prefix *= x[at];
                }
            }
    }
}
