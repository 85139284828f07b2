using System.Numerics;

namespace NativeGrad.Kernels;

/// <summary>An associative accumulation (sum, product) for scans and reductions along a dim.</summary>
public interface IAccumulate<T> where T : unmanaged
{
    /// <summary>The neutral start value.</summary>
    static abstract T Identity { get; }
    /// <summary>acc combined with x.</summary>
    static abstract T Combine(T acc, T x);
}

/// <summary>acc + x (int64 wraps, as PyTorch).</summary>
public struct SumAcc<T> : IAccumulate<T> where T : unmanaged, INumber<T>
{
    public static T Identity => T.Zero;
    public static T Combine(T acc, T x) => acc + x;
}

/// <summary>acc * x (int64 wraps, as PyTorch).</summary>
public struct ProdAcc<T> : IAccumulate<T> where T : unmanaged, INumber<T>
{
    public static T Identity => T.One;
    public static T Combine(T acc, T x) => acc * x;
}

/// <summary>
/// Scans (cumsum, cumprod) and reductions (prod) along the middle dim of a contiguous tensor seen as
/// [outer, n, inner], accumulating in TAcc (double for float32, as PyTorch's CPU kernels) and storing
/// each result converted to T. Integers are exact: int64 accumulates in int64.
/// </summary>
internal static unsafe class Scan
{
    /// <summary>y[o, k, i] = x[o, 0, i] (op) ... (op) x[o, k, i].</summary>
    public static void Cumulative<TOp, T, TAcc>(T* x, T* y, long outer, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (n == 0 || inner == 0) return;
        if (inner == 1)
        {
            for (long o = 0; o < outer; o++)
            {
                T* xr = x + o * n, yr = y + o * n;
                TAcc acc = TOp.Identity;
                for (int k = 0; k < n; k++) { acc = TOp.Combine(acc, TAcc.CreateTruncating(xr[k])); yr[k] = T.CreateTruncating(acc); }
            }
            return;
        }
        var buf = new TAcc[inner];
        for (long o = 0; o < outer; o++)
        {
            Array.Fill(buf, TOp.Identity);
            for (int k = 0; k < n; k++)
            {
                long at = (o * n + k) * inner;
                T* xr = x + at, yr = y + at;
                for (int i = 0; i < inner; i++) { buf[i] = TOp.Combine(buf[i], TAcc.CreateTruncating(xr[i])); yr[i] = T.CreateTruncating(buf[i]); }
            }
        }
    }

    /// <summary>y[o, i] = x[o, 0, i] (op) ... (op) x[o, n-1, i] (the identity when n is 0).</summary>
    public static void Fold<TOp, T, TAcc>(T* x, T* y, long outer, int n, int inner)
        where TOp : IAccumulate<TAcc> where T : unmanaged, INumber<T> where TAcc : unmanaged, INumber<TAcc>
    {
        if (inner == 0) return;
        if (inner == 1)
        {
            for (long o = 0; o < outer; o++)
            {
                T* xr = x + o * n;
                TAcc acc = TOp.Identity;
                for (int k = 0; k < n; k++) acc = TOp.Combine(acc, TAcc.CreateTruncating(xr[k]));
                y[o] = T.CreateTruncating(acc);
            }
            return;
        }
        var buf = new TAcc[inner];
        for (long o = 0; o < outer; o++)
        {
            Array.Fill(buf, TOp.Identity);
            for (int k = 0; k < n; k++)
            {
                T* xr = x + (o * n + k) * inner;
                for (int i = 0; i < inner; i++) buf[i] = TOp.Combine(buf[i], TAcc.CreateTruncating(xr[i]));
            }
            T* yr = y + o * inner;
            for (int i = 0; i < inner; i++) yr[i] = T.CreateTruncating(buf[i]);
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
