using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// fmod and remainder (a tensor or a number as divisor; int64 exact), hypot, nan_to_num, nansum and
// clamp with tensor bounds. Forwards in Functions.MathExtras.cs.
internal static partial class Derivatives
{
    /// <summary>C's fmod elementwise with broadcasting: the remainder of the truncated division, with self's sign.</summary>
    // d/dother = -grad trunc(self / other); the quotient is piecewise constant (no gradient flows through it).
    [Op("fmod.Tensor(Tensor self, Tensor other) -> Tensor", Node = "FmodBackward1", Forward = "Fmod", Expose = Expose.CSharpMethod | Expose.C,
        InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] FmodTensor(Tensor grad, Tensor self, Tensor other, Needs needs)
        => [needs[0] ? grad : null, needs[1] ? F.Neg(F.Mul(grad, F.Quotient(self, other, floor: false))) : null];

    /// <summary>C's fmod by a number: the remainder of the truncated division, with self's sign.</summary>
    [Op("fmod.Scalar(Tensor self, Scalar other) -> Tensor", Node = "FmodBackward0", Forward = "Fmod", Expose = Expose.CSharpMethod | Expose.C,
        InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor FmodScalar(Tensor grad) => grad;

    /// <summary>Python's modulo elementwise with broadcasting: the remainder of the floor division, with other's sign.</summary>
    // d/dother = -grad floor(self / other).
    [Op("remainder.Tensor(Tensor self, Tensor other) -> Tensor", Node = "RemainderBackward1", Forward = "Remainder",
        Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] RemainderTensor(Tensor grad, Tensor self, Tensor other, Needs needs)
        => [needs[0] ? grad : null, needs[1] ? F.Neg(F.Mul(grad, F.Quotient(self, other, floor: true))) : null];

    /// <summary>Python's modulo by a number: the remainder of the floor division, with the number's sign.</summary>
    [Op("remainder.Scalar(Tensor self, Scalar other) -> Tensor", Node = "RemainderBackward0", Forward = "Remainder",
        Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor RemainderScalar(Tensor grad) => grad;

    /// <summary>sqrt(self^2 + other^2) elementwise with broadcasting, without overflow in between (floating results only).</summary>
    [Op("hypot(Tensor self, Tensor other) -> Tensor", InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Hypot(Tensor grad, Tensor self, Tensor other, Tensor result, Needs needs)
        => [needs[0] ? F.Div(F.Mul(grad, self), result) : null, needs[1] ? F.Div(F.Mul(grad, other), result) : null];

    /// <summary>self with NaN replaced by nan (default 0), +inf by posinf and -inf by neginf (default: the dtype's largest and lowest finite values).</summary>
    // The gradient passes where self is finite, 0 elsewhere.
    [Op("nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor", InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor NanToNum(Tensor grad, Tensor self) => F.Mul(grad, F.CastRaw(F.IsFinite(self), grad.DType));

    /// <summary>The sum over dims (all when empty) with NaN counted as 0; integral inputs sum to int64.</summary>
    [Op("nansum(Tensor self, int[] dim=[], bool keepdim=False) -> Tensor", Expose = Expose.CSharpMethod | Expose.C, Batch = BatchRule.Aware)]
    internal static Tensor Nansum(Tensor grad, Tensor self, int[] dim, bool keepdim) => F.NansumBackward(grad, self, dim, keepdim);

    /// <summary>Clamps into [min, max] with tensor bounds, broadcasting (either may be None, not both); where min &gt; max the result is max.</summary>
    // As PyTorch 1.13: self gets grad where min &lt;= self &lt;= max, min where self &lt; min (and min &lt; max),
    // max where self &gt; max (or max &lt; min); NaN anywhere gives the gradient to nobody.
    [Op("clamp.Tensor(Tensor self, Tensor? min, Tensor? max) -> Tensor", Node = "ClampBackward0", Forward = "Clamp",
        Expose = Expose.CSharpMethod | Expose.C, InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] ClampTensor(Tensor grad, Tensor self, Tensor? min, Tensor? max, Needs needs)
        => F.ClampTensorBackward(grad, self, min, max, needs[0], needs[1], needs[2]);
}
