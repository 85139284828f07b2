using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// The nodes in-place writes record: zero_/fill_ overwrite self (zero gradient), copy_ passes the
// gradient to src, and a write into a view rebases its base onto CopySlices.
internal static partial class Derivatives
{
    /// <summary>self.zero_().</summary>
    [Op("zero(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Zero(Tensor grad, int[] selfShape, DType selfType) => Tensor.Zeros(Batching.Shape(selfShape), selfType);

    /// <summary>self.fill_(value).</summary>
    [Op("fill(Tensor self, float value) -> Tensor", Node = "FillBackward2", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Fill(Tensor grad, int[] selfShape, DType selfType) => Tensor.Zeros(Batching.Shape(selfShape), selfType);

    /// <summary>self.copy_(src).</summary>
    [Op("copy_from(Tensor self, Tensor src) -> Tensor", Node = "CopyBackwards", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] CopyFrom(Tensor grad, int[] selfShape, DType selfType, Needs needs)
        => [needs[0] ? Tensor.Zeros(Batching.Shape(selfShape), selfType) : null, grad];

    /// <summary>The base after an in-place write to its view: the old value outside the region, the written value inside.</summary>
    [Op("copy_slices(Tensor self, Tensor src, long[] geometry) -> Tensor", Node = "CopySlices", Expose = Expose.None)]
    internal static Tensor?[] CopySlices(Tensor grad, int[] selfShape, long[] geometry, Needs needs)
        => [needs[0] ? F.Sub(grad, F.AsStridedScatter(F.AsStrided(grad, geometry), selfShape, geometry)) : null,
            needs[1] ? F.AsStrided(grad, geometry) : null];
}
