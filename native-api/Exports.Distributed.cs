using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NativeGrad.Distributed;
using NativeGrad.NN;

namespace NativeGrad.Native;

// torch.distributed over MPI (Open MPI, loaded at run time): the default process group, collectives,
// DistributedDataParallel for ng_module models, the gradient reducer for bindings with their own
// modules (Python), and the DistributedSampler's indices. Outstanding collectives (async_op) and
// reducers are referred to by int64 ids.
[ExportGroup("Distributed", Order = 7)]
public static unsafe partial class Exports
{
    private static readonly ConcurrentDictionary<long, Work> s_works = new();
    private static readonly ConcurrentDictionary<long, Reducer> s_reducers = new();
    private static long s_nextDistId;

    /// <summary>Writes 1 if an MPI library (Open MPI) can be loaded, else 0 (torch.distributed.is_mpi_available).</summary>
    [Export("ng_dist_is_mpi_available")]
    internal static void DistIsMpiAvailable(int* outAvailable)
    {
        Abi.Out(outAvailable); int v = Dist.IsMpiAvailable ? 1 : 0; *outAvailable = v;
    }

    /// <summary>
    /// init_process_group("mpi"): initialises MPI and the default group. Start the program with mpirun; world_size and
    /// rank may be -1 (taken from mpirun) or must agree with it; without mpirun only world_size 1 is accepted.
    /// Collectives not done within timeout_seconds (0: PyTorch's default, 30 minutes) fail with NG_ERR_DISTRIBUTED.
    /// </summary>
    [Export("ng_dist_init")]
    internal static void DistInit(double timeoutSeconds, int worldSize, int rank)
    {
        // TimeSpan holds about 29,000 years: a longer (or infinite) timeout is refused rather than overflowing.
        if (double.IsNaN(timeoutSeconds) || timeoutSeconds < 0 || timeoutSeconds > 1e12)
            throw new NativeGradException(ErrorKind.InvalidArgument, $"timeout_seconds must be >= 0 and at most 1e12 (got {timeoutSeconds})");
        Dist.InitProcessGroup("mpi", timeoutSeconds == 0 ? null : TimeSpan.FromSeconds(timeoutSeconds), worldSize, rank);
    }

    /// <summary>Writes 1 between ng_dist_init and ng_dist_destroy, else 0.</summary>
    [Export("ng_dist_is_initialized")]
    internal static void DistIsInitialized(int* outInitialized)
    {
        Abi.Out(outInitialized); *outInitialized = Dist.IsInitialized ? 1 : 0;
    }

    /// <summary>Writes this process's rank in the default group.</summary>
    [Export("ng_dist_rank")]
    internal static void DistRank(int* outRank)
    {
        Abi.Out(outRank); int r = Dist.GetRank(); *outRank = r;
    }

    /// <summary>Writes the number of processes in the default group.</summary>
    [Export("ng_dist_world_size")]
    internal static void DistWorldSize(int* outWorldSize)
    {
        Abi.Out(outWorldSize); int s = Dist.GetWorldSize(); *outWorldSize = s;
    }

    private static void Finish(Work w, int asyncOp, long* outWorkId)
    {
        if (asyncOp == 0)
        {
            w.Wait();
            if (outWorkId != null) *outWorkId = 0;
            return;
        }
        long id = Interlocked.Increment(ref s_nextDistId);
        s_works[id] = w;
        *outWorkId = id;
    }

    private static void CheckWorkOut(int asyncOp, long* outWorkId)
    {
        if (asyncOp != 0) Abi.Out(outWorkId);
    }

    /// <summary>
    /// all_reduce: reduces a contiguous float32/float64/int64 tensor over all ranks, in place (op: NG_REDUCE_*).
    /// With async_op 0 it returns when done (out_work_id may be NULL; 0 is written); otherwise it writes the id of
    /// the outstanding collective (ng_dist_work_wait, then ng_dist_work_free).
    /// </summary>
    [Export("ng_dist_all_reduce")]
    internal static void DistAllReduce(TensorHandle t, int op, int asyncOp, long* outWorkId)
    {
        CheckWorkOut(asyncOp, outWorkId);
        if (!Enum.IsDefined((ReduceOp)op))
            throw new NativeGradException(ErrorKind.InvalidArgument, $"all_reduce: unknown reduce op {op} (expected NG_REDUCE_SUM..NG_REDUCE_MAX, 0..4)");
        Finish(Dist.Group.AllReduce(Abi.T(t), (ReduceOp)op), asyncOp, outWorkId);
    }

