using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Anomaly detection, inference mode, and gradcheck with a C callback.
[ExportGroup("Autograd", Order = 3)]
public static unsafe partial class Exports
{
    /// <summary>set_detect_anomaly: turns anomaly detection on or off (process-wide) and writes the previous
    /// mode (out_previous may be NULL). While on, a backward node returning NaN fails with
    /// "Function 'XBackward0' returned nan values in its 0th output.".</summary>
    /// <param name="outPrevious">May be NULL.</param>
    [Export("ng_set_detect_anomaly")]
    internal static void SetDetectAnomaly(int enabled, int* outPrevious)
    {
        int prev = AnomalyMode.IsEnabled ? 1 : 0;
        AnomalyMode.IsEnabled = enabled != 0;
        if (outPrevious != null) *outPrevious = prev;
    }

    /// <summary>Writes 1 if anomaly detection is on.</summary>
    [Export("ng_is_anomaly_enabled")]
    internal static void IsAnomalyEnabled(int* outEnabled)
    {
        Abi.Out(outEnabled); *outEnabled = AnomalyMode.IsEnabled ? 1 : 0;
    }

    /// <summary>Sets this thread's inference mode (PyTorch's InferenceMode(enabled): grad mode becomes !enabled) and
    /// writes the previous inference and grad modes (either pointer may be NULL) to restore them later with
    /// ng_set_inference_mode and ng_set_grad_enabled.</summary>
    /// <param name="outPrevious">May be NULL.</param>
    /// <param name="outPreviousGrad">May be NULL.</param>
    [Export("ng_set_inference_mode")]
    internal static void SetInferenceMode(int enabled, int* outPrevious, int* outPreviousGrad)
    {
        int prev = InferenceMode.IsEnabled ? 1 : 0, prevGrad = GradMode.IsEnabled ? 1 : 0;
        InferenceMode.IsEnabled = enabled != 0;
        GradMode.IsEnabled = enabled == 0;
        if (outPrevious != null) *outPrevious = prev;
        if (outPreviousGrad != null) *outPreviousGrad = prevGrad;
    }

    /// <summary>Writes 1 if inference mode is on in this thread.</summary>
    [Export("ng_is_inference_mode_enabled")]
    internal static void IsInferenceModeEnabled(int* outEnabled)
    {
        Abi.Out(outEnabled); *outEnabled = InferenceMode.IsEnabled ? 1 : 0;
    }

    /// <summary>Writes 1 if the tensor was made in inference mode (Tensor.is_inference()).</summary>
    [Export("ng_tensor_is_inference")]
    internal static void TensorIsInference(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &IsInferenceOf);

    private static bool IsInferenceOf(Tensor t) => t.IsInference;

    /// <summary>
    /// gradcheck (second_order = 0) or gradgradcheck (1) of <c>fn(user_ctx, inputs, n_inputs, out_result)</c> at
    /// the given float64 inputs that require grad (leaves or not), against central differences with step eps:
    /// |analytical - numerical| &lt;= atol + rtol * |numerical| for every entry. fn gets borrowed input handles and
    /// writes one new handle (taken over by the library); it may be called many times. Writes 1 to *out_ok if all
    /// entries agree; else 0 and a description of the first mismatch to *out_message (free it with ng_string_free;
    /// NULL when ok). A failing fn makes the call fail with NG_ERR_CALLBACK.
    /// </summary>
    /// <param name="userCtx">May be NULL (passed to fn as is).</param>
    [Export("ng_gradcheck")]
    internal static void Gradcheck(delegate* unmanaged[Cdecl]<void*, TensorHandle*, int, TensorHandle*, NgStatus> fn, void* userCtx, TensorHandle* inputs, int nInputs, double eps, double atol, double rtol, int secondOrder, int* outOk, byte** outMessage)
    {
        Abi.Out(outOk); Abi.Out(outMessage);
        if (fn == null) throw new NativeGradException(ErrorKind.NullPointer, "fn is NULL");
        if (nInputs <= 0 || inputs == null) throw new NativeGradException(ErrorKind.InvalidArgument, "gradcheck needs at least one input");
        var ins = new Tensor[nInputs];
        for (int i = 0; i < nInputs; i++) ins[i] = Abi.T(inputs[i]);
        nint f = (nint)fn, user = (nint)userCtx;
        Func<Tensor[], Tensor> call = xs => CallGradcheckFn(f, user, xs);
        var failure = secondOrder != 0 ? GradCheck.CheckSecondOrder(call, ins, eps, atol, rtol) : GradCheck.Check(call, ins, eps, atol, rtol);
        byte* msg = failure is null ? null : Abi.AllocString(
            $"Jacobian mismatch for output {failure.OutputIndex} with respect to input {failure.Input} (element {failure.InputIndex}),\n" +
            $"numerical:{failure.Numerical}\nanalytical:{failure.Analytical}\n");
        *outOk = failure is null ? 1 : 0;
        *outMessage = msg;
    }

    private static Tensor CallGradcheckFn(nint fn, nint user, Tensor[] xs)
    {
        var hs = new TensorHandle[xs.Length];
        for (int i = 0; i < xs.Length; i++) hs[i] = Abi.Share(xs[i]);
        TensorHandle outH = default;
        NgStatus st;
        Abi.ClearLastError();
        try
        {
            fixed (TensorHandle* p = hs)
                st = ((delegate* unmanaged[Cdecl]<void*, TensorHandle*, int, TensorHandle*, NgStatus>)fn)((void*)user, p, hs.Length, &outH);
        }
        finally
        {
            foreach (var h in hs) { try { Abi.FreeTensor(h); } catch (NativeGradException) { } }
        }
        if (st != NgStatus.Ok || outH.Value == 0)
        {
            try { Abi.FreeTensor(outH); } catch (NativeGradException) { }
            string? inner = Abi.PeekLastError();
            throw new NativeGradException(ErrorKind.Callback,
                $"gradcheck function failed with status {(int)st}" + (st == NgStatus.Ok ? ": it wrote no result" : string.IsNullOrEmpty(inner) ? "" : ": " + inner));
        }
        var r = Abi.T(outH).AddRef();
        Abi.FreeTensor(outH);
        r.ResetCreator();
        TensorScope.Track(r);  // gradcheck runs inside a scope that releases it
        return r;
    }
}
