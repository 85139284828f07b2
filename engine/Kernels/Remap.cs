using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>
/// Copies elements into a new order given per dim: output position i along dim d reads source
/// position map[d][i] (repeat: i mod n, roll: (i - s) mod n, flip: n - 1 - i). The trailing dims
/// that every map leaves alone form one contiguous block; along the innermost remapped dim the map
/// is cut into runs of consecutive (or, for flips, reversed) positions, each copied with one
/// memcpy or one typed reversed loop. Bitwise copies by element size, for every dtype.
/// </summary>
internal static unsafe class Remap
{
    /// <summary>dst (contiguous, shape outShape) from the contiguous src of shape srcShape (same rank).</summary>
    public static void Run(byte* src, int[] srcShape, byte* dst, int[] outShape, int[][] maps, int itemSize)
    {
        int nd = outShape.Length;
        if (Shape.Numel(outShape) == 0) return;
        // The block: trailing dims every map leaves as they are.
        int k = nd;
        long block = 1;
        while (k > 0 && IsIdentity(maps[k - 1], srcShape[k - 1])) { k--; block *= outShape[k]; }
        long blockBytes = block * itemSize;
        if (k == 0) { Buffer.MemoryCopy(src, dst, blockBytes, blockBytes); return; }
        int last = k - 1;
        var runs = Runs(maps[last]);
        // Source strides of the remapped dims, in bytes.
        var srcStride = new long[nd];
        long acc = itemSize;
        for (int d = nd - 1; d >= 0; d--) { srcStride[d] = acc; acc *= srcShape[d]; }
        long rowBytes = (long)outShape[last] * blockBytes;
        long outer = 1;
        for (int d = 0; d < last; d++) outer *= outShape[d];
        // Large copies split their rows over the worker pool.
        if (outer > 1 && outer * rowBytes >= ParallelBytes && WorkerPool.Threads > 1)
        {
            int tasks = (int)Math.Min(outer, 2 * WorkerPool.Threads);
            long per = (outer + tasks - 1) / tasks;
            nint s = (nint)src, o = (nint)dst;
            WorkerPool.Run(tasks, t => Rows((byte*)s, srcStride, (byte*)o, outShape, maps, last, runs, blockBytes, rowBytes, itemSize,
                                            t * per, Math.Min(outer, (t + 1) * per)));
            return;
        }
        Rows(src, srcStride, dst, outShape, maps, last, runs, blockBytes, rowBytes, itemSize, 0, outer);
    }

    private const long ParallelBytes = 1 << 20;

    /// <summary>Output rows [from, to) of the outer dims (0..last-1), each through the runs of dim last.</summary>
    private static void Rows(byte* src, long[] srcStride, byte* dst, int[] outShape, int[][] maps, int last, Segment[] runs,
                             long blockBytes, long rowBytes, int itemSize, long from, long to)
    {
        if (from >= to) return;
        // The odometer at row `from`, and its source offset.
        var idx = new int[last];
        long rest = from, srcRowOff = 0;
        for (int d = last - 1; d >= 0; d--)
        {
            idx[d] = (int)(rest % outShape[d]);
            rest /= outShape[d];
            srcRowOff += maps[d][idx[d]] * srcStride[d];
        }
        byte* o = dst + from * rowBytes;
        for (long r = from; r < to; r++)
        {
            CopyRow(src + srcRowOff, o, runs, srcStride[last], blockBytes, itemSize);
            o += rowBytes;
            // Advance the odometer over the outer dims, updating the source offset by map differences.
            for (int d = last - 1; d >= 0; d--)
            {
                int[] m = maps[d];
                srcRowOff -= m[idx[d]] * srcStride[d];
                if (++idx[d] < outShape[d]) { srcRowOff += m[idx[d]] * srcStride[d]; break; }
                idx[d] = 0;
                srcRowOff += m[0] * srcStride[d];
            }
        }
    }

    private static bool IsIdentity(int[] map, int srcSize)
    {
        if (map.Length != srcSize) return false;
        for (int i = 0; i < map.Length; i++) if (map[i] != i) return false;
        return true;
    }

    /// <summary>A run of the innermost remapped dim: len outputs reading from start on, forwards or backwards.</summary>
    private readonly record struct Segment(int Start, int Len, bool Reversed);

    private static Segment[] Runs(int[] map)
    {
        var runs = new List<Segment>();
        int i = 0;
        while (i < map.Length)
        {
            int j = i + 1;
            while (j < map.Length && map[j] == map[j - 1] + 1) j++;
            if (j - i == 1)
            {
                // A single position, or the start of a descending run (a flip).
                while (j < map.Length && map[j] == map[j - 1] - 1) j++;
                runs.Add(new Segment(map[i], j - i, j - i > 1));
            }
            else runs.Add(new Segment(map[i], j - i, false));
            i = j;
        }
        return runs.ToArray();
    }

    private static void CopyRow(byte* src, byte* dst, Segment[] runs, long stride, long blockBytes, int itemSize)
    {
        foreach (var run in runs)
        {
            if (!run.Reversed)
            {
                long bytes = run.Len * blockBytes;
                Buffer.MemoryCopy(src + run.Start * stride, dst, bytes, bytes);
                dst += bytes;
            }
            else if (blockBytes == itemSize)
            {
                // A flipped innermost dim: one typed loop backwards.
                byte* s = src + run.Start * stride;
                switch (itemSize)
                {
                    case 8: Reverse((long*)s, (long*)dst, run.Len); break;
                    case 4: Reverse((int*)s, (int*)dst, run.Len); break;
                    case 2: Reverse((short*)s, (short*)dst, run.Len); break;
                    default: Reverse(s, dst, run.Len); break;
                }
                dst += run.Len * blockBytes;
            }
            else
            {
                for (int j = 0; j < run.Len; j++)
                {
                    Buffer.MemoryCopy(src + (run.Start - j) * stride, dst, blockBytes, blockBytes);
                    dst += blockBytes;
                }
            }
        }
    }

    /// <summary>dst[j] = src[-j] for j in [0, n): src points at the first element read. 4- and 8-byte
    /// elements go a vector at a time, reversed by one lane permutation.</summary>
    private static void Reverse<T>(T* src, T* dst, int n) where T : unmanaged
    {
        int j = 0;
        // The AVX2 permutes themselves: NativeAOT does not lower Vector256.Shuffle to them.
        if (Simd.UseVector256 && Avx2.IsSupported)
        {
            if (sizeof(T) == 4)
            {
                var rev = Vector256.Create(7, 6, 5, 4, 3, 2, 1, 0);
                for (; j + 8 <= n; j += 8) Avx2.PermuteVar8x32(Vector256.Load((int*)src - j - 7), rev).Store((int*)dst + j);
            }
            else if (sizeof(T) == 8)
                for (; j + 4 <= n; j += 4) Avx2.Permute4x64(Vector256.Load((long*)src - j - 3), 0b00_01_10_11).Store((long*)dst + j);
        }
        for (; j < n; j++) dst[j] = src[-j];
    }
}
