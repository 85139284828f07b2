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
