using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Operator structs of the activations and their fused backward kernels. Vector float32 sin/cos/exp
// are VectorMath's, float64 ones .NET 9's Vector256 functions; tanh is our own (see TanhOp).
// All are tested against float64.

internal struct SinOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Sin(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) == typeof(float))
            return (VectorMath.IsSupported ? VectorMath.Sin(x.AsSingle()) : Vector256.Sin(x.AsSingle())).As<float, T>();
        return Vector256.Sin(x.AsDouble()).As<double, T>();
    }
}

internal struct CosOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Cos(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) == typeof(float))
            return (VectorMath.IsSupported ? VectorMath.Cos(x.AsSingle()) : Vector256.Cos(x.AsSingle())).As<float, T>();
        return Vector256.Cos(x.AsDouble()).As<double, T>();
    }
}

/// <summary>
/// tanh with full relative precision near 0: an odd Taylor polynomial below |x| &lt; 0.35 (where
/// 1 - e^{-2|x|} would cancel), and sign(x)(1 - e)/(1 + e) with e = e^{-2|x|} above. The float32
/// and float64 vector forms are VectorMath.Tanh (the same scheme, polynomials unrolled; float32's minimax).
/// </summary>
internal struct TanhOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly T s_small = T.CreateTruncating(0.35);
    // Taylor coefficients a_k of tanh x = sum a_k x^(2k+1), from tanh' = 1 - tanh^2:
    // (2k+1) a_k = [k == 0] - sum_{i+j=k-1} a_i a_j.
    private static readonly T[] s_coef = Coefficients(typeof(T) == typeof(float) ? 7 : 14);

    private static T[] Coefficients(int n)
    {
        var a = new double[n];
        for (int k = 0; k < n; k++)
        {
            double s = k == 0 ? 1 : 0;
            for (int i = 0; i <= k - 1; i++) s -= a[i] * a[k - 1 - i];
            a[k] = s / (2 * k + 1);
        }
        return a.Select(T.CreateTruncating).ToArray();
    }

    public static T Invoke(T x)
    {
        T ax = T.Abs(x);
        if (ax < s_small)
        {
            T z = x * x, p = s_coef[^1];
            for (int k = s_coef.Length - 2; k >= 0; k--) p = p * z + s_coef[k];
            return x * p;
        }
        if (T.IsNaN(x)) return x;
        T e = T.Exp(-(ax + ax));
        T r = (T.One - e) / (T.One + e);
        return x < T.Zero ? -r : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) == typeof(float) && VectorMath.IsSupported) return VectorMath.Tanh(x.AsSingle()).As<float, T>();
        if (typeof(T) == typeof(double) && VectorMath.IsSupported) return VectorMath.Tanh(x.AsDouble()).As<double, T>();
        var ax = Vector256.Abs(x);
        var z = x * x;
        var p = Vector256.Create(s_coef[^1]);
        for (int k = s_coef.Length - 2; k >= 0; k--) p = p * z + Vector256.Create(s_coef[k]);
        var poly = x * p;
        var e = ExpOp<T>.Invoke(-(ax + ax));
        var r = (Vector256<T>.One - e) / (Vector256<T>.One + e);
        // Copy x's sign bit onto r (NaN stays NaN: r is NaN there).
        var sign = x & Vector256.Create(-T.Zero);
        var big = r | sign;
        return Vector256.ConditionalSelect(Vector256.LessThan(ax, Vector256.Create(s_small)), poly, big);
    }
}

/// <summary>1 / (1 + e^-x): no cancellation anywhere, so the plain formula keeps full precision.</summary>
internal struct SigmoidOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.One / (T.One + T.Exp(-x));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256<T>.One / (Vector256<T>.One + ExpOp<T>.Invoke(-x));
}

/// <summary>max(x, 0); NaN stays NaN (as PyTorch).</summary>
internal struct ReluOp<T> : IUnaryOp<T> where T : unmanaged, INumber<T>
{
    public static T Invoke(T x) => x < T.Zero ? T.Zero : x;
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<T>.Zero), Vector256<T>.Zero, x);
}

/// <summary>tanh_backward(g, y) = g (1 - y^2).</summary>
internal struct TanhBackwardOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T g, T y) => g * (T.One - y * y);
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> y) => g * (Vector256<T>.One - y * y);
}

/// <summary>sin's derivative g cos(x) in one pass (no cos(x) temporary); bitwise equal to Mul(g, Cos(x)).</summary>
internal struct SinBackwardOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T g, T x) => g * CosOp<T>.Invoke(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x) => g * CosOp<T>.Invoke(x);
}

/// <summary>cos's derivative g (-sin(x)) in one pass; bitwise equal to Mul(g, Neg(Sin(x))).</summary>
internal struct CosBackwardOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T g, T x) => g * -SinOp<T>.Invoke(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x) => g * -SinOp<T>.Invoke(x);
}

/// <summary>sigmoid_backward(g, y) = g y (1 - y).</summary>
internal struct SigmoidBackwardOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T g, T y) => g * y * (T.One - y);
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> y) => g * y * (Vector256<T>.One - y);
}

