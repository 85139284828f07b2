using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>
/// Bool-mask indexing without an index tensor: x[mask] as one compaction pass (masked_select) and
/// x[mask] = v as one pass over the mask (masked_fill for a broadcast value, masked_scatter for one
/// value block per set element). The mask is contiguous bytes (non-zero = set) over the leading dims
/// of a contiguous x; every mask element stands for a block of <c>block</c> elements of x. Bits are
/// moved whatever the dtype. Loops are branch-free on the mask (a random mask defeats prediction).
/// </summary>
internal static unsafe class MaskIndex
{
    /// <summary>The number of non-zero bytes of m (vectorized: compare, movemask, popcount).</summary>
    public static long Count(byte* m, long n)
    {
        long c = 0, i = 0;
        if (Avx2.IsSupported)
            for (; i + 32 <= n; i += 32)
            {
                var eq = Avx2.CompareEqual(Avx.LoadVector256(m + i), Vector256<byte>.Zero);
                c += 32 - BitOperations.PopCount((uint)Avx2.MoveMask(eq));
            }
        for (; i < n; i++) c += m[i] != 0 ? 1 : 0;
        return c;
    }

    /// <summary>The multi-index of the j-th set byte of m (contiguous, of the given shape) in cols[d * count + j] (int64,
    /// one column per dim: nonzero(as_tuple=True) written straight into one buffer). Branch-free: every element's
    /// multi-index is written at j, which moves on only when the element is set; the walk ends at the count-th.</summary>
    public static void Columns(byte* m, int[] shape, long count, long* cols)
    {
        if (count == 0) return;
        int nd = shape.Length, inner = shape[^1];
        var pos = new long[nd];
        long* last = cols + (nd - 1) * count;
        long j = 0;
        for (byte* row = m; j < count; row += inner)
        {
            for (int d = 0; d < nd - 1; d++)
            {
                long p = pos[d];
                long* col = cols + d * count;
                // the outer dims are constant along the row: the row's set elements take the same value
                for (long k = j, end = Math.Min(count, j + inner); k < end; k++) col[k] = p;
            }
            for (int c = 0; c < inner && j < count; c++)
            {
                last[j] = c;
                j += row[c] != 0 ? 1 : 0;
            }
            for (int d = nd - 2; d >= 0; d--) { if (++pos[d] < shape[d]) break; pos[d] = 0; }
        }
    }

    /// <summary>y = the blocks of x whose mask byte is set, in order (y holds count * block elements).</summary>
    public static void Select(byte* x, byte* m, long n, long block, byte* y, int itemSize, long count)
    {
        if (count == 0) return;
        if (block != 1)
        {
            long bytes = block * itemSize, j = 0;
            for (long i = 0; i < n; i++)
                if (m[i] != 0) { Buffer.MemoryCopy(x + i * bytes, y + j * bytes, bytes, bytes); j++; }
            return;
        }
        switch (itemSize)
        {
            case 4: Select4((int*)x, m, n, (int*)y, count); break;
            case 8: Select8((long*)x, m, n, (long*)y, count); break;
            default: SelectScalar(x, m, n, y, count, 0, 0); break;
        }
    }

    // Branch-free compaction from element i on, output position j on: every element is stored at y[j] and j moves
    // on only when it is set (the next element overwrites an unset one). The last store is guarded so y is not
    // written past count.
    private static void SelectScalar<T>(T* x, byte* m, long n, T* y, long count, long i, long j) where T : unmanaged
    {
        for (; i < n && j < count; i++)
        {
            y[j] = x[i];
            j += m[i] != 0 ? 1 : 0;
        }
    }

    // 4-byte elements: 8 at a time, the set ones moved to the front by a permutation picked by the 8 mask bits,
    // stored whole at y + j (the lanes past the set ones are overwritten later), while 8 lanes still fit in y.
    private static void Select4(int* x, byte* m, long n, int* y, long count)
    {
        long i = 0, j = 0;
        if (Avx2.IsSupported)
        {
            var lut = Compress4Lut;
            fixed (int* lp = lut)
                for (; i + 8 <= n && j + 8 <= count; i += 8)
                {
                    var nz = Sse2.CompareEqual(Sse2.LoadScalarVector128((long*)(m + i)).AsByte(), Vector128<byte>.Zero);
                    int bits = ~Sse2.MoveMask(nz) & 0xFF;
                    var perm = Avx.LoadVector256(lp + bits * 8);
                    Avx.Store(y + j, Avx2.PermuteVar8x32(Avx.LoadVector256(x + i), perm));
                    j += BitOperations.PopCount((uint)bits);
                }
        }
        SelectScalar(x, m, n, y, count, i, j);
    }

