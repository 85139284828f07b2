using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// The fast paths of bool-mask indexing (Kernels/MaskIndex.cs): x[mask] and x[mask] = v with one mask over the
// leading dims of x, when nothing is recorded. They give exactly what the packed path (nonzero, offset table)
// gives, without building an index tensor; anything else (a graph to record, accumulate, other index items,
// an invalid mask, whose error the packed path raises) goes the packed way.
internal static unsafe partial class Functions
{
    /// <summary>The index list's only item when it is a bool mask over self's leading dims of the same sizes, else null.</summary>
    private static Tensor? LeadingMask(Tensor self, ReadOnlySpan<Tensor?> indices)
    {
        if (indices.Length != 1 || indices[0] is not { } m || self.Dim < 1) return null;
        m.CheckAlive();
        if (m._dtype != DType.Bool || m.Dim < 1 || m.Dim > self.Dim) return null;
        for (int j = 0; j < m.Dim; j++)
            if (m._shape[j] != self._shape[j]) return null;
        return m;
    }

    /// <summary>mask.nonzero(as_tuple=True) for index packing: one int64 column [count] per dim of the mask, views of
    /// one buffer the kernel writes in a single pass.</summary>
    private static Tensor[] MaskColumns(Tensor mask)
    {
        var mc = ContiguousAs(mask, DType.Bool);
        try
        {
            long count = MaskIndex.Count(mc.DataPtr<byte>(), mask.Numel);
            int n = checked((int)count);
            using var all = Tensor.Empty([mask.Dim, n], DType.Int64);
            MaskIndex.Columns(mc.DataPtr<byte>(), mask._shape, count, all.DataPtr<long>());
            var r = new Tensor[mask.Dim];
            for (int d = 0; d < r.Length; d++) r[d] = all.Alias([n], [1], all._offset + (long)d * n, track: false);
            return r;
        }
        finally { if (!ReferenceEquals(mc, mask)) mc.Dispose(); }
    }

    /// <summary>self[mask] for a mask over self's leading dims (masked_select of whole blocks), unrecorded:
    /// the set elements counted, then one compaction pass.</summary>
    private static Tensor MaskSelect(Tensor self, Tensor mask)
    {
        var x = ContiguousAs(self, self._dtype);
        var mc = ContiguousAs(mask, DType.Bool);
        try
        {
            long n = mask.Numel;
            int[] rest = self._shape[mask.Dim..];
            long count = MaskIndex.Count(mc.DataPtr<byte>(), n);
            var y = Tensor.Empty([checked((int)count), .. rest], self._dtype);
            MaskIndex.Select((byte*)x.Ptr, mc.DataPtr<byte>(), n, Shape.Numel(rest), (byte*)y.Ptr, self._dtype.ItemSize(), count);
            return y;
        }
        finally
        {
            if (!ReferenceEquals(x, self)) x.Dispose();
            if (!ReferenceEquals(mc, mask)) mc.Dispose();
        }
    }

    /// <summary>self[mask] = values in place for a mask over the leading dims of a contiguous self, unrecorded, with the
    /// packed path's checks in its order: masked_fill when values is the same for every set element, masked_scatter
    /// of values' blocks otherwise; one pass over the mask either way.</summary>
    private static Tensor MaskPut_(Tensor self, Tensor mask, Tensor values)
    {
        self.CheckInplace();
        CheckNoInternalOverlap(self);
        var mc = ContiguousAs(mask, DType.Bool);
        var owned = new List<Tensor>();
        try
        {
            long n = mask.Numel;
            byte* m = mc.DataPtr<byte>();
            int[] rest = self._shape[mask.Dim..];
            long count = MaskIndex.Count(m, n), block = Shape.Numel(rest);
            int[] shape = [checked((int)count), .. rest];
            CheckPutShape(self, shape, values);
            if (count * block > 0)
            {
                // values that share self's memory are read from a copy (the writes must not change what is read)
                var v = values;
                if (ReferenceEquals(values._storage, self._storage)) owned.Add(v = CastRaw(values, values._dtype));
                var vs = BroadcastStrides(v, shape);
                int isz = self._dtype.ItemSize();
                if (vs[0] == 0)
                {
                    // one value block for every set element: masked_fill
                    var blockValues = block == 1 ? v : Expanded(v, rest, vs[1..], owned);
                    MaskIndex.Fill((byte*)self.Ptr, m, n, block, (byte*)blockValues.Ptr, isz);
                }
                else MaskIndex.Scatter((byte*)self.Ptr, m, n, block, (byte*)Expanded(v, shape, vs, owned).Ptr, isz, count);
            }
            self.BumpVersion();
            return self;
        }
        finally
        {
            if (!ReferenceEquals(mc, mask)) mc.Dispose();
            foreach (var t in owned) t.Dispose();
        }
    }

    /// <summary>v viewed with the given (broadcast) strides as shape, contiguous: v itself when it already is, else a copy added to owned.</summary>
    private static Tensor Expanded(Tensor v, int[] shape, int[] strides, List<Tensor> owned)
    {
        using var view = v.Alias(shape, strides, v._offset, track: false);
        if (view.IsContiguous) return v;
        var c = CastRaw(view, v._dtype);
        owned.Add(c);
        return c;
    }
}