/// <summary>threshold_backward(g, x) with threshold 0: g where x &gt; 0, else 0 (relu's mask).</summary>
internal struct ThresholdBackwardOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    public static T Invoke(T g, T x) => x > T.Zero ? g : T.Zero;
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x) => Vector256.GreaterThan(x, Vector256<T>.Zero) & g;
}

/// <summary>max(a, b), propagating NaN from either side (PyTorch's maximum and clamp).</summary>
internal struct MaxOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    public static T Invoke(T a, T b) => a > b || T.IsNaN(a) ? a : b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
        => Vector256.ConditionalSelect(Vector256.GreaterThan(a, b) | ~Vector256.Equals(a, a), a, b);
}

/// <summary>min(a, b), propagating NaN from either side.</summary>
internal struct MinOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    public static T Invoke(T a, T b) => a < b || T.IsNaN(a) ? a : b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
        => Vector256.ConditionalSelect(Vector256.LessThan(a, b) | ~Vector256.Equals(a, a), a, b);
}

/// <summary>The share of maximum's gradient that goes to a: 1 where a &gt; b, 1/2 on ties, else 0.</summary>
internal struct MaxGradShareOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    private static readonly T s_half = T.One / (T.One + T.One);
    public static T Invoke(T a, T b) => a > b ? T.One : a == b ? s_half : T.Zero;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
        => (Vector256.GreaterThan(a, b) & Vector256<T>.One) | (Vector256.Equals(a, b) & Vector256.Create(s_half));
}

/// <summary>The share of minimum's gradient that goes to a: 1 where a &lt; b, 1/2 on ties, else 0.</summary>
internal struct MinGradShareOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    private static readonly T s_half = T.One / (T.One + T.One);
    public static T Invoke(T a, T b) => a < b ? T.One : a == b ? s_half : T.Zero;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
        => (Vector256.LessThan(a, b) & Vector256<T>.One) | (Vector256.Equals(a, b) & Vector256.Create(s_half));
}

/// <summary>e^(x - m): the shifted exponential of softmax and logsumexp.</summary>
internal struct SubExpOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x, T m) => T.Exp(x - m);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x, Vector256<T> m) => ExpOp<T>.Invoke(x - m);
}

/// <summary>Binary cross-entropy on logits x against targets t, stably: max(x, 0) - x t + log1p(e^-|x|).</summary>
internal struct BceWithLogitsOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x, T t) => T.Max(x, T.Zero) - x * t + Log1pOp<T>.Invoke(T.Exp(-T.Abs(x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x, Vector256<T> t)
        => Vector256.Max(x, Vector256<T>.Zero) - x * t + Log1pOp<T>.Invoke(ExpOp<T>.Invoke(-Vector256.Abs(x)));
}

/// <summary>
/// The error function. Scalar (and float64 lanes): 2/sqrt(pi) e^{-x^2} sum_n (2x^2)^n x / (2n+1)!!
/// for |x| &lt; 2.5 (every term positive: no cancellation), 1 - erfc by its continued fraction
/// above (erfc(x) = e^{-x^2} / (sqrt(pi) (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))))); within 2 ulp of
/// libm in tests. Float32 vectors: an odd Taylor polynomial for |x| &lt; 0.5 and a Chebyshev-fitted
/// exponential form of erfc (fractional error below 1.2e-7) above.
/// </summary>
internal struct ErfOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const double TwoOverSqrtPi = 1.1283791670955126;

    public static T Invoke(T x) => T.CreateTruncating(Erf(double.CreateTruncating(x)));

    internal static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        double ax = Math.Abs(x), r;
        if (ax < 2.5)
        {
            double x2 = ax * ax, term = ax, sum = ax;
            for (int n = 1; term > 1e-17 * sum; n++) { term *= 2 * x2 / (2 * n + 1); sum += term; }
            r = TwoOverSqrtPi * Math.Exp(-x2) * sum;
        }
        else if (ax < 6.5)
        {
            double f = ax;
            for (int k = 60; k >= 1; k--) f = ax + 0.5 * k / f;
            r = 1 - Math.Exp(-ax * ax) / (1.7724538509055159 * f);
        }
        else r = 1;
        return x < 0 ? -r : r;
    }

    // Taylor coefficients of erf(x) / x in x^2: 2/sqrt(pi) (-1)^n / (n! (2n+1)).
    private static readonly float[] s_taylor = Enumerable.Range(0, 7)
        .Select(n => (float)(TwoOverSqrtPi * (n % 2 == 0 ? 1 : -1) / (Factorial(n) * (2 * n + 1)))).ToArray();

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) != typeof(float))
        {
            Unsafe.SkipInit(out Vector256<T> r);
            for (int i = 0; i < Vector256<T>.Count; i++) r = r.WithElement(i, Invoke(x.GetElement(i)));
            return r;
        }
        var xf = x.AsSingle();
        var ax = Vector256.Abs(xf);
        var z = xf * xf;
        var p = Vector256.Create(s_taylor[^1]);
        for (int k = s_taylor.Length - 2; k >= 0; k--) p = p * z + Vector256.Create(s_taylor[k]);
        var small = xf * p;
        // erfc(|x|) = t exp(-x^2 + P(t)), t = 1 / (1 + |x| / 2) (Numerical Recipes' Chebyshev fit).
        var t = Vector256<float>.One / (Vector256<float>.One + ax * 0.5f);
        var q = Vector256.Create(0.17087277f);
        q = q * t + Vector256.Create(-0.82215223f);
        q = q * t + Vector256.Create(1.48851587f);
        q = q * t + Vector256.Create(-1.13520398f);
        q = q * t + Vector256.Create(0.27886807f);
        q = q * t + Vector256.Create(-0.18628806f);
        q = q * t + Vector256.Create(0.09678418f);
        q = q * t + Vector256.Create(0.37409196f);
        q = q * t + Vector256.Create(1.00002368f);
        q = q * t + Vector256.Create(-1.26551223f);
        var erfc = t * ExpOp<float>.Invoke(q - z);
        var big = (Vector256<float>.One - erfc) | (xf & Vector256.Create(-0.0f));
        var r32 = Vector256.ConditionalSelect(Vector256.LessThan(ax, Vector256.Create(0.5f)), small, big);
        // NaN stays NaN (every comparison with it is false, so it took the big branch: restore it).
        return Vector256.ConditionalSelect(Vector256.Equals(xf, xf), r32, xf).As<float, T>();
    }
}

