namespace NativeGrad;

/// <summary>An edge of the backward graph: the node that receives a gradient, and which of its inputs.</summary>
public readonly record struct Edge(Node? Node, int InputNr);

/// <summary>
/// A node of the backward graph (PyTorch's grad_fn). Reference-counted by the tensors it made
/// and the nodes that point at it, so a dropped graph frees its saved tensors at once.
/// </summary>
public abstract class Node
{
    private static long s_sequence;
    private int _refs;
    internal Edge[] _next;
    // The shapes and dtypes of the forward outputs: one output inline (most nodes, no arrays to
    // allocate), several in the arrays (custom functions).
    private int[] _outShape0 = Shape.Scalar;
    private DType _outType0;
    private int[][]? _outShapes;
    private DType[]? _outTypes;
    // Tensors (outputs of this node) that retain their grad or have hooks; held weakly.
    private List<(int slot, Tensor t, bool hookOnly)>? _retained;
    // The backward run that owns this node right now, and that run's bookkeeping for it
    // (Engine.RunState: dependency count and incoming-gradient buffer).
    internal object? _run;
    internal int _runDeps;
    internal Tensor?[]? _runBuf;

    /// <summary>Creation order; later nodes run first when several are ready (as PyTorch).</summary>
    public long Sequence { get; } = Interlocked.Increment(ref s_sequence);

    /// <summary>Where the forward op was called (recorded only while <see cref="AnomalyMode"/> is on).</summary>
    public string? ForwardTrace { get; } = AnomalyMode.IsEnabled ? Environment.StackTrace : null;

    internal Node(Edge[] next, int[] outShape, DType outType)
    {
        _next = next;
        _outShape0 = outShape;
        _outType0 = outType;
        foreach (var e in next) e.Node?.IncRef();
    }

    internal Node(Edge[] next)
    {
        _next = next;
        _outShapes = [];
        _outTypes = [];
        foreach (var e in next) e.Node?.IncRef();
    }

    /// <summary>Sets the forward outputs' shapes and dtypes of a node with any number of outputs.</summary>
    internal void SetOutputs(int[][] shapes, DType[] types)
    {
        _outShapes = shapes;
        _outTypes = types;
    }

    /// <summary>The shape of forward output i.</summary>
    internal int[] OutShape(int i) => _outShapes is null ? _outShape0 : _outShapes[i];

    /// <summary>The dtype of forward output i.</summary>
    internal DType OutType(int i) => _outTypes is null ? _outType0 : _outTypes[i];

    /// <summary>PyTorch's name for this node, e.g. "MulBackward0".</summary>
    public abstract string Name { get; }

    /// <summary>The nodes that receive this node's input gradients (PyTorch's next_functions).</summary>
    public IReadOnlyList<Edge> NextFunctions => _next;

    /// <summary>Number of forward outputs (gradients this node receives).</summary>
    internal int NumOutputs => _outShapes?.Length ?? 1;

    /// <summary>Computes input gradients from output gradients (null entries: no gradient).</summary>
    internal abstract Tensor?[] Apply(Tensor?[] gradOutputs);

    /// <summary>Frees saved tensors (after a backward without retain_graph).</summary>
    internal virtual void ReleaseVariables() { }

    internal void IncRef() => Interlocked.Increment(ref _refs);

    internal void DecRef()
    {
        if (Interlocked.Decrement(ref _refs) != 0) return;
        ReleaseVariables();
        foreach (var e in _next) e.Node?.DecRef();
        _retained = null;
        OnDestroyed();
    }

    /// <summary>Called once when the last reference to this node goes (custom functions free user state here).</summary>
    internal virtual void OnDestroyed() { }

    internal void RetainGradFor(Tensor t, bool hookOnly = false)
    {
        _retained ??= new();
        for (int i = 0; i < _retained.Count; i++)
            if (ReferenceEquals(_retained[i].t, t))
            {
                if (!hookOnly) _retained[i] = (_retained[i].slot, t, false);
                return;
            }
        _retained.Add((t._outputNr, t, hookOnly));
    }

    /// <summary>Stops storing retained grads / running hooks for t here (an in-place op moved t to another node).</summary>
    internal void ForgetRetained(Tensor t) => _retained?.RemoveAll(r => ReferenceEquals(r.t, t));

    /// <summary>Runs tensor hooks and stores retained grads for this node's outputs before it runs.</summary>
    internal void OnGradReady(Tensor?[] grads, bool createGraph)
    {
        if (_retained is null) return;
        foreach (var (slot, t, hookOnly) in _retained)
        {
            if (!t.IsAlive || grads[slot] is null) continue;
            if (t._hooks is { } hooks) grads[slot] = TensorHook.Run(hooks, grads[slot]!);
            if (hookOnly && !t._retainsGrad) continue;
            var g = grads[slot]!;
            var stored = createGraph ? g : g.Detach();
            if (t._grad is null) t.Grad = stored;
            else
            {
                using var _ = GradMode.Set(createGraph);
                t.Grad = Ops.Functions.Add(t._grad, stored);
            }
            if (!ReferenceEquals(stored, g)) stored.Dispose();
        }
    }

    /// <summary>Python-style "&lt;MulBackward0 object&gt;" name.</summary>
    public override string ToString() => $"<{Name} object>";
}

/// <summary>The sink node of a leaf that requires grad: adds incoming gradients into its .grad.</summary>
public sealed partial class AccumulateGrad : Node
{
    private Tensor? _leaf;

    internal AccumulateGrad(Tensor leaf) : base([], leaf._shape, leaf._dtype) => _leaf = leaf;

    /// <inheritdoc/>
    public override string Name => "AccumulateGrad";

    /// <summary>The leaf tensor this node accumulates into (null once it is released).</summary>
    public Tensor? Variable => _leaf is { IsAlive: true } l ? l : null;

    internal void LeafDied()
    {
        _leaf = null;
        DropPostAccumulateHooks();
    }

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        var leaf = Variable;
        var g = gradOutputs[0];
        if (leaf is null || g is null) return [];
        if (leaf._hooks is { } hooks) g = TensorHook.Run(hooks, g);
        bool createGraph = GradMode.IsEnabled;
        if (leaf._grad is null)
        {
            // Keep the graph of the gradient only under create_graph; otherwise store a plain copy.
            if (createGraph)
            {
                var copy = Ops.Functions.CopyGrad(g);
                leaf.Grad = copy;
                copy.Dispose();
            }
            else if (g.IsExclusive && g._dtype == leaf._dtype)
            {
                // Only the engine's buffer holds this gradient: keep it instead of copying (as PyTorch).
                leaf.Grad = g;
            }
            else
            {
                using (GradMode.Set(false))
                {
                    var copy = Ops.Functions.Clone(g);
                    leaf.Grad = copy;
                    copy.Dispose();
                }
            }
        }
        else if (createGraph || leaf._grad.RequiresGrad)
        {
            var sum = Ops.Functions.Add(leaf._grad, g);
            leaf.Grad = sum;
            sum.Dispose();
        }
        else
        {
            using (GradMode.Set(false)) Ops.Functions.AddInPlace(leaf._grad, g);
        }
        RunPostAccumulateHooks(leaf);
        return [];
    }
}
