namespace NativeGrad.Ops;

/// <summary>What one item of a basic index is (PyTorch/NumPy basic indexing). In the C ABI an item is
/// (kind, a, b, c) and an omitted slice bound or step is INT64_MIN.</summary>
[AbiEnum("NgIndexKind", "NG_INDEX_")]
public enum IndexKind
{
    /// <summary>An integer: selects one position and removes the dim (negative counts from the end).</summary>
    Int = 0,
    /// <summary>A slice start:stop:step (bounds clamped as in Python; step must be positive).</summary>
    Slice = 1,
    /// <summary>`...`: as many full slices as the other items leave dims.</summary>
    Ellipsis = 2,
    /// <summary>`None`: inserts a new dim of size 1.</summary>
    NewAxis = 3,
    /// <summary>A tensor (advanced indexing): int64 positions, or a bool mask covering as many dims as it has. A 0-dim
    /// int64 tensor is an <see cref="Int"/>; a 0-dim bool tensor inserts a dim of size 1 and keeps it (true) or empties it (false).</summary>
    Tensor = 4,
}

/// <summary>One item of an index: an int (A), a slice (A:B:C, <see cref="None"/> for an omitted bound), `...`, `None`
/// or an index tensor (<see cref="IndexTensor"/>; a long or a tensor converts implicitly).</summary>
public readonly record struct TensorIndex(IndexKind Kind, long A = 0, long B = 0, long C = 1)
{
    /// <summary>The tensor of a <see cref="IndexKind.Tensor"/> item (int64 positions or a bool mask).</summary>
    public Tensor? IndexTensor { get; init; }

    /// <summary>x[indices] with an int64 or bool tensor (advanced indexing).</summary>
    public static TensorIndex Of(Tensor indices) => new(IndexKind.Tensor) { IndexTensor = indices ?? throw new ArgumentNullException(nameof(indices)) };
    /// <summary>An index tensor as an item.</summary>
    public static implicit operator TensorIndex(Tensor indices) => Of(indices);
    /// <summary>An integer as an item.</summary>
    public static implicit operator TensorIndex(long i) => Int(i);

    /// <summary>Sentinel for an omitted slice bound or step (Python's None).</summary>
    public const long None = long.MinValue;

    /// <summary>x[i].</summary>
    public static TensorIndex Int(long i) => new(IndexKind.Int, i);
    /// <summary>x[start:stop:step]; omitted parts are <see cref="None"/>.</summary>
    public static TensorIndex Slice(long start = None, long stop = None, long step = None) => new(IndexKind.Slice, start, stop, step);
    /// <summary>x[...].</summary>
    public static readonly TensorIndex Ellipsis = new(IndexKind.Ellipsis);
    /// <summary>x[None].</summary>
    public static readonly TensorIndex NewAxis = new(IndexKind.NewAxis);
}

// permute, select, slice and basic indexing: views sharing storage, each differentiable.
internal static unsafe partial class Functions
{
    /// <summary>Reorders dims (a view); dims must be a permutation of 0..dim-1 (negative allowed).</summary>
    public static Tensor Permute(Tensor a, int[] dims)
    {
        a.CheckAlive();
        if (dims.Length != a.Dim)
            throw NativeGradException.Shape(
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions " +
                $"i.e. input.dim() = {a.Dim} is not equal to len(dims) = {dims.Length}");
        var wrapped = new int[dims.Length];
        var seen = new bool[dims.Length];
        var shape = new int[dims.Length]; var strides = new int[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            int d = Shape.WrapDim(dims[i], a.Dim);
            if (seen[d]) throw NativeGradException.Shape("permute(): duplicate dims are not allowed.");
            seen[d] = true;
            wrapped[i] = d;
            shape[i] = a._shape[d]; strides[i] = a._strides[d];
        }
        var y = ViewOf(a, shape, strides, a._offset);
        RecordPermute(y, a, wrapped);
        return y;
    }

    internal static int[] InversePermutation(int[] p)
    {
        var inv = new int[p.Length];
        for (int i = 0; i < p.Length; i++) inv[p[i]] = i;
        return inv;
    }

