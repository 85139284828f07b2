using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>nn.functional for C#: linear and the losses (single, twice-differentiable ops).</summary>
public static class F
{
    /// <summary>x W^T + b.</summary>
    public static Tensor Linear(Tensor x, Tensor weight, Tensor? bias = null) => Functions.Linear(x, weight, bias);

    /// <summary>Mean squared error.</summary>
    public static Tensor MseLoss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) => Functions.MseLoss(input, target, reduction);

    /// <summary>Mean absolute error.</summary>
    public static Tensor L1Loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) => Functions.L1Loss(input, target, reduction);

    /// <summary>Binary cross-entropy on logits (numerically stable).</summary>
    public static Tensor BinaryCrossEntropyWithLogits(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
        => Functions.BceWithLogits(input, target, reduction);

    /// <summary>max(x, 0).</summary>
    public static Tensor Relu(Tensor x) => Layers.Relu(x);
}
