using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// The test of a declared unary op is one row here: its kernel against a float64 reference on every
/// length 0..257 on the Vector256 and the scalar path, in float32 and float64, over its domain
/// (with values near 0 and near the domain's ends), in place as well; and its derivative by
/// gradcheck and gradgradcheck (the rows join <see cref="GradCheckTests.Cases"/>). The Python suite
/// compares every generated unary op with PyTorch by itself (test_ops_gen.py).
/// </summary>
public class UnaryOpTests
{
    /// <summary>An op, its float64 reference, the domain [Lo, Hi] of the sweep, and the relative tolerances.</summary>
    /// <remarks>Abs32/Abs64 are absolute tolerances for ops whose result cancels (gelu = x (1 + erf) / 2 near
    /// -inf loses erf's absolute error, as it does in PyTorch). GradDomain maps gradcheck's inputs (standard
    /// normal, or (0.5, 2) when Lo &gt; 0) into the op's domain.</remarks>
    public sealed record Unary(string Name, Func<Tensor, Tensor> Op, Func<double, double> Reference, double Lo, double Hi,
        double Tol32 = 4e-7, double Tol64 = 4e-15, Func<Tensor, Tensor>? InPlace = null, double Abs32 = 0, double Abs64 = 0,
        Func<Tensor, Tensor>? GradDomain = null)
    {
        public override string ToString() => Name;
    }

