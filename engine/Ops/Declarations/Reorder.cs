using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Ops that copy a tensor's elements into a new order or layout: repeat, roll, flip. Each backward
// is the op's own adjoint written with differentiable ops (sums over the copies, the opposite roll,
// the same flip), so create_graph gives every order.
internal static partial class Derivatives
{
    /// <summary>The tensor tiled repeats[d] times along each dim (leading repeats add new dims).</summary>
    [Op("repeat(Tensor self, int[] repeats) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor Repeat(Tensor grad, int[] selfShape, int[] repeats) => F.RepeatBackward(grad, selfShape, repeats);

    /// <summary>Elements shifted cyclically by shifts along dims (dims None: over the flattened tensor, shape kept).</summary>
    // Batched: a roll of the flattened tensor rolls each sample's flattened elements.
    [Op("roll(Tensor self, int[] shifts, int[]? dims=None) -> Tensor", Batch = BatchRule.Aware)]
    internal static Tensor Roll(Tensor grad, int[] shifts, int[]? dims)
        => dims is not { Length: > 0 } && Batching.On
            ? F.Reshape(F.Roll(F.Reshape(grad, [grad._shape[0], (int)Shape.Numel(grad._shape[1..])]), F.Negated(shifts), [1]), grad._shape)
            : F.Roll(grad, F.Negated(shifts), dims is null ? null : Batching.Dim(dims));

    /// <summary>Elements in reverse order along each of dims (a copy).</summary>
    [Op("flip(Tensor self, int[] dims) -> Tensor", Batch = BatchRule.Aware)]
    internal static Tensor Flip(Tensor grad, int[] dims) => F.Flip(grad, Batching.Dim(dims));
}
