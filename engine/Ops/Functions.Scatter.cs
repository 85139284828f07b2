using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Forwards of Declarations/Scatter.cs: masked_select gathers through advanced indexing outside
// autograd; scatter copies self and writes the selected positions (Kernels/Indexed.Scatter).
internal static unsafe partial class Functions
{
    /// <summary>The elements of a where mask is True (a and mask broadcast together), 1-D (MaskedSelectBackward0).</summary>
    public static Tensor MaskedSelect(Tensor a, Tensor mask)
    {
        a.CheckAlive(); mask.CheckAlive();
        if (mask._dtype != DType.Bool) throw NativeGradException.Arg("masked_select: expected BoolTensor or ByteTensor for mask");
        var shape = Shape.Broadcast(a._shape, mask._shape);
        Tensor y;
        using (GradMode.Set(false))
        {
            using var ab = Expand(a, shape);
            using var mb = Expand(mask, shape);
            y = IndexTensors(ab, [mb]);
        }
        RecordMaskedSelect(y, a, mask);
        return y;
    }

    /// <summary>masked_select's gradient: grad put at the mask's True positions of zeros of the broadcast shape
    /// (the engine sums it back to self's shape).</summary>
    internal static Tensor MaskedSelectBackward(Tensor grad, int[] selfShape, Tensor mask)
    {
        var shape = Shape.Broadcast(selfShape, mask._shape);
        using var z = Tensor.Zeros(shape, grad._dtype);
        using var mb = Expand(mask, shape);
        return IndexPut(z, [mb], grad, false);
    }

    /// <summary>A copy of a with src[..i..] written at a[.. index[..i..] ..] along dim (ScatterBackward0).</summary>
    public static Tensor Scatter(Tensor a, int dim, Tensor index, Tensor src)
    {
        a.CheckAlive(); src.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        CheckIndex(a, d, index, "scatter", sameSizes: true);
        if (src.Dim != index.Dim && !(index.Dim <= 1 && src.Dim <= 1))
            throw NativeGradException.Shape("Index tensor must have the same number of dimensions as src tensor");
        for (int i = 0; i < index.Dim; i++)
            if (index._shape[i] > src._shape[i])
                throw NativeGradException.Shape($"Expected index {Shape.Str(index._shape)} to be smaller than src {Shape.Str(src._shape)} apart from dimension {d}");
        if (a._dtype != src._dtype) throw NativeGradException.DType("scatter(): Expected self.dtype to be equal to src.dtype");
        // src may be larger than index: only its leading index-shaped block is used.
        using var view = src.Alias(index._shape, src.Dim == index.Dim ? src._strides : Shape.ContiguousStrides(index._shape), src._offset, track: false);
        using var s = CastRaw(view, src._dtype);
        var y = ScatterRaw(a, d, index, s);
        RecordScatter(y, a, d, index, src);
        return y;
    }

    /// <summary>A copy of a with value written at a[.. index[..i..] ..] along dim (ScatterBackward1).</summary>
    public static Tensor ScatterValue(Tensor a, int dim, Tensor index, double value)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        CheckIndex(a, d, index, "scatter", sameSizes: true);
        using var s = Tensor.Full(index._shape, value, a._dtype);
        var y = ScatterRaw(a, d, index, s);
        RecordScatterValue(y, a, d, index, value);
        return y;
    }

    public static Tensor Scatter_(Tensor self, int dim, Tensor index, Tensor src) => InPlace(self, src, false, s => Scatter(s, dim, index, src));

    public static Tensor ScatterValue_(Tensor self, int dim, Tensor index, double value) => InPlace(self, null, false, s => ScatterValue(s, dim, index, value));

    /// <summary>A contiguous copy of a with the index-shaped contiguous s written at the selected positions (bits moved).</summary>
    private static Tensor ScatterRaw(Tensor a, int d, Tensor index, Tensor s)
    {
        long size = a.Dim == 0 ? 1 : a._shape[d];
        var ic = CheckedIndex(index, size, v => OutOfBounds(v, d, size));
        var y = CastRaw(a, a._dtype);
        try
        {
            long* ip = ic.DataPtr<long>();
            switch (a._dtype.ItemSize())
            {
                case 8: Indexed.Scatter((long*)y.Ptr, a._shape, ip, index._shape, d, (long*)s.Ptr); break;
                case 4: Indexed.Scatter((int*)y.Ptr, a._shape, ip, index._shape, d, (int*)s.Ptr); break;
                default: Indexed.Scatter((byte*)y.Ptr, a._shape, ip, index._shape, d, (byte*)s.Ptr); break;
            }
        }
        finally { if (!ReferenceEquals(ic, index)) ic.Dispose(); }
        return y;
    }
}
