namespace NativeGrad;

/// <summary>
/// Runs the backward graph (PyTorch's engine.cpp): counts dependencies first, accumulates
/// incoming gradients in a buffer per node, runs a node once all its gradients have arrived
/// (later-created nodes first), checks every gradient's shape, and frees saved tensors
/// unless retain_graph is set.
/// </summary>
public static class Engine
{
    /// <summary>Tensor.backward for several outputs: accumulates into the leaves' .grad.</summary>
    public static void Backward(Tensor[] outputs, Tensor?[]? gradOutputs, bool? retainGraph, bool createGraph, Tensor[]? inputs = null)
    {
        if (inputs is { Length: 0 }) throw NativeGradException.Autograd("'inputs' argument to backward() cannot be empty.");
        if (inputs is null)
        {
            Run(outputs, gradOutputs, retainGraph ?? createGraph, createGraph, captureInputs: null, accumulate: true);
            return;
        }
        BackwardInputs(outputs, gradOutputs, retainGraph, createGraph, inputs);
    }

    // backward(inputs=...): compute the gradients of just these tensors and accumulate them, inside the
    // run, so that post-accumulate hooks and final callbacks see a normal backward. (A method of its own:
    // the closure would otherwise be allocated on every backward.)
    private static void BackwardInputs(Tensor[] outputs, Tensor?[]? gradOutputs, bool? retainGraph, bool createGraph, Tensor[] inputs)
        => Run(outputs, gradOutputs, retainGraph ?? createGraph, createGraph, inputs, accumulate: false,
            onCaptured: grads => AccumulateCaptured(inputs, grads, createGraph));

    private static void AccumulateCaptured(Tensor[] inputs, Tensor?[] grads, bool createGraph)
    {
        using var scope = new TensorScope();
        for (int i = 0; i < inputs.Length; i++)
        {
            var g = grads[i];
            if (g is null) continue;
            grads[i] = null;
            var t = inputs[i];
            try
            {
                if (t._grad is null) t.Grad = createGraph ? g : g.Detach();
                else
                {
                    using var _ = GradMode.Set(createGraph);
                    t.Grad = Ops.Functions.Add(t._grad, g);
                }
            }
            finally { g.Release(); }
            if (t.IsLeaf) t._accumulator?.RunPostAccumulateHooks(t);
        }
    }

    /// <summary>autograd.grad: returns d(outputs)/d(inputs) without touching any .grad.
    /// The caller owns the returned tensors (null for unused inputs when allowUnused).</summary>
    public static Tensor?[] Grad(Tensor[] outputs, Tensor[] inputs, Tensor?[]? gradOutputs = null, bool? retainGraph = null,
        bool createGraph = false, bool allowUnused = false)
    {
        if (inputs.Length == 0) throw NativeGradException.Autograd("grad requires at least one input");
        foreach (var t in inputs)
        {
            t.CheckAlive();
            if (!t.RequiresGrad)
                throw NativeGradException.Autograd("One of the differentiated Tensors does not require grad");
        }
        var r = Run(outputs, gradOutputs, retainGraph ?? createGraph, createGraph, inputs, accumulate: false)!;
        for (int i = 0; i < r.Length; i++)
        {
            if (r[i] is null && !allowUnused)
            {
                foreach (var g in r) g?.Release();
                throw NativeGradException.Autograd(
                    "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.");
            }
            r[i]?.ResetCreator();
        }
        return r;
    }