    /// <summary>x.select(dim, index): removes dim, keeping position index (a view).</summary>
    public static Tensor Select(Tensor a, int dim, long index)
    {
        a.CheckAlive();
        if (a.Dim == 0)
            throw NativeGradException.Index("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        int d = Shape.WrapDim(dim, a.Dim);
        int size = a._shape[d];
        if (index < -size || index >= size)
            throw NativeGradException.Index($"index {index} is out of bounds for dimension {d} with size {size}");
        if (index < 0) index += size;
        var shape = new List<int>(a._shape); var strides = new List<int>(a._strides);
        shape.RemoveAt(d); strides.RemoveAt(d);
        var y = ViewOf(a, shape.ToArray(), strides.ToArray(), a._offset + index * a._strides[d]);
        RecordSelect(y, a, d, index);
        return y;
    }

    /// <summary>x[..., start:end:step, ...] along dim (a view). Bounds are clamped as Python does;
    /// <see cref="TensorIndex.None"/> means omitted; step must be positive.</summary>
    public static Tensor Slice(Tensor a, int dim, long start, long end, long step)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Index("slice() cannot be applied to a 0-dim tensor.");
        if (step == TensorIndex.None) step = 1;
        if (step == 0) throw NativeGradException.Arg("slice step cannot be zero");
        if (step < 0) throw NativeGradException.Arg("step must be greater than zero");
        int d = Shape.WrapDim(dim, a.Dim);
        long size = a._shape[d];
        start = ClampBound(start, size, 0);
        end = ClampBound(end, size, size);
        if (end < start) end = start;
        // Bounds are clamped into [0, size]; a step past the dim selects one element at most, so it
        // is clamped too (no overflow in the length nor in the stride, whatever int64 came in).
        step = Math.Min(step, Math.Max(size, 1));
        long len = end > start ? (end - start - 1) / step + 1 : 0;
        var shape = (int[])a._shape.Clone(); var strides = (int[])a._strides.Clone();
        shape[d] = (int)len;
        // stride * step as PyTorch; with fewer than two elements it is never used to step, so a product past int
        // (x[::2**62] is one element) keeps the input's stride instead of failing
        Int128 stride = (Int128)a._strides[d] * step;
        if (stride > int.MaxValue && len < 2) stride = a._strides[d];
        strides[d] = Shape.ToSize((long)Int128.Min(stride, long.MaxValue), "the stride of this slice");
        var y = ViewOf(a, shape, strides, a._offset + start * a._strides[d]);
        RecordSlice(y, a, d, start, end, step);
        return y;
    }

    private static long ClampBound(long v, long size, long omitted)
    {
        if (v == TensorIndex.None) return omitted;
        if (v < 0) v += size;
        return Math.Clamp(v, 0, size);
    }

    /// <summary>A new tensor object viewing the same elements (AliasBackward0), as x[...] gives.</summary>
    public static Tensor Alias(Tensor a)
    {
        a.CheckAlive();
        var y = ViewOf(a, a._shape, a._strides, a._offset);
        RecordAlias(y, a);
        return y;
    }

    /// <summary>Gradient of select: g scattered into zeros of <paramref name="inputShape"/> at index.</summary>
    public static Tensor SelectBackward(Tensor g, int[] inputShape, int dim, long index)
    {
        var z = Tensor.Zeros(inputShape, g._dtype);
        using (var part = Select(z, dim, index)) CopyStrided(part, g);
        RecordSelectBackward(z, g, inputShape, dim, index);
        return z;
    }

    /// <summary>Gradient of slice: g scattered into zeros of <paramref name="inputShape"/> at start:end:step.</summary>
    public static Tensor SliceBackward(Tensor g, int[] inputShape, int dim, long start, long end, long step)
    {
        var z = Tensor.Zeros(inputShape, g._dtype);
        using (var part = Slice(z, dim, start, end, step)) CopyStrided(part, g);
        RecordSliceBackward(z, g, inputShape, dim, start, end, step);
        return z;
    }

    /// <summary>Copies src (same shape, any strides) into dst's memory, unrecorded.</summary>
    private static void CopyStrided(Tensor dst, Tensor src)
    {
        var c = src.IsContiguous && src._dtype == dst._dtype ? src : CastRaw(src, dst._dtype);
        try { CopyInto(dst, c); }
        finally { if (!ReferenceEquals(c, src)) c.Dispose(); }
    }

    /// <summary>Indexing as PyTorch applies it: the basic items left to right as a chain of views (each int a
    /// select, each slice a slice, each None an unsqueeze), then, when there are index tensors, one advanced index
    /// (IndexBackward0) of that view. Without any item it gives an alias.</summary>
    public static Tensor Index(Tensor a, ReadOnlySpan<TensorIndex> items)
    {
        var cur = ApplyItems(a, items, out var indices, out var owned);
        if (indices is null) return ReferenceEquals(cur, a) ? Alias(a) : cur;
        try { return IndexTensors(cur, indices.ToArray()); }
        finally { Release(a, cur, owned); }
    }

    /// <summary>self[items] = value (Python's __setitem__): a copy_ into the basic view, or, with index tensors,
    /// index_put_ of value (its leading size-1 dims dropped, as PyTorch) into it.</summary>
    public static Tensor IndexAssign_(Tensor self, ReadOnlySpan<TensorIndex> items, Tensor value)
    {
        value.CheckAlive();
        var cur = ApplyItems(self, items, out var indices, out var owned);
        try
        {
            if (indices is null) Copy_(cur, value);
            else
            {
                int k = 0;
                while (k < value.Dim && value._shape[k] == 1) k++;
                var v = k == 0 ? value : View(value, value._shape[k..]);
                try { IndexPut_(cur, indices.ToArray(), v, accumulate: false); }
                finally { if (!ReferenceEquals(v, value)) v.Dispose(); }
            }
            return self;
        }
        finally { Release(self, cur, owned); }
    }

