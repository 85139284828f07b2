using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>One tile: y[i*ldy + j] = f(a[oa + i*ra + j*ca], b[ob + i*rb + j*cb]) for i &lt; h, j &lt; w,
/// with scratch (2 x Edge x Edge items of up to 8 bytes) to stage operands in.</summary>
internal unsafe interface ITile
{
    void Tile(long oa, long ob, long oy, int h, int w, int ra, int rb, int ca, int cb, int ldy, byte* scratch);
}

/// <summary>
/// Walks a strided iteration space into a contiguous output in square tiles of its last two
/// (coalesced) dims. A transposed operand read run by run jumps a whole row per element:
/// every access touches a new page, and with a power-of-two row pitch all those lines fall in
/// one L1 set and evict each other. Instead each tile's operands are first gathered into a
/// small buffer, reading each operand along its own contiguous direction, and the output rows
/// are then computed from the buffer with the contiguous vector kernels.
/// </summary>
internal static unsafe class Tiled
{
    /// <summary>Tile edge in elements: a float32 tile is 4 KB, two staged operands stay in L1.</summary>
    public const int Edge = 32;

    /// <summary>True when the innermost run is strided (not 0 or 1) for an operand and the last
    /// two dims are large enough to tile.</summary>
    public static bool Worth(in StridedIter it)
        => it.Dims >= 2 && it.InnerSize >= Edge && it.RowSize >= Edge
           && (it.InnerA is not (0 or 1) || it.InnerB is not (0 or 1));

    /// <summary>Runs <paramref name="body"/> over every tile of the iteration space, in parallel for one large plane.</summary>
    public static void Run<TBody>(ref StridedIter it, ref TBody body) where TBody : struct, ITile
    {
        int rows = it.RowSize, cols = it.InnerSize, ra = it.RowA, rb = it.RowB, ca = it.InnerA, cb = it.InnerB;
        long plane = (long)rows * cols;
        // One plane (a 2-D space, the common transpose) splits over the pool by bands of tile rows.
        // Not on the scalar path: the pool's threads do not see the caller's Simd.ForceScalar.
        if (it.Dims == 2 && plane >= 2 * Elementwise.ParallelGrain && WorkerPool.Threads > 1 && Simd.UseVector256)
        {
            int bands = (rows + Edge - 1) / Edge;
            int tasks = Math.Min(bands, 4 * WorkerPool.Threads), per = (bands + tasks - 1) / tasks;
            tasks = (bands + per - 1) / per;
            long a0 = it.OffA, b0 = it.OffB;
            var copy = body;
            WorkerPool.Run(tasks, t =>
            {
                var local = copy;
                int lo = t * per * Edge, hi = Math.Min(rows, lo + per * Edge);
                Plane(ref local, a0, b0, 0, lo, hi, cols, ra, rb, ca, cb);
            });
            return;
        }
        long yOff = 0;
        do
        {
            Plane(ref body, it.OffA, it.OffB, yOff, 0, rows, cols, ra, rb, ca, cb);
            yOff += plane;
        } while (it.NextPlane());
    }

    private static void Plane<TBody>(ref TBody body, long a0, long b0, long y0, int r0, int r1, int cols, int ra, int rb, int ca, int cb)
        where TBody : struct, ITile
    {
        byte* scratch = stackalloc byte[2 * Edge * Edge * sizeof(long)];
        for (int i0 = r0; i0 < r1; i0 += Edge)
        {
            int h = Math.Min(Edge, r1 - i0);
            for (int j0 = 0; j0 < cols; j0 += Edge)
                body.Tile(a0 + (long)i0 * ra + (long)j0 * ca, b0 + (long)i0 * rb + (long)j0 * cb, y0 + (long)i0 * cols + j0,
                    h, Math.Min(Edge, cols - j0), ra, rb, ca, cb, cols, scratch);
        }
    }

    /// <summary>The tile's rows of an operand as (pointer, row stride): its own memory when its rows
    /// are contiguous (cs = 1; the next tile's lines are prefetched), else gathered into buf.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T* Stage<T>(T* src, int h, int w, int rs, int cs, T* buf, out int ld) where T : unmanaged
    {
        if (cs == 1)
        {
            if (Sse.IsSupported)
                for (int i = 0; i < h; i++)
                {
                    byte* n = (byte*)(src + (long)i * rs + Edge);
                    for (int b = 0; b < Edge * sizeof(T); b += 64) Sse.Prefetch0(n + b);
                }
            ld = rs;
            return src;
        }
        Gather(src, h, w, rs, cs, buf);
        ld = w;
        return buf;
    }

    /// <summary>buf[i*w + j] = src[i*rs + j*cs] (h x w): walks the source along whichever of its two
    /// directions is nearer to contiguous, so each of its cache lines is read once; the buffer takes
    /// the scattered writes in L1. The source lines of the next tile along j (Edge columns on) are
    /// prefetched meanwhile: each run of a transposed operand sits in its own page, out of the
    /// hardware prefetcher's reach, and the loop alone would wait for one or two misses at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Gather<T>(T* src, int h, int w, int rs, int cs, T* buf) where T : unmanaged
    {
        T* next = src + (long)Edge * cs;
        if (sizeof(T) == 4 && rs == 1 && h == Edge && w == Edge && Avx.IsSupported)
        {
            Transpose32((float*)src, cs, (float*)next, (float*)buf);
            return;
        }
        if (Math.Abs((long)rs) < Math.Abs((long)cs))
        {
            int step = rs is 1 or -1 ? Math.Max(1, 64 / sizeof(T)) : 1;
            for (int j = 0; j < w; j++)
            {
                T* s = src + (long)j * cs, n = next + (long)j * cs;
                if (Sse.IsSupported) for (int i = 0; i < h; i += step) Sse.Prefetch0(n + (long)i * rs);
                for (int i = 0; i < h; i++) buf[i * w + j] = s[(long)i * rs];
            }
        }
        else
        {
            int step = cs is 1 or -1 ? Math.Max(1, 64 / sizeof(T)) : 1;
            for (int i = 0; i < h; i++)
            {
                T* s = src + (long)i * rs, n = next + (long)i * rs;
                if (Sse.IsSupported && cs != 0) for (int j = 0; j < w; j += step) Sse.Prefetch0(n + (long)j * cs);
                for (int j = 0; j < w; j++) buf[i * w + j] = s[(long)j * cs];
            }
        }
    }

