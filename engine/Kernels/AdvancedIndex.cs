using System.Numerics;

namespace NativeGrad.Kernels;

/// <summary>
/// Kernels of advanced indexing (x[i0, i1] with index tensors, and index_put). Every dim of the
/// result, in row-major order, is either a dim of self (a stride in self) or a dim of the broadcast
/// index shape (a stride into a table holding, per index position, the self offset the index
/// tensors select there). <see cref="IndexWalk"/> merges the dims that can be walked as one and
/// hands out rows of the last dim; the row bodies move bits (gather, assign) or add typed values
/// (accumulate), with memcpy and vector adds on contiguous rows. The table is computed and
/// bounds-checked before any write; writes are serial (so duplicates accumulate in one order, and
/// for assignment the last one wins), reads split over the worker pool when large.
/// </summary>
internal static unsafe class AdvancedIndex
{
    /// <summary>table[b] = sum over i of wrap(idx[i * nb + b]) * strides[i] (negative indices count from the
    /// end). False at the first index outside [-size, size), in PyTorch's order (position, then index tensor),
    /// with its value and the ordinal of its index tensor.</summary>
    public static bool Offsets(long* idx, int k, long nb, int[] sizes, long[] strides, long* table, out long bad, out int badDim)
    {
        bad = 0; badDim = 0;
        for (long b = 0; b < nb; b++)
        {
            long off = 0;
            for (int i = 0; i < k; i++)
            {
                long v = idx[i * nb + b], s = sizes[i];
                if (v < -s || v >= s) { bad = v; badDim = i; return false; }
                off += (v < 0 ? v + s : v) * strides[i];
            }
            table[b] = off;
        }
        return true;
    }

    /// <summary>y (contiguous, the walk's shape) = the elements of x the walk selects; bits are moved, whatever the dtype.</summary>
    public static void Gather(byte* x, long* table, IndexWalk w, byte* y, int itemSize)
    {
        if (w.Count == 0) return;
        long rows = w.Rows;
        // Large reads split their rows over the worker pool (each task writes its own part of y).
        if (rows > 1 && w.Count >= ParallelElements && WorkerPool.Threads > 1)
        {
            int tasks = (int)Math.Min(rows, 2 * WorkerPool.Threads);
            long per = (rows + tasks - 1) / tasks;
            nint xs = (nint)x, ts = (nint)table, ys = (nint)y;
            WorkerPool.Run(tasks, t => GatherRows((byte*)xs, (long*)ts, w, (byte*)ys, itemSize, t * per, Math.Min(rows, (t + 1) * per)));
            return;
        }
        GatherRows(x, table, w, y, itemSize, 0, rows);
    }

    private const long ParallelElements = 1 << 18;

    private static void GatherRows(byte* x, long* table, IndexWalk w, byte* y, int itemSize, long from, long to)
    {
        switch (itemSize)
        {
            case 8: { var r = new GatherRow<long>((long*)x, table, (long*)y, w); w.Walk(ref r, from, to); break; }
            case 4: { var r = new GatherRow<int>((int*)x, table, (int*)y, w); w.Walk(ref r, from, to); break; }
            default: { var r = new GatherRow<byte>(x, table, y, w); w.Walk(ref r, from, to); break; }
        }
    }

    /// <summary>x[selected] = v (v walked by the walk's value strides); bits are moved, whatever the dtype.</summary>
    public static void Assign(byte* x, long* table, IndexWalk w, byte* v, int itemSize)
    {
        if (w.Count == 0) return;
        switch (itemSize)
        {
            case 8: { var r = new AssignRow<long>((long*)x, table, (long*)v, w); w.Walk(ref r, 0, w.Rows); break; }
            case 4: { var r = new AssignRow<int>((int*)x, table, (int*)v, w); w.Walk(ref r, 0, w.Rows); break; }
            default: { var r = new AssignRow<byte>(x, table, v, w); w.Walk(ref r, 0, w.Rows); break; }
        }
    }

    /// <summary>x[selected] += v, in the walk's order (so duplicates add up deterministically); int64 wraps exactly.</summary>
    public static void Accumulate<T>(T* x, long* table, IndexWalk w, T* v) where T : unmanaged, INumberBase<T>
    {
        if (w.Count == 0) return;
        var r = new AddRow<T>(x, table, v, w);
        w.Walk(ref r, 0, w.Rows);
    }

    /// <summary>x[selected] |= v for bool (PyTorch's accumulate on bool: true once anything true was added).</summary>
    public static void AccumulateBool(byte* x, long* table, IndexWalk w, byte* v)
    {
        if (w.Count == 0) return;
        var r = new OrRow(x, table, v, w);
        w.Walk(ref r, 0, w.Rows);
    }

    internal interface IRow
    {
        /// <summary>One row of n elements: self offset (without the table's part), table position, values offset, output position.</summary>
        void Run(long s, long t, long v, long o);
    }

    private struct GatherRow<T>(T* x, long* table, T* y, IndexWalk w) : IRow where T : unmanaged
    {
        private readonly int _n = w.Inner;
        private readonly long _ss = w.SelfInner, _ts = w.TableInner;

        public void Run(long s, long t, long v, long o)
        {
            T* src = x + s, dst = y + o;
            long* tb = table + t;
            if (_ts == 0)
            {
                src += tb[0];
                if (_ss == 1) { long bytes = (long)_n * sizeof(T); Buffer.MemoryCopy(src, dst, bytes, bytes); }
                else for (int j = 0; j < _n; j++) dst[j] = src[j * _ss];
            }
            else for (int j = 0; j < _n; j++) dst[j] = src[j * _ss + tb[j * _ts]];
        }
    }

