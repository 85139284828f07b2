namespace NativeGrad;

/// <summary>
/// Runs the backward graph (PyTorch's engine.cpp): counts dependencies first, accumulates
/// incoming gradients in a buffer per node, runs a node once all its gradients have arrived
/// (later-created nodes first), validates every node's gradients in one place
/// (<see cref="ValidateOutputs"/>), and frees saved tensors unless retain_graph is set.
/// Runs on several threads at once are allowed, over separate or shared graphs (docs/THREADS.md).
/// autograd.grad with is_grads_batched runs one walk over a batch of seeds (Engine.Batched.cs).
/// </summary>
public static partial class Engine
{
    /// <summary>Tensor.backward for several outputs: accumulates into the leaves' .grad (with
    /// <paramref name="inputs"/>, into those tensors' .grad only).</summary>
    public static void Backward(Tensor[] outputs, Tensor?[]? gradOutputs, bool? retainGraph, bool createGraph, Tensor[]? inputs = null)
    {
        if (inputs is { Length: 0 }) throw NativeGradException.Autograd("'inputs' argument to backward() cannot be empty.");
        Node[]? targets = null;
        if (inputs != null)
        {
            // As PyTorch 1.13: every input retains its grad (a no-op for leaves); a leaf's AccumulateGrad
            // runs (with its hooks), a non-leaf's node runs so that its retained gradient is stored.
            targets = new Node[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                var t = inputs[i];
                t.CheckAlive();
                t.RetainGrad();
                targets[i] = t._gradFn ?? t.GradAccumulator();
            }
        }
        Run(outputs, gradOutputs, retainGraph ?? createGraph, createGraph, targets, captureInputs: null, batch: -1);
    }

