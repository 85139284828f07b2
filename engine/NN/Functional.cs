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

    /// <summary>Binary cross-entropy on probabilities.</summary>
    public static Tensor BinaryCrossEntropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean)
        => Functions.Bce(input, target, weight, reduction);

    /// <summary>Cross-entropy of logits [N, C] against int64 class indices [N].</summary>
    public static Tensor CrossEntropy(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100,
        Reduction reduction = Reduction.Mean, double labelSmoothing = 0)
        => Functions.CrossEntropy(input, target, weight, ignoreIndex, reduction, labelSmoothing);

    /// <summary>Negative log-likelihood of class indices under log-probabilities.</summary>
    public static Tensor NllLoss(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100, Reduction reduction = Reduction.Mean)
        => Functions.NllLoss(input, target, weight, ignoreIndex, reduction);

    /// <summary>max(x, 0).</summary>
    public static Tensor Relu(Tensor x) => Functions.Relu(x);

    /// <summary>tanh(x).</summary>
    public static Tensor Tanh(Tensor x) => Functions.Tanh(x);

    /// <summary>Logistic sigmoid.</summary>
    public static Tensor Sigmoid(Tensor x) => Functions.Sigmoid(x);

    /// <summary>Softmax over dim.</summary>
    public static Tensor Softmax(Tensor x, int dim) => Functions.Softmax(x, dim);

    /// <summary>Log-softmax over dim.</summary>
    public static Tensor LogSoftmax(Tensor x, int dim) => Functions.LogSoftmax(x, dim);

    /// <summary>Dropout (identity when not training).</summary>
    public static Tensor Dropout(Tensor x, double p = 0.5, bool training = true) => Functions.Dropout(x, p, training);

    /// <summary>Smooth L1: 0.5 d^2 / beta where |d| &lt; beta, else |d| - 0.5 beta (d = input - target).</summary>
    public static Tensor SmoothL1Loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double beta = 1.0)
        => Functions.SmoothL1Loss(input, target, reduction, beta);

    /// <summary>Huber: 0.5 d^2 where |d| &lt; delta, else delta (|d| - 0.5 delta) (d = input - target).</summary>
    public static Tensor HuberLoss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double delta = 1.0)
        => Functions.HuberLoss(input, target, reduction, delta);

    /// <summary>KL divergence with <paramref name="input"/> as log-probabilities, composed as PyTorch composes it:
    /// target (log target - input), 0 where target is 0 (or e^target (target - input) with <paramref name="logTarget"/>).
    /// <paramref name="batchMean"/> divides the sum by the batch size (PyTorch's reduction='batchmean').</summary>
    public static Tensor KlDiv(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, bool logTarget = false, bool batchMean = false)
    {
        var loss = logTarget ? Functions.Mul(Functions.Exp(target), Functions.Sub(target, input))
                             : Functions.Sub(Functions.Xlogy(target, target), Functions.Mul(target, input));
        if (batchMean) return input.Dim == 0 ? Functions.Sum(loss) : Functions.DivScalar(Functions.Sum(loss), input.Shape[0]);
        return reduction switch
        {
            Reduction.Mean => Functions.Mean(loss),
            Reduction.Sum => Functions.Sum(loss),
            _ => loss,
        };
    }
}
