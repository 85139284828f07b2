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
        SumStrided(x, shape, reduce, y);
    }

    /// <summary>SumDims when the reduced dims are not one block (repeat's backward: [r0, s0, r1, s1] summed
    /// over the r's). Adjacent dims of one kind merge (the input is contiguous), so the last dim is a
    /// contiguous run: kept, each run is added into its output row as a vector; reduced, each run is
    /// summed and added to its output element (in double). Either way an output element takes its
    /// terms in input order.</summary>
    private static void SumStrided<T>(T* x, int[] shape, bool[] reduce, T* y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var dims = new List<long>(shape.Length);
        var red = new List<bool>(shape.Length);
        for (int d = 0; d < shape.Length; d++)
        {
            if (shape[d] == 1) continue;
            if (dims.Count > 0 && red[^1] == reduce[d]) dims[^1] *= shape[d];
            else { dims.Add(shape[d]); red.Add(reduce[d]); }
        }
        long n = Shape.Numel(shape), outN = 1;
        for (int d = 0; d < shape.Length; d++) if (!reduce[d]) outN *= shape[d];
        if (dims.Count == 0) { y[0] = x[0]; return; }
        int m = dims.Count - 1;
        long run = dims[m];
        bool lastReduced = red[m];
        // Output strides of the outer dims (0 for a reduced dim); a kept last dim is the row.
        var outStride = new long[m];
        long stride = lastReduced ? 1 : run;
        for (int d = m - 1; d >= 0; d--)
        {
            outStride[d] = red[d] ? 0 : stride;
            if (!red[d]) stride *= dims[d];
        }
        var idx = new long[m];
        long rows = n / run, yo = 0;
        if (lastReduced)
        {
            var acc = new double[outN];
            for (long r = 0; r < rows; r++)
            {
                acc[yo] += Sum(x + r * run, (nint)run);
                Step(idx, dims, outStride, ref yo);
            }
            for (long o = 0; o < outN; o++) y[o] = T.CreateTruncating(acc[o]);
            return;
        }
        new Span<T>(y, checked((int)outN)).Clear();
        for (long r = 0; r < rows; r++)
        {
            Elementwise.Binary<AddOp<T>, T>(y + yo, x + r * run, y + yo, (nint)run);
            Step(idx, dims, outStride, ref yo);
        }
    }

    /// <summary>Advances the odometer over the outer dims by one run, moving the output offset along.</summary>
    private static void Step(long[] idx, List<long> dims, long[] outStride, ref long yo)
    {
        for (int d = idx.Length - 1; d >= 0; d--)
        {
            if (++idx[d] < dims[d]) { yo += outStride[d]; return; }
            yo -= outStride[d] * (dims[d] - 1);
            idx[d] = 0;
        }
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
