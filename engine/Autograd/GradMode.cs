namespace NativeGrad;

/// <summary>Thread-local grad mode (PyTorch's no_grad / enable_grad / set_grad_enabled).</summary>
public static class GradMode
{
    [ThreadStatic] private static bool t_disabled;
    // Threads with grad mode off: while none is, the mode is known without a thread-local read.
    private static int s_disabledThreads;

    /// <summary>True when ops on tensors that require grad record a graph (the default, per thread).</summary>
    public static bool IsEnabled
    {
        get => s_disabledThreads == 0 || !t_disabled;
        set => InferenceMode.Set(ref t_disabled, ref s_disabledThreads, !value);
    }

    /// <summary>Sets the mode until the returned guard is disposed, which restores the previous mode.</summary>
    public static Guard Set(bool enabled)
    {
        var g = new Guard(IsEnabled);
        IsEnabled = enabled;
        return g;
    }

    /// <summary>Restores the saved grad mode when disposed.</summary>
    public readonly struct Guard(bool previous) : IDisposable
    {
        /// <summary>Restores the mode that was active when the guard was made.</summary>
        public void Dispose() => IsEnabled = previous;
    }
}
