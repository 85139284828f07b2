using System.Numerics;

namespace NativeGrad.Kernels;

/// <summary>An element of a line being sorted: its value and its position along the line.</summary>
internal struct Keyed<T> where T : unmanaged
{
    public T Key;
    public long Index;
}

/// <summary>Ascending order, NaN greatest (PyTorch's), ties by position: a total order, so any sort is stable.</summary>
internal struct AscendingOrder<T> : IComparer<Keyed<T>> where T : unmanaged, INumber<T>
{
    public readonly int Compare(Keyed<T> a, Keyed<T> b)
    {
        bool an = T.IsNaN(a.Key), bn = T.IsNaN(b.Key);
        if (an != bn) return an ? 1 : -1;
        if (!an)
        {
            if (a.Key < b.Key) return -1;
            if (a.Key > b.Key) return 1;
        }
        return a.Index.CompareTo(b.Index);
    }
}

/// <summary>Descending order, NaN first, ties by position.</summary>
internal struct DescendingOrder<T> : IComparer<Keyed<T>> where T : unmanaged, INumber<T>
{
    public readonly int Compare(Keyed<T> a, Keyed<T> b)
    {
        bool an = T.IsNaN(a.Key), bn = T.IsNaN(b.Key);
        if (an != bn) return an ? -1 : 1;
        if (!an)
        {
            if (a.Key > b.Key) return -1;
            if (a.Key < b.Key) return 1;
        }
        return a.Index.CompareTo(b.Index);
    }
}

/// <summary>
/// Sorting along the middle dim of a contiguous tensor seen as [outer, n, inner]: each line is
/// gathered with its positions, ordered by an order struct and its first k written out (sort: k = n;
/// topk: a quickselect of the first k, then a sort of those). Lines split over the worker pool.
/// </summary>
internal static unsafe class Sorting
{
    private const long ParallelElements = 1 << 15;

    /// <summary>values/indices ([outer, k, inner]) = the first k elements of each line of x in TOrder.</summary>
    public static void Lines<T, TOrder>(T* x, T* values, long* indices, long outer, int n, int inner, int k)
        where T : unmanaged where TOrder : struct, IComparer<Keyed<T>>
    {
        long lines = outer * inner;
        if (lines == 0 || k == 0) return;
        nint xp = (nint)x, vp = (nint)values, ip = (nint)indices;
        if (lines > 1 && lines * n >= ParallelElements && WorkerPool.Threads > 1)
        {
            int tasks = (int)Math.Min(lines, 2 * WorkerPool.Threads);
            long per = (lines + tasks - 1) / tasks;
            WorkerPool.Run(tasks, t => Range<T, TOrder>((T*)xp, (T*)vp, (long*)ip, n, inner, k, t * per, Math.Min(lines, (t + 1) * per)));
            return;
        }
        Range<T, TOrder>(x, values, indices, n, inner, k, 0, lines);
    }

    private static void Range<T, TOrder>(T* x, T* values, long* indices, int n, int inner, int k, long from, long to)
        where T : unmanaged where TOrder : struct, IComparer<Keyed<T>>
    {
        if (from >= to) return;
        var buf = new Keyed<T>[n];
        var order = default(TOrder);
        for (long line = from; line < to; line++)
        {
            long o = line / inner, i = line % inner;
            T* src = x + o * n * inner + i;
            for (int j = 0; j < n; j++) buf[j] = new Keyed<T> { Key = src[(long)j * inner], Index = j };
            var span = buf.AsSpan();
            if (k < n)
            {
                SelectFirst(span, k, order);
                span = span[..k];
            }
            span.Sort(order);
            long ob = o * k * inner + i;
            for (int j = 0; j < k; j++)
            {
                values[ob + (long)j * inner] = buf[j].Key;
                indices[ob + (long)j * inner] = buf[j].Index;
            }
        }
    }

    /// <summary>Reorders s so that its first k elements are the k least in the order (Hoare's quickselect).</summary>
    private static void SelectFirst<T, TOrder>(Span<Keyed<T>> s, int k, TOrder order)
        where T : unmanaged where TOrder : struct, IComparer<Keyed<T>>
    {
        int lo = 0, hi = s.Length - 1, target = k - 1;
        while (hi > lo)
        {
            int mid = lo + (hi - lo) / 2;
            // Median of three as the pivot.
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
