namespace NativeGrad;

/// <summary>
/// Anomaly detection (torch.autograd.set_detect_anomaly / detect_anomaly): while enabled, nodes record the
/// stack trace of the forward call that made them, and the engine checks every gradient a node returns for
/// NaN ("Function 'SqrtBackward0' returned nan values in its 0th output."). Process-wide, as in PyTorch.
/// </summary>
public static class AnomalyMode
{
    private static volatile bool s_enabled;

    /// <summary>True while anomaly detection is on.</summary>
    public static bool IsEnabled
    {
        get => s_enabled;
        set => s_enabled = value;
    }

    /// <summary>Turns detection on (or off) until the returned guard is disposed.</summary>
    public static Guard Set(bool enabled = true)
    {
        var g = new Guard(s_enabled);
        s_enabled = enabled;
        return g;
    }

    /// <summary>Restores the previous anomaly mode when disposed.</summary>
    public readonly struct Guard(bool previous) : IDisposable
    {
        /// <summary>Restores the mode that was active when the guard was made.</summary>
        public void Dispose() => s_enabled = previous;
    }

    /// <summary>Throws PyTorch's error if a gradient returned by <paramref name="node"/> holds a NaN; the
    /// exception's <see cref="NativeGradException.ForwardTrace"/> is where the node's forward op was called.</summary>
    internal static void Check(Node node, Tensor?[] grads)
    {
        for (int i = 0; i < grads.Length; i++)
        {
            var g = grads[i];
            if (g is null || !g.DType.IsFloating()) continue;
            foreach (var v in g.ToDoubleArray())
                if (double.IsNaN(v))
                    throw new NativeGradException(ErrorKind.Autograd, $"Function '{node.Name}' returned nan values in its {i}th output.")
                    { ForwardTrace = node.ForwardTrace };
        }
    }
}

/// <summary>
/// Inference mode (torch.inference_mode), per thread: grad mode is off and tensors made inside are inference
/// tensors (<see cref="Tensor.IsInference"/>): they can never be saved for backward, nor changed in place outside
/// inference mode. Views keep the kind of the tensor they view.
/// </summary>
public static class InferenceMode
{
    [ThreadStatic] private static bool t_enabled;
    // Threads with inference mode on: while none is, the flag is known without a thread-local read
    // (a call into the dynamic linker in a shared library, paid on every tensor made).
    private static int s_enabledThreads;

    /// <summary>True while inference mode is on in this thread.</summary>
    public static bool IsEnabled
    {
        get => s_enabledThreads != 0 && t_enabled;
        internal set => Set(ref t_enabled, ref s_enabledThreads, value);
    }

    /// <summary>Sets a thread's flag and keeps the count of threads whose flag is on: the count goes up
    /// before the flag is set and down after it is cleared, so a thread always sees a count that
    /// includes its own flag.</summary>
    internal static void Set(ref bool flag, ref int count, bool value)
    {
        if (flag == value) return;
        if (value)
        {
            Interlocked.Increment(ref count);
            flag = true;
        }
        else
        {
            flag = false;
            Interlocked.Decrement(ref count);
        }
    }

    /// <summary>Enters inference mode (<paramref name="enabled"/> = false leaves it and enables grad, as PyTorch's
    /// inference_mode(False)) until the returned guard is disposed.</summary>
    public static Guard Set(bool enabled = true)
    {
        var g = new Guard(IsEnabled, GradMode.IsEnabled);
        IsEnabled = enabled;
        GradMode.IsEnabled = !enabled;
        return g;
    }

    /// <summary>Restores inference and grad mode when disposed.</summary>
    public readonly struct Guard(bool previous, bool previousGrad) : IDisposable
    {
        /// <summary>Restores the modes that were active when the guard was made.</summary>
        public void Dispose()
        {
            IsEnabled = previous;
            GradMode.IsEnabled = previousGrad;
        }
    }

    internal static NativeGradException SaveError() => NativeGradException.Autograd(
        "Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.");

    internal static NativeGradException InplaceError() => NativeGradException.Autograd(
        "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor " +
        "before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.");
}
