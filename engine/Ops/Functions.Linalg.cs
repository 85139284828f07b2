using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Matrix products. Strided (transposed) operands go to the kernel as they are.
internal static unsafe partial class Functions
{
    private static string TypeName(DType d) => d.ScalarName();

    private static void SameFloatType(Tensor a, Tensor b)
    {
        if (a._dtype != b._dtype)
            throw NativeGradException.DType($"expected scalar type {TypeName(a._dtype)} but found {TypeName(b._dtype)} (dtypes {a._dtype.TorchName()} and {b._dtype.TorchName()})");
        if (!a._dtype.IsFloating())
            throw NativeGradException.DType($"matrix products are implemented for float32 and float64, got {a._dtype.TorchName()}");
    }

    /// <summary>y = a * b, plus <paramref name="rowBias"/> (n contiguous values of y's dtype, or null) on every row.</summary>
    private static void GemmInto(Tensor a, Tensor b, Tensor y, int m, int k, int n, int sa0, int sa1, int sb0, int sb1, Tensor? rowBias = null)
    {
        if (y.Numel == 0) return;
        if (k == 0 && rowBias is null) { Fill.Contiguous(y.Ptr, y.Numel, y._dtype, 0); return; }
        if (y._dtype == DType.Float32)
            Gemm.Run(a.DataPtr<float>(), sa0, sa1, b.DataPtr<float>(), sb0, sb1, y.DataPtr<float>(), m, k, n,
                rowBias is null ? null : rowBias.DataPtr<float>());
        else
            Gemm.Run(a.DataPtr<double>(), sa0, sa1, b.DataPtr<double>(), sb0, sb1, y.DataPtr<double>(), m, k, n,
                rowBias is null ? null : rowBias.DataPtr<double>());
    }

    public static Tensor Mm(Tensor a, Tensor b) => Mm(a, b, null);

    /// <summary>a @ b, with a row bias (see <see cref="GemmInto"/>) added in the product's write-back.</summary>
    private static Tensor Mm(Tensor a, Tensor b, Tensor? rowBias)
    {
        a.CheckAlive(); b.CheckAlive();
        if (a.Dim != 2) throw NativeGradException.Shape($"self must be a matrix (got a {a.Dim}-D tensor of shape {Shape.Str(a._shape)})");
        if (b.Dim != 2) throw NativeGradException.Shape($"mat2 must be a matrix (got a {b.Dim}-D tensor of shape {Shape.Str(b._shape)})");
        if (a._shape[1] != b._shape[0])
            throw NativeGradException.Shape($"mat1 and mat2 shapes cannot be multiplied ({a._shape[0]}x{a._shape[1]} and {b._shape[0]}x{b._shape[1]})");
        SameFloatType(a, b);
        int m = a._shape[0], k = a._shape[1], n = b._shape[1];
        var y = Tensor.Empty([m, n], a._dtype);
        GemmInto(a, b, y, m, k, n, a._strides[0], a._strides[1], b._strides[0], b._strides[1], rowBias);
        RecordMm(y, a, b);
        return y;
    }

    /// <summary>Matrix-vector product.</summary>
    public static Tensor Mv(Tensor a, Tensor v)
    {
        a.CheckAlive(); v.CheckAlive();
        if (a.Dim != 2 || v.Dim != 1 || a._shape[1] != v._shape[0])
            throw NativeGradException.Shape($"size mismatch, got input ({Shape.Str(a._shape)}), vec ({Shape.Str(v._shape)})");
        SameFloatType(a, v);
        int m = a._shape[0], k = a._shape[1];
        var y = Tensor.Empty([m], a._dtype);
        GemmInto(a, v, y, m, k, 1, a._strides[0], a._strides[1], v._strides[0], 1);
        RecordMv(y, a, v);
        return y;
    }

    public static Tensor Dot(Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        if (a.Dim != 1 || b.Dim != 1)
            throw NativeGradException.Shape($"1D tensors expected, but got {a.Dim}D and {b.Dim}D tensors");
        if (a._shape[0] != b._shape[0])
            throw NativeGradException.Shape(
                $"inconsistent tensor size, expected tensor [{a._shape[0]}] and src [{b._shape[0]}] to have the same number of elements, but got {a._shape[0]} and {b._shape[0]} elements respectively");
        if (a._dtype != b._dtype)
            throw NativeGradException.DType($"dot : expected both vectors to have same dtype, but found {TypeName(a._dtype)} and {TypeName(b._dtype)}");
        SameFloatType(a, b);
        var y = Tensor.Empty([], a._dtype);
        GemmInto(a, b, y, 1, a._shape[0], 1, 0, a._strides[0], b._strides[0], 1);
        RecordDot(y, a, b);
        return y;
    }

