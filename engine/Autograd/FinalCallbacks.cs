using System.Runtime.CompilerServices;

namespace NativeGrad;

/// <summary>
/// Callbacks queued during a backward run, run once all its nodes have run and before the backward
/// call returns (PyTorch's <c>Variable._execution_engine.queue_callback</c>). A callback belongs to the
/// innermost run on its thread (a backward called from a hook is a run of its own); callbacks queued
/// by a callback run too; if the run fails they are dropped. One object per thread holds the run
/// depth and the queue, so a run costs one thread-local read (<see cref="Enter"/>).
/// </summary>
internal sealed class FinalCallbacks
{
    [ThreadStatic] private static FinalCallbacks? t_thread;
    // Callbacks queued on any thread and not yet run or dropped: while none is, a run ends without
    // looking at its queue.
    private static int s_queued;
    private int _depth;
    private List<(int Depth, Action Callback, Action? Dropped)>? _queue;

    /// <summary>A backward run starts on this thread: returns the thread's object and the run's depth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FinalCallbacks Enter(out int depth)
    {
        var f = t_thread ?? Create();
        depth = ++f._depth;
        return f;
    }

    private static FinalCallbacks Create() => t_thread = new FinalCallbacks();

    /// <summary>The run at <paramref name="depth"/> ends: callbacks it did not run are dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit(int depth)
    {
        _depth = depth - 1;
        if (Volatile.Read(ref s_queued) != 0) Drop(depth);
    }

    private void Drop(int depth)
    {
        if (_queue is not { } q) return;
        List<Action>? dropped = null;
        for (int i = 0; i < q.Count;)
        {
            if (q[i].Depth < depth) { i++; continue; }
            if (q[i].Dropped is { } d) (dropped ??= new()).Add(d);
            q.RemoveAt(i);
            Interlocked.Decrement(ref s_queued);
        }
        if (dropped != null) foreach (var d in dropped) d();
    }

    /// <summary>Queues a callback on the run executing on this thread; <paramref name="dropped"/> (optional)
    /// runs instead if the run fails first.</summary>
    public static void Queue(Action callback, Action? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var f = t_thread;
        if (f is null || f._depth == 0) throw NativeGradException.Autograd("Final callbacks can only be installed during backward pass.");
        (f._queue ??= new()).Add((f._depth, callback, dropped));
        Interlocked.Increment(ref s_queued);
    }

    /// <summary>Runs the callbacks of the run at <paramref name="depth"/> in the order they were queued.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RunQueued(int depth)
    {
        if (Volatile.Read(ref s_queued) != 0) RunQueuedSlow(depth);
    }

    private void RunQueuedSlow(int depth)
    {
        if (_queue is not { } q) return;
        for (int i = 0; i < q.Count;)
        {
            if (q[i].Depth != depth) { i++; continue; }
            var cb = q[i].Callback;
            q.RemoveAt(i);
            Interlocked.Decrement(ref s_queued);
            cb();   // may queue more (appended after i): the loop reaches them
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
