using NativeGrad.Kernels;

namespace NativeGrad.Distributed;

/// <summary>
/// The gradient reducer of DistributedDataParallel (PyTorch's reducer.cpp). Parameters are grouped into
/// flat buckets (<see cref="Buckets"/>, reverse registration order). A post-accumulate-grad hook on each
/// parameter copies its fresh gradient, scaled by 1/world size, into its bucket; when a bucket is full it
/// starts a non-blocking all-reduce (sum) of the bucket while the backward goes on, buckets strictly in
/// order so every rank issues the same collectives. A callback queued at the end of the backward waits
/// for the buckets and copies the averaged gradients back into each parameter's .grad.
/// Hooks act only after <see cref="PrepareForBackward"/> (DDP's forward calls it unless no_sync):
/// other backwards accumulate locally. Every parameter given must receive a gradient in each synced
/// backward (PyTorch's find_unused_parameters=False); otherwise the backward fails naming them.
/// </summary>
public sealed unsafe class Reducer : IDisposable
{
    private sealed class Bucket(DType dtype, int[] members, long[] offsets, Tensor buffer)
    {
        public readonly DType DType = dtype;
        public readonly int[] Members = members;     // parameter indices
        public readonly long[] Offsets = offsets;    // element offset of each member in Buffer
        public readonly Tensor Buffer = buffer;
        public int Pending;
        public Work? Work;
    }

    private readonly ProcessGroup _pg;
    private readonly Tensor[] _params;
    private readonly string[] _names;
    private readonly Bucket[] _buckets;
    private readonly (int Bucket, int Slot)[] _where;
    private readonly bool[] _ready;
    private readonly List<RemovableHandle> _hooks = new();
    private int _nextLaunch;
    private bool _expectHooks;
    private bool _finalizeQueued;
    private bool _disposed;

