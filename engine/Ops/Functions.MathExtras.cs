using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Forwards of Declarations/MathExtras.cs: fmod and remainder (int64 exact: a zero integer divisor is
// PyTorch's ZeroDivisionError), hypot, nan_to_num, nansum and clamp with tensor bounds; and sinc's derivative.
internal static unsafe partial class Functions
{
    /// <summary>d sinc / dx = (pi x cos(pi x) - sin(pi x)) / (pi x^2), 0 at x = 0.</summary>
    internal static Tensor SincSlope(Tensor x)
    {
        var px = MulScalar(x, Math.PI);
        var d = Div(Sub(Mul(Cos(px), px), Sin(px)), Mul(px, x));
        using var zero = Tensor.Scalar(0, d.DType);
        return Where(CompareScalar(CompareOp.Eq, x, 0), zero, d);
    }

    public static Tensor Fmod(Tensor self, Tensor other)
    {
        var y = Modulo<FmodOp<float>, FmodOp<double>, FmodOp<long>>(self, other, "fmod");
        RecordFmodTensor(y, self, other);
        return y;
    }

    public static Tensor Fmod(Tensor self, double other)
    {
        var y = Modulo<FmodOp<float>, FmodOp<double>, FmodOp<long>>(self, other, "fmod");
        RecordFmodScalar(y, self, other);
        return y;
    }

    public static Tensor Remainder(Tensor self, Tensor other)
    {
        var y = Modulo<RemainderOp<float>, RemainderOp<double>, RemainderOp<long>>(self, other, "remainder");
        RecordRemainderTensor(y, self, other);
        return y;
    }

    public static Tensor Remainder(Tensor self, double other)
    {
        var y = Modulo<RemainderOp<float>, RemainderOp<double>, RemainderOp<long>>(self, other, "remainder");
        RecordRemainderScalar(y, self, other);
        return y;
    }

    public static Tensor Fmod_(Tensor self, Tensor other) => InPlace(self, other, true, s => Fmod(s, other));
    public static Tensor Fmod_(Tensor self, double other) => InPlace(self, null, false, s => Fmod(s, other));
    public static Tensor Remainder_(Tensor self, Tensor other) => InPlace(self, other, true, s => Remainder(s, other));
    public static Tensor Remainder_(Tensor self, double other) => InPlace(self, null, false, s => Remainder(s, other));

    private static Tensor Modulo<TF, TD, TL>(Tensor a, Tensor b, string name)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        a.CheckAlive(); b.CheckAlive();
        var t = ResultType(a, b);
        if (t == DType.Bool) throw NativeGradException.DType($"\"{name}_cpu\" not implemented for 'Bool'");
        if (t == DType.Int64)
        {
            using var d = CastRaw(b, DType.Int64);
            long* p = d.DataPtr<long>();
            for (long i = 0; i < d.Numel; i++)
                if (p[i] == 0) throw NativeGradException.Arg("ZeroDivisionError");
        }
        return MapBinary<TF, TD, TL>(a, b, t);
    }

    private static Tensor Modulo<TF, TD, TL>(Tensor a, double s, string name)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        a.CheckAlive();
        var t = ScalarResult(a, s, false);
        if (t == DType.Int64 && s == 0) throw NativeGradException.Arg("ZeroDivisionError");
        return MapScalar<TF, TD, TL>(a, s, false, t);
    }

    /// <summary>trunc(a / b) (or floor): fmod's and remainder's quotient, recorded (under create_graph) with its zero derivative, as PyTorch's.</summary>
    internal static Tensor Quotient(Tensor a, Tensor b, bool floor) => floor ? Floor(Div(a, b)) : Trunc(Div(a, b));

    public static Tensor Hypot(Tensor self, Tensor other)
    {
        self.CheckAlive(); other.CheckAlive();
        var t = ResultType(self, other);
        if (!t.IsFloating()) throw NativeGradException.DType($"\"hypot_cpu\" not implemented for '{t.ScalarName()}'");
        var y = MapBinary<HypotOp<float>, HypotOp<double>, NoLongOp>(self, other, t);
        RecordHypot(y, self, other);
        return y;
    }

    public static Tensor Hypot_(Tensor self, Tensor other) => InPlace(self, other, true, s => Hypot(s, other));

    /// <summary>NaN, +inf and -inf replaced; integral and bool tensors are copied.</summary>
    public static Tensor NanToNum(Tensor self, double? nan = null, double? posinf = null, double? neginf = null)
    {
        self.CheckAlive();
        Tensor y;
        if (!self._dtype.IsFloating()) y = CastRaw(self, self._dtype);
        else
        {
            bool f32 = self._dtype == DType.Float32;
            using var _ = GradMode.Set(false);
            using var scope = new TensorScope();
            var dt = self._dtype;
            var big = Where(CompareScalar(CompareOp.Eq, self, double.PositiveInfinity), Tensor.Scalar(posinf ?? (f32 ? float.MaxValue : double.MaxValue), dt),
                Where(CompareScalar(CompareOp.Eq, self, double.NegativeInfinity), Tensor.Scalar(neginf ?? (f32 ? float.MinValue : double.MinValue), dt), self));
            y = scope.Keep(Where(IsNan(self), Tensor.Scalar(nan ?? 0, dt), big));
        }
        RecordNanToNum(y, self, nan, posinf, neginf);
        return y;
    }

    public static Tensor NanToNum_(Tensor self, double? nan = null, double? posinf = null, double? neginf = null)
        => InPlace(self, null, true, s => NanToNum(s, nan, posinf, neginf));

    public static Tensor Nansum(Tensor self, int[] dim, bool keepdim = false)
    {
        self.CheckAlive();
        var d = ReduceDims(self, dim ?? []);
        Tensor y;
        if (!self._dtype.IsFloating()) y = SumRaw(self, d, keepdim);
        else
        {
            using var _ = GradMode.Set(false);
            using var nan = IsNan(self);
            using var zero = Tensor.Zeros([], self._dtype);
            using var z = Where(nan, zero, self);
            y = SumRaw(z, d, keepdim);
        }
        RecordNansum(y, self, d, keepdim);
        return y;
    }

    /// <summary>nansum's derivative: grad spread over the reduced dims, 0 where self is NaN.</summary>
    internal static Tensor NansumBackward(Tensor grad, Tensor self, int[] dim, bool keepdim)
    {
        var g = Batching.Expand(Batching.KeptDims(grad, self._shape, dim, keepdim), self._shape);
        using var zero = Tensor.Zeros([], grad._dtype);
        return Where(IsNan(self), zero, g);
    }

    /// <summary>min(max(self, min), max) in the three tensors' promoted dtype, NaN from any of them propagated.</summary>
    public static Tensor Clamp(Tensor self, Tensor? min, Tensor? max)
    {
        self.CheckAlive(); min?.CheckAlive(); max?.CheckAlive();
        if (min is null && max is null) throw NativeGradException.Arg("torch.clamp: At least one of 'min' or 'max' must not be None");
        var t = ResultTypeOf(self, min, max);
        var k = t == DType.Bool ? DType.Int64 : t;
        var lo = min is null ? null : MapBinary<MaxOp<float>, MaxOp<double>, MaxOp<long>>(self, min, k);
        var y = max is null ? lo! : MapBinary<MinOp<float>, MinOp<double>, MinOp<long>>(lo ?? self, max, k);
        if (max is not null) lo?.Dispose();
        if (t == DType.Bool) { var b = CastRaw(y, t); y.Dispose(); y = b; }
        RecordClampTensor(y, self, min, max);
        return y;
    }

    public static Tensor Clamp_(Tensor self, Tensor? min, Tensor? max)
        => InPlace(self, min is { RequiresGrad: true } ? min : max, true, s => Clamp(s, min, max));

    /// <summary>PyTorch's result_type of up to three tensors: dimensioned ones rank above 0-dim ones of the same category.</summary>
    private static DType ResultTypeOf(params Tensor?[] ts)
    {
        DType? dim = null, zero = null;
        foreach (var x in ts)
        {
            if (x is null) continue;
            if (x.Dim == 0) zero = zero is { } z ? DTypes.Promote(z, x._dtype) : x._dtype;
            else dim = dim is { } d ? DTypes.Promote(d, x._dtype) : x._dtype;
        }
        if (dim is null || zero is null) return (dim ?? zero)!.Value;
        return Category(zero.Value) > Category(dim.Value) ? zero.Value : dim.Value;
    }

    /// <summary>clamp(self, min, max)'s gradients (see its declaration).</summary>
    internal static Tensor?[] ClampTensorBackward(Tensor grad, Tensor x, Tensor? min, Tensor? max, bool needSelf, bool needMin, bool needMax)
    {
        Tensor? mx = null, mmin = null, mmax = null;
        using (GradMode.Set(false))
        using (var scope = new TensorScope())
        {
            Tensor? ge = min is null ? null : Compare(CompareOp.Ge, x, min), le = max is null ? null : Compare(CompareOp.Le, x, max);
            if (needSelf) mx = scope.Keep(ge is null ? le! : le is null ? ge : BoolBinary(ge, le, isAdd: false));
            Tensor? order = min is null || max is null ? null : Compare(CompareOp.Lt, min, max);
            if (needMin && min is not null)
            {
                var below = Compare(CompareOp.Lt, x, min);
                mmin = scope.Keep(order is null ? below : BoolBinary(below, order, isAdd: false));
            }
            if (needMax && max is not null)
            {
                var above = Compare(CompareOp.Gt, x, max);
                mmax = scope.Keep(order is null ? above : BoolBinary(above, Compare(CompareOp.Lt, max, min!), isAdd: true));
            }
        }
        using var zero = Tensor.Zeros([], grad._dtype);
        return [mx is null ? null : Where(mx, grad, zero), mmin is null ? null : Where(mmin, grad, zero), mmax is null ? null : Where(mmax, grad, zero)];
    }
}