    // 8-byte elements, 4 at a time, as Select4 with each element a pair of 4-byte lanes.
    private static void Select8(long* x, byte* m, long n, long* y, long count)
    {
        long i = 0, j = 0;
        if (Avx2.IsSupported)
        {
            fixed (int* lp = Compress8Lut)
                for (; i + 4 <= n && j + 4 <= count; i += 4)
                {
                    var nz = Sse2.CompareEqual(Sse2.LoadScalarVector128((int*)(m + i)).AsByte(), Vector128<byte>.Zero);
                    int bits = ~Sse2.MoveMask(nz) & 0xF;
                    Avx.Store((int*)(y + j), Avx2.PermuteVar8x32(Avx.LoadVector256((int*)(x + i)), Avx.LoadVector256(lp + bits * 8)));
                    j += BitOperations.PopCount((uint)bits);
                }
        }
        SelectScalar(x, m, n, y, count, i, j);
    }

    private static readonly int[] Compress4Lut = BuildCompressLut(8, 1);
    private static readonly int[] Compress8Lut = BuildCompressLut(4, 2);

    // Per mask of `lanes` bits, 8 int lanes: the k-th set element's parts go to lanes k * parts + p (the rest: 0).
    private static int[] BuildCompressLut(int lanes, int parts)
    {
        var lut = new int[(1 << lanes) * 8];
        for (int b = 0; b < 1 << lanes; b++)
        {
            int k = 0;
            for (int l = 0; l < lanes; l++)
                if ((b >> l & 1) != 0)
                {
                    for (int p = 0; p < parts; p++) lut[b * 8 + k * parts + p] = l * parts + p;
                    k++;
                }
        }
        return lut;
    }

    /// <summary>x[block i] = v (one block of <c>block</c> elements, contiguous) wherever m[i] is set (masked_fill).</summary>
    public static void Fill(byte* x, byte* m, long n, long block, byte* v, int itemSize)
    {
        if (block == 1)
            switch (itemSize)
            {
                case 4: Fill1(x, m, n, *(int*)v); return;
                case 8: Fill1(x, m, n, *(long*)v); return;
                case 2: Fill1(x, m, n, *(short*)v); return;
                case 1: Fill1(x, m, n, *v); return;
            }
        long bytes = block * itemSize;
        for (long i = 0; i < n; i++)
            if (m[i] != 0) Buffer.MemoryCopy(v, x + i * bytes, bytes, bytes);
    }

    // One element per mask byte: a vector blend over 32 bytes of mask at a time, branch-free scalar tail.
    private static void Fill1<T>(byte* xb, byte* m, long n, T v) where T : unmanaged
    {
        T* x = (T*)xb;
        long i = 0;
        if (Avx2.IsSupported)
        {
            int per = Vector256<T>.Count;        // elements per vector; 32 / per vectors per 32 mask bytes
            var vv = Vector256.Create(v);
            for (; i + 32 <= n; i += 32)
            {
                var set = ~Avx2.CompareEqual(Avx.LoadVector256(m + i), Vector256<byte>.Zero);
                if (Avx.TestZ(set, set)) continue;
                for (int k = 0; k < 32; k += per)
                {
                    var sel = Widen<T>(m + i + k);
                    var cur = Avx.LoadVector256((byte*)(x + i + k));
                    Avx.Store((byte*)(x + i + k), Avx2.BlendVariable(cur, vv.AsByte(), sel));
                }
            }
        }
        for (; i < n; i++) { T cur = x[i]; x[i] = m[i] != 0 ? v : cur; }
    }

    // All-ones lanes (as bytes) of sizeof(T) bytes where the mask byte is non-zero, for Vector256<T>.Count mask bytes.
    private static Vector256<byte> Widen<T>(byte* m) where T : unmanaged
    {
        if (sizeof(T) == 1) return ~Avx2.CompareEqual(Avx.LoadVector256(m), Vector256<byte>.Zero);
        if (sizeof(T) == 2)
            return ~Avx2.CompareEqual(Avx2.ConvertToVector256Int16(Sse2.LoadVector128(m)), Vector256<short>.Zero).AsByte();
        if (sizeof(T) == 4)
            return ~Avx2.CompareEqual(Avx2.ConvertToVector256Int32(Sse2.LoadScalarVector128((long*)m).AsByte()), Vector256<int>.Zero).AsByte();
        return ~Avx2.CompareEqual(Avx2.ConvertToVector256Int64(Sse2.LoadScalarVector128((int*)m).AsByte()), Vector256<long>.Zero).AsByte();
    }

