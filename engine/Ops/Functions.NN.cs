using NativeGrad.Kernels;

namespace NativeGrad.Ops;

/// <summary>How a loss reduces its elementwise values (PyTorch's reduction=).</summary>
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
        Tensor prod;
        using (GradMode.Set(false)) prod = Mm(mat1, mat2);
        Tensor y;
        try
        {
            if (bias._dtype != prod._dtype)
                throw NativeGradException.DType($"addmm: bias dtype {bias._dtype.TorchName()} does not match matrix dtype {prod._dtype.TorchName()}");
            var shape = Shape.Broadcast(bias._shape, prod._shape);
            if (!Shape.Equal(shape, prod._shape))
                throw NativeGradException.Shape($"addmm: bias of shape {Shape.Str(bias._shape)} cannot be broadcast to the product's shape {Shape.Str(prod._shape)}");
            y = MapBinary<AddOp<float>, AddOp<double>, AddOp<long>>(prod, bias, prod._dtype);
        }
        finally { prod.Dispose(); }
        if (GradMode.IsEnabled && (bias.RequiresGrad || mat1.RequiresGrad || mat2.RequiresGrad))
            Record(OpKind.Addmm, y, bias, mat1, mat2);
        return y;
    }

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

    private static Tensor RecordLoss(OpKind kind, Tensor y, Tensor input, Tensor target, Reduction r)
    {
        if (NeedsRecord(input, target)) Record(kind, y, input, target).Scalar = (int)r;
        return y;
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
        return RecordLoss(OpKind.MseLoss, y, input, target, r);
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

    /// <summary>Sigmoid from differentiable primitives (used by derivative formulas).</summary>
    internal static Tensor SigmoidOf(Tensor x) => Reciprocal(AddScalar(Exp(Neg(x)), 1));

    /// <summary>Binary cross-entropy on logits, computed stably as max(x,0) - x*y + log(1 + exp(-|x|)).</summary>
    public static Tensor BceWithLogits(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        var r = CheckLoss(input, target, "binary_cross_entropy_with_logits", reduction);
        Tensor y;
        using (GradMode.Set(false))
        {
            var xs = input.ToDoubleArray();
            var ts = target.ToDoubleArray();
            var e = Tensor.Empty(input._shape, input._dtype);
            for (long i = 0; i < xs.Length; i++)
            {
                double x = xs[i];
                Fill.Set(e.Ptr, i, e._dtype, Math.Max(x, 0) - x * ts[i] + Math.Log(1 + Math.Exp(-Math.Abs(x))));
            }
            y = ReduceRaw(e, r);
        }
        return RecordLoss(OpKind.BceWithLogits, y, input, target, r);
    }
}
