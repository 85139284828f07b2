using System.Diagnostics;

namespace NativeGrad.Distributed;

/// <summary>
/// An outstanding collective (PyTorch's <c>Work</c>, returned with <c>async_op=True</c>): <see cref="Wait"/>
/// blocks until it is done, <see cref="IsCompleted"/> polls. The tensor it writes is kept alive until then.
/// A collective that is not done within the group's timeout (counted from its start) fails the group.
/// </summary>
public sealed unsafe class Work
{
    private readonly ProcessGroup _pg;
    private readonly nint[] _requests;
    private int _next;                 // requests before this one are complete
    private Tensor? _tensor;
    private Action? _onComplete;
    private readonly long _started = Stopwatch.GetTimestamp();
    private bool _completed;

    /// <summary>The collective's name ("all_reduce", "broadcast", "barrier").</summary>
    public string Op { get; }

    internal Work(ProcessGroup pg, string op, nint[] requests, Tensor? tensor, Action? onComplete)
    {
        _pg = pg;
        Op = op;
        _requests = requests;
        _tensor = tensor?.AddRef();
        _onComplete = onComplete;
    }

    /// <summary>True once the collective is done (its result is in the tensor); polls MPI.</summary>
    public bool IsCompleted()
    {
        lock (_pg.Lock) return PollLocked();
    }

    /// <summary>Blocks until the collective is done. Fails (and marks the group failed) when it takes longer than
    /// <paramref name="timeout"/> from now, or by default than the group's timeout from its start.</summary>
    public bool Wait(TimeSpan? timeout = null)
    {
        long waitStart = Stopwatch.GetTimestamp();
        var limit = timeout ?? _pg.Timeout - Stopwatch.GetElapsedTime(_started);
        long from = timeout.HasValue ? waitStart : _started;
        var total = timeout ?? _pg.Timeout;
        while (true)
        {
            lock (_pg.Lock)
            {
                if (PollLocked()) return true;
            }
            if (Stopwatch.GetElapsedTime(waitStart) > limit)
                throw _pg.Fail($"{Op} timed out after {Stopwatch.GetElapsedTime(from).TotalSeconds:0.###} s " +
                               $"(timeout {total.TotalSeconds:0.###} s) on rank {_pg.Rank} of {_pg.Size}: " +
                               "another rank died, stalled, or did not call the same collective");
            ProcessGroup.Backoff(waitStart);
        }
    }

    /// <summary>Tests the outstanding requests in order (under the group's lock); completes the work when all are done.</summary>
    internal bool PollLocked()
    {
        if (_completed) return true;
        _pg.CheckUsable(Op);
        Mpi.Status status;
        while (_next < _requests.Length)
        {
            int flag = 0, rc;
            fixed (nint* request = &_requests[_next]) rc = Mpi.Test(request, &flag, &status);
            if (rc != Mpi.Success) throw _pg.Fail($"{Op}: {Mpi.Describe(rc)}");
            if (flag == 0) return false;
            _next++;
        }
        _completed = true;
        _pg.Completed(this);
        var t = _tensor;
        _tensor = null;
        try
        {
            _onComplete?.Invoke();
            t?.BumpVersion();   // an in-place write
        }
        finally
        {
            _onComplete = null;
            t?.Release();
        }
        return true;
    }
}
