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
    private static Action<int>? s_body;
    private static int s_next, s_count, s_active;
    private static Exception? s_error;
    [ThreadStatic] private static bool t_inJob;

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
            s_body = body;
            s_error = null;
            s_count = count;
            Volatile.Write(ref s_next, 0);
            int helpers = Math.Min(Threads - 1, count - 1);
            Volatile.Write(ref s_active, helpers);
            s_wake.Release(helpers);
            t_inJob = true;
            try { Work(); }
            finally { t_inJob = false; }
            // The helpers finish the tasks they claimed; spin briefly, then yield the core.
            var spin = new SpinWait();
            while (Volatile.Read(ref s_active) != 0) spin.SpinOnce(sleep1Threshold: -1);
            s_body = null;
            if (s_error is { } e) throw new AggregateException(e);
        }
        finally { Monitor.Exit(s_gate); }
    }

    private static void Work()
    {
        var body = s_body!;
        int n = s_count, i;
        while ((i = Interlocked.Increment(ref s_next) - 1) < n)
        {
            try { body(i); }
            catch (Exception e) { Interlocked.CompareExchange(ref s_error, e, null); }
        }
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

    private static void Loop()
    {
        t_inJob = true;
        while (true)
        {
            s_wake.Wait();
            Work();
            Interlocked.Decrement(ref s_active);
        }
    }
}
