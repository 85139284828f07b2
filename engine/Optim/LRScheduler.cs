using System.Runtime.CompilerServices;

namespace NativeGrad.Optim;

/// <summary>
/// Base of the learning-rate schedulers (PyTorch's <c>torch.optim.lr_scheduler</c>): each sets every
/// parameter group's <see cref="Optimizer.ParamGroup.Lr"/> from a closed form of the epoch count, or
/// (the chainable ones) from its current rate as PyTorch 1.13 does.
/// Construction steps once (epoch 0 gets the base rates); call <see cref="Step"/> after each epoch's
/// <see cref="Optimizer.Step"/>.
/// </summary>
public abstract class LRScheduler
{
    // PyTorch keeps each group's first rate as "initial_lr" in the group itself, so a scheduler
    // created later (resuming at lastEpoch) starts from it; the groups here carry it on the side.
    private static readonly ConditionalWeakTable<Optimizer.ParamGroup, StrongBox<double>> InitialLr = new();

    /// <summary>Attaches to <paramref name="optimizer"/>; <paramref name="lastEpoch"/> -1 starts fresh, a
    /// larger value resumes (the groups must have had a scheduler before).</summary>
    protected LRScheduler(Optimizer optimizer, int lastEpoch = -1)
    {
        Optimizer = optimizer;
        var bases = new List<double>();
        for (int i = 0; i < optimizer.ParamGroups.Count; i++)
        {
            var g = optimizer.ParamGroups[i];
            if (lastEpoch == -1) bases.Add(InitialLr.GetValue(g, grp => new StrongBox<double>(grp.Lr)).Value);
            else if (InitialLr.TryGetValue(g, out var box)) bases.Add(box.Value);
            else throw NativeGradException.Arg($"param 'initial_lr' is not specified in param_groups[{i}] when resuming an optimizer");
        }
        BaseLrs = bases;
        LastEpoch = lastEpoch;
    }

    /// <summary>The optimizer whose rates are set.</summary>
    public Optimizer Optimizer { get; }

    /// <summary>The first learning rate of each group.</summary>
    public IReadOnlyList<double> BaseLrs { get; }

    /// <summary>The epoch count of the last <see cref="Step"/> (0 right after construction).</summary>
    public int LastEpoch { get; private set; }

    /// <summary>The rates set by the last <see cref="Step"/>, one per group.</summary>
    public IReadOnlyList<double> GetLastLr() => Optimizer.ParamGroups.Select(g => g.Lr).ToList();

    /// <summary>Advances the epoch count by one (or sets it to <paramref name="epoch"/>) and sets every
    /// group's rate.</summary>
    public void Step(int? epoch = null)
    {
        LastEpoch = epoch ?? LastEpoch + 1;
        for (int i = 0; i < Optimizer.ParamGroups.Count; i++)
            Optimizer.ParamGroups[i].Lr = Next(Optimizer.ParamGroups[i].Lr, BaseLrs[i], LastEpoch, i);
    }

    /// <summary>The rate of a group with base rate <paramref name="baseLr"/> at <paramref name="epoch"/>
    /// (closed-form schedulers override this).</summary>
    protected virtual double LrAt(double baseLr, int epoch) => throw new NotSupportedException($"{GetType().Name} has no closed form");

    /// <summary>The rate of group <paramref name="group"/> at <paramref name="epoch"/> given its current rate;
    /// recursive (chainable) schedulers override this, as PyTorch computes them, so rates are the same floats.</summary>
    protected virtual double Next(double currentLr, double baseLr, int epoch, int group) => LrAt(baseLr, epoch);

    /// <summary>Steps once so that epoch 0's rates are set (call at the end of a derived constructor).</summary>
    protected void Start() => Step();
}

/// <summary>Decays the rate by <c>gamma</c> every <c>stepSize</c> epochs:
/// <c>lr = base_lr * gamma ^ (epoch / stepSize)</c> (integer division).</summary>
public sealed class StepLR : LRScheduler
{
    /// <summary>Epochs between decays.</summary>
    public int StepSize { get; }
    /// <summary>Decay factor.</summary>
    public double Gamma { get; }

    /// <summary>A step decay of <paramref name="optimizer"/>'s rates.</summary>
    public StepLR(Optimizer optimizer, int stepSize, double gamma = 0.1, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        if (stepSize <= 0) throw NativeGradException.Arg($"StepLR: step_size must be positive, got {stepSize}");
        (StepSize, Gamma) = (stepSize, gamma);
        Start();
    }

    /// <inheritdoc/>
    protected override double LrAt(double baseLr, int epoch) => baseLr * Math.Pow(Gamma, Math.Floor((double)epoch / StepSize));
}

