using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// masked_fill; sort, argsort and topk (the Sorting kernel); argmax/argmin (the arg-extreme kernel of
// max/min); nonzero; and unbind/split/split_with_sizes/chunk, which cut a tensor into views linked to
// one node with an output per piece.
internal static unsafe partial class Functions
{
    // ---- masked_fill -------------------------------------------------------------------------------

    private static void CheckMask(Tensor mask, string op)
    {
        mask.CheckAlive();
        if (mask._dtype != DType.Bool)
            throw NativeGradException.DType($"{op} only supports boolean masks, but got mask with dtype {TypeName(mask._dtype).ToLowerInvariant() switch { "long" => "long int", var s => s }}");
    }

    /// <summary>masked_fill(a, mask, value): a copy of a (broadcast with mask) with value where mask is True (MaskedFillBackward0).</summary>
    public static Tensor MaskedFill(Tensor a, Tensor mask, double value)
    {
        a.CheckAlive();
        CheckMask(mask, "masked_fill_");
        var y = MaskedFillRaw(a, mask, value);
        RecordMaskedFill(y, a, mask, value);
        return y;
    }

    /// <summary>masked_fill(a, mask, value) with a 0-dim tensor value (MaskedFillBackward1): value's gradient is the masked sum.</summary>
    public static Tensor MaskedFill(Tensor a, Tensor mask, Tensor value)
    {
        a.CheckAlive();
        value.CheckAlive();
        CheckMask(mask, "masked_fill_");
        if (value.Dim != 0)
            throw NativeGradException.Arg($"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with {value.Dim} dimension(s).");
        var y = MaskedFillRaw(a, mask, value.Item());
        RecordMaskedFillTensor(y, a, mask, value);
        return y;
    }

    /// <summary>In-place masked_fill (mask broadcast to self's shape), recorded as PyTorch records in-place ops.</summary>
    public static Tensor MaskedFill_(Tensor self, Tensor mask, double value) => InPlace(self, null, false, s => MaskedFill(s, mask, value));

    /// <summary>In-place masked_fill with a 0-dim tensor value.</summary>
    public static Tensor MaskedFill_(Tensor self, Tensor mask, Tensor value) => InPlace(self, value, false, s => MaskedFill(s, mask, value));

    private static Tensor MaskedFillRaw(Tensor a, Tensor mask, double value)
    {
        var shape = Shape.Broadcast(a._shape, mask._shape);
        var y = Broadcasted(a, shape, a._dtype);
        // The mask's bytes at the output's shape: its own memory when it already is that (no copy).
        bool direct = mask._dtype == DType.Bool && mask.IsContiguous && mask._shape.AsSpan().SequenceEqual(shape);
        using var copy = direct ? null : Broadcasted(mask, shape, DType.Bool);
        byte* mp = direct ? mask.DataPtr<byte>() : copy!.DataPtr<byte>();
        long n = y.Numel;
        switch (a._dtype)
        {
            case DType.Float32: { float v = (float)value; MaskIndex.Fill((byte*)y.Ptr, mp, n, 1, (byte*)&v, 4); break; }
            case DType.Float64: MaskIndex.Fill((byte*)y.Ptr, mp, n, 1, (byte*)&value, 8); break;
            case DType.Int64: { long v = (long)value; MaskIndex.Fill((byte*)y.Ptr, mp, n, 1, (byte*)&v, 8); break; }
            default: { byte v = value != 0 ? (byte)1 : (byte)0; MaskIndex.Fill((byte*)y.Ptr, mp, n, 1, &v, 1); break; }
        }
        return y;
    }

    /// <summary>The sum of grad where mask is True (masked_fill's gradient for its value).</summary>
    internal static Tensor MaskedSum(Tensor grad, Tensor mask)
    {
        using var zero = Tensor.Zeros([], grad._dtype);
        return Sum(Where(mask, grad, zero));
    }

    // ---- sort / argsort / topk -------------------------------------------------------------------

