using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>
/// The generic elementwise drivers: contiguous loops unrolled 4x with an overlapping last
/// vector (loaded before any store, so in-place calls stay correct) instead of a scalar
/// tail, plus strided drivers that coalesce dimensions and reuse the contiguous loops on
/// every inner run they can.
/// </summary>
internal static unsafe class Elementwise
{
    /// <summary>Elements per task below which a contiguous kernel stays on the calling thread
    /// (waking a worker costs about as much as this many elements of a cheap op).</summary>
    public const int ParallelGrain = 1 << 17;

    /// <summary>Output bytes (per task) from which results are written with non-temporal stores: an
    /// output this large is not read back from the caches anyway, and a plain store first reads the
    /// line it writes (a third more memory traffic for a binary op).</summary>
    public const long StreamingBytes = 8L << 20;

    /// <summary>Tests set this (per process) to force streaming stores onto small outputs.</summary>
    internal static long StreamingThreshold = StreamingBytes;

    private static bool Streaming<T>(T* y, nint n) where T : unmanaged
        => Avx.IsSupported && (long)n * sizeof(T) >= StreamingThreshold && ((nint)y & 31) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put<T>(Vector256<T> v, T* y, bool streaming) where T : unmanaged
    {
        if (streaming) Avx.StoreAlignedNonTemporal((byte*)y, v.AsByte());
        else v.Store(y);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put4<T>(Vector256<T> v0, Vector256<T> v1, Vector256<T> v2, Vector256<T> v3, T* y, int c, bool streaming)
        where T : unmanaged
    {
        if (streaming)
        {
            Avx.StoreAlignedNonTemporal((byte*)y, v0.AsByte());
            Avx.StoreAlignedNonTemporal((byte*)(y + c), v1.AsByte());
            Avx.StoreAlignedNonTemporal((byte*)(y + 2 * c), v2.AsByte());
            Avx.StoreAlignedNonTemporal((byte*)(y + 3 * c), v3.AsByte());
        }
        else
        {
            v0.Store(y); v1.Store(y + c); v2.Store(y + 2 * c); v3.Store(y + 3 * c);
        }
    }

    /// <summary>Orders the streaming stores before what follows (the overlapping last vector, the
    /// worker pool's completion signal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Fence(bool streaming)
    {
        if (streaming) Sse.StoreFence();
    }

    /// <summary>Splits n elements into tasks of a multiple of 64 elements (whole cache lines) for
    /// the worker pool; false for small n, and on the scalar path (the pool's threads do not
    /// see the caller's <see cref="Simd.ForceScalar"/>).</summary>
    private static bool Chunks(nint n, out int tasks, out nint per) => Chunks(n, ParallelGrain, out tasks, out per);

    /// <summary><see cref="Chunks(nint, out int, out nint)"/> with another grain (elements per task at least),
    /// for kernels that do more work per element.</summary>
    internal static bool Chunks(nint n, int grain, out int tasks, out nint per)
    {
        tasks = 0; per = n;
        if (n < 2 * grain || WorkerPool.Threads == 1 || !Simd.UseVector256) return false;
        tasks = (int)Math.Min(2 * WorkerPool.Threads, n / grain);
        per = (n + tasks - 1) / tasks;
        per = (per + 63) & ~(nint)63;
        tasks = (int)((n + per - 1) / per);
        return tasks > 1;
    }

    /// <summary>y[i] = op(x[i]) for i in [0, n).</summary>
    public static void Unary<TOp, T>(T* x, T* y, nint n) where TOp : IUnaryOp<T> where T : unmanaged
    {
        if (Chunks(n, out int tasks, out nint per))
        {
            nint xp = (nint)x, yp = (nint)y;
            WorkerPool.Run(tasks, t => { nint lo = t * per; UnaryCore<TOp, T>((T*)xp + lo, (T*)yp + lo, Math.Min(per, n - lo)); });
            return;
        }
        UnaryCore<TOp, T>(x, y, n);
    }

    internal static void UnaryCore<TOp, T>(T* x, T* y, nint n) where TOp : IUnaryOp<T> where T : unmanaged
    {
        int c = Vector256<T>.Count;
        if (!Simd.UseVector256 || n < c)
        {
            for (nint j = 0; j < n; j++) y[j] = TOp.Invoke(x[j]);
            return;
        }
        Vector256<T> end = TOp.Invoke(Vector256.Load(x + n - c));
        nint i = 0;
        bool nt = Streaming(y, n);
        for (; i <= n - 4 * c; i += 4 * c)
        {
            var v0 = TOp.Invoke(Vector256.Load(x + i));
            var v1 = TOp.Invoke(Vector256.Load(x + i + c));
            var v2 = TOp.Invoke(Vector256.Load(x + i + 2 * c));
            var v3 = TOp.Invoke(Vector256.Load(x + i + 3 * c));
            Put4(v0, v1, v2, v3, y + i, c, nt);
        }
        for (; i <= n - c; i += c) Put(TOp.Invoke(Vector256.Load(x + i)), y + i, nt);
        Fence(nt);
        end.Store(y + n - c);
    }

    /// <summary>y[i] = op(a[i], b[i]).</summary>
    public static void Binary<TOp, T>(T* a, T* b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        if (Chunks(n, out int tasks, out nint per))
        {
            nint ap = (nint)a, bp = (nint)b, yp = (nint)y;
            WorkerPool.Run(tasks, t => { nint lo = t * per; BinaryCore<TOp, T>((T*)ap + lo, (T*)bp + lo, (T*)yp + lo, Math.Min(per, n - lo)); });
            return;
        }
        BinaryCore<TOp, T>(a, b, y, n);
    }

    internal static void BinaryCore<TOp, T>(T* a, T* b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        int c = Vector256<T>.Count;
        if (!Simd.UseVector256 || n < c)
        {
            for (nint j = 0; j < n; j++) y[j] = TOp.Invoke(a[j], b[j]);
            return;
        }
        Vector256<T> end = TOp.Invoke(Vector256.Load(a + n - c), Vector256.Load(b + n - c));
        nint i = 0;
        bool nt = Streaming(y, n);
        for (; i <= n - 4 * c; i += 4 * c)
        {
            var v0 = TOp.Invoke(Vector256.Load(a + i), Vector256.Load(b + i));
            var v1 = TOp.Invoke(Vector256.Load(a + i + c), Vector256.Load(b + i + c));
            var v2 = TOp.Invoke(Vector256.Load(a + i + 2 * c), Vector256.Load(b + i + 2 * c));
            var v3 = TOp.Invoke(Vector256.Load(a + i + 3 * c), Vector256.Load(b + i + 3 * c));
            Put4(v0, v1, v2, v3, y + i, c, nt);
        }
        for (; i <= n - c; i += c) Put(TOp.Invoke(Vector256.Load(a + i), Vector256.Load(b + i)), y + i, nt);
        Fence(nt);
        end.Store(y + n - c);
    }

    /// <summary>y[i] = op(a[i], b) with a broadcast scalar b.</summary>
    public static void BinaryScalarB<TOp, T>(T* a, T b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        if (Chunks(n, out int tasks, out nint per))
        {
            nint ap = (nint)a, yp = (nint)y;
            WorkerPool.Run(tasks, t => { nint lo = t * per; BinaryScalarBCore<TOp, T>((T*)ap + lo, b, (T*)yp + lo, Math.Min(per, n - lo)); });
            return;
        }
        BinaryScalarBCore<TOp, T>(a, b, y, n);
    }

    internal static void BinaryScalarBCore<TOp, T>(T* a, T b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        int c = Vector256<T>.Count;
        if (!Simd.UseVector256 || n < c)
        {
            for (nint j = 0; j < n; j++) y[j] = TOp.Invoke(a[j], b);
            return;
        }
        var vb = Vector256.Create(b);
        Vector256<T> end = TOp.Invoke(Vector256.Load(a + n - c), vb);
        nint i = 0;
        bool nt = Streaming(y, n);
        for (; i <= n - 4 * c; i += 4 * c)
        {
            var v0 = TOp.Invoke(Vector256.Load(a + i), vb);
            var v1 = TOp.Invoke(Vector256.Load(a + i + c), vb);
            var v2 = TOp.Invoke(Vector256.Load(a + i + 2 * c), vb);
            var v3 = TOp.Invoke(Vector256.Load(a + i + 3 * c), vb);
            Put4(v0, v1, v2, v3, y + i, c, nt);
        }
        for (; i <= n - c; i += c) Put(TOp.Invoke(Vector256.Load(a + i), vb), y + i, nt);
        Fence(nt);
        end.Store(y + n - c);
    }

    /// <summary>y[i] = op(a, b[i]) with a broadcast scalar a.</summary>
    public static void BinaryScalarA<TOp, T>(T a, T* b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        if (Chunks(n, out int tasks, out nint per))
        {
            nint bp = (nint)b, yp = (nint)y;
            WorkerPool.Run(tasks, t => { nint lo = t * per; BinaryScalarACore<TOp, T>(a, (T*)bp + lo, (T*)yp + lo, Math.Min(per, n - lo)); });
            return;
        }
        BinaryScalarACore<TOp, T>(a, b, y, n);
    }

    internal static void BinaryScalarACore<TOp, T>(T a, T* b, T* y, nint n) where TOp : IBinaryOp<T> where T : unmanaged
    {
        int c = Vector256<T>.Count;
        if (!Simd.UseVector256 || n < c)
        {
            for (nint j = 0; j < n; j++) y[j] = TOp.Invoke(a, b[j]);
            return;
        }
        var va = Vector256.Create(a);
        Vector256<T> end = TOp.Invoke(va, Vector256.Load(b + n - c));
        nint i = 0;
        bool nt = Streaming(y, n);
        for (; i <= n - 4 * c; i += 4 * c)
        {
            var v0 = TOp.Invoke(va, Vector256.Load(b + i));
            var v1 = TOp.Invoke(va, Vector256.Load(b + i + c));
            var v2 = TOp.Invoke(va, Vector256.Load(b + i + 2 * c));
            var v3 = TOp.Invoke(va, Vector256.Load(b + i + 3 * c));
            Put4(v0, v1, v2, v3, y + i, c, nt);
        }
        for (; i <= n - c; i += c) Put(TOp.Invoke(va, Vector256.Load(b + i)), y + i, nt);
        Fence(nt);
        end.Store(y + n - c);
    }

    /// <summary>Unary op on a strided input into a contiguous output of the same shape.</summary>
    public static void UnaryStrided<TOp, T>(T* x, int[] shape, int[] xStrides, T* y) where TOp : IUnaryOp<T> where T : unmanaged
    {
        var it = new StridedIter(shape, xStrides, null);
        if (it.Count == 0) return;
        if (Tiled.Worth(it))
        {
            var body = new UnaryTile<TOp, T>(x, y);
            Tiled.Run(ref it, ref body);
            return;
        }
        int n = it.InnerSize, sx = it.InnerA;
        long yOff = 0;
        do
        {
            T* xp = x + it.OffA;
            if (sx == 1) Unary<TOp, T>(xp, y + yOff, n);
            else if (sx == 0) Fill.Items(y + yOff, n, TOp.Invoke(*xp));  // a broadcast run: one value, computed once
            else for (int j = 0; j < n; j++) y[yOff + j] = TOp.Invoke(xp[(long)j * sx]);
            yOff += n;
        } while (it.Next());
    }

    /// <summary>Binary op on strided (possibly broadcast, stride 0) inputs into a contiguous output.</summary>
    public static void BinaryStrided<TOp, T>(T* a, int[] aStrides, T* b, int[] bStrides, int[] shape, T* y)
        where TOp : IBinaryOp<T> where T : unmanaged
    {
        var it = new StridedIter(shape, aStrides, bStrides);
        if (it.Count == 0) return;
        if (Tiled.Worth(it))
        {
            var body = new BinaryTile<TOp, T>(a, b, y);
            Tiled.Run(ref it, ref body);
            return;
        }
        int n = it.InnerSize, sa = it.InnerA, sb = it.InnerB;
        long yOff = 0;
        do
        {
            T* ap = a + it.OffA, bp = b + it.OffB, yp = y + yOff;
            if (sa == 1 && sb == 1) Binary<TOp, T>(ap, bp, yp, n);
            else if (sa == 1 && sb == 0) BinaryScalarB<TOp, T>(ap, *bp, yp, n);
            else if (sa == 0 && sb == 1) BinaryScalarA<TOp, T>(*ap, bp, yp, n);
            else if (sa == 0 && sb == 0) Fill.Items(yp, n, TOp.Invoke(*ap, *bp));
            else for (int j = 0; j < n; j++) yp[j] = TOp.Invoke(ap[(long)j * sa], bp[(long)j * sb]);
            yOff += n;
        } while (it.Next());
    }
}

/// <summary>
/// Walks the outer dimensions of a row-major iteration space for up to two strided operands,
/// after dropping size-1 dims and merging dims that are contiguous for every operand;
/// the innermost (merged) dimension is left to the caller as a run of InnerSize elements.
/// </summary>
internal struct StridedIter
{
    private readonly int[] _shape, _sa, _sb;
    private readonly int[] _idx;
    private readonly int _nd;
    public long OffA, OffB;
    public readonly int InnerSize, InnerA, InnerB;
    public readonly long Count;