    private static Tensor?[]? Run(Tensor[] outputs, Tensor?[]? gradOutputs, bool retainGraph, bool createGraph,
        Tensor[]? captureInputs, bool accumulate, Action<Tensor?[]>? onCaptured = null)
    {
        if (outputs.Length == 0) throw NativeGradException.Autograd("grad requires at least one output");
        if (gradOutputs != null && gradOutputs.Length != outputs.Length)
            throw NativeGradException.Autograd($"grad_outputs has {gradOutputs.Length} tensors but there are {outputs.Length} outputs");

        var state = RunState.Rent();
        var rootEdges = new Edge[outputs.Length];
        var callbacks = FinalCallbacks.Enter(out int depth);
        try
        {
            // One grad mode and one scope for the whole run: the scope's temporaries (the root
            // gradients, then each node's derivative intermediates) are released after every step.
            using var mode = GradMode.Set(createGraph);
            using var scope = new TensorScope();
            {
                for (int i = 0; i < outputs.Length; i++)
                {
                    var o = outputs[i];
                    o.CheckAlive();
                    if (!o.RequiresGrad)
                        throw NativeGradException.Autograd($"element {i} of tensors does not require grad and does not have a grad_fn");
                    Tensor g;
                    var given = gradOutputs?[i];
                    if (given is null)
                    {
                        if (o.Numel != 1) throw NativeGradException.Autograd("grad can be implicitly created only for scalar outputs");
                        g = Tensor.Ones(o._shape, o._dtype);
                    }
                    else
                    {
                        given.CheckAlive();
                        if (!Shape.Equal(given._shape, o._shape))
                            throw NativeGradException.Shape(
                                $"Mismatch in shape: grad_output[{i}] has a shape of {Shape.TorchSize(given._shape)} and output[{i}] has a shape of {Shape.TorchSize(o._shape)}.");
                        g = given._dtype == o._dtype ? given : Ops.Functions.To(given, o._dtype);
                    }
                    var edge = o._gradFn is { } fn ? new Edge(fn, o._outputNr) : new Edge(o.GradAccumulator(), 0);
                    rootEdges[i] = edge;
                    state.Discover(edge.Node!);
                    AddToBuffer(state, edge, g);
                }
            }
            scope.DisposeTracked();
            var captured = Execute(state, scope, rootEdges, retainGraph, createGraph, captureInputs, accumulate);
            if (onCaptured != null)
            {
                var grads = captured!;
                captured = null;
                try { onCaptured(grads); }
                finally { foreach (var g in grads) g?.Release(); }
            }
            callbacks.RunQueued(depth);
            return captured;
        }
        finally
        {
            callbacks.Exit(depth);
            state.End();
            RunState.Return(state);
        }
    }

    /// <summary>
    /// One backward run's bookkeeping. Each node's dependency count and gradient buffer live in
    /// the node itself (no hashing on the hot path) while this run owns the node; a node that
    /// another run owns at the same time (a nested run from a hook, or another thread) gets a
    /// slot in a map instead. The collections are kept per thread and reused, so that small
    /// graphs do not pay for allocating them; a nested run gets its own.
    /// </summary>
    private sealed class RunState
    {
        public readonly List<Node> Order = new();
        public readonly Stack<Node> Stack = new();
        public readonly Stack<Node> Pending = new();
        public readonly PriorityQueue<Node, long> Ready = new();
        private Dictionary<Node, Slot>? _foreign;
        [ThreadStatic] private static RunState? t_idle;

        private sealed class Slot
        {
            public int Deps;
            public Tensor?[]? Buf;
        }

        // Gradient buffers of single-output nodes (most nodes), reused within and across runs.
        private readonly Stack<Tensor?[]> _singles = new();

        public Tensor?[] RentBuffer(int n) => n == 1 && _singles.Count > 0 ? _singles.Pop() : new Tensor?[n];

        /// <summary>Takes back a buffer whose gradients were released (only the engine ever held it).</summary>
        public void ReturnBuffer(Tensor?[] buf)
        {
            if (buf.Length != 1 || _singles.Count >= 64) return;
            buf[0] = null;
            _singles.Push(buf);
        }

        public static RunState Rent()
        {
            var s = t_idle ?? new RunState();
            t_idle = null;
            return s;
        }

        public static void Return(RunState s)
        {
            // Keep the state for the next run unless a huge graph grew it.
            if (s.Order.Count > 4096) return;
            s.Order.Clear(); s.Stack.Clear(); s.Pending.Clear(); s.Ready.Clear(); s._foreign?.Clear();
            t_idle = s;
        }

        /// <summary>Adds a node to this run; false if it was already in it.</summary>
        public bool Discover(Node n)
        {
            if (ReferenceEquals(n._run, this) || (_foreign?.ContainsKey(n) ?? false)) return false;
            if (Interlocked.CompareExchange(ref n._run, this, null) == null)
            {
                n._runDeps = 0;
                n._runBuf = null;
            }
            else (_foreign ??= new(ReferenceEqualityComparer.Instance))[n] = new Slot();
            Order.Add(n);
            return true;
        }

        public ref int Deps(Node n)
        {
            if (ReferenceEquals(n._run, this)) return ref n._runDeps;
            return ref _foreign![n].Deps;
        }

        public ref Tensor?[]? Buffer(Node n)
        {
            if (ReferenceEquals(n._run, this)) return ref n._runBuf;
            return ref _foreign![n].Buf;
        }

        /// <summary>Releases what is left in the buffers and gives the nodes back.</summary>
        public void End()
        {
            foreach (var n in Order)
            {
                var buf = Buffer(n);
                if (buf != null) foreach (var t in buf) t?.Release();
                if (ReferenceEquals(n._run, this))
                {
                    n._runBuf = null;
                    Volatile.Write(ref n._run, null);
                }
            }
        }
    }