    /// <summary>A full tile of a 4-byte transposed operand (rows along i contiguous): 8 x 8
    /// register transposes, 8-wide loads and stores. Only moves bits (any 4-byte type).</summary>
    private static void Transpose32(float* src, int cs, float* next, float* buf)
    {
        for (int jb = 0; jb < Edge; jb += 8)
        {
            float* s = src + (long)jb * cs;
            if (Sse.IsSupported)
                for (int q = 0; q < 8; q++) { float* n = next + (long)(jb + q) * cs; Sse.Prefetch0(n); Sse.Prefetch0(n + 16); }
            for (int ib = 0; ib < Edge; ib += 8)
            {
                float* r = s + ib;
                Gemm.Transpose8(Avx.LoadVector256(r), Avx.LoadVector256(r + cs), Avx.LoadVector256(r + 2L * cs), Avx.LoadVector256(r + 3L * cs),
                    Avx.LoadVector256(r + 4L * cs), Avx.LoadVector256(r + 5L * cs), Avx.LoadVector256(r + 6L * cs), Avx.LoadVector256(r + 7L * cs),
                    out var o0, out var o1, out var o2, out var o3, out var o4, out var o5, out var o6, out var o7);
                float* d = buf + ib * Edge + jb;
                Avx.Store(d, o0); Avx.Store(d + Edge, o1); Avx.Store(d + 2 * Edge, o2); Avx.Store(d + 3 * Edge, o3);
                Avx.Store(d + 4 * Edge, o4); Avx.Store(d + 5 * Edge, o5); Avx.Store(d + 6 * Edge, o6); Avx.Store(d + 7 * Edge, o7);
            }
        }
    }
}

/// <summary>y = op(x) by tiles.</summary>
internal readonly unsafe struct UnaryTile<TOp, T>(T* x, T* y) : ITile where TOp : IUnaryOp<T> where T : unmanaged
{
    private readonly T* _x = x, _y = y;

    public void Tile(long oa, long ob, long oy, int h, int w, int ra, int rb, int ca, int cb, int ldy, byte* scratch)
    {
        T* buf = (T*)scratch;
        Tiled.Gather(_x + oa, h, w, ra, ca, buf);
        for (int i = 0; i < h; i++) Elementwise.UnaryCore<TOp, T>(buf + i * w, _y + oy + (long)i * ldy, w);
    }
}

/// <summary>y = op(a, b) by tiles.</summary>
internal readonly unsafe struct BinaryTile<TOp, T>(T* a, T* b, T* y) : ITile where TOp : IBinaryOp<T> where T : unmanaged
{
    private readonly T* _a = a, _b = b, _y = y;

    public void Tile(long oa, long ob, long oy, int h, int w, int ra, int rb, int ca, int cb, int ldy, byte* scratch)
    {
        T* ba = (T*)scratch, bb = ba + Tiled.Edge * Tiled.Edge, y = _y + oy;
        // A scalar operand (both strides 0, as op(x, scalar) passes it) is not staged.
        if (ra == 0 && ca == 0)
        {
            T* pb = Tiled.Stage(_b + ob, h, w, rb, cb, bb, out int lb);
            for (int i = 0; i < h; i++) Elementwise.BinaryScalarACore<TOp, T>(_a[oa], pb + (long)i * lb, y + (long)i * ldy, w);
            return;
        }
        T* pa = Tiled.Stage(_a + oa, h, w, ra, ca, ba, out int la);
        if (rb == 0 && cb == 0)
        {
            for (int i = 0; i < h; i++) Elementwise.BinaryScalarBCore<TOp, T>(pa + (long)i * la, _b[ob], y + (long)i * ldy, w);
            return;
        }
        T* pb2 = Tiled.Stage(_b + ob, h, w, rb, cb, bb, out int lb2);
        for (int i = 0; i < h; i++) Elementwise.BinaryCore<TOp, T>(pa + (long)i * la, pb2 + (long)i * lb2, y + (long)i * ldy, w);
    }
}

/// <summary>A bitwise copy by tiles (same dtype; T is an integer type of the item's size).</summary>
internal readonly unsafe struct CopyTile<T>(T* x, T* y) : ITile where T : unmanaged
{
    private readonly T* _x = x, _y = y;

    public void Tile(long oa, long ob, long oy, int h, int w, int ra, int rb, int ca, int cb, int ldy, byte* scratch)
    {
        T* buf = (T*)scratch;
        Tiled.Gather(_x + oa, h, w, ra, ca, buf);
        for (int i = 0; i < h; i++) new ReadOnlySpan<T>(buf + i * w, w).CopyTo(new Span<T>(_y + oy + (long)i * ldy, w));
    }
}
