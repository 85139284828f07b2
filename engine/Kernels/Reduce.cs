using System.Numerics;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>Sum reductions. Float32 sums accumulate blocks in float vectors and blocks in double.</summary>
internal static unsafe class Reduce
{
    private const int Block = 1024;

    /// <summary>Sum of n contiguous elements.</summary>
    public static double Sum<T>(T* x, nint n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        double total = 0;
        for (nint start = 0; start < n; start += Block)
        {
            nint len = Math.Min(Block, n - start);
            total += double.CreateTruncating(SumBlock(x + start, len));
        }
        return total;
    }

    /// <summary>Sum of one block (at most 1024 elements) in T: vector accumulators, then the scalar tail.</summary>
    internal static T SumBlock<T>(T* x, nint n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count;
        nint i = 0;
        T s = T.Zero;
        if (Simd.UseVector256 && n >= 4 * c)
        {
            Vector256<T> a0 = default, a1 = default, a2 = default, a3 = default;
            for (; i <= n - 4 * c; i += 4 * c)
            {
                a0 += Vector256.Load(x + i);
                a1 += Vector256.Load(x + i + c);
                a2 += Vector256.Load(x + i + 2 * c);
                a3 += Vector256.Load(x + i + 3 * c);
            }
            s = Vector256.Sum((a0 + a1) + (a2 + a3));
        }
        for (; i < n; i++) s += x[i];
        return s;
    }

    /// <summary>Sum of squares of n contiguous elements (the 2-norm's kernel).</summary>
    public static double SumSquares<T>(T* x, nint n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count;
        double total = 0;
        for (nint start = 0; start < n; start += Block)
        {
            nint len = Math.Min(Block, n - start), i = 0;
            T* p = x + start;
            T s = T.Zero;
            if (Simd.UseVector256 && len >= 2 * c)
            {
                Vector256<T> a0 = default, a1 = default;
                for (; i <= len - 2 * c; i += 2 * c)
                {
                    var v0 = Vector256.Load(p + i); var v1 = Vector256.Load(p + i + c);
                    a0 += v0 * v0; a1 += v1 * v1;
                }
                s = Vector256.Sum(a0 + a1);
            }
            for (; i < len; i++) s += p[i] * p[i];
            total += double.CreateTruncating(s);
        }
        return total;
    }

    /// <summary>
    /// y = sum of contiguous x over the dims marked in <paramref name="reduce"/>; y is contiguous with
    /// the kept dims. Fast paths for a reduced block of adjacent dims; a general path otherwise.
    /// </summary>
    public static void SumDims<T>(T* x, int[] shape, bool[] reduce, T* y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int nd = shape.Length;
        int first = Array.IndexOf(reduce, true), last = Array.LastIndexOf(reduce, true);
        bool block = first >= 0;
        for (int d = first; block && d <= last; d++) block &= reduce[d];
        long outer = 1, mid = 1, inner = 1;
        if (block)
        {
            for (int d = 0; d < first; d++) outer *= shape[d];
            for (int d = first; d <= last; d++) mid *= shape[d];
            for (int d = last + 1; d < nd; d++) inner *= shape[d];
            if (inner == 1)
            {
                for (long o = 0; o < outer; o++) y[o] = T.CreateTruncating(Sum(x + o * mid, (nint)mid));
                return;
            }
            // Accumulate rows of `inner` contiguous elements.
            for (long o = 0; o < outer; o++)
            {
                T* yo = y + o * inner;
                new Span<T>(yo, (int)inner).Clear();
                for (long m = 0; m < mid; m++)
                    Elementwise.Binary<AddOp<T>, T>(yo, x + (o * mid + m) * inner, yo, (nint)inner);
            }
            return;
        }
        // General path: map every input index to its output index.
        long n = Shape.Numel(shape), outN = 1;
        var outStride = new long[nd];
        for (int d = nd - 1; d >= 0; d--)
        {
            outStride[d] = reduce[d] ? 0 : outN;
            if (!reduce[d]) outN *= shape[d];
        }
        var acc = new double[outN];
        var idx = new int[nd];
        long yo2 = 0;
        for (long i = 0; i < n; i++)
        {
            acc[yo2] += double.CreateTruncating(x[i]);
            for (int d = nd - 1; d >= 0; d--)
            {
                if (++idx[d] < shape[d]) { yo2 += outStride[d]; break; }
                yo2 -= outStride[d] * (shape[d] - 1);
                idx[d] = 0;
            }
        }
        for (long o = 0; o < outN; o++) y[o] = T.CreateTruncating(acc[o]);
    }

    /// <summary>
    /// y = sum of contiguous int64 x over the dims marked in <paramref name="reduce"/>, exactly (in
    /// int64, wrapping on overflow as PyTorch does; no detour through double).
    /// </summary>
    public static void SumDimsInt64(long* x, int[] shape, bool[] reduce, long* y)
    {
        int nd = shape.Length;
        long n = Shape.Numel(shape), outN = 1;
        var outStride = new long[nd];
        for (int d = nd - 1; d >= 0; d--)
        {
            outStride[d] = reduce[d] ? 0 : outN;
            if (!reduce[d]) outN *= shape[d];
        }
        new Span<long>(y, checked((int)outN)).Clear();
        if (n == 0) return;
        var idx = new int[nd];
        long yo = 0;
        for (long i = 0; i < n; i++)
        {
            y[yo] = unchecked(y[yo] + x[i]);
            for (int d = nd - 1; d >= 0; d--)
            {
                if (++idx[d] < shape[d]) { yo += outStride[d]; break; }
                yo -= outStride[d] * (shape[d] - 1);
                idx[d] = 0;
            }
        }
    }
}
