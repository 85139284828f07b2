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
    [Op("roll(Tensor self, int[] shifts, int[]? dims=None) -> Tensor")]
    internal static Tensor Roll(Tensor grad, int[] shifts, int[]? dims) => F.Roll(grad, F.Negated(shifts), dims);

    /// <summary>Elements in reverse order along each of dims (a copy).</summary>
    [Op("flip(Tensor self, int[] dims) -> Tensor")]
    internal static Tensor Flip(Tensor grad, int[] dims) => F.Flip(grad, dims);
}