    public static readonly Unary[] Cases =
    [
        new("expm1", x => x.Expm1(), Expm1Reference, -20, 20, InPlace: x => x.Expm1_()),
        new("log1p", x => x.Log1p(), Log1pReference, -0.9, 30, InPlace: x => x.Log1p_()),
        new("erf", x => x.Erf(), ErfReference, -5, 5, Tol32: 5e-7, InPlace: x => x.Erf_()),
        new("gelu", x => x.Gelu(), x => 0.5 * x * (1 + ErfReference(x / Math.Sqrt(2))), -6, 6, Tol32: 1e-6, Tol64: 1e-14, Abs32: 5e-7, Abs64: 4e-15),
        new("gelu tanh", x => x.Gelu(1), x => 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))), -6, 6,
            Tol32: 1e-6, Tol64: 1e-14, Abs32: 5e-7, Abs64: 4e-15),
        new("silu", x => x.Silu(), x => x / (1 + Math.Exp(-x)), -20, 20, Tol32: 1e-6, Tol64: 1e-14),
        new("tan", x => x.Tan(), Math.Tan, -1.5, 1.5, InPlace: x => x.Tan_()),
        new("asin", x => x.Asin(), Math.Asin, -0.99, 0.99, InPlace: x => x.Asin_()),
        new("acos", x => x.Acos(), Math.Acos, -0.99, 0.99, InPlace: x => x.Acos_()),
        new("atan", x => x.Atan(), Math.Atan, -50, 50, InPlace: x => x.Atan_()),
        new("sinh", x => x.Sinh(), Math.Sinh, -20, 20, InPlace: x => x.Sinh_()),
        new("cosh", x => x.Cosh(), Math.Cosh, -20, 20, InPlace: x => x.Cosh_()),
        new("log2", x => x.Log2(), Math.Log2, 0.01, 100, InPlace: x => x.Log2_()),
        new("log10", x => x.Log10(), Math.Log10, 0.01, 100, InPlace: x => x.Log10_()),
        new("floor", x => x.Floor(), Math.Floor, -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Floor_()),
        new("ceil", x => x.Ceil(), Math.Ceiling, -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Ceil_()),
        new("round", x => x.Round(), x => Math.Round(x, MidpointRounding.ToEven), -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Round_()),
        new("trunc", x => x.Trunc(), Math.Truncate, -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Trunc_()),
        new("sign", x => x.Sign(), x => x > 0 ? 1 : x < 0 ? -1 : 0, -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Sign_()),
        new("rsqrt", x => x.Rsqrt(), x => 1 / Math.Sqrt(x), 0.01, 100, Tol32: 8e-7, Tol64: 8e-16, InPlace: x => x.Rsqrt_()),
        new("asinh", x => x.Asinh(), Math.Asinh, -50, 50, InPlace: x => x.Asinh_()),
        new("acosh", x => x.Acosh(), Math.Acosh, 1, 50, InPlace: x => x.Acosh_(), GradDomain: x => x + 1.0),
        new("atanh", x => x.Atanh(), Math.Atanh, -0.99, 0.99, InPlace: x => x.Atanh_(), GradDomain: x => x.Tanh() * 0.9),
        new("exp2", x => x.Exp2(), x => Math.Pow(2, x), -20, 20, InPlace: x => x.Exp2_()),
        new("frac", x => x.Frac(), x => x - Math.Truncate(x), -50, 50, Tol32: 0, Tol64: 0, InPlace: x => x.Frac_()),
        // pi x rounds in the dtype (as PyTorch's kernel): near the zeros of sin an absolute error of about one ulp of pi x / (pi x).
        new("sinc", x => x.Sinc(), SincReference, -5, 5, InPlace: x => x.Sinc_(), Abs32: 3e-7, Abs64: 5e-16),
    ];

    public static TheoryData<Unary> All() { var d = new TheoryData<Unary>(); foreach (var c in Cases) d.Add(c); return d; }

    /// <summary>n values: a spread over [lo, hi] and, where the domain holds 0, tiny ones of both signs.</summary>
    private static double[] Data(int n, Unary c)
    {
        var r = new System.Random(n);
        return Enumerable.Range(0, n).Select(i =>
            i % 5 == 4 && c.Lo < 0 && c.Hi > 0 ? (r.NextDouble() - 0.5) * Math.Pow(10, -r.Next(3, 12))
                                              : c.Lo + (c.Hi - c.Lo) * r.NextDouble()).ToArray();
    }

    [Theory]
    [MemberData(nameof(All))]
    public void KernelOnEveryLengthAndPath(Unary c)
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                for (int n = 0; n <= 257; n++)
                {
                    var x = Data(n, c);
                    foreach (var dt in new[] { DType.Float32, DType.Float64 })
                    {
                        using var t = Tensor.FromArray(x, n).To(dt);
                        using var y = c.Op(t);
                        var got = y.ToDoubleArray();
                        var input = t.ToDoubleArray();
                        double tol = dt == DType.Float32 ? c.Tol32 : c.Tol64, abs = dt == DType.Float32 ? c.Abs32 : c.Abs64;
                        for (int i = 0; i < n; i++)
                        {
                            double want = c.Reference(input[i]);
                            if (dt == DType.Float32) want = (float)want;
                            Assert.True(Math.Abs(got[i] - want) <= tol * Math.Abs(want) + abs || got[i] == want,
                                $"{c.Name} {dt} n={n} i={i} scalar={scalar}: f({input[i]:R}) = {got[i]:R}, expected {want:R}");
                        }
                        if (c.InPlace is { } ip)
                        {
                            using var z = t.Clone();
                            ip(z);
                            Assert.Equal(got, z.ToDoubleArray());
                        }
                    }
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void SpecialValues(Unary c)
    {
        double[] specials = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, c.Lo, c.Hi];
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                // Long enough for the vector path, with every special in every lane position.
                var x = Enumerable.Range(0, 64).Select(i => specials[i % specials.Length]).ToArray();
                using var y = c.Op(Tensor.FromArray(x, x.Length));
                var got = y.ToDoubleArray();
                for (int i = 0; i < x.Length; i++)
                {
                    double want = c.Reference(x[i]);
                    Assert.True(got[i].Equals(want) || Math.Abs(got[i] - want) <= c.Tol64 * Math.Abs(want) + c.Abs64,
                        $"{c.Name}({x[i]}) = {got[i]:R}, expected {want:R} (scalar={scalar})");
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    // ---- references in float64 (series near 0, where the library functions lose digits) ----

    private static double Expm1Reference(double x)
    {
        if (double.IsNaN(x) || Math.Abs(x) > 0.5) return Math.Exp(x) - 1;
        double term = x, sum = x;
        for (int k = 2; k < 30 && Math.Abs(term) > 1e-20 * Math.Abs(sum); k++) { term *= x / k; sum += term; }
        return sum;
    }

    /// <summary>erf by its Taylor series in decimal (28 digits: the alternating terms' cancellation leaves 17).</summary>
    private static double ErfReference(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) >= 6) return Math.Sign(x);
        // decimal keeps 28 places after the point: tiny arguments go through the (exact enough) double series.
        if (Math.Abs(x) < 1e-3) return 1.1283791670955126 * x * (1 - x * x / 3 + x * x * x * x / 10);
        // Through the shortest round-trip string: a decimal cast keeps only 15 digits.
        decimal z = decimal.Parse(x.ToString("R"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        decimal z2 = z * z, term = z, sum = z;
        for (int n = 1; n < 200; n++)
        {
            term *= -z2 / n;
            decimal add = term / (2 * n + 1);
            sum += add;
            if (Math.Abs(add) < 1e-26m) break;
        }
        return (double)(sum * 1.1283791670955125738961589031m);
    }

    private static double SincReference(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static double Log1pReference(double x)
    {
        if (double.IsNaN(x) || x < -1) return double.NaN;
        if (Math.Abs(x) > 0.1) return Math.Log(1 + x);
        double term = x, sum = x;
        for (int k = 2; k < 24; k++) { term *= -x; sum += term / k; }
        return sum;
    }
}