    private static void Release(Tensor a, Tensor cur, List<Tensor>? owned)
    {
        if (!ReferenceEquals(cur, a)) cur.Dispose();
        if (owned is not null) foreach (var t in owned) t.Dispose();
    }

    /// <summary>The basic items applied to a as a chain of views (a itself when there are none), and the index
    /// tensors at the dims of that view they index (null: none; null entries: dims they leave whole). As in
    /// PyTorch, an index tensor moves on by one dim whatever its rank, and an error names the item's position.</summary>
    private static Tensor ApplyItems(Tensor a, ReadOnlySpan<TensorIndex> items, out List<Tensor?>? indices, out List<Tensor>? owned)
    {
        a.CheckAlive();
        indices = null; owned = null;
        int consumed = 0, ellipses = 0;
        bool advanced = false;
        foreach (var it in items)
            switch (it.Kind)
            {
                case IndexKind.Int: consumed++; break;
                case IndexKind.Slice:
                    // Checked up front so that no error is raised halfway through the chain of views.
                    if (it.C == 0) throw NativeGradException.Arg("slice step cannot be zero");
                    if (it.C < 0 && it.C != TensorIndex.None) throw NativeGradException.Arg("step must be greater than zero");
                    consumed++;
                    break;
                case IndexKind.Ellipsis: ellipses++; break;
                case IndexKind.NewAxis: break;
                case IndexKind.Tensor:
                    var t = it.IndexTensor ?? throw new NativeGradException(ErrorKind.NullPointer, "index item: a tensor item without its tensor");
                    t.CheckAlive();
                    consumed += t._dtype == DType.Bool ? t.Dim : 1;   // PyTorch counts a mask's dims
                    advanced = true;
                    break;
                default: throw NativeGradException.Arg($"unknown index item kind {(int)it.Kind}");
            }
        if (ellipses > 1) throw NativeGradException.Index("an index can only have a single ellipsis ('...')");
        if (a.Dim == 0)
            foreach (var it in items)
            {
                if (it.Kind == IndexKind.Int) Select(a, 0, it.A);      // throws PyTorch's 0-dim message
                if (it.Kind == IndexKind.Slice) Slice(a, 0, it.A, it.B, it.C);
            }
        if (consumed > a.Dim) throw NativeGradException.Index($"too many indices for tensor of dimension {a.Dim}");

        Tensor cur = a;
        int d = 0;   // dim in the current view
        try
        {
            for (int pos = 0; pos < items.Length; pos++)
            {
                var it = items[pos];
                Tensor? next = null;
                var kind = it.Kind;
                long at = it.A;
                if (kind == IndexKind.Tensor && it.IndexTensor is { Dim: 0, _dtype: DType.Int64 } scalar)
                {
                    kind = IndexKind.Int;
                    at = *scalar.DataPtr<long>();
                }
                switch (kind)
                {
                    case IndexKind.Int:
                        int size = cur._shape[d];
                        if (at < -size || at >= size)
                            throw NativeGradException.Index($"index {at} is out of bounds for dimension {pos} with size {size}");
                        next = Select(cur, d, at); break;
                    case IndexKind.Slice:
                        // With index tensors PyTorch skips a slice given as exactly 0:size (not `:`), so that
                        // y[0:2, idx] = v is recorded as IndexPutBackward0 on y rather than CopySlices.
                        if (!(advanced && it.A is (0 or TensorIndex.None) && it.B == cur._shape[d] && it.C is (1 or TensorIndex.None)))
                            next = Slice(cur, d, it.A, it.B, it.C);
                        d++; break;
                    case IndexKind.NewAxis: next = Unsqueeze(cur, d); d++; break;
                    case IndexKind.Ellipsis: d += a.Dim - consumed; break;
                    case IndexKind.Tensor:
                        var t = it.IndexTensor!;
                        if (t is { Dim: 0, _dtype: DType.Bool })
                        {
                            // x[True] keeps everything under a new dim of size 1, x[False] nothing: an index [0] or [] there
                            next = Unsqueeze(cur, d);
                            t = *t.DataPtr<byte>() != 0 ? Tensor.Zeros([1], DType.Int64) : Tensor.Empty([0], DType.Int64);
                            (owned ??= []).Add(t);
                        }
                        indices ??= [];
                        while (indices.Count < d) indices.Add(null);
                        indices.Add(t);
                        d++;
                        break;
                }
                if (next is null) continue;
                // Intermediate views die here; the graph keeps what it needs through the nodes.
                if (!ReferenceEquals(cur, a)) cur.Dispose();
                cur = next;
            }
            return cur;
        }
        catch
        {
            Release(a, cur, owned);
            throw;
        }
    }
}
