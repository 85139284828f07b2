using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// cumsum, cumprod and prod: the Scan kernels along [outer, n, inner], in the dtype PyTorch picks
// (dtype= if given, int64 for integral and bool inputs), and their derivatives as PyTorch writes
// them (FunctionsManual.cpp): reversed cumsums, and zero-safe exclusive products from cumprods.
internal static unsafe partial class Functions
{
    /// <summary>The dtype a sum or product accumulates in: dtype if given, else int64 for integral and bool inputs.</summary>
    private static DType ScanType(Tensor a, DType? dtype) => dtype ?? (a._dtype.IsFloating() ? a._dtype : DType.Int64);

    private enum ScanKind { CumSum, CumProd, Prod }

    /// <summary>The raw scan or fold of a along dim d in dtype t (no autograd); d = -1 folds all elements.</summary>
    private static Tensor ScanRaw(Tensor a, int d, DType t, ScanKind kind, bool keepdim = false)
    {
        // bool products are logical ands: computed in int64 and converted back.
        var work = t == DType.Bool ? DType.Int64 : t;
        var x = ContiguousAs(a, work);
        try
        {
            var (outer, n, inner) = d < 0 ? (1L, checked((int)a.Numel), 1) : Split(a._shape, d);
            var shape = kind != ScanKind.Prod ? a._shape : d < 0 || a.Dim == 0 ? [] : ReducedShape(a._shape, [d], keepdim);
            var y = Tensor.Empty(shape, work);
            switch (work, kind)
            {
                case (DType.Float32, ScanKind.CumSum): Scan.Cumulative<SumAcc<double>, float, double>(x.DataPtr<float>(), y.DataPtr<float>(), outer, n, inner); break;
                case (DType.Float64, ScanKind.CumSum): Scan.Cumulative<SumAcc<double>, double, double>(x.DataPtr<double>(), y.DataPtr<double>(), outer, n, inner); break;
                case (DType.Int64, ScanKind.CumSum): Scan.Cumulative<SumAcc<long>, long, long>(x.DataPtr<long>(), y.DataPtr<long>(), outer, n, inner); break;
                case (DType.Float32, ScanKind.CumProd): Scan.Cumulative<ProdAcc<double>, float, double>(x.DataPtr<float>(), y.DataPtr<float>(), outer, n, inner); break;
                case (DType.Float64, ScanKind.CumProd): Scan.Cumulative<ProdAcc<double>, double, double>(x.DataPtr<double>(), y.DataPtr<double>(), outer, n, inner); break;
                case (DType.Int64, ScanKind.CumProd): Scan.Cumulative<ProdAcc<long>, long, long>(x.DataPtr<long>(), y.DataPtr<long>(), outer, n, inner); break;
                case (DType.Float32, ScanKind.Prod): Scan.Fold<ProdAcc<double>, float, double>(x.DataPtr<float>(), y.DataPtr<float>(), outer, n, inner); break;
                case (DType.Float64, ScanKind.Prod): Scan.Fold<ProdAcc<double>, double, double>(x.DataPtr<double>(), y.DataPtr<double>(), outer, n, inner); break;
                default: Scan.Fold<ProdAcc<long>, long, long>(x.DataPtr<long>(), y.DataPtr<long>(), outer, n, inner); break;
            }
            if (t != DType.Bool) return y;
            var b = CastRaw(y, DType.Bool);
            y.Dispose();
            return b;
        }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
    }

    private static void NoBoolScan(DType t, string kernel)
    {
        if (t == DType.Bool) throw NativeGradException.DType($"\"{kernel}\" not implemented for 'Bool'");
    }