/// <summary>Cosine annealing from the base rate down to <c>etaMin</c> over <c>tMax</c> epochs:
/// <c>lr = eta_min + (base_lr - eta_min) (1 + cos(pi epoch / T_max)) / 2</c>.</summary>
public sealed class CosineAnnealingLR : LRScheduler
{
    /// <summary>Epochs of a half period.</summary>
    public int TMax { get; }
    /// <summary>The lowest rate.</summary>
    public double EtaMin { get; }

    /// <summary>A cosine annealing of <paramref name="optimizer"/>'s rates.</summary>
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin = 0, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        if (tMax <= 0) throw NativeGradException.Arg($"CosineAnnealingLR: T_max must be positive, got {tMax}");
        (TMax, EtaMin) = (tMax, etaMin);
        Start();
    }

    /// <inheritdoc/>
    protected override double LrAt(double baseLr, int epoch) =>
        EtaMin + (baseLr - EtaMin) * (1 + Math.Cos(Math.PI * epoch / TMax)) / 2;
}


/// <summary>Multiplies the rate by <c>gamma</c> at each milestone epoch (once per occurrence).</summary>
public sealed class MultiStepLR : LRScheduler
{
    private readonly Dictionary<int, int> _counts = [];

    /// <summary>Decay factor.</summary>
    public double Gamma { get; }

    /// <summary>A multi-step decay of <paramref name="optimizer"/>'s rates.</summary>
    public MultiStepLR(Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        foreach (var m in milestones) _counts[m] = _counts.GetValueOrDefault(m) + 1;
        Gamma = gamma;
        Start();
    }

    /// <inheritdoc/>
    protected override double Next(double currentLr, double baseLr, int epoch, int group)
        => _counts.TryGetValue(epoch, out int c) ? currentLr * Math.Pow(Gamma, c) : currentLr;
}

/// <summary>Multiplies the rate by <c>gamma</c> every epoch.</summary>
public sealed class ExponentialLR : LRScheduler
{
    /// <summary>Decay factor.</summary>
    public double Gamma { get; }

    /// <summary>An exponential decay of <paramref name="optimizer"/>'s rates.</summary>
    public ExponentialLR(Optimizer optimizer, double gamma, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        Gamma = gamma;
        Start();
    }

    /// <inheritdoc/>
    protected override double Next(double currentLr, double baseLr, int epoch, int group) => epoch == 0 ? currentLr : currentLr * Gamma;
}

/// <summary><c>lr = base_lr * lrLambda(epoch)</c>.</summary>
public sealed class LambdaLR : LRScheduler
{
    private readonly Func<int, double> _f;

    /// <summary>A rate given as a factor of the base rate per epoch.</summary>
    public LambdaLR(Optimizer optimizer, Func<int, double> lrLambda, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        _f = lrLambda;
        Start();
    }

    /// <inheritdoc/>
    protected override double LrAt(double baseLr, int epoch) => baseLr * _f(epoch);
}

/// <summary>Multiplies the rate by <c>lrLambda(epoch)</c> every epoch after the first.</summary>
public sealed class MultiplicativeLR : LRScheduler
{
    private readonly Func<int, double> _f;

    /// <summary>A rate multiplied by a factor per epoch.</summary>
    public MultiplicativeLR(Optimizer optimizer, Func<int, double> lrLambda, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        _f = lrLambda;
        Start();
    }

    /// <inheritdoc/>
    protected override double Next(double currentLr, double baseLr, int epoch, int group) => epoch > 0 ? currentLr * _f(epoch) : currentLr;
}

/// <summary>Scales the rate linearly from <c>startFactor</c> to <c>endFactor</c> over <c>totalIters</c> epochs (warm-up).</summary>
public sealed class LinearLR : LRScheduler
{
    /// <summary>The factor at epoch 0.</summary>
    public double StartFactor { get; }
    /// <summary>The factor from <see cref="TotalIters"/> on.</summary>
    public double EndFactor { get; }
    /// <summary>Epochs of the ramp.</summary>
    public int TotalIters { get; }

    /// <summary>A linear warm-up of <paramref name="optimizer"/>'s rates.</summary>
    public LinearLR(Optimizer optimizer, double startFactor = 1.0 / 3, double endFactor = 1.0, int totalIters = 5, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        if (startFactor > 1.0 || startFactor <= 0) throw NativeGradException.Arg("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.");
        if (endFactor > 1.0 || endFactor < 0) throw NativeGradException.Arg("Ending multiplicative factor expected to be between 0 and 1.");
        (StartFactor, EndFactor, TotalIters) = (startFactor, endFactor, totalIters);
        Start();
    }

