using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// all/any, isnan/isinf/isfinite, isclose and equal: bool results from the Classify kernels (exact
// for int64: integers are never converted to floating point to be tested).
internal static unsafe partial class Functions
{
    /// <summary>all(a, dim, keepdim): True where every element over dim (all elements when null) is non-zero.</summary>
    public static Tensor All(Tensor a, int? dim = null, bool keepdim = false) => AllAny(a, dim, keepdim, all: true);

    /// <summary>any(a, dim, keepdim): True where some element over dim (all elements when null) is non-zero.</summary>
    public static Tensor Any(Tensor a, int? dim = null, bool keepdim = false) => AllAny(a, dim, keepdim, all: false);

    private static Tensor AllAny(Tensor a, int? dim, bool keepdim, bool all)
    {
        a.CheckAlive();
        var x = ContiguousAs(a, a._dtype);
        try
        {
            long outer; int n, inner;
            int[] shape;
            if (dim is null)
            {
                (outer, n, inner) = (1, checked((int)a.Numel), 1);
                shape = keepdim ? Enumerable.Repeat(1, a.Dim).ToArray() : [];
            }
            else
            {
                int d = Shape.WrapDim(dim.Value, a.Dim);
                (outer, n, inner) = Split(a._shape, d);
                shape = a.Dim == 0 ? [] : ReducedShape(a._shape, [d], keepdim);
            }
            var y = Tensor.Empty(shape, DType.Bool);
            byte* yp = y.DataPtr<byte>();
            switch (a._dtype)
            {
                case DType.Float32: Classify.AllAny(x.DataPtr<float>(), yp, outer, n, inner, all); break;
                case DType.Float64: Classify.AllAny(x.DataPtr<double>(), yp, outer, n, inner, all); break;
                case DType.Int64: Classify.AllAny(x.DataPtr<long>(), yp, outer, n, inner, all); break;
                default: Classify.AllAny(x.DataPtr<byte>(), yp, outer, n, inner, all); break;
            }
            return y;
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    /// <summary>isnan(a): True where a is NaN (never for integral dtypes).</summary>
    public static Tensor IsNan(Tensor a) => ClassifyRaw<IsNanPred<float>, IsNanPred<double>>(a, integral: false);

    /// <summary>isinf(a): True where a is +inf or -inf (never for integral dtypes).</summary>
    public static Tensor IsInf(Tensor a) => ClassifyRaw<IsInfPred<float>, IsInfPred<double>>(a, integral: false);

    /// <summary>isfinite(a): True where a is neither NaN nor infinite (always for integral dtypes).</summary>
    public static Tensor IsFinite(Tensor a) => ClassifyRaw<IsFinitePred<float>, IsFinitePred<double>>(a, integral: true);

    /// <summary>The predicate of every element; integral and bool tensors get the constant answer.</summary>
    private static Tensor ClassifyRaw<TF, TD>(Tensor a, bool integral)
        where TF : IUnaryPredicate<float> where TD : IUnaryPredicate<double>
    {
        a.CheckAlive();
        var y = Tensor.Empty(a._shape, DType.Bool);
        long n = y.Numel;
        if (!a._dtype.IsFloating())
        {
            Kernels.Fill.Contiguous(y.Ptr, n, DType.Bool, integral ? 1 : 0);
            return y;
        }
        var x = ContiguousAs(a, a._dtype);
        try
        {
            if (a._dtype == DType.Float32) Classify.Unary<TF, float>(x.DataPtr<float>(), y.DataPtr<byte>(), n);
            else Classify.Unary<TD, double>(x.DataPtr<double>(), y.DataPtr<byte>(), n);
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
        return y;
    }

    /// <summary>isclose(a, b, rtol, atol, equal_nan): True where |a - b| &lt;= atol + rtol * |b|, computed in
    /// the operands' dtype (they must match, as PyTorch); equal values (infinities too) are close, NaNs
    /// only with equal_nan.</summary>
    public static Tensor IsClose(Tensor a, Tensor b, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false)
    {
        a.CheckAlive(); b.CheckAlive();
        if (a._dtype != b._dtype) throw NativeGradException.Arg($"{TypeName(a._dtype)} did not match {TypeName(b._dtype)}");
        if (!(rtol >= 0)) throw NativeGradException.Arg($"rtol must be greater than or equal to zero, but got {FormatNumber(rtol)}");
        if (!(atol >= 0)) throw NativeGradException.Arg($"atol must be greater than or equal to zero, but got {FormatNumber(atol)}");
        var shape = Shape.Broadcast(a._shape, b._shape);
        var y = Tensor.Empty(shape, DType.Bool);
        bool exact = rtol == 0 && atol == 0;
        // bool operands are compared as float32 (PyTorch casts them to the default dtype).
        var t = a._dtype == DType.Bool ? DType.Float32 : a._dtype;
        var x = As(a, t, out bool ca);
        var z = As(b, t, out bool cb);
        try
        {
            var sa = BroadcastStrides(x, shape);
            var sb = BroadcastStrides(z, shape);
            byte* yp = y.DataPtr<byte>();
            switch (t)
            {
                case DType.Float32: Classify.IsClose(x.DataPtr<float>(), sa, z.DataPtr<float>(), sb, shape, yp, (float)rtol, (float)atol, equalNan, exact); break;
                case DType.Float64: Classify.IsClose(x.DataPtr<double>(), sa, z.DataPtr<double>(), sb, shape, yp, rtol, atol, equalNan, exact); break;
                default: Classify.IsCloseLong(x.DataPtr<long>(), sa, z.DataPtr<long>(), sb, shape, yp, (float)rtol, (float)atol, exact); break;
            }
        }
        finally
        {
            if (ca) x.Dispose();
            if (cb) z.Dispose();
        }
        return y;
    }

    /// <summary>Formats a number as PyTorch prints a double in messages (-1, 0.5).</summary>
    private static string FormatNumber(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>allclose(a, b, rtol, atol, equal_nan): isclose everywhere.</summary>
    public static bool AllClose(Tensor a, Tensor b, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false)
    {
        using var c = IsClose(a, b, rtol, atol, equalNan);
        using var r = All(c);
        return *r.DataPtr<byte>() != 0;
    }

    /// <summary>equal(a, b): the same shape and equal elements (compared in the promoted dtype, exact for int64; NaN is never equal).</summary>
    public static bool Equal(Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        if (!Shape.Equal(a._shape, b._shape)) return false;
        using var eq = Compare(CompareOp.Eq, a, b);
        using var r = All(eq);
        return *r.DataPtr<byte>() != 0;
    }
}
