using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The activation kernels on every length 0..257, vector and scalar paths, against float64.</summary>
public unsafe class ActivationKernelTests
{
    private static double[] Data(int n, int seed, double scale)
    {
        var r = new System.Random(seed);
        return Enumerable.Range(0, n).Select(_ => scale * (2 * r.NextDouble() - 1)).ToArray();
    }

    /// <summary>Relative error (with a floor of `floor` on the magnitude) of both paths on all lengths.</summary>
    private static void CheckUnary<TF, TD>(Func<double, double> reference, double scale, double tol32, double tol64, double floor = 1)
        where TF : IUnaryOp<float> where TD : IUnaryOp<double>
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                for (int n = 0; n <= 257; n++)
                {
                    var x = Data(n, n, scale);
                    var xf = x.Select(v => (float)v).ToArray();
                    var yf = new float[n]; var yd = new double[n];
                    fixed (float* px = xf, py = yf) Elementwise.Unary<TF, float>(px, py, n);
                    fixed (double* px = x, py = yd) Elementwise.Unary<TD, double>(px, py, n);
                    for (int i = 0; i < n; i++)
                    {
                        double r32 = reference(xf[i]), r64 = reference(x[i]);
                        Assert.True(Math.Abs(yf[i] - r32) <= tol32 * Math.Max(floor, Math.Abs(r32)), $"{typeof(TF).Name} f32 x={xf[i]} scalar={scalar}: {yf[i]} vs {r32}");
                        Assert.True(Math.Abs(yd[i] - r64) <= tol64 * Math.Max(floor, Math.Abs(r64)), $"{typeof(TD).Name} f64 x={x[i]} scalar={scalar}: {yd[i]} vs {r64}");
                    }
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    private static void CheckBinary<TF, TD>(Func<double, double, double> reference, double tol32, double tol64)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double>
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                for (int n = 0; n <= 257; n++)
                {
                    var a = Data(n, n, 3); var b = Data(n, n + 500, 1.5);
                    // exact ties exercise the tie branches of maximum/minimum shares
                    for (int i = 0; i < n; i += 7) b[i] = a[i];
                    var af = a.Select(v => (float)v).ToArray(); var bf = b.Select(v => (float)v).ToArray();
                    var yf = new float[n]; var yd = new double[n];
                    fixed (float* pa = af, pb = bf, py = yf) Elementwise.Binary<TF, float>(pa, pb, py, n);
                    fixed (double* pa = a, pb = b, py = yd) Elementwise.Binary<TD, double>(pa, pb, py, n);
                    for (int i = 0; i < n; i++)
                    {
                        double r32 = reference(af[i], bf[i]), r64 = reference(a[i], b[i]);
                        Assert.True(Math.Abs(yf[i] - r32) <= tol32 * Math.Max(1, Math.Abs(r32)), $"{typeof(TF).Name} f32 n={n} i={i} scalar={scalar}: {yf[i]} vs {r32}");
                        Assert.True(Math.Abs(yd[i] - r64) <= tol64 * Math.Max(1, Math.Abs(r64)), $"{typeof(TD).Name} f64 n={n} i={i} scalar={scalar}: {yd[i]} vs {r64}");
                    }
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    [Fact] public void Sin() => CheckUnary<SinOp<float>, SinOp<double>>(Math.Sin, 10, 2e-7, 1e-15);
    [Fact] public void Cos() => CheckUnary<CosOp<float>, CosOp<double>>(Math.Cos, 10, 2e-7, 1e-15);
    [Fact] public void SinCosLargeArguments()
    {
        foreach (double scale in new[] { 100.0, 1e4, 1e6 })
        {
            CheckUnary<SinOp<float>, SinOp<double>>(Math.Sin, scale, 2e-7, 1e-15);
            CheckUnary<CosOp<float>, CosOp<double>>(Math.Cos, scale, 2e-7, 1e-15);
        }
    }
    [Fact] public void Tanh() => CheckUnary<TanhOp<float>, TanhOp<double>>(Math.Tanh, 6, 3e-7, 2e-15, floor: 0);
    [Fact] public void Sigmoid() => CheckUnary<SigmoidOp<float>, SigmoidOp<double>>(v => 1 / (1 + Math.Exp(-v)), 20, 3e-7, 2e-15, floor: 0);
    [Fact] public void Relu() => CheckUnary<ReluOp<float>, ReluOp<double>>(v => Math.Max(v, 0), 3, 0, 0);

    /// <summary>Relative precision near 0, where 1 - e^{-2x} cancels (TensorPrimitives.Tanh loses 0.5% at 5e-6).</summary>
    [Fact] public void TanhRelativePrecisionNearZero()
    {
        foreach (double scale in new[] { 1e-7, 5e-6, 1e-3, 0.1, 0.4 })
            CheckUnary<TanhOp<float>, TanhOp<double>>(Math.Tanh, scale, 3e-7, 2e-15, floor: 0);
    }

    [Fact] public void SigmoidRelativePrecisionInTheTails()
    {
        foreach (double scale in new[] { 1e-6, 30, 80 })
            CheckUnary<SigmoidOp<float>, SigmoidOp<double>>(v => 1 / (1 + Math.Exp(-v)), scale, 3e-6, 2e-15, floor: 0);
    }

    [Fact] public void TanhBackward() => CheckBinary<TanhBackwardOp<float>, TanhBackwardOp<double>>((g, y) => g * (1 - y * y), 1e-6, 1e-15);
    [Fact] public void SinBackward() => CheckBinary<SinBackwardOp<float>, SinBackwardOp<double>>((g, x) => g * Math.Cos(x), 5e-7, 1e-15);
    [Fact] public void CosBackward() => CheckBinary<CosBackwardOp<float>, CosBackwardOp<double>>((g, x) => -g * Math.Sin(x), 5e-7, 1e-15);
    [Fact] public void SigmoidBackward() => CheckBinary<SigmoidBackwardOp<float>, SigmoidBackwardOp<double>>((g, y) => g * y * (1 - y), 1e-6, 1e-15);
    [Fact] public void ThresholdBackward() => CheckBinary<ThresholdBackwardOp<float>, ThresholdBackwardOp<double>>((g, x) => x > 0 ? g : 0, 0, 0);
    [Fact] public void Maximum() => CheckBinary<MaxOp<float>, MaxOp<double>>(Math.Max, 0, 0);
    [Fact] public void Minimum() => CheckBinary<MinOp<float>, MinOp<double>>(Math.Min, 0, 0);
    [Fact] public void MaximumShare() => CheckBinary<MaxGradShareOp<float>, MaxGradShareOp<double>>((a, b) => a > b ? 1 : a == b ? 0.5 : 0, 0, 0);
    [Fact] public void MinimumShare() => CheckBinary<MinGradShareOp<float>, MinGradShareOp<double>>((a, b) => a < b ? 1 : a == b ? 0.5 : 0, 0, 0);
    // float32 rounds x - m before exp, so its error grows with |x - m| (at most 4.5 here).
    [Fact] public void SubExp() => CheckBinary<SubExpOp<float>, SubExpOp<double>>((x, m) => Math.Exp(x - m), 1e-6, 2e-15);

    [Fact]
    public void MaxAndMinPropagateNaN()
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                var a = Enumerable.Range(0, 19).Select(i => (double)i).ToArray(); var b = new double[19]; var y = new double[19];
                a[3] = double.NaN; b[17] = double.NaN;
                fixed (double* pa = a, pb = b, py = y) Elementwise.Binary<MaxOp<double>, double>(pa, pb, py, 19);
                Assert.True(double.IsNaN(y[3]) && double.IsNaN(y[17]) && y[5] == 5);
                fixed (double* pa = a, pb = b, py = y) Elementwise.Binary<MinOp<double>, double>(pa, pb, py, 19);
                Assert.True(double.IsNaN(y[3]) && double.IsNaN(y[17]) && y[5] == 0);
                fixed (double* pa = a) Assert.True(double.IsNaN(AlongDim.MaxRow(pa, 19)));
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    /// <summary>softmax / log_softmax / logsumexp rows of every length on both paths, inner 1 and inner 3.</summary>
    [Fact]
    public void SoftmaxFamilyAllLengths()
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (int inner in new[] { 1, 3 })
                    for (int n = 1; n <= 257; n += n < 40 ? 1 : 17)
                    {
                        int outer = 2, total = outer * n * inner;
                        var x = Data(total, n, 30);
                        var sm = new double[total]; var lsm = new double[total]; var lse = new double[outer * inner];
                        var xf = x.Select(v => (float)v).ToArray(); var smf = new float[total];
                        fixed (double* px = x, ps = sm, pl = lsm, pe = lse)
                        {
                            AlongDim.Softmax(px, ps, outer, n, inner, log: false);
                            AlongDim.Softmax(px, pl, outer, n, inner, log: true);
                            AlongDim.LogSumExp(px, pe, outer, n, inner);
                        }
                        fixed (float* px = xf, ps = smf) AlongDim.Softmax(px, ps, outer, n, inner, log: false);
                        for (int o = 0; o < outer; o++)
                            for (int i = 0; i < inner; i++)
                            {
                                double m = double.NegativeInfinity;
                                for (int k = 0; k < n; k++) m = Math.Max(m, x[(o * n + k) * inner + i]);
                                double s = 0;
                                for (int k = 0; k < n; k++) s += Math.Exp(x[(o * n + k) * inner + i] - m);
                                double lseRef = m + Math.Log(s);
                                // the float32 reference starts from the float32-rounded inputs
                                double mf = double.NegativeInfinity, sf = 0;
                                for (int k = 0; k < n; k++) mf = Math.Max(mf, xf[(o * n + k) * inner + i]);
                                for (int k = 0; k < n; k++) sf += Math.Exp(xf[(o * n + k) * inner + i] - mf);
                                double lseRefF = mf + Math.Log(sf);
                                Assert.True(Math.Abs(lse[o * inner + i] - lseRef) <= 1e-13 * Math.Max(1, Math.Abs(lseRef)), $"lse n={n}");
                                for (int k = 0; k < n; k++)
                                {
                                    int j = (o * n + k) * inner + i;
                                    double r = Math.Exp(x[j] - lseRef);
                                    Assert.True(Math.Abs(sm[j] - r) <= 1e-14 * Math.Max(1e-300, r) + 1e-300, $"softmax n={n} inner={inner}: {sm[j]} vs {r}");
                                    Assert.True(Math.Abs(lsm[j] - (x[j] - lseRef)) <= 1e-13 * Math.Max(1, Math.Abs(x[j] - lseRef)), $"log_softmax n={n}");
                                    // float32 rounds x - m first: relative error grows with |x - m|.
                                    double rf = Math.Exp(xf[j] - lseRefF);
                                    Assert.True(Math.Abs(smf[j] - rf) <= (4e-7 + 1.2e-7 * Math.Abs(xf[j] - lseRefF)) * rf + 1e-38, $"softmax f32 n={n}: {smf[j]} vs {rf}");
                                }
                            }
                    }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    /// <summary>The fused softmax / log_softmax backward kernels against their formulas, both paths, inner 1 and 3.</summary>
    [Fact]
    public void SoftmaxBackwardAllLengths()
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (int inner in new[] { 1, 3 })
                    for (int n = 1; n <= 257; n += n < 40 ? 1 : 17)
                    {
                        int outer = 2, total = outer * n * inner;
                        var g = Data(total, n, 2); var y = Data(total, n + 7, 1);
                        var r = new double[total]; var rl = new double[total];
                        fixed (double* pg = g, py = y, pr = r, pl = rl)
                        {
                            AlongDim.SoftmaxBackward(pg, py, pr, outer, n, inner, log: false);
                            AlongDim.SoftmaxBackward(pg, py, pl, outer, n, inner, log: true);
                        }
                        for (int o = 0; o < outer; o++)
                            for (int i = 0; i < inner; i++)
                            {
                                double sgy = 0, sg = 0;
                                for (int k = 0; k < n; k++) { int j = (o * n + k) * inner + i; sgy += g[j] * y[j]; sg += g[j]; }
                                for (int k = 0; k < n; k++)
                                {
                                    int j = (o * n + k) * inner + i;
                                    double e1 = y[j] * (g[j] - sgy), e2 = g[j] - Math.Exp(y[j]) * sg;
                                    Assert.True(Math.Abs(r[j] - e1) <= 1e-12 * Math.Max(1, Math.Abs(sgy)), $"softmax_backward n={n} inner={inner}: {r[j]} vs {e1}");
                                    Assert.True(Math.Abs(rl[j] - e2) <= 1e-12 * Math.Max(1, Math.Abs(sg) * 3), $"log_softmax_backward n={n} inner={inner}: {rl[j]} vs {e2}");
                                }
                            }
                    }
            }
            finally { Simd.ForceScalar = false; }
        }
    }
}
