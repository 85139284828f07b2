using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Elementwise ops: dtype promotion, broadcasting, dispatch to the operator structs.
internal static unsafe partial class Functions
{
    // ---- dispatch -------------------------------------------------------------------------

    private static DType FloatResult(DType d) => d.IsFloating() ? d : DType.Float32;

    /// <summary>A contiguous copy of x converted to dtype t, outside autograd.</summary>
    internal static Tensor CastRaw(Tensor x, DType t)
    {
        var y = Tensor.Empty(x._shape, t);
        Fill.CopyToContiguous(x, y.Ptr, t);
        return y;
    }

    private static Tensor As(Tensor x, DType t, out bool copied)
    {
        x.CheckAlive();
        copied = x._dtype != t;
        return copied ? CastRaw(x, t) : x;
    }

    private static Tensor MapUnary<TF, TD>(Tensor x, DType outType)
        where TF : IUnaryOp<float> where TD : IUnaryOp<double>
    {
        if (Fusion.Fuser.Unary(x, outType, Fusion.UnaryKernel<TF, TD>.Instance) is { } lazy) return lazy;
        var src = As(x, outType, out bool copied);
        try
        {
            var y = Tensor.Empty(src._shape, outType);
            nint n = (nint)y.Numel;
            if (n == 0) return y;
            if (outType == DType.Float32)
            {
                if (src.IsContiguous) Elementwise.Unary<TF, float>(src.DataPtr<float>(), y.DataPtr<float>(), n);
                else Elementwise.UnaryStrided<TF, float>(src.DataPtr<float>(), src._shape, src._strides, y.DataPtr<float>());
            }
            else if (outType == DType.Float64)
            {
                if (src.IsContiguous) Elementwise.Unary<TD, double>(src.DataPtr<double>(), y.DataPtr<double>(), n);
                else Elementwise.UnaryStrided<TD, double>(src.DataPtr<double>(), src._shape, src._strides, y.DataPtr<double>());
            }
            else throw NativeGradException.DType($"op not implemented for '{outType.TorchName()}'");
            return y;
        }
        finally { if (copied) src.Dispose(); }
    }

    /// <summary>Strides of x broadcast to <paramref name="shape"/> (0 along broadcast dims).</summary>
    internal static int[] BroadcastStrides(Tensor x, int[] shape)
    {
        var s = new int[shape.Length];
        int off = shape.Length - x._shape.Length;
        for (int i = 0; i < x._shape.Length; i++)
            s[off + i] = x._shape[i] == 1 && shape[off + i] != 1 ? 0 : x._strides[i];
        return s;
    }

