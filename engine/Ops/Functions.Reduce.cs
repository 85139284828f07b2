using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Reductions: sum, mean and the 2-norm, over all elements or over dims.
internal static unsafe partial class Functions
{
    /// <summary>Wraps, sorts and de-duplicates reduction dims; empty means all dims.</summary>
    private static int[] ReduceDims(Tensor a, ReadOnlySpan<int> dims)
    {
        if (dims.Length == 0) return Enumerable.Range(0, a.Dim).ToArray();
        // A 0-dim tensor takes dim 0 or -1 (as PyTorch) and has no dim to reduce.
        if (a.Dim == 0)
        {
            foreach (int d in dims) Shape.WrapDim(d, 0);   // 0 or -1, else PyTorch's IndexError
            if (dims.Length > 1) throw NativeGradException.Arg("dim 0 appears multiple times in the list of dims");
            return [];
        }
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
        var src = a.IsContiguous && a._dtype == outType ? a : CastRaw(a, outType);
        try
        {
            var outShape = ReducedShape(a._shape, dims, keepdim);
            var reduce = new bool[a.Dim];
            foreach (int d in dims) reduce[d] = true;
            // A pending tensor summed whole: the sum is pending too, taken tile by tile in the eager order.
            if (a.Numel > 0 && OneRun(a._shape, reduce) && Fusion.Fuser.Sum(a, outShape) is { } lazy) return lazy;
            var y = Tensor.Empty(outShape, outType);
            if (outType == DType.Int64)
            {
                // Integers (and bools) sum exactly in int64.
                Reduce.SumDimsInt64(src.DataPtr<long>(), src._shape, reduce, y.DataPtr<long>());
                return y;
            }
            if (a.Numel == 0) { Fill.Contiguous(y.Ptr, y.Numel, outType, 0); return y; }
            if (outType == DType.Float32) Reduce.SumDims(src.DataPtr<float>(), src._shape, reduce, y.DataPtr<float>());
            else Reduce.SumDims(src.DataPtr<double>(), src._shape, reduce, y.DataPtr<double>());
            return y;
        }
        finally { if (!ReferenceEquals(src, a)) src.Dispose(); }
    }

    /// <summary>True when Reduce.SumDims sums every element as one run (its block path with nothing outside
    /// the reduced dims): the order a fused sum reproduces.</summary>
    private static bool OneRun(int[] shape, bool[] reduce)
    {
        int first = Array.IndexOf(reduce, true), last = Array.LastIndexOf(reduce, true);
        if (first < 0) return false;
        for (int d = 0; d < shape.Length; d++)
            if (d >= first && d <= last ? !reduce[d] : shape[d] != 1) return false;
        return true;
    }

    public static Tensor Sum(Tensor a)
    {
        var y = SumRaw(a, ReduceDims(a, []), false);
        RecordSum(y, a);
        return y;
    }

    public static Tensor SumDim(Tensor a, int[] dims, bool keepdim)
    {
        var d = ReduceDims(a, dims);
        var y = SumRaw(a, d, keepdim);
        RecordSumDim(y, a, d, keepdim);
        return y;
    }

    private static void RequireFloat(Tensor a, string op)
    {
        if (!a._dtype.IsFloating())
            throw NativeGradException.DType($"{op}(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: {DTypeName(a._dtype)}");
    }

    private static string DTypeName(DType d) => d.ScalarName();

    public static Tensor Mean(Tensor a)
    {
        RequireFloat(a, "mean");
        using var s = SumRaw(a, ReduceDims(a, []), false);
        var y = MapScalar<DivOp<float>, DivOp<double>, AddOp<long>>(s, a.Numel, false, s._dtype);
        RecordMean(y, a);
        return y;
    }

    public static Tensor MeanDim(Tensor a, int[] dims, bool keepdim)
    {
        RequireFloat(a, "mean");
        var d = ReduceDims(a, dims);
        using var s = SumRaw(a, d, keepdim);
        long count = 1;
        foreach (int i in d) count *= a._shape[i];
        var y = MapScalar<DivOp<float>, DivOp<double>, AddOp<long>>(s, count, false, s._dtype);
        RecordMeanDim(y, a, d, keepdim);
        return y;
    }

