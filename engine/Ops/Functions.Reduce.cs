using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Reductions: sum, mean and the 2-norm, over all elements or over dims.
internal static unsafe partial class Functions
{
    /// <summary>Wraps, sorts and de-duplicates reduction dims; empty means all dims.</summary>
    private static int[] ReduceDims(Tensor a, ReadOnlySpan<int> dims)
    {
        if (dims.Length == 0) return Enumerable.Range(0, a.Dim).ToArray();
        var r = new SortedSet<int>();
        foreach (int d in dims)
        {
            int w = Shape.WrapDim(d, a.Dim);
            if (!r.Add(w)) throw NativeGradException.Arg($"dim {w} appears multiple times in the list of dims");
        }
        return r.ToArray();
    }

    private static int[] ReducedShape(int[] shape, int[] dims, bool keepdim)
    {
        var r = new List<int>();
        for (int i = 0; i < shape.Length; i++)
            if (Array.IndexOf(dims, i) < 0) r.Add(shape[i]);
            else if (keepdim) r.Add(1);
        return r.ToArray();
    }

    /// <summary>The raw sum kernel over dims (no autograd); integer inputs sum to int64.</summary>
    private static Tensor SumRaw(Tensor a, int[] dims, bool keepdim)
    {
        a.CheckAlive();
        var outType = a._dtype.IsFloating() ? a._dtype : DType.Int64;
        var src = a.IsContiguous && a._dtype == outType ? a : CastRaw(a, outType == DType.Int64 ? DType.Float64 : outType);
        try
        {
            var outShape = ReducedShape(a._shape, dims, keepdim);
            var reduce = new bool[a.Dim];
            foreach (int d in dims) reduce[d] = true;
            if (outType == DType.Int64)
            {
                using var tmp = Tensor.Empty(outShape, DType.Float64);
                Reduce.SumDims(src.DataPtr<double>(), src._shape, reduce, tmp.DataPtr<double>());
                return CastRaw(tmp, DType.Int64);
            }
            var y = Tensor.Empty(outShape, outType);
            if (a.Numel == 0) { Fill.Contiguous(y.Ptr, y.Numel, outType, 0); return y; }
            if (outType == DType.Float32) Reduce.SumDims(src.DataPtr<float>(), src._shape, reduce, y.DataPtr<float>());
            else Reduce.SumDims(src.DataPtr<double>(), src._shape, reduce, y.DataPtr<double>());
            return y;
        }
        finally { if (!ReferenceEquals(src, a)) src.Dispose(); }
    }

    public static Tensor Sum(Tensor a) => Recorded(OpKind.Sum, SumRaw(a, ReduceDims(a, []), false), a);

    public static Tensor SumDim(Tensor a, int[] dims, bool keepdim)
    {
        var d = ReduceDims(a, dims);
        var y = SumRaw(a, d, keepdim);
        if (NeedsRecord(a)) { var n = Record(OpKind.SumDim, y, a); n.Dims = d; n.KeepDim = keepdim; }
        return y;
    }

    private static void RequireFloat(Tensor a, string op)
    {
        if (!a._dtype.IsFloating())
            throw NativeGradException.DType($"{op}(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: {DTypeName(a._dtype)}");
    }

    private static string DTypeName(DType d) => d switch { DType.Int64 => "Long", DType.Bool => "Bool", DType.Float64 => "Double", _ => "Float" };

    public static Tensor Mean(Tensor a)
    {
        RequireFloat(a, "mean");
        using var s = SumRaw(a, ReduceDims(a, []), false);
        return Recorded(OpKind.Mean, MapScalar<DivOp<float>, DivOp<double>, AddOp<long>>(s, a.Numel, false, s._dtype), a);
    }

    public static Tensor MeanDim(Tensor a, int[] dims, bool keepdim)
    {
        RequireFloat(a, "mean");
        var d = ReduceDims(a, dims);
        using var s = SumRaw(a, d, keepdim);
        long count = 1;
        foreach (int i in d) count *= a._shape[i];
        var y = MapScalar<DivOp<float>, DivOp<double>, AddOp<long>>(s, count, false, s._dtype);
        if (NeedsRecord(a)) { var n = Record(OpKind.MeanDim, y, a); n.Dims = d; n.KeepDim = keepdim; }
        return y;
    }

    /// <summary>The p-norm over dims (all when <paramref name="dims"/> is null). p = 2 for now.</summary>
    public static Tensor Norm(Tensor a, double p, int[]? dims, bool keepdim)
    {
        RequireFloat(a, "linalg.vector_norm");
        if (p != 2) throw NativeGradException.Arg($"norm: only p=2 is supported so far (got p={p})");
        var d = ReduceDims(a, dims ?? []);
        Tensor y;
        if (dims is null && !keepdim && a.IsContiguous)
        {
            y = Tensor.Empty([], a._dtype);
            if (a._dtype == DType.Float32) *y.DataPtr<float>() = (float)Math.Sqrt(Reduce.SumSquares(a.DataPtr<float>(), (nint)a.Numel));
            else *y.DataPtr<double>() = Math.Sqrt(Reduce.SumSquares(a.DataPtr<double>(), (nint)a.Numel));
        }
        else
        {
            using var sq = MapUnary<SquareOp<float>, SquareOp<double>>(a, a._dtype);
            using var s = SumRaw(sq, d, keepdim);
            y = MapUnary<SqrtOp<float>, SqrtOp<double>>(s, s._dtype);
        }
        if (NeedsRecord(a))
        {
            var n = Record(OpKind.Norm, y, a);
            n.Dims = dims is null ? null : d;
            n.KeepDim = keepdim;
        }
        return y;
    }
}
