using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Autograd: flags, .grad, grad_fn nodes, backward, autograd.grad, grad mode.
/// <summary>requires_grad, .grad, grad_fn nodes (released with ng_node_free), backward, autograd.grad, grad mode, hooks, custom functions, anomaly detection, inference mode, gradcheck.</summary>
[ExportGroup("Autograd", Order = 3)]
public static unsafe partial class Exports
{
    /// <summary>Writes 1 if the tensor requires grad.</summary>
    [Export("ng_tensor_requires_grad")]
    internal static void TensorRequiresGrad(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &RequiresGradOf);

    /// <summary>requires_grad_(flag): only leaves of floating dtype can change it (PyTorch's errors otherwise).</summary>
    [Export("ng_tensor_set_requires_grad")]
    internal static void TensorSetRequiresGrad(TensorHandle t, int flag)
    {
        Abi.T(t).RequiresGrad_(flag != 0);
    }

    /// <summary>Writes 1 if the tensor is a leaf (no grad_fn).</summary>
    [Export("ng_tensor_is_leaf")]
    internal static void TensorIsLeaf(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &IsLeafOf);

    /// <summary>Writes 1 if retain_grad() was called on this non-leaf.</summary>
    [Export("ng_tensor_retains_grad")]
    internal static void TensorRetainsGrad(TensorHandle t, int* outFlag) => Abi.Flag(t, outFlag, &RetainsGradOf);

    /// <summary>retain_grad(): keep this non-leaf's gradient in .grad during backward.</summary>
    [Export("ng_tensor_retain_grad")]
    internal static void TensorRetainGrad(TensorHandle t)
    {
        Abi.T(t).RetainGrad();
    }

    private static bool RequiresGradOf(Tensor t) => t.RequiresGrad;
    private static bool IsLeafOf(Tensor t) => t.IsLeaf;
    private static bool RetainsGradOf(Tensor t) => t.RetainsGrad;

    /// <summary>Writes a new handle to .grad, or NULL when it is None.</summary>
    [Export("ng_tensor_grad")]
    internal static void TensorGrad(TensorHandle t, TensorHandle* outGrad)
    {
        Abi.Out(outGrad); var h = Abi.Share(Abi.T(t).Grad); *outGrad = h;
    }

    /// <summary>Sets .grad (NULL clears it); the gradient must match the tensor's shape and dtype.</summary>
    /// <param name="grad">May be NULL (clears .grad).</param>
    [Export("ng_tensor_set_grad")]
    internal static void TensorSetGrad(TensorHandle t, TensorHandle grad)
    {
        Abi.T(t).Grad = Abi.TOrNull(grad);
    }

    /// <summary>Writes a handle to grad_fn, or NULL for leaves.</summary>
    [Export("ng_tensor_grad_fn")]
    internal static void TensorGradFn(TensorHandle t, NodeHandle* outNode)
    {
        Abi.Out(outNode); var h = Abi.Share(Abi.T(t).GradFn); *outNode = h;
    }

    /// <summary>detach(): a new leaf sharing storage, cut from the graph.</summary>
    [Export("ng_tensor_detach")]
    internal static void TensorDetach(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &DetachOf);

    /// <summary>.data: shares storage, never requires grad, has its own version counter (writes through it are not seen by autograd).</summary>
    [Export("ng_tensor_data")]
    internal static void TensorData(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &DataOf);

    private static Tensor DataOf(Tensor t) => t.Data;

    private static Tensor DetachOf(Tensor t) => t.Detach();

    /// <summary>clone(): a copy that stays in the graph (CloneBackward0).</summary>
    [Export("ng_tensor_clone")]
    internal static void TensorClone(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &Ops.Functions.Clone);

    /// <summary>t.data = src: replaces t's values, shape and dtype without recording.</summary>
    [Export("ng_tensor_set_data")]
    internal static void TensorSetData(TensorHandle t, TensorHandle src)
    {
        Abi.T(t).SetData(Abi.T(src));
    }

    /// <summary>zero_(): sets every element to 0 in place (recorded as ZeroBackward0 when t takes part in autograd).</summary>
    [Export("ng_tensor_zero_")]
    internal static void TensorZero(TensorHandle t)
    {
        Abi.T(t).Zero_();
    }

    /// <summary>fill_(value): sets every element in place (recorded as FillBackward2 when t takes part in autograd).</summary>
    [Export("ng_tensor_fill_")]
    internal static void TensorFill(TensorHandle t, double value)
    {
        Abi.T(t).Fill_(value);
    }

    /// <summary>Converts to another dtype (ToCopyBackward0 between floating dtypes).</summary>
    [Export("ng_tensor_to_dtype")]
    internal static void TensorToDtype(TensorHandle t, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(t).To(Abi.Type(dtype)); *outTensor = Abi.New(r);
    }