    /// <summary>cumsum(a, dim, dtype): running sums along dim (CumsumBackward0).</summary>
    public static Tensor CumSum(Tensor a, int dim, DType? dtype = null)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var t = ScanType(a, dtype);
        NoBoolScan(t, "cumsum_out_cpu");
        var y = ScanRaw(a, d, t, ScanKind.CumSum);
        RecordCumSum(y, a, d, dtype);
        return y;
    }

    /// <summary>cumprod(a, dim, dtype): running products along dim (CumprodBackward0).</summary>
    public static Tensor CumProd(Tensor a, int dim, DType? dtype = null)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var t = ScanType(a, dtype);
        NoBoolScan(t, "cumprod_out_cpu");
        var y = ScanRaw(a, d, t, ScanKind.CumProd);
        RecordCumProd(y, a, d, dtype);
        return y;
    }

    /// <summary>prod(a, dtype): the product of all elements, 1 when empty (ProdBackward0).</summary>
    public static Tensor Prod(Tensor a, DType? dtype = null)
    {
        a.CheckAlive();
        var t = ScanType(a, dtype);
        var y = ScanRaw(a, -1, t, ScanKind.Prod);
        RecordProd(y, a, dtype);
        return y;
    }

    /// <summary>prod(a, dim, keepdim, dtype): products over dim (ProdBackward1).</summary>
    public static Tensor ProdDim(Tensor a, int dim, bool keepdim = false, DType? dtype = null)
    {
        a.CheckAlive();
        int d = Shape.WrapDim(dim, a.Dim);
        var y = ScanRaw(a, d, ScanType(a, dtype), ScanKind.Prod, keepdim);
        RecordProdDim(y, a, d, keepdim, dtype);
        return y;
    }

    // ---- derivatives ---------------------------------------------------------------------------

    /// <summary>cumsum's backward: the reversed cumulative sum flip(cumsum(flip(g))).</summary>
    internal static Tensor CumSumBackward(Tensor grad, DType selfType, int dim)
    {
        var g = grad._dtype == selfType ? grad : To(grad, selfType);
        if (g.Numel <= 1 || g.Dim == 0 || g._shape[dim] == 1) return g;
        return ReversedCumSum(g, dim);
    }

    private static Tensor ReversedCumSum(Tensor w, int dim) => Flip(CumSum(Flip(w, [dim]), dim), [dim]);

    /// <summary>cumprod's backward (PyTorch's cumprod_backward): reversed_cumsum(y g) / x without zeros; with
    /// zeros an exact O(n) kernel when no graph is built, else the O(n^2) differentiable composition.</summary>
    internal static Tensor CumProdBackward(Tensor grad, Tensor input, int dim, Tensor output)
    {
        var g = grad._dtype == input._dtype ? grad : To(grad, input._dtype);
        if (input.Numel <= 1 || input.Dim == 0) return g;
        int n = input._shape[dim];
        if (n == 1) return g;
        if (CountZeros(input) == 0) return Div(ReversedCumSum(Mul(output, g), dim), input);
        if (!GradMode.IsEnabled)
        {
            var r = Tensor.Empty(input._shape, input._dtype);
            var x = ContiguousAs(input, input._dtype);
            var gc = ContiguousAs(g, input._dtype);
            try
            {
                var (outer, len, inner) = Split(input._shape, dim);
                if (input._dtype == DType.Float32) Scan.CumProdGrad(x.DataPtr<float>(), gc.DataPtr<float>(), r.DataPtr<float>(), outer, len, inner);
                else Scan.CumProdGrad(x.DataPtr<double>(), gc.DataPtr<double>(), r.DataPtr<double>(), outer, len, inner);
            }
            finally
            {
                if (!ReferenceEquals(x, input)) x.Dispose();
                if (!ReferenceEquals(gc, g)) gc.Dispose();
            }
            return r;
        }
        // Differentiable: for each k, sum over i >= k of g[i] * (prod x[<k]) * (prod x[k+1..i]).
        var onesShape = (int[])input._shape.Clone();
        onesShape[dim] = 1;
        var ones = Tensor.Ones(onesShape, g._dtype);
        var parts = new Tensor[n];
        for (int k = 0; k < n; k++)
        {
            Tensor omitted;
            if (k == 0) omitted = Cat([ones, CumProd(Narrow(input, dim, 1, n - 1), dim)], dim);
            else
            {
                var until = ProdDim(Narrow(input, dim, 0, k), dim, keepdim: true);
                if (k == n - 1) omitted = until;
                else
                {
                    var from = CumProd(Narrow(input, dim, k + 1, n - k - 1), dim);
                    omitted = Cat([until, Mul(Expand(until, from._shape), from)], dim);
                }
            }
            parts[k] = SumDim(Mul(Narrow(g, dim, k, n - k), omitted), [dim], keepdim: true);
        }
        return Cat(parts, dim);
    }

    /// <summary>prod's backward (ProdBackward0): grad * result / x without zeros; zeros when no graph is
    /// built and two or more inputs are zero; else the zero-safe exclusive products.</summary>
    internal static Tensor ProdBackward(Tensor grad, Tensor self, Tensor result)
    {
        if (self.Dim == 0) return grad;
        var input = self._dtype == grad._dtype ? self : To(self, grad._dtype);
        long zeros = CountZeros(input);
        if (zeros == 0) return Mul(grad, Div(result, input));
        if (!GradMode.IsEnabled && zeros > 1) return Tensor.Zeros(input._shape, input._dtype);
        var flat = Reshape(Contiguous(input), [checked((int)input.Numel)]);
        return Reshape(ProdSafeZerosBackward(grad, flat, 0), input._shape);
    }

    /// <summary>prod over dim's backward (ProdBackward1).</summary>
    internal static Tensor ProdDimBackward(Tensor grad, Tensor self, Tensor result, int dim, bool keepdim)
    {
        if (self.Dim == 0) return grad;
        var input = self._dtype == grad._dtype ? self : To(self, grad._dtype);
        if (!keepdim)
        {
            grad = Unsqueeze(grad, dim);
            result = Unsqueeze(result, dim);
        }
        if (CountZeros(input) == 0) return Mul(grad, Div(result, input));
        return ProdSafeZerosBackward(grad, input, dim);
    }

    /// <summary>grad times the product of every other element along dim, from an exclusive cumprod
    /// forwards and one backwards: [1, a, ab] * [bc, c, 1] = [bc, ac, ab], safe with zeros.</summary>
    private static Tensor ProdSafeZerosBackward(Tensor grad, Tensor input, int dim)
    {
        if (input.Numel == 0) return Expand(grad, input._shape);
        int n = input._shape[dim];
        var onesShape = (int[])input._shape.Clone();
        onesShape[dim] = 1;
        var ones = Tensor.Ones(onesShape, grad._dtype);
        var normal = CumProd(Cat([ones, Narrow(input, dim, 0, n - 1)], dim), dim);
        var reverse = Flip(CumProd(Cat([ones, Flip(Narrow(input, dim, 1, n - 1), [dim])], dim), dim), [dim]);
        return Mul(grad, Mul(normal, reverse));
    }

    /// <summary>The number of elements equal to zero (no graph).</summary>
    private static long CountZeros(Tensor t)
    {
        var x = ContiguousAs(t, t._dtype);
        try
        {
            long n = t.Numel, c = 0;
            switch (t._dtype)
            {
                case DType.Float32: { float* p = x.DataPtr<float>(); for (long i = 0; i < n; i++) if (p[i] == 0) c++; break; }
                case DType.Float64: { double* p = x.DataPtr<double>(); for (long i = 0; i < n; i++) if (p[i] == 0) c++; break; }
                case DType.Int64: { long* p = x.DataPtr<long>(); for (long i = 0; i < n; i++) if (p[i] == 0) c++; break; }
                default: { byte* p = x.DataPtr<byte>(); for (long i = 0; i < n; i++) if (p[i] == 0) c++; break; }
            }
            return c;
        }
        finally { if (!ReferenceEquals(x, t)) x.Dispose(); }
    }
}
