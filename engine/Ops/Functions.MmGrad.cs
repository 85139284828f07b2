namespace NativeGrad.Ops;

// The gradients of a matrix product, laid out like the factor they belong to (as PyTorch's
// mm_mat1_backward / mm_mat2_backward do): for a column-major (transposed) factor, such as the
// weight^T of Linear, the product is computed transposed, so the gradient reaching the
// underlying tensor is contiguous and accumulates without a strided copy.
internal static partial class Functions
{
    /// <summary>True when the saved factor is a 2-D column-major tensor (the transpose of a
    /// contiguous matrix). Only its layout is wanted: a factor modified in place since (which
    /// the plain formula would never unpack) counts as not column-major rather than failing.</summary>
    internal static bool SavedColumnMajor(SavedTensor saved, Node owner)
    {
        Tensor t;
        try { t = saved.Unpack(owner); }
        catch (NativeGradException) { return false; }
        return t.Dim == 2 && t._shape[0] > 1 && t._shape[1] > 1 && t._strides[0] == 1 && t._strides[1] == t._shape[0];
    }

    /// <summary>d(mat1 @ mat2)/d mat1 for the incoming gradient g: g @ mat2^T.</summary>
    internal static Tensor MmGradMat1(Tensor g, Tensor mat2, bool mat1ColumnMajor) =>
        mat1ColumnMajor ? T(Mm(mat2, T(g))) : Mm(g, T(mat2));

    /// <summary>d(mat1 @ mat2)/d mat2 for the incoming gradient g: mat1^T @ g.</summary>
    internal static Tensor MmGradMat2(Tensor g, Tensor mat1, bool mat2ColumnMajor) =>
        mat2ColumnMajor ? T(Mm(T(g), mat1)) : Mm(T(mat1), g);
}
