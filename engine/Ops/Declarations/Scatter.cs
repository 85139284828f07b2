using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// masked_select and scatter (issue 10). Forwards in Functions.Scatter.cs.
internal static partial class Derivatives
{
    /// <summary>The elements of self where the bool mask is True (self and mask broadcast together), as a 1-D tensor.</summary>
    [Op("masked_select(Tensor self, BoolTensor mask) -> Tensor")]
    internal static Tensor MaskedSelect(Tensor grad, int[] selfShape, Tensor mask) => F.MaskedSelectBackward(grad, selfShape, mask);

    /// <summary>A copy of self with src[..i..] written at self[.. index[..i..] ..] along dim (of duplicate positions the last one wins).</summary>
    [Op("scatter.src(Tensor self, int dim, IntTensor index, Tensor src) -> Tensor", Node = "ScatterBackward0", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor?[] Scatter(Tensor grad, int dim, Tensor index, Needs needs)
        => [needs[0] ? F.ScatterValue(grad, dim, index, 0) : null, needs[1] ? F.Gather(grad, dim, index) : null];

    /// <summary>A copy of self with value written at self[.. index[..i..] ..] along dim.</summary>
    [Op("scatter.value(Tensor self, int dim, IntTensor index, float value) -> Tensor", Node = "ScatterBackward1", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor ScatterValue(Tensor grad, int dim, Tensor index) => F.ScatterValue(grad, dim, index, 0);
}