/// <summary>GELU, exact: x Φ(x) = x (1 + erf(x / sqrt 2)) / 2.</summary>
internal struct GeluOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal static readonly T Half = T.CreateTruncating(0.5), InvSqrt2 = T.CreateTruncating(0.70710678118654752);

    public static T Invoke(T x) => Half * x * (T.One + ErfOp<T>.Invoke(x * InvSqrt2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
        => Vector256.Create(Half) * x * (Vector256<T>.One + ErfOp<T>.Invoke(x * Vector256.Create(InvSqrt2)));
}

/// <summary>GELU, tanh approximation: x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) / 2.</summary>
internal struct GeluTanhOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal static readonly T K = T.CreateTruncating(0.79788456080286536), C = T.CreateTruncating(0.044715);

    public static T Invoke(T x) => GeluOp<T>.Half * x * (T.One + TanhOp<T>.Invoke(K * (x + C * x * x * x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
        => Vector256.Create(GeluOp<T>.Half) * x * (Vector256<T>.One + TanhOp<T>.Invoke(Vector256.Create(K) * (x + Vector256.Create(C) * x * x * x)));
}

/// <summary>gelu_backward(g, x), exact: g (Φ(x) + x φ(x)).</summary>
internal struct GeluBackwardOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly T InvSqrt2Pi = T.CreateTruncating(0.39894228040143268);

    public static T Invoke(T g, T x)
        => g * (GeluOp<T>.Half * (T.One + ErfOp<T>.Invoke(x * GeluOp<T>.InvSqrt2)) + x * InvSqrt2Pi * T.Exp(-GeluOp<T>.Half * x * x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x)
    {
        var half = Vector256.Create(GeluOp<T>.Half);
        var cdf = half * (Vector256<T>.One + ErfOp<T>.Invoke(x * Vector256.Create(GeluOp<T>.InvSqrt2)));
        var pdf = Vector256.Create(InvSqrt2Pi) * ExpOp<T>.Invoke(-half * x * x);
        return g * (cdf + x * pdf);
    }
}

/// <summary>gelu_backward(g, x), tanh approximation: g ((1 + t) / 2 + x (1 - t^2) k (1 + 3 c x^2) / 2), t = tanh(k (x + c x^3)).</summary>
internal struct GeluTanhBackwardOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly T Three = T.CreateTruncating(3);

    public static T Invoke(T g, T x)
    {
        T k = GeluTanhOp<T>.K, c = GeluTanhOp<T>.C, h = GeluOp<T>.Half;
        T t = TanhOp<T>.Invoke(k * (x + c * x * x * x));
        return g * (h * (T.One + t) + h * x * (T.One - t * t) * k * (T.One + Three * c * x * x));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x)
    {
        var k = Vector256.Create(GeluTanhOp<T>.K); var c = Vector256.Create(GeluTanhOp<T>.C); var h = Vector256.Create(GeluOp<T>.Half);
        var t = TanhOp<T>.Invoke(k * (x + c * x * x * x));
        return g * (h * (Vector256<T>.One + t) + h * x * (Vector256<T>.One - t * t) * k * (Vector256<T>.One + Vector256.Create(Three) * c * x * x));
    }
}

/// <summary>SiLU (swish): x σ(x).</summary>
internal struct SiluOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => x * SigmoidOp<T>.Invoke(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x) => x * SigmoidOp<T>.Invoke(x);
}

/// <summary>silu_backward(g, x) = g σ(x) (1 + x (1 - σ(x))).</summary>
internal struct SiluBackwardOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T g, T x)
    {
        T s = SigmoidOp<T>.Invoke(x);
        return g * s * (T.One + x * (T.One - s));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> g, Vector256<T> x)
    {
        var s = SigmoidOp<T>.Invoke(x);
        return g * s * (Vector256<T>.One + x * (Vector256<T>.One - s));
    }
}
