using NativeGrad.Kernels;
using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The whole-tensor max/min kernel against the scalar rule (first extreme, first NaN).</summary>
public unsafe class ExtremeTests
{
    private static double Reference(double[] x, bool max)
    {
        double best = x[0];
        for (int k = 1; k < x.Length && !double.IsNaN(best); k++)
            if ((max ? x[k] > best : x[k] < best) || double.IsNaN(x[k])) best = x[k];
        return best;
    }

    public static TheoryData<int> Lengths() => new() { 1, 2, 7, 31, 32, 33, 63, 257, 1000, 100003, 300001, 1 << 20 };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void MatchesTheScalarRule(int n)
    {
        var r = new Random(n);
        foreach (bool max in new[] { true, false })
            foreach (int variant in new[] { 0, 1, 2, 3 })
            {
                var x = new double[n];
                for (int i = 0; i < n; i++) x[i] = r.NextDouble() * 200 - 100;
                if (variant == 1) x[r.Next(n)] = double.NaN;                       // a NaN anywhere wins
                if (variant == 2) { x[r.Next(n)] = BitConverter.Int64BitsToDouble(0x7FF8000000000123); x[r.Next(n)] = double.NaN; }
                if (variant == 3)                                                   // the extreme is a zero of both signs
                {
                    for (int i = 0; i < n; i++) x[i] = max ? -Math.Abs(x[i]) - 1 : Math.Abs(x[i]) + 1;
                    x[r.Next(n)] = -0.0; x[r.Next(n)] = 0.0;
                }
                double want = Reference(x, max);
                int wantAt = Array.FindIndex(x, v => double.IsNaN(want) ? double.IsNaN(v) : v == want);
                using (var t = Tensor.FromArray(x, n))
                using (var at = max ? Functions.ArgMax(t) : Functions.ArgMin(t))
                    Assert.Equal(wantAt, (int)at.Item());
                fixed (double* p = x)
                    Assert.Equal(BitConverter.DoubleToInt64Bits(want), BitConverter.DoubleToInt64Bits(Extreme.Of(p, n, max)));
                var f = x.Select(v => (float)v).ToArray();
                float wantF = (float)Reference(f.Select(v => (double)v).ToArray(), max);
                fixed (float* p = f)
                    Assert.Equal(BitConverter.SingleToInt32Bits(wantF), BitConverter.SingleToInt32Bits(Extreme.Of(p, n, max)));
            }
    }

    [Fact]
    public void MaxMinAmaxAminOfWholeTensors()
    {
        var r = new Random(5);
        var data = Enumerable.Range(0, 400000).Select(_ => r.NextDouble() * 10 - 5).ToArray();
        data[123457] = 7.5;
        data[54321] = -6.25;
        using var t = Tensor.FromArray(data, 400, 1000).To(DType.Float32);
        using var mx = t.Max();
        using var mn = t.Min();
        Assert.Equal(7.5, mx.Item());
        Assert.Equal(-6.25, mn.Item());
        using var am = Functions.Amax(t, [0, 1], keepdim: true);
        Assert.Equal(new[] { 1, 1 }, am.Shape);
        Assert.Equal(7.5, am.Item());
        using var tt = t.T();                     // not contiguous: the scalar path
        using var mt = tt.Max();
        Assert.Equal(7.5, mt.Item());
    }
}
