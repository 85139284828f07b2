namespace NativeGrad;

/// <summary>A gradient hook registered on a tensor, and what to run when it goes away.</summary>
internal sealed class TensorHook(Func<Tensor, Tensor?> fn, Action? onRemoved)
{
    public readonly Func<Tensor, Tensor?> Fn = fn;
    private Action? _onRemoved = onRemoved;

    /// <summary>Runs the removal action once (hook removed, or its tensor released).</summary>
    public void Removed()
    {
        var a = _onRemoved;
        _onRemoved = null;
        a?.Invoke();
    }

    /// <summary>Runs the hooks in order; a non-null result replaces the gradient for the next hook and the engine.</summary>
    public static Tensor Run(List<TensorHook> hooks, Tensor grad)
    {
        foreach (var h in hooks.ToArray())
            if (h.Fn(grad) is { } replaced)
            {
                if (!Shape.Equal(replaced._shape, grad._shape))
                    throw NativeGradException.Shape("hook 'hook' has changed the size of value");
                grad = replaced;
            }
        return grad;
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
        if (_tensor!.TryGetTarget(out var t)) t._hooks?.Remove(h);
        h.Removed();
    }

    /// <summary>Same as <see cref="Remove"/>.</summary>
    public void Dispose() => Remove();
}
