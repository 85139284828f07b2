using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Losses and nn ops beyond the basic ones: smooth L1, Huber, constant padding, embedding, one_hot.
internal static partial class Derivatives
{
    /// <summary>Smooth L1 loss: 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta (d = self - target).</summary>
    [Op("smooth_l1_loss(Tensor self, Tensor target, Reduction reduction, float beta) -> Tensor", Expose = Expose.C, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] SmoothL1Loss(Tensor grad, Tensor self, Tensor target, Reduction reduction, double beta, Needs needs)
        => F.RobustLossBackward(grad, self, target, reduction, beta, huber: false, needs);

    /// <summary>Huber loss: 0.5 d^2 where |d| &lt; delta, else delta (|d| - 0.5 delta).</summary>
    [Op("huber_loss(Tensor self, Tensor target, Reduction reduction, float delta) -> Tensor", Expose = Expose.C, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] HuberLoss(Tensor grad, Tensor self, Tensor target, Reduction reduction, double delta, Needs needs)
        => F.RobustLossBackward(grad, self, target, reduction, delta, huber: true, needs);

    /// <summary>Pads the last dims with a constant: pad holds (left, right) pairs from the last dim backwards; negative pads crop.</summary>
    [Op("constant_pad_nd(Tensor self, int[] pad, float value=0) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, Batch = BatchRule.Aware)]
    internal static Tensor ConstantPadNd(Tensor grad, int[] pad) => F.ConstantPadNd(grad, pad.Select(p => -p).ToArray(), 0);

    /// <summary>Rows of weight picked by the int64 indices (any shape); the row at padding_idx (if &gt;= 0) gets no gradient.</summary>
    [Op("embedding(Tensor weight, IntTensor indices, int padding_idx=-1) -> Tensor", Expose = Expose.C)]
    internal static Tensor Embedding(Tensor grad, int[] weightShape, Tensor indices, int padding_idx)
        => F.EmbeddingBackward(grad, weightShape, indices, padding_idx);

    /// <summary>One-hot encoding of int64 class indices: int64 [..., num_classes] (num_classes -1: max + 1).</summary>
    [Op("one_hot(IntTensor self, int num_classes=-1) -> Tensor", Expose = Expose.C)]
    internal static Tensor?[]? OneHot() => null;
}
