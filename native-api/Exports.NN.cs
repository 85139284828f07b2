using System.Runtime.InteropServices;
using NativeGrad.Ops;
using NativeGrad.Optim;

namespace NativeGrad.Native;

// nn building blocks: linear, losses, fused optimizer updates, gradient clipping.
/// <summary>Modules as opaque objects (released with ng_module_free) and the functional forms of layers and losses.</summary>
[ExportGroup("nn", Order = 4)]
public static unsafe partial class Exports
{
    /// <summary>torch.nn.functional.linear: x @ weight^T + bias (bias may be NULL).</summary>
    /// <param name="bias">May be NULL (no bias).</param>
    [Export("ng_linear")]
    internal static void Linear(TensorHandle x, TensorHandle weight, TensorHandle bias, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Linear(Abi.T(x), Abi.T(weight), Abi.TOrNull(bias)); *outResult = Abi.New(r);
    }

    /// <summary>out = |a| (AbsBackward0).</summary>
    [Export("ng_abs")]
    internal static void Abs(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Abs);

    /// <summary>bias + mat1 @ mat2 (AddmmBackward0).</summary>
    [Export("ng_addmm")]
    internal static void Addmm(TensorHandle bias, TensorHandle mat1, TensorHandle mat2, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Addmm(Abi.T(bias), Abi.T(mat1), Abi.T(mat2)); *outResult = Abi.New(r);
    }

    /// <summary>Mean squared error; reduction is an NG_REDUCTION_* value (none, mean, sum).</summary>
    [Export("ng_mse_loss")]
    internal static void MseLoss(TensorHandle input, TensorHandle target, int reduction, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.MseLoss(Abi.T(input), Abi.T(target), Abi.Reduce(reduction)); *outResult = Abi.New(r);
    }

    /// <summary>Mean absolute error; reduction is an NG_REDUCTION_* value (none, mean, sum).</summary>
    [Export("ng_l1_loss")]
    internal static void L1Loss(TensorHandle input, TensorHandle target, int reduction, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.L1Loss(Abi.T(input), Abi.T(target), Abi.Reduce(reduction)); *outResult = Abi.New(r);
    }

    /// <summary>Binary cross-entropy on logits, numerically stable; reduction is an NG_REDUCTION_* value (none, mean, sum).</summary>
    [Export("ng_bce_with_logits")]
    internal static void BceWithLogits(TensorHandle input, TensorHandle target, int reduction, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.BceWithLogits(Abi.T(input), Abi.T(target), Abi.Reduce(reduction)); *outResult = Abi.New(r);
    }

    /// <summary>Binary cross-entropy on probabilities (weight may be NULL); reduction is an NG_REDUCTION_* value (none, mean, sum).</summary>
    /// <param name="weight">May be NULL (no weights).</param>
    [Export("ng_bce")]
    internal static void Bce(TensorHandle input, TensorHandle target, TensorHandle weight, int reduction, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Bce(Abi.T(input), Abi.T(target), Abi.TOrNull(weight), Abi.Reduce(reduction)); *outResult = Abi.New(r);
    }

    /// <summary>nll_loss of int64 class indices under log-probabilities [N, C] (weight may be NULL).</summary>
    /// <param name="weight">May be NULL (no class weights).</param>
    [Export("ng_nll_loss")]
    internal static void NllLoss(TensorHandle input, TensorHandle target, TensorHandle weight, long ignoreIndex, int reduction, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.NllLoss(Abi.T(input), Abi.T(target), Abi.TOrNull(weight), ignoreIndex, Abi.Reduce(reduction)); *outResult = Abi.New(r);
    }

    /// <summary>cross_entropy of logits [N, C] against int64 class indices, with ignore_index and label smoothing.</summary>
    /// <param name="weight">May be NULL (no class weights).</param>
    [Export("ng_cross_entropy")]
    internal static void CrossEntropy(TensorHandle input, TensorHandle target, TensorHandle weight, long ignoreIndex, int reduction,
        double labelSmoothing, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var r = Functions.CrossEntropy(Abi.T(input), Abi.T(target), Abi.TOrNull(weight), ignoreIndex, Abi.Reduce(reduction), labelSmoothing);
        *outResult = Abi.New(r);
    }

    /// <summary>layer_norm over the last normalized_dims dims (weight and bias may be NULL).</summary>
    /// <param name="weight">May be NULL (no scale).</param>
    /// <param name="bias">May be NULL (no shift).</param>
    [Export("ng_layer_norm")]
    internal static void LayerNorm(TensorHandle input, int normalizedDims, TensorHandle weight, TensorHandle bias, double eps, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.LayerNorm(Abi.T(input), normalizedDims, Abi.TOrNull(weight), Abi.TOrNull(bias), eps); *outResult = Abi.New(r);
    }


    /// <summary>dropout with probability p (identity when training is 0).</summary>
    [Export("ng_dropout")]
    internal static void Dropout(TensorHandle input, double p, int training, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Dropout(Abi.T(input), p, training != 0); *outResult = Abi.New(r);
    }
}

