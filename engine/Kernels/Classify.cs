using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>A one-operand predicate (isnan, isinf, isfinite): scalar form and a Vector256 lane mask.</summary>
internal interface IUnaryPredicate<T> where T : unmanaged
{
    /// <summary>The scalar reference.</summary>
    static abstract bool Invoke(T x);
    /// <summary>All-ones lanes where the predicate holds; must equal the scalar form lane by lane.</summary>
    static abstract Vector256<T> Invoke(Vector256<T> x);
}

/// <summary>x is NaN (x != x).</summary>
internal struct IsNanPred<T> : IUnaryPredicate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Invoke(T x) => T.IsNaN(x);
    public static Vector256<T> Invoke(Vector256<T> x) => ~Vector256.Equals(x, x);
}

/// <summary>x is +inf or -inf.</summary>
internal struct IsInfPred<T> : IUnaryPredicate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Invoke(T x) => T.IsInfinity(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256.Equals(Vector256.Abs(x), Vector256.Create(T.PositiveInfinity));
}

/// <summary>x is neither NaN nor infinite (|x| &lt; inf is false for NaN).</summary>
internal struct IsFinitePred<T> : IUnaryPredicate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static bool Invoke(T x) => T.IsFinite(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256.LessThan(Vector256.Abs(x), Vector256.Create(T.PositiveInfinity));
}

/// <summary>
/// Drivers of the tests of elements: one-operand predicates into bytes 0/1, the non-zero tests of
/// all/any along [outer, n, inner] (NaN is non-zero), the positions of non-zero elements, and
/// isclose with its tolerances.
/// </summary>
internal static unsafe class Classify
{
    /// <summary>y[i] = TOp(x[i]) for n contiguous elements.</summary>
    public static void Unary<TOp, T>(T* x, byte* y, long n) where TOp : IUnaryPredicate<T> where T : unmanaged
    {
        long i = 0;
        int w = Vector256<T>.Count;
        if (Simd.UseVector256)
            for (; i + w <= n; i += w) Store(TOp.Invoke(Vector256.Load(x + i)), y + i);
        for (; i < n; i++) y[i] = TOp.Invoke(x[i]) ? (byte)1 : (byte)0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Vector256<T> mask, byte* y) where T : unmanaged
    {
        uint bits = mask.ExtractMostSignificantBits();
        for (int j = 0; j < Vector256<T>.Count; j++) y[j] = (byte)((bits >> j) & 1);
    }

    /// <summary>y[o, i] = every (all) or some (!all) x[o, k, i] is non-zero; all of nothing is true, any of nothing false.</summary>
    public static void AllAny<T>(T* x, byte* y, long outer, int n, int inner, bool all) where T : unmanaged, INumber<T>
    {
        byte hit = all ? (byte)0 : (byte)1;       // the value that decides a slot
        if (inner == 1)
        {
            // Along the last dim: scan each row for the deciding element, a vector at a time.
            for (long o = 0; o < outer; o++) y[o] = FindsNonzero(x + o * n, n, all ? false : true) ? hit : (byte)(1 - hit);
            return;
        }
        for (long o = 0; o < outer; o++)
        {
            byte* yr = y + o * inner;
            new Span<byte>(yr, inner).Fill((byte)(1 - hit));
            for (int k = 0; k < n; k++)
            {
                T* xr = x + (o * n + k) * inner;
                for (int i = 0; i < inner; i++)
                    if ((xr[i] != T.Zero ? (byte)1 : (byte)0) == hit) yr[i] = hit;
            }
        }
    }

    /// <summary>True if some element is non-zero (nonzero) or some element is zero (!nonzero).</summary>
    private static bool FindsNonzero<T>(T* x, int n, bool nonzero) where T : unmanaged, INumber<T>
    {
        int k = 0, w = Vector256<T>.Count;
        if (Simd.UseVector256 && Vector256<T>.IsSupported)
            for (; k + w <= n; k += w)
            {
                var zero = Vector256.Equals(Vector256.Load(x + k), Vector256<T>.Zero);
                if (nonzero ? zero != Vector256<T>.AllBitsSet : zero != Vector256<T>.Zero) return true;
            }
        for (; k < n; k++) if ((x[k] != T.Zero) == nonzero) return true;
        return false;
    }

