using System.Runtime.CompilerServices;

namespace NativeGrad.Kernels;

/// <summary>Maps an element to an unsigned key whose integer order is PyTorch's order of the values:
/// ascending with NaN greatest (all NaNs equal, -0 equal to +0); descending keys are the complement.</summary>
internal interface ISortKey<T> where T : unmanaged
{
    /// <summary>The key of x (ascending order).</summary>
    static abstract ulong Key(T x);
    /// <summary>True when every key fits in 32 bits (the position can then share one ulong with it).</summary>
    static abstract bool Narrow { get; }
}

/// <summary>float32: the IEEE bits made monotonic (a negative flips every bit, a positive its sign
/// bit), NaN the largest key. Branch-free but for NaN: signs of data are unpredictable.</summary>
internal struct Float32Key : ISortKey<float>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(float x)
    {
        uint b = BitConverter.SingleToUInt32Bits(x + 0f);     // -0 + 0 is +0: both zeros share a key
        uint key = b ^ ((uint)((int)b >> 31) | 0x8000_0000u);
        return float.IsNaN(x) ? uint.MaxValue : key;
    }
    public static bool Narrow => true;
}

/// <summary>float64: as float32, on 64 bits.</summary>
internal struct Float64Key : ISortKey<double>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(double x)
    {
        ulong b = BitConverter.DoubleToUInt64Bits(x + 0d);
        ulong key = b ^ ((ulong)((long)b >> 63) | 0x8000_0000_0000_0000ul);
        return double.IsNaN(x) ? ulong.MaxValue : key;
    }
    public static bool Narrow => false;
}

/// <summary>int64: the sign bit flipped (exact; no conversion through double).</summary>
internal struct Int64Key : ISortKey<long>
{
    public static ulong Key(long x) => (ulong)x ^ 0x8000_0000_0000_0000ul;
    public static bool Narrow => false;
}

/// <summary>bool: 0 or 1.</summary>
internal struct BoolKey : ISortKey<byte>
{
    public static ulong Key(byte x) => x != 0 ? 1ul : 0ul;
    public static bool Narrow => true;
}

/// <summary>
/// Sorting along the middle dim of a contiguous tensor seen as [outer, n, inner], for sort, argsort and
/// topk. Each line becomes keys (ISortKey) tied to positions, ordered by key then position — a total
/// order, so the result is the stable sort — and its first k are written out. Keys of 32 bits share
/// one ulong with the position and sort as plain integers; 64-bit keys sort with their positions as
/// (key, position) pairs. topk of a few elements keeps the k best in one pass; other partial sorts
/// quickselect the first k and sort them. Lines split over the worker pool.
/// </summary>
internal static unsafe class Sorting
{
    private const long ParallelElements = 1 << 15;
    private const int FewBest = 32;

    private struct Entry
    {
        public ulong Key;
        public long Index;
    }

