using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Forwards of Declarations/MoreActivations.cs: compositions of existing kernels run outside
// autograd and recorded as one node each (PyTorch's node names), and their derivative factors.
internal static partial class Functions
{
    /// <summary>SELU's constants (PyTorch's).</summary>
    internal const double SeluAlpha = 1.6732632423543772848170429916717, SeluScale = 1.0507009873554804934193349852946;

    /// <summary>x tanh(log1p(e^x)) (MishBackward0).</summary>
    public static Tensor Mish(Tensor a)
    {
        FloatingOnly(a, "mish_cpu");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
            y = scope.Keep(Mul(a, Tanh(Log1p(Exp(a)))));
        RecordMish(y, a);
        return y;
    }

    /// <summary>d mish / dx = tanh(sp) + x σ(x) (1 - tanh(sp)^2), sp = log1p(e^x).</summary>
    internal static Tensor MishSlope(Tensor x)
    {
        var t = Tanh(Log1p(Exp(x)));
        return Add(t, Mul(Mul(x, Sigmoid(x)), RSubScalar(Mul(t, t), 1)));
    }

    /// <summary>scale x where x &gt; 0, else scale alpha (e^x - 1) (EluBackward0, as PyTorch records selu).</summary>
    public static Tensor Selu(Tensor a)
    {
        FloatingOnly(a, "elu_cpu");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
        {
            var pos = CompareScalar(CompareOp.Gt, a, 0);
            y = scope.Keep(Where(pos, MulScalar(a, SeluScale), MulScalar(Expm1(a), SeluScale * SeluAlpha)));
        }
        RecordSelu(y, a);
        return y;
    }

    /// <summary>d selu / dx: scale where x &gt; 0, else scale alpha e^x.</summary>
    internal static Tensor SeluSlope(Tensor x)
    {
        var pos = CompareScalar(CompareOp.Gt, x, 0);
        using var scale = Tensor.Scalar(SeluScale, x.DType);
        return Where(pos, scale, MulScalar(Exp(x), SeluScale * SeluAlpha));
    }

