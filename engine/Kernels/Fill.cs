using System.Runtime.CompilerServices;

namespace NativeGrad.Kernels;

/// <summary>Dtype-dispatched element reads, writes, fills and copies (the slow-but-general paths).</summary>
internal static unsafe class Fill
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Get(void* p, long i, DType d) => d switch
    {
        DType.Float32 => ((float*)p)[i],
        DType.Float64 => ((double*)p)[i],
        DType.Int64 => ((long*)p)[i],
        _ => ((byte*)p)[i] != 0 ? 1 : 0,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(void* p, long i, DType d, double v)
    {
        switch (d)
        {
            case DType.Float32: ((float*)p)[i] = (float)v; break;
            case DType.Float64: ((double*)p)[i] = v; break;
            case DType.Int64: ((long*)p)[i] = (long)v; break;
            default: ((byte*)p)[i] = v != 0 ? (byte)1 : (byte)0; break;
        }
    }

    /// <summary>Elements per task from which a fill is split over the worker pool (zero_grad of a
    /// layer's weight gradient, zeros/full of large tensors, broadcast runs).</summary>
    private const int FillGrain = 1 << 16;

    /// <summary>Fills n contiguous elements with v (converted to dtype d).</summary>
    public static void Contiguous(void* p, long n, DType d, double v)
    {
        switch (d)
        {
            case DType.Float32: Items((float*)p, n, (float)v); break;
            case DType.Float64: Items((double*)p, n, v); break;
            case DType.Int64: Items((long*)p, n, (long)v); break;
            default: Items((byte*)p, n, v != 0 ? (byte)1 : (byte)0); break;
        }
    }

    /// <summary>p[0, n) = v, split over the worker pool when long.</summary>
    public static void Items<T>(T* p, long n, T v) where T : unmanaged
    {
        if (Elementwise.Chunks((nint)n, FillGrain, out int tasks, out nint per))
        {
            nint pp = (nint)p;
            WorkerPool.Run(tasks, t => { nint lo = t * per; Serial((T*)pp + lo, Math.Min(per, (nint)n - lo), v); });
            return;
        }
        Serial(p, n, v);
    }

    private static void Serial<T>(T* p, long n, T v) where T : unmanaged
    {
        // Spans hold at most int.MaxValue elements: fill in pieces.
        for (long done = 0; done < n;)
        {
            int m = (int)Math.Min(n - done, int.MaxValue);
            new Span<T>(p + done, m).Fill(v);
            done += m;
        }
    }

    /// <summary>Fills a strided tensor in place.</summary>
    public static void Strided(Tensor t, double v)
    {
        if (t.IsContiguous) { Contiguous(t.Ptr, t.Numel, t._dtype, v); return; }
        var it = new StridedIter(t._shape, t._strides, null);
        if (it.Count == 0) return;
        void* p = t.Ptr;
        do
            for (int j = 0; j < it.InnerSize; j++) Set(p, it.OffA + (long)j * it.InnerA, t._dtype, v);
        while (it.Next());
    }

    /// <summary>Copies src (any strides, any dtype) into the contiguous buffer dst of dtype dstType.</summary>
    public static void CopyToContiguous(Tensor src, void* dst, DType dstType)
    {
        DType st = src._dtype;
        void* s = src.Ptr;
        int isz = st.ItemSize();
        if (src.IsContiguous && st == dstType)
        {
            long bytes = src.Numel * isz;
            Buffer.MemoryCopy(s, dst, bytes, bytes);
            return;
        }
        var it = new StridedIter(src._shape, src._strides, null);
        if (it.Count == 0) return;
        if (st == dstType && Tiled.Worth(it))
        {
            // A transposed source: a bitwise copy in tiles, by item size.
            switch (isz)
            {
                case 8: { var b = new CopyTile<ulong>((ulong*)s, (ulong*)dst); Tiled.Run(ref it, ref b); return; }
                case 4: { var b = new CopyTile<uint>((uint*)s, (uint*)dst); Tiled.Run(ref it, ref b); return; }
                case 2: { var b = new CopyTile<ushort>((ushort*)s, (ushort*)dst); Tiled.Run(ref it, ref b); return; }
                case 1: { var b = new CopyTile<byte>((byte*)s, (byte*)dst); Tiled.Run(ref it, ref b); return; }
            }
        }
        long k = 0;
        do
        {
            if (st == dstType && it.InnerA == 1)
            {
                long bytes = (long)it.InnerSize * isz;
                Buffer.MemoryCopy((byte*)s + it.OffA * isz, (byte*)dst + k * isz, bytes, bytes);
                k += it.InnerSize;
            }
            else if (st == dstType && it.InnerA == 0)
            {
                // A broadcast run (expand): one item repeated, bitwise.
                int m = it.InnerSize;
                switch (isz)
                {
                    case 8: Items((ulong*)dst + k, m, ((ulong*)s)[it.OffA]); break;
                    case 4: Items((uint*)dst + k, m, ((uint*)s)[it.OffA]); break;
                    case 2: Items((ushort*)dst + k, m, ((ushort*)s)[it.OffA]); break;
                    default: Items((byte*)dst + k, m, ((byte*)s)[it.OffA]); break;
                }
                k += m;
            }
            else if (st == DType.Int64 && dstType == DType.Int64)
                for (int j = 0; j < it.InnerSize; j++) ((long*)dst)[k++] = ((long*)s)[it.OffA + (long)j * it.InnerA];
            else
                for (int j = 0; j < it.InnerSize; j++) Set(dst, k++, dstType, Get(s, it.OffA + (long)j * it.InnerA, st));
        } while (it.Next());
    }
}
