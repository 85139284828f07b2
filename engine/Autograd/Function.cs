namespace NativeGrad;

/// <summary>
/// A differentiable function with a user-written forward and backward (PyTorch's
/// torch.autograd.Function). Subclass it, implement <see cref="Forward"/> and
/// <see cref="Backward"/>, and call <see cref="Apply"/>; the outputs get a
/// <c>&lt;ClassName&gt;Backward</c> node as grad_fn.
/// </summary>
/// <example><code>
/// sealed class Square : Function
/// {
///     public override Tensor[] Forward(FunctionContext ctx, params Tensor[] x) { ctx.SaveForBackward(x[0]); return [x[0] * x[0]]; }
///     public override Tensor?[] Backward(FunctionContext ctx, params Tensor?[] g) => [g[0]! * ctx.SavedTensors[0] * 2];
/// }
/// var y = new Square().Apply(x)[0];
/// </code></example>
public abstract class Function
{
    /// <summary>The grad_fn name of the outputs; PyTorch's is the class name + "Backward".</summary>
    public virtual string Name => GetType().Name + "Backward";

    /// <summary>Computes the outputs (runs with grad mode off). Save what backward needs with
    /// <see cref="FunctionContext.SaveForBackward"/>.</summary>
    public abstract Tensor[] Forward(FunctionContext ctx, params Tensor[] inputs);

    /// <summary>Gradients of the inputs (one entry per input, null for none) from the gradients of
    /// the outputs. Runs with grad mode on only under create_graph, so its ops are then recorded.</summary>
    public abstract Tensor?[] Backward(FunctionContext ctx, params Tensor?[] gradOutputs);

    /// <summary>Runs <see cref="Forward"/> and links its outputs to a new backward node when an input requires grad.</summary>
    public Tensor[] Apply(params Tensor[] inputs) => CustomNode.Apply(Name, inputs, Forward, Backward, null);

    /// <summary>A function from two delegates (for callers who prefer lambdas to a subclass); its node is
    /// named <paramref name="name"/> + "Backward", as a subclass named <paramref name="name"/> would be.</summary>
    public static Function Create(string name, Func<FunctionContext, Tensor[], Tensor[]> forward,
        Func<FunctionContext, Tensor?[], Tensor?[]> backward) => new DelegateFunction(name, forward, backward);

    private sealed class DelegateFunction(string name, Func<FunctionContext, Tensor[], Tensor[]> forward,
        Func<FunctionContext, Tensor?[], Tensor?[]> backward) : Function
    {
        public override string Name => name + "Backward";
        public override Tensor[] Forward(FunctionContext ctx, params Tensor[] inputs) => forward(ctx, inputs);
        public override Tensor?[] Backward(FunctionContext ctx, params Tensor?[] gradOutputs) => backward(ctx, gradOutputs);
    }
}

/// <summary>What a custom function's forward and backward share (PyTorch's ctx).</summary>
public sealed class FunctionContext
{
    internal readonly CustomNode Node;
    private List<Tensor>? _toSave;              // held between SaveForBackward and the end of forward
    internal List<Tensor>? NonDifferentiable;
    internal SavedTensor[]? Saved;

    internal FunctionContext(CustomNode node) => Node = node;

    /// <summary>For each input, true if its gradient is needed (it requires grad and the graph is recorded).</summary>
    public bool[] NeedsInputGrad => (bool[])Node.NeedsGrad.Clone();

    /// <summary>Keeps tensors for backward (call during forward). Freed after backward unless retain_graph;
    /// an in-place change before backward is reported when they are read.</summary>
    public void SaveForBackward(params Tensor[] tensors)
    {
        if (Saved != null) throw NativeGradException.Autograd("save_for_backward can only be called during forward");
        foreach (var t in _toSave ?? []) t.Release();
        _toSave = new();
        foreach (var t in tensors) _toSave.Add(t.AddRef());
    }

    /// <summary>Marks outputs that are not differentiable: they get no grad_fn and their gradient is zero in backward.</summary>
    public void MarkNonDifferentiable(params Tensor[] outputs)
    {
        NonDifferentiable ??= new();
        NonDifferentiable.AddRange(outputs);
    }