    /// <summary>
    /// A reducer over <paramref name="parameters"/> (floating leaves that require grad, each once), in
    /// registration order; <paramref name="names"/> (optional) name them in errors. Uses the default group.
    /// </summary>
    public Reducer(IReadOnlyList<Tensor> parameters, IReadOnlyList<string>? names = null, double bucketCapMb = Buckets.DefaultBucketCapMb)
    {
        _pg = Dist.Group;
        var limits = Buckets.Limits(bucketCapMb);
        if (names != null && names.Count != parameters.Count)
            throw NativeGradException.Arg($"Reducer: {names.Count} names for {parameters.Count} parameters");
        var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i] ?? throw NativeGradException.Arg($"Reducer: parameter {i} is null");
            p.CheckAlive();
            if (!p.IsLeaf || !p.RequiresGrad || !p.DType.IsFloating())
                throw NativeGradException.Arg($"Reducer: parameter {i} must be a floating-point leaf that requires grad");
            if (!seen.Add(p)) throw NativeGradException.Arg($"Reducer: parameter {i} is given twice");
        }
        _params = parameters.ToArray();
        _names = names?.ToArray() ?? Enumerable.Range(0, _params.Length).Select(i => i.ToString()).ToArray();
        _ready = new bool[_params.Length];
        _where = new (int, int)[_params.Length];

        // Reverse registration order: roughly the order in which backward produces the gradients.
        var order = Enumerable.Range(0, _params.Length).Reverse().ToArray();
        var assignment = Buckets.Assign(order.Select(i => (_params[i].DType, _params[i].Numel * _params[i].DType.ItemSize())).ToList(), limits);
        _buckets = new Bucket[assignment.Count];
        for (int b = 0; b < assignment.Count; b++)
        {
            var members = assignment[b].Select(k => order[k]).ToArray();
            var offsets = new long[members.Length];
            long total = 0;
            for (int s = 0; s < members.Length; s++)
            {
                offsets[s] = total;
                total += _params[members[s]].Numel;
                _where[members[s]] = (b, s);
            }
            var dtype = _params[members[0]].DType;
            var buffer = TensorScope.Untrack(Tensor.Zeros([checked((int)total)], dtype));
            _buckets[b] = new Bucket(dtype, members, offsets, buffer);
        }
        for (int i = 0; i < _params.Length; i++)
        {
            int index = i;
            _hooks.Add(_params[i].RegisterPostAccumulateGradHook(_ => OnGradAccumulated(index)));
        }
    }

    /// <summary>The parameter indices of each bucket, in launch order (for tests and logging).</summary>
    public IReadOnlyList<int[]> BucketIndices => _buckets.Select(b => (int[])b.Members.Clone()).ToList();

    /// <summary>Arms the hooks for the next backward (DDP's forward calls it when grad is enabled and sync is required).</summary>
    public void PrepareForBackward()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // A backward that failed half-way left buckets in flight: finish them before reusing the buffers.
        foreach (var b in _buckets)
        {
            b.Work?.Wait();
            b.Work = null;
            b.Pending = b.Members.Length;
        }
        Array.Clear(_ready);
        _nextLaunch = 0;
        _finalizeQueued = false;
        _expectHooks = true;
    }

    private void OnGradAccumulated(int index)
    {
        if (!_expectHooks) return;
        if (!_finalizeQueued)
        {
            Autograd.QueueCallback(FinalizeBackward);
            _finalizeQueued = true;
        }
        if (_ready[index])
        {
            _expectHooks = false;
            throw NativeGradException.Autograd($"Expected to mark a variable ready only once. Parameter {_names[index]} received a gradient twice in one backward.");
        }
        var p = _params[index];
        var g = p.Grad!;
        if (g.RequiresGrad)
        {
            _expectHooks = false;
            throw NativeGradException.Autograd("DistributedDataParallel does not support backward with create_graph=True (a gradient that requires grad)");
        }
        var (bi, slot) = _where[index];
        var bucket = _buckets[bi];
        CopyScaled(g, (byte*)bucket.Buffer.Ptr + bucket.Offsets[slot] * bucket.DType.ItemSize(), 1.0 / _pg.Size);
        _ready[index] = true;
        if (--bucket.Pending == 0)
            while (_nextLaunch < _buckets.Length && _buckets[_nextLaunch].Pending == 0)
            {
                var next = _buckets[_nextLaunch++];
                next.Work = _pg.AllReduce(next.Buffer, ReduceOp.Sum);
            }
        _pg.Progress();
    }

    // dst (contiguous, the gradient's dtype) = g * scale.
    private static void CopyScaled(Tensor g, byte* dst, double scale)
    {
        long n = g.Numel;
        if (n == 0) return;
        var dtype = g.DType;
        void* src = dst;
        if (g.IsContiguous) src = g.Ptr;
        else Fill.CopyToContiguous(g, dst, dtype);   // then scaled in place
        if (scale == 1)
        {
            long bytes = n * dtype.ItemSize();
            if (src != dst) Buffer.MemoryCopy(src, dst, bytes, bytes);
        }
        else if (dtype == DType.Float32) Elementwise.BinaryScalarB<MulOp<float>, float>((float*)src, (float)scale, (float*)dst, (nint)n);
        else Elementwise.BinaryScalarB<MulOp<double>, double>((double*)src, scale, (double*)dst, (nint)n);
    }

    // The final callback of a synced backward: all gradients must have arrived; wait for the buckets and
    // write the averages back.
    private void FinalizeBackward()
    {
        _expectHooks = false;
        var missing = Enumerable.Range(0, _params.Length).Where(i => !_ready[i]).ToList();
        if (missing.Count > 0)
        {
            // Finish what was started (the other ranks take part in it), then report.
            foreach (var b in _buckets)
            {
                try { b.Work?.Wait(); }
                catch (NativeGradException) { }
                b.Work = null;
            }
            throw NativeGradException.Autograd(
                "DistributedDataParallel: some parameters that require grad did not receive a gradient in this backward, so their " +
                "buckets could not be reduced. Every parameter that requires grad must be used in computing the loss " +
                "(find_unused_parameters=True is not supported; freeze unused parameters with requires_grad_(False) before wrapping the model). " +
                $"Parameters without a gradient on rank {_pg.Rank}: {string.Join(", ", missing.Select(i => _names[i]))}");
        }
        foreach (var b in _buckets)
        {
            b.Work!.Wait();
            b.Work = null;
            for (int s = 0; s < b.Members.Length; s++)
                CopyBack(_params[b.Members[s]], b, s);
        }
    }

    private static void CopyBack(Tensor p, Bucket b, int slot)
    {
        var g = p.Grad!;
        long n = g.Numel;
        if (n == 0) return;
        int item = b.DType.ItemSize();
        byte* src = (byte*)b.Buffer.Ptr + b.Offsets[slot] * item;
        if (g.IsContiguous)
        {
            Buffer.MemoryCopy(src, g.Ptr, n * item, n * item);
            g.BumpVersion();
            return;
        }
        // A strided .grad (assigned by the user): replace it by a contiguous copy of the average.
        using var scope = new TensorScope();
        var flat = b.Buffer.Alias(g.Shape, Shape.ContiguousStrides(g.Shape), b.Offsets[slot]);
        using (GradMode.Set(false)) p.Grad = Ops.Functions.Clone(flat);
    }

    /// <summary>Removes the hooks and frees the buckets (the parameters stay as they are).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _expectHooks = false;
        foreach (var h in _hooks) h.Remove();
        foreach (var b in _buckets)
        {
            // A bucket still in flight keeps its buffer (the Work holds a reference) until it completes.
            b.Buffer.Dispose();
        }
    }
}
