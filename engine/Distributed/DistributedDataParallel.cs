using NativeGrad.NN;

namespace NativeGrad.Distributed;

/// <summary>
/// Data-parallel training (torch.nn.parallel.DistributedDataParallel): each rank runs its copy of
/// <see cref="Module"/> on its share of the batch; the gradients are averaged over the ranks during the
/// backward (<see cref="Reducer"/>: buckets all-reduced while the backward still runs), so identical
/// optimizer steps keep the copies identical. At construction the parameters and buffers of rank 0 are
/// broadcast to all ranks (after checking that every rank has the same model). The wrapped module is
/// the child "module" (state dict keys "module.…", as PyTorch).
/// </summary>
public sealed class DistributedDataParallel : Module, IDisposable
{
    private readonly Reducer _reducer;
    private readonly Tensor[] _buffers;

    /// <summary>The wrapped module.</summary>
    public Module Module { get; }

    /// <summary>False inside <see cref="NoSync"/>: forward passes then do not arm gradient synchronisation.</summary>
    public bool RequireBackwardGradSync { get; set; } = true;

    /// <summary>Broadcast rank 0's buffers at every forward (PyTorch's broadcast_buffers).</summary>
    public bool BroadcastBuffers { get; }

    /// <summary>
    /// Wraps <paramref name="module"/>; needs an initialised default group. Only parameters that require grad
    /// are reduced, in buckets of about <paramref name="bucketCapMb"/> MB (the first one 1 MB).
    /// <paramref name="findUnusedParameters"/> must be false: each synced backward must reach every parameter
    /// that requires grad (freeze the others with requires_grad_(false) before wrapping).
    /// </summary>
    public DistributedDataParallel(Module module, double bucketCapMb = Buckets.DefaultBucketCapMb, bool broadcastBuffers = true,
        bool findUnusedParameters = false)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (findUnusedParameters)
            throw NativeGradException.Arg("DistributedDataParallel: find_unused_parameters=True is not supported; every parameter that requires grad " +
                                          "must receive a gradient (freeze unused ones with requires_grad_(False) before wrapping)");
        _ = Dist.Group;
        Module = RegisterModule("module", module);
        BroadcastBuffers = broadcastBuffers;
        var parameters = module.NamedParameters(prefix: "module").ToList();
        _buffers = module.NamedBuffers().Select(b => b.Value).ToArray();
        var trainable = parameters.Where(p => p.Value.RequiresGrad).ToList();
        if (trainable.Count == 0)
            throw NativeGradException.Autograd("DistributedDataParallel is not needed when a module doesn't have any parameter that requires a gradient.");
        SyncModuleStates(parameters.Select(p => p.Value).Concat(_buffers).ToList());
        _reducer = new Reducer(trainable.Select(p => p.Value).ToList(), trainable.Select(p => p.Key).ToList(), bucketCapMb);
    }

    /// <summary>The parameter indices (among the parameters that require grad) of each bucket, in launch order.</summary>
    public IReadOnlyList<int[]> BucketIndices => _reducer.BucketIndices;

    /// <summary>Arms gradient synchronisation (grad enabled and not in <see cref="NoSync"/>), broadcasts buffers, runs the module.</summary>
    public override Tensor Forward(Tensor input)
    {
        if (GradMode.IsEnabled && RequireBackwardGradSync) _reducer.PrepareForBackward();
        if (BroadcastBuffers && _buffers.Length > 0 && Dist.GetWorldSize() > 1) BroadcastAll(_buffers);
        return Module.Call(input);
    }

    /// <summary>Gradient accumulation without communication: backwards of forwards run inside
    /// <c>using (ddp.NoSync()) { ... }</c> only accumulate locally; the first synced backward after it
    /// averages the accumulated gradients.</summary>
    public IDisposable NoSync()
    {
        bool previous = RequireBackwardGradSync;
        RequireBackwardGradSync = false;
        return new Restore(() => RequireBackwardGradSync = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        private Action? _restore = restore;
        public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
    }

    /// <summary>Removes the gradient hooks and frees the buckets; the wrapped module stays usable on its own.</summary>
    public void Dispose() => _reducer.Dispose();

    /// <summary>
    /// Checks that every rank has the same tensors (count, dtypes and shapes) and copies rank 0's values into
    /// all ranks' (PyTorch's _sync_module_states). A mismatch is an error on every rank, not a hang.
    /// </summary>
    public static void SyncModuleStates(IReadOnlyList<Tensor> tensors)
    {
        var g = Dist.Group;
        long count = tensors.Count, numel = 0;
        ulong hash = 14695981039346656037UL;
        void Mix(long v) { unchecked { hash = (hash ^ (ulong)v) * 1099511628211UL; } }
        foreach (var t in tensors)
        {
            t.CheckAlive();
            numel += t.Numel;
            Mix((long)t.DType);
            Mix(t.Dim);
            foreach (var d in t.ShapeSpan) Mix(d);
        }
        long signature = (long)(hash >> 1);
        using var scope = new TensorScope();
        var lo = Tensor.FromArray(new long[] { count, numel, signature }, 3);
        var hi = Tensor.FromArray(new long[] { count, numel, signature }, 3);
        Dist.AllReduce(lo, ReduceOp.Min);
        Dist.AllReduce(hi, ReduceOp.Max);
        if (!lo.ToDoubleArray().SequenceEqual(hi.ToDoubleArray()))
            throw ProcessGroup.Error("DistributedDataParallel expects the same model on every rank, but the parameters and buffers differ " +
                                     $"(count, dtypes or shapes): rank {g.Rank} has {count} tensors with {numel} elements");
        if (g.Size > 1) BroadcastAll(tensors);
    }

    // Broadcasts from rank 0, all started before any is waited for (they progress together).
    private static void BroadcastAll(IReadOnlyList<Tensor> tensors)
    {
        var g = Dist.Group;
        var works = new List<(Work Work, Tensor Target, Tensor Buffer)>();
        using var scope = new TensorScope();
        using (GradMode.Set(false))
        {
            foreach (var t in tensors)
            {
                var buf = t.IsContiguous ? t : Ops.Functions.Contiguous(t);
                works.Add((g.Broadcast(buf, 0), t, buf));
            }
            foreach (var (w, target, buf) in works)
            {
                w.Wait();
                if (!ReferenceEquals(buf, target)) target.Data.Copy_(buf);
            }
        }
    }
}
