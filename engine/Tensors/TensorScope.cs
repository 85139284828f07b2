namespace NativeGrad;

/// <summary>
/// Frees every tensor created on this thread while the scope is open when it is disposed
/// (<c>using var _ = new TensorScope();</c>). Tensors to keep are passed to <see cref="Keep"/>.
/// The engine uses scopes to free the temporaries of derivative formulas.
/// </summary>
public sealed class TensorScope : IDisposable
{
    [ThreadStatic] private static TensorScope? t_current;
    // Scopes open on any thread: while none is, tensors are made without a thread-local read.
    private static int s_open;
    private readonly TensorScope? _parent;
    private readonly List<Tensor> _tensors = new();
    private bool _disposed;

    /// <summary>Opens a scope on the current thread.</summary>
    public TensorScope()
    {
        Interlocked.Increment(ref s_open);
        _parent = t_current;
        t_current = this;
    }

    internal static void Track(Tensor t)
    {
        if (s_open != 0) t_current?._tensors.Add(t);
    }

    /// <summary>Takes <paramref name="t"/> out of every open scope on this thread: its creator
    /// reference then belongs to a long-lived owner (a module's parameter, an optimizer's state).</summary>
    internal static Tensor Untrack(Tensor t)
    {
        for (var s = t_current; s != null; s = s._parent)
        {
            int i = s._tensors.LastIndexOf(t);
            if (i >= 0) s._tensors.RemoveAt(i);
        }
        return t;
    }

    /// <summary>Keeps <paramref name="t"/> alive after the scope ends (moves it to the enclosing scope, if any).</summary>
    public Tensor Keep(Tensor t)
    {
        int i = _tensors.LastIndexOf(t);
        if (i >= 0)
        {
            _tensors.RemoveAt(i);
            _parent?._tensors.Add(t);
        }
        return t;
    }

    /// <summary>Releases the creator reference of every tensor made inside the scope.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (t_current == this) t_current = _parent;
        Interlocked.Decrement(ref s_open);
        DisposeTracked();
    }

    /// <summary>Releases the tensors made so far and keeps the scope open (the engine reuses one scope per run).</summary>
    internal void DisposeTracked()
    {
        foreach (var t in _tensors) t.Dispose();
        _tensors.Clear();
    }
}
