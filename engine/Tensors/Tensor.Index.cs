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
    /// <summary>Basic indexing x[i, a:b:c, ..., None] as a view; see <see cref="TensorIndex"/>.</summary>
    public Tensor Index(params TensorIndex[] items) => Functions.Index(this, items);
    /// <summary>x[i] along dim 0.</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[long i] => Functions.Index(this, [TensorIndex.Int(i)]);
    /// <summary>x[items...].</summary>
    [System.Runtime.CompilerServices.IndexerName("At")]
    public Tensor this[params TensorIndex[] items] => Functions.Index(this, items);
}
