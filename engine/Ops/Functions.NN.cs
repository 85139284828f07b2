using NativeGrad.Kernels;

namespace NativeGrad.Ops;

/// <summary>How a loss reduces its elementwise values (PyTorch's reduction=).</summary>
[AbiEnum("NgReduction", "NG_REDUCTION_")]
public enum Reduction
{
    /// <summary>No reduction: one loss per element.</summary>
    None = 0,
    /// <summary>The mean over all elements (the default).</summary>
    Mean = 1,
    /// <summary>The sum over all elements.</summary>
    Sum = 2,
}

// Ops that nn layers and losses are built from. Losses are single op-table rows with
// derivative formulas made of differentiable ops, so they stay twice differentiable.
internal static unsafe partial class Functions
{
    /// <summary>bias + mat1 @ mat2 (PyTorch's addmm; what Linear records for 2-D input).</summary>
    public static Tensor Addmm(Tensor bias, Tensor mat1, Tensor mat2)
    {
        bias.CheckAlive();
        Tensor y;
        if (IsRowBias(bias, mat1, mat2))
        {
            // Linear's case: the bias goes into the product's write-back (no second pass over y).
            using (GradMode.Set(false)) y = Mm(mat1, mat2, bias);
            RecordAddmm(y, bias, mat1, mat2);
            return y;
        }
        using (GradMode.Set(false)) y = Mm(mat1, mat2);
        try
        {
            if (bias._dtype != y._dtype)
                throw NativeGradException.DType($"addmm: bias dtype {bias._dtype.TorchName()} does not match matrix dtype {y._dtype.TorchName()}");
            var shape = Shape.Broadcast(bias._shape, y._shape);
            if (!Shape.Equal(shape, y._shape))
                throw NativeGradException.Shape($"addmm: bias of shape {Shape.Str(bias._shape)} cannot be broadcast to the product's shape {Shape.Str(y._shape)}");
            // The product is a fresh contiguous tensor: add the bias into it in place (one pass, no second buffer).
            if (y._dtype == DType.Float32) Binary<AddOp<float>, float>(y, bias, y);
            else Binary<AddOp<double>, double>(y, bias, y);
        }
        catch
        {
            y.Dispose();
            throw;
        }
        RecordAddmm(y, bias, mat1, mat2);
        return y;
    }

    /// <summary>True when bias is n contiguous values ([n] or [1, n]) of the product's dtype,
    /// n being mat2's columns: the GEMM adds it itself.</summary>
    private static bool IsRowBias(Tensor bias, Tensor mat1, Tensor mat2)
        => mat1._dtype == mat2._dtype && bias._dtype == mat1._dtype && mat2.Dim == 2 && mat1.Dim == 2
           && bias.Numel == mat2._shape[1] && bias._shape[^1] == mat2._shape[1] && (bias.Dim == 1 || (bias.Dim == 2 && bias._shape[0] == 1))
           && (bias._strides[^1] == 1 || bias.Numel <= 1);

    /// <summary>x @ weight^T + bias, as torch.nn.functional.linear.</summary>
    public static Tensor Linear(Tensor x, Tensor weight, Tensor? bias)
    {
        x.CheckAlive(); weight.CheckAlive();
        if (weight.Dim != 2) throw NativeGradException.Shape($"linear: weight must be 2-D, got shape {Shape.Str(weight._shape)}");
        if (x.Dim == 0 || x._shape[^1] != weight._shape[1])
            throw NativeGradException.Shape(
                $"mat1 and mat2 shapes cannot be multiplied ({(x.Dim == 0 ? "scalar" : $"{Shape.Numel(x._shape) / Math.Max(1, x._shape[^1])}x{x._shape[^1]}")} and {weight._shape[1]}x{weight._shape[0]}) (input {Shape.Str(x._shape)}, weight {Shape.Str(weight._shape)})");
        using var wt = T(weight);
        if (x.Dim == 2 && bias != null) return Addmm(bias, x, wt);
        if (x.Dim > 2 && bias != null)
        {
            // Fold leading dims into rows, one addmm, then view back (as PyTorch: ViewBackward0 over AddmmBackward0).
            using var scope = new TensorScope();
            var rows = Reshape(x, [(int)(x.Numel / x._shape[^1]), x._shape[^1]]);
            var y2 = Addmm(bias, rows, wt);
            return scope.Keep(View(y2, [.. x._shape[..^1], weight._shape[0]]));
        }
        var y = Matmul(x, wt);
        if (bias is null) return y;
        var r = Add(y, bias);
        y.Dispose();
        return r;
    }

