using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Autograd: flags, .grad, grad_fn nodes, backward, autograd.grad, grad mode.
public static unsafe partial class Exports
{
    /// <summary>Writes 1 if the tensor requires grad.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_requires_grad")]
    public static NgStatus TensorRequiresGrad(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &RequiresGradOf);

    /// <summary>requires_grad_(flag): only leaves of floating dtype can change it (PyTorch's errors otherwise).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_set_requires_grad")]
    public static NgStatus TensorSetRequiresGrad(TensorHandle t, int flag)
    {
        try { Abi.T(t).RequiresGrad_(flag != 0); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes 1 if the tensor is a leaf (no grad_fn).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_is_leaf")]
    public static NgStatus TensorIsLeaf(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &IsLeafOf);

    /// <summary>Writes 1 if retain_grad() was called on this non-leaf.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_retains_grad")]
    public static NgStatus TensorRetainsGrad(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &RetainsGradOf);

    /// <summary>retain_grad(): keep this non-leaf's gradient in .grad during backward.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_retain_grad")]
    public static NgStatus TensorRetainGrad(TensorHandle t)
    {
        try { Abi.T(t).RetainGrad(); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    private static bool RequiresGradOf(Tensor t) => t.RequiresGrad;
    private static bool IsLeafOf(Tensor t) => t.IsLeaf;
    private static bool RetainsGradOf(Tensor t) => t.RetainsGrad;

    /// <summary>Writes a new handle to .grad, or NULL when it is None.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_grad")]
    public static NgStatus TensorGrad(TensorHandle t, TensorHandle* outGrad)
    {
        try { Abi.Out(outGrad); var h = Abi.Share(Abi.T(t).Grad); *outGrad = h; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Sets .grad (NULL clears it); the gradient must match the tensor's shape and dtype.</summary>
    /// <param name="grad">May be NULL (clears .grad).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_set_grad")]
    public static NgStatus TensorSetGrad(TensorHandle t, TensorHandle grad)
    {
        try { Abi.T(t).Grad = Abi.TOrNull(grad); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes a handle to grad_fn, or NULL for leaves.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_grad_fn")]
    public static NgStatus TensorGradFn(TensorHandle t, NodeHandle* outNode)
    {
        try { Abi.Out(outNode); var h = Abi.Share(Abi.T(t).GradFn); *outNode = h; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>detach(): a new leaf sharing storage, cut from the graph.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_detach")]
    public static NgStatus TensorDetach(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &DetachOf);

    /// <summary>.data: shares storage, never requires grad, has its own version counter (writes through it are not seen by autograd).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_data")]
    public static NgStatus TensorData(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &DataOf);

    private static Tensor DataOf(Tensor t) => t.Data;

    private static Tensor DetachOf(Tensor t) => t.Detach();

    /// <summary>clone(): a copy that stays in the graph (CloneBackward0).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_clone")]
    public static NgStatus TensorClone(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &Ops.Functions.Clone);

    /// <summary>t.data = src: replaces t's values, shape and dtype without recording.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_set_data")]
    public static NgStatus TensorSetData(TensorHandle t, TensorHandle src)
    {
        try { Abi.T(t).SetData(Abi.T(src)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>zero_(): sets every element to 0 in place (recorded as ZeroBackward0 when t takes part in autograd).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_zero_")]
    public static NgStatus TensorZero(TensorHandle t)
    {
        try { Abi.T(t).Zero_(); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>fill_(value): sets every element in place (recorded as FillBackward2 when t takes part in autograd).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_fill_")]
    public static NgStatus TensorFill(TensorHandle t, double value)
    {
        try { Abi.T(t).Fill_(value); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Converts to another dtype (ToCopyBackward0 between floating dtypes).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_to_dtype")]
    public static NgStatus TensorToDtype(TensorHandle t, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(t).To(Abi.Type(dtype)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the node's name, e.g. "MulBackward0" (free with ng_string_free).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_node_name")]
    public static NgStatus NodeName(NodeHandle n, byte** outName)
    {
        try { Abi.Out(outName); var s = Abi.N(n).Name; *outName = Abi.AllocString(s); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the number of next_functions.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_node_num_next")]
    public static NgStatus NodeNumNext(NodeHandle n, int* outCount)
    {
        try { Abi.Out(outCount); var c = Abi.N(n).NextFunctions.Count; *outCount = c; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes next_functions[i]: a node handle (NULL for None) and its input number.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_node_next")]
    public static NgStatus NodeNext(NodeHandle n, int i, NodeHandle* outNode, int* outInputNr)
    {
        try
        {
            Abi.Out(outNode); Abi.Out(outInputNr);
            var next = Abi.N(n).NextFunctions;
            if (i < 0 || i >= next.Count) throw new NativeGradException(ErrorKind.Index, $"next_functions index {i} out of range for {next.Count} entries");
            var h = Abi.Share(next[i].Node);
            *outNode = h;
            *outInputNr = next[i].InputNr;
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes a stable identity of the node (same node, same id).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_node_id")]
    public static NgStatus NodeId(NodeHandle n, long* outId)
    {
        try { Abi.Out(outId); var v = Abi.N(n).Sequence; *outId = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Releases a node handle. NULL is ignored.</summary>
    /// <param name="n">May be NULL (ignored).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_node_free")]
    public static NgStatus NodeFree(NodeHandle n)
    {
        try { Abi.FreeNode(n); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Tensor.backward(gradient, retain_graph, create_graph); gradient may be NULL; retain_graph -1 = default.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_backward")]
    public static NgStatus Backward(TensorHandle t, TensorHandle gradient, int retainGraph, int createGraph)
    {
        try { Abi.T(t).Backward(Abi.TOrNull(gradient), Abi.Tri(retainGraph), createGraph != 0); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.autograd.grad: writes n_inputs new handles to out_grads (NULL for unused inputs).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_autograd_grad")]
    public static NgStatus AutogradGrad(TensorHandle* outputs, int nOutputs, TensorHandle* gradOutputs, TensorHandle* inputs, int nInputs,
        int retainGraph, int createGraph, int allowUnused, TensorHandle* outGrads)
    {
        try
        {
            Abi.Out(outGrads);
            if (outputs == null || inputs == null) throw new NativeGradException(ErrorKind.NullPointer, "outputs or inputs is NULL");
            if (nOutputs <= 0 || nInputs <= 0) throw new NativeGradException(ErrorKind.InvalidArgument, "n_outputs and n_inputs must be positive");
            var outs = new Tensor[nOutputs];
            var gos = gradOutputs == null ? null : new Tensor?[nOutputs];
            for (int i = 0; i < nOutputs; i++)
            {
                outs[i] = Abi.T(outputs[i]);
                if (gos != null) gos[i] = Abi.TOrNull(gradOutputs[i]);
            }
            var ins = new Tensor[nInputs];
            for (int i = 0; i < nInputs; i++) ins[i] = Abi.T(inputs[i]);
            var r = Engine.Grad(outs, ins, gos, Abi.Tri(retainGraph), createGraph != 0, allowUnused != 0);
            for (int i = 0; i < nInputs; i++) outGrads[i] = r[i] is null ? default : Abi.New(r[i]!);
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes 1 if grad mode is enabled on this thread.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_is_grad_enabled")]
    public static NgStatus IsGradEnabled(int* outEnabled)
    {
        try { Abi.Out(outEnabled); *outEnabled = GradMode.IsEnabled ? 1 : 0; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Sets this thread's grad mode and writes the previous one (no_grad = set 0, later restore).</summary>
    /// <param name="outPrevious">May be NULL.</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_set_grad_enabled")]
    public static NgStatus SetGradEnabled(int enabled, int* outPrevious)
    {
        try
        {
            int prev = GradMode.IsEnabled ? 1 : 0;
            GradMode.IsEnabled = enabled != 0;
            if (outPrevious != null) *outPrevious = prev;
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
