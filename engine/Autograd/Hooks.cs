namespace NativeGrad;

/// <summary>A gradient hook registered on a tensor, and what to run when it goes away.</summary>
internal sealed class TensorHook(Func<Tensor, Tensor?> fn, Action? onRemoved)
{
    public readonly Func<Tensor, Tensor?> Fn = fn;
    private Action? _onRemoved = onRemoved;

    /// <summary>Runs the removal action once (hook removed, or its tensor released), even when both happen at once.</summary>
    public void Removed() => Interlocked.Exchange(ref _onRemoved, null)?.Invoke();

    /// <summary>Runs t's hooks in order; a non-null result replaces the gradient for the next hook and the engine.
    /// The hook list is copied under t's lock, so hooks may be added or removed on another thread meanwhile.</summary>
    public static Tensor Run(Tensor t, Tensor grad)
    {
        if (Volatile.Read(ref t._hooks) is null) return grad;
        TensorHook[] hooks;
        using (GradAccumulation.Lock(t))
        {
            if (t._hooks is not { Count: > 0 } list) return grad;
            hooks = list.ToArray();
        }
        foreach (var h in hooks)
            if (h.Fn(grad) is { } replaced)
            {
                if (!Shape.Equal(replaced._shape, grad._shape))
                    throw NativeGradException.Shape("hook 'hook' has changed the size of value");
                grad = replaced;
            }
        return grad;
    }

    /// <summary>Adds a hook to t's list (under t's lock).</summary>
    public static void Add(Tensor t, TensorHook h)
    {
        using (GradAccumulation.Lock(t)) (t._hooks ??= new()).Add(h);
    }

    /// <summary>Removes a hook from t's list (under t's lock).</summary>
    public static void Remove(Tensor t, TensorHook h)
    {
        using (GradAccumulation.Lock(t)) t._hooks?.Remove(h);
    }
}

/// <summary>Removes a hook (PyTorch's RemovableHandle): <c>handle.Remove()</c> or dispose it.</summary>
public sealed class RemovableHandle : IDisposable
{
    private readonly WeakReference<Tensor>? _tensor;
    private TensorHook? _hook;
    private Action? _remove;

    internal RemovableHandle(Tensor t, TensorHook hook)
    {
        _tensor = new WeakReference<Tensor>(t);
        _hook = hook;
    }

    /// <summary>A handle whose removal runs <paramref name="remove"/> once (hooks kept elsewhere than the tensor's list).</summary>
    internal RemovableHandle(Action remove) => _remove = remove;

    /// <summary>Unregisters the hook; later calls do nothing.</summary>
    public void Remove()
    {
        Interlocked.Exchange(ref _remove, null)?.Invoke();
        var h = Interlocked.Exchange(ref _hook, null);
        if (h is null) return;
        if (_tensor is not null && _tensor.TryGetTarget(out var t)) TensorHook.Remove(t, h);
        h.Removed();
    }

    /// <summary>Same as <see cref="Remove"/>.</summary>
    public void Dispose() => Remove();
}
