using System.Numerics;

namespace NativeGrad.Kernels;

/// <summary>
/// Typed kernels of the index ops (gather, scatter_add, index_add): operands are contiguous and of
/// one dtype, indices a contiguous int64 buffer already bounds-checked by the caller. No managed
/// copies of the data, exact for int64.
/// </summary>
internal static unsafe class Indexed
{
    /// <summary>The first index outside [0, size), or null (negative indices are out of range, as PyTorch).</summary>
    public static long? FirstOutOfRange(long* ip, long n, long size)
    {
        for (long i = 0; i < n; i++)
            if ((ulong)ip[i] >= (ulong)size) return ip[i];
        return null;
    }

    /// <summary>For each position of an index of shape <paramref name="idxShape"/> (row-major), calls
    /// <paramref name="body"/> with the position's number and the offset, in a contiguous tensor of
    /// <paramref name="shape"/>, of the element it selects along <paramref name="d"/>.</summary>
    private static void Walk<TBody>(int[] shape, long* ip, int[] idxShape, int d, ref TBody body) where TBody : struct, IOffsetBody
    {
        long n = Shape.Numel(idxShape);
        if (n == 0) return;
        int nd = idxShape.Length;
        if (nd == 0) { body.At(0, ip[0]); return; }
        var strides = Shape.ContiguousStrides(shape);
        var pos = new int[nd];
        long rest = 0;   // the offset of the current position without the indexed dim
        for (long i = 0; i < n; i++)
        {
            body.At(i, rest + ip[i] * strides[d]);
            for (int k = nd - 1; k >= 0; k--)
            {
                if (++pos[k] < idxShape[k]) { if (k != d) rest += strides[k]; break; }
                if (k != d) rest -= (long)strides[k] * (idxShape[k] - 1);
                pos[k] = 0;
            }
        }
    }

    private interface IOffsetBody
    {
        void At(long i, long offset);
    }

    private struct GatherBody<T>(T* x, T* y) : IOffsetBody where T : unmanaged
    {
        public void At(long i, long offset) => y[i] = x[offset];
    }

    private struct ScatterAddBody<T>(T* y, T* src) : IOffsetBody where T : unmanaged, INumberBase<T>
    {
        public void At(long i, long offset) => y[offset] += src[i];
    }

    /// <summary>y[i] = x[selected(i)] for every position i of the index (gather along d).</summary>
    public static void Gather<T>(T* x, int[] shape, long* ip, int[] idxShape, int d, T* y) where T : unmanaged
    {
        var body = new GatherBody<T>(x, y);
        Walk(shape, ip, idxShape, d, ref body);
    }

    /// <summary>y[selected(i)] += src[i] for every position i of the index (scatter_add along d; src is index-shaped).</summary>
    public static void ScatterAdd<T>(T* y, int[] shape, long* ip, int[] idxShape, int d, T* src) where T : unmanaged, INumberBase<T>
    {
        var body = new ScatterAddBody<T>(y, src);
        Walk(shape, ip, idxShape, d, ref body);
    }

    private struct ScatterBody<T>(T* y, T* src) : IOffsetBody where T : unmanaged
    {
        public void At(long i, long offset) => y[offset] = src[i];
    }

    /// <summary>y[selected(i)] = src[i] for every position i of the index, in row-major order (scatter along d:
    /// of duplicate positions the last write wins; src is index-shaped).</summary>
    public static void Scatter<T>(T* y, int[] shape, long* ip, int[] idxShape, int d, T* src) where T : unmanaged
    {
        var body = new ScatterBody<T>(y, src);
        Walk(shape, ip, idxShape, d, ref body);
    }

    /// <summary>Rows of <paramref name="inner"/> elements of src added into y at the indexed positions
    /// of the middle dim (index_add over [outer, n, inner]; src is [outer, m, inner]).</summary>
    public static void IndexAdd<T>(T* y, long outer, int n, int inner, long* ip, int m, T* src) where T : unmanaged, INumberBase<T>
    {
        for (long o = 0; o < outer; o++)
            for (int j = 0; j < m; j++)
            {
                T* row = y + (o * n + ip[j]) * inner;
                Elementwise.Binary<AddOp<T>, T>(row, src + (o * m + j) * inner, row, inner);
            }
    }
}
