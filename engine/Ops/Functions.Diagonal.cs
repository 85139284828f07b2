namespace NativeGrad.Ops;

// Forwards of Declarations/Diagonals.cs: diagonal is a view (strides of the two dims added), the
// others copy through it outside autograd and record one node each.
internal static partial class Functions
{
    /// <summary>The diagonal of dims d1, d2 (wrapped, distinct) at offset as the last dim of a view, unrecorded.</summary>
    private static Tensor DiagonalView(Tensor a, int offset, int d1, int d2)
    {
        long len = offset >= 0 ? Math.Min((long)a._shape[d1], (long)a._shape[d2] - offset)
                               : Math.Min((long)a._shape[d1] + offset, a._shape[d2]);
        len = Math.Max(len, 0);
        long start = a._offset;
        // An empty diagonal keeps the offset, so that it never points past the storage (as PyTorch).
        if (len > 0) start += offset >= 0 ? (long)offset * a._strides[d2] : -(long)offset * a._strides[d1];
        var shape = new List<int>(); var strides = new List<int>();
        for (int i = 0; i < a.Dim; i++)
            if (i != d1 && i != d2) { shape.Add(a._shape[i]); strides.Add(a._strides[i]); }
        shape.Add((int)len);
        strides.Add(Shape.ToSize((long)a._strides[d1] + a._strides[d2], "the stride of this diagonal"));
        return ViewOf(a, shape.ToArray(), strides.ToArray(), start);
    }

    /// <summary>The diagonal of dims dim1, dim2 at offset, as the last dim of a view (DiagonalBackward0).</summary>
    public static Tensor Diagonal(Tensor a, int offset = 0, int dim1 = 0, int dim2 = 1)
    {
        a.CheckAlive();
        int d1 = Shape.WrapDim(dim1, a.Dim), d2 = Shape.WrapDim(dim2, a.Dim);
        if (d1 == d2) throw NativeGradException.Arg($"diagonal dimensions cannot be identical {dim1}, {dim2}");
        var y = DiagonalView(a, offset, d1, d2);
        RecordDiagonal(y, a, offset, d1, d2);
        return y;
    }

    /// <summary>Gradient of diagonal: zeros of <paramref name="inputSizes"/> with g on the diagonal.</summary>
    public static Tensor DiagonalBackward(Tensor g, int[] inputSizes, int offset, int dim1, int dim2)
    {
        var z = Tensor.Zeros(inputSizes, g._dtype);
        using (var part = DiagonalView(z, offset, dim1, dim2)) CopyStrided(part, g);
        RecordDiagonalBackward(z, g, inputSizes, offset, dim1, dim2);
        return z;
    }

    /// <summary>A vector as the diagonal of a square matrix, or a copy of a matrix's diagonal (DiagBackward0).</summary>
    public static Tensor Diag(Tensor a, int diagonal = 0)
    {
        a.CheckAlive();
        Tensor y;
        if (a.Dim == 1)
        {
            int n = Shape.ToSize(a._shape[0] + Math.Abs((long)diagonal), "diag's matrix size");
            y = Tensor.Zeros([n, n], a._dtype);
            using var part = DiagonalView(y, diagonal, 0, 1);
            CopyStrided(part, a);
        }
        else if (a.Dim == 2)
        {
            using var part = DiagonalView(a, diagonal, 0, 1);
            y = CastRaw(part, a._dtype);
        }
        else throw NativeGradException.Arg("matrix or a vector expected");
        RecordDiag(y, a, diagonal);
        return y;
    }

    /// <summary>The sum of a matrix's main diagonal; integral matrices sum to int64 (TraceBackward0).</summary>
    public static Tensor Trace(Tensor a)
    {
        a.CheckAlive();
        if (a.Dim != 2) throw NativeGradException.Arg($"trace: expected a matrix, but got tensor with dim {a.Dim}");
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"trace\" not implemented for 'Bool'");
        Tensor y;
        using (var d = DiagonalView(a, 0, 0, 1)) y = SumRaw(d, [0], false);
        RecordTrace(y, a);
        return y;
    }
}
