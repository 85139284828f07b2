using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Advanced indexing, PyTorch's aten::index and index_put with a list of optional index tensors
// (int64 positions or bool masks; null: the whole dim). The list is normalised once (masks become
// their nonzero() columns, the index tensors broadcast together) into the declared ops' form: one
// int64 tensor [k, *B] holding the k broadcast index tensors, and the k dims of self they index.
// The result's shape follows NumPy: when the indexed dims are adjacent B replaces them in place,
// else B comes first.
internal static unsafe partial class Functions
{
    /// <summary>self[indices] (aten::index): IndexBackward0.</summary>
    public static Tensor IndexTensors(Tensor self, ReadOnlySpan<Tensor?> indices)
    {
        self.CheckAlive();
        // A mask read that records nothing needs no index tensor (Functions.MaskIndex.cs).
        if (!(GradMode.IsEnabled && self.RequiresGrad) && LeadingMask(self, indices) is { } mask) return MaskSelect(self, mask);
        var (packed, dims) = PackIndices(self, indices);
        try { return IndexGather(self, packed, dims); }
        finally { packed.Dispose(); }
    }

    /// <summary>A copy of self with values written (or added, when accumulate) at self[indices]: IndexPutBackward0.</summary>
    public static Tensor IndexPut(Tensor self, ReadOnlySpan<Tensor?> indices, Tensor values, bool accumulate)
    {
        self.CheckAlive(); values.CheckAlive();
        var (packed, dims) = PackIndices(self, indices);
        try { return IndexPutPacked(self, packed, dims, values, accumulate); }
        finally { packed.Dispose(); }
    }

    /// <summary>self[indices] = values (or += when accumulate), in place: recorded as IndexPutBackward0 on self
    /// (CopySlices on its base for a view), the version counter bumped.</summary>
    public static Tensor IndexPut_(Tensor self, ReadOnlySpan<Tensor?> indices, Tensor values, bool accumulate)
    {
        self.CheckAlive(); values.CheckAlive();
        bool record = GradMode.IsEnabled && (self.RequiresGrad || values.RequiresGrad);
        // A mask write into contiguous memory that records nothing needs no index tensor (Functions.MaskIndex.cs).
        if (!record && !accumulate && self.IsContiguous && LeadingMask(self, indices) is { } mask) return MaskPut_(self, mask, values);
        var (packed, dims) = PackIndices(self, indices);
        try
        {
            if (record)
                return InPlace(self, values, false, s => IndexPutPacked(s, packed, dims, values, accumulate));
            // Nothing to record: write straight into self's memory.
            self.CheckInplace();
            CheckNoInternalOverlap(self);
            var shape = CheckPut(self, packed, dims, values);
            // values that share self's memory are read from a copy (the writes must not change what is read)
            var v = ReferenceEquals(values._storage, self._storage) ? CastRaw(values, values._dtype) : values;
            try { Put(self, packed, dims, shape, v, accumulate); }
            finally { if (!ReferenceEquals(v, values)) v.Dispose(); }
            self.BumpVersion();
            return self;
        }
        finally { packed.Dispose(); }
    }

    // ---- the declared ops (Ops/Declarations/Indexing.cs) -----------------------------------------------

    /// <summary>The elements of self at the packed indices (the declared op index).</summary>
    public static Tensor IndexGather(Tensor self, Tensor indices, int[] dims)
    {
        self.CheckAlive(); indices.CheckAlive();
        var (shape, selfSt, tableSt) = Plan(self._shape, self._strides, indices, dims);
        var y = Tensor.Empty(shape, self._dtype);
        using (var table = OffsetTable(self, indices, dims))
            AdvancedIndex.Gather((byte*)self.Ptr, table.DataPtr<long>(), new IndexWalk(shape, selfSt, tableSt, null), (byte*)y.Ptr, self._dtype.ItemSize());
        RecordIndex(y, self, indices, dims);
        return y;
    }

    /// <summary>A copy of self with values put at the packed indices (the declared op index_put).</summary>
    public static Tensor IndexPutPacked(Tensor self, Tensor indices, int[] dims, Tensor values, bool accumulate)
    {
        var y = PutCopy(self, indices, dims, values, accumulate);
        RecordIndexPut(y, self, indices, dims, values, accumulate);
        return y;
    }

    /// <summary>As <see cref="IndexPutPacked"/>, recorded as PyTorch's _index_put_impl_ (the gradient of index).</summary>
    public static Tensor IndexPutImpl(Tensor self, Tensor indices, int[] dims, Tensor values, bool accumulate)
    {
        var y = PutCopy(self, indices, dims, values, accumulate);
        RecordIndexPutImpl(y, self, indices, dims, values, accumulate);
        return y;
    }

