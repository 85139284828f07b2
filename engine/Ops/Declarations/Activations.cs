using NativeGrad.Kernels;
using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Activations of nn beyond the pointwise math: erf, GELU (exact and tanh-approximated), SiLU, and
// their fused backward ops (declared, so that every order of create_graph works).
internal static partial class Derivatives
{
    /// <summary>The error function erf(x) = 2/sqrt(pi) times the integral of e^{-t^2} from 0 to x.</summary>
    [Op("erf(Tensor self) -> Tensor", Kernel = typeof(ErfOp<>), InPlace = true)]
    internal static Tensor Erf(Tensor grad, Tensor self)
        => F.Mul(grad, F.MulScalar(F.Exp(F.Neg(F.Mul(self, self))), 1.1283791670955126));

    /// <summary>GELU x Φ(x); approximate 0 is exact (erf), 1 the tanh approximation.</summary>
    [Op("gelu(Tensor self, int approximate=0) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, Batch = BatchRule.Broadcast)]
    internal static Tensor Gelu(Tensor grad, Tensor self, int approximate) => F.GeluBackward(grad, self, approximate);

    /// <summary>GELU's backward: grad times GELU's derivative at self.</summary>
    [Op("gelu_backward(Tensor grad_output, Tensor self, int approximate) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] GeluBackward(Tensor grad, Tensor grad_output, Tensor self, int approximate, Needs needs)
        => [needs[0] ? F.GeluBackward(grad, self, approximate) : null,
            needs[1] ? F.Mul(F.Mul(grad, grad_output), F.GeluSecondDerivative(self, approximate)) : null];

    /// <summary>SiLU (swish) x σ(x).</summary>
    [Op("silu(Tensor self) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor Silu(Tensor grad, Tensor self) => F.SiluBackward(grad, self);

    /// <summary>SiLU's backward: grad σ(x) (1 + x (1 - σ(x))).</summary>
    [Op("silu_backward(Tensor grad_output, Tensor self) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] SiluBackward(Tensor grad, Tensor grad_output, Tensor self, Needs needs)
    {
        // d/dx silu'(x) = σ (1 - σ) (2 + x (1 - 2σ)).
        Tensor? second = null;
        if (needs[1])
        {
            var s = F.Sigmoid(self);
            second = F.Mul(F.Mul(s, F.RSubScalar(s, 1)), F.AddScalar(F.Mul(self, F.RSubScalar(F.MulScalar(s, 2), 1)), 2));
        }
        return [needs[0] ? F.SiluBackward(grad, self) : null, second is null ? null : F.Mul(F.Mul(grad, grad_output), second)];
    }
}

// LeakyReLU, ELU and Softplus: forwards in Functions.Activations.cs. Their derivatives multiply grad
// by a slope computed from self (differentiable in self where it is not piecewise constant), so
// create_graph gives every order.
internal static partial class Derivatives
{
    /// <summary>LeakyReLU: x where x &gt; 0, else negative_slope x.</summary>
    [Op("leaky_relu(Tensor self, float negative_slope=0.01) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor LeakyRelu(Tensor grad, Tensor self, double negative_slope)
        => F.Mul(grad, F.Slope(self, negative_slope));

    /// <summary>ELU: x where x &gt; 0, else alpha (e^x - 1).</summary>
    [Op("elu(Tensor self, float alpha=1.0) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Elu(Tensor grad, Tensor self, double alpha)
    {
        var pos = F.CompareScalar(CompareOp.Gt, self, 0);
        using var one = Tensor.Scalar(1, grad.DType);
        return F.Mul(grad, F.Where(pos, one, F.MulScalar(F.Exp(self), alpha)));
    }

    /// <summary>Softplus: log(1 + e^(beta x)) / beta, and x itself where beta x &gt; threshold.</summary>
    [Op("softplus(Tensor self, float beta=1.0, float threshold=20.0) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Softplus(Tensor grad, Tensor self, double beta, double threshold)
    {
        var linear = F.CompareScalar(CompareOp.Gt, F.MulScalar(self, beta), threshold);
        using var one = Tensor.Scalar(1, grad.DType);
        return F.Mul(grad, F.Where(linear, one, F.Sigmoid(F.MulScalar(self, beta))));
    }
}
