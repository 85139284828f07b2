using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Advanced indexing (Functions.AdvancedIndex.cs). The index list is normalised before these ops run:
// indices is one int64 tensor [k, *B] holding the k index tensors broadcast to B, dims the k dims of
// self they index (increasing). The public surfaces (Tensor.Index, IndexPut_, ng_index_advanced,
// x[...] in Python) take PyTorch's list of optional tensors and masks and are written by hand.
internal static partial class Derivatives
{
    /// <summary>self[indices] (PyTorch's index): duplicates in the indices add up in the gradient.</summary>
    [Op("index(Tensor self, IntTensor indices, int[] dims) -> Tensor", Forward = "IndexGather", Expose = Expose.None)]
    internal static Tensor Index(Tensor grad, int[] selfShape, Tensor indices, int[] dims)
        => F.IndexPutImpl(Tensor.Zeros(selfShape, grad._dtype), indices, dims, grad, accumulate: true);

    /// <summary>A copy of self with values written (or added) at self[indices].</summary>
    [Op("index_put(Tensor self, IntTensor indices, int[] dims, Tensor values, bool accumulate=False) -> Tensor", Forward = "IndexPutPacked", Expose = Expose.None)]
    internal static Tensor?[] IndexPut(Tensor grad, Tensor indices, int[] dims, bool accumulate, Needs needs)
        => F.IndexPutBackward(grad, indices, dims, accumulate, needs);

    /// <summary>index_put as the gradient of index records it (PyTorch's _index_put_impl_).</summary>
    [Op("index_put_impl(Tensor self, IntTensor indices, int[] dims, Tensor values, bool accumulate=False) -> Tensor",
        Node = "IndexPutImplBackward0", Expose = Expose.None)]
    internal static Tensor?[] IndexPutImpl(Tensor grad, Tensor indices, int[] dims, bool accumulate, Needs needs)
        => F.IndexPutBackward(grad, indices, dims, accumulate, needs);
}
