using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Custom autograd functions with C callbacks (torch.autograd.Function), and handle sharing.
[ExportGroup("Autograd", Order = 3)]
public static unsafe partial class Exports
{
    /// <summary>Writes a new handle to the same tensor (both must be freed; the tensor lives while either does).</summary>
    [Export("ng_tensor_share")]
    internal static void TensorShare(TensorHandle t, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var h = Abi.Share(Abi.T(t)); *outTensor = h;
    }

    /// <summary>
    /// Applies a custom differentiable function (torch.autograd.Function.apply). <c>forward(user_ctx, ctx, inputs,
    /// n_inputs, outputs, max_outputs, n_outputs)</c> runs at once with grad mode off: it writes up to max_outputs new
    /// tensor handles to outputs (the library takes them over) and their count to *n_outputs. When an input requires
    /// grad and grad mode is on, the outputs get a node named <c>&lt;name&gt;Backward</c>; during backward
    /// <c>backward(user_ctx, ctx, grad_outputs, n_outputs, grad_inputs, n_inputs)</c> writes one new handle per input
    /// to grad_inputs (left NULL: no gradient; taken over by the library). Input and gradient handles passed to the
    /// callbacks are borrowed for the call. ctx (a node handle, borrowed) is for the ng_ctx_* calls. A callback
    /// returning non-OK fails the call with NG_ERR_CALLBACK (the message includes any error set during the callback).
    /// <c>release(user_ctx)</c> (may be NULL) is called exactly once when the library no longer needs user_ctx.
    /// Writes max_outputs entries' worth of new handles to out_outputs (*out_n_outputs of them are set).
    /// </summary>
    /// <param name="release">May be NULL.</param>
    /// <param name="userCtx">May be NULL (passed to the callbacks as is).</param>
    [Export("ng_custom_function_apply")]
    internal static void CustomFunctionApply(byte* name, delegate* unmanaged[Cdecl]<void*, NodeHandle, TensorHandle*, int, TensorHandle*, int, int*, NgStatus> forward, delegate* unmanaged[Cdecl]<void*, NodeHandle, TensorHandle*, int, TensorHandle*, int, NgStatus> backward, delegate* unmanaged[Cdecl]<void*, void> release, void* userCtx, TensorHandle* inputs, int nInputs, TensorHandle* outOutputs, int maxOutputs, int* outNOutputs)
    {
        bool released = false;
        try
        {
            Abi.Out(outOutputs); Abi.Out(outNOutputs);
            if (name == null) throw new NativeGradException(ErrorKind.NullPointer, "name is NULL");
            if (forward == null || backward == null) throw new NativeGradException(ErrorKind.NullPointer, "forward or backward callback is NULL");
            if (nInputs < 0 || maxOutputs <= 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n_inputs must be >= 0 and max_outputs > 0 (got {nInputs}, {maxOutputs})");
            if (nInputs > 0 && inputs == null) throw new NativeGradException(ErrorKind.NullPointer, "inputs is NULL");
            string fname = Marshal.PtrToStringUTF8((nint)name)!;
            var ins = new Tensor[nInputs];
            for (int i = 0; i < nInputs; i++) ins[i] = Abi.T(inputs[i]);
            var cb = new Callbacks((nint)forward, (nint)backward, (nint)release, (nint)userCtx, fname, maxOutputs);
            var outs = CustomNode.Apply(fname + "Backward", ins, cb.Forward, cb.Backward, () => { released = true; cb.Release(); });
            for (int i = 0; i < outs.Length; i++) outOutputs[i] = Abi.New(outs[i]);
            foreach (var o in cb.Outputs)
                if (o != null && Array.IndexOf(outs, o) < 0) o.Dispose();
            *outNOutputs = outs.Length;
        }
        catch
        {
            // The user's state is released exactly once: by the node if it was made, else here.
            if (!released && release != null) release(userCtx);
            throw;
        }
    }

    /// <summary>save_for_backward: keeps these tensors for backward (call from the forward callback).</summary>
    [Export("ng_ctx_save_for_backward")]
    internal static void CtxSaveForBackward(NodeHandle ctx, TensorHandle* tensors, int n)
    {
        if (n < 0 || (n > 0 && tensors == null)) throw new NativeGradException(ErrorKind.InvalidArgument, "tensors is NULL or n < 0");
        var ts = new Tensor[n];
        for (int i = 0; i < n; i++) ts[i] = Abi.T(tensors[i]);
        Ctx(ctx).SaveForBackward(ts);
    }

    /// <summary>Writes the number of saved tensors.</summary>
    [Export("ng_ctx_num_saved")]
    internal static void CtxNumSaved(NodeHandle ctx, int* outCount)
    {
        Abi.Out(outCount); var n = Ctx(ctx).NumSaved; *outCount = n;
    }

    /// <summary>saved_tensors[i] as a new handle; fails after backward freed them, or if one was modified in place.</summary>
    [Export("ng_ctx_saved_tensor")]
    internal static void CtxSavedTensor(NodeHandle ctx, int i, TensorHandle* outTensor)
    {
        Abi.Out(outTensor);
        var c = Ctx(ctx);
        int n = c.NumSaved;
        if (i < 0 || i >= n) throw new NativeGradException(ErrorKind.Index, $"saved tensor index {i} out of range for {n} saved tensors");
        var t = c.SavedTensor(i, out bool isNew);
        var h = isNew ? Abi.New(t) : Abi.Share(t);
        *outTensor = h;
    }

    /// <summary>needs_input_grad[i]: writes 1 if input i requires grad and the graph is recorded.</summary>
    [Export("ng_ctx_needs_input_grad")]
    internal static void CtxNeedsInputGrad(NodeHandle ctx, int i, int* outFlag)
    {
        Abi.Out(outFlag);
        var needs = Ctx(ctx).NeedsInputGrad;
        if (i < 0 || i >= needs.Length) throw new NativeGradException(ErrorKind.Index, $"input index {i} out of range for {needs.Length} inputs");
        *outFlag = needs[i] ? 1 : 0;
    }

    /// <summary>mark_non_differentiable: this output (call from forward, with a handle you write to outputs) gets no grad_fn.</summary>
    [Export("ng_ctx_mark_non_differentiable")]
    internal static void CtxMarkNonDifferentiable(NodeHandle ctx, TensorHandle t)
    {
        Ctx(ctx).MarkNonDifferentiable(Abi.T(t));
    }

    /// <summary>Writes the user_ctx given to ng_custom_function_apply for this custom function's node (ctx may be
    /// any handle to the node, e.g. from ng_tensor_grad_fn).</summary>
    [Export("ng_ctx_user_data")]
    internal static void CtxUserData(NodeHandle ctx, void** outUserCtx)
    {
        Abi.Out(outUserCtx);
        var cb = Ctx(ctx).Node.Tag as Callbacks
            ?? throw new NativeGradException(ErrorKind.InvalidArgument, "this custom function was not made through the C ABI");
        *outUserCtx = (void*)cb.User;
    }

    private static FunctionContext Ctx(NodeHandle h) => Abi.N(h) is CustomNode n ? n.Ctx
        : throw new NativeGradException(ErrorKind.InvalidArgument, "ctx is not the node of a custom function");

    /// <summary>The C callbacks of one ng_custom_function_apply call, adapted to the engine's delegates.</summary>
    private sealed class Callbacks(nint forward, nint backward, nint release, nint user, string name, int maxOutputs)
    {
        public nint User => user;

        public Tensor[] Forward(FunctionContext ctx, Tensor[] inputs)
        {
            ctx.Node.Tag = this;
            var outs = new TensorHandle[maxOutputs];
            int n = Invoke(ctx, inputs, outs, isForward: true);
            var r = Take(outs, Math.Clamp(n, 0, maxOutputs));
            Outputs = r;
            if (n < 1 || n > maxOutputs)
                throw new NativeGradException(ErrorKind.Callback, $"{name}: forward reported {n} outputs (must be 1..{maxOutputs})");
            if (r.Any(t => t is null)) throw new NativeGradException(ErrorKind.Callback, $"{name}: forward left an output NULL");
            return r!;
        }

        /// <summary>What forward returned (an output that is an input comes back from apply as a new view).</summary>
        public Tensor?[] Outputs = [];

        public Tensor?[] Backward(FunctionContext ctx, Tensor?[] grads)
        {
            var gi = new TensorHandle[ctx.NeedsInputGrad.Length];
            Invoke(ctx, grads, gi, isForward: false);
            return Take(gi, gi.Length);
        }

        public void Release()
        {
            if (release != 0) ((delegate* unmanaged[Cdecl]<void*, void>)release)((void*)user);
        }

        // Lends handles to the arguments and the node for the call, and turns a failure into an exception.
        // Returns the output count the forward callback reported.
        private int Invoke(FunctionContext ctx, Tensor?[] args, TensorHandle[] outs, bool isForward)
        {
            var ah = new TensorHandle[args.Length];
            for (int i = 0; i < args.Length; i++) ah[i] = Abi.Share(args[i]);
            var nh = Abi.Share(ctx.Node);
            NgStatus st;
            int n = 0;
            Abi.ClearLastError();
            try
            {
                fixed (TensorHandle* a = ah)
                fixed (TensorHandle* o = outs)
                    st = isForward
                        ? ((delegate* unmanaged[Cdecl]<void*, NodeHandle, TensorHandle*, int, TensorHandle*, int, int*, NgStatus>)forward)((void*)user, nh, a, ah.Length, o, outs.Length, &n)
                        : ((delegate* unmanaged[Cdecl]<void*, NodeHandle, TensorHandle*, int, TensorHandle*, int, NgStatus>)backward)((void*)user, nh, a, ah.Length, o, outs.Length);
            }
            finally
            {
                foreach (var h in ah) TryFree(h);
                Abi.FreeNode(nh);
            }
            if (st != NgStatus.Ok)
            {
                foreach (var h in outs) TryFree(h);
                string? inner = Abi.PeekLastError();
                throw new NativeGradException(ErrorKind.Callback,
                    $"{name}: the {(isForward ? "forward" : "backward")} callback failed with status {(int)st}" + (string.IsNullOrEmpty(inner) ? "" : ": " + inner));
            }
            return n;
        }

        // Takes over handles written by a callback: keeps the tensors, frees the handles.
        private static Tensor?[] Take(TensorHandle[] hs, int n)
        {
            var r = new Tensor?[n];
            try
            {
                for (int i = 0; i < n; i++)
                    if (hs[i].Value != 0) r[i] = Abi.T(hs[i]).AddRef();
            }
            finally
            {
                foreach (var h in hs) TryFree(h);
            }
            // The kept reference becomes a creator reference: an enclosing scope (the engine's, in backward) or
            // the caller releases it.
            foreach (var t in r) if (t != null) { t.ResetCreator(); TensorScope.Track(t); }
            return r;
        }

        private static void TryFree(TensorHandle h)
        {
            try { Abi.FreeTensor(h); } catch (NativeGradException) { /* the callback freed a borrowed handle itself */ }
        }
    }
}
