using NativeGrad.Ops;
using F = NativeGrad.Ops.Functions;

namespace NativeGrad;

// autograd.grad(..., is_grads_batched=True): one walk of the graph with gradients of shape [B, *shape]
// (PyTorch runs its engine under vmap for this). Each node takes the batch as its BatchRule says: a
// derivative made of broadcasting ops takes it unchanged (Broadcast), a batch-aware one handles the batch
// dim through Batching (Aware), any other node runs once per sample and its results are stacked
// (PerSlice: custom functions, sorts, scatters, ...). Every result is checked per sample.
public static partial class Engine
{
    /// <summary>Nodes of this thread's last batched run that ran once per sample (tests check that the common
    /// ops take the batch whole).</summary>
    internal static int LastPerSliceNodes => t_perSliceNodes;
    [ThreadStatic] private static int t_perSliceNodes;

    /// <summary>The batch size of batched grad_outputs: each is [B, *output shape], with one B for all.</summary>
    private static int BatchSize(Tensor[] outputs, Tensor?[]? gradOutputs)
    {
        if (gradOutputs == null || gradOutputs.Length != outputs.Length)
            throw NativeGradException.Autograd("If `is_grads_batched=True`, grad_outputs must hold one batched gradient per output");
        int batch = -1;
        for (int i = 0; i < outputs.Length; i++)
        {
            var g = gradOutputs[i] ?? throw NativeGradException.Autograd(
                $"If `is_grads_batched=True`, every output needs a batched grad_output, but grad_output[{i}] is None");
            g.CheckAlive();
            var o = outputs[i];
            // PyTorch 1.13 strips the batch dim twice in this message (grad[0].shape[1:]): so do we, for parity.
            if (g.Dim == 0 || !Shape.Equal(g._shape[1..], o._shape))
                throw NativeGradException.Shape(
                    "If `is_grads_batched=True`, we interpret the first dimension of each grad_output as the batch dimension. " +
                    "The sizes of the remaining dimensions are expected to match the shape of corresponding output, but a mismatch " +
                    $"was detected: grad_output[{i}] has a shape of {Shape.TorchSize(g._shape[Math.Min(2, g.Dim)..])} and output[{i}] has a shape of " +
                    $"{Shape.TorchSize(o._shape)}. If you only want some tensors in `grad_output` to be considered batched, consider using vmap.");
            if (batch >= 0 && g._shape[0] != batch)
                throw NativeGradException.Arg(
                    $"vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [{batch}, {g._shape[0]}] for the mapped dimension");
            batch = g._shape[0];
        }
        t_perSliceNodes = 0;
        return batch;
    }

    /// <summary>Applies a node to batched gradients and checks its results (one per edge, [B, *input shape]).</summary>
    private static Tensor?[] ApplyBatched(Node node, Tensor?[] buf, int batch)
    {
        var rule = node.BatchRule;
        // A dim argument of a 0-dim op (softmax, cumsum, flip of a scalar) names no dim of the sample.
        if (rule == BatchRule.Aware && node is OpNode scalarOp && AllScalar(scalarOp)) rule = BatchRule.PerSlice;
        if (rule == BatchRule.PerSlice) return ApplyPerSlice(node, buf, batch);
        if (rule == BatchRule.Broadcast && node is OpNode op)
        {
            // Size-1 dims after the batch dim line the samples' dims up with the inputs' (a reduction's
            // gradient has fewer dims than its input).
            int rank = op.OutShape(0).Length;
            foreach (var (shape, _) in op.Inputs) rank = Math.Max(rank, shape.Length);
            for (int k = 0; k < op.NumOutputs; k++) rank = Math.Max(rank, op.OutShape(k).Length);
            var padded = new Tensor?[buf.Length];
            for (int k = 0; k < buf.Length; k++) padded[k] = buf[k] is { } g ? Batching.Pad(g, rank) : null;
            buf = padded;
        }
        Tensor?[] results;
        using (Batching.Enter(batch)) results = node.Apply(buf);
        ValidateBatched(node, results, batch);
        return results;
    }

    private static bool AllScalar(OpNode op)
    {
        foreach (var (shape, _) in op.Inputs) if (shape.Length > 0) return false;
        for (int k = 0; k < op.NumOutputs; k++) if (op.OutShape(k).Length > 0) return false;
        return true;
    }

    /// <summary>The fallback: the node's derivative once per sample (a plain apply, checked as usual), the
    /// results stacked along a new first dim; zeros where a sample got no gradient but another did.</summary>
    private static Tensor?[] ApplyPerSlice(Node node, Tensor?[] buf, int batch)
    {
        t_perSliceNodes++;
        var next = node._next;
        var parts = new Tensor?[next.Length][];
        for (int b = 0; b < batch; b++)
        {
            var slice = new Tensor?[buf.Length];
            for (int k = 0; k < buf.Length; k++) slice[k] = buf[k] is { } g ? F.Select(g, 0, b) : null;
            var r = node.Apply(slice);
            ValidateOutputs(node, r);
            for (int i = 0; i < r.Length; i++)
                if (r[i] is { } gi) (parts[i] ??= new Tensor?[batch])[b] = gi;
        }
        var results = new Tensor?[next.Length];
        for (int i = 0; i < next.Length; i++)
        {
            if (next[i].Node is not { } to) continue;
            var shape = to.OutShape(next[i].InputNr);
            var type = to.OutType(next[i].InputNr);
            if (batch == 0) { results[i] = Tensor.Zeros([0, .. shape], type); continue; }
            if (parts[i] is not { } p) continue;
            for (int b = 0; b < batch; b++) p[b] ??= Tensor.Zeros(shape, type);
            results[i] = F.Stack(p!, 0);
        }
        return results;
    }

    /// <summary>validate_outputs per sample: each gradient is [B, *rest] with rest broadcastable to its input's
    /// shape (then summed back), cast to the input's dtype.</summary>
    private static void ValidateBatched(Node node, Tensor?[] grads, int batch)
    {
        var next = node._next;
        if (grads.Length != next.Length) CheckCount(node, grads.Length);
        for (int i = 0; i < grads.Length; i++)
        {
            var g = grads[i];
            if (g is null) continue;
            var to = next[i].Node;
            if (to is null) { grads[i] = null; continue; }
            g.CheckAlive();
            int nr = next[i].InputNr;
            var shape = to.OutShape(nr);
            var type = to.OutType(nr);
            if (g.Dim == 0 || g._shape[0] != batch || !ExpandableTo(shape, g._shape[1..]))
                throw NativeGradException.Shape(
                    $"Function {node.Name} returned an invalid gradient at index {i} - got {Shape.Str(g._shape)} but expected shape compatible with {Shape.Str([batch, .. shape])} (a batch of {batch} gradients)");
            if (!Shape.Equal(g._shape.AsSpan(1), shape)) g = Batching.SumToBatched(g, shape);
            grads[i] = g._dtype == type ? g : F.To(g, type);
        }
    }
}
