namespace NativeGrad.Ops;

// var and std over dims with a correction (unbiased = correction 1), as PyTorch.
internal static partial class Functions
{
    private static Tensor VarRaw(Tensor a, int[] d, double correction, bool keepdim, out long count)
    {
        count = 1;
        foreach (int i in d) count *= a.Dim == 0 ? 1 : a._shape[i];
        using var _ = GradMode.Set(false);
        using var scope = new TensorScope();
        var mean = MeanDim(a, d, keepdim: true);
        var dev = Sub(a, mean);
        var ss = SumRaw(MapUnary<Kernels.SquareOp<float>, Kernels.SquareOp<double>>(dev, dev._dtype), d, keepdim);
        // Divide by max(0, N - correction), as PyTorch (0 gives inf or nan).
        return scope.Keep(DivScalar(ss, Math.Max(0, count - correction)));
    }

    private static void RequireStatsFloat(Tensor a)
    {
        a.CheckAlive();
        if (!a._dtype.IsFloating()) throw NativeGradException.DType("std and var only support floating point and complex dtypes");
    }

    /// <summary>Variance over dims (all when empty) with the given correction (VarBackward0).</summary>
    public static Tensor Var(Tensor a, int[] dims, double correction = 1, bool keepdim = false)
    {
        RequireStatsFloat(a);
        var d = ReduceDims(a, dims);
        var y = VarRaw(a, d, correction, keepdim, out _);
        RecordVar(y, a, d, correction, keepdim);
        return y;
    }

    /// <summary>Standard deviation over dims with the given correction (StdBackward0).</summary>
    public static Tensor Std(Tensor a, int[] dims, double correction = 1, bool keepdim = false)
    {
        RequireStatsFloat(a);
        var d = ReduceDims(a, dims);
        using var v = VarRaw(a, d, correction, keepdim, out _);
        var y = MapUnary<Kernels.SqrtOp<float>, Kernels.SqrtOp<double>>(v, v._dtype);
        RecordStd(y, a, d, correction, keepdim);
        return y;
    }

    // d var / dx = 2 (x - mean) / (N - correction); d std = d var / (2 std), 0 where std is 0.
    internal static Tensor VarBackward(Tensor grad, Tensor x, Tensor? std, int[] resultShape, int[] dims, double correction, bool keepdim)
    {
        long count = Shape.Numel(x._shape) / Math.Max(1, Shape.Numel(resultShape));
        double denom = Math.Max(0, count - correction);
        var dev = Sub(x, MeanDim(x, dims, keepdim: true));
        var g = Batching.KeptDims(grad, x._shape, dims, keepdim);
        var scale = std is not null ? DivNoNan(g, KeptDims(std, x._shape, dims, keepdim)) : MulScalar(g, 2);
        return Mul(dev, DivScalar(scale, denom));
    }
}