    private struct EntryOrder : IComparer<Entry>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly int Compare(Entry a, Entry b) => a.Key != b.Key ? (a.Key < b.Key ? -1 : 1) : a.Index.CompareTo(b.Index);
    }

    /// <summary>values/indices ([outer, k, inner]) = the first k elements of each line of x, ascending
    /// (descending: largest first), equal values in their original order.</summary>
    public static void Lines<T, TKey>(T* x, T* values, long* indices, long outer, int n, int inner, int k, bool descending)
        where T : unmanaged where TKey : ISortKey<T>
    {
        long lines = outer * inner;
        if (lines == 0 || k == 0) return;
        nint xp = (nint)x, vp = (nint)values, ip = (nint)indices;
        if (lines > 1 && lines * n >= ParallelElements && WorkerPool.Threads > 1)
        {
            int tasks = (int)Math.Min(lines, 2 * WorkerPool.Threads);
            long per = (lines + tasks - 1) / tasks;
            WorkerPool.Run(tasks, t => Range<T, TKey>((T*)xp, (T*)vp, (long*)ip, n, inner, k, descending, t * per, Math.Min(lines, (t + 1) * per)));
            return;
        }
        Range<T, TKey>(x, values, indices, n, inner, k, descending, 0, lines);
    }

    private static void Range<T, TKey>(T* x, T* values, long* indices, int n, int inner, int k, bool descending, long from, long to)
        where T : unmanaged where TKey : ISortKey<T>
    {
        if (from >= to) return;
        bool few = k <= FewBest && (long)k * 16 <= n;
        ulong[]? packed = TKey.Narrow && !few ? new ulong[n] : null;
        Entry[]? entries = TKey.Narrow && !few ? null : new Entry[few ? k : n];
        // The radix sorts' second buffer.
        ulong[]? packedTmp = packed is not null && n >= RadixMin ? new ulong[n] : null;
        Entry[]? entriesTmp = entries is not null && !few && n >= RadixMin ? new Entry[n] : null;
        ulong flip = descending ? ulong.MaxValue : 0;
        for (long line = from; line < to; line++)
        {
            long o = line / inner, i = line % inner;
            T* src = x + o * n * inner + i;
            long ob = o * k * inner + i;
            if (few)
            {
                int m = FirstFew<T, TKey>(src, n, inner, k, flip, entries!);
                for (int j = 0; j < m; j++) Write(src, values, indices, ob, inner, j, entries![j].Index);
                continue;
            }
            if (packed is not null)
            {
                // 32-bit keys: key and position in one ulong, sorted as integers.
                ulong narrowFlip = flip & 0xFFFF_FFFFul;
                for (int j = 0; j < n; j++) packed[j] = ((TKey.Key(src[(long)j * inner]) ^ narrowFlip) << 32) | (uint)j;
                var span = packed.AsSpan();
                if (k < n) { SelectFirst(span, k); span = span[..k]; }
                if (span.Length >= RadixMin) RadixSort(span, packedTmp!);
                else span.Sort();
                for (int j = 0; j < k; j++) Write(src, values, indices, ob, inner, j, (long)(packed[j] & 0xFFFF_FFFFul));
            }
            else
            {
                for (int j = 0; j < n; j++) entries![j] = new Entry { Key = TKey.Key(src[(long)j * inner]) ^ flip, Index = j };
                var span = entries.AsSpan();
                if (k < n) { SelectFirst(span, k, default(EntryOrder)); span = span[..k]; }
                if (span.Length >= RadixMin) RadixSort(span, entriesTmp!);
                else span.Sort(default(EntryOrder));
                for (int j = 0; j < k; j++) Write(src, values, indices, ob, inner, j, entries![j].Index);
            }
        }
    }

    /// <summary>From this many elements a line is radix-sorted (else a comparison sort).</summary>
    private const int RadixMin = 64;

    /// <summary>Packed (key &lt;&lt; 32 | position) values sorted by their keys with a least-significant-digit
    /// radix sort, a byte per pass: stable, so equal keys keep their positions in order — which the
    /// selection before it may have scrambled, so the positions are made ascending first when needed.</summary>
    private static void RadixSort(Span<ulong> a, ulong[] tmp)
    {
        fixed (ulong* pa = a, pt = tmp)
        {
            // Positions first (two passes over the low half), unless they already ascend (a whole line).
            bool ordered = true;
            for (int i = 1; i < a.Length && ordered; i++) ordered = (uint)pa[i] > (uint)pa[i - 1];
            ulong* src = pa, dst = pt;
            for (int shift = ordered ? 32 : 0; shift < 64; shift += 8)
                if (Pass(src, dst, a.Length, shift)) { var t = src; src = dst; dst = t; }
            if (src != pa) Buffer.MemoryCopy(src, pa, (long)a.Length * 8, (long)a.Length * 8);
        }
    }

    /// <summary>One stable counting pass on byte (shift / 8) of the values; false when all share that byte (nothing moves).</summary>
    private static bool Pass(ulong* src, ulong* dst, int n, int shift)
    {
        int* count = stackalloc int[256];
        new Span<int>(count, 256).Clear();
        for (int i = 0; i < n; i++) count[(int)((src[i] >> shift) & 0xFF)]++;
        if (count[(int)((src[0] >> shift) & 0xFF)] == n) return false;
        for (int b = 0, sum = 0; b < 256; b++) { int c = count[b]; count[b] = sum; sum += c; }
        for (int i = 0; i < n; i++) dst[count[(int)((src[i] >> shift) & 0xFF)]++] = src[i];
        return true;
    }

    /// <summary>(key, position) pairs sorted by key, then position, with the same radix passes over
    /// the 64-bit keys (after the positions when they do not ascend).</summary>
    private static void RadixSort(Span<Entry> a, Entry[] tmp)
    {
        fixed (Entry* pa = a, pt = tmp)
        {
            bool ordered = true;
            for (int i = 1; i < a.Length && ordered; i++) ordered = pa[i].Index > pa[i - 1].Index;
            Entry* src = pa, dst = pt;
            if (!ordered)
                for (int shift = 0; shift < 32; shift += 8)
                    if (Pass(src, dst, a.Length, shift, byIndex: true)) { var t = src; src = dst; dst = t; }
            for (int shift = 0; shift < 64; shift += 8)
                if (Pass(src, dst, a.Length, shift, byIndex: false)) { var t = src; src = dst; dst = t; }
            if (src != pa) Buffer.MemoryCopy(src, pa, (long)a.Length * sizeof(Entry), (long)a.Length * sizeof(Entry));
        }
    }

    private static bool Pass(Entry* src, Entry* dst, int n, int shift, bool byIndex)
    {
        int* count = stackalloc int[256];
        new Span<int>(count, 256).Clear();
        for (int i = 0; i < n; i++) count[Digit(src[i], shift, byIndex)]++;
        if (count[Digit(src[0], shift, byIndex)] == n) return false;
        for (int b = 0, sum = 0; b < 256; b++) { int c = count[b]; count[b] = sum; sum += c; }
        for (int i = 0; i < n; i++) dst[count[Digit(src[i], shift, byIndex)]++] = src[i];
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digit(in Entry e, int shift, bool byIndex) => (int)(((byIndex ? (ulong)e.Index : e.Key) >> shift) & 0xFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write<T>(T* src, T* values, long* indices, long ob, int inner, int j, long at) where T : unmanaged
    {
        // The value is read back from the source: its exact bits (-0.0, NaN payloads) survive.
        values[ob + (long)j * inner] = src[at * inner];
        indices[ob + (long)j * inner] = at;
    }

    /// <summary>The k least (key, position) of a line in order, kept in a small sorted buffer during one
    /// pass (most elements are rejected by one comparison with the current k-th); returns k.</summary>
    private static int FirstFew<T, TKey>(T* src, int n, int inner, int k, ulong flip, Entry[] best)
        where T : unmanaged where TKey : ISortKey<T>
    {
        int m = 0;
        ulong threshold = ulong.MaxValue;     // the k-th best key once k are kept
        fixed (Entry* b = best)
            for (int j = 0; j < n; j++)
            {
                ulong key = TKey.Key(src[(long)j * inner]) ^ flip;
                // Positions grow, so an equal key never displaces an earlier one.
                if (m == k && key >= threshold) continue;
                int at = m < k ? m++ : k - 1;
                while (at > 0 && b[at - 1].Key > key) { b[at] = b[at - 1]; at--; }
                b[at].Key = key;
                b[at].Index = j;
                if (m == k) threshold = b[k - 1].Key;
            }
        return m;
    }

    /// <summary>Reorders s so that its first k elements are its k least (Hoare's quickselect, median of three).</summary>
    private static void SelectFirst(Span<ulong> s, int k) => SelectFirst(s, k, default(UlongOrder));

    private struct UlongOrder : IComparer<ulong>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly int Compare(ulong a, ulong b) => a < b ? -1 : a > b ? 1 : 0;
    }

    private static void SelectFirst<TItem, TOrder>(Span<TItem> s, int k, TOrder order) where TOrder : struct, IComparer<TItem>
    {
        int lo = 0, hi = s.Length - 1, target = k - 1;
        while (hi > lo)
        {
            int mid = lo + (hi - lo) / 2;
            if (order.Compare(s[mid], s[lo]) < 0) (s[mid], s[lo]) = (s[lo], s[mid]);
            if (order.Compare(s[hi], s[lo]) < 0) (s[hi], s[lo]) = (s[lo], s[hi]);
            if (order.Compare(s[hi], s[mid]) < 0) (s[hi], s[mid]) = (s[mid], s[hi]);
            var pivot = s[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (order.Compare(s[i], pivot) < 0) i++;
                while (order.Compare(s[j], pivot) > 0) j--;
                if (i <= j) { (s[i], s[j]) = (s[j], s[i]); i++; j--; }
            }
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else return;
        }
    }
}
