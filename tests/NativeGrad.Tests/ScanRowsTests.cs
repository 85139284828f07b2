using Xunit;

namespace NativeGrad.Tests;

/// <summary>float32 cumsum/cumprod along the last dim (rows scanned four at a time, in chunks, in double):
/// bit for bit the sequential double accumulation rounded once per element, for row counts around
/// the group of four and lengths around the chunk and vector widths.</summary>
public class ScanRowsTests
{
    [Theory]
    [InlineData(1, 1000)]
    [InlineData(3, 7)]
    [InlineData(4, 256)]
    [InlineData(5, 300)]
    [InlineData(9, 513)]
    [InlineData(8, 8)]
    public void RowsMatchSequentialDouble(int rows, int n)
    {
        var x = new float[rows * n];
        for (int i = 0; i < x.Length; i++) x[i] = (float)(Math.Sin(i * 0.61) * 1.3 + 0.05);
        using var t = Tensor.FromArray(x, rows, n);
        using var sum = t.CumSum(1);
        using var prod = t.CumProd(1);
        var gotSum = sum.ToFloatArray();
        var gotProd = prod.ToFloatArray();
        for (int r = 0; r < rows; r++)
        {
            double s = 0, p = 1;
            for (int k = 0; k < n; k++)
            {
                s += x[r * n + k];
                p *= x[r * n + k];
                Assert.Equal((float)s, gotSum[r * n + k]);
                Assert.Equal((float)p, gotProd[r * n + k]);
            }
        }
    }
}