    /// <summary>broadcast: copies rank src's tensor (contiguous) into every rank's, in place; async_op as ng_dist_all_reduce.</summary>
    [Export("ng_dist_broadcast")]
    internal static void DistBroadcast(TensorHandle t, int src, int asyncOp, long* outWorkId)
    {
        CheckWorkOut(asyncOp, outWorkId);
        Finish(Dist.Group.Broadcast(Abi.T(t), src), asyncOp, outWorkId);
    }

    /// <summary>barrier: returns when every rank has called it.</summary>
    [Export("ng_dist_barrier")]
    internal static void DistBarrier()
    {
        Dist.Barrier();
    }

    private static Work W(long id) => s_works.TryGetValue(id, out var w) ? w
        : throw new NativeGradException(ErrorKind.ReleasedHandle, $"no outstanding collective with id {id} (already freed, or never returned)");

    /// <summary>Work.wait(): blocks until the collective is done; timeout_seconds 0 uses the group's timeout (counted
    /// from the collective's start). A timeout fails the group (NG_ERR_DISTRIBUTED).</summary>
    [Export("ng_dist_work_wait")]
    internal static void DistWorkWait(long workId, double timeoutSeconds)
    {
        // TimeSpan holds about 29,000 years: a longer (or infinite) timeout is refused rather than overflowing.
        if (double.IsNaN(timeoutSeconds) || timeoutSeconds < 0 || timeoutSeconds > 1e12)
            throw new NativeGradException(ErrorKind.InvalidArgument, $"timeout_seconds must be >= 0 and at most 1e12 (got {timeoutSeconds})");
        W(workId).Wait(timeoutSeconds == 0 ? null : TimeSpan.FromSeconds(timeoutSeconds));
    }

    /// <summary>Work.is_completed(): writes 1 if the collective is done (polls MPI), else 0.</summary>
    [Export("ng_dist_work_is_completed")]
    internal static void DistWorkIsCompleted(long workId, int* outCompleted)
    {
        Abi.Out(outCompleted); int v = W(workId).IsCompleted() ? 1 : 0; *outCompleted = v;
    }

    /// <summary>Forgets a collective's id; an unfinished collective still completes (its tensor stays alive until then). 0 is ignored.</summary>
    [Export("ng_dist_work_free")]
    internal static void DistWorkFree(long workId)
    {
        if (workId != 0 && !s_works.TryRemove(workId, out _))
            throw new NativeGradException(ErrorKind.ReleasedHandle, $"no outstanding collective with id {workId} (already freed?)");
    }

    /// <summary>destroy_process_group: waits for outstanding collectives, frees the group and finalises MPI (which cannot
    /// be initialised again in this process). Call it before the program ends: mpirun fails a job whose process exits
    /// without finalising MPI.</summary>
    [Export("ng_dist_destroy")]
    internal static void DistDestroy()
    {
        Dist.DestroyProcessGroup();
    }

    // ---- DistributedDataParallel -----------------------------------------------------------------

    /// <summary>
    /// nn.parallel.DistributedDataParallel(module, bucket_cap_mb, broadcast_buffers): writes a new module handle that
    /// wraps module (its parameters are named "module.…"); run it with ng_module_forward and build the optimizer from its
    /// parameters. Rank 0's parameters and buffers are broadcast to all ranks here; gradients are averaged over the
    /// ranks during each backward of a forward run through it. bucket_cap_mb 0 means 25.
    /// </summary>
    [Export("ng_dist_ddp_new")]
    internal static void DistDdpNew(ModuleHandle module, double bucketCapMb, int broadcastBuffers, ModuleHandle* outDdp)
    {
        Abi.Out(outDdp);
        var m = Abi.M(module);
        var ddp = new DistributedDataParallel(m, bucketCapMb == 0 ? Buckets.DefaultBucketCapMb : bucketCapMb, broadcastBuffers != 0);
        *outDdp = Abi.NewModule(ddp);
    }

    private static DistributedDataParallel Ddp(ModuleHandle h) => Abi.M(h) as DistributedDataParallel
        ?? throw new NativeGradException(ErrorKind.InvalidArgument, "module is not a DistributedDataParallel (made by ng_dist_ddp_new)");

    /// <summary>no_sync(): with enabled 0, forwards through the DDP module do not synchronise the next backward (gradients
    /// accumulate locally); with 1 (the default) they do again.</summary>
    [Export("ng_dist_ddp_set_require_grad_sync")]
    internal static void DistDdpSetRequireGradSync(ModuleHandle ddp, int enabled)
    {
        Ddp(ddp).RequireBackwardGradSync = enabled != 0;
    }

    // ---- reducer (for bindings that keep their own module objects) --------------------------------

