using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Mish, SELU (PyTorch records it as ELU with a scale: EluBackward0), Hardtanh (ReLU6 is
// hardtanh(0, 6)) and logit (issue 10). Forwards in Functions.MoreActivations.cs; the derivatives
// are differentiable compositions, so create_graph gives every order.
internal static partial class Derivatives
{
    /// <summary>Mish: x tanh(softplus(x)).</summary>
    [Op("mish(Tensor self) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Mish(Tensor grad, Tensor self) => F.Mul(grad, F.MishSlope(self));

    /// <summary>SELU: scale x where x &gt; 0, else scale alpha (e^x - 1), with PyTorch's alpha and scale.</summary>
    [Op("selu(Tensor self) -> Tensor", Node = "EluBackward0", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Selu(Tensor grad, Tensor self) => F.Mul(grad, F.SeluSlope(self));

    /// <summary>Hardtanh: x clamped to [min_val, max_val] (ReLU6 is hardtanh(0, 6)).</summary>
    [Op("hardtanh(Tensor self, float min_val=-1, float max_val=1) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Hardtanh(Tensor grad, Tensor self, double min_val, double max_val)
        => F.Mul(grad, F.HardtanhSlope(self, min_val, max_val));

    /// <summary>log(z / (1 - z)) with z = x clamped to [eps, 1 - eps] when eps is given.</summary>
    [Op("logit(Tensor self, float? eps=None) -> Tensor")]
    internal static Tensor Logit(Tensor grad, Tensor self, double? eps) => F.LogitBackward(grad, self, eps);

    /// <summary>log(sigmoid(x)), computed as min(x, 0) - log1p(e^-|x|): stable for large |x|.</summary>
    [Op("log_sigmoid(Tensor self) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, Batch = BatchRule.Broadcast)]
    internal static Tensor LogSigmoid(Tensor grad, Tensor self) => F.Mul(grad, F.Sigmoid(F.Neg(self)));

    /// <summary>Hardsigmoid: relu6(x + 3) / 6.</summary>
    // The slope is 1/6 strictly inside (-3, 3), else 0; piecewise constant, so every higher derivative is 0. PyTorch's
    // kernel multiplies by the float32 constant 1.0f / 6.0f in every dtype: so does this one (the same float64 bits).
    [Op("hardsigmoid(Tensor self) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor Hardsigmoid(Tensor grad, Tensor self) => F.Mul(grad, F.MulScalar(F.HardtanhSlope(self, -3, 3), 1f / 6f));

    /// <summary>Hardswish: x relu6(x + 3) / 6.</summary>
    // The slope x/3 + 1/2 on [-3, 3], 0 below and 1 above; its derivative 1/3 strictly inside (as PyTorch's).
    [Op("hardswish(Tensor self) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor Hardswish(Tensor grad, Tensor self) => F.Mul(grad, F.HardswishSlope(self));

    /// <summary>CELU: x where x &gt; 0, else alpha (e^(x/alpha) - 1).</summary>
    // The slope 1 where x &gt;= 0, else e^(x/alpha) (the same value at 0; PyTorch's second derivative there is 0).
    [Op("celu(Tensor self, float alpha=1.0) -> Tensor", Expose = Expose.Function | Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor Celu(Tensor grad, Tensor self, double alpha) => F.Mul(grad, F.CeluSlope(self, alpha));
}
