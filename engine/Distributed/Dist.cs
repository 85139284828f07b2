namespace NativeGrad.Distributed;

/// <summary>
/// torch.distributed for C# over MPI (Open MPI, loaded at run time): one default process group per
/// process. Start the program with <c>mpirun -np N</c>; see README's "Distributed" section.
/// Tensors must be contiguous float32, float64 or int64 (CPU memory, written in place).
/// </summary>
public static class Dist
{
    /// <summary>PyTorch's default collective timeout (30 minutes).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    private static readonly object s_lock = new();
    private static volatile ProcessGroup? s_group;
    private static bool s_exitHooked;

    /// <summary>True if an MPI library (Open MPI) can be loaded (torch.distributed.is_mpi_available).</summary>
    public static bool IsMpiAvailable => Mpi.IsAvailable;

    /// <summary>True between <see cref="InitProcessGroup"/> and <see cref="DestroyProcessGroup"/>.</summary>
    public static bool IsInitialized => s_group != null;

    /// <summary>True when this process was started by Open MPI's mpirun.</summary>
    public static bool IsStartedByMpirun => ProcessGroup.StartedByMpirun;

    /// <summary>
    /// torch.distributed.init_process_group("mpi"): initialises MPI and the default group. Rank and world size
    /// come from mpirun; <paramref name="worldSize"/> and <paramref name="rank"/>, when given (not -1), must
    /// agree with them. Without mpirun only <c>worldSize: 1</c> is accepted (a single-process group).
    /// Collectives not done within <paramref name="timeout"/> (default 30 minutes) fail instead of hanging.
    /// MPI is finalised by <see cref="DestroyProcessGroup"/>, after which it cannot be initialised again.
    /// </summary>
    public static void InitProcessGroup(string backend = "mpi", TimeSpan? timeout = null, int worldSize = -1, int rank = -1)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (!string.Equals(backend, "mpi", StringComparison.OrdinalIgnoreCase))
            throw NativeGradException.Arg($"init_process_group: NativeGrad supports the 'mpi' backend only (got '{backend}')");
        var t = timeout ?? DefaultTimeout;
        if (t <= TimeSpan.Zero) throw NativeGradException.Arg($"init_process_group: timeout must be positive (got {t.TotalSeconds} s)");
        if (worldSize == 0 || worldSize < -1) throw NativeGradException.Arg($"init_process_group: invalid world_size {worldSize}");
        if (rank < -1 || (worldSize > 0 && rank >= worldSize))
            throw NativeGradException.Arg($"init_process_group: invalid rank {rank} for world_size {worldSize}");
        lock (s_lock)
        {
            if (s_group != null) throw ProcessGroup.Error("trying to initialize the default process group twice!");
            s_group = ProcessGroup.Create(t, worldSize, rank);
            if (!s_exitHooked)
            {
                // A process that ends without MPI_Finalize makes mpirun fail the job: finalise on exit (the
                // managed runtime's exit; the Python binding registers its own atexit handler).
                s_exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    try { if (s_group is { Failed: false }) DestroyProcessGroup(); }
                    catch (NativeGradException) { }
                };
            }
        }
    }

    /// <summary>The default group, or PyTorch's error when there is none.</summary>
    internal static ProcessGroup Group => s_group
        ?? throw ProcessGroup.Error("Default process group has not been initialized, please make sure to call init_process_group.");

    /// <summary>This process's rank in the default group.</summary>
    public static int GetRank() => Group.Rank;

    /// <summary>Number of processes in the default group.</summary>
    public static int GetWorldSize() => Group.Size;

    /// <summary>The backend of the default group ("mpi").</summary>
    public static string GetBackend()
    {
        _ = Group;
        return "mpi";
    }

    /// <summary>The group's collective timeout.</summary>
    public static TimeSpan Timeout => Group.Timeout;

    /// <summary>
    /// torch.distributed.all_reduce: reduces <paramref name="tensor"/> over all ranks in place. With
    /// <paramref name="asyncOp"/> returns the outstanding <see cref="Work"/> (the result is in the tensor after
    /// <see cref="Work.Wait"/>); otherwise waits and returns null.
    /// </summary>
    public static Work? AllReduce(Tensor tensor, ReduceOp op = ReduceOp.Sum, bool asyncOp = false)
        => Finish(Group.AllReduce(tensor, op), asyncOp);

    /// <summary>torch.distributed.broadcast: copies rank <paramref name="src"/>'s tensor into every rank's, in place.</summary>
    public static Work? Broadcast(Tensor tensor, int src, bool asyncOp = false) => Finish(Group.Broadcast(tensor, src), asyncOp);

    /// <summary>torch.distributed.barrier: returns when every rank has called it.</summary>
    public static Work? Barrier(bool asyncOp = false) => Finish(Group.Barrier(), asyncOp);

    private static Work? Finish(Work w, bool asyncOp)
    {
        if (asyncOp) return w;
        w.Wait();
        return null;
    }

    /// <summary>torch.distributed.destroy_process_group: waits for outstanding collectives and finalises MPI.</summary>
    public static void DestroyProcessGroup()
    {
        lock (s_lock)
        {
            var g = s_group ?? throw ProcessGroup.Error("Default process group has not been initialized, please make sure to call init_process_group.");
            s_group = null;
            g.Destroy();
        }
    }
}