    /// <summary>index_put's derivative: to self the gradient without the written positions (all of it when
    /// accumulating), to values the gradient at the written positions (summed back to values' shape by the engine).</summary>
    internal static Tensor?[] IndexPutBackward(Tensor grad, Tensor indices, int[] dims, bool accumulate, Needs needs)
    {
        Tensor? toSelf = null;
        if (needs[0])
        {
            if (accumulate) toSelf = grad;
            else
            {
                using var zero = Tensor.Zeros([], grad._dtype);
                toSelf = IndexPutPacked(grad, indices, dims, zero, false);
            }
        }
        return [toSelf, needs[1] ? IndexGather(grad, indices, dims) : null];
    }

    private static Tensor PutCopy(Tensor self, Tensor indices, int[] dims, Tensor values, bool accumulate)
    {
        self.CheckAlive(); indices.CheckAlive(); values.CheckAlive();
        var shape = CheckPut(self, indices, dims, values);
        var y = CastRaw(self, self._dtype);
        try { Put(y, indices, dims, shape, values, accumulate); }
        catch { y.Dispose(); throw; }
        return y;
    }

    /// <summary>PyTorch's checks of index_put, in its order: values broadcast to the indexing result, same dtype. Returns the result's shape.</summary>
    private static int[] CheckPut(Tensor self, Tensor indices, int[] dims, Tensor values)
    {
        var (shape, _, _) = Plan(self._shape, self._strides, indices, dims);
        CheckPutShape(self, shape, values);
        return shape;
    }

    /// <summary>index_put's checks of values against the indexing result's shape and self's dtype.</summary>
    private static void CheckPutShape(Tensor self, int[] shape, Tensor values)
    {
        bool expandable = values.Dim <= shape.Length;
        for (int i = 1; i <= values.Dim && expandable; i++)
            expandable = values._shape[^i] == 1 || values._shape[^i] == shape[^i];
        if (!expandable)
            throw NativeGradException.Shape($"shape mismatch: value tensor of shape {Shape.Str(values._shape)} cannot be broadcast to indexing result of shape {Shape.Str(shape)}");
        if (values._dtype != self._dtype)
            throw NativeGradException.DType(
                $"Index put requires the source and destination dtypes match, got {ScalarTypeName(self._dtype)} for the destination and {ScalarTypeName(values._dtype)} for the source.");
    }

    /// <summary>PyTorch's refusal to write in place into a tensor whose elements share memory (an expanded dim).</summary>
    private static void CheckNoInternalOverlap(Tensor self)
    {
        for (int i = 0; i < self.Dim; i++)
            if (self._strides[i] == 0 && self._shape[i] > 1)
                throw NativeGradException.Autograd("unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.");
    }

    /// <summary>Writes values (broadcast to <paramref name="shape"/>) into x's memory at the packed indices.</summary>
    private static void Put(Tensor x, Tensor indices, int[] dims, int[] shape, Tensor values, bool accumulate)
    {
        var (_, selfSt, tableSt) = Plan(x._shape, x._strides, indices, dims);
        var vs = BroadcastStrides(values, shape);
        var valSt = new long[shape.Length];
        for (int i = 0; i < shape.Length; i++) valSt[i] = vs[i];
        var walk = new IndexWalk(shape, selfSt, tableSt, valSt);
        using var table = OffsetTable(x, indices, dims);
        long* tp = table.DataPtr<long>();
        if (!accumulate) { AdvancedIndex.Assign((byte*)x.Ptr, tp, walk, (byte*)values.Ptr, x._dtype.ItemSize()); return; }
        switch (x._dtype)
        {
            case DType.Float32: AdvancedIndex.Accumulate(x.DataPtr<float>(), tp, walk, values.DataPtr<float>()); break;
            case DType.Float64: AdvancedIndex.Accumulate(x.DataPtr<double>(), tp, walk, values.DataPtr<double>()); break;
            case DType.Int64: AdvancedIndex.Accumulate(x.DataPtr<long>(), tp, walk, values.DataPtr<long>()); break;
            default: AdvancedIndex.AccumulateBool(x.DataPtr<byte>(), tp, walk, values.DataPtr<byte>()); break;
        }
    }

    /// <summary>The offset in x of the element every index position selects, checked against the sizes
    /// (PyTorch's IndexError, naming the index tensor by its ordinal) before anything is written.</summary>
    private static Tensor OffsetTable(Tensor x, Tensor indices, int[] dims)
    {
        int k = dims.Length;
        long nb = k == 0 ? 0 : indices.Numel / k;
        var sizes = new int[k]; var strides = new long[k];
        for (int i = 0; i < k; i++) { sizes[i] = x._shape[dims[i]]; strides[i] = x._strides[dims[i]]; }
        var ic = ContiguousAs(indices, DType.Int64);
        var table = Tensor.Empty([checked((int)nb)], DType.Int64);
        try
        {
            if (!AdvancedIndex.Offsets(ic.DataPtr<long>(), k, nb, sizes, strides, table.DataPtr<long>(), out long bad, out int badDim))
                throw NativeGradException.Index($"index {bad} is out of bounds for dimension {badDim} with size {sizes[badDim]}");
            return table;
        }
        catch { table.Dispose(); throw; }
        finally { if (!ReferenceEquals(ic, indices)) ic.Dispose(); }
    }