    /// <inheritdoc/>
    protected override double Next(double currentLr, double baseLr, int epoch, int group)
    {
        if (epoch == 0) return currentLr * StartFactor;
        if (epoch > TotalIters) return currentLr;
        return currentLr * (1.0 + (EndFactor - StartFactor) / (TotalIters * StartFactor + (epoch - 1) * (EndFactor - StartFactor)));
    }
}

/// <summary>Scales the rate by <c>factor</c> for the first <c>totalIters</c> epochs.</summary>
public sealed class ConstantLR : LRScheduler
{
    /// <summary>The factor of the first epochs.</summary>
    public double Factor { get; }
    /// <summary>Epochs with the factor.</summary>
    public int TotalIters { get; }

    /// <summary>A constant factor on <paramref name="optimizer"/>'s rates for a while.</summary>
    public ConstantLR(Optimizer optimizer, double factor = 1.0 / 3, int totalIters = 5, int lastEpoch = -1) : base(optimizer, lastEpoch)
    {
        if (factor > 1.0 || factor < 0) throw NativeGradException.Arg("Constant multiplicative factor expected to be between 0 and 1.");
        (Factor, TotalIters) = (factor, totalIters);
        Start();
    }

    /// <inheritdoc/>
    protected override double Next(double currentLr, double baseLr, int epoch, int group)
        => epoch == 0 ? currentLr * Factor : epoch != TotalIters ? currentLr : currentLr * (1.0 / Factor);
}

/// <summary>
/// Multiplies the rates by <c>factor</c> when the metric given to <see cref="Step"/> has not improved for
/// <c>patience</c> epochs (PyTorch's ReduceLROnPlateau: modes min/max, relative or absolute threshold,
/// cooldown, minimum rates, and changes smaller than <c>eps</c> ignored).
/// </summary>
public sealed class ReduceLROnPlateau
{
    private readonly bool _max, _relative;
    private readonly double _factor, _threshold, _eps;
    private readonly int _patience, _cooldown;
    private readonly double[] _minLrs;
    private int _cooldownCounter;

    /// <summary>The optimizer whose rates are reduced.</summary>
    public Optimizer Optimizer { get; }
    /// <summary>The best metric so far.</summary>
    public double Best { get; private set; }
    /// <summary>Epochs since the last improvement.</summary>
    public int NumBadEpochs { get; private set; }
    /// <summary>Epochs stepped.</summary>
    public int LastEpoch { get; private set; }

    /// <summary>A plateau scheduler; <paramref name="mode"/> "min" or "max", <paramref name="thresholdMode"/> "rel" or "abs".</summary>
    public ReduceLROnPlateau(Optimizer optimizer, string mode = "min", double factor = 0.1, int patience = 10, double threshold = 1e-4,
        string thresholdMode = "rel", int cooldown = 0, double minLr = 0, double eps = 1e-8)
    {
        if (factor >= 1.0) throw NativeGradException.Arg("Factor should be < 1.0.");
        if (mode is not ("min" or "max")) throw NativeGradException.Arg($"mode {mode} is unknown!");
        if (thresholdMode is not ("rel" or "abs")) throw NativeGradException.Arg($"threshold mode {thresholdMode} is unknown!");
        Optimizer = optimizer;
        (_max, _relative, _factor, _threshold, _eps, _patience, _cooldown) = (mode == "max", thresholdMode == "rel", factor, threshold, eps, patience, cooldown);
        _minLrs = Enumerable.Repeat(minLr, optimizer.ParamGroups.Count).ToArray();
        Best = _max ? double.NegativeInfinity : double.PositiveInfinity;
    }

    private bool Better(double a) => (_max, _relative) switch
    {
        (false, true) => a < Best * (1.0 - _threshold),
        (false, false) => a < Best - _threshold,
        (true, true) => a > Best * (_threshold + 1.0),
        _ => a > Best + _threshold,
    };

    /// <summary>Records one epoch's metric and reduces the rates after <c>patience</c> bad epochs.</summary>
    public void Step(double metric)
    {
        LastEpoch++;
        if (Better(metric)) { Best = metric; NumBadEpochs = 0; }
        else NumBadEpochs++;
        if (_cooldownCounter > 0) { _cooldownCounter--; NumBadEpochs = 0; }
        if (NumBadEpochs > _patience)
        {
            for (int i = 0; i < Optimizer.ParamGroups.Count; i++)
            {
                var g = Optimizer.ParamGroups[i];
                double next = Math.Max(g.Lr * _factor, _minLrs[i]);
                if (g.Lr - next > _eps) g.Lr = next;
            }
            _cooldownCounter = _cooldown;
            NumBadEpochs = 0;
        }
    }

    /// <summary>The current rates, one per group.</summary>
    public IReadOnlyList<double> GetLastLr() => Optimizer.ParamGroups.Select(g => g.Lr).ToList();
}