    /// <summary>Batched matrix product of [B, n, k] and [B, k, m].</summary>
    public static Tensor Bmm(Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        if (a.Dim != 3 || b.Dim != 3)
            throw NativeGradException.Shape($"batch1 and batch2 must be 3D tensors (got shapes {Shape.Str(a._shape)} and {Shape.Str(b._shape)})");
        if (a._shape[0] != b._shape[0] || a._shape[2] != b._shape[1])
            throw NativeGradException.Shape($"Expected size for first two dimensions of batch2 tensor to be: [{a._shape[0]}, {a._shape[2]}] but got: [{b._shape[0]}, {b._shape[1]}] (shapes {Shape.Str(a._shape)} and {Shape.Str(b._shape)})");
        SameFloatType(a, b);
        int batch = a._shape[0], n = a._shape[1], k = a._shape[2], m = b._shape[2];
        var y = Tensor.Empty([batch, n, m], a._dtype);
        int isz = a._dtype.ItemSize();
        for (int i = 0; i < batch; i++)
        {
            using var ai = a.Alias([n, k], [a._strides[1], a._strides[2]], a._offset + (long)i * a._strides[0], track: false);
            using var bi = b.Alias([k, m], [b._strides[1], b._strides[2]], b._offset + (long)i * b._strides[0], track: false);
            using var yi = y.Alias([n, m], [m, 1], (long)i * n * m, track: false);
            GemmInto(ai, bi, yi, n, k, m, ai._strides[0], ai._strides[1], bi._strides[0], bi._strides[1]);
        }
        RecordBmm(y, a, b);
        return y;
    }

    /// <summary>torch.matmul: dot, mv, mm, and batched products with broadcast batch dims.</summary>
    public static Tensor Matmul(Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        if (a.Dim == 0 || b.Dim == 0)
            throw NativeGradException.Shape($"both arguments to matmul need to be at least 1D, but they are {a.Dim}D and {b.Dim}D");
        if (a.Dim == 1 && b.Dim == 1) return Dot(a, b);
        if (a.Dim == 2 && b.Dim == 2) return Mm(a, b);
        if (a.Dim == 2 && b.Dim == 1) return Mv(a, b);
        if (a.Dim == 1 && b.Dim == 2)
        {
            if (a._shape[0] != b._shape[0])
                throw NativeGradException.Shape($"mat1 and mat2 shapes cannot be multiplied (1x{a._shape[0]} and {b._shape[0]}x{b._shape[1]})");
            using var u = Unsqueeze(a, 0);
            using var p = Mm(u, b);
            return SqueezeInPlace(p, 0);
        }
        // Batched: promote 1-D operands to matrices, broadcast the batch dims, run bmm.
        using var scope = new TensorScope();
        var x = a.Dim == 1 ? Unsqueeze(a, 0) : a;
        var w = b.Dim == 1 ? Unsqueeze(b, 1) : b;
        int n = x._shape[^2], k = x._shape[^1], k2 = w._shape[^2], m = w._shape[^1];
        if (k != k2)
            throw NativeGradException.Shape($"Expected size for first two dimensions of batch2 tensor to be: [*, {k}] but got: [*, {k2}] (shapes {Shape.Str(a._shape)} and {Shape.Str(b._shape)})");
        var batch = Shape.Broadcast(x._shape[..^2], w._shape[..^2]);
        int bsz = (int)Shape.Numel(batch);
        Tensor result;
        if (w.Dim == 2)
        {
            // Fold the batch into rows: one matrix product (as PyTorch does).
            var rows = Reshape(Expand(x, [.. batch, n, k]), [bsz * n, k]);
            result = Reshape(Mm(rows, w), [.. batch, n, m]);
        }
        else
        {
            var xb = Reshape(Expand(x, [.. batch, n, k]), [bsz, n, k]);
            var wb = Reshape(Expand(w, [.. batch, k, m]), [bsz, k, m]);
            result = Reshape(Bmm(xb, wb), [.. batch, n, m]);
        }
        if (a.Dim == 1) result = SqueezeInPlace(result, -2);
        if (b.Dim == 1) result = SqueezeInPlace(result, -1);
        return scope.Keep(result);
    }
}
