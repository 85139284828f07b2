using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Pointwise combinations tutorials and hand-written optimizers use (addcmul, addcdiv, lerp), one-sided
// clamps, and amax/amin (ties share the gradient evenly, unlike max(dim)). Forwards are in
// Functions.Combine.cs.
internal static partial class Derivatives
{
    /// <summary>self + value * tensor1 * tensor2, with broadcasting.</summary>
    [Op("addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, float value=1) -> Tensor")]
    internal static Tensor?[] Addcmul(Tensor grad, Tensor tensor1, Tensor tensor2, double value, Needs needs)
        => [needs[0] ? grad : null,
            needs[1] ? F.MulScalar(F.Mul(grad, tensor2), value) : null,
            needs[2] ? F.MulScalar(F.Mul(grad, tensor1), value) : null];

    /// <summary>self + value * tensor1 / tensor2, with broadcasting.</summary>
    [Op("addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, float value=1) -> Tensor")]
    internal static Tensor?[] Addcdiv(Tensor grad, Tensor tensor1, Tensor tensor2, double value, Needs needs)
        => [needs[0] ? grad : null,
            needs[1] ? F.MulScalar(F.Div(grad, tensor2), value) : null,
            needs[2] ? F.Neg(F.MulScalar(F.Div(F.Mul(grad, tensor1), F.Mul(tensor2, tensor2)), value)) : null];

    /// <summary>self + weight * (end - self) with a scalar weight.</summary>
    [Op("lerp.Scalar(Tensor self, Tensor end, float weight) -> Tensor", Node = "LerpBackward0")]
    internal static Tensor?[] Lerp(Tensor grad, double weight, Needs needs)
        => [needs[0] ? F.MulScalar(grad, 1 - weight) : null, needs[1] ? F.MulScalar(grad, weight) : null];

    /// <summary>max(self, min) elementwise.</summary>
    [Op("clamp_min(Tensor self, float min) -> Tensor", InPlace = true)]
    internal static Tensor ClampMin(Tensor grad, Tensor self, double min) => F.Mul(grad, F.CastRaw(F.CompareScalar(CompareOp.Ge, self, min), grad.DType));

    /// <summary>min(self, max) elementwise.</summary>
    [Op("clamp_max(Tensor self, float max) -> Tensor", InPlace = true)]
    internal static Tensor ClampMax(Tensor grad, Tensor self, double max) => F.Mul(grad, F.CastRaw(F.CompareScalar(CompareOp.Le, self, max), grad.DType));

    /// <summary>Largest values over dims (all dims when empty); ties share the gradient evenly.</summary>
    [Op("amax(Tensor self, int[] dim, bool keepdim=False) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Amax(Tensor grad, Tensor self, Tensor result, int[] dim, bool keepdim) => F.SharedExtremeGrad(grad, self, result, dim, keepdim);

    /// <summary>Smallest values over dims (all dims when empty); ties share the gradient evenly.</summary>
    [Op("amin(Tensor self, int[] dim, bool keepdim=False) -> Tensor", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor Amin(Tensor grad, Tensor self, Tensor result, int[] dim, bool keepdim) => F.SharedExtremeGrad(grad, self, result, dim, keepdim);
}
