using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// max/min (over all elements, or over a dim with indices), maximum/minimum, where, gather and
// scatter_add (the latter two are the backward of max over a dim and of each other).
internal static unsafe partial class Functions
{
    /// <summary>The work dtype of max/min: bool runs as int64 and converts back.</summary>
    private static DType ExtremeWork(DType d) => d == DType.Bool ? DType.Int64 : d;

    /// <summary>max (or min) of all elements (MaxBackward1 / MinBackward1).</summary>
    public static Tensor MaxAll(Tensor a, bool max = true)
    {
        a.CheckAlive();
        string name = max ? "max" : "min";
        if (a.Numel == 0)
            throw NativeGradException.Arg($"{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        var v = ExtremeAll(a, max, []);
        if (max) RecordMaxAll(v, a);
        else RecordMinAll(v, a);
        return v;
    }

    /// <summary>max (or min) over dim: (values, int64 indices of the first extreme) (MaxBackward0 / MinBackward0).</summary>
    public static (Tensor Values, Tensor Indices) MaxDim(Tensor a, int dim, bool keepdim, bool max = true)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        if (a.Dim > 0 && a._shape[d] == 0)
            throw NativeGradException.Index($"{(max ? "max" : "min")}(): Expected reduction dim {d} to have non-zero size.");
        var (v, idx) = ExtremeRaw(a, d, keepdim, max);
        if (max) RecordMaxDim(v, idx, a, d, keepdim);
        else RecordMinDim(v, idx, a, d, keepdim);
        return (v, idx);
    }

    /// <summary>The max (or min) of all elements, shaped <paramref name="shape"/> (one element).</summary>
    private static Tensor ExtremeAll(Tensor a, bool max, int[] shape)
    {
        if (a.IsContiguous && a._dtype.IsFloating())
        {
            var y = Tensor.Empty(shape, a._dtype);
            if (a._dtype == DType.Float32) *y.DataPtr<float>() = Extreme.Of(a.DataPtr<float>(), a.Numel, max);
            else *y.DataPtr<double>() = Extreme.Of(a.DataPtr<double>(), a.Numel, max);
            return y;
        }
        using var c = CastRaw(a, a._dtype);
        using var flat = c.Alias([checked((int)a.Numel)], [1], 0);
        var (v, i) = ExtremeRaw(flat, 0, keepdim: false, max);
        i.Dispose();
        if (shape.Length == 0) return v;
        using (v) return CastRaw(v.Reshape(shape.Select(s => (long)s).ToArray()), v._dtype);
    }