    /// <summary>autograd.grad: returns d(outputs)/d(inputs) without touching any .grad.
    /// The caller owns the returned tensors (null for unused inputs when allowUnused). With
    /// <paramref name="isGradsBatched"/> the first dim of every grad_output is a batch of seeds, and one
    /// backward gives each input's gradients for all of them, stacked along a new first dim.</summary>
    public static Tensor?[] Grad(Tensor[] outputs, Tensor[] inputs, Tensor?[]? gradOutputs = null, bool? retainGraph = null,
        bool createGraph = false, bool allowUnused = false, bool isGradsBatched = false)
    {
        if (inputs.Length == 0) throw NativeGradException.Autograd("grad requires at least one input");
        // PyTorch checks the outputs before the inputs.
        for (int i = 0; i < outputs.Length; i++)
        {
            outputs[i].CheckAlive();
            if (!outputs[i].RequiresGrad)
                throw NativeGradException.Autograd($"element {i} of tensors does not require grad and does not have a grad_fn");
        }
        foreach (var t in inputs)
        {
            t.CheckAlive();
            if (!t.RequiresGrad)
                throw NativeGradException.Autograd("One of the differentiated Tensors does not require grad");
        }
        int batch = isGradsBatched ? BatchSize(outputs, gradOutputs) : -1;
        var r = Run(outputs, gradOutputs, retainGraph ?? createGraph, createGraph, targets: null, inputs, batch)!;
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

    /// <summary>Node visits of this thread's last search for the nodes to execute (autograd.grad and
    /// backward(inputs=...)): at most the graph's edges, which tests check to keep the search linear.</summary>
    internal static long LastSearchVisits => t_searchVisits;
    [ThreadStatic] private static long t_searchVisits;

    // batch: the batch size of batched gradients, -1 for a plain run.
    private static Tensor?[]? Run(Tensor[] outputs, Tensor?[]? gradOutputs, bool retainGraph, bool createGraph,
        Node[]? targets, Tensor[]? captureInputs, int batch)
    {
        if (outputs.Length == 0) throw NativeGradException.Autograd("grad requires at least one output");
        if (gradOutputs != null && gradOutputs.Length != outputs.Length)
            throw NativeGradException.Autograd($"grad_outputs has {gradOutputs.Length} tensors but there are {outputs.Length} outputs");

        var state = RunState.Rent();
        state.Batch = batch;
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
                    else if (batch >= 0) g = given._dtype == o._dtype ? given : Ops.Functions.To(given, o._dtype);
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
            var captured = Execute(state, scope, rootEdges, retainGraph, createGraph, targets, captureInputs);
            // Gradients left pending (lazy fusion) share sources and subexpressions: one pass computes them all.
            if (state.Lazy.Count > 0 || captured != null) Fusion.Fuser.ComputeAll(captured is null ? state.Lazy : state.Lazy.Concat(captured));
            // queue_callback's callbacks: once every node has run, before the call returns.
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

    // Per-node flags of a run that executes only part of the graph (RunState.Flags).
    private const int Visiting = 1, Visited = 2, Needed = 4, Captured = 8, Target = 16;

    /// <summary>
    /// One backward run's bookkeeping. Each node's dependency count, gradient buffer and flags live
    /// in the node itself (no hashing on the hot path) while this run owns the node; a node that
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
        public int Batch = -1;   // the batch size of a batched run, -1 for a plain one
        public (Node Node, int Next)[] Frames = new (Node, int)[16];
        // .grad tensors this run left pending (one reference each), computed together at its end.
        public readonly List<Tensor> Lazy = new();
        private Dictionary<Node, Slot>? _foreign;
        [ThreadStatic] private static RunState? t_idle;

        private sealed class Slot
        {
            public int Deps;
            public int Flags;
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
            // (Frames is left empty by every search.)
            s.Order.Clear(); s.Stack.Clear(); s.Pending.Clear(); s.Ready.Clear(); s._foreign?.Clear();
            t_idle = s;
        }

        /// <summary>Adds a node to this run; false if it was already in it.</summary>
        public bool Discover(Node n)
        {
            if (Contains(n)) return false;
            // Claiming a node is the one synchronisation between runs: a node that another run holds
            // keeps that run's bookkeeping, and this run keeps its own in the map.
            if (Interlocked.CompareExchange(ref n._run, this, null) == null)
            {
                n._runDeps = 0;
                n._runFlags = 0;
                n._runBuf = null;
            }
            else (_foreign ??= new(ReferenceEqualityComparer.Instance))[n] = new Slot();
            Order.Add(n);
            return true;
        }

        public bool Contains(Node n) => ReferenceEquals(n._run, this) || (_foreign?.ContainsKey(n) ?? false);

        public ref int Deps(Node n)
        {
            if (ReferenceEquals(n._run, this)) return ref n._runDeps;
            return ref _foreign![n].Deps;
        }

        public ref int Flags(Node n)
        {
            if (ReferenceEquals(n._run, this)) return ref n._runFlags;
            return ref _foreign![n].Flags;
        }

        public ref Tensor?[]? Buffer(Node n)
        {
            if (ReferenceEquals(n._run, this)) return ref n._runBuf;
            return ref _foreign![n].Buf;
        }

        /// <summary>Releases what is left in the buffers and gives the nodes back.</summary>
        public void End()
        {
            foreach (var t in Lazy) t.Release();
            Lazy.Clear();
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
        Node[]? targets, Tensor[]? captureInputs)
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

        // autograd.grad captures each input's gradient where it arrives; backward(inputs=...) runs the
        // inputs' nodes. Either way only the nodes on a path to one of them run.
        Dictionary<Node, List<(int slot, int index)>>? captureAt = null;
        Tensor?[]? captured = null;
        if (captureInputs != null)
        {
            captured = new Tensor?[captureInputs.Length];
            captureAt = new(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < captureInputs.Length; i++)
            {
                var t = captureInputs[i];
                Node node = t._gradFn ?? t.GradAccumulator();
                if (!state.Contains(node)) continue;   // not reached: the input was not used
                int slot = t._gradFn != null ? t._outputNr : 0;
                if (!captureAt.TryGetValue(node, out var list)) captureAt[node] = list = new();
                list.Add((slot, i));
                state.Flags(node) |= Captured;
            }
        }
        if (targets != null)
            foreach (var node in targets)
                if (state.Contains(node)) state.Flags(node) |= Target;
        bool partial = captureInputs != null || targets != null;
        if (partial) MarkNeeded(state, rootEdges);

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
                int flags = partial ? state.Flags(node) : Needed;
                // Captured as it arrives, before any hook (PyTorch 1.13: tensor hooks are pre-hooks of a node
                // that runs; a captured input's node need not run).
                if ((flags & Captured) != 0)
                    foreach (var (slot, index) in captureAt![node])
                        if (buf[slot] is { } g && captured![index] is null) captured[index] = g.AddRef();

                bool run = (flags & Needed) != 0;
                if (run)
                {
                    node.OnGradReady(buf, createGraph, state.Batch);
                    var results = ApplyNode(node, buf, retainGraph, state.Batch);
                    if (node is AccumulateGrad { Variable: { } leaf } && leaf._grad is { _storage.Pending: not null } lazy && lazy.TryAddRef())
                        state.Lazy.Add(lazy);
                    var next = node._next;
                    for (int i = 0; i < results.Length; i++)
                        if (results[i] is { } g) AddToBuffer(state, next[i], g);
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

    /// <summary>
    /// Marks the nodes that must run when only some gradients are wanted (PyTorch's init_to_execute):
    /// a node is needed if it is a target or if one of its successors is needed or captured. One
    /// iterative depth-first search over the reachable graph, each edge followed once, so the cost is
    /// linear in the graph's size and a deep graph cannot overflow the stack.
    /// </summary>
    private static void MarkNeeded(RunState state, Edge[] rootEdges)
    {
        var frames = state.Frames;
        int depth = 0;
        long visits = 0;
        foreach (var root in rootEdges)
        {
            ref int rf = ref state.Flags(root.Node!);
            if ((rf & (Visiting | Visited)) != 0) continue;
            rf |= Visiting;
            frames[depth++] = (root.Node!, 0);
            while (depth > 0)
            {
                ref var top = ref frames[depth - 1];
                var edges = top.Node._next;
                if (top.Next < edges.Length)
                {
                    var child = edges[top.Next++].Node;
                    if (child is null) continue;
                    visits++;
                    ref int cf = ref state.Flags(child);
                    if ((cf & (Visiting | Visited)) != 0) continue;
                    cf |= Visiting;
                    if (depth == frames.Length) Array.Resize(ref state.Frames, depth * 2);
                    frames = state.Frames;
                    frames[depth++] = (child, 0);
                    continue;
                }
                // All successors are done: this node is needed if one of them is needed or captured.
                var n = top.Node;
                frames[--depth] = default;
                ref int nf = ref state.Flags(n);
                bool needed = (nf & Target) != 0;
                for (int i = 0; i < edges.Length && !needed; i++)
                    needed = edges[i].Node is { } c && (state.Flags(c) & (Needed | Captured)) != 0;
                nf = (nf & ~Visiting) | Visited | (needed ? Needed : 0);
            }
        }
        t_searchVisits = visits;
    }

    /// <summary>Runs one node's backward and validates what it returns. The node's saved tensors are
    /// released afterwards unless <paramref name="retainGraph"/> (once no other thread's run is applying it).</summary>
    private static Tensor?[] ApplyNode(Node node, Tensor?[] buf, bool retainGraph, int batch)
    {
        bool entered = node.HasSavedState && node.EnterApply();
        bool ok = false;
        // The profiler's row of this node, PyTorch's name for it (a no-op range when profiling is off), ended in
        // the finally below (no second protected region).
        var timed = Profiler.Enabled ? Profiler.Scope("autograd::engine::evaluate_function: ", node.Name) : default;
        try
        {
            Tensor?[] results;
            if (batch >= 0) results = ApplyBatched(node, buf, batch);   // validated there
            else
            {
                results = node.Apply(buf);
                ValidateOutputs(node, results);
            }
            if (AnomalyMode.IsEnabled) AnomalyMode.Check(node, results);
            ok = true;
            return results;
        }
        finally
        {
            if (entered) node.ExitApply(release: ok && !retainGraph);
            timed.Dispose();
        }
    }

    /// <summary>
    /// PyTorch's validate_outputs, the one check of every node's gradients (op-table rows, custom
    /// functions): one per next edge; a gradient whose edge leads nowhere is dropped; a shape that
    /// differs from the receiving input's but broadcasts to it is summed back (sum_to), any other
    /// is an error; the dtype is cast to the input's.
    /// </summary>
    internal static void ValidateOutputs(Node node, Tensor?[] grads)
    {
        var next = node._next;
        // One gradient per edge; trailing edges that lead nowhere (a scalar argument) may be left out.
        if (grads.Length != next.Length) CheckCount(node, grads.Length);
        for (int i = 0; i < grads.Length; i++)
        {
            var g = grads[i];
            if (g is null) continue;
            var to = next[i].Node;
            if (to is null) { grads[i] = null; continue; }
            g.CheckAlive();
            int nr = next[i].InputNr;
            var shape = to.OutShape(nr);
            var type = to.OutType(nr);
            if (ReferenceEquals(g._shape, shape) || Shape.Equal(g._shape, shape))
            {
                if (g._dtype != type) grads[i] = Ops.Functions.To(g, type);
                continue;
            }
            if (!ExpandableTo(shape, g._shape))
                throw NativeGradException.Shape(
                    $"Function {node.Name} returned an invalid gradient at index {i} - got {Shape.Str(g._shape)} but expected shape compatible with {Shape.Str(shape)}");
            g = Ops.Functions.SumTo(g, shape);
            grads[i] = g._dtype == type ? g : Ops.Functions.To(g, type);
        }
    }

    private static void CheckCount(Node node, int count)
    {
        var next = node._next;
        bool ok = count < next.Length;
        for (int i = count; i < next.Length && ok; i++) ok = next[i].Node is null;
        if (!ok)
            throw NativeGradException.Autograd(
                $"Function {node.Name} returned an invalid number of gradients - expected {next.Length}, but got {count}");
    }

    // True if `shape` broadcasts to `target` (PyTorch's is_expandable_to).
    private static bool ExpandableTo(int[] shape, int[] target)
    {
        if (shape.Length > target.Length) return false;
        for (int i = 1; i <= shape.Length; i++)
            if (shape[^i] != target[^i] && shape[^i] != 1) return false;
        return true;
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