    /// <summary>The vector p-norm over dims (all when <paramref name="dims"/> is null): p = 2 (fused), 1, inf, -inf, or any p &gt; 0.</summary>
    public static Tensor Norm(Tensor a, double p, int[]? dims, bool keepdim)
    {
        RequireFloat(a, "linalg.vector_norm");
        if (!(p > 0) && !double.IsNegativeInfinity(p))
            throw NativeGradException.Arg($"norm: p must be positive or +-inf (got p={p})");
        var d = ReduceDims(a, dims ?? []);
        Tensor y;
        if (p == 2 && dims is null && !keepdim && a.IsContiguous)
        {
            y = Tensor.Empty([], a._dtype);
            if (a._dtype == DType.Float32) *y.DataPtr<float>() = (float)Math.Sqrt(Reduce.SumSquares(a.DataPtr<float>(), (nint)a.Numel));
            else *y.DataPtr<double>() = Math.Sqrt(Reduce.SumSquares(a.DataPtr<double>(), (nint)a.Numel));
        }
        else if (double.IsInfinity(p))
        {
            using var abs = MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype);
            y = ExtremumRaw(abs, d, keepdim, max: p > 0);
        }
        else
        {
            using var pw = p == 2 ? MapUnary<SquareOp<float>, SquareOp<double>>(a, a._dtype)
                : p == 1 ? MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype)
                : PowRaw(MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype), p);
            using var s = SumRaw(pw, d, keepdim);
            y = p == 1 ? CastRaw(s, s._dtype) : p == 2 ? MapUnary<SqrtOp<float>, SqrtOp<double>>(s, s._dtype) : PowRaw(s, 1 / p, dispose: false);
        }
        RecordNorm(y, a, p, dims is null ? null : d, keepdim);
        return y;
    }

    private static Tensor PowRaw(Tensor x, double e, bool dispose = true)
    {
        var y = MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(x, e, false, x._dtype);
        if (dispose) x.Dispose();
        return y;
    }

    /// <summary>Max or min over dims (the inf-norms), one dim at a time through the along-dim kernel.</summary>
    private static Tensor ExtremumRaw(Tensor a, int[] dims, bool keepdim, bool max)
    {
        var outShape = ReducedShape(a._shape, dims, keepdim);
        if (a.Numel == 0) return Tensor.Full(outShape, max ? double.NegativeInfinity : double.PositiveInfinity, a._dtype);
        Tensor cur = a;
        foreach (int d in dims)
        {
            var (v, i) = ExtremeRaw(cur, d, keepdim: true, max);
            i.Dispose();
            if (!ReferenceEquals(cur, a)) cur.Dispose();
            cur = v;
        }
        if (ReferenceEquals(cur, a)) return CastRaw(a, a._dtype);
        if (Shape.Equal(cur._shape, outShape)) return cur;
        var r = cur.Alias(outShape, Shape.ContiguousStrides(outShape), 0);
        cur.Dispose();
        return r;
    }

    /// <summary>Re-inserts the reduced dims (size 1) into t, shaped like a keepdim=False result of
    /// reducing <paramref name="inputShape"/> over dims (null: all dims).</summary>
    internal static Tensor KeptDims(Tensor t, int[] inputShape, int[]? dims, bool keepdim)
    {
        if (keepdim || dims is null)
            return dims is null && t.Dim != inputShape.Length ? Reshape(t, Enumerable.Repeat(1, inputShape.Length).ToArray()) : t;
        var shape = (int[])inputShape.Clone();
        foreach (int d in dims) shape[d] = 1;
        return Reshape(t, shape);
    }

    /// <summary>The p-norm's derivative from the kept-dim gradient g and norm y: sign(x) |x|^(p-1) / y^(p-1),
    /// 0 where the norm is 0 (as PyTorch).</summary>
    internal static Tensor NormBackward(Tensor g, Tensor x, Tensor y, double p)
    {
        if (p == 2) return Mul(x, DivNoNan(g, y));
        if (p == 1) return Mul(Sign(x), g);
        if (double.IsPositiveInfinity(p) || double.IsNegativeInfinity(p))
        {
            // The gradient flows evenly to the elements attaining the max (min) magnitude.
            using var mask = CastRaw(Compare(CompareOp.Eq, Abs(x), y), x.DType);
            using var count = SumTo(mask, y.Shape);
            return Mul(Mul(Sign(x), mask), DivNoNan(g, count));
        }
        return Mul(Mul(Sign(x), PowScalar(Abs(x), p - 1)), DivNoNan(g, PowScalar(y, p - 1)));
    }
}