    private static (Tensor, Tensor) ExtremeRaw(Tensor a, int d, bool keepdim, bool max)
    {
        var t = ExtremeWork(a._dtype);
        var x = ContiguousAs(a, t);
        try
        {
            var (outer, n, inner) = Split(a._shape, d);
            var outShape = a.Dim == 0 ? [] : ReducedShape(a._shape, [d], keepdim);
            var v = Tensor.Empty(outShape, t);
            var idx = Tensor.Empty(outShape, DType.Int64);
            switch (t)
            {
                case DType.Float32: AlongDim.ArgExtreme(x.DataPtr<float>(), v.DataPtr<float>(), idx.DataPtr<long>(), outer, n, inner, max); break;
                case DType.Float64: AlongDim.ArgExtreme(x.DataPtr<double>(), v.DataPtr<double>(), idx.DataPtr<long>(), outer, n, inner, max); break;
                default: AlongDim.ArgExtreme(x.DataPtr<long>(), v.DataPtr<long>(), idx.DataPtr<long>(), outer, n, inner, max); break;
            }
            if (a._dtype == DType.Bool) { var b = CastRaw(v, DType.Bool); v.Dispose(); v = b; }
            return (v, idx);
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    /// <summary>Max over all: the gradient is shared evenly by the elements equal to the result.</summary>
    internal static Tensor EvenlyDistribute(Tensor grad, Tensor x, Tensor result)
    {
        using var mask = CastRaw(Compare(CompareOp.Eq, x, result), grad._dtype);
        using var count = SumRaw(mask, ReduceDims(mask, []), false);
        return Mul(mask, Div(grad, count));
    }

    /// <summary>max/min over a dim: the gradient goes to the selected element (indices with the reduced dim kept).</summary>
    internal static Tensor IndexGradient(Tensor grad, int[] inputShape, Tensor indices, int dim, bool keepdim)
    {
        if (inputShape.Length == 0) return grad;
        var idx = KeptDims(indices, inputShape, [dim], keepdim);
        return ScatterAdd(Tensor.Zeros(inputShape, grad._dtype), dim, idx, KeptDims(grad, inputShape, [dim], keepdim));
    }

    // ---- maximum / minimum ---------------------------------------------------------------------

    public static Tensor Maximum(Tensor a, Tensor b)
    {
        var y = MapBinary<MaxOp<float>, MaxOp<double>, MaxOp<long>>(a, b, ExtremeResult(a, b, "maximum"));
        RecordMaximum(y, a, b);
        return y;
    }

    public static Tensor Minimum(Tensor a, Tensor b)
    {
        var y = MapBinary<MinOp<float>, MinOp<double>, MinOp<long>>(a, b, ExtremeResult(a, b, "minimum"));
        RecordMinimum(y, a, b);
        return y;
    }

    private static DType ExtremeResult(Tensor a, Tensor b, string op)
    {
        var t = ResultType(a, b);
        if (t == DType.Bool) throw NativeGradException.DType($"\"{op}_cpu\" not implemented for 'Bool'");
        return t;
    }

    /// <summary>Gradients of maximum (or minimum): each side gets its share (ties split in half).</summary>
    internal static Tensor?[] ExtremeBackward(Tensor grad, Tensor a, Tensor b, Needs needs, bool max)
    {
        var t = grad._dtype;
        Tensor Share(Tensor x, Tensor y) => max
            ? MapBinary<MaxGradShareOp<float>, MaxGradShareOp<double>, MaxGradShareOp<long>>(x, y, t)
            : MapBinary<MinGradShareOp<float>, MinGradShareOp<double>, MinGradShareOp<long>>(x, y, t);
        return [needs[0] ? Mul(grad, Share(a, b)) : null, needs[1] ? Mul(grad, Share(b, a)) : null];
    }

    // ---- where -----------------------------------------------------------------------------------

    /// <summary>where(cond, a, b): a where cond, else b, all broadcast together (WhereBackward0).</summary>
    public static Tensor Where(Tensor cond, Tensor a, Tensor b)
    {
        cond.CheckAlive(); a.CheckAlive(); b.CheckAlive();
        if (cond._dtype != DType.Bool)
            throw NativeGradException.DType($"where expected condition to be a boolean tensor, but got a tensor with dtype {TypeName(cond._dtype)}");
        var t = ResultType(a, b);
        var shape = Shape.Broadcast(Shape.Broadcast(cond._shape, a._shape), b._shape);
        var y = Tensor.Empty(shape, t);
        using (var c = Broadcasted(cond, shape, DType.Bool))
        using (var x = Broadcasted(a, shape, t))
        using (var z = Broadcasted(b, shape, t))
        {
            long n = y.Numel;
            byte* cp = c.DataPtr<byte>();
            // Select by element size: the bits are copied, whatever the dtype.
            switch (t.ItemSize())
            {
                case 8: Select(cp, (long*)x.Ptr, (long*)z.Ptr, (long*)y.Ptr, n); break;
                case 4: Select(cp, (int*)x.Ptr, (int*)z.Ptr, (int*)y.Ptr, n); break;
                default: Select(cp, (byte*)x.Ptr, (byte*)z.Ptr, (byte*)y.Ptr, n); break;
            }
        }
        RecordWhere(y, cond, a, b);
        return y;
    }

    private static void Select<T>(byte* c, T* a, T* b, T* y, long n) where T : unmanaged
    {
        for (long i = 0; i < n; i++) y[i] = c[i] != 0 ? a[i] : b[i];
    }

    /// <summary>A contiguous copy of x broadcast to shape, converted to t.</summary>
    private static Tensor Broadcasted(Tensor x, int[] shape, DType t)
    {
        using var view = x.Alias(shape, BroadcastStrides(x, shape), x._offset);
        return CastRaw(view, t);
    }

    // ---- gather / scatter_add ----------------------------------------------------------------------

    private static void CheckIndex(Tensor a, int d, Tensor index, string op, bool sameSizes)
    {
        index.CheckAlive();
        if (index._dtype != DType.Int64) throw NativeGradException.DType($"{op}(): Expected dtype int64 for index");
        if (index.Dim != a.Dim && !(index.Dim <= 1 && a.Dim <= 1))
            throw NativeGradException.Shape($"Index tensor must have the same number of dimensions as {(op == "gather" ? "input" : "self")} tensor");
        for (int i = 0; i < index.Dim && sameSizes; i++)
            if (i != d && index._shape[i] > a._shape[i])
                throw NativeGradException.Shape(
                    $"Size does not match at dimension {i} expected index {Shape.Str(index._shape)} to be smaller than self {Shape.Str(a._shape)} apart from dimension {d}");
    }

    /// <summary>A contiguous int64 copy of index (index itself when it already is one) whose every value
    /// is in [0, size) — checked before any memory is touched (negatives are out of range, as PyTorch).</summary>
    internal static Tensor CheckedIndex(Tensor index, long size, Func<long, NativeGradException> error)
    {
        var ic = ContiguousAs(index, DType.Int64);
        if (Indexed.FirstOutOfRange(ic.DataPtr<long>(), ic.Numel, size) is { } bad)
        {
            if (!ReferenceEquals(ic, index)) ic.Dispose();
            throw error(bad);
        }
        return ic;
    }

    private static NativeGradException OutOfBounds(long v, int d, long size) =>
        NativeGradException.Arg($"index {v} is out of bounds for dimension {d} with size {size}");

    /// <summary>gather(a, dim, index): out[..i..] = a[.. index[..i..] ..] along dim (GatherBackward0).</summary>
    public static Tensor Gather(Tensor a, int dim, Tensor index)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        CheckIndex(a, d, index, "gather", sameSizes: true);
        long size = a.Dim == 0 ? 1 : a._shape[d];
        var ic = CheckedIndex(index, size, v => OutOfBounds(v, d, size));
        var x = ContiguousAs(a, a._dtype);
        var y = Tensor.Empty(index._shape, a._dtype);
        try
        {
            long* ip = ic.DataPtr<long>();
            // The bits are moved, whatever the dtype.
            switch (a._dtype.ItemSize())
            {
                case 8: Indexed.Gather((long*)x.Ptr, a._shape, ip, index._shape, d, (long*)y.Ptr); break;
                case 4: Indexed.Gather((int*)x.Ptr, a._shape, ip, index._shape, d, (int*)y.Ptr); break;
                default: Indexed.Gather((byte*)x.Ptr, a._shape, ip, index._shape, d, (byte*)y.Ptr); break;
            }
        }
        finally
        {
            if (!ReferenceEquals(x, a)) x.Dispose();
            if (!ReferenceEquals(ic, index)) ic.Dispose();
        }
        RecordGather(y, a, d, index);
        return y;
    }

    /// <summary>scatter_add(a, dim, index, src): a copy of a with src[..i..] added at a[.. index[..i..] ..] (ScatterAddBackward0).</summary>
    public static Tensor ScatterAdd(Tensor a, int dim, Tensor index, Tensor src)
    {
        a.CheckAlive(); src.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        CheckIndex(a, d, index, "scatter_add", sameSizes: true);
        for (int i = 0; i < index.Dim; i++)
            if (index._shape[i] > src._shape[i])
                throw NativeGradException.Shape($"Expected index {Shape.Str(index._shape)} to be smaller than src {Shape.Str(src._shape)} apart from dimension {d}");
        if (a._dtype != src._dtype)
            throw NativeGradException.DType($"scatter(): Expected self.dtype to be equal to src.dtype");
        if (src.Dim != index.Dim && !(index.Dim <= 1 && src.Dim <= 1))
            throw NativeGradException.Shape("Index tensor must have the same number of dimensions as src tensor");
        long size = a.Dim == 0 ? 1 : a._shape[d];
        var ic = CheckedIndex(index, size, v => OutOfBounds(v, d, size));
        var y = CastRaw(a, a._dtype);
        try
        {
            // src may be larger than index: only its leading index-shaped block is used.
            using var view = src.Alias(index._shape, src.Dim == index.Dim ? src._strides : Shape.ContiguousStrides(index._shape), src._offset, track: false);
            using var s = CastRaw(view, src._dtype);
            long* ip = ic.DataPtr<long>();
            switch (a._dtype)
            {
                case DType.Float32: Indexed.ScatterAdd(y.DataPtr<float>(), a._shape, ip, index._shape, d, s.DataPtr<float>()); break;
                case DType.Float64: Indexed.ScatterAdd(y.DataPtr<double>(), a._shape, ip, index._shape, d, s.DataPtr<double>()); break;
                case DType.Int64: Indexed.ScatterAdd(y.DataPtr<long>(), a._shape, ip, index._shape, d, s.DataPtr<long>()); break;
                default: throw NativeGradException.DType("\"scatter_add\" not implemented for 'Bool'");
            }
        }
        catch
        {
            y.Dispose();
            throw;
        }
        finally { if (!ReferenceEquals(ic, index)) ic.Dispose(); }
        RecordScatterAdd(y, a, d, index, src);
        return y;
    }
}
