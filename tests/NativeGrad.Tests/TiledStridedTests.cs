using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Elementwise ops and copies whose innermost run is strided (a transposed or permuted view)
/// walk the last two dims in tiles (Kernels/Tiled.cs), on the worker pool for one large
/// plane. Every element is checked against index arithmetic on the source values, on shapes
/// that are not multiples of the tile edge, below the tiling threshold, with several planes,
/// and large enough to split over threads.
/// </summary>
public class TiledStridedTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 31, 100 },   // too few rows to tile: the run-by-run loop
        { 33, 65 },    // partial tiles on both edges
        { 64, 32 },
        { 513, 700 },  // one plane of 359K elements: split over the pool by bands of tile rows
    };

    /// <summary>x [r, c] with distinct, exactly representable values.</summary>
    private static (Tensor x, float[] v) Source(int r, int c)
    {
        var v = new float[r * c];
        for (int i = 0; i < v.Length; i++) v[i] = (i % 9973) * 0.25f - 1000f;
        return (Tensor.FromArray(v, r, c), v);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TransposedFloat32CopyUnaryAndBinary(int r, int c)
    {
        var (x, v) = Source(r, c);
        var xt = x.T();                                   // [c, r], strides (1, c)
        Assert.False(xt.IsContiguous);
        var copy = xt.Contiguous().ToFloatArray();
        var neg = xt.Neg().ToFloatArray();
        var twice = (xt * 2.0).ToFloatArray();
        var rsub = (1000.0 - xt).ToFloatArray();          // the scalar as the first operand
        var other = new float[c * r];
        for (int i = 0; i < other.Length; i++) other[i] = i * 0.5f;
        var sum = (Tensor.FromArray(other, c, r) + xt).ToFloatArray();
        var col = new float[c];
        for (int i = 0; i < c; i++) col[i] = i - 3f;
        var bcast = (xt * Tensor.FromArray(col, c, 1)).ToFloatArray();   // broadcast column, transposed operand
        for (int i = 0; i < c; i++)
            for (int j = 0; j < r; j++)
            {
                float s = v[j * c + i];
                int k = i * r + j;
                Assert.Equal(s, copy[k]);
                Assert.Equal(-s, neg[k]);
                Assert.Equal(2f * s, twice[k]);
                Assert.Equal(1000f - s, rsub[k]);
                Assert.Equal(other[k] + s, sum[k]);
                Assert.Equal(s * col[i], bcast[k]);
            }
    }

    /// <summary>Tile edges: sizes around multiples of the tile edge on both dims, float64.</summary>
    [Fact]
    public void EveryEdgeTileShape()
    {
        int[] sizes = [31, 32, 33, 47, 63, 64, 65, 97];
        foreach (int r in sizes)
            foreach (int c in sizes)
            {
                var v = new double[r * c];
                for (int i = 0; i < v.Length; i++) v[i] = i + 0.5;
                var xt = Tensor.FromArray(v, r, c).T();
                var neg = xt.Neg().ToDoubleArray();
                var sum = (xt + xt.Contiguous()).ToDoubleArray();
                for (int i = 0; i < c; i++)
                    for (int j = 0; j < r; j++)
                    {
                        Assert.Equal(-v[j * c + i], neg[i * r + j]);
                        Assert.Equal(2 * v[j * c + i], sum[i * r + j]);
                    }
            }
    }

    [Fact]
    public void PermutedThreeDimensionalViewWithSeveralPlanes()
    {
        const int p = 3, r = 40, c = 70;
        var v = new double[p * r * c];
        for (int i = 0; i < v.Length; i++) v[i] = i * 1.5 - 7;
        var x = Tensor.FromArray(v, p, r, c);
        var y = x.Permute(0, 2, 1);                       // [p, c, r]
        var copy = y.Contiguous().ToDoubleArray();
        var neg = y.Neg().ToDoubleArray();
        var sum = (y + y.Contiguous()).ToDoubleArray();
        for (int a = 0; a < p; a++)
            for (int i = 0; i < c; i++)
                for (int j = 0; j < r; j++)
                {
                    double s = v[(a * r + j) * c + i];
                    int k = (a * c + i) * r + j;
                    Assert.Equal(s, copy[k]);
                    Assert.Equal(-s, neg[k]);
                    Assert.Equal(2 * s, sum[k]);
                }
    }

    [Theory]
    [InlineData(DType.Int64)]
    [InlineData(DType.Bool)]
    [InlineData(DType.Float64)]
    public void TransposedCopiesOfEveryItemSize(DType dtype)
    {
        const int r = 45, c = 77;
        var w = new long[r * c];
        for (int i = 0; i < w.Length; i++) w[i] = dtype == DType.Bool ? i % 3 : i;
        var src = Tensor.FromArray(w, r, c).To(dtype);
        var v = src.ToDoubleArray();
        var copy = src.T().Contiguous();
        Assert.Equal(dtype, copy.DType);
        var got = copy.ToDoubleArray();
        for (int i = 0; i < c; i++)
            for (int j = 0; j < r; j++)
                Assert.Equal(v[j * c + i], got[i * r + j]);
    }
}

