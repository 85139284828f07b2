using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Joining and indexing: cat, stack, narrow (cat's backward), index_select and index_add (each
// other's backward). Every backward is built from these rows, so create_graph works.
internal static unsafe partial class Functions
{
    /// <summary>cat(tensors, dim): joins tensors along an existing dim (CatBackward0).</summary>
    public static Tensor Cat(Tensor[] tensors, int dim)
    {
        if (tensors.Length == 0) throw NativeGradException.Arg("torch.cat(): expected a non-empty list of Tensors");
        foreach (var t in tensors) t.CheckAlive();
        // PyTorch skips legacy empty 1-D tensors (shape [0]) when shapes are checked.
        var used = tensors.Where(t => !(t.Dim == 1 && t._shape[0] == 0)).ToArray();
        var first = used.Length > 0 ? used[0] : tensors[0];
        if (first.Dim == 0) throw NativeGradException.Arg("zero-dimensional tensor (at position 0) cannot be concatenated");
        int d = Shape.WrapDim(dim, first.Dim);
        var type = tensors[0]._dtype;
        foreach (var t in tensors) type = DTypes.Promote(type, t._dtype);
        long total = 0;
        for (int i = 0; i < tensors.Length; i++)
        {
            var t = tensors[i];
            if (t.Dim == 1 && t._shape[0] == 0 && !ReferenceEquals(t, first)) continue;
            if (t.Dim != first.Dim)
                throw NativeGradException.Shape($"Tensors must have same number of dimensions: got {first.Dim} and {t.Dim} (shapes {Shape.Str(first._shape)} and {Shape.Str(t._shape)})");
            for (int k = 0; k < first.Dim; k++)
                if (k != d && t._shape[k] != first._shape[k])
                    throw NativeGradException.Shape(
                        $"Sizes of tensors must match except in dimension {d}. Expected size {first._shape[k]} but got size {t._shape[k]} for tensor number {i} in the list (shapes {Shape.Str(first._shape)} and {Shape.Str(t._shape)})");
            total += t._shape[d];
        }
        var shape = (int[])first._shape.Clone();
        shape[d] = Shape.ToSize(total, $"the size of dimension {d} of the result of cat");
        var y = Tensor.Empty(shape, type);
        int at = 0;
        foreach (var t in tensors)
        {
            if (t.Dim == 1 && t._shape[0] == 0 && !ReferenceEquals(t, first)) continue;
            at += CopyIntoSlice(y, t, d, at);
        }
        RecordCat(y, tensors, d);
        return y;
    }

    /// <summary>Copies src into y[..., at:at+src.size(d), ...]; returns src.size(d).</summary>
    private static int CopyIntoSlice(Tensor y, Tensor src, int d, int at)
    {
        int len = src._shape[d];
        if (len == 0 || y.Numel == 0) return len;
        using var c = CastRaw(src, y._dtype);
        var shape = (int[])y._shape.Clone();
        shape[d] = len;
        using var dst = y.Alias(shape, y._strides, y._offset + (long)at * y._strides[d]);
        CopyInto(dst, c);
        return len;
    }

    /// <summary>stack(tensors, dim): joins equal-shaped tensors along a new dim (StackBackward0).</summary>
    public static Tensor Stack(Tensor[] tensors, int dim)
    {
        if (tensors.Length == 0) throw NativeGradException.Arg("stack expects a non-empty TensorList");
        foreach (var t in tensors) t.CheckAlive();
        for (int i = 1; i < tensors.Length; i++)
            if (!Shape.Equal(tensors[i]._shape, tensors[0]._shape))
                throw NativeGradException.Shape(
                    $"stack expects each tensor to be equal size, but got {Shape.Str(tensors[0]._shape)} at entry 0 and {Shape.Str(tensors[i]._shape)} at entry {i}");
        int d = Shape.WrapDim(dim, tensors[0].Dim + 1);
        var parts = new Tensor[tensors.Length];
        for (int i = 0; i < tensors.Length; i++)
        {
            var t = tensors[i];
            var shape = new List<int>(t._shape); var strides = new List<int>(t._strides);
            shape.Insert(d, 1); strides.Insert(d, 1);
            parts[i] = t.Alias(shape.ToArray(), strides.ToArray(), t._offset);
        }
        Tensor y;
        using (GradMode.Set(false)) y = Cat(parts, d);
        foreach (var p in parts) p.Dispose();
        RecordStack(y, tensors, d);
        return y;
    }

    /// <summary>narrow(a, dim, start, length): a view of a slice along dim (SliceBackward0).</summary>
    public static Tensor Narrow(Tensor a, int dim, int start, int length)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Arg("narrow() cannot be applied to a 0-dim tensor.");
        int d = Shape.WrapDim(dim, a.Dim);
        int size = a._shape[d];
        if (start < 0) start += size;
        if (start < 0 || start > size) throw NativeGradException.Index($"start out of range (expected to be in range of [{-size}, {size}], but got {start})");
        if (length < 0 || (long)start + length > size) throw NativeGradException.Index($"start ({start}) + length ({length}) exceeds dimension size ({size}).");
        var shape = (int[])a._shape.Clone();
        shape[d] = length;
        var y = a.Alias(shape, (int[])a._strides.Clone(), a._offset + (long)start * a._strides[d]);
        RecordNarrow(y, a, d, start, length);
        return y;
    }

    /// <summary>narrow's backward: zeros of `shape` with g placed at [start, start + g.size(dim)) along dim.</summary>
    public static Tensor NarrowBackward(Tensor g, int[] shape, int dim, int start)
    {
        g.CheckAlive();
        var y = Tensor.Zeros(shape, g._dtype);
        CopyIntoSlice(y, g, dim, start);
        RecordNarrowBackward(y, g, shape, dim, start);
        return y;
    }

    /// <summary>cat's derivative: the pieces of grad along dim (of each sample when the gradient is batched).</summary>
    internal static Tensor?[] CatBackward(Tensor grad, int[][] shapes, int dim, Needs needs)
    {
        int at = 0;
        var r = new Tensor?[shapes.Length];
        for (int i = 0; i < shapes.Length; i++)
        {
            var s = shapes[i];
            // legacy empty 1-D inputs took no part in the join
            if (s.Length == 1 && s[0] == 0 && grad.Dim - Batching.Dims != 1) continue;
            int len = s[dim];
            r[i] = needs[i] ? Narrow(grad, Batching.Dim(dim), at, len) : null;
            at += len;
        }
        return r;
    }

    // ---- index_select / index_add --------------------------------------------------------------

    /// <summary>A contiguous int64 copy of a 0-D or 1-D index (or index itself), every value in [0, size).</summary>
    private static Tensor VectorIndex(Tensor index, int size, string op)
    {
        index.CheckAlive();
        if (index._dtype != DType.Int64) throw NativeGradException.DType($"{op}(): Expected dtype int64 for index");
        if (index.Dim > 1) throw NativeGradException.Index($"{op}(): Index is supposed to be a vector");
        return CheckedIndex(index, size, _ => NativeGradException.Index("index out of range in self"));
    }

    /// <summary>index_select(a, dim, index): the slices of a along dim at the int64 positions in index (IndexSelectBackward0).</summary>
    public static Tensor IndexSelect(Tensor a, int dim, Tensor index)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var (outer, n, inner) = Split(a._shape, d);
        var ic = VectorIndex(index, n, "index_select");
        int m = (int)ic.Numel;
        Tensor? y = null;
        var x = ContiguousAs(a, a._dtype);
        try
        {
            var shape = a.Dim == 0 ? [] : (int[])a._shape.Clone();
            if (a.Dim > 0) shape[d] = m;
            else if (m != 1) throw NativeGradException.Index("index_select(): Index to scalar can have only 1 value");
            y = Tensor.Empty(shape, a._dtype);
            long isz = a._dtype.ItemSize(), row = inner * isz;
            byte* xp = (byte*)x.Ptr, yp = (byte*)y.Ptr;
            long* ip = ic.DataPtr<long>();
            for (long o = 0; o < outer; o++)
                for (int j = 0; j < m; j++)
                    Buffer.MemoryCopy(xp + (o * n + ip[j]) * row, yp + (o * m + j) * row, row, row);
        }
        finally
        {
            if (!ReferenceEquals(x, a)) x.Dispose();
            if (!ReferenceEquals(ic, index)) ic.Dispose();
        }
        RecordIndexSelect(y, a, d, index);
        return y;
    }

    /// <summary>index_add(a, dim, index, src): a copy of a with src's slices added at the positions in index (IndexAddBackward0).</summary>
    public static Tensor IndexAdd(Tensor a, int dim, Tensor index, Tensor src)
    {
        a.CheckAlive(); src.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var (outer, n, inner) = Split(a._shape, d);
        var ic = VectorIndex(index, n, "index_add");
        int m = (int)ic.Numel;
        Tensor? y = null;
        try
        {
            var expect = a.Dim == 0 ? [] : (int[])a._shape.Clone();
            if (a.Dim > 0) expect[d] = m;
            if (!Shape.Equal(src._shape, expect))
                throw NativeGradException.Shape($"index_add(): source shape {Shape.Str(src._shape)} does not match self shape {Shape.Str(a._shape)} with {m} indices along dimension {d}");
            if (a._dtype != src._dtype) throw NativeGradException.DType("index_add(): self and source expected to have the same dtype");
            y = CastRaw(a, a._dtype);
            using var s = CastRaw(src, src._dtype);
            long* ip = ic.DataPtr<long>();
            switch (a._dtype)
            {
                case DType.Float32: Indexed.IndexAdd(y.DataPtr<float>(), outer, n, inner, ip, m, s.DataPtr<float>()); break;
                case DType.Float64: Indexed.IndexAdd(y.DataPtr<double>(), outer, n, inner, ip, m, s.DataPtr<double>()); break;
                case DType.Int64: Indexed.IndexAdd(y.DataPtr<long>(), outer, n, inner, ip, m, s.DataPtr<long>()); break;
                default: throw NativeGradException.DType("\"index_add_cpu_\" not implemented for 'Bool'");
            }
        }
        catch
        {
            y?.Dispose();
            throw;
        }
        finally { if (!ReferenceEquals(ic, index)) ic.Dispose(); }
        RecordIndexAdd(y, a, d, index, src);
        return y;
    }
}
