using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Views and the ops that scatter a view's gradient back (rows of their own, so that every order
// of create_graph works).
internal static partial class Derivatives
{
    /// <summary>Same data with a new shape (a view).</summary>
    [Op("view(Tensor self, int[] size) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor View(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>reshape when strides allow a view.</summary>
    [Op("_reshape_alias(Tensor self, int[] size) -> Tensor", Node = "ReshapeAliasBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor ReshapeAlias(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>reshape of a copy.</summary>
    [Op("_unsafe_view(Tensor self, int[] size) -> Tensor", Node = "UnsafeViewBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor UnsafeView(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>Broadcast to a larger shape (a stride-0 view).</summary>
    [Op("expand(Tensor self, int[] size) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Expand(Tensor grad, int[] selfShape) => Batching.SumTo(grad, selfShape);

    /// <summary>Matrix transpose (a view).</summary>
    [Op("t(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor T(Tensor grad) => Batching.T(grad);

    /// <summary>Swaps two dims (a view).</summary>
    [Op("transpose(Tensor self, int dim0, int dim1) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Transpose(Tensor grad, int dim0, int dim1) => F.Transpose(grad, Batching.Dim(dim0), Batching.Dim(dim1));

    /// <summary>Removes a size-1 dim (a view).</summary>
    [Op("squeeze.dim(Tensor self, int dim) -> Tensor", Node = "SqueezeBackward1", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Squeeze(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>squeeze as matmul records it internally.</summary>
    [Op("squeeze_.dim(Tensor self, int dim) -> Tensor", Node = "SqueezeBackward3", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor SqueezeInPlace(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>Inserts a size-1 dim (a view).</summary>
    [Op("unsqueeze(Tensor self, int dim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Unsqueeze(Tensor grad, int[] selfShape) => F.Reshape(grad, Batching.Shape(selfShape));

    /// <summary>Reorders dims (a view).</summary>
    [Op("permute(Tensor self, int[] dims) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Permute(Tensor grad, int[] dims) => F.Permute(grad, Batching.Permutation(F.InversePermutation(dims)));

    /// <summary>Removes dim, keeping one position (a view).</summary>
    [Op("select.int(Tensor self, int dim, long index) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Select(Tensor grad, int[] selfShape, int dim, long index)
        => F.SelectBackward(grad, Batching.Shape(selfShape), Batching.Dim(dim), index);

    /// <summary>start:end:step along dim (a view).</summary>
    [Op("slice.Tensor(Tensor self, int dim, long start, long end, long step) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Slice(Tensor grad, int[] selfShape, int dim, long start, long end, long step)
        => F.SliceBackward(grad, Batching.Shape(selfShape), Batching.Dim(dim), start, end, step);

    /// <summary>select's backward: grad scattered into zeros.</summary>
    [Op("select_backward(Tensor grad_output, int[] input_sizes, int dim, long index) -> Tensor", Node = "SelectBackwardBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor SelectBackward(Tensor grad, int dim, long index) => F.Select(grad, Batching.Dim(dim), index);

    /// <summary>slice's backward: grad scattered into zeros.</summary>
    [Op("slice_backward(Tensor grad_output, int[] input_sizes, int dim, long start, long end, long step) -> Tensor", Node = "SliceBackwardBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor SliceBackward(Tensor grad, int dim, long start, long end, long step) => F.Slice(grad, Batching.Dim(dim), start, end, step);

    /// <summary>narrow(self, dim, start, length): a view of length elements from start along dim.</summary>
    [Op("narrow(Tensor self, int dim, int start, int length) -> Tensor", Node = "SliceBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Narrow(Tensor grad, int[] selfShape, int dim, int start)
        => F.NarrowBackward(grad, Batching.Shape(selfShape), Batching.Dim(dim), start);

    /// <summary>narrow's backward: zeros with grad at [start, start + len) along dim.</summary>
    [Op("narrow_backward(Tensor grad_output, int[] input_sizes, int dim, int start) -> Tensor", Node = "SliceBackwardBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor NarrowBackward(Tensor grad, int[] grad_outputShape, int dim, int start)
        => F.Narrow(grad, Batching.Dim(dim), start, grad_outputShape[dim]);

    /// <summary>A new tensor object viewing the same elements (x[...]).</summary>
    [Op("alias(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Alias(Tensor grad) => grad;

    /// <summary>A view of (a contiguous copy of) self with a given geometry.</summary>
    [Op("as_strided(Tensor self, long[] geometry) -> Tensor", Expose = Expose.None)]
    internal static Tensor AsStrided(Tensor grad, int[] selfShape, long[] geometry) => F.AsStridedScatter(grad, selfShape, geometry);

    /// <summary>grad written into zeros of a base shape at a region: as_strided's backward.</summary>
    [Op("as_strided_scatter(Tensor self, int[] base_shape, long[] geometry) -> Tensor", Expose = Expose.None)]
    internal static Tensor AsStridedScatter(Tensor grad, long[] geometry) => F.AsStrided(grad, geometry);
}