    private struct AssignRow<T>(T* x, long* table, T* values, IndexWalk w) : IRow where T : unmanaged
    {
        private readonly int _n = w.Inner;
        private readonly long _ss = w.SelfInner, _ts = w.TableInner, _vs = w.ValuesInner;

        public void Run(long s, long t, long v, long o)
        {
            T* dst = x + s, src = values + v;
            long* tb = table + t;
            if (_ts == 0)
            {
                dst += tb[0];
                if (_ss == 1 && _vs == 1) { long bytes = (long)_n * sizeof(T); Buffer.MemoryCopy(src, dst, bytes, bytes); }
                else for (int j = 0; j < _n; j++) dst[j * _ss] = src[j * _vs];
            }
            else for (int j = 0; j < _n; j++) dst[j * _ss + tb[j * _ts]] = src[j * _vs];
        }
    }

    private struct AddRow<T>(T* x, long* table, T* values, IndexWalk w) : IRow where T : unmanaged, INumberBase<T>
    {
        private readonly int _n = w.Inner;
        private readonly long _ss = w.SelfInner, _ts = w.TableInner, _vs = w.ValuesInner;

        public void Run(long s, long t, long v, long o)
        {
            T* dst = x + s, src = values + v;
            long* tb = table + t;
            if (_ts == 0)
            {
                dst += tb[0];
                if (_ss == 1 && _vs == 1) Elementwise.Binary<AddOp<T>, T>(dst, src, dst, _n);
                else for (int j = 0; j < _n; j++) dst[j * _ss] += src[j * _vs];
            }
            else for (int j = 0; j < _n; j++) dst[j * _ss + tb[j * _ts]] += src[j * _vs];
        }
    }

    private struct OrRow(byte* x, long* table, byte* values, IndexWalk w) : IRow
    {
        private readonly int _n = w.Inner;
        private readonly long _ss = w.SelfInner, _ts = w.TableInner, _vs = w.ValuesInner;

        public void Run(long s, long t, long v, long o)
        {
            byte* dst = x + s, src = values + v;
            long* tb = table + t;
            for (int j = 0; j < _n; j++) dst[j * _ss + tb[j * _ts]] |= src[j * _vs];
        }
    }
}

/// <summary>
/// The dims of an advanced-indexing result with their strides in self, in the offset table and in the
/// values (zeros where unused), walked as rows of the last dim. Size-1 dims are dropped and neighbours
/// that step alike in all three are merged, so x[idx] of a contiguous x copies whole rows.
/// </summary>
internal sealed class IndexWalk
{
    private readonly int[] _shape;
    private readonly long[] _self, _table, _values;

    /// <summary>Elements of the result.</summary>
    public long Count { get; }

    /// <summary>Length of a row (the last merged dim).</summary>
    public int Inner { get; }

    /// <summary>Strides of the last dim in self, in the table and in the values.</summary>
    public long SelfInner { get; }
    public long TableInner { get; }
    public long ValuesInner { get; }

    /// <summary>Rows of the walk.</summary>
    public long Rows => Inner == 0 ? 0 : Count / Inner;

    public IndexWalk(int[] shape, long[] self, long[] table, long[]? values)
    {
        values ??= new long[shape.Length];
        Count = Shape.Numel(shape);
        var sh = new List<int>(); var ss = new List<long>(); var ts = new List<long>(); var vs = new List<long>();
        for (int d = 0; d < shape.Length; d++)
        {
            if (shape[d] == 1) continue;
            int last = sh.Count - 1;
            // d continues the previous dim when one step of that dim is shape[d] steps of d in all three
            if (last >= 0 && ss[last] == self[d] * shape[d] && ts[last] == table[d] * shape[d] && vs[last] == values[d] * shape[d]
                && (long)sh[last] * shape[d] <= int.MaxValue)
            {
                sh[last] *= shape[d];
                ss[last] = self[d]; ts[last] = table[d]; vs[last] = values[d];
                continue;
            }
            sh.Add(shape[d]); ss.Add(self[d]); ts.Add(table[d]); vs.Add(values[d]);
        }
        if (sh.Count == 0) { sh.Add(1); ss.Add(0); ts.Add(0); vs.Add(0); }
        _shape = [.. sh]; _self = [.. ss]; _table = [.. ts]; _values = [.. vs];
        Inner = _shape[^1];
        SelfInner = _self[^1]; TableInner = _table[^1]; ValuesInner = _values[^1];
    }

    /// <summary>Runs rows [from, to) in order.</summary>
    public void Walk<TRow>(ref TRow row, long from, long to) where TRow : struct, AdvancedIndex.IRow
    {
        if (from >= to) return;
        int outer = _shape.Length - 1;
        var pos = new int[outer];
        long s = 0, t = 0, v = 0, rest = from;
        for (int d = outer - 1; d >= 0; d--)
        {
            pos[d] = (int)(rest % _shape[d]);
            rest /= _shape[d];
            s += pos[d] * _self[d]; t += pos[d] * _table[d]; v += pos[d] * _values[d];
        }
        long o = from * Inner;
        for (long r = from; r < to; r++)
        {
            row.Run(s, t, v, o);
            o += Inner;
            for (int d = outer - 1; d >= 0; d--)
            {
                if (++pos[d] < _shape[d]) { s += _self[d]; t += _table[d]; v += _values[d]; break; }
                pos[d] = 0;
                long back = _shape[d] - 1;
                s -= back * _self[d]; t -= back * _table[d]; v -= back * _values[d];
            }
        }
    }
}