/// <summary>Large fills split over the worker pool: every element of every dtype is written,
/// the last partial chunk included, and nothing past the end.</summary>
public class ParallelFillTests
{
    [Theory]
    [InlineData(DType.Float32, 200_003)]
    [InlineData(DType.Float64, 131_073)]
    [InlineData(DType.Int64, 262_145)]
    [InlineData(DType.Bool, 300_001)]
    public void FullAndZeroCoverEveryElement(DType dtype, int n)
    {
        var t = Tensor.Full([n], 3, dtype);
        double want = dtype == DType.Bool ? 1 : 3;
        Assert.All(t.ToDoubleArray(), v => Assert.Equal(want, v));
        // A view one element short of each end: the fill must stop at its edges.
        var inner = Ops.Functions.Narrow(t, 0, 1, n - 2);
        inner.Zero_();
        var all = t.ToDoubleArray();
        Assert.Equal(want, all[0]);
        Assert.Equal(want, all[n - 1]);
        for (int i = 1; i < n - 1; i++) Assert.Equal(0, all[i]);
    }
}

/// <summary>Runs whose inputs are all broadcast (stride 0, as the gradient of a sum or mean is)
/// are computed once and filled, in parallel for long runs: every element gets the value.</summary>
public class BroadcastRunTests
{
    [Fact]
    public void OpsOnAnExpandedScalarFillTheValue()
    {
        const int n = 300_001;
        var one = Tensor.FromArray([0.75], 1);
        var e = one.Expand(n);
        var scaled = (e * 3.0).ToDoubleArray();
        var exp = e.Exp().ToDoubleArray();
        double wantExp = one.Exp().ToDoubleArray()[0];
        var sum = (e + Tensor.FromArray([0.5], 1).Expand(n)).ToDoubleArray();
        Assert.Equal(n, scaled.Length);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(2.25, scaled[i]);
            Assert.Equal(wantExp, exp[i]);
            Assert.Equal(1.25, sum[i]);
        }
    }

    [Fact]
    public void ContiguousCopiesOfExpandedColumnsAreExact()
    {
        long big = (1L << 60) + 1;   // not representable in a double: the copy must be bitwise
        var col = Tensor.FromArray([big, -7L, 3L], 3, 1).Expand(3, 70_000);
        var c = col.Contiguous();
        Assert.True(c.IsContiguous);
        var got = new long[3 * 70_000];
        unsafe { fixed (long* p = got) c.CopyTo(p, got.Length * sizeof(long)); }
        for (int r = 0; r < 3; r++)
            for (int j = 0; j < 70_000; j++)
                Assert.Equal(r == 0 ? big : r == 1 ? -7L : 3L, got[r * 70_000 + j]);
        var f = Tensor.FromArray([1.5f, -2f], 2, 1).Expand(2, 1000).Contiguous().ToFloatArray();
        for (int j = 0; j < 1000; j++) { Assert.Equal(1.5f, f[j]); Assert.Equal(-2f, f[1000 + j]); }
    }
}
