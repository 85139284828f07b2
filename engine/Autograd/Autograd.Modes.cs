namespace NativeGrad;

// torch.autograd's anomaly and inference switches for C#.
public static partial class Autograd
{
    /// <summary>detect_anomaly(): NaN checks of every backward node's output until disposed:
    /// <c>using (Autograd.DetectAnomaly()) { ... }</c>. A failure's <see cref="NativeGradException.ForwardTrace"/>
    /// holds the stack trace (files and lines, with symbols) of the forward call that made the node.</summary>
    public static AnomalyMode.Guard DetectAnomaly(bool enabled = true) => AnomalyMode.Set(enabled);

    /// <summary>set_detect_anomaly(mode): turns anomaly detection on or off (process-wide).</summary>
    public static void SetDetectAnomaly(bool enabled) => AnomalyMode.IsEnabled = enabled;

    /// <summary>True while anomaly detection is on.</summary>
    public static bool IsAnomalyEnabled => AnomalyMode.IsEnabled;

    /// <summary>inference_mode(): no graph and inference tensors on this thread until disposed.</summary>
    public static InferenceMode.Guard InferenceMode(bool enabled = true) => NativeGrad.InferenceMode.Set(enabled);

    /// <summary>True while inference mode is on in this thread.</summary>
    public static bool IsInferenceModeEnabled => NativeGrad.InferenceMode.IsEnabled;

    /// <summary>torch.autograd.gradcheck: true if autograd's Jacobian of <paramref name="f"/> at the float64 leaf
    /// <paramref name="inputs"/> matches central differences; otherwise throws (or returns false when
    /// <paramref name="raiseException"/> is false) naming the first mismatch.</summary>
    public static bool GradCheck(Func<Tensor[], Tensor> f, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5,
        double rtol = 1e-3, bool raiseException = true)
        => Verdict(NativeGrad.GradCheck.Check(f, inputs, eps, atol, rtol), raiseException);

    /// <summary>torch.autograd.gradgradcheck: the same for second derivatives (w.r.t. the inputs and the output gradient).</summary>
    public static bool GradGradCheck(Func<Tensor[], Tensor> f, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5,
        double rtol = 1e-3, bool raiseException = true)
        => Verdict(NativeGrad.GradCheck.CheckSecondOrder(f, inputs, eps, atol, rtol), raiseException);

    private static bool Verdict(GradCheck.Failure? failure, bool raise)
    {
        if (failure is null) return true;
        if (!raise) return false;
        throw NativeGradException.Autograd(
            $"Jacobian mismatch for output {failure.OutputIndex} with respect to input {failure.Input} (element {failure.InputIndex}),\n" +
            $"numerical:{failure.Numerical}\nanalytical:{failure.Analytical}\n");
    }
}
