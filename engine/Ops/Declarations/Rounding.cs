using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Rounding and sign (piecewise constant: zero derivative, as PyTorch's), the angle atan2, and the
// triangular parts tril/triu (whose derivative is the same part of grad). Forwards are in
// Functions.Rounding.cs: integral tensors keep their dtype, as in PyTorch.
internal static partial class Derivatives
{
    /// <summary>Largest integral value not greater than x (integral tensors are copied).</summary>
    [Op("floor(Tensor self) -> Tensor", InPlace = true)]
    internal static Tensor Floor(Tensor grad) => grad.ZerosLike();

    /// <summary>Smallest integral value not less than x (integral tensors are copied).</summary>
    [Op("ceil(Tensor self) -> Tensor", InPlace = true)]
    internal static Tensor Ceil(Tensor grad) => grad.ZerosLike();

    /// <summary>Nearest integral value, halves to even (integral tensors are copied).</summary>
    [Op("round(Tensor self) -> Tensor", InPlace = true)]
    internal static Tensor Round(Tensor grad) => grad.ZerosLike();

    /// <summary>Integral part, rounding toward zero (integral tensors are copied).</summary>
    [Op("trunc(Tensor self) -> Tensor", InPlace = true)]
    internal static Tensor Trunc(Tensor grad) => grad.ZerosLike();

    /// <summary>The fractional part x - trunc(x), with x's sign (floating tensors only).</summary>
    [Op("frac(Tensor self) -> Tensor", InPlace = true, Batch = BatchRule.Broadcast)]
    internal static Tensor Frac(Tensor grad) => grad;

    /// <summary>-1, 0 or 1 by the sign of x (NaN stays NaN; bool tensors are copied).</summary>
    [Op("sign(Tensor self) -> Tensor", InPlace = true)]
    internal static Tensor Sign(Tensor grad) => grad.ZerosLike();

    /// <summary>The angle of the point (other, self) in radians, in [-pi, pi], elementwise with broadcasting.</summary>
    [Op("atan2(Tensor self, Tensor other) -> Tensor")]
    internal static Tensor?[] Atan2(Tensor grad, Tensor self, Tensor other, Needs needs)
    {
        var r2 = F.Add(F.Mul(self, self), F.Mul(other, other));
        return [needs[0] ? F.Div(F.Mul(grad, other), r2) : null, needs[1] ? F.Neg(F.Div(F.Mul(grad, self), r2)) : null];
    }

    /// <summary>The lower triangle of the last two dims: elements with column - row &lt;= diagonal, others 0.</summary>
    [Op("tril(Tensor self, int diagonal=0) -> Tensor")]
    internal static Tensor Tril(Tensor grad, int diagonal) => F.Tril(grad, diagonal);

    /// <summary>The upper triangle of the last two dims: elements with column - row &gt;= diagonal, others 0.</summary>
    [Op("triu(Tensor self, int diagonal=0) -> Tensor")]
    internal static Tensor Triu(Tensor grad, int diagonal) => F.Triu(grad, diagonal);
}
