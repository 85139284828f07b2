namespace NativeGrad;

/// <summary>
/// Callbacks queued during a backward run, run once all its nodes have run and before the backward
/// call returns (PyTorch's <c>Variable._execution_engine.queue_callback</c>). A callback belongs to the
/// innermost run on its thread (a backward called from a hook is a run of its own); callbacks queued
/// by a callback run too; if the run fails they are dropped.
/// </summary>
internal static class FinalCallbacks
{
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static List<(int Depth, Action Callback, Action? Dropped)>? t_queue;
    // Callbacks queued on any thread and not yet run or dropped: while none is, a run ends without
    // reading the thread-local queue.
    private static int s_queued;

    /// <summary>A backward run starts on this thread; returns its depth for <see cref="RunQueued"/> and <see cref="Exit"/>.</summary>
    public static int Enter() => ++t_depth;

    /// <summary>The run at <paramref name="depth"/> ends: callbacks it did not run are dropped.</summary>
    public static void Exit(int depth)
    {
        t_depth = depth - 1;
        if (Volatile.Read(ref s_queued) == 0 || t_queue is not { } q) return;
        List<Action>? dropped = null;
        for (int i = q.Count - 1; i >= 0; i--)
        {
            if (q[i].Depth < depth) continue;
            if (q[i].Dropped is { } d) (dropped ??= new()).Add(d);
            q.RemoveAt(i);
            Interlocked.Decrement(ref s_queued);
        }
        if (dropped != null) foreach (var d in dropped) d();
    }

    /// <summary>Queues a callback; <paramref name="dropped"/> (optional) runs instead if the run fails first.</summary>
    public static void Queue(Action callback, Action? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (t_depth == 0) throw NativeGradException.Autograd("Final callbacks can only be installed during backward pass.");
        (t_queue ??= new()).Add((t_depth, callback, dropped));
        Interlocked.Increment(ref s_queued);
    }

    /// <summary>Runs the callbacks of the run at <paramref name="depth"/> in the order they were queued.</summary>
    public static void RunQueued(int depth)
    {
        if (Volatile.Read(ref s_queued) == 0 || t_queue is not { } q) return;
        while (true)
        {
            int i = q.FindIndex(e => e.Depth == depth);
            if (i < 0) return;
            var cb = q[i].Callback;
            q.RemoveAt(i);
            Interlocked.Decrement(ref s_queued);
            cb();
        }
    }
}

public static partial class Autograd
{
    /// <summary>Queues <paramref name="callback"/> to run at the end of the backward run that is executing on
    /// this thread, after every node has run (PyTorch's <c>Variable._execution_engine.queue_callback</c>).
    /// Only valid during a backward (from a hook or a custom function's backward).</summary>
    public static void QueueCallback(Action callback) => FinalCallbacks.Queue(callback);
}
