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
}
