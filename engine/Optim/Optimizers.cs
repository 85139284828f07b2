namespace NativeGrad.Optim;

/// <summary>
/// Base of the C# optimizers: a list of parameter groups (each with its own learning rate),
/// per-parameter state, <see cref="ZeroGrad"/> and <see cref="Step"/>. Parameters whose Grad is
/// null are skipped, so frozen layers stay bit-identical.
/// </summary>
public abstract class Optimizer
{
    /// <summary>A group of parameters sharing a learning rate.</summary>
    public sealed class ParamGroup(IEnumerable<Tensor> parameters, double lr)
    {
        /// <summary>The parameters (leaves).</summary>
        public List<Tensor> Params { get; } = parameters.ToList();
        /// <summary>Learning rate of this group (schedulers change it).</summary>
        public double Lr { get; set; } = lr;
    }

    /// <summary>The parameter groups.</summary>
    public List<ParamGroup> ParamGroups { get; } = new();

    /// <summary>Per-parameter state tensors (e.g. "exp_avg") and step counts.</summary>
    protected Dictionary<Tensor, Dictionary<string, Tensor>> State { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Step counters per parameter.</summary>
    protected Dictionary<Tensor, long> Steps { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Releases the state tensors this optimizer owns, at once (the C ABI frees an optimizer
    /// deterministically; otherwise their memory waits for the GC's finalizer).</summary>
    internal void ReleaseState()
    {
        foreach (var st in State.Values)
            foreach (var t in st.Values) t.Dispose();
        State.Clear();
        Steps.Clear();
    }

    /// <summary>An optimizer over one group.</summary>
    protected Optimizer(IEnumerable<Tensor> parameters, double lr) => AddParamGroup(parameters, lr);

    /// <summary>Adds a group with its own learning rate.</summary>
    public void AddParamGroup(IEnumerable<Tensor> parameters, double lr)
    {
        var g = new ParamGroup(parameters, lr);
        if (g.Params.Count == 0 && ParamGroups.Count == 0) throw NativeGradException.Arg("optimizer got an empty parameter list");
        foreach (var p in g.Params)
        {
            if (!p.IsLeaf) throw NativeGradException.Arg("can't optimize a non-leaf Tensor");
            if (ParamGroups.Any(x => x.Params.Contains(p))) throw NativeGradException.Arg("some parameters appear in more than one parameter group");
        }
        ParamGroups.Add(g);
    }

    /// <summary>Zeroes gradients in place (or drops them).</summary>
    public void ZeroGrad(bool setToNone = false) => Updates.ZeroGrad(ParamGroups.SelectMany(g => g.Params), setToNone);

    /// <summary>Updates every parameter that has a gradient.</summary>
    public void Step()
    {
        foreach (var g in ParamGroups)
            foreach (var p in g.Params)
                if (p.Grad is { } grad)
                {
                    if (!State.TryGetValue(p, out var st)) State[p] = st = new();
                    long step = Steps.TryGetValue(p, out var s) ? s + 1 : 1;
                    Steps[p] = step;
                    Update(p, grad, st, step, g.Lr);
                }
    }

    /// <summary>The fused update of one parameter.</summary>
    protected abstract void Update(Tensor p, Tensor grad, Dictionary<string, Tensor> state, long step, double lr);

    /// <summary>A zero tensor like p, created once per state slot.</summary>
    protected static Tensor Slot(Dictionary<string, Tensor> state, string name, Tensor p)
    {
        if (!state.TryGetValue(name, out var t)) state[name] = t = TensorScope.Untrack(Tensor.Zeros(p.Shape, p.DType));
        return t;
    }
}

/// <summary>Stochastic gradient descent with momentum, dampening, Nesterov and weight decay.</summary>
public sealed class SGD(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0,
    double weightDecay = 0, bool nesterov = false)
    : Optimizer(parameters, HyperParameters.Sgd(lr, momentum, dampening, weightDecay, nesterov))
{
    /// <inheritdoc/>
    protected override void Update(Tensor p, Tensor grad, Dictionary<string, Tensor> state, long step, double lr)
    {
        bool first = !state.ContainsKey("momentum_buffer");
        var buf = momentum != 0 ? Slot(state, "momentum_buffer", p) : null;
        Updates.Sgd(p, grad, buf, first, lr, momentum, dampening, weightDecay, nesterov);
    }
}

/// <summary>Adam (AdamW with <paramref name="decoupled"/>).</summary>
public class Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
    double eps = 1e-8, double weightDecay = 0, bool amsgrad = false, bool decoupled = false)
    : Optimizer(parameters, HyperParameters.Adam(lr, beta1, beta2, eps, weightDecay))
{
    /// <inheritdoc/>
    protected override void Update(Tensor p, Tensor grad, Dictionary<string, Tensor> state, long step, double lr)
        => Updates.Adam(p, grad, Slot(state, "exp_avg", p), Slot(state, "exp_avg_sq", p), step, lr, beta1, beta2, eps,
            weightDecay, decoupled, false, amsgrad ? Slot(state, "max_exp_avg_sq", p) : null);
}

/// <summary>Adam with decoupled weight decay.</summary>
public sealed class AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
    double eps = 1e-8, double weightDecay = 1e-2, bool amsgrad = false)
    : Adam(parameters, lr, beta1, beta2, eps, weightDecay, amsgrad, decoupled: true);

/// <summary>RMSprop with optional momentum and centering.</summary>
public sealed class RMSprop(IEnumerable<Tensor> parameters, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
    double weightDecay = 0, double momentum = 0, bool centered = false)
    : Optimizer(parameters, HyperParameters.RmsProp(lr, alpha, eps, weightDecay, momentum))
{
    /// <inheritdoc/>
    protected override void Update(Tensor p, Tensor grad, Dictionary<string, Tensor> state, long step, double lr)
        => Updates.RmsProp(p, grad, Slot(state, "square_avg", p), momentum > 0 ? Slot(state, "momentum_buffer", p) : null,
            centered ? Slot(state, "grad_avg", p) : null, lr, alpha, eps, weightDecay, momentum);
}
