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
}