    /// <summary>The result's shape, and per result dim its stride in self and in the offset table: the indexed dims
    /// of self are replaced by the broadcast index shape B, in place when they are adjacent, else B comes first.</summary>
    private static (int[] Shape, long[] Self, long[] Table) Plan(int[] selfShape, int[] selfStrides, Tensor indices, int[] dims)
    {
        if (indices.Dim < 1 || indices._dtype != DType.Int64 || indices._shape[0] != dims.Length || dims.Length == 0)
            throw NativeGradException.Arg($"index: expected the packed indices [{dims.Length}, ...] (int64), got {Shape.Str(indices._shape)}");
        for (int i = 0; i < dims.Length; i++)
            if (dims[i] < 0 || dims[i] >= selfShape.Length || (i > 0 && dims[i] <= dims[i - 1]))
                throw NativeGradException.Arg($"index: the indexed dims must increase within [0, {selfShape.Length}), got {Shape.Str(dims)}");
        var b = indices._shape.AsSpan(1);
        var bStrides = Shape.ContiguousStrides(b);
        var shape = new List<int>(); var self = new List<long>(); var table = new List<long>();
        void SelfDim(int d) { shape.Add(selfShape[d]); self.Add(selfStrides[d]); table.Add(0); }
        void IndexDims(ReadOnlySpan<int> bs)
        {
            for (int j = 0; j < bs.Length; j++) { shape.Add(bs[j]); self.Add(0); table.Add(bStrides[j]); }
        }
        bool adjacent = dims[^1] - dims[0] == dims.Length - 1;
        if (adjacent)
        {
            for (int d = 0; d < dims[0]; d++) SelfDim(d);
            IndexDims(b);
            for (int d = dims[^1] + 1; d < selfShape.Length; d++) SelfDim(d);
        }
        else
        {
            IndexDims(b);
            for (int d = 0; d < selfShape.Length; d++)
                if (Array.IndexOf(dims, d) < 0) SelfDim(d);
        }
        return ([.. shape], [.. self], [.. table]);
    }

    /// <summary>PyTorch's normalisation of an index list: type checks, masks replaced by their nonzero()
    /// columns (checked against the dims they cover), the index tensors broadcast together and stacked.</summary>
    private static (Tensor Packed, int[] Dims) PackIndices(Tensor self, ReadOnlySpan<Tensor?> indices)
    {
        if (indices.Length > self.Dim)
            throw NativeGradException.Index($"too many indices for tensor of dimension {self.Dim} (got {indices.Length})");
        foreach (var t in indices)
        {
            if (t is null) continue;
            t.CheckAlive();
            if (t._dtype is not (DType.Int64 or DType.Bool))
                throw NativeGradException.Index("tensors used as indices must be long, byte or bool tensors");
        }
        var list = new List<Tensor>(); var dims = new List<int>(); var owned = new List<Tensor>();
        try
        {
            int pos = 0;
            foreach (var t in indices)
            {
                if (t is null) { pos++; continue; }
                if (t._dtype != DType.Bool)
                {
                    CheckDim(self, pos);
                    list.Add(t); dims.Add(pos++);
                    continue;
                }
                if (t.Dim == 0)
                    throw NativeGradException.Index("index: a 0-dim bool tensor is only supported as an item of x[...] (where it adds a dim of size 1)");
                for (int j = 0; j < t.Dim; j++)
                {
                    CheckDim(self, pos + j);
                    if (t._shape[j] != self._shape[pos + j])
                        throw NativeGradException.Index(
                            $"The shape of the mask {Shape.Str(t._shape)} at index {j} does not match the shape of the indexed tensor {Shape.Str(self._shape)} at index {pos + j}");
                }
                var cols = MaskColumns(t);
                owned.AddRange(cols);
                for (int j = 0; j < t.Dim; j++) { list.Add(cols[j]); dims.Add(pos + j); }
                pos += t.Dim;
            }
            if (list.Count == 0) throw NativeGradException.Index("index: at least one index must be a tensor");
            var b = list[0]._shape;
            try { foreach (var t in list) b = Shape.Broadcast(b, t._shape); }
            catch (NativeGradException)
            {
                throw NativeGradException.Index(
                    "shape mismatch: indexing tensors could not be broadcast together with shapes " + string.Join(", ", list.Select(t => Shape.Str(t._shape))));
            }
            int[] packedShape = [list.Count, .. b];
            var packed = Tensor.Empty(packedShape, DType.Int64);
            long nb = Shape.Numel(b);
            for (int i = 0; i < list.Count; i++)
            {
                var t = list[i];
                using var view = t.Alias(b, BroadcastStrides(t, b), t._offset, track: false);
                Fill.CopyToContiguous(view, packed.DataPtr<long>() + i * nb, DType.Int64);
            }
            return (packed, [.. dims]);
        }
        finally { foreach (var t in owned) t.Dispose(); }
    }

    private static void CheckDim(Tensor self, int d)
    {
        if (d >= self.Dim)
            throw NativeGradException.Index($"Dimension out of range (expected to be in range of [{-self.Dim}, {self.Dim - 1}], but got {d})");
    }
}