    /// <summary>The tensors saved in forward (outputs re-linked to this node).</summary>
    public Tensor[] SavedTensors
    {
        get
        {
            if (Saved is null) return _toSave?.ToArray() ?? [];
            var r = new Tensor[Saved.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Saved[i].Unpack(Node);
            return r;
        }
    }

    internal int NumSaved => Saved?.Length ?? _toSave?.Count ?? 0;

    /// <summary>Saved tensor i; <paramref name="isNew"/> tells whether the caller owns it (an output re-linked to the node).</summary>
    internal Tensor SavedTensor(int i, out bool isNew)
    {
        if (Saved is null) { isNew = false; return _toSave![i]; }
        var t = Saved[i].Unpack(Node);
        isNew = Saved[i].IsOutput;
        return t;
    }

    // After forward: saved tensors become SavedTensors (outputs saved as outputs, so no cycle).
    internal void Seal(Tensor[] forwardOutputs, Tensor[] finalOutputs)
    {
        var pending = _toSave ?? [];
        _toSave = null;
        Saved = new SavedTensor[pending.Count];
        for (int i = 0; i < pending.Count; i++)
        {
            var t = pending[i];
            int k = Array.FindIndex(forwardOutputs, o => ReferenceEquals(o, t));
            Saved[i] = k >= 0 && finalOutputs[k]._gradFn == Node
                ? new SavedTensor(finalOutputs[k], isOutput: true)
                : new SavedTensor(k >= 0 ? finalOutputs[k] : t, isOutput: false);
            t.Release();
        }
    }

    internal void Release()
    {
        foreach (var t in _toSave ?? []) t.Release();
        _toSave = null;
        foreach (var s in Saved ?? []) s.Release();
    }
}

/// <summary>The backward node of a custom function: calls the user's backward and checks what it returns.</summary>
internal sealed class CustomNode : Node
{
    private readonly string _name;
    private readonly Func<FunctionContext, Tensor?[], Tensor?[]> _backward;
    private Action? _onDestroyed;
    internal readonly bool[] NeedsGrad;
    public readonly FunctionContext Ctx;

    /// <summary>Whatever the creator attaches (the C ABI keeps its callbacks and user pointer here).</summary>
    internal object? Tag;

    private CustomNode(string name, Edge[] next, Func<FunctionContext, Tensor?[], Tensor?[]> backward, Action? onDestroyed)
        : base(next)
    {
        _name = name;
        _backward = backward;
        _onDestroyed = onDestroyed;
        NeedsGrad = next.Select(e => e.Node != null).ToArray();
        Ctx = new FunctionContext(this);
    }

    public override string Name => _name;

    /// <summary>Runs forward with grad mode off and, when an input requires grad and grad mode is on, links the
    /// differentiable outputs to a new node. <paramref name="onDestroyed"/> runs when the node (or, if none is
    /// recorded, the call) is done with the user's state.</summary>
    internal static Tensor[] Apply(string name, Tensor[] inputs, Func<FunctionContext, Tensor[], Tensor[]> forward,
        Func<FunctionContext, Tensor?[], Tensor?[]> backward, Action? onDestroyed)
    {
        foreach (var t in inputs) t.CheckAlive();
        bool record = GradMode.IsEnabled && inputs.Any(t => t.RequiresGrad);
        var edges = record ? inputs.Select(EdgeOf).ToArray() : new Edge[inputs.Length];
        var node = new CustomNode(name, edges, backward, onDestroyed);
        node.IncRef();  // held during apply; outputs take their own
        try
        {
            Tensor[] outs;
            using (GradMode.Set(false)) outs = forward(node.Ctx, inputs);
            if (outs is null || outs.Any(o => o is null))
                throw NativeGradException.Arg($"{name}: forward must return tensors (got null)");
            var final = new Tensor[outs.Length];
            var outShapes = new int[outs.Length][];
            var outTypes = new DType[outs.Length];
            node.SetOutputs(outShapes, outTypes);
            for (int i = 0; i < outs.Length; i++)
            {
                var o = outs[i];
                o.CheckAlive();
                outShapes[i] = o._shape;
                outTypes[i] = o._dtype;
                bool differentiable = record && o._dtype.IsFloating()
                    && !(node.Ctx.NonDifferentiable?.Any(t => ReferenceEquals(t, o)) ?? false);
                final[i] = o;
                if (!differentiable) continue;
                // An input (or any tensor already in a graph) returned as output becomes a view of it with this grad_fn.
                if (o.RequiresGrad || inputs.Any(t => ReferenceEquals(t, o))) final[i] = o.Alias(o._shape, o._strides, o._offset);
                final[i]._gradFn = node;
                final[i]._outputNr = i;
                node.IncRef();
            }
            node.Ctx.Seal(outs, final);
            return final;
        }
        finally { node.DecRef(); }
    }

    private static Edge EdgeOf(Tensor t)
    {
        if (t._gradFn is { } fn) return new Edge(fn, t._outputNr);
        return t._requiresGrad ? new Edge(t.GradAccumulator(), 0) : default;
    }

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        var gs = new Tensor?[gradOutputs.Length];
        for (int i = 0; i < gs.Length; i++) gs[i] = gradOutputs[i] ?? Tensor.Zeros(OutShape(i), OutType(i));
        var r = _backward(Ctx, gs) ?? [];
        // The user may return one gradient per input followed by nulls (PyTorch's custom-function rule);
        // shapes and dtypes are then checked by the engine like any node's (Engine.ValidateOutputs).
        int n = _next.Length;
        if (r.Length < n || r.Skip(n).Any(g => g != null))
            throw NativeGradException.Autograd($"function {Name} returned an incorrect number of gradients (expected {n}, got {r.Length})");
        var grads = new Tensor?[n];
        for (int i = 0; i < n; i++) if (NeedsGrad[i]) grads[i] = r[i];
        return grads;
    }

    internal override bool HasSavedState => Ctx.NumSaved > 0;

    internal override void ReleaseVariables()
    {
        foreach (var s in Ctx.Saved ?? []) s.Release();
    }

    internal override void OnDestroyed()
    {
        Ctx.Release();
        var d = _onDestroyed;
        _onDestroyed = null;
        d?.Invoke();
    }
}
