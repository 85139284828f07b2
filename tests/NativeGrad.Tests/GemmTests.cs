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
        // Multi-threaded: shared B with rows split, shared A with columns split, columns past
        // one NC block, a shared B packed in several passes over k, a shared A in several row chunks.
        (300, 40, 200), (40, 64, 700), (130, 2, 4200), (18, 140000, 16), (2050, 2, 2060),
    ];

    public enum Layout
    {
        RowMajor, ATransposed, BTransposed, BothTransposed, Padded, ExpandedB,
        ExpandedColumnA, ExpandedRowA, ExpandedRowB, ScalarATransposedB, TransposedAScalarB, PaddedAScalarB,
    }

    /// <summary>How one operand is stored: dense (row-major, transposed, padded rows) or
    /// expanded from fewer elements with stride-0 dimensions.</summary>
    private enum Kind { Row, Transposed, Padded, ExpandColumn, ExpandRow, ExpandScalar }

    private static (Kind a, Kind b) Kinds(Layout l) => l switch
    {
        Layout.RowMajor => (Kind.Row, Kind.Row),
        Layout.ATransposed => (Kind.Transposed, Kind.Row),
        Layout.BTransposed => (Kind.Row, Kind.Transposed),
        Layout.BothTransposed => (Kind.Transposed, Kind.Transposed),
        Layout.Padded => (Kind.Padded, Kind.Padded),
        // A [k]-vector expanded over n columns: strides (1, 0), as sum's backward makes.
        Layout.ExpandedB => (Kind.Row, Kind.ExpandColumn),
        Layout.ExpandedColumnA => (Kind.ExpandColumn, Kind.Transposed),
        Layout.ExpandedRowA => (Kind.ExpandRow, Kind.Transposed),
        Layout.ExpandedRowB => (Kind.Padded, Kind.ExpandRow),
        // The expanded gradient of a full sum (strides 0, 0) times a transposed operand, both ways round.
        Layout.ScalarATransposedB => (Kind.ExpandScalar, Kind.Transposed),
        Layout.TransposedAScalarB => (Kind.Transposed, Kind.ExpandScalar),
        Layout.PaddedAScalarB => (Kind.Padded, Kind.ExpandScalar),
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };

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

    /// <summary>A random r x c matrix of the kind, and its buffer and strides.</summary>
    private static (double[,] x, double[] buf, int s0, int s1) Operand(System.Random rnd, int r, int c, Kind kind)
    {
        var x = new double[r, c];
        switch (kind)
        {
            case Kind.ExpandColumn:
            {
                var v = Rand(rnd, r, 1);
                var buf = new double[Math.Max(1, r)];
                for (int i = 0; i < r; i++) { buf[i] = v[i, 0]; for (int j = 0; j < c; j++) x[i, j] = v[i, 0]; }
                return (x, buf, 1, 0);
            }
            case Kind.ExpandRow:
            {
                var v = Rand(rnd, 1, c);
                var buf = new double[Math.Max(1, c)];
                for (int j = 0; j < c; j++) { buf[j] = v[0, j]; for (int i = 0; i < r; i++) x[i, j] = v[0, j]; }
                return (x, buf, 0, 1);
            }
            case Kind.ExpandScalar:
            {
                double v = rnd.NextDouble() - 0.5;
                for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) x[i, j] = v;
                return (x, [v], 0, 0);
            }
            default:
            {
                x = Rand(rnd, r, c);
                var (buf, s0, s1) = Store(x, kind == Kind.Transposed, kind == Kind.Padded ? 3 : 0);
                return (x, buf, s0, s1);
            }
        }
    }

    private static void Check(Layout layout, bool packedDirect, bool scalar, bool bias = false)
    {
        var r = new System.Random(11 + (int)layout + (bias ? 100 : 0));
        var (ka, kb) = Kinds(layout);
        foreach (var (m, k, n) in Shapes)
        {
            var (a, abuf, sa0, sa1) = Operand(r, m, k, ka);
            var (bm, bbuf, sb0, sb1) = Operand(r, k, n, kb);

            // The row bias (addmm's epilogue): added after the whole sum.
            var rowBias = Rand(r, 1, n);
            var biasd = bias ? Enumerable.Range(0, n).Select(j => rowBias[0, j]).ToArray() : null;
            var biasf = biasd?.Select(v => (float)v).ToArray();
            var expect = new double[m * n];
            var scale = new double[m * n];
            if (biasd != null)
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++) { expect[i * n + j] = biasd[j]; scale[i * n + j] = Math.Abs(biasd[j]); }
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                    for (int p = 0; p < k; p++)
                    {
                        expect[i * n + j] += a[i, p] * bm[p, j];
                        scale[i * n + j] += Math.Abs(a[i, p] * bm[p, j]);
                    }

            var af = abuf.Select(v => (float)v).ToArray();
            var bf = bbuf.Select(v => (float)v).ToArray();
            var cd = new double[m * n];
            var cf = new float[m * n];
            Array.Fill(cd, double.NaN); // the kernel must overwrite, never read, C
            Array.Fill(cf, float.NaN);
            Simd.ForceScalar = scalar;
            try
            {
                fixed (double* pa = abuf, pb = bbuf, pc = cd, pbias = biasd)
                    if (packedDirect) Gemm.Packed(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n, pbias);
                    else Gemm.Run(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n, pbias);
                fixed (float* pa = af, pb = bf, pc = cf, pbias = biasf)
                    if (packedDirect) Gemm.Packed(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n, pbias);
                    else Gemm.Run(pa, sa0, sa1, pb, sb0, sb1, pc, m, k, n, pbias);
            }
            finally { Simd.ForceScalar = false; }

            for (int i = 0; i < m * n; i++)
            {
                // The message is built only on failure (the large shapes have millions of entries).
                string Where() => $"{layout} packed={packedDirect} scalar={scalar} bias={bias} m={m} k={k} n={n} i={i}";
                if (!(Math.Abs(cd[i] - expect[i]) <= 1e-13 * (scale[i] + 1))) Assert.Fail($"f64 {Where()}: {cd[i]} vs {expect[i]}");
                if (!(Math.Abs(cf[i] - expect[i]) <= 2e-6 * (scale[i] + 1))) Assert.Fail($"f32 {Where()}: {cf[i]} vs {expect[i]}");
            }
        }
    }

    /// <summary>Shared operands larger than one pass (A over 2046 rows with k past KC; B with k
    /// past the budget), against the reference kernel (a naive loop would take too long).</summary>
    [Theory]
    [InlineData(2100, 512, 2110)]
    [InlineData(1000, 2600, 950)]
    public void SharedOperandInSeveralPasses(int m, int k, int n)
    {
        var r = new System.Random(m + k + n);
        var a = Enumerable.Range(0, m * k).Select(_ => (float)(r.NextDouble() - 0.5)).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => (float)(r.NextDouble() - 0.5)).ToArray();
        var c = new float[m * n];
        var expect = new float[m * n];
        fixed (float* pa = a, pb = b, pc = c, pe = expect)
        {
            // B transposed (strides 1, k) exercises the column packing too.
            Gemm.Packed(pa, k, 1, pb, 1, k, pc, m, k, n);
            Gemm.Reference(pa, k, 1, pb, 1, k, pe, 0, m, k, n);
        }
        for (int i = 0; i < m * n; i++)
            if (!(Math.Abs(c[i] - expect[i]) <= 1e-4f * (1 + Math.Abs(expect[i])))) Assert.Fail($"m={m} k={k} n={n} i={i}: {c[i]} vs {expect[i]}");
    }

    public static IEnumerable<object[]> Layouts() => Enum.GetValues<Layout>().Select(l => new object[] { l });

    [Theory, MemberData(nameof(Layouts))]
    public void PackedMatchesNaive(Layout layout) => Check(layout, packedDirect: true, scalar: false);

    [Theory, MemberData(nameof(Layouts))]
    public void DispatchMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: false);

    [Theory, MemberData(nameof(Layouts))]
    public void ScalarReferenceMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: true);

    [Theory, MemberData(nameof(Layouts))]
    public void PackedWithRowBiasMatchesNaive(Layout layout) => Check(layout, packedDirect: true, scalar: false, bias: true);

    [Theory, MemberData(nameof(Layouts))]
    public void DispatchWithRowBiasMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: false, bias: true);

    [Theory, MemberData(nameof(Layouts))]
    public void ScalarReferenceWithRowBiasMatchesNaive(Layout layout) => Check(layout, packedDirect: false, scalar: true, bias: true);

    /// <summary>The bias in the write-back gives C bitwise equal to the product followed by a
    /// separate add (it goes in after the whole sum), on one thread and on the pool, with k
    /// past one KC block.</summary>
    [Theory]
    [InlineData(7, 300, 37)]
    [InlineData(128, 784, 256)]
    [InlineData(300, 600, 40)]
    public void RowBiasIsBitwiseTheProductPlusTheBias(int m, int k, int n)
    {
        var r = new System.Random(m * k + n);
        float[] Rnd(int len) => Enumerable.Range(0, len).Select(_ => (float)(r.NextDouble() - 0.5)).ToArray();
        var (a, b, bias) = (Rnd(m * k), Rnd(k * n), Rnd(n));
        var fused = new float[m * n];
        var plain = new float[m * n];
        fixed (float* pa = a, pb = b, pbias = bias, pf = fused, pp = plain)
        {
            // B transposed, as Linear passes weight^T.
            Gemm.Run(pa, k, 1, pb, 1, k, pf, m, k, n, pbias);
            Gemm.Run(pa, k, 1, pb, 1, k, pp, m, k, n);
        }
        for (int i = 0; i < m * n; i++) plain[i] += bias[i % n];
        Assert.Equal(plain, fused);
    }

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
