using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// softmax, log_softmax and logsumexp: fused, max-shifted kernels along one dim; the backward
// formulas are op-table rows (softmax_backward, log_softmax_backward) so higher orders work.
internal static unsafe partial class Functions
{
    /// <summary>A contiguous tensor of dtype t with a's values: a itself when it already is one.</summary>
    private static Tensor ContiguousAs(Tensor a, DType t) => a.IsContiguous && a._dtype == t ? a : CastRaw(a, t);

    /// <summary>The [outer, n, inner] view of a shape around dim d.</summary>
    private static (long outer, int n, int inner) Split(int[] shape, int d)
    {
        long outer = 1; int inner = 1;
        for (int i = 0; i < d; i++) outer *= shape[i];
        for (int i = d + 1; i < shape.Length; i++) inner *= shape[i];
        return (outer, shape.Length == 0 ? 1 : shape[d], inner);
    }

    private static void RequireFloatKernel(Tensor a, string kernel)
    {
        if (!a._dtype.IsFloating()) throw NativeGradException.DType($"\"{kernel}\" not implemented for '{TypeName(a._dtype)}'");
    }

    private static Tensor SoftmaxRaw(Tensor a, int d, bool log)
    {
        var x = ContiguousAs(a, a._dtype);
        try
        {
            var y = Tensor.Empty(a._shape, a._dtype);
            var (outer, n, inner) = Split(a._shape, d);
            if (y.Numel == 0) return y;
            if (a._dtype == DType.Float32) AlongDim.Softmax(x.DataPtr<float>(), y.DataPtr<float>(), outer, n, inner, log);
            else AlongDim.Softmax(x.DataPtr<double>(), y.DataPtr<double>(), outer, n, inner, log);
            return y;
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    /// <summary>softmax along dim (SoftmaxBackward0).</summary>
    public static Tensor Softmax(Tensor a, int dim)
    {
        a.CheckAlive();
        RequireFloatKernel(a, "softmax_lastdim_kernel_impl");
        int d = Shape.WrapDim(dim, a.Dim);
        var y = SoftmaxRaw(a, d, log: false);
        RecordSoftmax(y, a, d);
        return y;
    }

    /// <summary>log_softmax along dim (LogSoftmaxBackward0).</summary>
    public static Tensor LogSoftmax(Tensor a, int dim)
    {
        a.CheckAlive();
        RequireFloatKernel(a, "log_softmax_lastdim_kernel_impl");
        int d = Shape.WrapDim(dim, a.Dim);
        var y = SoftmaxRaw(a, d, log: true);
        RecordLogSoftmax(y, a, d);
        return y;
    }

    /// <summary>softmax's backward: y * (grad - sum(grad * y, dim)).</summary>
    public static Tensor SoftmaxBackwardData(Tensor grad, Tensor y, int dim)
    {
        var r = SoftmaxBackwardRaw(grad, y, dim, log: false);
        RecordSoftmaxBackwardData(r, grad, y, dim);
        return r;
    }

    /// <summary>log_softmax's backward: grad - exp(y) * sum(grad, dim).</summary>
    public static Tensor LogSoftmaxBackwardData(Tensor grad, Tensor y, int dim)
    {
        var r = SoftmaxBackwardRaw(grad, y, dim, log: true);
        RecordLogSoftmaxBackwardData(r, grad, y, dim);
        return r;
    }

    /// <summary>softmax's (log_softmax's) derivative from the output's gradient, which may be batched ([B, *y's shape]:
    /// then the unfused formula reduces along the gradient's own dim).</summary>
    internal static Tensor SoftmaxGrad(Tensor grad, Tensor y, int dim, bool log)
        => log ? LogSoftmaxBackwardData(grad, y, Batching.Dim(dim)) : SoftmaxBackwardData(grad, y, Batching.Dim(dim));

    /// <summary>The fused kernel when g and y agree in shape and dtype; the same formula from unfused ops otherwise.</summary>
    private static Tensor SoftmaxBackwardRaw(Tensor grad, Tensor y, int dim, bool log)
    {
        grad.CheckAlive(); y.CheckAlive();
        if (!Shape.Equal(grad._shape, y._shape) || grad._dtype != y._dtype || !grad._dtype.IsFloating())
        {
            using var _ = GradMode.Set(false);
            using var scope = new TensorScope();
            return scope.Keep(log ? Sub(grad, Mul(Exp(y), SumDim(grad, [dim], keepdim: true)))
                                  : Mul(y, Sub(grad, SumDim(Mul(grad, y), [dim], keepdim: true))));
        }
        int d = Shape.WrapDim(dim, y.Dim);
        var g = ContiguousAs(grad, grad._dtype);
        var yc = ContiguousAs(y, y._dtype);
        try
        {
            var r = Tensor.Empty(y._shape, y._dtype);
            if (r.Numel == 0) return r;
            var (outer, n, inner) = Split(y._shape, d);
            if (y._dtype == DType.Float32) AlongDim.SoftmaxBackward(g.DataPtr<float>(), yc.DataPtr<float>(), r.DataPtr<float>(), outer, n, inner, log);
            else AlongDim.SoftmaxBackward(g.DataPtr<double>(), yc.DataPtr<double>(), r.DataPtr<double>(), outer, n, inner, log);
            return r;
        }
        finally
        {
            if (!ReferenceEquals(g, grad)) g.Dispose();
            if (!ReferenceEquals(yc, y)) yc.Dispose();
        }
    }

    /// <summary>log(sum(exp(a))) over dims, computed with the max shifted out (LogsumexpBackward0).</summary>
    public static Tensor Logsumexp(Tensor a, int[] dims, bool keepdim)
    {
        a.CheckAlive();
        var t = FloatResult(a._dtype);
        var ds = ReduceDims(a, dims);
        // logsumexp over several dims = logsumexp over each in turn (kept as size-1 dims).
        Tensor cur = ContiguousAs(a, t);
        foreach (int d in ds)
        {
            var shape = (int[])cur._shape.Clone();
            var (outer, n, inner) = Split(shape, d);
            if (shape.Length > 0) shape[d] = 1;
            var next = Tensor.Empty(shape, t);
            if (t == DType.Float32) AlongDim.LogSumExp(cur.DataPtr<float>(), next.DataPtr<float>(), outer, n, inner);
            else AlongDim.LogSumExp(cur.DataPtr<double>(), next.DataPtr<double>(), outer, n, inner);
            if (!ReferenceEquals(cur, a)) cur.Dispose();
            cur = next;
        }
        if (ReferenceEquals(cur, a)) cur = CastRaw(a, t);
        var outShape = ReducedShape(a._shape, ds, keepdim);
        var y = Shape.Equal(cur._shape, outShape) ? cur : cur.Alias(outShape, Shape.ContiguousStrides(outShape), 0);
        if (!ReferenceEquals(y, cur)) cur.Dispose();
        RecordLogsumexp(y, a, ds, keepdim);
        return y;
    }
}