    private static Tensor MapBinary<TF, TD, TL>(Tensor a, Tensor b, DType outType)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        var shape = Shape.Broadcast(a._shape, b._shape);
        if (Fusion.Fuser.Binary(a, b, shape, outType, Fusion.BinaryKernel<TF, TD>.Instance) is { } lazy) return lazy;
        var x = As(a, outType, out bool ca);
        var z = As(b, outType, out bool cb);
        try
        {
            var y = Tensor.Empty(shape, outType);
            if (y.Numel == 0) return y;
            switch (outType)
            {
                case DType.Float32: Binary<TF, float>(x, z, y); break;
                case DType.Float64: Binary<TD, double>(x, z, y); break;
                case DType.Int64: Binary<TL, long>(x, z, y); break;
                default: throw NativeGradException.DType($"op not implemented for '{outType.TorchName()}'");
            }
            return y;
        }
        finally
        {
            if (ca) x.Dispose();
            if (cb) z.Dispose();
        }
    }

    /// <summary>True when every element of t is the same memory cell: one element, or an expanded
    /// scalar (stride 0 in every dim), as the gradients of sum and mean are.</summary>
    internal static bool IsOneValue(Tensor t)
    {
        if (t.Numel == 1) return true;
        foreach (int s in t._strides) if (s != 0) return false;
        return true;
    }

    private static void Binary<TOp, T>(Tensor a, Tensor b, Tensor y) where TOp : IBinaryOp<T> where T : unmanaged
    {
        nint n = (nint)y.Numel;
        bool sameA = Shape.Equal(a._shape, y._shape), sameB = Shape.Equal(b._shape, y._shape);
        if (sameA && sameB && a.IsContiguous && b.IsContiguous)
            Elementwise.Binary<TOp, T>(a.DataPtr<T>(), b.DataPtr<T>(), y.DataPtr<T>(), n);
        else if (sameA && a.IsContiguous && IsOneValue(b))
            Elementwise.BinaryScalarB<TOp, T>(a.DataPtr<T>(), *b.DataPtr<T>(), y.DataPtr<T>(), n);
        else if (sameB && b.IsContiguous && IsOneValue(a))
            Elementwise.BinaryScalarA<TOp, T>(*a.DataPtr<T>(), b.DataPtr<T>(), y.DataPtr<T>(), n);
        else
            Elementwise.BinaryStrided<TOp, T>(a.DataPtr<T>(), BroadcastStrides(a, y._shape),
                b.DataPtr<T>(), BroadcastStrides(b, y._shape), y._shape, y.DataPtr<T>());
    }

    private static Tensor MapFloatBinary<TF, TD>(Tensor a, Tensor b)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double>
        => MapBinary<TF, TD, NoLongOp>(a, b, FloatResult(ResultType(a, b)));

    /// <summary>op(a, s) (or op(s, a) when <paramref name="scalarFirst"/>) with a Python-style scalar.</summary>
    private static Tensor MapScalar<TF, TD, TL>(Tensor a, double s, bool scalarFirst, DType outType)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        if (Fusion.Fuser.Scalar(a, s, scalarFirst, outType, Fusion.BinaryKernel<TF, TD>.Instance) is { } lazy) return lazy;
        var x = As(a, outType, out bool copied);
        try
        {
            var y = Tensor.Empty(x._shape, outType);
            if (y.Numel == 0) return y;
            switch (outType)
            {
                case DType.Float32: Scalar<TF, float>(x, (float)s, scalarFirst, y); break;
                case DType.Float64: Scalar<TD, double>(x, s, scalarFirst, y); break;
                case DType.Int64: Scalar<TL, long>(x, (long)s, scalarFirst, y); break;
                default: throw NativeGradException.DType($"op not implemented for '{outType.TorchName()}'");
            }
            return y;
        }
        finally { if (copied) x.Dispose(); }
    }

    private static void Scalar<TOp, T>(Tensor x, T s, bool scalarFirst, Tensor y) where TOp : IBinaryOp<T> where T : unmanaged
    {
        nint n = (nint)y.Numel;
        if (x.IsContiguous)
        {
            if (scalarFirst) Elementwise.BinaryScalarA<TOp, T>(s, x.DataPtr<T>(), y.DataPtr<T>(), n);
            else Elementwise.BinaryScalarB<TOp, T>(x.DataPtr<T>(), s, y.DataPtr<T>(), n);
            return;
        }
        var zeros = new int[x._shape.Length];
        if (scalarFirst) Elementwise.BinaryStrided<TOp, T>(&s, zeros, x.DataPtr<T>(), x._strides, x._shape, y.DataPtr<T>());
        else Elementwise.BinaryStrided<TOp, T>(x.DataPtr<T>(), x._strides, &s, zeros, x._shape, y.DataPtr<T>());
    }

    /// <summary>Result dtype of tensor-op-scalar: a Python scalar never upcasts a floating tensor.</summary>
    private static DType ScalarResult(Tensor a, double s, bool floatOnly)
    {
        if (a._dtype.IsFloating()) return a._dtype;
        if (floatOnly || s != Math.Floor(s) || double.IsInfinity(s)) return DType.Float32;
        return DType.Int64;
    }

    /// <summary>Placeholder long op for float-only ops (never invoked: their result is never int64).</summary>
    private struct NoLongOp : IBinaryOp<long>
    {
        public static long Invoke(long a, long b) => throw new InvalidOperationException();
        public static System.Runtime.Intrinsics.Vector256<long> Invoke(System.Runtime.Intrinsics.Vector256<long> a, System.Runtime.Intrinsics.Vector256<long> b)
            => throw new InvalidOperationException();
    }

    /// <summary>Result dtype of a binary op (PyTorch's result_type): dimensioned tensors take
    /// priority over 0-dim ones of the same category (float32 [2] + float64 0-dim is float32).</summary>
    internal static DType ResultType(Tensor a, Tensor b)
    {
        bool za = a.Dim == 0, zb = b.Dim == 0;
        if (za == zb) return DTypes.Promote(a._dtype, b._dtype);
        var (dim, zero) = za ? (b._dtype, a._dtype) : (a._dtype, b._dtype);
        return Category(zero) > Category(dim) ? zero : dim;
    }

    private static int Category(DType d) => d switch { DType.Bool => 0, DType.Int64 => 1, _ => 2 };

    private static DType Arith(Tensor a, Tensor b, string op)
    {
        var t = ResultType(a, b);
        if (t == DType.Bool && op == "sub")
            throw NativeGradException.DType("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.");
        return t;
    }

    /// <summary>Bool arithmetic (PyTorch: + is logical or, * is logical and), via uint8 math.</summary>
    private static Tensor BoolBinary(Tensor a, Tensor b, bool isAdd)
    {
        using var x = CastRaw(a, DType.Int64);
        using var z = CastRaw(b, DType.Int64);
        using var r = isAdd ? MapBinary<AddOp<float>, AddOp<double>, AddOp<long>>(x, z, DType.Int64)
                            : MapBinary<MulOp<float>, MulOp<double>, MulOp<long>>(x, z, DType.Int64);
        return CastRaw(r, DType.Bool);
    }

    // ---- binary ops ---------------------------------------------------------------------------

    public static Tensor Add(Tensor a, Tensor b)
    {
        var t = Arith(a, b, "add");
        if (t == DType.Bool) return BoolBinary(a, b, isAdd: true);
        var y = MapBinary<AddOp<float>, AddOp<double>, AddOp<long>>(a, b, t);
        RecordAdd(y, a, b);
        return y;
    }

    public static Tensor Sub(Tensor a, Tensor b)
    {
        var y = MapBinary<SubOp<float>, SubOp<double>, SubOp<long>>(a, b, Arith(a, b, "sub"));
        RecordSub(y, a, b);
        return y;
    }

    public static Tensor Mul(Tensor a, Tensor b)
    {
        var t = Arith(a, b, "mul");
        if (t == DType.Bool) return BoolBinary(a, b, isAdd: false);
        var y = MapBinary<MulOp<float>, MulOp<double>, MulOp<long>>(a, b, t);
        RecordMul(y, a, b);
        return y;
    }

    public static Tensor Div(Tensor a, Tensor b)
    {
        var y = MapFloatBinary<DivOp<float>, DivOp<double>>(a, b);
        RecordDiv(y, a, b);
        return y;
    }

    public static Tensor DivNoNan(Tensor a, Tensor b)
    {
        var y = MapFloatBinary<DivNoNanOp<float>, DivNoNanOp<double>>(a, b);
        RecordDivNoNan(y, a, b);
        return y;
    }

    /// <summary>a log b, 0 where a is 0 (XlogyBackward0).</summary>
    public static Tensor Xlogy(Tensor self, Tensor other)
    {
        var y = MapFloatBinary<XlogyOp<float>, XlogyOp<double>>(self, other);
        RecordXlogy(y, self, other);
        return y;
    }

    public static Tensor Pow(Tensor a, Tensor b)
    {
        var y = MapFloatBinary<PowOp<float>, PowOp<double>>(a, b);
        RecordPow(y, a, b);
        return y;
    }

    // ---- scalar ops ---------------------------------------------------------------------------

    public static Tensor AddScalar(Tensor a, double s)
    {
        var y = MapScalar<AddOp<float>, AddOp<double>, AddOp<long>>(a, s, false, ScalarResult(a, s, false));
        RecordAddScalar(y, a, s);
        return y;
    }

    public static Tensor SubScalar(Tensor a, double s)
    {
        var y = MapScalar<SubOp<float>, SubOp<double>, SubOp<long>>(a, s, false, ScalarResult(a, s, false));
        RecordSubScalar(y, a, s);
        return y;
    }

    public static Tensor RSubScalar(Tensor a, double s)
    {
        var y = MapScalar<SubOp<float>, SubOp<double>, SubOp<long>>(a, s, true, ScalarResult(a, s, false));
        RecordRSubScalar(y, a, s);
        return y;
    }

    public static Tensor MulScalar(Tensor a, double s)
    {
        var y = MapScalar<MulOp<float>, MulOp<double>, MulOp<long>>(a, s, false, ScalarResult(a, s, false));
        RecordMulScalar(y, a, s);
        return y;
    }

    public static Tensor DivScalar(Tensor a, double s)
    {
        var y = MapScalar<DivOp<float>, DivOp<double>, NoLongOp>(a, s, false, ScalarResult(a, s, true));
        RecordDivScalar(y, a, s);
        return y;
    }

    /// <summary>s / a, recorded as PyTorch does: reciprocal, then a multiplication.</summary>
    public static Tensor RDivScalar(Tensor a, double s) => MulScalar(Reciprocal(a), s);

    public static Tensor PowScalar(Tensor a, double e)
    {
        // Integer tensors stay integral for non-negative integral exponents (as PyTorch).
        if (!a._dtype.IsFloating() && e >= 0 && e == Math.Floor(e))
        {
            using var f = CastRaw(a, DType.Float64);
            using var p = MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(f, e, false, DType.Float64);
            return CastRaw(p, DType.Int64);
        }
        var t = FloatResult(a._dtype);
        Tensor y = e switch
        {
            1 => CastRaw(a, t),
            2 => MapUnary<SquareOp<float>, SquareOp<double>>(a, t),
            3 => MapUnary<CubeOp<float>, CubeOp<double>>(a, t),
            0.5 => MapUnary<SqrtOp<float>, SqrtOp<double>>(a, t),
            -1 => MapUnary<ReciprocalOp<float>, ReciprocalOp<double>>(a, t),
            _ => MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(a, e, false, t),
        };
        RecordPowScalar(y, a, e);
        return y;
    }

    /// <summary>s ** a.</summary>
    public static Tensor RPowScalar(Tensor a, double s)
    {
        // An integral base keeps an integer tensor integral (2 ** tensor([1, 2]) is int64).
        if (!a._dtype.IsFloating() && s == Math.Floor(s))
        {
            using var f = CastRaw(a, DType.Float64);
            using var p = MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(f, s, true, DType.Float64);
            return CastRaw(p, DType.Int64);
        }
        var y = MapScalar<PowOp<float>, PowOp<double>, NoLongOp>(a, s, true, FloatResult(a._dtype));
        RecordRPowScalar(y, s, a);
        return y;
    }

    // ---- unary ops ------------------------------------------------------------------------------

    public static Tensor Neg(Tensor a)
    {
        if (a._dtype == DType.Bool)
            throw NativeGradException.DType("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        var y = a._dtype == DType.Int64
            ? MapScalar<MulOp<float>, MulOp<double>, MulOp<long>>(a, -1, false, DType.Int64)
            : MapUnary<NegOp<float>, NegOp<double>>(a, a._dtype);
        RecordNeg(y, a);
        return y;
    }

    public static Tensor Abs(Tensor a)
    {
        var y = a._dtype.IsFloating() ? MapUnary<AbsOp<float>, AbsOp<double>>(a, a._dtype)
            : MapScalar<MaxAbsLong, MaxAbsLong, MaxAbsLong>(a, 0, false, a._dtype == DType.Bool ? DType.Int64 : a._dtype);
        RecordAbs(y, a);
        return y;
    }

    /// <summary>|a| for int64 (the scalar argument is ignored).</summary>
    private struct MaxAbsLong : IBinaryOp<long>, IBinaryOp<float>, IBinaryOp<double>
    {
        public static long Invoke(long a, long b) => Math.Abs(a);
        public static System.Runtime.Intrinsics.Vector256<long> Invoke(System.Runtime.Intrinsics.Vector256<long> a, System.Runtime.Intrinsics.Vector256<long> b) => System.Runtime.Intrinsics.Vector256.Abs(a);
        public static float Invoke(float a, float b) => Math.Abs(a);
        public static System.Runtime.Intrinsics.Vector256<float> Invoke(System.Runtime.Intrinsics.Vector256<float> a, System.Runtime.Intrinsics.Vector256<float> b) => System.Runtime.Intrinsics.Vector256.Abs(a);
        public static double Invoke(double a, double b) => Math.Abs(a);
        public static System.Runtime.Intrinsics.Vector256<double> Invoke(System.Runtime.Intrinsics.Vector256<double> a, System.Runtime.Intrinsics.Vector256<double> b) => System.Runtime.Intrinsics.Vector256.Abs(a);
    }

    /// <summary>sign(a), not recorded: its derivative is zero almost everywhere.</summary>
    /// <summary>A copy recorded as CopyBackwards (what AccumulateGrad stores under create_graph).</summary>
    public static Tensor CopyGrad(Tensor a)
    {
        var y = CastRaw(a, a._dtype);
        RecordCopyGrad(y, null, a);
        return y;
    }

    public static Tensor Clone(Tensor a)
    {
        var y = CastRaw(a, a._dtype);
        RecordClone(y, a);
        return y;
    }

    public static Tensor To(Tensor a, DType t)
    {
        a.CheckAlive();
        if (a._dtype == t) return View(a, a._shape);
        var y = CastRaw(a, t);
        if (!t.IsFloating() || !a._dtype.IsFloating()) return y;
        RecordToDtype(y, a, t);
        return y;
    }

    // ---- comparisons (not differentiable) ---------------------------------------------------------

    /// <summary>Elementwise comparison with broadcasting, in the operands' promoted dtype (exact for
    /// int64); a bool result.</summary>
    public static Tensor Compare(CompareOp op, Tensor a, Tensor b)
    {
        a.CheckAlive(); b.CheckAlive();
        var shape = Shape.Broadcast(a._shape, b._shape);
        var y = Tensor.Empty(shape, DType.Bool);
        if (y.Numel == 0) return y;
        var t = ResultType(a, b);
        if (t == DType.Bool) t = DType.Int64;
        var x = As(a, t, out bool ca);
        var z = As(b, t, out bool cb);
        try
        {
            switch (t)
            {
                case DType.Float32: CompareAs<float>(op, x, z, y); break;
                case DType.Float64: CompareAs<double>(op, x, z, y); break;
                default: CompareAs<long>(op, x, z, y); break;
            }
        }
        finally
        {
            if (ca) x.Dispose();
            if (cb) z.Dispose();
        }
        return y;
    }

    private static void CompareAs<T>(CompareOp op, Tensor a, Tensor b, Tensor y) where T : unmanaged, System.Numerics.INumber<T>
    {
        T* ap = a.DataPtr<T>(), bp = b.DataPtr<T>();
        var sa = BroadcastStrides(a, y._shape);
        var sb = BroadcastStrides(b, y._shape);
        byte* yp = y.DataPtr<byte>();
        switch (op)
        {
            case CompareOp.Eq: Predicates.Strided<EqPred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            case CompareOp.Ne: Predicates.Strided<NePred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            case CompareOp.Lt: Predicates.Strided<LtPred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            case CompareOp.Le: Predicates.Strided<LePred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            case CompareOp.Gt: Predicates.Strided<GtPred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            case CompareOp.Ge: Predicates.Strided<GePred<T>, T>(ap, sa, bp, sb, y._shape, yp); break;
            default: throw NativeGradException.Arg($"unknown comparison {(int)op}");
        }
    }

    /// <summary>Comparison with a number, wrapped as PyTorch wraps a Python scalar: a floating tensor
    /// compares in its own dtype, an integral one exactly in int64 when the number is integral.</summary>
    public static Tensor CompareScalar(CompareOp op, Tensor a, double s)
    {
        a.CheckAlive();
        var t = a._dtype.IsFloating() ? a._dtype
            : s == Math.Floor(s) && s >= long.MinValue && s < 9.2233720368547758E18 ? DType.Int64 : DType.Float64;
        using var b = Tensor.Scalar(s, t);
        return Compare(op, a, b);
    }

    // ---- in place (not recorded) -------------------------------------------------------------------

    /// <summary>dst += src (src broadcast to dst), bumping dst's version. Used for .grad accumulation.</summary>
    public static void AddInPlace(Tensor dst, Tensor src)
    {
        dst.CheckInplace();
        src.CheckAlive();
        if (dst.IsContiguous && src._dtype == dst._dtype && dst._dtype.IsFloating()
            && Shape.Equal(Shape.Broadcast(dst._shape, src._shape), dst._shape))
        {
            // The drivers are safe in place: accumulate straight into dst's memory.
            if (dst.Numel > 0)
            {
                if (dst._dtype == DType.Float32) Binary<AddOp<float>, float>(dst, src, dst);
                else Binary<AddOp<double>, double>(dst, src, dst);
            }
            dst.BumpVersion();
            return;
        }
        var sum = MapBinary<AddOp<float>, AddOp<double>, AddOp<long>>(dst, src, dst._dtype);
        try
        {
            if (!Shape.Equal(sum._shape, dst._shape))
                throw NativeGradException.Shape($"output with shape {Shape.Str(dst._shape)} doesn't match the broadcast shape {Shape.Str(sum._shape)}");
            CopyInto(dst, sum);
        }
        finally { sum.Dispose(); }
    }

    /// <summary>Copies contiguous src (same shape and dtype) into dst's (possibly strided) memory.</summary>
    private static void CopyInto(Tensor dst, Tensor src)
    {
        if (dst.IsContiguous)
        {
            long bytes = src.Numel * src._dtype.ItemSize();
            Buffer.MemoryCopy(src.Ptr, dst.Ptr, bytes, bytes);
        }
        else
        {
            var it = new StridedIter(dst._shape, dst._strides, null);
            long k = 0;
            void* d = dst.Ptr, s = src.Ptr;
            if (it.Count > 0)
                do
                    for (int j = 0; j < it.InnerSize; j++) Fill.Set(d, it.OffA + (long)j * it.InnerA, dst._dtype, Fill.Get(s, k++, src._dtype));
                while (it.Next());
        }
        dst.BumpVersion();
    }

    /// <summary>Fills in place (zero_, fill_), bumping the version.</summary>
    public static void FillInPlace(Tensor t, double v)
    {
        t.CheckAlive();
        t.CheckInplace();
        Fill.Strided(t, v);
        t.BumpVersion();
    }
}
