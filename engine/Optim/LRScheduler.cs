using System.Runtime.CompilerServices;

namespace NativeGrad.Optim;

/// <summary>
/// Base of the learning-rate schedulers (PyTorch's <c>torch.optim.lr_scheduler</c>): each sets every
/// parameter group's <see cref="Optimizer.ParamGroup.Lr"/> from a closed form of the epoch count.
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
        for (int i = 0; i < Optimizer.ParamGroups.Count; i++) Optimizer.ParamGroups[i].Lr = LrAt(BaseLrs[i], LastEpoch);
    }

    /// <summary>The rate of a group with base rate <paramref name="baseLr"/> at <paramref name="epoch"/>.</summary>
    protected abstract double LrAt(double baseLr, int epoch);

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
