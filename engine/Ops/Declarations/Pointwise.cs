using NativeGrad.Kernels;
using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Pointwise ops: arithmetic, math functions and their scalar forms. Each method is one op (see
// OpAttribute): its attribute is the schema, its parameters what the derivative reads, its body
// the derivative, written with differentiable ops so that create_graph gives every order.
internal static partial class Derivatives
{
    /// <summary>Elementwise sum with broadcasting.</summary>
    [Op("add.Tensor(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Add(Tensor grad) => [grad, grad];

    /// <summary>Elementwise difference with broadcasting.</summary>
    [Op("sub.Tensor(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Sub(Tensor grad, Needs needs) => [grad, needs[1] ? F.Neg(grad) : null];

    /// <summary>Elementwise product with broadcasting.</summary>
    // x * x: both gradients are the same product, so it is computed once (one pass less each way).
    [Op("mul.Tensor(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Mul(Tensor grad, Tensor self, Tensor other, Needs needs, OpNode node)
        => node.SameInputs(0, 1) && needs[0] && needs[1] ? Twice(F.Mul(grad, self))
            : [needs[0] ? F.Mul(grad, other) : null, needs[1] ? F.Mul(grad, self) : null];

    /// <summary>Elementwise true division with broadcasting.</summary>
    [Op("div.Tensor(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Div(Tensor grad, Tensor self, Tensor other, Needs needs)
        => [needs[0] ? F.Div(grad, other) : null,
            needs[1] ? F.Neg(F.Div(F.Mul(grad, self), F.Mul(other, other))) : null];

    /// <summary>a / b where b != 0, else 0 (the masked division the norm's derivative needs).</summary>
    [Op("div_no_nan(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] DivNoNan(Tensor grad, Tensor self, Tensor other, Needs needs)
        => [needs[0] ? F.DivNoNan(grad, other) : null,
            needs[1] ? F.Neg(F.DivNoNan(F.Mul(grad, self), F.Mul(other, other))) : null];

    /// <summary>Negation.</summary>
    [Op("neg(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Neg(Tensor grad) => F.Neg(grad);

    /// <summary>self + other with a scalar other.</summary>
    [Op("add.Scalar(Tensor self, Scalar other) -> Tensor", Node = "AddBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor AddScalar(Tensor grad) => grad;

    /// <summary>self - other with a scalar other.</summary>
    [Op("sub.Scalar(Tensor self, Scalar other) -> Tensor", Node = "SubBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor SubScalar(Tensor grad) => grad;

    /// <summary>other - self with a scalar other.</summary>
    [Op("rsub.Scalar(Tensor self, float other) -> Tensor", Node = "RsubBackward1", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor RSubScalar(Tensor grad) => F.Neg(grad);

    /// <summary>self * other with a scalar other.</summary>
    [Op("mul.Scalar(Tensor self, Scalar other) -> Tensor", Node = "MulBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor MulScalar(Tensor grad, double other) => F.MulScalar(grad, other);

    /// <summary>self / other with a scalar other.</summary>
    [Op("div.Scalar(Tensor self, Scalar other) -> Tensor", Node = "DivBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor DivScalar(Tensor grad, double other) => F.DivScalar(grad, other);

    /// <summary>self ** exponent with a scalar exponent.</summary>
    [Op("pow.Tensor_Scalar(Tensor self, float exponent) -> Tensor", Node = "PowBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor PowScalar(Tensor grad, Tensor self, double exponent)
        => exponent == 0 ? Tensor.Zeros(grad._shape, self._dtype) : F.Mul(grad, F.MulScalar(F.PowScalar(self, exponent - 1), exponent));

    /// <summary>self ** exponent with a tensor exponent.</summary>
    [Op("pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor", Node = "PowBackward1", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Pow(Tensor grad, Tensor self, Tensor exponent, Tensor result, Needs needs)
        => [needs[0] ? F.Mul(grad, F.Mul(exponent, F.Pow(self, F.SubScalar(exponent, 1)))) : null,
            needs[1] ? F.Mul(grad, F.Mul(result, F.Log(self))) : null];

    /// <summary>self ** exponent with a scalar base.</summary>
    [Op("pow.Scalar(Scalar self, Tensor exponent) -> Tensor", Node = "PowBackward1", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] RPowScalar(Tensor grad, Tensor result, double self)
        => [null, F.Mul(grad, F.MulScalar(result, Math.Log(self)))];

    /// <summary>1 / x.</summary>
    [Op("reciprocal(Tensor self) -> Tensor", Kernel = typeof(ReciprocalOp<>), InPlace = true)]
    internal static Tensor Reciprocal(Tensor grad, Tensor result) => F.Neg(F.Mul(grad, F.Mul(result, result)));

    /// <summary>e^x.</summary>
    [Op("exp(Tensor self) -> Tensor", Kernel = typeof(ExpOp<>), InPlace = true)]
    internal static Tensor Exp(Tensor grad, Tensor result) => F.Mul(grad, result);

    /// <summary>e^x - 1, accurate for x near 0.</summary>
    [Op("expm1(Tensor self) -> Tensor", Kernel = typeof(Expm1Op<>), InPlace = true)]
    internal static Tensor Expm1(Tensor grad, Tensor result) => F.Mul(grad, F.AddScalar(result, 1));

    /// <summary>log(1 + x), accurate for x near 0.</summary>
    [Op("log1p(Tensor self) -> Tensor", Node = "Log1PBackward0", Kernel = typeof(Log1pOp<>), InPlace = true)]
    internal static Tensor Log1p(Tensor grad, Tensor self) => F.Div(grad, F.AddScalar(self, 1));

    /// <summary>self * log(other), 0 where self is 0 (unless other is NaN).</summary>
    // d/dself = log(other), 0 where self is 0 and other &lt;= 0 (PyTorch 1.13's formula); d/dother = self / other.
    [Op("xlogy.Tensor(Tensor self, Tensor other) -> Tensor", Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Xlogy(Tensor grad, Tensor self, Tensor other, Needs needs)
    {
        Tensor? gs = null;
        if (needs[0])
        {
            using var zero = Tensor.Zeros([], grad.DType);
            var both = F.Mul(F.CompareScalar(CompareOp.Eq, self, 0), F.CompareScalar(CompareOp.Le, other, 0));
            gs = F.Where(both, zero, F.Xlogy(grad, other));
        }
        return [gs, needs[1] ? F.Div(F.Mul(grad, self), other) : null];
    }

    /// <summary>Tangent.</summary>
    [Op("tan(Tensor self) -> Tensor", Kernel = typeof(TanOp<>), InPlace = true)]
    internal static Tensor Tan(Tensor grad, Tensor result) => F.Mul(grad, F.AddScalar(F.Mul(result, result), 1));

    /// <summary>Inverse sine (NaN outside [-1, 1]).</summary>
    [Op("asin(Tensor self) -> Tensor", Kernel = typeof(AsinOp<>), InPlace = true)]
    internal static Tensor Asin(Tensor grad, Tensor self) => F.Div(grad, F.Sqrt(F.RSubScalar(F.Mul(self, self), 1)));

    /// <summary>Inverse cosine (NaN outside [-1, 1]).</summary>
    [Op("acos(Tensor self) -> Tensor", Kernel = typeof(AcosOp<>), InPlace = true)]
    internal static Tensor Acos(Tensor grad, Tensor self) => F.Neg(F.Div(grad, F.Sqrt(F.RSubScalar(F.Mul(self, self), 1))));

    /// <summary>Inverse tangent.</summary>
    [Op("atan(Tensor self) -> Tensor", Kernel = typeof(AtanOp<>), InPlace = true)]
    internal static Tensor Atan(Tensor grad, Tensor self) => F.Div(grad, F.AddScalar(F.Mul(self, self), 1));

    /// <summary>Hyperbolic sine.</summary>
    [Op("sinh(Tensor self) -> Tensor", Kernel = typeof(SinhOp<>), InPlace = true)]
    internal static Tensor Sinh(Tensor grad, Tensor self) => F.Mul(grad, F.Cosh(self));

    /// <summary>Hyperbolic cosine.</summary>
    [Op("cosh(Tensor self) -> Tensor", Kernel = typeof(CoshOp<>), InPlace = true)]
    internal static Tensor Cosh(Tensor grad, Tensor self) => F.Mul(grad, F.Sinh(self));

    /// <summary>Inverse hyperbolic sine.</summary>
    [Op("asinh(Tensor self) -> Tensor", Kernel = typeof(AsinhOp<>), InPlace = true)]
    internal static Tensor Asinh(Tensor grad, Tensor self) => F.Div(grad, F.Sqrt(F.AddScalar(F.Mul(self, self), 1)));

    /// <summary>Inverse hyperbolic cosine (NaN below 1).</summary>
    [Op("acosh(Tensor self) -> Tensor", Kernel = typeof(AcoshOp<>), InPlace = true)]
    internal static Tensor Acosh(Tensor grad, Tensor self) => F.Div(grad, F.Sqrt(F.SubScalar(F.Mul(self, self), 1)));

    /// <summary>Inverse hyperbolic tangent (±inf at ±1, NaN outside [-1, 1]).</summary>
    [Op("atanh(Tensor self) -> Tensor", Kernel = typeof(AtanhOp<>), InPlace = true)]
    internal static Tensor Atanh(Tensor grad, Tensor self) => F.Div(grad, F.RSubScalar(F.Mul(self, self), 1));

    /// <summary>2^x.</summary>
    [Op("exp2(Tensor self) -> Tensor", Kernel = typeof(Exp2Op<>), InPlace = true)]
    internal static Tensor Exp2(Tensor grad, Tensor result) => F.Mul(grad, F.MulScalar(result, Math.Log(2)));

    /// <summary>The normalized sinc sin(pi x) / (pi x), 1 at 0.</summary>
    // d/dx = (pi x cos(pi x) - sin(pi x)) / (pi x^2), defined as 0 at x = 0 (PyTorch's formula, also at second order).
    [Op("sinc(Tensor self) -> Tensor", Kernel = typeof(SincOp<>), InPlace = true)]
    internal static Tensor Sinc(Tensor grad, Tensor self) => F.Mul(grad, F.SincSlope(self));

    /// <summary>Base-2 logarithm.</summary>
    [Op("log2(Tensor self) -> Tensor", Kernel = typeof(Log2Op<>), InPlace = true)]
    internal static Tensor Log2(Tensor grad, Tensor self) => F.Div(grad, F.MulScalar(self, Math.Log(2)));

    /// <summary>Base-10 logarithm.</summary>
    [Op("log10(Tensor self) -> Tensor", Kernel = typeof(Log10Op<>), InPlace = true)]
    internal static Tensor Log10(Tensor grad, Tensor self) => F.Div(grad, F.MulScalar(self, Math.Log(10)));

    /// <summary>1 / sqrt(x).</summary>
    [Op("rsqrt(Tensor self) -> Tensor", Kernel = typeof(RsqrtOp<>), InPlace = true)]
    internal static Tensor Rsqrt(Tensor grad, Tensor result) => F.MulScalar(F.Mul(grad, F.Mul(result, F.Mul(result, result))), -0.5);

    /// <summary>Natural logarithm.</summary>
    [Op("log(Tensor self) -> Tensor", Kernel = typeof(LogOp<>), InPlace = true)]
    internal static Tensor Log(Tensor grad, Tensor self) => F.Div(grad, self);

    /// <summary>Square root.</summary>
    [Op("sqrt(Tensor self) -> Tensor", Kernel = typeof(SqrtOp<>), InPlace = true)]
    internal static Tensor Sqrt(Tensor grad, Tensor result) => F.Div(grad, F.MulScalar(result, 2));

    /// <summary>Absolute value.</summary>
    [Op("abs(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Abs(Tensor grad, Tensor self) => F.Mul(grad, F.Sign(self));

    /// <summary>Sine.</summary>
    // g cos(x): one fused pass unless create_graph records PyTorch's Mul/Cos graph.
    [Op("sin(Tensor self) -> Tensor", Kernel = typeof(SinOp<>))]
    internal static Tensor Sin(Tensor grad, Tensor self) => F.SinGrad(grad, self);

    /// <summary>Cosine.</summary>
    [Op("cos(Tensor self) -> Tensor", Kernel = typeof(CosOp<>))]
    internal static Tensor Cos(Tensor grad, Tensor self) => F.CosGrad(grad, self);

    /// <summary>Hyperbolic tangent, precise near 0.</summary>
    [Op("tanh(Tensor self) -> Tensor", Kernel = typeof(TanhOp<>), InPlace = true)]
    internal static Tensor Tanh(Tensor grad, Tensor result) => F.TanhBackward(grad, result);

    /// <summary>Logistic sigmoid 1 / (1 + e^-x).</summary>
    [Op("sigmoid(Tensor self) -> Tensor", Kernel = typeof(SigmoidOp<>), InPlace = true)]
    internal static Tensor Sigmoid(Tensor grad, Tensor result) => F.SigmoidBackward(grad, result);

    /// <summary>max(x, 0).</summary>
    [Op("relu(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Relu(Tensor grad, Tensor result) => F.ThresholdBackward(grad, result);

    /// <summary>Clamps into [min, max]; either bound may be absent, not both.</summary>
    [Op("clamp(Tensor self, float? min=None, float? max=None) -> Tensor", Node = "ClampBackward1", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Clamp(Tensor grad, Tensor self, double? min, double? max) => F.ClampBackwardFormula(grad, self, min, max);

    /// <summary>tanh's backward grad * (1 - y^2), a row of its own so that it is differentiable again.</summary>
    // d/dg = 1 - y^2; d/dy = -2 g y.
    [Op("tanh_backward(Tensor grad_output, Tensor output) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] TanhBackward(Tensor grad, Tensor grad_output, Tensor output, Needs needs)
        => [needs[0] ? F.TanhBackward(grad, output) : null,
            needs[1] ? F.Mul(F.MulScalar(F.Mul(grad, grad_output), -2), output) : null];

    /// <summary>sigmoid's backward grad * y * (1 - y).</summary>
    // d/dg = y (1 - y); d/dy = g (1 - 2y).
    [Op("sigmoid_backward(Tensor grad_output, Tensor output) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] SigmoidBackward(Tensor grad, Tensor grad_output, Tensor output, Needs needs)
        => [needs[0] ? F.SigmoidBackward(grad, output) : null,
            needs[1] ? F.Mul(F.Mul(grad, grad_output), F.RSubScalar(F.MulScalar(output, 2), 1)) : null];

    /// <summary>relu's backward: grad where x &gt; 0, else 0.</summary>
    // The mask is piecewise constant in x: no gradient flows to x.
    [Op("threshold_backward(Tensor grad_output, Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] ThresholdBackward(Tensor grad, Tensor self) => [F.ThresholdBackward(grad, self), null];

    /// <summary>A copy that stays in the graph.</summary>
    [Op("clone(Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor Clone(Tensor grad) => grad;

    /// <summary>The copy AccumulateGrad makes of a first gradient under create_graph (dst is undefined).</summary>
    [Op("copy_grad(Tensor? dst, Tensor self) -> Tensor", Node = "CopyBackwards", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] CopyGrad(Tensor grad) => [null, grad];

    /// <summary>Conversion between floating dtypes.</summary>
    [Op("_to_copy(Tensor self, ScalarType dtype) -> Tensor", Node = "ToCopyBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor ToDtype(Tensor grad, DType selfType) => F.To(grad, selfType);

    /// <summary>One gradient for two inputs that were the same tensor (the engine adds it into the shared edge twice).</summary>
    private static Tensor?[] Twice(Tensor g) => [g, g];
}
