using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// The float-native vector exp/log/sin/cos/tanh/sigmoid (VectorMath) on special values, where the
/// vector path must behave as the scalar reference (overflow, underflow through the denormals,
/// NaN, infinities, signed zeros), and on dense sweeps of the float range against float64.
/// </summary>
public unsafe class VectorMathTests
{
    private const float Denorm = 1.401298e-45f;

    /// <summary>Runs op on both paths over `values` (each value also surrounded by ordinary lanes,
    /// so a vector mixes special and ordinary lanes) and compares lane by lane with the scalar path
    /// and with float64.</summary>
    private static void CheckSpecial<TOp>(float[] values, Func<double, double> reference, double tol = 2e-7, double floor = 0) where TOp : IUnaryOp<float>
    {
        // layout: value, 7 ordinary lanes, value, ... so every value lands in a different lane
        var xs = new List<float>();
        var r = new System.Random(7);
        foreach (var v in values)
        {
            xs.Add(v);
            for (int k = 0; k < 6 + xs.Count % 3; k++) xs.Add((float)(4 * r.NextDouble() - 2));
        }
        var x = xs.ToArray();
        int n = x.Length;
        var yv = new float[n]; var ys = new float[n];
        fixed (float* px = x, py = yv) Elementwise.Unary<TOp, float>(px, py, n);
        Simd.ForceScalar = true;
        try { fixed (float* px = x, py = ys) Elementwise.Unary<TOp, float>(px, py, n); }
        finally { Simd.ForceScalar = false; }
        for (int i = 0; i < n; i++)
        {
            float v = yv[i], s = ys[i];
            string msg = $"{typeof(TOp).Name} x={x[i]:R}: vector {v:R}, scalar {s:R}";
            Assert.True(float.IsNaN(v) == float.IsNaN(s), msg);
            if (float.IsNaN(s)) continue;
            if (float.IsInfinity(s) || s == 0) { Assert.True(v.Equals(s) && float.IsNegative(v) == float.IsNegative(s), msg); continue; }
            Assert.True(float.IsFinite(v) && v != 0, msg);
            double d = reference(x[i]);
            // relative to float64 (absolute below floor), with one denormal step of slack where the result is denormal
            Assert.True(Math.Abs(v - d) <= tol * Math.Max(floor, Math.Abs(d)) + Denorm, msg + $", float64 {d:R}");
        }
    }

    private static readonly float[] Common =
    [
        float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -float.Epsilon,
        1e-40f, -1e-40f, 1.17549435e-38f, 1e-30f, -1e-30f, 1f, -1f, float.MaxValue, float.MinValue,
    ];

    [Fact]
    public void ExpSpecialValues() => CheckSpecial<ExpOp<float>>([.. Common,
        88.72283f, 88.7229f, 89f, 100f, 1000f, 86.9f, -86.9f, 86.91f, -86.91f, 87.3f, -87.3f, 87.31f, -87.31f, -87.34f, -88f, -88.72f, -90f, -100f,
        -102.5f, -103.2f, -103.9f, -105f, -150f, -151f, -1000f, 50f, -50f, 126.9f * 0.6931472f, -126.5f * 0.6931472f], Math.Exp);

    [Fact]
    public void LogSpecialValues() => CheckSpecial<LogOp<float>>([.. Common,
        -2f, 2f, 0.5f, 0.70710677f, 0.7071068f, 1.4142135f, 1.4142137f, 0.99999994f, 1.0000001f, 3e38f, 1e-45f, 5e-39f], Math.Log);

    [Fact]
    public void SinCosSpecialValues()
    {
        float[] v = [.. Common, 3.14159274f, -3.14159274f, 1.57079637f, 6.28318548f, 65535.9f, 65536f, 65537f, -65537f, 1048575.9f, 1048576f, 1048577f, -1048577f,
            1e5f, 1e7f, 1.5e9f, 16777216f, 0.785398185f, -0.785398185f, 1e-20f, 710.5f, 103993f];
        CheckSpecial<SinOp<float>>(v, Math.Sin, 1.2e-7, floor: 1);
        CheckSpecial<CosOp<float>>(v, Math.Cos, 1.2e-7, floor: 1);
    }

    [Fact]
    public void TanhSigmoidSpecialValues()
    {
        float[] v = [.. Common, 0.35f, 0.34999996f, -0.35f, 9f, 9.2f, 10f, 20f, 44f, -44f, 87.4f, -87.4f, 88.8f, -88.8f, 104f, -104f, 200f, -200f];
        CheckSpecial<TanhOp<float>>(v, Math.Tanh, 3e-7);
        CheckSpecial<SigmoidOp<float>>(v.Where(x => x > -88.7f || float.IsNaN(x)).ToArray(), t => 1 / (1 + Math.Exp(-t)), 3e-7);
        // below -88.7, e^-x overflows on both paths: sigmoid is 0 there (the float64 value is denormal)
        CheckSpecial<SigmoidOp<float>>([-88.8f, -104f, -200f, float.NegativeInfinity], t => t < -88.7 ? 0 : 1 / (1 + Math.Exp(-t)), 3e-7);
    }

