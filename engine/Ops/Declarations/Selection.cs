using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Selecting ops: masked_fill, sorting and top-k (their gradient goes back to the selected
// positions), the arg-extremes and nonzero (indices, not differentiable), and the ops that cut a
// tensor into views (unbind, split), whose nodes have one output per piece. sort/argsort's torch.*
// functions are hand-written (_ops_extra.py): the generated function passes keyword-only
// arguments positionally.
internal static partial class Derivatives
{
    /// <summary>self with value written where mask is True (self and mask broadcast together).</summary>
    [Op("masked_fill(Tensor self, BoolTensor mask, float value) -> Tensor", Node = "MaskedFillBackward0", Batch = BatchRule.Broadcast)]
    internal static Tensor MaskedFill(Tensor grad, Tensor mask) => F.MaskedFill(grad, mask, 0);

    /// <summary>self with a 0-dim tensor value written where mask is True; the value's gradient is the masked sum.</summary>
    [Op("masked_fill.Tensor(Tensor self, BoolTensor mask, Tensor value) -> Tensor", Node = "MaskedFillBackward1", Forward = "MaskedFill", Expose = Expose.C)]
    internal static Tensor?[] MaskedFillTensor(Tensor grad, Tensor mask, Needs needs)
        => [needs[0] ? F.MaskedFill(grad, mask, 0) : null, needs[1] ? F.MaskedSum(grad, mask) : null];

    /// <summary>The values sorted along dim (NaN greatest; stable: equal values keep their order) and their indices.</summary>
    [Op("sort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> (Tensor values, Tensor indices)", Expose = Expose.Method | Expose.C)]
    internal static Tensor Sort(Tensor grad, int[] selfShape, Tensor indices, int dim) => F.IndexGradient(grad, selfShape, indices, dim, keepdim: true);

    /// <summary>The indices that sort self along dim (as sort's indices).</summary>
    [Op("argsort(Tensor self, int dim=-1, bool descending=False, *, bool stable=False) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor? ArgSort() => null;

    /// <summary>The k largest (or smallest) values along dim and their indices.</summary>
    [Op("topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)")]
    internal static Tensor TopK(Tensor grad, int[] selfShape, Tensor indices, int dim) => F.IndexGradient(grad, selfShape, indices, dim, keepdim: true);

    /// <summary>The index of the largest value (of the flattened tensor when dim is None; first of ties, NaN largest).</summary>
    [Op("argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor")]
    internal static Tensor? ArgMax() => null;

    /// <summary>The index of the smallest value (of the flattened tensor when dim is None; first of ties, NaN smallest).</summary>
    [Op("argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor")]
    internal static Tensor? ArgMin() => null;

    /// <summary>The indices of the non-zero elements, one row [n, ndim] per element, in row-major order.</summary>
    [Op("nonzero(Tensor self) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor? Nonzero() => null;

    /// <summary>The slices of self along dim, as views (a multi-output node).</summary>
    [Op("unbind(Tensor self, int dim=0) -> Tensor[]")]
    internal static Tensor Unbind(Tensor?[] grads, int dim, OpNode node) => F.UnbindBackward(grads, node, dim);

    /// <summary>Views of split_size elements along dim (the last may be shorter).</summary>
    [Op("split(Tensor self, int split_size, int dim=0) -> Tensor[]", Expose = Expose.Method | Expose.C)]
    internal static Tensor Split(Tensor?[] grads, int dim, OpNode node) => F.SplitBackward(grads, node, dim);

    /// <summary>Views of split_sizes[i] elements along dim.</summary>
    [Op("split_with_sizes(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]")]
    internal static Tensor SplitWithSizes(Tensor?[] grads, int dim, OpNode node) => F.SplitBackward(grads, node, dim);
}