    public StridedIter(int[] shape, int[] sa, int[]? sb)
    {
        Count = Shape.Numel(shape);
        // Coalesce: walk from the innermost dim outwards.
        var dims = new List<(int size, int a, int b, int y)>();
        int ystride = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            if (shape[d] == 1) continue;
            int a = sa[d], b = sb?[d] ?? 0;
            if (dims.Count > 0)
            {
                var last = dims[^1];
                if (a == last.a * last.size && b == last.b * last.size && ystride == last.y * last.size)
                {
                    dims[^1] = (last.size * shape[d], last.a, last.b, last.y);
                    ystride *= shape[d];
                    continue;
                }
            }
            dims.Add((shape[d], a, b, ystride));
            ystride *= shape[d];
        }
        if (dims.Count == 0) dims.Add((1, 1, 1, 1));
        dims.Reverse();
        _nd = dims.Count;
        _shape = new int[_nd]; _sa = new int[_nd]; _sb = new int[_nd];
        for (int i = 0; i < _nd; i++) { _shape[i] = dims[i].size; _sa[i] = dims[i].a; _sb[i] = dims[i].b; }
        _idx = new int[_nd];
        InnerSize = _shape[_nd - 1];
        InnerA = _sa[_nd - 1];
        InnerB = _sb[_nd - 1];
        OffA = 0; OffB = 0;
    }

    /// <summary>Coalesced dims (at least 1).</summary>
    public int Dims => _nd;
    /// <summary>Size and operand strides of the second-innermost coalesced dim (Dims >= 2).</summary>
    public int RowSize => _shape[_nd - 2];
    public int RowA => _sa[_nd - 2];
    public int RowB => _sb[_nd - 2];

    /// <summary>Advances to the next inner run; false when done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next() => Advance(_nd - 2);

    /// <summary>Advances to the next plane of the last two dims (<see cref="Tiled"/> walks
    /// those itself); false when done.</summary>
    public bool NextPlane() => Advance(_nd - 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Advance(int from)
    {
        for (int d = from; d >= 0; d--)
        {
            if (++_idx[d] < _shape[d])
            {
                OffA += _sa[d]; OffB += _sb[d];
                return true;
            }
            OffA -= (long)_sa[d] * (_shape[d] - 1);
            OffB -= (long)_sb[d] * (_shape[d] - 1);
            _idx[d] = 0;
        }
        return false;
    }
}
