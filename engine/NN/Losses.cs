using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>
/// Base of the loss modules (PyTorch's <c>nn.MSELoss</c> etc.): a loss takes an input and a target,
/// so it is called with <see cref="Call(Tensor, Tensor)"/>; <see cref="Reduction"/> is Mean by default.
/// Class weights are registered as buffers, as in PyTorch (they appear in the state dict).
/// </summary>
public abstract class Loss(Reduction reduction) : Module
{
    /// <summary>How the per-element losses are combined.</summary>
    public Reduction Reduction { get; } = reduction;

    /// <summary>The loss of <paramref name="input"/> against <paramref name="target"/>.</summary>
    public abstract Tensor Forward(Tensor input, Tensor target);

    /// <summary>The loss of <paramref name="input"/> against <paramref name="target"/> (PyTorch's <c>loss(input, target)</c>).</summary>
    public Tensor Call(Tensor input, Tensor target) => Forward(input, target);

    /// <summary>A loss needs a target: use <see cref="Call(Tensor, Tensor)"/>.</summary>
    public sealed override Tensor Forward(Tensor input) =>
        throw NativeGradException.Arg($"{GetType().Name}.forward() missing 1 required positional argument: 'target'");

    /// <summary>Registers an optional weight tensor as a buffer and returns it.</summary>
    protected Tensor? Weight(string name, Tensor? weight) => weight is null ? null : RegisterBuffer(name, weight);
}

/// <summary>Mean squared error <c>(input - target)^2</c>.</summary>
public sealed class MSELoss(Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.MseLoss(input, target, Reduction);
}

/// <summary>Mean absolute error <c>|input - target|</c>.</summary>
public sealed class L1Loss(Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.L1Loss(input, target, Reduction);
}

/// <summary>Binary cross-entropy of probabilities in [0, 1]; <c>weight</c> rescales each element
/// (broadcast against the input).</summary>
public sealed class BCELoss : Loss
{
    /// <summary>The per-element weight, or null.</summary>
    public Tensor? WeightTensor { get; }

    /// <summary>A binary cross-entropy loss.</summary>
    public BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) : base(reduction) => WeightTensor = Weight("weight", weight);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.BinaryCrossEntropy(input, target, WeightTensor, Reduction);
}

/// <summary>Binary cross-entropy of logits: sigmoid and BCE in one numerically stable step.
/// <c>posWeight</c> weights the positive term (per class, broadcast along the last dim), <c>weight</c>
/// each element.</summary>
public sealed class BCEWithLogitsLoss : Loss
{
    /// <summary>The per-element weight, or null.</summary>
    public Tensor? WeightTensor { get; }
    /// <summary>The weight of the positive term, or null.</summary>
    public Tensor? PosWeight { get; }

    /// <summary>A binary cross-entropy loss on logits.</summary>
    public BCEWithLogitsLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, Tensor? posWeight = null) : base(reduction)
    {
        WeightTensor = Weight("weight", weight);
        PosWeight = Weight("pos_weight", posWeight);
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target)
    {
        if (WeightTensor is null && PosWeight is null) return F.BinaryCrossEntropyWithLogits(input, target, Reduction);
        // log sigmoid(x) = -(max(-x, 0) + log(1 + exp(-|x|))) never overflows; log(1 - sigmoid(x)) = log sigmoid(x) - x.
        var logSig = -((-input).Relu() + (1.0 + (-input.Abs()).Exp()).Log());
        var positive = PosWeight is null ? target * logSig : PosWeight * target * logSig;
        var loss = -(positive + (1.0 - target) * (logSig - input));
        if (WeightTensor is not null) loss = loss * WeightTensor;
        return Reduction switch { Reduction.Mean => loss.Mean(), Reduction.Sum => loss.Sum(), _ => loss };
    }
}

/// <summary>Negative log-likelihood of class indices under log-probabilities [N, C]; <c>weight</c>
/// per class; targets equal to <c>ignoreIndex</c> count for nothing.</summary>
public sealed class NLLLoss : Loss
{
    /// <summary>The per-class weight, or null.</summary>
    public Tensor? WeightTensor { get; }
    /// <summary>The target value that is skipped.</summary>
    public long IgnoreIndex { get; }

    /// <summary>A negative log-likelihood loss.</summary>
    public NLLLoss(Tensor? weight = null, long ignoreIndex = -100, Reduction reduction = Reduction.Mean) : base(reduction)
    {
        WeightTensor = Weight("weight", weight);
        IgnoreIndex = ignoreIndex;
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.NllLoss(input, target, WeightTensor, IgnoreIndex, Reduction);
}

/// <summary>Cross-entropy of logits [N, C] against int64 class indices [N] (log-softmax then NLL),
/// with a per-class <c>weight</c>, <c>ignoreIndex</c> and <c>labelSmoothing</c>.</summary>
public sealed class CrossEntropyLoss : Loss
{
    /// <summary>The per-class weight, or null.</summary>
    public Tensor? WeightTensor { get; }
    /// <summary>The target value that is skipped.</summary>
    public long IgnoreIndex { get; }
    /// <summary>The share of the target mass spread over all classes.</summary>
    public double LabelSmoothing { get; }

    /// <summary>A cross-entropy loss.</summary>
    public CrossEntropyLoss(Tensor? weight = null, long ignoreIndex = -100, Reduction reduction = Reduction.Mean, double labelSmoothing = 0)
        : base(reduction)
    {
        if (labelSmoothing < 0 || labelSmoothing > 1)
            throw NativeGradException.Arg($"label_smoothing must be between 0.0 and 1.0. Got: {labelSmoothing}");
        WeightTensor = Weight("weight", weight);
        IgnoreIndex = ignoreIndex;
        LabelSmoothing = labelSmoothing;
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) =>
        F.CrossEntropy(input, target, WeightTensor, IgnoreIndex, Reduction, LabelSmoothing);
}

/// <summary>Smooth L1 loss (<c>beta</c> &gt;= 0; 0 is the L1 loss).</summary>
public sealed class SmoothL1Loss(Reduction reduction = Reduction.Mean, double beta = 1.0) : Loss(reduction)
{
    /// <summary>Where the loss turns from quadratic to linear.</summary>
    public double Beta { get; } = beta;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.SmoothL1Loss(input, target, Reduction, Beta);
}

/// <summary>Huber loss (<c>delta</c> &gt; 0).</summary>
public sealed class HuberLoss(Reduction reduction = Reduction.Mean, double delta = 1.0) : Loss(reduction)
{
    /// <summary>Where the loss turns from quadratic to linear.</summary>
    public double Delta { get; } = delta;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.HuberLoss(input, target, Reduction, Delta);
}

/// <summary>KL divergence loss with log-probability inputs; <c>batchMean</c> is PyTorch's reduction='batchmean'.</summary>
public sealed class KLDivLoss(Reduction reduction = Reduction.Mean, bool logTarget = false, bool batchMean = false) : Loss(reduction)
{
    /// <summary>Whether the target is given as log-probabilities.</summary>
    public bool LogTarget { get; } = logTarget;

    /// <summary>Whether the summed loss is divided by the batch size.</summary>
    public bool BatchMean { get; } = batchMean;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input, Tensor target) => F.KlDiv(input, target, Reduction, LogTarget, BatchMean);
}
