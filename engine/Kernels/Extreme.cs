using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>
/// max/min of a whole contiguous float tensor: vector maxima over chunks on the worker pool, with the
/// answer of the scalar rule (the first extreme in index order; the first NaN if there is one). Only
/// the sign of a zero and a NaN's payload depend on order, and those two cases are settled by a scan.
/// </summary>
internal static unsafe class Extreme
{
    private const long Grain = 1 << 17;

    /// <summary>max (or min) of x[0..n), n &gt; 0, as <see cref="AlongDim.ArgExtreme{T}"/> picks it.</summary>
    public static T Of<T>(T* x, long n, bool max) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int tasks = (int)Math.Clamp(n / Grain, 1, 2L * WorkerPool.Threads);
        var best = new T[tasks];
        var nan = new bool[tasks];
        long per = (n + tasks - 1) / tasks;
        nint xp = (nint)x;
        if (tasks == 1) best[0] = Chunk((T*)xp, n, max, out nan[0]);
        else
            WorkerPool.Run(tasks, t =>
            {
                long lo = t * per, len = Math.Min(per, n - lo);
                if (len > 0) best[t] = Chunk((T*)xp + lo, len, max, out nan[t]);
                else best[t] = ((T*)xp)[0];
            });
        if (Array.IndexOf(nan, true) >= 0) return x[IndexOf(x, n, T.NaN)];
        T m = best[0];
        for (int t = 1; t < tasks; t++) if (max ? best[t] > m : best[t] < m) m = best[t];
        // +0 and -0 compare equal: the first zero's sign, as the scalar rule keeps it.
        return T.IsZero(m) ? x[IndexOf(x, n, m)] : m;
    }

    /// <summary>The index of the first element equal to <paramref name="m"/> (of the first NaN when m is NaN):
    /// with <see cref="Of{T}"/>, argmax/argmin of a whole tensor.</summary>
    public static long IndexOf<T>(T* x, long n, T m) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count;
        long i = 0;
        bool nan = T.IsNaN(m);
        if (Simd.UseVector256)
        {
            var target = Vector256.Create(m);
            for (; i + c <= n; i += c)
            {
                var v = Vector256.Load(x + i);
                var hit = nan ? ~Vector256.Equals(v, v) : Vector256.Equals(v, target);
                if (hit != Vector256<T>.Zero) break;
            }
        }
        for (; i < n; i++) if (nan ? T.IsNaN(x[i]) : x[i] == m) return i;
        throw new InvalidOperationException("unreachable: the value was seen");
    }

    private static T Chunk<T>(T* x, long n, bool max, out bool sawNaN) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count;
        long i = 0;
        T m = x[0];
        sawNaN = false;
        if (Simd.UseVector256 && Avx.IsSupported && n >= 4 * c)
        {
            var a0 = Vector256.Load(x); var a1 = a0; var a2 = a0; var a3 = a0;
            var bad = Vector256<T>.Zero;
            for (; i + 4 * c <= n; i += 4 * c)
            {
                var v0 = Vector256.Load(x + i); var v1 = Vector256.Load(x + i + c);
                var v2 = Vector256.Load(x + i + 2 * c); var v3 = Vector256.Load(x + i + 3 * c);
                bad |= ~(Vector256.Equals(v0, v0) & Vector256.Equals(v1, v1) & Vector256.Equals(v2, v2) & Vector256.Equals(v3, v3));
                a0 = Pick(a0, v0, max); a1 = Pick(a1, v1, max); a2 = Pick(a2, v2, max); a3 = Pick(a3, v3, max);
            }
            if (bad != Vector256<T>.Zero) { sawNaN = true; return m; }
            var a = Pick(Pick(a0, a1, max), Pick(a2, a3, max), max);
            for (int k = 0; k < c; k++) { T v = a.GetElement(k); if (max ? v > m : v < m) m = v; }
        }
        for (; i < n; i++)
        {
            T v = x[i];
            if (T.IsNaN(v)) { sawNaN = true; return m; }
            if (max ? v > m : v < m) m = v;
        }
        return m;
    }

    // vmaxps/vminps (NaN lanes are caught by the caller's check, signed zeros by Of's scan).
    private static Vector256<T> Pick<T>(Vector256<T> a, Vector256<T> b, bool max) where T : unmanaged
    {
        if (typeof(T) == typeof(float))
            return (max ? Avx.Max(a.AsSingle(), b.AsSingle()) : Avx.Min(a.AsSingle(), b.AsSingle())).As<float, T>();
        return (max ? Avx.Max(a.AsDouble(), b.AsDouble()) : Avx.Min(a.AsDouble(), b.AsDouble())).As<double, T>();
    }
}
