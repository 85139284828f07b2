using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Every kernel on every length 0..257, on its Vector256 path and its scalar path, against a float64 reference.</summary>
public unsafe class KernelTests
{
    private static readonly int[] Lengths = Enumerable.Range(0, 258).ToArray();

    private static double[] Data(int n, int seed, bool positive)
    {
        var r = new System.Random(seed);
        return Enumerable.Range(0, n).Select(_ => positive ? 0.05 + 3 * r.NextDouble() : 6 * r.NextDouble() - 3).ToArray();
    }

    private static void CheckUnary<TF, TD>(Func<double, double> reference, bool positive, double relTol32, double relTol64)
        where TF : IUnaryOp<float> where TD : IUnaryOp<double>
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (int n in Lengths)
                {
                    var x = Data(n, n, positive);
                    var xf = x.Select(v => (float)v).ToArray();
                    var yf = new float[n];
                    var yd = new double[n];
                    fixed (float* px = xf, py = yf) Elementwise.Unary<TF, float>(px, py, n);
                    fixed (double* px = x, py = yd) Elementwise.Unary<TD, double>(px, py, n);
                    for (int i = 0; i < n; i++)
                    {
                        double r32 = reference(xf[i]), r64 = reference(x[i]);
                        Assert.True(Math.Abs(yf[i] - r32) <= relTol32 * Math.Max(1, Math.Abs(r32)), $"{typeof(TF).Name} f32 n={n} i={i} scalar={scalar}: {yf[i]} vs {r32}");
                        Assert.True(Math.Abs(yd[i] - r64) <= relTol64 * Math.Max(1, Math.Abs(r64)), $"{typeof(TD).Name} f64 n={n} i={i} scalar={scalar}: {yd[i]} vs {r64}");
                    }
                    // In place must give the same result (the overlapping last vector is loaded first).
                    var inPlace = (float[])xf.Clone();
                    fixed (float* p = inPlace) Elementwise.Unary<TF, float>(p, p, n);
                    Assert.Equal(yf, inPlace);
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    private static void CheckBinary<TF, TD>(Func<double, double, double> reference, bool positive, double relTol32)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double>
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (int n in Lengths)
                {
                    var a = Data(n, n, positive); var b = Data(n, n + 1000, true);
                    var af = a.Select(v => (float)v).ToArray(); var bf = b.Select(v => (float)v).ToArray();
                    var y = new float[n]; var ys = new float[n]; var ya = new float[n]; var yd = new double[n];
                    fixed (float* pa = af, pb = bf, py = y, pys = ys, pya = ya)
                    {
                        Elementwise.Binary<TF, float>(pa, pb, py, n);
                        Elementwise.BinaryScalarB<TF, float>(pa, 1.5f, pys, n);
                        Elementwise.BinaryScalarA<TF, float>(1.5f, pb, pya, n);
                    }
                    fixed (double* pa = a, pb = b, py = yd) Elementwise.Binary<TD, double>(pa, pb, py, n);
                    for (int i = 0; i < n; i++)
                    {
                        Close(reference(af[i], bf[i]), y[i], relTol32, n, i);
                        Close(reference(af[i], 1.5f), ys[i], relTol32, n, i);
                        Close(reference(1.5f, bf[i]), ya[i], relTol32, n, i);
                        Close(reference(a[i], b[i]), yd[i], 1e-14, n, i);
                    }
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    private static void Close(double expected, double actual, double tol, int n, int i)
        => Assert.True(Math.Abs(expected - actual) <= tol * Math.Max(1, Math.Abs(expected)), $"n={n} i={i}: {actual} vs {expected}");

    [Fact] public void Neg() => CheckUnary<NegOp<float>, NegOp<double>>(v => -v, false, 0, 0);
    [Fact] public void Square() => CheckUnary<SquareOp<float>, SquareOp<double>>(v => v * v, false, 1e-6, 1e-15);
    [Fact] public void Cube() => CheckUnary<CubeOp<float>, CubeOp<double>>(v => v * v * v, false, 1e-6, 1e-15);
    [Fact] public void Reciprocal() => CheckUnary<ReciprocalOp<float>, ReciprocalOp<double>>(v => 1 / v, true, 1e-6, 1e-15);
    [Fact] public void Sqrt() => CheckUnary<SqrtOp<float>, SqrtOp<double>>(Math.Sqrt, true, 1e-6, 1e-15);
    [Fact] public void Exp() => CheckUnary<ExpOp<float>, ExpOp<double>>(Math.Exp, false, 2e-7, 1e-15);
    [Fact] public void Log() => CheckUnary<LogOp<float>, LogOp<double>>(Math.Log, true, 2e-7, 1e-15);

    [Fact] public void Add() => CheckBinary<AddOp<float>, AddOp<double>>((a, b) => a + b, false, 1e-6);
    [Fact] public void Sub() => CheckBinary<SubOp<float>, SubOp<double>>((a, b) => a - b, false, 1e-6);
    [Fact] public void Mul() => CheckBinary<MulOp<float>, MulOp<double>>((a, b) => a * b, false, 1e-6);
    [Fact] public void Div() => CheckBinary<DivOp<float>, DivOp<double>>((a, b) => a / b, false, 1e-6);
    [Fact] public void DivNoNan() => CheckBinary<DivNoNanOp<float>, DivNoNanOp<double>>((a, b) => b == 0 ? 0 : a / b, false, 1e-6);
    [Fact] public void Pow() => CheckBinary<PowOp<float>, PowOp<double>>(Math.Pow, true, 1e-5);

    [Fact]
    public void DivNoNanIsZeroWhereDenominatorIsZero()
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            var a = Enumerable.Repeat(1f, 19).ToArray(); var b = new float[19]; var y = new float[19];
            b[3] = 2;
            fixed (float* pa = a, pb = b, py = y) Elementwise.Binary<DivNoNanOp<float>, float>(pa, pb, py, 19);
            Simd.ForceScalar = false;
            Assert.Equal(0.5f, y[3]);
            Assert.Equal(0f, y[0]);
            Assert.Equal(0f, y[18]);
        }
    }

