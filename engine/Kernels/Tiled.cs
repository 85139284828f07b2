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

    /// <summary>buf[i*w + j] = src[i*rs + j*cs] (h x w): walks the source along whichever of its two
    /// directions is nearer to contiguous, so each of its cache lines is read once; the buffer takes
    /// the scattered writes in L1. The source lines of the next tile along j (Edge columns on) are
    /// prefetched meanwhile: each run of a transposed operand sits in its own page, out of the
    /// hardware prefetcher's reach, and the loop alone would wait for one or two misses at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Gather<T>(T* src, int h, int w, int rs, int cs, T* buf) where T : unmanaged
    {
        T* next = src + (long)Edge * cs;
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
        T* ba = (T*)scratch, bb = ba + Tiled.Edge * Tiled.Edge;
        // A scalar operand (both strides 0, as op(x, scalar) passes it) is not staged.
        if (ra == 0 && ca == 0)
        {
            Tiled.Gather(_b + ob, h, w, rb, cb, bb);
            for (int i = 0; i < h; i++) Elementwise.BinaryScalarACore<TOp, T>(_a[oa], bb + i * w, _y + oy + (long)i * ldy, w);
            return;
        }
        Tiled.Gather(_a + oa, h, w, ra, ca, ba);
        if (rb == 0 && cb == 0)
        {
            for (int i = 0; i < h; i++) Elementwise.BinaryScalarBCore<TOp, T>(ba + i * w, _b[ob], _y + oy + (long)i * ldy, w);
            return;
        }
        Tiled.Gather(_b + ob, h, w, rb, cb, bb);
        for (int i = 0; i < h; i++) Elementwise.BinaryCore<TOp, T>(ba + i * w, bb + i * w, _y + oy + (long)i * ldy, w);
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