    /// <summary>The values and int64 indices of the first k of each line of a along d in the order asked.</summary>
    private static (Tensor Values, Tensor Indices) SortRaw(Tensor a, int d, int k, bool descending)
    {
        var x = ContiguousAs(a, a._dtype);
        try
        {
            var (outer, n, inner) = Split(a._shape, d);
            var shape = (int[])a._shape.Clone();
            if (a.Dim > 0) shape[d] = k;
            var v = Tensor.Empty(shape, a._dtype);
            var idx = Tensor.Empty(shape, DType.Int64);
            long* ip = idx.DataPtr<long>();
            switch (a._dtype)
            {
                case DType.Float32: Sorting.Lines<float, Float32Key>(x.DataPtr<float>(), v.DataPtr<float>(), ip, outer, n, inner, k, descending); break;
                case DType.Float64: Sorting.Lines<double, Float64Key>(x.DataPtr<double>(), v.DataPtr<double>(), ip, outer, n, inner, k, descending); break;
                case DType.Int64: Sorting.Lines<long, Int64Key>(x.DataPtr<long>(), v.DataPtr<long>(), ip, outer, n, inner, k, descending); break;
                default: Sorting.Lines<byte, BoolKey>(x.DataPtr<byte>(), v.DataPtr<byte>(), ip, outer, n, inner, k, descending); break;
            }
            return (v, idx);
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    /// <summary>sort(a, dim, descending, stable): values sorted along dim and their indices; always stable,
    /// NaN greatest (SortBackward0).</summary>
    public static (Tensor Values, Tensor Indices) Sort(Tensor a, int dim = -1, bool descending = false, bool stable = false)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var (v, idx) = SortRaw(a, d, a.Dim == 0 ? 1 : a._shape[d], descending);
        RecordSort(v, idx, a, d, descending, stable);
        return (v, idx);
    }

    /// <summary>argsort(a, dim, descending, stable): the indices of sort.</summary>
    public static Tensor ArgSort(Tensor a, int dim = -1, bool descending = false, bool stable = false)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var (v, idx) = SortRaw(a, d, a.Dim == 0 ? 1 : a._shape[d], descending);
        v.Dispose();
        return idx;
    }

