using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Diagonals (issue 10): the view diagonal, its backward (zeros with the gradient on the diagonal),
// diag (vector to matrix, matrix to vector) and trace. Forwards in Functions.Diagonal.cs; the
// gradients' node names follow PyTorch 1.13 (diag of a vector differentiates through diag, of a
// matrix through diagonal_backward).
internal static partial class Derivatives
{
    /// <summary>The diagonal of dims dim1 and dim2 at offset (above the main one when positive), as the last dim of a view.</summary>
    [Op("diagonal(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor")]
    internal static Tensor Diagonal(Tensor grad, int[] selfShape, int offset, int dim1, int dim2)
        => F.DiagonalBackward(grad, selfShape, offset, dim1, dim2);

    /// <summary>diagonal's backward: zeros of input_sizes with grad on the diagonal.</summary>
    [Op("diagonal_backward(Tensor grad_output, int[] input_sizes, int offset, int dim1, int dim2) -> Tensor", Expose = Expose.None)]
    internal static Tensor DiagonalBackward(Tensor grad, int offset, int dim1, int dim2) => F.Diagonal(grad, offset, dim1, dim2);

    /// <summary>A 1-D tensor as the given diagonal of a square matrix (zeros elsewhere), or a copy of the given diagonal of a matrix.</summary>
    [Op("diag(Tensor self, int diagonal=0) -> Tensor")]
    internal static Tensor Diag(Tensor grad, int[] selfShape, int diagonal)
        => selfShape.Length == 1 ? F.Diag(grad, diagonal) : F.DiagonalBackward(grad, selfShape, diagonal, 0, 1);

    /// <summary>The sum of the main diagonal of a matrix (integral matrices sum to int64).</summary>
    // torch.trace is in _ops_more.py (the generated unary-op parity test feeds 1-D input to every generated torch.f(input)).
    [Op("trace(Tensor self) -> Tensor", Expose = Expose.Method | Expose.C)]
    internal static Tensor Trace(Tensor grad, int[] selfShape)
        => F.DiagonalBackward(F.Expand(grad, [Math.Min(selfShape[0], selfShape[1])]), selfShape, 0, 0, 1);
}