    private static Reduction CheckLoss(Tensor input, Tensor target, string name, Reduction reduction)
    {
        input.CheckAlive(); target.CheckAlive();
        if (!input._dtype.IsFloating()) throw NativeGradException.DType($"{name}: input must be floating point, got {input._dtype.TorchName()}");
        if (!Shape.Equal(input._shape, target._shape))
            throw NativeGradException.Shape($"{name}: target size ({Shape.TorchSize(target._shape)}) must be the same as input size ({Shape.TorchSize(input._shape)})");
        if (reduction is not (Reduction.None or Reduction.Mean or Reduction.Sum))
            throw NativeGradException.Arg($"{name}: unknown reduction {(int)reduction}");
        return reduction;
    }

    /// <summary>Reduces an elementwise loss tensor (created here, disposed here) outside autograd.</summary>
    private static Tensor ReduceRaw(Tensor elementwise, Reduction r)
    {
        if (r == Reduction.None) return elementwise;
        using (elementwise)
        {
            var s = SumRaw(elementwise, ReduceDims(elementwise, []), false);
            if (r == Reduction.Sum) return s;
            using (s) return MapScalar<DivOp<float>, DivOp<double>, NoLongOp>(s, Math.Max(1, elementwise.Numel), false, s._dtype);
        }
    }

