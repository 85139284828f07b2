using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

/// <summary>
/// Float-native Vector256&lt;float&gt; exp, log, sin, cos and tanh. .NET 9's Vector256 exp/sin/cos
/// widen float lanes to double and are 2-4x slower; these stay in float: Cody-Waite range
/// reduction with FMA (its first step exact) and minimax polynomials fitted for float32 (their
/// own relative error at most 5e-9, a tenth of an ulp). Against float64, sampled over the whole
/// float range: exp and log within 1 ulp, sin/cos within 9.4e-8 absolute for |x| &lt;= 2^20 and
/// 1.6 ulp relative for |x| &lt;= 100, tanh within 2.2 ulp (VectorMathTests checks all of it).
/// Vectors with a lane outside the fast range (and NaN/inf) take a careful variant or .NET's
/// accurate path, so special values behave as the scalar reference; that is rare in real data.
/// Also float64 tanh (TanhOp's scheme unrolled). Only used where AVX2 and FMA are present
/// (x86-64-v3, the NativeAOT target).
/// </summary>
internal static class VectorMath
{
    /// <summary>True when the float-native kernels can run (FMA is what keeps the reductions exact).</summary>
    public static bool IsSupported
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Fma.IsSupported && Avx2.IsSupported;
    }

    // Adding 1.5 * 2^23 rounds a float of magnitude below 2^22 to an integer n, which then sits in
    // the low mantissa bits: the float's bits are 0x4B400000 + n.
    private const float Magic = 12582912f;

    private const float Log2E = 1.44269502f;
    private const float Ln2Hi = 0.693147182f;       // float(ln 2)
    private const float Ln2Lo = -1.90465421e-09f;   // ln 2 - Ln2Hi

    /// <summary>e^x; overflow to +inf, underflow through the denormals to 0, NaN stays NaN, as MathF.Exp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        // |x| <= 86.9: n is in [-125, 125] and the result e^r 2^n a normal float.
        if (Avx.MoveMask(Avx.CompareNotLessThanOrEqual(Vector256.Abs(x), Vector256.Create(86.9f))) != 0)
            return ExpWide(x);
        return ExpCore(x);
    }

    /// <summary>e^x for lanes with |x| &lt;= 86.9 (no range check; not for NaN lanes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ExpCore(Vector256<float> x)
    {
        var t = Fma.MultiplyAdd(x, Vector256.Create(Log2E), Vector256.Create(Magic));
        var n = t - Vector256.Create(Magic);
        var p = ExpReduced(x, n);
        // times 2^n by adding n to the exponent field (t's low bits hold n; the product stays normal)
        return (p.AsInt32() + (t.AsInt32() << 23)).AsSingle();
    }

    /// <summary>e^r for r = x - n ln 2 with |r| &lt;= ln2 / 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ExpReduced(Vector256<float> x, Vector256<float> n)
    {
        // exact: n ln2hi has at most 32 significant bits and x - n ln2hi is below 1 in magnitude
        var r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2Hi), x);
        r = Fma.MultiplyAddNegated(n, Vector256.Create(Ln2Lo), r);
        // e^r = 1 + r + r^2 P(r), P minimax on |r| <= ln2/2 (relative error 4e-9)
        var p = Fma.MultiplyAdd(Vector256.Create(0.0013814189f), r, Vector256.Create(0.008368914f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(0.041668408f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(0.1666652f));
        p = Fma.MultiplyAdd(p, r, Vector256.Create(0.49999994f));
        p = Fma.MultiplyAdd(p * r, r, r);
        return p + Vector256<float>.One;
    }

    /// <summary>exp for vectors with a lane beyond +-86.9 or NaN: 2^n applied in two steps so that
    /// results near overflow stay finite and denormal results are rounded once.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<float> ExpWide(Vector256<float> x)
    {
        // clamp to [-150, 129] (beyond, the result is 0 or inf anyway); vmaxps/vminps return their
        // second operand when one is NaN, so NaN lanes pass through
        var xc = Avx.Min(Vector256.Create(129f), Avx.Max(Vector256.Create(-150f), x));
        var t = Fma.MultiplyAdd(xc, Vector256.Create(Log2E), Vector256.Create(Magic));
        var n = t - Vector256.Create(Magic);
        var p = ExpReduced(xc, n);
        var ni = t.AsInt32() - Vector256.Create(0x4B400000);
        var n1 = ni >> 1;
        var n2 = ni - n1;
        var s1 = ((n1 + Vector256.Create(127)) << 23).AsSingle();
        var s2 = ((n2 + Vector256.Create(127)) << 23).AsSingle();
        return p * s1 * s2;
    }

    /// <summary>tanh with full relative precision near 0: an odd minimax polynomial below |x| &lt; 0.35
    /// (where 1 - e^{-2|x|} would cancel), sign(x)(1 - e)/(1 + e) with e = e^{-2|x|} above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Tanh(Vector256<float> x)
    {
        var ax = Vector256.Abs(x);
        var z = x * x;
        // tanh a = a + a^3 P(a^2), P minimax on |x| <= 0.36 (relative error 2.5e-9)
        var p = Fma.MultiplyAdd(Vector256.Create(0.01929036f), z, Vector256.Create(-0.05369494f));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(0.13332175f));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.3333332f));
        var poly = Fma.MultiplyAdd(p * z, ax, ax);
        // tanh is 1 in float beyond 9.1, so clamping at 10 keeps e^{-2a} in ExpCore's range
        // (vminps returns its second operand for NaN: 10 there)
        var a = Avx.Min(ax, Vector256.Create(10f));
        var e = ExpCore(-(a + a));
        var r = (Vector256<float>.One - e) / (Vector256<float>.One + e);
        // NaN lanes take the polynomial (NaN); both branches work on |x|, and copying x's sign
        // back keeps tanh(-0) = -0
        var small = Avx.CompareNotGreaterThanOrEqual(ax, Vector256.Create(0.35f));
        return Avx.BlendVariable(r, poly, small) | (x & Vector256.Create(-0f));
    }

    /// <summary>float64 tanh: TanhOp's scheme with its 14-term Taylor polynomial unrolled (the generic
    /// loop over the coefficient array compiles to a slow loop) and .NET's Vector256.Exp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Tanh(Vector256<double> x)
    {
        var ax = Vector256.Abs(x);
        var z = x * x;
        // tanh a = a + a^3 P(a^2), P the Taylor series' coefficients a_1..a_13 (|a| < 0.35)
        var p = Fma.MultiplyAdd(Vector256.Create(-6.451689215655431e-06), z, Vector256.Create(1.5918905069328964e-05));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-3.927832388331683e-05));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(9.691537956929451e-05));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.00023912911424355248));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(0.000590027440945586));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.0014558343870513183));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(0.003592128036572481));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.008863235529902197));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(0.021869488536155203));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.05396825396825397));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(0.13333333333333333));
        p = Fma.MultiplyAdd(p, z, Vector256.Create(-0.3333333333333333));
        var poly = Fma.MultiplyAdd(p * z, ax, ax);
        var e = Vector256.Exp(-(ax + ax));
        var r = (Vector256<double>.One - e) / (Vector256<double>.One + e);
        // NaN lanes take the polynomial (NaN); x's sign goes back on at the end (tanh(-0) = -0)
        var small = Avx.CompareNotGreaterThanOrEqual(ax, Vector256.Create(0.35));
        return Avx.BlendVariable(r, poly, small) | (x & Vector256.Create(-0.0));
    }

    /// <summary>Natural log: exact for x in the normal positive range; 0, negatives, denormals, inf and NaN
    /// send the vector to .NET's Vector256.Log.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Log(Vector256<float> x)
    {
        var ok = Avx.CompareGreaterThanOrEqual(x, Vector256.Create(1.17549435e-38f))
               & Avx.CompareLessThanOrEqual(x, Vector256.Create(float.MaxValue));
        if (Avx.MoveMask(ok) != 0xFF) return LogWide(x);
        // x = 2^e m with m in [sqrt(1/2), sqrt 2): f = m - 1 is exact (Sterbenz)
        var bits = x.AsInt32();
        var e = (bits - Vector256.Create(0x3F3504F3)) >> 23;
        var m = (bits - (e << 23)).AsSingle();
        var f = m - Vector256<float>.One;
        var ef = Avx.ConvertToVector256Single(e);
        // log(1 + f) = f - f^2/2 + f^3 P(f), P minimax on [sqrt(1/2) - 1, sqrt 2 - 1] (relative error 3e-9)
        // Estrin's scheme: the degree-8 P in four dependent steps instead of Horner's eight
        var f2 = f * f;
        var f4 = f2 * f2;
        var p01 = Fma.MultiplyAdd(Vector256.Create(-0.2500001f), f, Vector256.Create(0.33333313f));
        var p23 = Fma.MultiplyAdd(Vector256.Create(-0.16667996f), f, Vector256.Create(0.20002119f));
        var p45 = Fma.MultiplyAdd(Vector256.Create(-0.124055915f), f, Vector256.Create(0.14219551f));
        var p67 = Fma.MultiplyAdd(Vector256.Create(-0.11675641f), f, Vector256.Create(0.11888175f));
        var p03 = Fma.MultiplyAdd(p23, f2, p01);
        var p47 = Fma.MultiplyAdd(p67, f2, p45);
        var p = Fma.MultiplyAdd(Fma.MultiplyAdd(Vector256.Create(0.06746601f), f4, p47), f4, p03);
        var y = Fma.MultiplyAdd(p * f, f2, f2 * Vector256.Create(-0.5f));
        y = Fma.MultiplyAdd(ef, Vector256.Create(Ln2Lo), y);
        y += f;
        return Fma.MultiplyAdd(ef, Vector256.Create(Ln2Hi), y);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<float> LogWide(Vector256<float> x) => Vector256.Log(x);

    // pi/2 = PiO2A + PiO2B + PiO2C, each a float: x - k PiO2A is exact for |k| < 2^24 when the
    // result is below 2 (true while |x| <= SinCosLimit), the other two steps round once each;
    // 2/pi's rounding moves k by at most 0.03 there, so |r| <= 0.83 stays in the polynomials' range.
    private const float TwoOverPi = 0.636619747f;
    private const float PiO2A = 1.57079637f;
    private const float PiO2B = -4.37113883e-08f;
    private const float PiO2C = -1.71512451e-15f;
    /// <summary>Largest |x| of the fast sin/cos: the reduced argument's absolute error stays below 2^-25.</summary>
    internal const float SinCosLimit = 1048576f;

    /// <summary>sin x; vectors with a lane beyond ±<see cref="SinCosLimit"/> (or NaN/inf) take .NET's accurate path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sin(Vector256<float> x)
    {
        var ax = Vector256.Abs(x);
        if (Avx.MoveMask(Avx.CompareNotLessThanOrEqual(ax, Vector256.Create(SinCosLimit))) != 0)
            return SinWide(x);
        // sin is odd: working on |x| and copying x's sign back keeps sin(-0) = -0
        return SinCos(ax, 0) ^ (x & Vector256.Create(-0f));
    }

    /// <summary>cos x; vectors with a lane beyond ±<see cref="SinCosLimit"/> (or NaN/inf) take .NET's accurate path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Cos(Vector256<float> x)
    {
        var ax = Vector256.Abs(x);
        if (Avx.MoveMask(Avx.CompareNotLessThanOrEqual(ax, Vector256.Create(SinCosLimit))) != 0)
            return CosWide(x);
        return SinCos(ax, 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<float> SinWide(Vector256<float> x) => Vector256.Sin(x);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<float> CosWide(Vector256<float> x) => Vector256.Cos(x);

    /// <summary>sin(x + quadrant pi/2) for 0 &lt;= x &lt;= SinCosLimit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> SinCos(Vector256<float> x, int quadrant)
    {
        var t = Fma.MultiplyAdd(x, Vector256.Create(TwoOverPi), Vector256.Create(Magic));
        var k = t - Vector256.Create(Magic);
        var r = Fma.MultiplyAddNegated(k, Vector256.Create(PiO2A), x);
        r = Fma.MultiplyAddNegated(k, Vector256.Create(PiO2B), r);
        r = Fma.MultiplyAddNegated(k, Vector256.Create(PiO2C), r);
        var z = r * r;
        // sin r = r + r^3 S(r^2), cos r = 1 - r^2/2 + r^4 C(r^2), minimax on |r| <= 0.86
        var s = Fma.MultiplyAdd(Vector256.Create(2.7106496e-06f), z, Vector256.Create(-0.00019838454f));
        s = Fma.MultiplyAdd(s, z, Vector256.Create(0.008333326f));
        s = Fma.MultiplyAdd(s, z, Vector256.Create(-0.16666667f));
        s = Fma.MultiplyAdd(s * z, r, r);
        var c = Fma.MultiplyAdd(Vector256.Create(2.435899e-05f), z, Vector256.Create(-0.0013886616f));
        c = Fma.MultiplyAdd(c, z, Vector256.Create(0.04166663f));
        c = Fma.MultiplyAdd(c * z, z, Fma.MultiplyAdd(z, Vector256.Create(-0.5f), Vector256<float>.One));
        // quadrant q = k + quadrant (mod 4): odd q takes cos, q & 2 flips the sign
        var q = t.AsInt32() + Vector256.Create(quadrant);
        var useCos = ((q & Vector256.Create(1)) << 31) >> 31;
        var sign = (q & Vector256.Create(2)) << 30;
        var v = Avx.BlendVariable(s, c, useCos.AsSingle());
        return (v.AsInt32() ^ sign).AsSingle();
    }
}
