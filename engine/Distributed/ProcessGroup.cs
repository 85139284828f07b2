using System.Diagnostics;
using NativeGrad.Kernels;

namespace NativeGrad.Distributed;

/// <summary>
/// The default process group over MPI: a duplicate of MPI_COMM_WORLD (user MPI code in the same
/// process keeps its own communicator) with MPI_ERRORS_RETURN, so MPI errors come back as codes.
/// Every collective is non-blocking (MPI_Iallreduce, MPI_Ibcast, MPI_Ibarrier) and waited for by
/// polling MPI_Test against a deadline: a rank that died or stalled makes the others fail with an
/// error instead of hanging. After a failure the group refuses further collectives (the ranks no
/// longer agree on what comes next). MPI calls are serialised by one lock (MPI_THREAD_SERIALIZED).
/// </summary>
internal sealed unsafe class ProcessGroup
{
    /// <summary>This process's rank.</summary>
    public int Rank { get; }
    /// <summary>Number of processes.</summary>
    public int Size { get; }
    /// <summary>How long a collective may take before it fails.</summary>
    public TimeSpan Timeout { get; }

    internal readonly object Lock = new();
    private nint _comm;
    private readonly bool _ownsMpi;
    private string? _failure;
    private bool _destroyed;
    private readonly List<Work> _pending = new();

    private delegate int Starter(byte* buffer, int count, nint* request);

    private ProcessGroup(nint comm, int rank, int size, TimeSpan timeout, bool ownsMpi)
    {
        _comm = comm;
        Rank = rank;
        Size = size;
        Timeout = timeout;
        _ownsMpi = ownsMpi;
    }

    internal static NativeGradException Error(string message) => new(ErrorKind.Distributed, message);