    [Fact]
    public void SumAndSumSquaresAllLengths()
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (int n in Lengths.Concat([1023, 1024, 1025, 5000]))
                {
                    var x = Data(n, n, false);
                    var xf = x.Select(v => (float)v).ToArray();
                    double refSum = xf.Sum(v => (double)v), refSq = xf.Sum(v => (double)v * v);
                    fixed (float* p = xf)
                    {
                        Close(refSum, Reduce.Sum(p, n), 1e-5, n, -1);
                        Close(refSq, Reduce.SumSquares(p, n), 1e-5, n, -1);
                    }
                    fixed (double* p = x) Close(x.Sum(), Reduce.Sum(p, n), 1e-12, n, -1);
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    [Fact]
    public void GemmAllLayoutsMatchNaive()
    {
        var r = new System.Random(5);
        foreach (bool scalar in new[] { false, true })
            foreach (var (m, k, n) in new[] { (1, 1, 1), (3, 5, 7), (17, 9, 33), (64, 64, 64), (5, 130, 3) })
            {
                Simd.ForceScalar = scalar;
                try
                {
                    var a = Enumerable.Range(0, m * k).Select(_ => r.NextDouble() - 0.5).ToArray();
                    var b = Enumerable.Range(0, k * n).Select(_ => r.NextDouble() - 0.5).ToArray();
                    var expect = new double[m * n];
                    for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) for (int p = 0; p < k; p++) expect[i * n + j] += a[i * k + p] * b[p * n + j];
                    var bt = new double[n * k];
                    for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) bt[j * k + p] = b[p * n + j];
                    var at = new double[k * m];
                    for (int i = 0; i < m; i++) for (int p = 0; p < k; p++) at[p * m + i] = a[i * k + p];
                    var c1 = new double[m * n]; var c2 = new double[m * n]; var c3 = new double[m * n];
                    fixed (double* pa = a, pb = b, pbt = bt, pat = at, p1 = c1, p2 = c2, p3 = c3)
                    {
                        Gemm.Run(pa, k, 1, pb, n, 1, p1, m, k, n);     // row-major A, B
                        Gemm.Run(pa, k, 1, pbt, 1, k, p2, m, k, n);    // B transposed view (G * B^T)
                        Gemm.Run(pat, 1, m, pb, n, 1, p3, m, k, n);    // A transposed view (A^T * G)
                    }
                    for (int i = 0; i < m * n; i++)
                    {
                        Close(expect[i], c1[i], 1e-12, m, i);
                        Close(expect[i], c2[i], 1e-12, m, i);
                        Close(expect[i], c3[i], 1e-12, m, i);
                    }
                }
                finally { Simd.ForceScalar = false; }
            }
    }

    [Fact]
    public void LibraryUsesAvx2WidthWhereAvailable()
    {
        Assert.Equal(System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? 256 : 128, Simd.WidthBits);
    }
}