    /// <summary>Mean squared error (MseLossBackward0).</summary>
    public static Tensor MseLoss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        var r = CheckLoss(input, target, "mse_loss", reduction);
        Tensor y;
        using (GradMode.Set(false))
        {
            var t = target._dtype == input._dtype ? target : CastRaw(target, input._dtype);
            try
            {
                if (r != Reduction.None && input.IsContiguous && t.IsContiguous)
                {
                    // Fused: one pass over both inputs, no temporaries.
                    double s = input._dtype == DType.Float32
                        ? SquaredDiffSum(input.DataPtr<float>(), t.DataPtr<float>(), input.Numel)
                        : SquaredDiffSum(input.DataPtr<double>(), t.DataPtr<double>(), input.Numel);
                    if (r == Reduction.Mean) s /= Math.Max(1, input.Numel);
                    y = Tensor.Full([], s, input._dtype);
                }
                else
                {
                    using var d = Sub(input, t);
                    y = ReduceRaw(MapUnary<SquareOp<float>, SquareOp<double>>(d, d._dtype), r);
                }
            }
            finally { if (!ReferenceEquals(t, target)) t.Dispose(); }
        }
        RecordMseLoss(y, input, target, r);
        return y;
    }

    private static double SquaredDiffSum<T>(T* a, T* b, long n) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        double total = 0;
        const int block = 1024;
        for (long start = 0; start < n; start += block)
        {
            long len = Math.Min(block, n - start);
            T s = T.Zero;
            for (long i = start; i < start + len; i++) { T d = a[i] - b[i]; s += d * d; }
            total += double.CreateTruncating(s);
        }
        return total;
    }

    /// <summary>Mean absolute error, composed as PyTorch 1.13 does (AbsBackward0, then Mean/SumBackward0).</summary>
    public static Tensor L1Loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        var r = CheckLoss(input, target, "l1_loss", reduction);
        using var scope = new TensorScope();
        var e = Abs(Sub(input, target));
        return scope.Keep(r == Reduction.None ? e : r == Reduction.Sum ? Sum(e) : Mean(e));
    }

    /// <summary>Sigmoid used by derivative formulas (a differentiable op-table row).</summary>
    internal static Tensor SigmoidOf(Tensor x) => Sigmoid(x);

    /// <summary>Binary cross-entropy on logits, computed stably as max(x,0) - x*y + log(1 + exp(-|x|)).</summary>
    public static Tensor BceWithLogits(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        var r = CheckLoss(input, target, "binary_cross_entropy_with_logits", reduction);
        Tensor y;
        using (GradMode.Set(false))
        {
            var e = MapBinary<BceWithLogitsOp<float>, BceWithLogitsOp<double>, NoLongOp>(input, target, input._dtype);
            y = ReduceRaw(e, r);
        }
        RecordBceWithLogits(y, input, target, r);
        return y;
    }

    private static Tensor ReduceLoss(Tensor loss, Reduction r) => r switch
    {
        Reduction.None => loss,
        Reduction.Sum => Sum(loss),
        _ => Mean(loss),
    };

    /// <summary>Binary cross-entropy on probabilities; log terms clamped at -100 as PyTorch.</summary>
    public static Tensor Bce(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean)
    {
        var r = CheckLoss(input, target, "binary_cross_entropy", reduction);
        foreach (var v in input.ToDoubleArray())
            if (!(v >= 0 && v <= 1)) throw NativeGradException.Arg("all elements of input should be between 0 and 1");
        using var scope = new TensorScope();
        var logP = Clamp(Log(input), -100, null);
        var logQ = Clamp(Log(RSubScalar(input, 1)), -100, null);
        var loss = Neg(Add(Mul(target, logP), Mul(RSubScalar(target, 1), logQ)));
        if (weight != null) loss = Mul(loss, weight);
        return scope.Keep(ReduceLoss(loss, r));
    }

    /// <summary>Negative log-likelihood of int64 class indices under log-probabilities [N, C] (or [C]),
    /// with optional class weights and ignore_index; "mean" divides by the total weight, as PyTorch.</summary>
    public static Tensor NllLoss(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        input.CheckAlive(); target.CheckAlive();
        if (target._dtype != DType.Int64) throw NativeGradException.DType($"nll_loss: expected target of dtype torch.int64, got {target._dtype.TorchName()}");
        using var scope = new TensorScope();
        var x = input.Dim == 1 ? Unsqueeze(input, 0) : input;
        var t = target.Dim == 0 ? Unsqueeze(target, 0) : target;
        if (x.Dim == 2 && t.Dim == 1 && t._shape[0] != x._shape[0])
            throw NativeGradException.Shape($"Expected input batch_size ({x._shape[0]}) to match target batch_size ({t._shape[0]}).");
        if (x.Dim != 2 || t.Dim != 1)
            throw NativeGradException.Shape($"nll_loss: expected input [N, C] and target [N], got {Shape.Str(input._shape)} and {Shape.Str(target._shape)}");
        int classes = x._shape[1];
        if (weight != null && (weight.Dim != 1 || weight.Numel != classes))
            throw NativeGradException.Arg(
                $"weight tensor should be defined either for all {classes} classes or no classes but got weight tensor of shape: {Shape.Str(weight._shape)}");
        var tc = ContiguousAs(t, DType.Int64);
        try
        {
            long* tp = tc.DataPtr<long>();
            for (long i = 0; i < tc.Numel; i++)
                if (tp[i] != ignoreIndex && (tp[i] < 0 || tp[i] >= classes))
                    throw NativeGradException.Index($"Target {tp[i]} is out of bounds.");
        }
        finally { if (!ReferenceEquals(tc, t)) tc.Dispose(); }
        var valid = CompareScalar(CompareOp.Ne, t, ignoreIndex);
        var safe = Where(valid, t, t.ZerosLike());
        var picked = Neg(Squeeze(Gather(x, 1, Unsqueeze(safe, 1)), 1));
        var w = CastRaw(valid, x._dtype);
        if (weight != null) w = Mul(w, IndexSelect(weight, 0, safe));
        var loss = Mul(picked, w);
        Tensor result = reduction switch
        {
            Reduction.None => input.Dim == 1 ? Squeeze(loss, 0) : loss,
            Reduction.Sum => Sum(loss),
            _ => Div(Sum(loss), Sum(w)),
        };
        return scope.Keep(result);
    }

    /// <summary>log_softmax over classes, then nll_loss; label smoothing mixes in the uniform distribution.</summary>
    public static Tensor CrossEntropy(Tensor input, Tensor target, Tensor? weight = null, long ignoreIndex = -100,
        Reduction reduction = Reduction.Mean, double labelSmoothing = 0)
    {
        input.CheckAlive(); target.CheckAlive();
        if (labelSmoothing < 0 || labelSmoothing > 1) throw NativeGradException.Arg($"label_smoothing must be between 0.0 and 1.0. Got: {labelSmoothing}");
        using var scope = new TensorScope();
        var logp = LogSoftmax(input, input.Dim > 1 ? 1 : 0);
        var nll = NllLoss(logp, target, weight, ignoreIndex, reduction);
        if (labelSmoothing == 0) return scope.Keep(nll);
        var lp = logp.Dim > 1 ? logp : Unsqueeze(logp, 0);
        var t = target.Dim > 0 ? target : Unsqueeze(target, 0);
        int classes = lp._shape[1];
        var valid = CastRaw(CompareScalar(CompareOp.Ne, t, ignoreIndex), lp._dtype);
        var smooth = Mul(Neg(SumDim(weight != null ? Mul(lp, weight) : lp, [1], false)), valid);
        Tensor smoothRed = reduction switch
        {
            Reduction.None => target.Dim == 0 ? Squeeze(smooth, 0) : smooth,
            Reduction.Sum => Sum(smooth),
            _ => weight != null
                ? Div(Sum(smooth), Sum(Mul(IndexSelect(weight, 0, Where(CompareScalar(CompareOp.Ne, t, ignoreIndex), t, t.ZerosLike())), valid)))
                : Div(Sum(smooth), Sum(valid)),
        };
        return scope.Keep(Add(MulScalar(nll, 1 - labelSmoothing), MulScalar(smoothRed, labelSmoothing / classes)));
    }

    /// <summary>(x - mean) / sqrt(var + eps) over the last <paramref name="normalizedDims"/> dims, then weight and bias.</summary>
    public static Tensor LayerNorm(Tensor input, int normalizedDims, Tensor? weight, Tensor? bias, double eps = 1e-5)
    {
        input.CheckAlive();
        if (normalizedDims < 1 || normalizedDims > input.Dim)
            throw NativeGradException.Shape($"layer_norm: cannot normalize the last {normalizedDims} dims of a tensor of shape {Shape.Str(input._shape)}");
        using var scope = new TensorScope();
        var dims = Enumerable.Range(input.Dim - normalizedDims, normalizedDims).ToArray();
        var centered = Sub(input, MeanDim(input, dims, true));
        var variance = MeanDim(Mul(centered, centered), dims, true);
        var y = Div(centered, Sqrt(AddScalar(variance, eps)));
        if (weight != null) y = Mul(y, weight);
        if (bias != null) y = Add(y, bias);
        return scope.Keep(y);
    }

    /// <summary>Zeroes elements with probability p and scales the rest by 1/(1-p) when training.</summary>
    public static Tensor Dropout(Tensor input, double p, bool training)
    {
        input.CheckAlive();
        if (!(p >= 0 && p <= 1)) throw NativeGradException.Arg($"dropout probability has to be between 0 and 1, but got {NativeGradException.Num(p)}");
        if (!training || p == 0) return View(input, input._shape);
        using var scope = new TensorScope();
        if (p == 1) return scope.Keep(MulScalar(input, 0));
        // PyTorch's CPU dropout: input * noise, noise = empty_like(input).bernoulli_(1 - p).div_(1 - p)
        if (!input._dtype.IsFloating())   // torch's noise.div_(1 - p) on an integral noise tensor
            throw NativeGradException.DType($"result type Float can't be cast to the desired output type {Sampling.ScalarName(input._dtype)}");
        var noise = Sampling.DropoutNoise(input.Shape, input._dtype, p);
        return scope.Keep(Mul(input, noise));
    }
}