    /// <summary>Writes the node's name, e.g. "MulBackward0" (free with ng_string_free).</summary>
    [Export("ng_node_name")]
    internal static void NodeName(NodeHandle n, byte** outName)
    {
        Abi.Out(outName); var s = Abi.N(n).Name; *outName = Abi.AllocString(s);
    }

    /// <summary>Writes the number of next_functions.</summary>
    [Export("ng_node_num_next")]
    internal static void NodeNumNext(NodeHandle n, int* outCount)
    {
        Abi.Out(outCount); var c = Abi.N(n).NextFunctions.Count; *outCount = c;
    }

    /// <summary>Writes next_functions[i]: a node handle (NULL for None) and its input number.</summary>
    [Export("ng_node_next")]
    internal static void NodeNext(NodeHandle n, int i, NodeHandle* outNode, int* outInputNr)
    {
        Abi.Out(outNode); Abi.Out(outInputNr);
        var next = Abi.N(n).NextFunctions;
        if (i < 0 || i >= next.Count) throw new NativeGradException(ErrorKind.Index, $"next_functions index {i} out of range for {next.Count} entries");
        var h = Abi.Share(next[i].Node);
        *outNode = h;
        *outInputNr = next[i].InputNr;
    }

    /// <summary>Writes a stable identity of the node (same node, same id).</summary>
    [Export("ng_node_id")]
    internal static void NodeId(NodeHandle n, long* outId)
    {
        Abi.Out(outId); var v = Abi.N(n).Sequence; *outId = v;
    }

    /// <summary>Releases a node handle. NULL is ignored.</summary>
    /// <param name="n">May be NULL (ignored).</param>
    [Export("ng_node_free")]
    internal static void NodeFree(NodeHandle n)
    {
        Abi.FreeNode(n);
    }

    /// <summary>Tensor.backward(gradient, retain_graph, create_graph); gradient may be NULL; retain_graph -1 = default.</summary>
    [Export("ng_backward")]
    internal static void Backward(TensorHandle t, TensorHandle gradient, int retainGraph, int createGraph)
    {
        Abi.T(t).Backward(Abi.TOrNull(gradient), Abi.Tri(retainGraph), createGraph != 0);
    }

    /// <summary>torch.autograd.grad: writes n_inputs new handles to out_grads (NULL for unused inputs).</summary>
    [Export("ng_autograd_grad")]
    internal static void AutogradGrad(TensorHandle* outputs, int nOutputs, TensorHandle* gradOutputs, TensorHandle* inputs, int nInputs,
        int retainGraph, int createGraph, int allowUnused, TensorHandle* outGrads)
        => GradOf(outputs, nOutputs, gradOutputs, inputs, nInputs, retainGraph, createGraph, allowUnused, false, outGrads);

    /// <summary>torch.autograd.grad(..., is_grads_batched=True): grad_outputs[i] holds a batch of B seeds, shape
    /// [B, *outputs[i] shape] (one B for all); one backward writes each input's B vector-Jacobian products,
    /// shape [B, *input shape] (NULL for unused inputs).</summary>
    [Export("ng_autograd_grad_batched")]
    internal static void AutogradGradBatched(TensorHandle* outputs, int nOutputs, TensorHandle* gradOutputs, TensorHandle* inputs, int nInputs,
        int retainGraph, int createGraph, int allowUnused, TensorHandle* outGrads)
        => GradOf(outputs, nOutputs, gradOutputs, inputs, nInputs, retainGraph, createGraph, allowUnused, true, outGrads);

    private static void GradOf(TensorHandle* outputs, int nOutputs, TensorHandle* gradOutputs, TensorHandle* inputs, int nInputs,
        int retainGraph, int createGraph, int allowUnused, bool batched, TensorHandle* outGrads)
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
        var r = Engine.Grad(outs, ins, gos, Abi.Tri(retainGraph), createGraph != 0, allowUnused != 0, batched);
        for (int i = 0; i < nInputs; i++) outGrads[i] = r[i] is null ? default : Abi.New(r[i]!);
    }

    /// <summary>Writes 1 if grad mode is enabled on this thread.</summary>
    [Export("ng_is_grad_enabled")]
    internal static void IsGradEnabled(int* outEnabled)
    {
        Abi.Out(outEnabled); *outEnabled = GradMode.IsEnabled ? 1 : 0;
    }

    /// <summary>Sets this thread's grad mode and writes the previous one (no_grad = set 0, later restore).</summary>
    /// <param name="outPrevious">May be NULL.</param>
    [Export("ng_set_grad_enabled")]
    internal static void SetGradEnabled(int enabled, int* outPrevious)
    {
        int prev = GradMode.IsEnabled ? 1 : 0;
        GradMode.IsEnabled = enabled != 0;
        if (outPrevious != null) *outPrevious = prev;
    }
}