    private static void AddToBuffer(RunState state, Edge e, Tensor g)
    {
        var node = e.Node!;
        ref var buf = ref state.Buffer(node);
        buf ??= state.RentBuffer(node.NumOutputs);
        var old = buf[e.InputNr];
        if (old is null) buf[e.InputNr] = g.AddRef();
        else
        {
            buf[e.InputNr] = Ops.Functions.Add(old, g).AddRef();
            old.Release();
        }
    }

    private static Tensor?[]? Execute(RunState state, TensorScope scope, Edge[] rootEdges, bool retainGraph, bool createGraph,
        Tensor[]? captureInputs, bool accumulate)
    {
        // Dependency counts over the reachable graph (the roots were discovered by Run).
        var order = state.Order;
        var stack = state.Stack;
        foreach (var n in order) stack.Push(n);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            foreach (var e in n._next)
            {
                if (e.Node is null) continue;
                if (state.Discover(e.Node)) stack.Push(e.Node);
                state.Deps(e.Node)++;
            }
        }

        // autograd.grad: where each input's gradient is captured, and which nodes must run.
        Dictionary<Node, List<(int slot, int index)>>? captureAt = null;
        HashSet<Node>? needed = null;
        Tensor?[]? captured = null;
        if (captureInputs != null)
        {
            captured = new Tensor?[captureInputs.Length];
            captureAt = new(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < captureInputs.Length; i++)
            {
                var t = captureInputs[i];
                Node node = t._gradFn ?? t.GradAccumulator();
                int slot = t._gradFn != null ? t._outputNr : 0;
                if (!captureAt.TryGetValue(node, out var list)) captureAt[node] = list = new();
                list.Add((slot, i));
            }
            needed = new(ReferenceEqualityComparer.Instance);
            // Reverse discovery order visits successors before predecessors only approximately,
            // so iterate to a fixed point (graphs are small relative to the work per node).
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var n in order)
                {
                    if (needed.Contains(n)) continue;
                    foreach (var e in n._next)
                        if (e.Node != null && (captureAt.ContainsKey(e.Node) || needed.Contains(e.Node)))
                        {
                            needed.Add(n); changed = true; break;
                        }
                }
            }
        }

        var ready = state.Ready;
        foreach (var e in rootEdges)
        {
            ref int d = ref state.Deps(e.Node!);
            if (d == 0 && state.Buffer(e.Node!) != null) { ready.Enqueue(e.Node!, -e.Node!.Sequence); d = -1; }
        }

        while (ready.Count > 0)
            {
                var node = ready.Dequeue();
                ref var bufRef = ref state.Buffer(node);
                var buf = bufRef!;
                try
                {
                    node.OnGradReady(buf, createGraph);
                    if (captureAt != null && captureAt.TryGetValue(node, out var caps))
                        foreach (var (slot, index) in caps)
                            if (buf[slot] is { } g && captured![index] is null) captured[index] = g.AddRef();

                    bool run = needed is null ? (accumulate || node is not AccumulateGrad) : needed.Contains(node);
                    Tensor?[] results = run ? node.Apply(buf) : [];
                    if (run && AnomalyMode.IsEnabled) AnomalyMode.Check(node, results);
                    if (run && !retainGraph) node.ReleaseVariables();
                    for (int i = 0; i < node._next.Length && run; i++)
                    {
                        var e = node._next[i];
                        if (e.Node is null || i >= results.Length || results[i] is not { } g) continue;
                        var expected = e.Node.OutShape(e.InputNr);
                        if (!Shape.Equal(g._shape, expected))
                            throw NativeGradException.Shape(
                                $"Function {node.Name} returned an invalid gradient at index {i} - got {Shape.Str(g._shape)} but expected shape compatible with {Shape.Str(expected)}");
                        AddToBuffer(state, e, g);
                    }
                    // Release this node's incoming gradients now that it has run.
                    bufRef = null;
                    foreach (var t in buf) t?.Release();
                    state.ReturnBuffer(buf);
                    if (run) Release(node, state);
                }
                finally { scope.DisposeTracked(); }
            }
        return captured;
    }

    // Decrements the dependency counts of a node's successors, queueing those that became ready.
    // A successor that received no gradient at all is skipped, and its own successors released.
    private static void Release(Node node, RunState state)
    {
        var pending = state.Pending;
        pending.Push(node);
        while (pending.Count > 0)
        {
            var n = pending.Pop();
            foreach (var e in n._next)
            {
                if (e.Node is null) continue;
                ref int d = ref state.Deps(e.Node);
                if (--d != 0) continue;
                d = -1;
                if (state.Buffer(e.Node) != null) state.Ready.Enqueue(e.Node, -e.Node.Sequence);
                else pending.Push(e.Node);
            }
        }
    }
}