    [Fact]
    public void TanhFloat64SpecialValues()
    {
        double[] v = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, double.Epsilon, 1e-300, -1e-20,
            0.35, 0.34999999999999998, -0.35, 19.1, 20, 40, -400, double.MaxValue, double.MinValue, 0.1, -3];
        var x = v.Concat(v.Reverse()).Concat(v).ToArray();   // every value in several lanes
        var y = new double[x.Length];
        fixed (double* px = x, py = y) Elementwise.Unary<TanhOp<double>, double>(px, py, x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            double d = Math.Tanh(x[i]);
            string msg = $"tanh({x[i]:R}) = {y[i]:R}, Math.Tanh {d:R}";
            Assert.True(double.IsNaN(y[i]) == double.IsNaN(d), msg);
            if (double.IsNaN(d)) continue;
            if (d == 0) Assert.True(y[i] == 0 && double.IsNegative(y[i]) == double.IsNegative(d), msg);
            Assert.True(Math.Abs(y[i] - d) <= 2e-16 * Math.Abs(d), msg);
        }
    }

    /// <summary>Every `step`-th float (by bit pattern) in [lo, hi] through the vector path against float64:
    /// the relative error (absolute below `floor`) must stay within tol.</summary>
    private static void Sweep<TOp>(Func<double, double> reference, float lo, float hi, int step, double tol, double floor, bool negatives = true) where TOp : IUnaryOp<float>
    {
        var xs = new List<float>();
        foreach (float start in negatives ? new[] { lo, -lo } : new[] { lo })
        {
            int b0 = BitConverter.SingleToInt32Bits(start), b1 = BitConverter.SingleToInt32Bits(start < 0 ? -hi : hi);
            for (long b = b0; b <= b1; b += step) xs.Add(BitConverter.Int32BitsToSingle((int)b));
            if (start < 0) xs.Add(-hi);
        }
        var x = xs.ToArray();
        var y = new float[x.Length];
        fixed (float* px = x, py = y) Elementwise.Unary<TOp, float>(px, py, x.Length);
        double worst = 0; float at = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = reference(x[i]);
            double e = Math.Abs(y[i] - d) / Math.Max(floor, Math.Abs(d));
            if (!(e <= worst)) { worst = e; at = x[i]; }
        }
        Assert.True(worst <= tol, $"{typeof(TOp).Name}: max error {worst:E3} at x={at:R} over {x.Length} points");
    }

    [Fact] public void ExpSweep() => Sweep<ExpOp<float>>(Math.Exp, 1e-20f, 87.3f, 2001, 1.2e-7, 0);
    /// <summary>e^x where the result is denormal (or nearly): rounded once, so within one denormal step of float64.</summary>
    [Fact]
    public void ExpDenormalSweep()
    {
        int b0 = BitConverter.SingleToInt32Bits(86.8f), b1 = BitConverter.SingleToInt32Bits(104f);
        var x = Enumerable.Range(0, (b1 - b0) / 97 + 1).Select(i => -BitConverter.Int32BitsToSingle(b0 + 97 * i)).ToArray();
        var y = new float[x.Length];
        fixed (float* px = x, py = y) Elementwise.Unary<ExpOp<float>, float>(px, py, x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            double d = Math.Exp(x[i]);
            Assert.True(Math.Abs(y[i] - d) <= 1.2e-7 * d + Denorm, $"exp({x[i]:R}) = {y[i]:R}, float64 {d:R}");
        }
    }
    [Fact] public void LogSweep() => Sweep<LogOp<float>>(Math.Log, 1.2e-38f, 3.4e38f, 4001, 1.2e-7, 0, negatives: false);
    [Fact] public void SinSweep() => Sweep<SinOp<float>>(Math.Sin, 1e-20f, 1048576f, 2001, 1.2e-7, 1);
    [Fact] public void CosSweep() => Sweep<CosOp<float>>(Math.Cos, 1e-20f, 1048576f, 2001, 1.2e-7, 1);
    /// <summary>sin/cos keep relative precision on moderate arguments, also near their zeros.</summary>
    [Fact] public void SinCosRelativeSweep()
    {
        Sweep<SinOp<float>>(Math.Sin, 1e-20f, 100f, 2001, 1.6e-7, 0);
        Sweep<CosOp<float>>(Math.Cos, 1e-20f, 100f, 2001, 1.6e-7, 0);
    }
    [Fact] public void TanhSweep() => Sweep<TanhOp<float>>(Math.Tanh, 1e-20f, 20f, 2001, 2.5e-7, 0);
}
