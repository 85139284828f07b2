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
        // Integers are summed in float64 (exact below 2^53) and converted back.
        var work = outType == DType.Int64 ? DType.Float64 : outType;
        var src = a.IsContiguous && a._dtype == work ? a : CastRaw(a, work);
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
            y = p > 0 ? ExtremumRaw(abs, d, keepdim, Math.Max, double.NegativeInfinity)
                      : ExtremumRaw(abs, d, keepdim, Math.Min, double.PositiveInfinity);
        }
        else
        {
            using var pw = p == 2 ? MapUnary<SquareOp<float>, SquareOp<double>>(a, a._dtype)
                : p == 1 ? MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype)
                : PowRaw(MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype), p);
            using var s = SumRaw(pw, d, keepdim);
            y = p == 1 ? CastRaw(s, s._dtype) : p == 2 ? MapUnary<SqrtOp<float>, SqrtOp<double>>(s, s._dtype) : PowRaw(s, 1 / p, dispose: false);
        }
        if (NeedsRecord(a))
        {
            var n = Record(OpKind.Norm, y, a);
            n.Scalar = p;
            n.Dims = dims is null ? null : d;
            n.KeepDim = keepdim;
        }
        return y;
    }

    private static Tensor PowRaw(Tensor x, double e, bool dispose = true)
    {
        var y = MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(x, e, false, x._dtype);
        if (dispose) x.Dispose();
        return y;
    }

    /// <summary>Max or min over dims (the general, unvectorised path; inf-norms only).</summary>
    private static Tensor ExtremumRaw(Tensor a, int[] dims, bool keepdim, Func<double, double, double> pick, double init)
    {
        var outShape = ReducedShape(a._shape, dims, keepdim);
        var keptShape = ReducedShape(a._shape, dims, true);
        var vals = a.ToDoubleArray();
        var acc = new double[Shape.Numel(outShape)];
        Array.Fill(acc, init);
        var idx = new int[a.Dim];
        var outStrides = Shape.ContiguousStrides(keptShape);
        for (long i = 0; i < vals.Length; i++)
        {
            long o = 0;
            for (int d = 0; d < idx.Length; d++) if (keptShape[d] != 1) o += (long)idx[d] * outStrides[d];
            acc[o] = double.IsNaN(vals[i]) ? double.NaN : pick(acc[o], vals[i]);
            for (int d = idx.Length - 1; d >= 0; d--) { if (++idx[d] < a._shape[d]) break; idx[d] = 0; }
        }
        var y = Tensor.Empty(outShape, a._dtype);
        for (long o = 0; o < acc.Length; o++) Fill.Set(y.Ptr, o, a._dtype, acc[o]);
        return y;
    }
}
