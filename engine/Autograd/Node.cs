using System.Runtime.ExceptionServices;

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
    // Tensors (outputs of this node) that retain their grad or have hooks; held weakly. Copied on
    // write (under a lock on this node), so a backward on another thread reads a stable array.
    private Retained[]? _retained;
    // The backward run that owns this node right now, and that run's bookkeeping for it
    // (Engine.RunState: dependency count, incoming-gradient buffer, search flags).
    internal object? _run;
    internal int _runDeps;
    internal Tensor?[]? _runBuf;
    internal int _runFlags;
    // Backward runs applying this node now (low bits) and the release state of its saved tensors:
    // see EnterApply / ExitApply.
    private int _applyState;

    private readonly record struct Retained(int Slot, Tensor Tensor, bool HookOnly);

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

    /// <summary>Computes input gradients from output gradients (null entries: no gradient). The engine
    /// validates what it returns (count, shape, dtype: see Engine.ValidateOutputs).</summary>
    internal abstract Tensor?[] Apply(Tensor?[] gradOutputs);

    /// <summary>How <see cref="Apply"/> takes a batched gradient (autograd.grad's is_grads_batched); a node that
    /// does not say is run once per batch slice.</summary>
    internal virtual Ops.BatchRule BatchRule => Ops.BatchRule.PerSlice;

    /// <summary>Frees saved tensors (after a backward without retain_graph).</summary>
    internal virtual void ReleaseVariables() { }

    /// <summary>True if the node keeps state that <see cref="ReleaseVariables"/> frees: only then must
    /// concurrent runs over a shared graph coordinate their applies and the release.</summary>
    internal virtual bool HasSavedState => false;

    // ---- concurrent runs over a shared graph -------------------------------------------------
    // PyTorch's rule: backward runs on several threads may share a graph; with retain_graph all of
    // them work, without it the saved tensors are freed once and a later run reports "Trying to
    // backward through the graph a second time". Freeing while another run reads them must not
    // happen, so applies are counted and the release is done by the last run to leave.

    private const int ApplyCountMask = (1 << 29) - 1;
    private const int ReleaseRequested = 1 << 29;
    private const int VariablesReleased = 1 << 30;

    /// <summary>Registers a run that is about to apply this node; false if the saved tensors are already
    /// released (the apply then reports the freed-graph error if it needs them).</summary>
    internal bool EnterApply()
    {
        int s = Volatile.Read(ref _applyState);
        if (s == 0 && Interlocked.CompareExchange(ref _applyState, 1, 0) == 0) return true;   // the usual case
        while (true)
        {
            if ((s & VariablesReleased) != 0) return false;
            int seen = Interlocked.CompareExchange(ref _applyState, s + 1, s);
            if (seen == s) return true;
            s = seen;
        }
    }

    /// <summary>Ends an apply begun by <see cref="EnterApply"/> (when it returned true); with
    /// <paramref name="release"/> the saved tensors are freed as soon as no other run is applying.</summary>
    internal void ExitApply(bool release)
    {
        // The usual case: this run was the only one applying.
        if (Interlocked.CompareExchange(ref _applyState, release ? VariablesReleased : 0, 1) == 1)
        {
            if (release) ReleaseVariables();
            return;
        }
        int s = Volatile.Read(ref _applyState);
        while (true)
        {
            int next = (s - 1) | (release ? ReleaseRequested : 0);
            bool last = (next & ApplyCountMask) == 0 && (next & ReleaseRequested) != 0;
            if (last) next = VariablesReleased;
            int seen = Interlocked.CompareExchange(ref _applyState, next, s);
            if (seen == s)
            {
                if (last) ReleaseVariables();
                return;
            }
            s = seen;
        }
    }

    // ---- lifetime ------------------------------------------------------------------------------

    internal void IncRef() => Interlocked.Increment(ref _refs);

    internal void DecRef()
    {
        if (Interlocked.Decrement(ref _refs) != 0) return;
        Reaper.Destroy(this);
    }

    /// <summary>Frees one node whose last reference went; successors that lose their last
    /// reference are queued on <paramref name="dying"/> instead of being freed recursively.</summary>
    private void DestroyOne(Reaper dying)
    {
        foreach (var e in _next)
            if (e.Node is { } m && Interlocked.Decrement(ref m._refs) == 0) dying.Push(m);
        _retained = null;
        ReleaseVariables();
        OnDestroyed();
    }

    /// <summary>
    /// Frees dead nodes from an explicit stack, so that dropping a chain of millions of nodes
    /// does not overflow the thread's stack. A node that dies while its thread is already
    /// freeing (a saved tensor released by ReleaseVariables dropping its own grad_fn, a custom
    /// function's state) is queued for the outer loop instead of recursing.
    /// </summary>
    private sealed class Reaper
    {
        [ThreadStatic] private static Reaper? t_reaper;
        private Node?[] _items = new Node?[16];
        private int _count;
        private bool _active;

        public void Push(Node n)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _count * 2);
            _items[_count++] = n;
        }

        private Node? Pop()
        {
            if (_count == 0) return null;
            var n = _items[--_count];
            _items[_count] = null;
            return n;
        }

        public static void Destroy(Node first)
        {
            var r = t_reaper ??= new Reaper();
            if (r._active)
            {
                r.Push(first);
                return;
            }
            r._active = true;
            Exception? error = null;
            Node? n = first;
            while (n != null)
            {
                // A failing release callback must not leave the rest of the graph alive.
                try
                {
                    for (; n != null; n = r.Pop()) n.DestroyOne(r);
                }
                catch (Exception e)
                {
                    error ??= e;
                    n = r.Pop();
                }
            }
            r._active = false;
            if (r._items.Length > 4096) r._items = new Node?[16];
            if (error != null) ExceptionDispatchInfo.Throw(error);
        }
    }

    /// <summary>Called once when the last reference to this node goes (custom functions free user state here).</summary>
    internal virtual void OnDestroyed() { }

    // ---- retained gradients and tensor hooks ----------------------------------------------------

    internal void RetainGradFor(Tensor t, bool hookOnly = false)
    {
        using (GradAccumulation.Lock(this))
        {
            var cur = _retained ?? [];
            for (int i = 0; i < cur.Length; i++)
                if (ReferenceEquals(cur[i].Tensor, t))
                {
                    if (!hookOnly && cur[i].HookOnly)
                    {
                        var copy = (Retained[])cur.Clone();
                        copy[i] = cur[i] with { HookOnly = false };
                        Volatile.Write(ref _retained, copy);
                    }
                    return;
                }
            Volatile.Write(ref _retained, [.. cur, new Retained(t._outputNr, t, hookOnly)]);
        }
    }

    /// <summary>Stops storing retained grads / running hooks for t here (an in-place op moved t to another node).</summary>
    internal void ForgetRetained(Tensor t)
    {
        using (GradAccumulation.Lock(this))
        {
            if (_retained is not { } cur) return;
            Volatile.Write(ref _retained, Array.FindAll(cur, r => !ReferenceEquals(r.Tensor, t)));
        }
    }

    /// <summary>Runs tensor hooks (a hook's result replaces the gradient in <paramref name="grads"/>) and
    /// accumulates retained grads for this node's outputs before it runs. In a batched run (batch &gt;= 0)
    /// hooks see each sample's gradient, as under PyTorch's vmap, and retained grads are refused.</summary>
    internal void OnGradReady(Tensor?[] grads, bool createGraph, int batch = -1)
    {
        var retained = Volatile.Read(ref _retained);
        if (retained is null) return;
        foreach (var (slot, t, hookOnly) in retained)
        {
            if (grads[slot] is not { } g || !t.TryAddRef()) continue;
            try
            {
                if (batch >= 0 && !(hookOnly && !t._retainsGrad))
                    throw NativeGradException.Autograd("retain_grad() is not supported by autograd.grad with is_grads_batched=True: a retained .grad holds one gradient, not a batch");
                var replaced = batch < 0 ? TensorHook.Run(t, g) : Batching.PerSlice(g, batch, s => TensorHook.Run(t, s));
                if (!ReferenceEquals(replaced, g))
                {
                    // The buffer owns a reference to what it holds.
                    grads[slot] = replaced.AddRef();
                    g.Release();
                }
                if (hookOnly && !t._retainsGrad) continue;
                GradAccumulation.Accumulate(t, grads[slot]!, createGraph);
            }
            finally { t.Release(); }
        }
    }

    /// <summary>Python-style "&lt;MulBackward0 object&gt;" name.</summary>
    public override string ToString() => $"<{Name} object>";
}

/// <summary>The sink node of a leaf that requires grad: adds incoming gradients into its .grad.</summary>
public sealed partial class AccumulateGrad : Node
{
    private volatile Tensor? _leaf;

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
        var g = gradOutputs[0];
        // Hold the leaf for the call: another thread may drop its last reference meanwhile.
        if (g is null || _leaf is not { } leaf || !leaf.TryAddRef()) return [];
        try
        {
            g = TensorHook.Run(leaf, g);
            GradAccumulation.Accumulate(leaf, g, GradMode.IsEnabled);
            RunPostAccumulateHooks(leaf);
        }
        finally { leaf.Release(); }
        return [];
    }
}