    /// <summary>The number of non-zero elements of n contiguous ones (NaN counts).</summary>
    public static long CountNonzero<T>(T* x, long n) where T : unmanaged, INumber<T>
    {
        long c = 0, i = 0;
        if (Simd.UseVector256)
            for (int w = Vector256<T>.Count; i + w <= n; i += w)
                c += BitOperations.PopCount(NonzeroBits(x + i));
        for (; i < n; i++) c += x[i] != T.Zero ? 1 : 0;
        return c;
    }

    /// <summary>One bit per lane of the vector at x: set where the element is non-zero (NaN is; -0 is not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NonzeroBits<T>(T* x) where T : unmanaged, INumber<T>
        => Vector256.ExtractMostSignificantBits(~Vector256.Equals(Vector256.Load(x), Vector256<T>.Zero));

    /// <summary>For each non-zero element of the contiguous x (shape), its multi-index as one row of rows
    /// (int64, [count, ndim]). Line by line along the last dim: a vector compare gives the non-zero lanes
    /// as bits and each set bit writes a row, so no branch depends on the data element by element.</summary>
    public static void NonzeroIndices<T>(T* x, int[] shape, long* rows) where T : unmanaged, INumber<T>
    {
        long n = Shape.Numel(shape);
        int nd = shape.Length;
        if (n == 0) return;
        if (nd == 0) return;   // a non-zero scalar's row has no columns
        int last = shape[nd - 1];
        long lines = n / last;
        var prefix = new long[nd - 1];
        int w = Vector256<T>.Count;
        bool vector = Simd.UseVector256;
        for (long line = 0; line < lines; line++)
        {
            T* xl = x + line * last;
            int j = 0;
            if (vector)
                for (; j + w <= last; j += w)
                    for (uint bits = NonzeroBits(xl + j); bits != 0; bits &= bits - 1)
                    {
                        for (int d = 0; d < prefix.Length; d++) rows[d] = prefix[d];
                        rows[nd - 1] = j + BitOperations.TrailingZeroCount(bits);
                        rows += nd;
                    }
            for (; j < last; j++)
                if (xl[j] != T.Zero)
                {
                    for (int d = 0; d < prefix.Length; d++) rows[d] = prefix[d];
                    rows[nd - 1] = j;
                    rows += nd;
                }
            for (int d = prefix.Length - 1; d >= 0; d--) { if (++prefix[d] < shape[d]) break; prefix[d] = 0; }
        }
    }

    /// <summary>isclose of two floating operands of one dtype (any strides, broadcast by stride 0), in
    /// that dtype as PyTorch computes it: a == b, or both NaN with equalNan, or |a - b| finite and
    /// &lt;= atol + |rtol * b|.</summary>
    public static void IsClose<T>(T* a, int[] sa, T* b, int[] sb, int[] shape, byte* y, T rtol, T atol, bool equalNan, bool exactOnly)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var it = new StridedIter(shape, sa, sb);
        if (it.Count == 0) return;
        long k = 0;
        do
        {
            T* ap = a + it.OffA, bp = b + it.OffB;
            for (int j = 0; j < it.InnerSize; j++)
            {
                T x = ap[(long)j * it.InnerA], z = bp[(long)j * it.InnerB];
                bool close = x == z || (equalNan && T.IsNaN(x) && T.IsNaN(z));
                if (!close && !exactOnly)
                {
                    T actual = T.Abs(x - z);
                    close = T.IsFinite(actual) && actual <= atol + T.Abs(rtol * z);
                }
                y[k++] = close ? (byte)1 : (byte)0;
            }
        } while (it.Next());
    }

    /// <summary>isclose of int64 operands: equality exact, the error |a - b| exact in int64 and compared
    /// with atol + |rtol * b| in float32 (PyTorch promotes the integral error to the default dtype).</summary>
    public static void IsCloseLong(long* a, int[] sa, long* b, int[] sb, int[] shape, byte* y, float rtol, float atol, bool exactOnly)
    {
        var it = new StridedIter(shape, sa, sb);
        if (it.Count == 0) return;
        long k = 0;
        do
        {
            long* ap = a + it.OffA, bp = b + it.OffB;
            for (int j = 0; j < it.InnerSize; j++)
            {
                long x = ap[(long)j * it.InnerA], z = bp[(long)j * it.InnerB];
                bool close = x == z;
                if (!close && !exactOnly)
                {
                    long diff = x - z;
                    long actual = diff < 0 ? -diff : diff;
                    close = (float)actual <= atol + MathF.Abs(rtol * (float)z);
                }
                y[k++] = close ? (byte)1 : (byte)0;
            }
        } while (it.Next());
    }
}