    /// <summary>
    /// The gradient reducer of DistributedDataParallel over n parameters (floating leaves that require grad, in
    /// registration order; names may be NULL, else n strings used in errors), buckets of bucket_cap_mb (0: 25). After
    /// ng_dist_reducer_prepare_for_backward, the next backward averages the parameters' gradients over the ranks.
    /// Writes the reducer's id (free with ng_dist_reducer_free).
    /// </summary>
    [Export("ng_dist_reducer_new")]
    internal static void DistReducerNew(TensorHandle* parameters, int n, byte** names, double bucketCapMb, long* outReducerId)
    {
        Abi.Out(outReducerId);
        var ps = Abi.Tensors(parameters, n);
        string[]? ns = null;
        if (names != null)
        {
            ns = new string[n];
            for (int i = 0; i < n; i++)
                ns[i] = names[i] == null ? throw new NativeGradException(ErrorKind.NullPointer, $"names[{i}] is NULL")
                    : Marshal.PtrToStringUTF8((nint)names[i])!;
        }
        var r = new Reducer(ps, ns, bucketCapMb == 0 ? Buckets.DefaultBucketCapMb : bucketCapMb);
        long id = Interlocked.Increment(ref s_nextDistId);
        s_reducers[id] = r;
        *outReducerId = id;
    }

    private static Reducer R(long id) => s_reducers.TryGetValue(id, out var r) ? r
        : throw new NativeGradException(ErrorKind.ReleasedHandle, $"no reducer with id {id} (already freed?)");

    /// <summary>Arms the reducer for the next backward (DDP's forward does this when grad is enabled and not in no_sync).</summary>
    [Export("ng_dist_reducer_prepare_for_backward")]
    internal static void DistReducerPrepareForBackward(long reducerId)
    {
        R(reducerId).PrepareForBackward();
    }

    /// <summary>Writes the number of gradient buckets.</summary>
    [Export("ng_dist_reducer_num_buckets")]
    internal static void DistReducerNumBuckets(long reducerId, int* outCount)
    {
        Abi.Out(outCount); int c = R(reducerId).BucketIndices.Count; *outCount = c;
    }

    /// <summary>Writes the bucket (in launch order) that holds parameter param_index.</summary>
    [Export("ng_dist_reducer_bucket_of")]
    internal static void DistReducerBucketOf(long reducerId, int paramIndex, int* outBucket)
    {
        Abi.Out(outBucket);
        var buckets = R(reducerId).BucketIndices;
        for (int b = 0; b < buckets.Count; b++)
            if (Array.IndexOf(buckets[b], paramIndex) >= 0) { *outBucket = b; return; }
        throw new NativeGradException(ErrorKind.Index, $"parameter index {paramIndex} out of range");
    }

    /// <summary>Removes the reducer's hooks and frees its buckets. 0 is ignored.</summary>
    [Export("ng_dist_reducer_free")]
    internal static void DistReducerFree(long reducerId)
    {
        if (reducerId == 0) return;
        if (!s_reducers.TryRemove(reducerId, out var r))
            throw new NativeGradException(ErrorKind.ReleasedHandle, $"no reducer with id {reducerId} (already freed?)");
        r.Dispose();
    }

    /// <summary>DDP's start: checks that every rank has the same n tensors (dtypes and shapes) and copies rank 0's values
    /// into all ranks' (parameters and buffers).</summary>
    [Export("ng_dist_sync_module_states")]
    internal static void DistSyncModuleStates(TensorHandle* tensors, int n)
    {
        DistributedDataParallel.SyncModuleStates(Abi.Tensors(tensors, n));
    }

    /// <summary>
    /// DistributedSampler: writes the int64 indices (a new 1-d tensor) that rank reads of a dataset of dataset_length
    /// items shared by num_replicas ranks: the order (shuffled by seed + epoch, the same on every rank, or 0..n-1)
    /// padded by repeating its start (or, with drop_last, truncated) to a multiple of num_replicas, every
    /// num_replicas-th item from position rank.
    /// </summary>
    [Export("ng_dist_sampler_indices")]
    internal static void DistSamplerIndices(long datasetLength, int numReplicas, int rank, int shuffle, long seed, long epoch, int dropLast, TensorHandle* outIndices)
    {
        Abi.Out(outIndices);
        var s = new DistributedSampler(datasetLength, numReplicas, rank, shuffle != 0, seed, dropLast != 0);
        s.SetEpoch(epoch);
        var idx = s.Indices();
        var t = Tensor.FromArray(idx, idx.Length);
        *outIndices = Abi.New(t);
    }
}
