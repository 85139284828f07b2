using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Forwards of the ops declared in Declarations/Rounding.cs and of LeakyReLU, ELU and Softplus
// (Declarations/Activations.cs). The activations and tril/triu are compositions of existing kernels
// run outside autograd and recorded as one node each (PyTorch's node names); the rounding ops have
// their own operator structs (Kernels/Operators.Rounding.cs).
internal static unsafe partial class Functions
{
    /// <summary>Integral tensors are returned as copies by the rounding ops (as PyTorch does); bool is refused.</summary>
    private static Tensor Rounded<TF, TD>(Tensor a, string name) where TF : IUnaryOp<float> where TD : IUnaryOp<double>
    {
        a.CheckAlive();
        if (a._dtype == DType.Bool) throw NativeGradException.DType($"\"{name}_cpu\" not implemented for 'Bool'");
        return a._dtype.IsFloating() ? MapUnary<TF, TD>(a, a._dtype) : CastRaw(a, a._dtype);
    }

    public static Tensor Floor(Tensor a) { var y = Rounded<FloorOp<float>, FloorOp<double>>(a, "floor"); RecordFloor(y, a); return y; }

    public static Tensor Ceil(Tensor a) { var y = Rounded<CeilOp<float>, CeilOp<double>>(a, "ceil"); RecordCeil(y, a); return y; }

    public static Tensor Round(Tensor a) { var y = Rounded<RoundOp<float>, RoundOp<double>>(a, "round"); RecordRound(y, a); return y; }

    public static Tensor Trunc(Tensor a) { var y = Rounded<TruncOp<float>, TruncOp<double>>(a, "trunc"); RecordTrunc(y, a); return y; }

    /// <summary>x - trunc(x); integral and bool tensors are refused, as PyTorch does.</summary>
    public static Tensor Frac(Tensor a)
    {
        FloatingOnly(a, "frac_cpu");
        var y = MapUnary<FracOp<float>, FracOp<double>>(a, a._dtype);
        RecordFrac(y, a);
        return y;
    }

    // In place: the result is written into self (its derivative is zero, so nothing is saved).
    public static Tensor Floor_(Tensor self) => InPlace(self, null, false, Floor);
    public static Tensor Ceil_(Tensor self) => InPlace(self, null, false, Ceil);
    public static Tensor Round_(Tensor self) => InPlace(self, null, false, Round);
    public static Tensor Trunc_(Tensor self) => InPlace(self, null, false, Trunc);
    public static Tensor Sign_(Tensor self) => InPlace(self, null, false, Sign);
    public static Tensor Frac_(Tensor self) => InPlace(self, null, false, Frac);

    /// <summary>-1, 0 or 1 in a's dtype (NaN stays NaN, bool is copied).</summary>
    public static Tensor Sign(Tensor a)
    {
        a.CheckAlive();
        Tensor y;
        if (a._dtype.IsFloating()) y = MapUnary<SignOp<float>, SignOp<double>>(a, a._dtype);
        else if (a._dtype == DType.Bool) y = CastRaw(a, DType.Bool);
        else
        {
            using var _ = GradMode.Set(false);
            using var pos = CompareScalar(CompareOp.Gt, a, 0);
            using var neg = CompareScalar(CompareOp.Lt, a, 0);
            using var p = CastRaw(pos, a._dtype);
            using var n = CastRaw(neg, a._dtype);
            y = Sub(p, n);
        }
        RecordSign(y, a);
        return y;
    }

    public static Tensor Atan2(Tensor self, Tensor other)
    {
        var y = MapFloatBinary<Atan2Op<float>, Atan2Op<double>>(self, other);
        RecordAtan2(y, self, other);
        return y;
    }

    public static Tensor Tril(Tensor a, int diagonal) { var y = Triangle(a, diagonal, lower: true); RecordTril(y, a, diagonal); return y; }

    public static Tensor Triu(Tensor a, int diagonal) { var y = Triangle(a, diagonal, lower: false); RecordTriu(y, a, diagonal); return y; }

    /// <summary>a where column - row is &lt;= diagonal (lower) or &gt;= diagonal (upper) in the last two dims, else 0.</summary>
    private static Tensor Triangle(Tensor a, int diagonal, bool lower)
    {
        a.CheckAlive();
        if (a.Dim < 2) throw NativeGradException.Arg($"{(lower ? "tril" : "triu")}: input tensor must have at least 2 dimensions");
        int rows = a._shape[^2], cols = a._shape[^1];
        using var _ = GradMode.Set(false);
        using var r = Tensor.Arange(0, rows);
        using var rc = r.View(rows, 1);
        using var c = Tensor.Arange(0, cols);
        using var diff = Sub(c, rc);
        using var keep = CompareScalar(lower ? CompareOp.Le : CompareOp.Ge, diff, diagonal);
        using var zero = Tensor.Zeros([], a._dtype);
        return Where(keep, a, zero);
    }

    private static void FloatingOnly(Tensor a, string kernel)
    {
        a.CheckAlive();
        if (!a._dtype.IsFloating()) throw NativeGradException.DType($"\"{kernel}\" not implemented for '{a._dtype.ScalarName()}'");
    }

    public static Tensor LeakyRelu(Tensor a, double negativeSlope)
    {
        FloatingOnly(a, "leaky_relu_cpu");
        Tensor y;
        using (GradMode.Set(false))
        {
            using var slope = Slope(a, negativeSlope);
            y = Mul(a, slope);
        }
        RecordLeakyRelu(y, a, negativeSlope);
        return y;
    }

    /// <summary>1 where a &gt; 0, else negativeSlope, in a's dtype (LeakyReLU's slope; a constant of the graph).</summary>
    internal static Tensor Slope(Tensor a, double negativeSlope)
    {
        using var _ = GradMode.Set(false);
        using var pos = CompareScalar(CompareOp.Gt, a, 0);
        using var one = Tensor.Scalar(1, a._dtype);
        using var s = Tensor.Scalar(negativeSlope, a._dtype);
        return Where(pos, one, s);
    }

    public static Tensor Elu(Tensor a, double alpha)
    {
        FloatingOnly(a, "elu_cpu");
        Tensor y;
        using (GradMode.Set(false))
        {
            using var pos = CompareScalar(CompareOp.Gt, a, 0);
            using var e = Expm1(a);
            using var neg = MulScalar(e, alpha);
            y = Where(pos, a, neg);
        }
        RecordElu(y, a, alpha);
        return y;
    }

    public static Tensor Softplus(Tensor a, double beta, double threshold)
    {
        FloatingOnly(a, "softplus_cpu");
        Tensor y;
        using (GradMode.Set(false))
        {
            using var bx = MulScalar(a, beta);
            using var linear = CompareScalar(CompareOp.Gt, bx, threshold);
            using var e = Exp(bx);
            using var l = Log1p(e);
            using var soft = DivScalar(l, beta);
            y = Where(linear, a, soft);
        }
        RecordSoftplus(y, a, beta, threshold);
        return y;
    }
}
