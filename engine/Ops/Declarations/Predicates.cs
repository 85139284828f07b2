namespace NativeGrad.Ops;

// Tests of tensors: bool results, never differentiable. all/any reduce (NaN counts as True),
// isnan/isinf/isfinite classify, isclose compares within tolerances, equal answers one bool.
internal static partial class Derivatives
{
    /// <summary>True where every element (over dim, or all when dim is None) is non-zero.</summary>
    [Op("all(Tensor self, int? dim=None, bool keepdim=False) -> Tensor")]
    internal static Tensor? All() => null;

    /// <summary>True where any element (over dim, or all when dim is None) is non-zero.</summary>
    [Op("any(Tensor self, int? dim=None, bool keepdim=False) -> Tensor")]
    internal static Tensor? Any() => null;

    /// <summary>True where the element is NaN.</summary>
    [Op("isnan(Tensor self) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor? IsNan() => null;

    /// <summary>True where the element is +inf or -inf.</summary>
    [Op("isinf(Tensor self) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor? IsInf() => null;

    /// <summary>True where the element is neither NaN nor infinite.</summary>
    [Op("isfinite(Tensor self) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor? IsFinite() => null;

    /// <summary>True where |self - other| &lt;= atol + rtol * |other| (equal infinities are close; NaNs only with equal_nan).</summary>
    [Op("isclose(Tensor self, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> Tensor")]
    internal static Tensor? IsClose() => null;

    /// <summary>True when both tensors have the same shape and elements (NaN is never equal).</summary>
    [Op("equal(Tensor self, Tensor other) -> bool")]
    internal static Tensor? Equal() => null;
}