    /// <summary>x clamped to [minVal, maxVal]; integral tensors keep their dtype (HardtanhBackward0).</summary>
    public static Tensor Hardtanh(Tensor a, double minVal = -1, double maxVal = 1)
    {
        a.CheckAlive();
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"clamp_scalar_cpu\" not implemented for 'Bool'");
        var y = ClampRaw(a, minVal, maxVal);
        if (y._dtype != a._dtype)
        {
            var c = CastRaw(y, a._dtype);
            y.Dispose();
            y = c;
        }
        RecordHardtanh(y, a, minVal, maxVal);
        return y;
    }

    /// <summary>1 where minVal &lt; x &lt; maxVal, else 0, in x's dtype (hardtanh's gradient passes strictly inside).</summary>
    internal static Tensor HardtanhSlope(Tensor x, double minVal, double maxVal)
    {
        using var _ = GradMode.Set(false);
        using var above = CompareScalar(CompareOp.Gt, x, minVal);
        using var below = CompareScalar(CompareOp.Lt, x, maxVal);
        using var one = Tensor.Scalar(1, x.DType);
        using var zero = Tensor.Scalar(0, x.DType);
        using var inner = Where(below, one, zero);
        return Where(above, inner, zero);
    }

    /// <summary>log(z / (1 - z)), z = x clamped to [eps, 1 - eps] when eps is given; integral inputs give float32 (LogitBackward0).</summary>
    public static Tensor Logit(Tensor a, double? eps = null)
    {
        a.CheckAlive();
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
        {
            var x = a._dtype.IsFloating() ? a : CastRaw(a, DType.Float32);
            var z = eps is { } e ? ClampRaw(x, e, 1 - e) : x;
            y = scope.Keep(Log(Div(z, RSubScalar(z, 1))));
        }
        RecordLogit(y, a, eps);
        return y;
    }

    /// <summary>logit's derivative as PyTorch's: grad / (x (1 - x)); without eps NaN outside [0, 1], with eps 0 outside [eps, 1 - eps].</summary>
    internal static Tensor LogitBackward(Tensor grad, Tensor x, double? eps)
    {
        var d = Div(grad, Mul(x, RSubScalar(x, 1)));
        double lo = eps ?? 0, hi = eps is { } e ? 1 - e : 1;
        Tensor inside;
        using (GradMode.Set(false))
        {
            using var ge = CompareScalar(CompareOp.Ge, x, lo);
            using var le = CompareScalar(CompareOp.Le, x, hi);
            using var no = Tensor.Scalar(0, DType.Bool);
            inside = Where(ge, le, no);
        }
        using var other = Tensor.Scalar(eps is null ? double.NaN : 0, d.DType);
        return Where(inside, d, other);
    }

    /// <summary>min(x, 0) - log1p(e^-|x|) (LogSigmoidBackward0).</summary>
    public static Tensor LogSigmoid(Tensor a)
    {
        FloatingOnly(a, "log_sigmoid_cpu");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
            y = scope.Keep(Sub(ClampRaw(a, null, 0), Log1p(Exp(Neg(Abs(a))))));
        RecordLogSigmoid(y, a);
        return y;
    }

    /// <summary>min(max(x + 3, 0), 6) / 6 (HardsigmoidBackward0).</summary>
    public static Tensor Hardsigmoid(Tensor a)
    {
        FloatingOnly(a, "hardsigmoid_cpu");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
            y = scope.Keep(DivScalar(ClampRaw(AddScalar(a, 3), 0, 6), 6));
        RecordHardsigmoid(y, a);
        return y;
    }

    /// <summary>x min(max(x + 3, 0), 6) / 6 (HardswishBackward0).</summary>
    public static Tensor Hardswish(Tensor a)
    {
        FloatingOnly(a, "hardswish_cpu");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
            y = scope.Keep(DivScalar(Mul(a, ClampRaw(AddScalar(a, 3), 0, 6)), 6));
        RecordHardswish(y, a);
        return y;
    }

    /// <summary>d hardswish / dx: x/3 + 1/2 (differentiable) strictly inside (-3, 3), its constant value at the ends, 0 below, 1 above.</summary>
    internal static Tensor HardswishSlope(Tensor x)
    {
        var lin = AddScalar(DivScalar(x, 3), 0.5);
        Tensor inside, outside;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
        {
            inside = scope.Keep(BoolBinary(CompareScalar(CompareOp.Gt, x, -3), CompareScalar(CompareOp.Lt, x, 3), isAdd: false));
            outside = scope.Keep(Where(CompareScalar(CompareOp.Lt, x, -3), Tensor.Zeros([], x.DType),
                Where(CompareScalar(CompareOp.Gt, x, 3), Tensor.Scalar(1, x.DType), lin)));
        }
        return Where(inside, lin, outside);
    }

    /// <summary>x where x &gt; 0, else alpha expm1(x / alpha) (CeluBackward0).</summary>
    public static Tensor Celu(Tensor a, double alpha = 1.0)
    {
        FloatingOnly(a, "elu_cpu");
        if (alpha == 0) throw NativeGradException.Arg("ZeroDivisionError: alpha cannot be 0 for CELU");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
            y = scope.Keep(Where(CompareScalar(CompareOp.Gt, a, 0), a, MulScalar(Expm1(MulScalar(a, 1 / alpha)), alpha)));
        RecordCelu(y, a, alpha);
        return y;
    }

    /// <summary>d celu / dx: 1 where x &gt;= 0, else e^(x / alpha).</summary>
    internal static Tensor CeluSlope(Tensor x, double alpha)
    {
        var pos = CompareScalar(CompareOp.Ge, x, 0);
        using var one = Tensor.Scalar(1, x.DType);
        return Where(pos, one, Exp(MulScalar(x, 1 / alpha)));
    }

    public static Tensor Hardsigmoid_(Tensor self) => InPlace(self, null, true, Hardsigmoid);
    public static Tensor Hardswish_(Tensor self) => InPlace(self, null, true, Hardswish);
    public static Tensor Celu_(Tensor self, double alpha = 1.0) => InPlace(self, null, true, s => Celu(s, alpha));
}
