namespace NativeGrad.Kernels;

/// <summary>
/// A persistent pool of worker threads sized to the cores (one fewer: the calling thread
/// works too). Large kernels split into tasks that the threads claim one at a time, so a
/// core slowed by other load takes fewer. Parallel.For would allocate and schedule through
/// the shared .NET pool on every call; these threads stay parked on a semaphore instead.
/// One job runs at a time: a second caller (another thread, or a task body itself) runs its
/// tasks inline, which is always correct, only not parallel.
/// The size is the environment variable NATIVEGRAD_NUM_THREADS when it holds a positive integer,
/// else the number of cores; <see cref="SetThreads"/> changes it at any time (torch.set_num_threads).
/// </summary>
internal static class WorkerPool
{
    public const string EnvVar = "NATIVEGRAD_NUM_THREADS";

    private static volatile int s_size = InitialSize();

    /// <summary>Threads a job can use, the caller included.</summary>
    public static int Threads => s_size;

    private static readonly object s_gate = new();
    private static readonly SemaphoreSlim s_wake = new(0);
    private static readonly List<Worker> s_workers = new();
    private static Job? s_job;
    [ThreadStatic] private static bool t_inJob;

    /// <summary>A helper thread; it exits once <see cref="Stop"/> is set (the pool shrank).</summary>
    private sealed class Worker
    {
        public volatile bool Stop;
    }

    private static int InitialSize()
    {
        var env = Environment.GetEnvironmentVariable(EnvVar);
        // An unset or malformed value falls back to the cores: a bad environment must not stop the library loading.
        if (int.TryParse(env, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0)
            return Math.Min(n, MaxThreads);
        return Math.Max(1, Environment.ProcessorCount);
    }

    /// <summary>Upper bound of the pool size (far above any core count this library targets).</summary>
    public const int MaxThreads = 1024;

    /// <summary>Resizes the pool to <paramref name="n"/> threads, the caller included: helpers beyond the
    /// new size finish the task they hold and exit; missing ones start with the next parallel job.</summary>
    public static void SetThreads(int n)
    {
        if (n <= 0) throw new NativeGradException(ErrorKind.InvalidArgument, "set_num_threads expects a positive integer");
        if (n > MaxThreads) throw new NativeGradException(ErrorKind.InvalidArgument, $"set_num_threads: at most {MaxThreads} threads are supported, got {n}");
        lock (s_gate)   // no job is running while the size changes (Run holds the gate)
        {
            s_size = n;
            int keep = n - 1, stopped = 0;
            while (s_workers.Count > keep)
            {
                s_workers[^1].Stop = true;
                s_workers.RemoveAt(s_workers.Count - 1);
                stopped++;
            }
            if (stopped > 0) s_wake.Release(stopped);   // parked ones wake, see Stop and exit
        }
    }

    /// <summary>Helper threads currently running (for tests: the pool starts them lazily).</summary>
    internal static int HelperCount { get { lock (s_gate) return s_workers.Count; } }

    /// <summary>One Run call's tasks. The caller waits for its tasks to be done, not for the
    /// helpers to wake: a helper descheduled by other load never holds the caller up unless it
    /// has claimed a task. A helper that wakes late finds its job finished, or helps the next.</summary>
    private sealed class Job(Action<int> body, int count)
    {
        public readonly Action<int> Body = body;
        public readonly int Count = count;
        public int Next, Done;
        public Exception? Error;

        public void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref Next) - 1) < Count)
            {
                try { Body(i); }
                catch (Exception e) { Interlocked.CompareExchange(ref Error, e, null); }
                Interlocked.Increment(ref Done);
            }
        }
    }

    /// <summary>Runs body(0..count-1), in parallel when the pool is free; returns when all are done.</summary>
    public static void Run(int count, Action<int> body)
    {
        if (count <= 0) return;
        if (count == 1 || Threads == 1 || t_inJob || !Monitor.TryEnter(s_gate))
        {
            for (int i = 0; i < count; i++) body(i);
            return;
        }
        try
        {
            EnsureStarted();
            var job = new Job(body, count);
            Volatile.Write(ref s_job, job);
            // Spinning helpers see the job by themselves; wake only the rest. The full fence pairs
            // with the one a helper passes when it stops spinning: either it sees this job, or this
            // sees it gone and wakes it (Dekker's handshake).
            Interlocked.MemoryBarrier();
            int want = Math.Min(Threads - 1, count - 1) - Volatile.Read(ref s_spinning);
            if (want > 0) s_wake.Release(want);
            t_inJob = true;
            try { job.Work(); }
            finally { t_inJob = false; }
            // Tasks claimed by helpers finish; spin briefly, then yield the core.
            var spin = new SpinWait();
            while (Volatile.Read(ref job.Done) != count) spin.SpinOnce(sleep1Threshold: -1);
            Volatile.Write(ref s_job, null);
            if (job.Error is { } e) throw new AggregateException(e);
        }
        finally { Monitor.Exit(s_gate); }
    }

    // Called with the gate held.
    private static void EnsureStarted()
    {
        while (s_workers.Count < s_size - 1)
        {
            var w = new Worker();
            var thread = new Thread(() => Loop(w)) { IsBackground = true, Name = $"nativegrad-worker-{s_workers.Count}" };
            s_workers.Add(w);
            thread.Start();
        }
    }

    // Helpers spinning for the next job after finishing one: kernels of a training step come in
    // quick succession, and waking a blocked thread costs tens of microseconds on a busy host.
    private static int s_spinning;
    private static readonly long s_spinTicks = System.Diagnostics.Stopwatch.Frequency / 10_000;   // 100 us

    private static void Loop(Worker self)
    {
        t_inJob = true;
        Job? last = null;
        while (!self.Stop)
        {
            Interlocked.Increment(ref s_spinning);
            var job = SpinForJob(last, self);
            Interlocked.Decrement(ref s_spinning);
            job ??= NewJob(last);
            if (job is null)
            {
                // Timed, so that a helper the pool dropped exits even if another took its wake-up.
                while (!s_wake.Wait(200))
                    if (self.Stop) return;
                if (self.Stop) break;
                job = NewJob(last);
            }
            if (job is null) continue;
            job.Work();
            last = job;
        }
    }

    private static Job? NewJob(Job? last)
    {
        var j = Volatile.Read(ref s_job);
        return j is null || ReferenceEquals(j, last) ? null : j;
    }

    private static Job? SpinForJob(Job? last, Worker self)
    {
        long until = System.Diagnostics.Stopwatch.GetTimestamp() + s_spinTicks;
        while (!self.Stop)
        {
            for (int i = 0; i < 64; i++)
            {
                if (NewJob(last) is { } j) return j;
                Thread.SpinWait(8);
            }
            if (System.Diagnostics.Stopwatch.GetTimestamp() > until) return null;
        }
        return null;
    }
}
