using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Activations (sin, cos, tanh, sigmoid, relu, clamp) and their fused backward ops, which are
// op-table rows themselves so that create_graph differentiates through them again.
internal static unsafe partial class Functions
{
    public static Tensor Relu(Tensor a)
    {
        a.CheckAlive();
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"clamp_min_scalar_cpu\" not implemented for 'Bool'");
        var y = a._dtype == DType.Int64
            ? MapScalar<MaxOp<float>, MaxOp<double>, MaxOp<long>>(a, 0, false, DType.Int64)
            : MapUnary<ReluOp<float>, ReluOp<double>>(a, a._dtype);
        RecordRelu(y, a);
        return y;
    }

    /// <summary>sin's derivative grad * cos(x). When nothing records (a plain backward) it is one
    /// fused pass; under create_graph it is Mul(grad, Cos(x)), PyTorch's graph (MulBackward0,
    /// CosBackward0). Both give the same values bit for bit.</summary>
    internal static Tensor SinGrad(Tensor grad, Tensor x)
        => NeedsRecord(grad, x) ? Mul(grad, Cos(x)) : MapFloatBinary<SinBackwardOp<float>, SinBackwardOp<double>>(grad, x);

    /// <summary>cos's derivative grad * -sin(x), fused as <see cref="SinGrad"/> (recorded as PyTorch's
    /// MulBackward0 over NegBackward0 under create_graph).</summary>
    internal static Tensor CosGrad(Tensor grad, Tensor x)
        => NeedsRecord(grad, x) ? Mul(grad, Neg(Sin(x))) : MapFloatBinary<CosBackwardOp<float>, CosBackwardOp<double>>(grad, x);

    /// <summary>tanh_backward(grad, y) = grad * (1 - y^2), y = tanh(x).</summary>
    public static Tensor TanhBackward(Tensor grad, Tensor y)
    {
        var r = MapFloatBinary<TanhBackwardOp<float>, TanhBackwardOp<double>>(grad, y);
        RecordTanhBackward(r, grad, y);
        return r;
    }

    /// <summary>sigmoid_backward(grad, y) = grad * y * (1 - y), y = sigmoid(x).</summary>
    public static Tensor SigmoidBackward(Tensor grad, Tensor y)
    {
        var r = MapFloatBinary<SigmoidBackwardOp<float>, SigmoidBackwardOp<double>>(grad, y);
        RecordSigmoidBackward(r, grad, y);
        return r;
    }

    /// <summary>threshold_backward(grad, x, 0): grad where x &gt; 0, else 0 (relu's derivative).</summary>
    public static Tensor ThresholdBackward(Tensor grad, Tensor x)
    {
        var r = MapFloatBinary<ThresholdBackwardOp<float>, ThresholdBackwardOp<double>>(grad, x);
        RecordThresholdBackward(r, grad, x);
        return r;
    }

    /// <summary>clamp(a, min, max); either bound may be null (not both), as PyTorch.</summary>
    public static Tensor Clamp(Tensor a, double? min, double? max)
    {
        a.CheckAlive();
        if (min is null && max is null) throw NativeGradException.Arg("torch.clamp: At least one of 'min' or 'max' must not be None");
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"clamp_scalar_cpu\" not implemented for 'Bool'");
        var y = ClampRaw(a, min, max);
        RecordClamp(y, a, min, max);
        return y;
    }

    private static Tensor ClampRaw(Tensor a, double? min, double? max)
    {
        // Integer tensors with fractional bounds become float, as PyTorch's type promotion does.
        bool frac = (min is { } lo && lo != Math.Floor(lo)) || (max is { } hi && hi != Math.Floor(hi));
        var t = a._dtype.IsFloating() ? a._dtype : frac ? DType.Float32 : DType.Int64;
        Tensor y = CastRaw(a, t);
        if (min is { } l) { var z = MapScalar<MaxOp<float>, MaxOp<double>, MaxOp<long>>(y, l, false, t); y.Dispose(); y = z; }
        if (max is { } h) { var z = MapScalar<MinOp<float>, MinOp<double>, MinOp<long>>(y, h, false, t); y.Dispose(); y = z; }
        return y;
    }

    /// <summary>True where lo &lt;= x &lt;= hi: where clamp passes its gradient through.</summary>
    private static Tensor ClampMask(Tensor x, double lo, double hi)
    {
        using var ge = CompareScalar(CompareOp.Ge, x, lo);
        using var le = CompareScalar(CompareOp.Le, x, hi);
        return BoolBinary(ge, le, isAdd: false);
    }

    /// <summary>where(lo &lt;= x &lt;= hi, grad, 0), recorded as PyTorch does (WhereBackward0 under create_graph).</summary>
    internal static Tensor ClampBackwardFormula(Tensor grad, Tensor x, double? min, double? max)
    {
        using var mask = ClampMask(x, min ?? double.NegativeInfinity, max ?? double.PositiveInfinity);
        using var zero = Tensor.Zeros([], grad._dtype);
        return Where(mask, grad, zero);
    }
}
