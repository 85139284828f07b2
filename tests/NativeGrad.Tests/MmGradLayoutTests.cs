using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// The gradients of mm and addmm for a transposed (column-major) factor, as Linear's weight^T
/// is: computed transposed (PyTorch's layout rule), so the weight's gradient arrives
/// contiguous; the values equal the plain formulas g @ mat2^T and mat1^T @ g.
/// </summary>
public class MmGradLayoutTests
{
    /// <summary>The naive product of row-major r x q and q x c arrays.</summary>
    private static double[] Mul(double[] a, double[] b, int r, int q, int c, bool ta = false, bool tb = false)
    {
        var y = new double[r * c];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++)
                for (int p = 0; p < q; p++)
                    y[i * c + j] += (ta ? a[p * r + i] : a[i * q + p]) * (tb ? b[j * q + p] : b[p * c + j]);
        return y;
    }

    private static void Near(double[] expect, Tensor actual)
    {
        var got = actual.ToDoubleArray();
        Assert.Equal(expect.Length, got.Length);
        for (int i = 0; i < expect.Length; i++) Assert.True(Math.Abs(expect[i] - got[i]) <= 1e-9 * (1 + Math.Abs(expect[i])), $"{i}: {got[i]} vs {expect[i]}");
    }

    [Fact]
    public void LinearWeightGradIsContiguousWithTheRightValues()
    {
        const int batch = 5, inF = 7, outF = 3;
        var x = Tensor.Randn([batch, inF], DType.Float64).RequiresGrad_();
        var w = Tensor.Randn([outF, inF], DType.Float64).RequiresGrad_();
        var bias = Tensor.Randn([outF], DType.Float64).RequiresGrad_();
        var g = Tensor.Randn([batch, outF], DType.Float64);
        F.Linear(x, w, bias).Backward(g);

        double[] xv = x.ToDoubleArray(), wv = w.ToDoubleArray(), gv = g.ToDoubleArray();
        Near(Mul(gv, xv, outF, batch, inF, ta: true), w.Grad!);   // w.grad = g^T x
        Near(Mul(gv, wv, batch, outF, inF), x.Grad!);              // x.grad = g w
        Assert.True(w.Grad!.IsContiguous);
        Assert.Equal([inF, 1], w.Grad!.Strides);
    }

    [Fact]
    public void MmWithTransposedFactorsGivesPlainGradients()
    {
        const int m = 4, k = 6, n = 5;
        // mat1 = a^T and mat2 = b^T, both column-major views of leaves.
        var a = Tensor.Randn([k, m], DType.Float64).RequiresGrad_();
        var b = Tensor.Randn([n, k], DType.Float64).RequiresGrad_();
        var g = Tensor.Randn([m, n], DType.Float64);
        a.T().Mm(b.T()).Backward(g);

        double[] av = a.ToDoubleArray(), bv = b.ToDoubleArray(), gv = g.ToDoubleArray();
        // d mat1 = g mat2^T = g b (m x k); a.grad is its transpose: (g b)^T = b^T g^T (k x m).
        var dMat1 = Mul(gv, bv, m, n, k);
        var dMat2 = Mul(av, gv, k, m, n); // mat1^T g = a g (k x n); b.grad = its transpose (n x k)
        var aGrad = new double[k * m];
        var bGrad = new double[n * k];
        for (int i = 0; i < m; i++) for (int p = 0; p < k; p++) aGrad[p * m + i] = dMat1[i * k + p];
        for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) bGrad[j * k + p] = dMat2[p * n + j];
        Near(aGrad, a.Grad!);
        Near(bGrad, b.Grad!);
        Assert.True(a.Grad!.IsContiguous);
        Assert.True(b.Grad!.IsContiguous);
    }

    [Fact]
    public void FactorModifiedInPlaceIsNotUnpackedForItsLayout()
    {
        // Only mat2's gradient is wanted and it needs mat1, not mat2: modifying mat2 in place after
        // the product must not fail (as in PyTorch), even though its layout is looked at.
        var x = Tensor.Randn([3, 4], DType.Float64);
        var leaf = Tensor.Randn([2, 4], DType.Float64).RequiresGrad_();
        var w = leaf * 1.0;
        var y = x.Mm(w.T());
        w.Add_(Tensor.Ones([2, 4], DType.Float64));
        y.Sum().Backward();
        var xv = x.ToDoubleArray();
        var expect = new double[2 * 4];
        for (int o = 0; o < 2; o++) for (int i = 0; i < 4; i++) for (int r = 0; r < 3; r++) expect[o * 4 + i] += xv[r * 4 + i];
        Near(expect, leaf.Grad!);
    }
}
