using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// The packed GEMM (and the dispatching entry point, and the scalar reference path) against
/// the naive triple loop in float64, on shapes that are not multiples of the tile, k = 1,
/// blocks larger than the cache blocks (k &gt; KC, m &gt; MC, n &gt; NC), products large
/// enough to run on the worker pool, and every operand layout the backward pass produces:
/// row-major, transposed A (A^T*G), transposed B (G*B^T), both, padded row strides, and
/// expanded (stride 0) operands.
/// </summary>
public unsafe class GemmTests
{
    private static readonly (int m, int k, int n)[] Shapes =
    [
        (1, 1, 1), (1, 5, 17), (2, 1, 16), (6, 1, 16), (5, 3, 7), (6, 7, 8), (7, 9, 15), (13, 2, 33),
        (17, 31, 17), (12, 256, 32), (11, 257, 9), (25, 600, 24), (121, 40, 47), (130, 3, 129),
        (64, 64, 64), (250, 20, 70),
        // Multi-threaded: split by rows, split by columns, and columns past one NC block.
        (300, 40, 200), (40, 64, 700), (130, 2, 4200),
    ];

    public enum Layout { RowMajor, ATransposed, BTransposed, BothTransposed, Padded, ExpandedB }

    /// <summary>Element (i, j) of an r x c matrix stored with the given layout; returns the buffer and strides.</summary>
    private static (double[] buf, int s0, int s1) Store(double[,] x, bool transposed, int pad)
    {
        int r = x.GetLength(0), c = x.GetLength(1);
        if (transposed)
        {
            int ld = r + pad;
            var t = new double[Math.Max(1, c * ld)];
            for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) t[j * ld + i] = x[i, j];
            return (t, 1, ld);
        }
        else
        {
            int ld = c + pad;
            var t = new double[Math.Max(1, r * ld)];
            for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) t[i * ld + j] = x[i, j];
            return (t, ld, 1);
        }
    }

    private static double[,] Rand(System.Random r, int rows, int cols)
    {
        var x = new double[rows, cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) x[i, j] = r.NextDouble() - 0.5;
        return x;
    }

    private static void Check(Layout layout, bool packedDirect, bool scalar)
    {
        var r = new System.Random(11 + (int)layout);
        foreach (var (m, k, n) in Shapes)
        {
            var a = Rand(r, m, k);
            double[,] bm;
            if (layout == Layout.ExpandedB)
            {
                // A [k]-vector expanded over n columns: strides (1, 0), as sum's backward makes.
                bm = new double[k, n];
                var col = Rand(r, k, 1);
                for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) bm[p, j] = col[p, 0];
            }
            else bm = Rand(r, k, n);

            var expect = new double[m * n];
            var scale = new double[m * n];
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                    for (int p = 0; p < k; p++)
                    {
                        expect[i * n + j] += a[i, p] * bm[p, j];
                        scale[i * n + j] += Math.Abs(a[i, p] * bm[p, j]);
                    }

            bool at = layout is Layout.ATransposed or Layout.BothTransposed;
            bool bt = layout is Layout.BTransposed or Layout.BothTransposed;
            int pad = layout == Layout.Padded ? 3 : 0;
            var (abuf, sa0, sa1) = Store(a, at, pad);
            double[] bbuf; int sb0, sb1;
            if (layout == Layout.ExpandedB)
            {
                bbuf = new double[Math.Max(1, k)];
                for (int p = 0; p < k; p++) bbuf[p] = bm[p, 0];
                sb0 = 1; sb1 = 0;
            }
            else (bbuf, sb0, sb1) = Store(bm, bt, pad);

            var af = abuf.Select(v => (float)v).ToArray();
            var bf = bbuf.Select(v => (float)v).ToArray();
            var cd = new double[m * n];
            var cf = new float[m * n];
            Array.Fill(cd, double.NaN); // the kernel must overwrite, never read, C
            Array.Fill(cf, float.NaN);
            Simd.ForceScalar = scalar;
            try
            {
                fixed (double* pa = abuf, pb = bbuf, pc = cd)
                    if (packedDirect) Gemm.Packed(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n);
                    else Gemm.Run(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n);
                fixed (float* pa = af, pb = bf, pc = cf)
                    if (packedDirect) Gemm.Packed(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n);
                    else Gemm.Run(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n);
            }
            finally { Simd.ForceScalar = false; }

            for (int i = 0; i < m * n; i++)
            {
                string where = $"{layout} packed={packedDirect} scalar={scalar} m={m} k={k} n={n} i={i}";
                Assert.True(Math.Abs(cd[i] - expect[i]) <= 1e-13 * (scale[i] + 1), $"f64 {where}: {cd[i]} vs {expect[i]}");
                Assert.True(Math.Abs(cf[i] - expect[i]) <= 2e-6 * (scale[i] + 1), $"f32 {where}: {cf[i]} vs {expect[i]}");
            }
        }
    }

    public static IEnumerable<object[]> Layouts() => Enum.GetValues<Layout>().Select(l => new object[] { l });

    [Theory, MemberData(nameof(Layouts))]
    public void PackedMatchesNaive(Layout layout) => Check(layout, packedDirect: true, scalar: false);

    [Theory, MemberData(nameof(Layouts))]
    public void DispatchMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: false);

    [Theory, MemberData(nameof(Layouts))]
    public void ScalarReferenceMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: true);

    [Fact]
    public void WorkerPoolRunsEveryTaskOnce()
    {
        foreach (int count in new[] { 0, 1, 2, 3, 17, 1000 })
        {
            var hits = new int[count];
            WorkerPool.Run(count, i => Interlocked.Increment(ref hits[i]));
            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }

    [Fact]
    public void WorkerPoolNestedJobsRunInline()
    {
        var hits = new int[4 * 5];
        WorkerPool.Run(4, i => WorkerPool.Run(5, j => Interlocked.Increment(ref hits[i * 5 + j])));
        Assert.All(hits, h => Assert.Equal(1, h));
    }
}
