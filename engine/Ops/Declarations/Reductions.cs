using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Reductions (sum, mean, norm, max/min, var/std, logsumexp) and the softmax family.
internal static partial class Derivatives
{
    /// <summary>Sum of all elements.</summary>
    [Op("sum(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Sum(Tensor grad, int[] selfShape) => Batching.Expand(grad, selfShape);

    /// <summary>Sum over dims.</summary>
    [Op("sum.dim(Tensor self, int[] dim, bool keepdim=False) -> Tensor", Node = "SumBackward1", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor SumDim(Tensor grad, int[] selfShape, int[] dim, bool keepdim)
        => Batching.Expand(Batching.KeptDims(grad, selfShape, dim, keepdim), selfShape);

    /// <summary>Mean of all elements.</summary>
    [Op("mean(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Mean(Tensor grad, int[] selfShape) => F.DivScalar(Batching.Expand(grad, selfShape), Shape.Numel(selfShape));

    /// <summary>Mean over dims.</summary>
    [Op("mean.dim(Tensor self, int[] dim, bool keepdim=False) -> Tensor", Node = "MeanBackward1", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor MeanDim(Tensor grad, int[] selfShape, int[] resultShape, int[] dim, bool keepdim)
        => F.DivScalar(Batching.Expand(Batching.KeptDims(grad, selfShape, dim, keepdim), selfShape),
            Shape.Numel(selfShape) / Math.Max(1, Shape.Numel(resultShape)));

    /// <summary>The vector p-norm over all elements or dims (dim null: all).</summary>
    // d||x||_p/dx = sign(x) |x|^(p-1) / ||x||^(p-1), defined as 0 where the norm is 0 (as PyTorch).
    [Op("norm(Tensor self, float p, int[]? dim, bool keepdim) -> Tensor", Node = "NormBackward1", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Norm(Tensor grad, Tensor self, Tensor result, double p, int[]? dim, bool keepdim)
        => F.NormBackward(Batching.KeptDims(grad, self._shape, dim, keepdim), self, F.KeptDims(result, self._shape, dim, keepdim), p);

    /// <summary>log(sum(exp(x))) over dims.</summary>
    [Op("logsumexp(Tensor self, int[] dim, bool keepdim=False) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Logsumexp(Tensor grad, Tensor self, Tensor result, int[] dim, bool keepdim)
        => F.Mul(Batching.KeptDims(grad, self._shape, dim, keepdim), F.Exp(F.Sub(self, F.KeptDims(result, self._shape, dim, keepdim))));

    /// <summary>Largest element; ties share the gradient evenly.</summary>
    [Op("max(Tensor self) -> Tensor", Node = "MaxBackward1", Forward = "MaxAll", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor MaxAll(Tensor grad, Tensor self, Tensor result) => F.EvenlyDistribute(grad, self, result);

    /// <summary>Smallest element; ties share the gradient evenly.</summary>
    [Op("min(Tensor self) -> Tensor", Node = "MinBackward1", Forward = "MinAll", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor MinAll(Tensor grad, Tensor self, Tensor result) => F.EvenlyDistribute(grad, self, result);

    /// <summary>Largest elements over dim and their indices; the gradient goes to the selected element.</summary>
    [Op("max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)", Node = "MaxBackward0", Expose = Expose.None)]
    internal static Tensor MaxDim(Tensor grad, int[] selfShape, Tensor indices, int dim, bool keepdim)
        => F.IndexGradient(grad, selfShape, indices, dim, keepdim);

    /// <summary>Smallest elements over dim and their indices.</summary>
    [Op("min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)", Node = "MinBackward0", Expose = Expose.None)]
    internal static Tensor MinDim(Tensor grad, int[] selfShape, Tensor indices, int dim, bool keepdim)
        => F.IndexGradient(grad, selfShape, indices, dim, keepdim);

    /// <summary>Variance over dims with a correction (1: unbiased).</summary>
    [Op("var(Tensor self, int[] dim, float correction, bool keepdim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Var(Tensor grad, Tensor self, int[] resultShape, int[] dim, double correction, bool keepdim)
        => F.VarBackward(grad, self, null, resultShape, dim, correction, keepdim);

    /// <summary>Standard deviation over dims with a correction.</summary>
    [Op("std(Tensor self, int[] dim, float correction, bool keepdim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Std(Tensor grad, Tensor self, Tensor result, int[] dim, double correction, bool keepdim)
        => F.VarBackward(grad, self, result, result._shape, dim, correction, keepdim);

    /// <summary>softmax along dim.</summary>
    // Batched: the sample dims line up with the output's from the end; a 0-dim softmax is seen as 1-dim.
    [Op("softmax(Tensor self, int dim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor Softmax(Tensor grad, Tensor result, int dim) => F.SoftmaxGrad(grad, result, dim, log: false);

    /// <summary>log_softmax along dim.</summary>
    [Op("log_softmax(Tensor self, int dim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor LogSoftmax(Tensor grad, Tensor result, int dim) => F.SoftmaxGrad(grad, result, dim, log: true);

    /// <summary>softmax's backward y * (grad - sum(grad * y, dim)).</summary>
    // Batched: grad (the batched one) reduces along its own dim bd, grad_output along dim.
    [Op("softmax_backward_data(Tensor grad_output, Tensor output, int dim) -> Tensor", Node = "SoftmaxBackwardDataBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] SoftmaxBackwardData(Tensor grad, Tensor grad_output, Tensor output, int dim, Needs needs)
    {
        int bd = Batching.Dim(dim);
        return [needs[0] ? F.SoftmaxGrad(grad, output, dim, log: false) : null,
                needs[1] ? F.Sub(F.Mul(grad, F.Sub(grad_output, F.SumDim(F.Mul(grad_output, output), [dim], keepdim: true))),
                                 F.Mul(grad_output, F.SumDim(F.Mul(grad, output), [bd], keepdim: true))) : null];
    }

    /// <summary>log_softmax's backward grad - exp(y) * sum(grad, dim).</summary>
    [Op("log_softmax_backward_data(Tensor grad_output, Tensor output, int dim) -> Tensor", Node = "LogSoftmaxBackwardDataBackward0", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] LogSoftmaxBackwardData(Tensor grad, Tensor grad_output, Tensor output, int dim, Needs needs)
    {
        var ey = F.Exp(output);
        return [needs[0] ? F.Sub(grad, F.SumDim(F.Mul(grad, ey), [Batching.Dim(dim)], keepdim: true)) : null,
                needs[1] ? F.Neg(F.Mul(F.Mul(grad, ey), F.SumDim(grad_output, [dim], keepdim: true))) : null];
    }
}