/// <summary>Optimizers as opaque objects (released with ng_optimizer_free), the fused in-place updates that bindings keeping their own optimizer state call, and gradient clipping.</summary>
[ExportGroup("Optimizers", Order = 5)]
public static unsafe partial class Exports
{
    /// <summary>In-place SGD update of one parameter (momentum_buffer may be NULL when momentum is 0; first_step initialises it).</summary>
    [Export("ng_sgd_update_")]
    internal static void SgdUpdate(TensorHandle param, TensorHandle grad, TensorHandle momentumBuffer, int firstStep, double lr, double momentum,
        double dampening, double weightDecay, int nesterov, int maximize)
    {
        Updates.Sgd(Abi.T(param), Abi.T(grad), Abi.TOrNull(momentumBuffer), firstStep != 0, lr, momentum, dampening, weightDecay, nesterov != 0, maximize != 0);
    }

    /// <summary>One SGD step over n parameters (skips those without a grad; had_grad[i] says which had one).
    /// With momentum != 0, momentum_buffers[i] is each parameter's buffer: a NULL entry gets a new tensor
    /// (initialised from the gradient on this step) that the caller then owns; momentum_buffers may be NULL
    /// when momentum is 0.</summary>
    [Export("ng_sgd_step_")]
    internal static void SgdStep(TensorHandle* parameters, TensorHandle* momentumBuffers, int n, double lr, double momentum, double dampening,
        double weightDecay, int nesterov, int maximize, int* outHadGrad)
    {
        var ps = Abi.Tensors(parameters, n);
        if (momentum != 0 && momentumBuffers == null) throw new NativeGradException(ErrorKind.NullPointer, "momentum_buffers is NULL");
        if (n > 0 && outHadGrad == null) throw new NativeGradException(ErrorKind.NullPointer, "out_had_grad is NULL");
        Tensor?[]? bufs = null;
        if (momentumBuffers != null)
        {
            bufs = new Tensor?[n];
            for (int i = 0; i < n; i++) bufs[i] = Abi.TOrNull(momentumBuffers[i]);
        }
        // Checked before the step, so that a refused call writes no output.
        NativeGrad.Optim.HyperParameters.Sgd(lr, momentum, dampening, weightDecay, nesterov != 0);
        var had = new bool[n];
        try { Updates.SgdStep(ps, bufs, had, lr, momentum, dampening, weightDecay, nesterov != 0, maximize != 0); }
        finally
        {
            // Buffers made before a failure are handed out too, so none leaks.
            for (int i = 0; i < n; i++)
            {
                outHadGrad[i] = had[i] ? 1 : 0;
                if (bufs != null && momentumBuffers[i].Value == 0 && bufs[i] is { } b) momentumBuffers[i] = Abi.New(b);
            }
        }
    }

    /// <summary>zero_grad over n parameters: drops each gradient (set_to_none = 1) or zeroes it in place,
    /// detaching first a gradient that carries a graph (PyTorch 1.13's Optimizer/Module.zero_grad).</summary>
    [Export("ng_zero_grad")]
    internal static void ZeroGrad(TensorHandle* parameters, int n, int setToNone)
    {
        Updates.ZeroGrad(Abi.Tensors(parameters, n), setToNone != 0);
    }

    /// <summary>In-place Adam (decoupled 0) or AdamW (decoupled 1) update of one parameter; step counts from 1; max_exp_avg_sq (AMSGrad) may be NULL.</summary>
    /// <param name="maxExpAvgSq">May be NULL (no AMSGrad).</param>
    [Export("ng_adam_update_")]
    internal static void AdamUpdate(TensorHandle param, TensorHandle grad, TensorHandle expAvg, TensorHandle expAvgSq, TensorHandle maxExpAvgSq,
        long step, double lr, double beta1, double beta2, double eps, double weightDecay, int decoupled, int maximize)
    {
        Updates.Adam(Abi.T(param), Abi.T(grad), Abi.T(expAvg), Abi.T(expAvgSq), step, lr, beta1, beta2, eps, weightDecay, decoupled != 0, maximize != 0, Abi.TOrNull(maxExpAvgSq));
    }

    /// <summary>In-place RMSprop update of one parameter (momentum_buffer and grad_avg (centered) may be NULL).</summary>
    /// <param name="gradAvg">May be NULL (not centered).</param>
    [Export("ng_rmsprop_update_")]
    internal static void RmsPropUpdate(TensorHandle param, TensorHandle grad, TensorHandle squareAvg, TensorHandle momentumBuffer, TensorHandle gradAvg,
        double lr, double alpha, double eps, double weightDecay, double momentum, int maximize)
    {
        Updates.RmsProp(Abi.T(param), Abi.T(grad), Abi.T(squareAvg), Abi.TOrNull(momentumBuffer), Abi.TOrNull(gradAvg), lr, alpha, eps, weightDecay, momentum, maximize != 0);
    }

    /// <summary>clip_grad_norm_ over n gradients (scaled in place); writes the total norm as a new 0-dim tensor.</summary>
    [Export("ng_clip_grad_norm_")]
    internal static void ClipGradNorm(TensorHandle* grads, int n, double maxNorm, double normType, int errorIfNonfinite, TensorHandle* outTotalNorm)
    {
        Abi.Out(outTotalNorm);
        var r = Updates.ClipGradNorm(Abi.Tensors(grads, n), maxNorm, normType, errorIfNonfinite != 0);
        *outTotalNorm = Abi.New(r);
    }

    /// <summary>clip_grad_value_: clamps n gradients into [-clip_value, clip_value] in place.</summary>
    [Export("ng_clip_grad_value_")]
    internal static void ClipGradValue(TensorHandle* grads, int n, double clipValue)
    {
        Updates.ClipGradValue(Abi.Tensors(grads, n), clipValue);
    }
}
