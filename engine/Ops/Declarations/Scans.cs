using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Cumulative sums and products along a dim, and products over all elements or a dim. The product
// derivatives follow PyTorch: result / x where no input is zero, otherwise the zero-safe exclusive
// products (prefix and suffix cumprods), written with differentiable ops so gradgradcheck holds
// with zeros too. cumsum/cumprod's torch.* functions are hand-written (_ops_extra.py): the
// generated function passes keyword-only arguments positionally.
internal static partial class Derivatives
{
    /// <summary>Cumulative sum along dim (integral and bool inputs sum to int64 unless dtype says otherwise).</summary>
    [Op("cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor", Expose = Expose.Method | Expose.C, Batch = BatchRule.Aware)]
    internal static Tensor CumSum(Tensor grad, DType selfType, int dim) => F.CumSumBackward(grad, selfType, Batching.Dim(dim));

    /// <summary>Cumulative product along dim (integral and bool inputs multiply in int64 unless dtype says otherwise).</summary>
    [Op("cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor CumProd(Tensor grad, Tensor self, Tensor result, int dim) => F.CumProdBackward(grad, self, dim, result);

    /// <summary>Product of all elements.</summary>
    [Op("prod(Tensor self, *, ScalarType? dtype=None) -> Tensor", Expose = Expose.C)]
    internal static Tensor Prod(Tensor grad, Tensor self, Tensor result) => F.ProdBackward(grad, self, result);

    /// <summary>Product over dim.</summary>
    [Op("prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor", Node = "ProdBackward1", Expose = Expose.C)]
    internal static Tensor ProdDim(Tensor grad, Tensor self, Tensor result, int dim, bool keepdim) => F.ProdDimBackward(grad, self, result, dim, keepdim);
}
