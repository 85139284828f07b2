using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Forwards of Declarations/Moments.cs: var_mean / std_mean reuse var's kernel and mean, logaddexp
// is composed of kernels outside autograd; each records one node.
internal static partial class Functions
{
    /// <summary>[variance, mean] over dims (all when empty) with the given correction (VarMeanBackward0).</summary>
    public static Tensor[] VarMean(Tensor a, int[] dim, double correction = 1, bool keepdim = false)
        => Moments(a, dim, correction, keepdim, std: false);

    /// <summary>[standard deviation, mean] over dims (all when empty) with the given correction (StdMeanBackward0).</summary>
    public static Tensor[] StdMean(Tensor a, int[] dim, double correction = 1, bool keepdim = false)
        => Moments(a, dim, correction, keepdim, std: true);

    private static Tensor[] Moments(Tensor a, int[] dim, double correction, bool keepdim, bool std)
    {
        a.CheckAlive();
        if (!a._dtype.IsFloating())
            throw NativeGradException.DType($"{(std ? "std_mean" : "var_mean")} only support floating point and complex dtypes");
        var d = ReduceDims(a, dim);
        Tensor v, m;
        using (GradMode.Set(false))
        {
            v = VarRaw(a, d, correction, keepdim, out _);
            if (std)
            {
                var s = MapUnary<SqrtOp<float>, SqrtOp<double>>(v, v._dtype);
                v.Dispose();
                v = s;
            }
            m = MeanDim(a, d, keepdim);
        }
        Tensor[] r = [v, m];
        if (std) RecordStdMean(r, a, d, correction, keepdim);
        else RecordVarMean(r, a, d, correction, keepdim);
        return r;
    }

    /// <summary>The gradient of var_mean / std_mean: var's (or std's) gradient plus mean's, for the outputs that got one.</summary>
    internal static Tensor? MomentsBackward(Tensor?[] grads, Tensor x, int[] dims, double correction, bool keepdim, bool std)
    {
        var resultShape = ReducedShape(x._shape, dims, keepdim);
        Tensor? r = null;
        if (grads[0] is { } gv)
            r = VarBackward(gv, x, std ? Std(x, dims, correction, keepdim) : null, resultShape, dims, correction, keepdim);
        if (grads.Length > 1 && grads[1] is { } gm)
        {
            long count = Shape.Numel(x._shape) / Math.Max(1, Shape.Numel(resultShape));
            var m = DivScalar(Expand(KeptDims(gm, x._shape, dims, keepdim), x._shape), count);
            r = r is null ? m : Add(r, m);
        }
        return r;
    }

    /// <summary>log(e^a + e^b) as max + log1p(e^-|a - b|) (infinite max: the max itself); floating dtypes only (LogaddexpBackward0).</summary>
    public static Tensor Logaddexp(Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        var t = ResultType(a, b);
        if (!t.IsFloating()) throw NativeGradException.DType($"\"logaddexp_cpu\" not implemented for '{t.ScalarName()}'");
        Tensor y;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
        {
            var x = As(a, t, out _);
            var z = As(b, t, out _);
            var m = Maximum(x, z);
            var soft = Add(m, Log1p(Exp(Neg(Abs(Sub(x, z))))));
            y = scope.Keep(Where(IsInf(m), m, soft));
        }
        RecordLogaddexp(y, a, b);
        return y;
    }
}