    /// <summary>topk(a, k, dim, largest, sorted): the k largest (smallest) values along dim, in order, and
    /// their indices; ties keep the lower index first (TopkBackward0).</summary>
    public static (Tensor Values, Tensor Indices) TopK(Tensor a, int k, int dim = -1, bool largest = true, bool sorted = true)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        int size = a.Dim == 0 ? 1 : a._shape[d];
        if (k < 0 || k > size) throw NativeGradException.Arg("selected index k out of range");
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"topk_cpu\" not implemented for 'Bool'");
        var (v, idx) = SortRaw(a, d, k, descending: largest);
        RecordTopK(v, idx, a, k, d, largest, sorted);
        return (v, idx);
    }

    // ---- argmax / argmin ---------------------------------------------------------------------------

    /// <summary>argmax(a, dim, keepdim): the int64 index of the first largest value (NaN largest) over dim,
    /// or of the flattened tensor when dim is null.</summary>
    public static Tensor ArgMax(Tensor a, int? dim = null, bool keepdim = false) => ArgExtreme(a, dim, keepdim, max: true);

    /// <summary>argmin(a, dim, keepdim): the int64 index of the first smallest value (NaN smallest).</summary>
    public static Tensor ArgMin(Tensor a, int? dim = null, bool keepdim = false) => ArgExtreme(a, dim, keepdim, max: false);

    private static Tensor ArgExtreme(Tensor a, int? dim, bool keepdim, bool max)
    {
        a.CheckAlive();
        string name = max ? "argmax" : "argmin";
        if (a._dtype == DType.Bool) throw NativeGradException.DType($"\"{name}_cpu\" not implemented for 'Bool'");
        if (dim is null)
        {
            if (a.Numel == 0)
                throw NativeGradException.Index($"{name}(): Expected reduction dim to be specified for input.numel() == 0.");
            var c = ContiguousAs(a, a._dtype);
            try
            {
                if (c._dtype.IsFloating())
                {
                    // The extreme in one vector pass, then its first index.
                    long at = c._dtype == DType.Float32
                        ? Extreme.IndexOf(c.DataPtr<float>(), c.Numel, Extreme.Of(c.DataPtr<float>(), c.Numel, max))
                        : Extreme.IndexOf(c.DataPtr<double>(), c.Numel, Extreme.Of(c.DataPtr<double>(), c.Numel, max));
                    var r = Tensor.Empty(keepdim ? Enumerable.Repeat(1, a.Dim).ToArray() : [], DType.Int64);
                    *r.DataPtr<long>() = at;
                    return r;
                }
                using var flat = c.Alias([checked((int)a.Numel)], [1], c._offset, track: false);
                var (v, i) = ExtremeRaw(flat, 0, keepdim: false, max);
                v.Dispose();
                if (!keepdim) return i;
                using (i) return i.Alias(Enumerable.Repeat(1, a.Dim).ToArray(), new int[a.Dim], 0);
            }
            finally { if (!ReferenceEquals(c, a)) c.Dispose(); }
        }
        int d = Shape.WrapDim(dim.Value, a.Dim);
        if (a.Dim > 0 && a._shape[d] == 0)
            throw NativeGradException.Index($"{name}(): Expected reduction dim {d} to have non-zero size.");
        var (values, idx) = ExtremeRaw(a, d, keepdim, max);
        values.Dispose();
        return idx;
    }

    // ---- nonzero -------------------------------------------------------------------------------------

    /// <summary>nonzero(a): the int64 indices [count, ndim] of the non-zero elements (NaN counts), row-major.</summary>
    public static Tensor Nonzero(Tensor a)
    {
        a.CheckAlive();
        var x = ContiguousAs(a, a._dtype);
        try
        {
            long n = a.Numel;
            long count = a._dtype switch
            {
                DType.Float32 => Classify.CountNonzero(x.DataPtr<float>(), n),
                DType.Float64 => Classify.CountNonzero(x.DataPtr<double>(), n),
                DType.Int64 => Classify.CountNonzero(x.DataPtr<long>(), n),
                _ => Classify.CountNonzero(x.DataPtr<byte>(), n),
            };
            var y = Tensor.Empty([checked((int)count), a.Dim], DType.Int64);
            long* rows = y.DataPtr<long>();
            switch (a._dtype)
            {
                case DType.Float32: Classify.NonzeroIndices(x.DataPtr<float>(), a._shape, rows); break;
                case DType.Float64: Classify.NonzeroIndices(x.DataPtr<double>(), a._shape, rows); break;
                case DType.Int64: Classify.NonzeroIndices(x.DataPtr<long>(), a._shape, rows); break;
                default: Classify.NonzeroIndices(x.DataPtr<byte>(), a._shape, rows); break;
            }
            return y;
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    /// <summary>where(condition) / nonzero(as_tuple=True): one int64 index vector per dim (one for a 0-dim tensor).</summary>
    public static Tensor[] NonzeroTuple(Tensor a)
    {
        using var rows = Nonzero(a);
        int nd = Math.Max(a.Dim, 1);
        var r = new Tensor[nd];
        if (a.Dim == 0)
        {
            r[0] = Tensor.Zeros([rows._shape[0]], DType.Int64);
            return r;
        }
        for (int d = 0; d < nd; d++)
        {
            using var col = rows.Alias([rows._shape[0]], [nd], d, track: false);
            r[d] = CastRaw(col, DType.Int64);
        }
        return r;
    }

    // ---- unbind / split / chunk ------------------------------------------------------------------------

    /// <summary>unbind(a, dim): the slices along dim as views (UnbindBackward0, one output per slice).</summary>
    public static Tensor[] Unbind(Tensor a, int dim = 0)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Index($"Dimension specified as {dim} but tensor has no dimensions");
        int d = Shape.WrapDim(dim, a.Dim);
        var shape = new List<int>(a._shape); var strides = new List<int>(a._strides);
        shape.RemoveAt(d); strides.RemoveAt(d);
        var r = new Tensor[a._shape[d]];
        for (int i = 0; i < r.Length; i++) r[i] = ViewOf(a, shape.ToArray(), strides.ToArray(), a._offset + (long)i * a._strides[d]);
        MarkMultiOutput(r, RecordUnbind(r, a, d));
        return r;
    }

    /// <summary>unbind's backward: the gradients stacked (zeros for outputs that got none).</summary>
    internal static Tensor UnbindBackward(Tensor?[] grads, OpNode node, int dim)
        => Stack(GradsOrZeros(grads, node), dim);

    /// <summary>split(a, split_size, dim): views of split_size elements along dim, the last shorter (SplitBackward0).</summary>
    public static Tensor[] Split(Tensor a, int splitSize, int dim = 0)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Arg("split expects at least a 1-dimensional tensor");
        int d = Shape.WrapDim(dim, a.Dim);
        int size = a._shape[d];
        if (splitSize < 0) throw NativeGradException.Arg($"split expects split_size be non-negative, but got split_size={splitSize}");
        if (splitSize == 0 && size != 0)
            throw NativeGradException.Arg($"split_size can only be 0 if dimension size is 0, but got dimension size of {size}");
        int count = splitSize == 0 ? 1 : Math.Max((int)(((long)size + splitSize - 1) / splitSize), 1);
        var sizes = new int[count];
        for (int i = 0; i < count; i++) sizes[i] = Math.Min(splitSize, size - i * splitSize);
        if (splitSize == 0) sizes[0] = 0;
        var r = Pieces(a, d, sizes);
        MarkMultiOutput(r, RecordSplit(r, a, splitSize, d));
        return r;
    }

    /// <summary>split_with_sizes(a, split_sizes, dim): views of the given lengths along dim (SplitWithSizesBackward0).</summary>
    public static Tensor[] SplitWithSizes(Tensor a, int[] splitSizes, int dim = 0)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Arg("split expects at least a 1-dimensional tensor");
        int d = Shape.WrapDim(dim, a.Dim);
        int size = a._shape[d];
        long total = 0;
        foreach (int s in splitSizes)
        {
            if (s < 0)
                throw NativeGradException.Arg($"split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes={Shape.Str(splitSizes)}");
            total += s;
        }
        if (total != size)
            throw NativeGradException.Arg(
                $"split_with_sizes expects split_sizes to sum exactly to {size} (input tensor's size at dimension {d}), but got split_sizes={Shape.Str(splitSizes)}");
        var r = Pieces(a, d, splitSizes);
        MarkMultiOutput(r, RecordSplitWithSizes(r, a, (int[])splitSizes.Clone(), d));
        return r;
    }

    /// <summary>chunk(a, chunks, dim): split into at most chunks views of ceil(size / chunks) (as PyTorch: split,
    /// or split_with_sizes when the dim is empty so that every chunk exists).</summary>
    public static Tensor[] Chunk(Tensor a, int chunks, int dim = 0)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Arg("chunk expects at least a 1-dimensional tensor");
        if (chunks <= 0) throw NativeGradException.Arg($"chunk expects `chunks` to be greater than 0, got: {chunks}");
        int size = a._shape[Shape.WrapDim(dim, a.Dim)];
        int splitSize = (int)(((long)size + chunks - 1) / chunks);
        return splitSize == 0 && size == 0 ? SplitWithSizes(a, new int[chunks], dim) : Split(a, splitSize, dim);
    }

    /// <summary>Outputs of a recorded multi-output view op may not be written in place (PyTorch's rule).</summary>
    private static void MarkMultiOutput(Tensor[] views, OpNode? node)
    {
        if (node is null) return;
        foreach (var v in views) v._multiOutputView = true;
    }

    private static Tensor[] Pieces(Tensor a, int d, int[] sizes)
    {
        var r = new Tensor[sizes.Length];
        int at = 0;
        for (int i = 0; i < sizes.Length; i++)
        {
            var shape = (int[])a._shape.Clone();
            shape[d] = sizes[i];
            r[i] = ViewOf(a, shape, (int[])a._strides.Clone(), a._offset + (long)at * a._strides[d]);
            at += sizes[i];
        }
        return r;
    }

    /// <summary>split's backward: the gradients joined along dim (zeros for pieces that got none).</summary>
    internal static Tensor SplitBackward(Tensor?[] grads, OpNode node, int dim) => Cat(GradsOrZeros(grads, node), dim);

    /// <summary>Each output's gradient, zeros of the output's shape where it got none.</summary>
    private static Tensor[] GradsOrZeros(Tensor?[] grads, OpNode node)
    {
        var r = new Tensor[grads.Length];
        for (int i = 0; i < r.Length; i++) r[i] = grads[i] ?? Tensor.Zeros(node.OutShape(i), node.OutType(i));
        return r;
    }
}