    /// <summary>True when Open MPI's launcher started this process (mpirun / mpiexec / orterun).</summary>
    internal static bool StartedByMpirun =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OMPI_COMM_WORLD_SIZE"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PMIX_RANK"));

    /// <summary>
    /// Initialises MPI (unless the process already did) and makes the group. Without mpirun only a
    /// single-process group is allowed, and only when asked for explicitly (world_size 1): a program
    /// meant for N processes that was started without mpirun fails here instead of training alone.
    /// </summary>
    public static ProcessGroup Create(TimeSpan timeout, int worldSize, int rank)
    {
        bool launched = StartedByMpirun;
        if (!launched && worldSize != 1)
            throw Error("init_process_group: this process was not started by mpirun (OMPI_COMM_WORLD_SIZE and PMIX_RANK are not set): " +
                        "launch it with `mpirun -np N ...`, or pass world_size=1 for a single-process group");
        Mpi.Load();
        // MPI_Initialized stays true after MPI_Finalize: ask MPI_Finalized first.
        int flag = 0, finalized = 0;
        Check(Mpi.Finalized(&finalized), "MPI_Finalized");
        if (finalized != 0)
            throw Error("init_process_group: MPI was finalized (by destroy_process_group) and cannot be initialized again in this process");
        Check(Mpi.Initialized(&flag), "MPI_Initialized");
        bool owns = false;
        if (flag == 0)
        {
            int provided = 0;
            Mpi.PreferRingAllReduce();
            Check(Mpi.InitThread(null, null, Mpi.ThreadSerialized, &provided), "MPI_Init_thread");
            owns = true;
        }
        nint comm = 0;
        Check(Mpi.CommDup(Mpi.CommWorld, &comm), "MPI_Comm_dup");
        int r = 0, s = 0;
        Check(Mpi.CommSetErrhandler(comm, Mpi.ErrorsReturn), "MPI_Comm_set_errhandler");
        Check(Mpi.CommRank(comm, &r), "MPI_Comm_rank");
        Check(Mpi.CommSize(comm, &s), "MPI_Comm_size");
        string? mismatch = worldSize > 0 && worldSize != s ? $"world_size={worldSize} was given, but mpirun started {s} processes"
            : rank >= 0 && rank != r ? $"rank={rank} was given, but MPI assigned rank {r}" : null;
        if (mismatch != null)
        {
            Mpi.CommFree(&comm);
            if (owns) Mpi.Finalize();
            throw Error("init_process_group: " + mismatch);
        }
        return new ProcessGroup(comm, r, s, timeout, owns);
    }

    private static void Check(int rc, string call)
    {
        if (rc != Mpi.Success) throw Error($"{call} failed: {Mpi.Describe(rc)}");
    }

    // ---- collectives ----------------------------------------------------------------------------

    /// <summary>Starts an in-place all-reduce of a contiguous float32/float64/int64 tensor.</summary>
    public Work AllReduce(Tensor t, ReduceOp op)
    {
        const string name = "all_reduce";
        nint type = CheckTensor(t, name);
        if (op == ReduceOp.Avg && !t.DType.IsFloating())
            throw NativeGradException.DType($"all_reduce: ReduceOp.AVG needs a floating-point tensor (got {t.DType.TorchName()}); use SUM and divide");
        nint mop = op switch
        {
            ReduceOp.Sum or ReduceOp.Avg => Mpi.OpSum,
            ReduceOp.Product => Mpi.OpProd,
            ReduceOp.Min => Mpi.OpMin,
            ReduceOp.Max => Mpi.OpMax,
            _ => throw NativeGradException.Arg($"all_reduce: unknown reduce op {(int)op}"),
        };
        Action? done = op == ReduceOp.Avg && Size > 1 ? () => DivideInPlace(t, Size) : null;
        var comm = _comm;
        return Start(name, t, done, (p, n, req) => Mpi.Iallreduce((void*)Mpi.InPlace, p, n, type, mop, comm, req));
    }

    /// <summary>Starts a broadcast of a contiguous tensor from rank <paramref name="src"/>.</summary>
    public Work Broadcast(Tensor t, int src)
    {
        const string name = "broadcast";
        nint type = CheckTensor(t, name);
        if (src < 0 || src >= Size) throw NativeGradException.Arg($"broadcast: invalid src rank {src} (world size {Size})");
        var comm = _comm;
        return Start(name, t, null, (p, n, req) => Mpi.Ibcast(p, n, type, src, comm, req));
    }

    /// <summary>Starts a barrier.</summary>
    public Work Barrier()
    {
        var comm = _comm;
        return Start("barrier", null, null, (p, n, req) => Mpi.Ibarrier(comm, req));
    }

    private static nint CheckTensor(Tensor t, string op)
    {
        ArgumentNullException.ThrowIfNull(t);
        t.CheckAlive();
        nint type = Mpi.TypeOf(t.DType, op);
        if (!t.IsContiguous) throw NativeGradException.Arg("Tensors must be contiguous");
        return type;
    }

    // Issues the MPI call(s) of one collective: one per 2^31 - 1 elements (MPI counts are ints), at least
    // one (an empty tensor still takes part, so every rank issues the same sequence of collectives).
    private Work Start(string name, Tensor? t, Action? onComplete, Starter start)
    {
        lock (Lock)
        {
            CheckUsable(name);
            long n = t?.Numel ?? 0;
            int item = t?.DType.ItemSize() ?? 1;
            byte* p = t is null || n == 0 ? null : (byte*)t.Ptr;
            var requests = new List<nint>(1);
            long off = 0;
            do
            {
                int count = (int)Math.Min(n - off, int.MaxValue);
                nint req = 0;
                int rc = start(p == null ? null : p + off * item, count, &req);
                if (rc != Mpi.Success) throw Fail($"{name}: {Mpi.Describe(rc)}");
                requests.Add(req);
                off += count;
            }
            while (off < n);
            var w = new Work(this, name, requests.ToArray(), t, onComplete);
            _pending.Add(w);
            return w;
        }
    }

    private static void DivideInPlace(Tensor t, int n)
    {
        long count = t.Numel;
        if (count == 0) return;
        if (t.DType == DType.Float32) { float* p = t.DataPtr<float>(); Elementwise.BinaryScalarB<DivOp<float>, float>(p, n, p, (nint)count); }
        else { double* p = t.DataPtr<double>(); Elementwise.BinaryScalarB<DivOp<double>, double>(p, n, p, (nint)count); }
    }

    // ---- state -----------------------------------------------------------------------------------

    /// <summary>Fails unless collectives may still be issued.</summary>
    internal void CheckUsable(string op)
    {
        if (_destroyed) throw Error($"{op}: the process group was destroyed");
        if (_failure != null) throw Error($"{op}: the process group is unusable after an earlier failure: {_failure}");
    }

    /// <summary>Marks the group failed (a timeout or an MPI error) and returns the error to throw.</summary>
    internal NativeGradException Fail(string reason)
    {
        lock (Lock) _failure ??= reason;
        return Error("nativegrad.distributed: " + reason);
    }

    internal bool Failed => _failure != null;

    internal void Completed(Work w) => _pending.Remove(w);   // under Lock

    /// <summary>Drives MPI's progress engine for the outstanding collectives (MPI progresses only inside MPI calls).</summary>
    internal void Progress()
    {
        lock (Lock)
        {
            if (_pending.Count == 0 || _failure != null) return;
            _pending[0].PollLocked();
        }
    }

    /// <summary>Waits for outstanding collectives, frees the communicator and, if this group initialised MPI,
    /// finalises it. After a failure nothing is waited for or finalised (the other ranks may be gone).</summary>
    public void Destroy()
    {
        Work[] pending;
        lock (Lock)
        {
            if (_destroyed) return;
            pending = _pending.ToArray();
        }
        Exception? error = null;
        if (_failure == null)
            foreach (var w in pending)
                try { w.Wait(); }
                catch (NativeGradException e) { error ??= e; }
        lock (Lock)
        {
            _destroyed = true;
            if (_failure == null)
            {
                var comm = _comm;
                Mpi.CommFree(&comm);
                _comm = 0;
                if (_ownsMpi) Mpi.Finalize();
            }
        }
        if (error != null) throw error;
    }

    // ---- waiting ---------------------------------------------------------------------------------

    /// <summary>Between two polls (MPI progresses only inside MPI calls; with Open MPI's single-copy shared
    /// memory a poll moves a whole message, so polls need not be back to back): yield for the first
    /// 200 us (latency), then sleep 50 us, and after 2 s (a peer far behind or gone) 1 ms. A spinning
    /// waiter would keep its core busy, and on a shared machine the scheduler then moves other work onto
    /// the cores of the ranks it waits for.</summary>
    internal static void Backoff(long waitStart)
    {
        var waited = Stopwatch.GetElapsedTime(waitStart);
        if (waited < TimeSpan.FromMicroseconds(200)) Thread.Yield();
        else Mpi.Pause(waited < TimeSpan.FromSeconds(2) ? 50u : 1000u);
    }
}
