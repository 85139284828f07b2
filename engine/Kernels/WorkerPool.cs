namespace NativeGrad.Kernels;

/// <summary>
/// A persistent pool of worker threads sized to the cores (one fewer: the calling thread
/// works too). Large kernels split into tasks that the threads claim one at a time, so a
/// core slowed by other load takes fewer. Parallel.For would allocate and schedule through
/// the shared .NET pool on every call; these threads stay parked on a semaphore instead.
/// One job runs at a time: a second caller (another thread, or a task body itself) runs its
/// tasks inline, which is always correct, only not parallel.
/// </summary>
internal static class WorkerPool
{
    /// <summary>Threads a job can use, the caller included.</summary>
    public static int Threads { get; } = Math.Max(1, Environment.ProcessorCount);

    private static readonly object s_gate = new();
    private static readonly SemaphoreSlim s_wake = new(0);
    private static Thread[]? s_threads;
    private static Job? s_job;
    [ThreadStatic] private static bool t_inJob;

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

    private static void EnsureStarted()
    {
        if (s_threads != null) return;
        var threads = new Thread[Threads - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Loop) { IsBackground = true, Name = $"nativegrad-worker-{t}" };
            threads[t].Start();
        }
        s_threads = threads;
    }

    // Helpers spinning for the next job after finishing one: kernels of a training step come in
    // quick succession, and waking a blocked thread costs tens of microseconds on a busy host.
    private static int s_spinning;
    private static readonly long s_spinTicks = System.Diagnostics.Stopwatch.Frequency / 10_000;   // 100 us

    private static void Loop()
    {
        t_inJob = true;
        Job? last = null;
        while (true)
        {
            Interlocked.Increment(ref s_spinning);
            var job = SpinForJob(last);
            Interlocked.Decrement(ref s_spinning);
            job ??= NewJob(last);
            if (job is null)
            {
                s_wake.Wait();
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

    private static Job? SpinForJob(Job? last)
    {
        long until = System.Diagnostics.Stopwatch.GetTimestamp() + s_spinTicks;
        while (true)
        {
            for (int i = 0; i < 64; i++)
            {
                if (NewJob(last) is { } j) return j;
                Thread.SpinWait(8);
            }
            if (System.Diagnostics.Stopwatch.GetTimestamp() > until) return null;
        }
    }
}
