using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Post-accumulate-grad hooks and final callbacks of a backward run, with C callbacks.
[ExportGroup("Autograd", Order = 3)]
public static unsafe partial class Exports
{
    /// <summary>
    /// Tensor.register_post_accumulate_grad_hook: <c>hook(user_ctx, tensor)</c> is called with the leaf (a borrowed
    /// handle) after a backward has accumulated its gradient into .grad. Only leaves that require grad. A non-OK
    /// return fails the backward with NG_ERR_CALLBACK. <c>release(user_ctx)</c> (may be NULL) runs once when the hook
    /// is removed (ng_hook_remove with the written id) or the tensor is freed.
    /// </summary>
    /// <param name="release">May be NULL.</param>
    /// <param name="userCtx">May be NULL (passed to the callbacks as is).</param>
    [Export("ng_tensor_register_post_accumulate_grad_hook")]
    internal static void TensorRegisterPostAccumulateGradHook(TensorHandle t, delegate* unmanaged[Cdecl]<void*, TensorHandle, NgStatus> hook, delegate* unmanaged[Cdecl]<void*, void> release, void* userCtx, long* outHookId)
    {
        Abi.Out(outHookId);
        if (hook == null) throw new NativeGradException(ErrorKind.NullPointer, "hook callback is NULL");
        var tensor = Abi.T(t);
        long id = 0;
        nint fn = (nint)hook, rel = (nint)release, user = (nint)userCtx;
        var handle = tensor.RegisterPostAccumulateGradHook(leaf => CallPostHook(fn, user, leaf), () =>
        {
            Abi.TakeHook(Interlocked.Exchange(ref id, 0));   // the tensor died first: its id goes too
            if (rel != 0) ((delegate* unmanaged[Cdecl]<void*, void>)rel)((void*)user);
        });
        id = Abi.NewHook(handle);
        *outHookId = id;
    }

    private static void CallPostHook(nint fn, nint user, Tensor leaf)
    {
        var h = Abi.Share(leaf);
        NgStatus st;
        Abi.ClearLastError();
        try { st = ((delegate* unmanaged[Cdecl]<void*, TensorHandle, NgStatus>)fn)((void*)user, h); }
        finally { try { Abi.FreeTensor(h); } catch (NativeGradException) { /* freed by the hook */ } }
        if (st != NgStatus.Ok) throw CallbackFailed("post accumulate grad hook", st);
    }

    private static NativeGradException CallbackFailed(string what, NgStatus st)
    {
        string? inner = Abi.PeekLastError();
        return new NativeGradException(ErrorKind.Callback,
            $"{what} failed with status {(int)st}" + (string.IsNullOrEmpty(inner) ? "" : ": " + inner));
    }

    /// <summary>
    /// Variable._execution_engine.queue_callback: during a backward (from a hook or a custom function's backward),
    /// queues <c>callback(user_ctx)</c> to run once every node of that backward has run, before it returns. A non-OK
    /// return fails the backward with NG_ERR_CALLBACK. <c>release(user_ctx)</c> (may be NULL) runs once afterwards, or
    /// instead if the backward fails before the callback ran. Outside a backward this is an error.
    /// </summary>
    [Export("ng_autograd_queue_callback")]
    internal static void AutogradQueueCallback(delegate* unmanaged[Cdecl]<void*, NgStatus> callback, delegate* unmanaged[Cdecl]<void*, void> release, void* userCtx)
    {
        if (callback == null) throw new NativeGradException(ErrorKind.NullPointer, "callback is NULL");
        nint fn = (nint)callback, rel = (nint)release, user = (nint)userCtx;
        void Release()
        {
            if (rel != 0) ((delegate* unmanaged[Cdecl]<void*, void>)rel)((void*)user);
        }
        FinalCallbacks.Queue(() =>
        {
            Abi.ClearLastError();
            try
            {
                var st = ((delegate* unmanaged[Cdecl]<void*, NgStatus>)fn)((void*)user);
                if (st != NgStatus.Ok) throw CallbackFailed("final callback", st);
            }
            finally { Release(); }
        }, Release);
    }
}