    /// <summary>x[block i] = the j-th block of v for the j-th set m[i] (masked_scatter; v holds count blocks, contiguous).</summary>
    public static void Scatter(byte* x, byte* m, long n, long block, byte* v, int itemSize, long count)
    {
        if (count == 0) return;
        if (block == 1)
            switch (itemSize)
            {
                case 4: Scatter4((int*)x, m, n, (int*)v, count); return;
                case 8: Scatter8((long*)x, m, n, (long*)v, count); return;
                case 1: Scatter1(x, m, n, v, count, 0, 0); return;
            }
        long bytes = block * itemSize, j = 0;
        for (long i = 0; i < n; i++)
            if (m[i] != 0) { Buffer.MemoryCopy(v + j * bytes, x + i * bytes, bytes, bytes); j++; }
    }

    // 4-byte elements, 8 at a time: the next values spread to the set lanes by a permutation picked by the 8 mask
    // bits (lane l takes value j + the number of set lanes below l), blended into x, while 8 values remain in v.
    private static void Scatter4(int* x, byte* m, long n, int* v, long count)
    {
        long i = 0, j = 0;
        if (Avx2.IsSupported)
            fixed (int* lp = Expand4Lut)
                for (; i + 8 <= n && j + 8 <= count; i += 8)
                {
                    var nz = Sse2.CompareEqual(Sse2.LoadScalarVector128((long*)(m + i)).AsByte(), Vector128<byte>.Zero);
                    int bits = ~Sse2.MoveMask(nz) & 0xFF;
                    var spread = Avx2.PermuteVar8x32(Avx.LoadVector256(v + j), Avx.LoadVector256(lp + bits * 8));
                    Avx.Store((byte*)(x + i), Avx2.BlendVariable(Avx.LoadVector256((byte*)(x + i)), spread.AsByte(), Widen<int>(m + i)));
                    j += BitOperations.PopCount((uint)bits);
                }
        Scatter1(x, m, n, v, count, i, j);
    }

    // 8-byte elements, 4 at a time, as Scatter4 with each lane a pair of 4-byte lanes.
    private static void Scatter8(long* x, byte* m, long n, long* v, long count)
    {
        long i = 0, j = 0;
        if (Avx2.IsSupported)
            fixed (int* lp = Expand8Lut)
                for (; i + 4 <= n && j + 4 <= count; i += 4)
                {
                    var nz = Sse2.CompareEqual(Sse2.LoadScalarVector128((int*)(m + i)).AsByte(), Vector128<byte>.Zero);
                    int bits = ~Sse2.MoveMask(nz) & 0xF;
                    var spread = Avx2.PermuteVar8x32(Avx.LoadVector256((int*)(v + j)), Avx.LoadVector256(lp + bits * 8));
                    Avx.Store((byte*)(x + i), Avx2.BlendVariable(Avx.LoadVector256((byte*)(x + i)), spread.AsByte(), Widen<long>(m + i)));
                    j += BitOperations.PopCount((uint)bits);
                }
        Scatter1(x, m, n, v, count, i, j);
    }

    private static readonly int[] Expand4Lut = BuildExpandLut(8, 1);
    private static readonly int[] Expand8Lut = BuildExpandLut(4, 2);

    // Per mask of `lanes` bits, 8 int lanes: lane part p of element l takes part p of value (set lanes below l).
    private static int[] BuildExpandLut(int lanes, int parts)
    {
        var lut = new int[(1 << lanes) * 8];
        for (int b = 0; b < 1 << lanes; b++)
            for (int l = 0; l < lanes; l++)
            {
                int rank = BitOperations.PopCount((uint)(b & ((1 << l) - 1)));
                for (int p = 0; p < parts; p++) lut[b * 8 + l * parts + p] = rank * parts + p;
            }
        return lut;
    }

    // Branch-free from element i and value j on: every element is rewritten (with itself when unset); v is read at
    // min(j, count - 1), never past its end.
    private static void Scatter1<T>(T* x, byte* m, long n, T* v, long count, long i, long j) where T : unmanaged
    {
        long last = count - 1;
        for (; i < n; i++)
        {
            int set = m[i] != 0 ? 1 : 0;
            T a = v[Math.Min(j, last)], b = x[i];
            x[i] = set != 0 ? a : b;
            j += set;
        }
    }
}
