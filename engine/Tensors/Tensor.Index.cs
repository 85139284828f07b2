using NativeGrad.Ops;

namespace NativeGrad;

// Permute and basic indexing (views sharing storage), named as in PyTorch.
public sealed partial class Tensor
{
    /// <summary>Reorders dims (a view, grad_fn PermuteBackward0).</summary>
    public Tensor Permute(params int[] dims) => Functions.Permute(this, dims);
    /// <summary>x.select(dim, index): the slice at index along dim, with dim removed (a view, SelectBackward0).</summary>
    public Tensor Select(int dim, long index) => Functions.Select(this, dim, index);
    /// <summary>x[start:end:step] along dim (a view, SliceBackward0); <see cref="TensorIndex.None"/> omits a bound.</summary>
    public Tensor Slice(int dim, long start = TensorIndex.None, long end = TensorIndex.None, long step = 1) => Functions.Slice(this, dim, start, end, step);
    /// <summary>x[i, a:b:c, ..., None, idx, mask] as PyTorch indexes: ints, slices, `...` and None give a view;
    /// index tensors (int64 positions, bool masks; see <see cref="TensorIndex"/>) then select a copy (IndexBackward0).</summary>
    public Tensor Index(params TensorIndex[] items) => Functions.Index(this, items);
    /// <summary>x[i] along dim 0; assigning copies into that view.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[long i]
    {
        get => Functions.Index(this, [TensorIndex.Int(i)]);
        set => Functions.IndexAssign_(this, [TensorIndex.Int(i)], value);
    }
    /// <summary>x[items...]; assigning is <see cref="IndexPut_(TensorIndex[], Tensor)"/>.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[params TensorIndex[] items]
    {
        get => Functions.Index(this, items);
        set => Functions.IndexAssign_(this, items, value);
    }

    /// <summary>x[items] = value in place (Python's __setitem__): a copy_ into the view the basic items give, or with
    /// index tensors index_put_ of value (broadcast to the indexing result; its dtype must be this tensor's).</summary>
    public Tensor IndexPut_(TensorIndex[] items, Tensor value) => Functions.IndexAssign_(this, items, value);

    /// <summary>index_put_: values written (added when accumulate; duplicates then add up) at this[indices], in place
    /// (IndexPutBackward0). indices are int64 or bool tensors for the leading dims; a null entry leaves its dim whole.</summary>
    public Tensor IndexPut_(Tensor?[] indices, Tensor values, bool accumulate = false) => Functions.IndexPut_(this, indices, values, accumulate);

    /// <summary>index_put: a copy of this tensor with values written (or added) at this[indices] (IndexPutBackward0).</summary>
    public Tensor IndexPut(Tensor?[] indices, Tensor values, bool accumulate = false) => Functions.IndexPut(this, indices, values, accumulate);
}
