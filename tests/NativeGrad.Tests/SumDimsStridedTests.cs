using Xunit;

namespace NativeGrad.Tests;

/// <summary>Sums over dims that are not one adjacent block (Reduce.SumStrided), against a float64
/// reference summed index by index, for many shapes and patterns, float32 and float64.</summary>
public unsafe class SumDimsStridedTests
{
    private static double[] Reference(double[] x, int[] shape, bool[] reduce)
    {
        int nd = shape.Length;
        var outStride = new long[nd];
        long outN = 1;
        for (int d = nd - 1; d >= 0; d--)
        {
            outStride[d] = reduce[d] ? 0 : outN;
            if (!reduce[d]) outN *= shape[d];
        }
        var y = new double[outN];
        var idx = new int[nd];
        for (long i = 0; i < x.Length; i++)
        {
            long o = 0;
            long rem = i;
            for (int d = nd - 1; d >= 0; d--) { idx[d] = (int)(rem % shape[d]); rem /= shape[d]; }
            for (int d = 0; d < nd; d++) o += idx[d] * outStride[d];
            y[o] += x[i];
        }
        return y;
    }

    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { new[] { 2, 256, 2, 256 }, new[] { 0, 2 } },
        new object[] { new[] { 3, 5, 7 }, new[] { 0, 2 } },
        new object[] { new[] { 4, 1, 3, 1, 5 }, new[] { 0, 2, 4 } },
        new object[] { new[] { 2, 3, 4, 5, 6 }, new[] { 1, 3 } },
        new object[] { new[] { 2, 3, 4, 5, 6 }, new[] { 0, 1, 3 } },
        new object[] { new[] { 6, 1, 1, 9 }, new[] { 1, 2 } },
        new object[] { new[] { 5, 33, 3, 17 }, new[] { 1, 3 } },
        new object[] { new[] { 1, 1, 1 }, new[] { 0, 2 } },
        new object[] { new[] { 7, 2, 9, 3 }, new[] { 0, 3 } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesReference(int[] shape, int[] dims)
    {
        long n = 1;
        foreach (int s in shape) n *= s;
        var xd = new double[n];
        for (long i = 0; i < n; i++) xd[i] = Math.Sin(i * 0.37) * 3 + (i % 5);
        var reduce = new bool[shape.Length];
        foreach (int d in dims) reduce[d] = true;
        var want = Reference(xd, shape, reduce);
        foreach (bool keep in new[] { false, true })
        {
            using var t64 = Tensor.FromArray(xd, shape);
            using var y64 = t64.Sum(dims, keep);
            var got64 = y64.ToDoubleArray();
            Assert.Equal(want.Length, got64.Length);
            for (int i = 0; i < want.Length; i++) Assert.Equal(want[i], got64[i], 1e-9 * (1 + Math.Abs(want[i])));
            using var t32 = Tensor.FromArray(xd.Select(v => (float)v).ToArray(), shape);
            using var y32 = t32.Sum(dims, keep);
            var got32 = y32.ToFloatArray();
            for (int i = 0; i < want.Length; i++) Assert.Equal(want[i], got32[i], 2e-5 * (1 + Math.Abs(want[i])) * Math.Sqrt(n / want.Length));
        }
    }
}
