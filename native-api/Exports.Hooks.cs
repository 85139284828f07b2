using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Tensor hooks with C callbacks, and backward over several roots / selected inputs.
[ExportGroup("Autograd", Order = 3)]
public static unsafe partial class Exports
{
    /// <summary>
    /// Tensor.register_hook: <c>hook(user_ctx, grad, out_replacement)</c> is called with the tensor's gradient
    /// (a borrowed handle) when it is computed, before a leaf accumulates it; writing a new handle to
    /// *out_replacement (taken over by the library) replaces the gradient, leaving it NULL keeps it. A non-OK
    /// return fails the backward with NG_ERR_CALLBACK. <c>release(user_ctx)</c> (may be NULL) runs once when
    /// the hook is removed (ng_hook_remove) or the tensor is freed. Writes the hook's id.
    /// </summary>
    /// <param name="release">May be NULL.</param>
    /// <param name="userCtx">May be NULL (passed to the callbacks as is).</param>
    [Export("ng_tensor_register_hook")]
    internal static void TensorRegisterHook(TensorHandle t, delegate* unmanaged[Cdecl]<void*, TensorHandle, TensorHandle*, NgStatus> hook, delegate* unmanaged[Cdecl]<void*, void> release, void* userCtx, long* outHookId)
    {
        Abi.Out(outHookId);
        if (hook == null) throw new NativeGradException(ErrorKind.NullPointer, "hook callback is NULL");
        var tensor = Abi.T(t);
        long id = 0;
        nint fn = (nint)hook, rel = (nint)release, user = (nint)userCtx;
        var handle = tensor.RegisterHook(g => CallHook(fn, user, g), () =>
        {
            Abi.TakeHook(Interlocked.Exchange(ref id, 0));   // the tensor died first: its id goes too
            if (rel != 0) ((delegate* unmanaged[Cdecl]<void*, void>)rel)((void*)user);
        });
        id = Abi.NewHook(handle);
        *outHookId = id;
    }

    /// <summary>RemovableHandle.remove(): unregisters a hook by id (an id already removed is fine).</summary>
    /// <param name="hookId">May be NULL (0, ignored).</param>
    [Export("ng_hook_remove")]
    internal static void HookRemove(long hookId)
    {
        Abi.TakeHook(hookId)?.Remove();
    }

    private static Tensor? CallHook(nint fn, nint user, Tensor grad)
    {
        var gh = Abi.Share(grad);
        TensorHandle outH = default;
        NgStatus st;
        Abi.ClearLastError();
        try { st = ((delegate* unmanaged[Cdecl]<void*, TensorHandle, TensorHandle*, NgStatus>)fn)((void*)user, gh, &outH); }
        finally { try { Abi.FreeTensor(gh); } catch (NativeGradException) { /* freed by the hook */ } }
        if (st != NgStatus.Ok)
        {
            try { Abi.FreeTensor(outH); } catch (NativeGradException) { }
            string? inner = Abi.PeekLastError();
            throw new NativeGradException(ErrorKind.Callback,
                $"tensor hook failed with status {(int)st}" + (string.IsNullOrEmpty(inner) ? "" : ": " + inner));
        }
        if (outH.Value == 0) return null;
        var r = Abi.T(outH).AddRef();
        Abi.FreeTensor(outH);
        r.ResetCreator();
        TensorScope.Track(r);  // the engine's scope releases it after use
        return r;
    }

    /// <summary>
    /// torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph, inputs): accumulates into .grad
    /// the gradients of n tensors (grad_tensors may be NULL, or hold NULL entries for scalars). With inputs
    /// (n_inputs &gt; 0) only those tensors' .grad are accumulated (non-leaves included); inputs may be NULL with
    /// n_inputs = 0 for every leaf.
    /// </summary>
    [Export("ng_autograd_backward")]
    internal static void AutogradBackward(TensorHandle* tensors, int n, TensorHandle* gradTensors, int retainGraph, int createGraph, TensorHandle* inputs, int nInputs)
    {
        if (tensors == null) throw new NativeGradException(ErrorKind.NullPointer, "tensors is NULL");
        if (n <= 0 || nInputs < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be positive and n_inputs >= 0 (got {n}, {nInputs})");
        if (nInputs > 0 && inputs == null) throw new NativeGradException(ErrorKind.NullPointer, "inputs is NULL");
        var outs = new Tensor[n];
        var gos = gradTensors == null ? null : new Tensor?[n];
        for (int i = 0; i < n; i++)
        {
            outs[i] = Abi.T(tensors[i]);
            if (gos != null) gos[i] = Abi.TOrNull(gradTensors[i]);
        }
        Tensor[]? ins = null;
        if (nInputs > 0)
        {
            ins = new Tensor[nInputs];
            for (int i = 0; i < nInputs; i++) ins[i] = Abi.T(inputs[i]);
        }
        Engine.Backward(outs, gos, Abi.Tri(retainGraph), createGraph != 0, ins);
    }
}
