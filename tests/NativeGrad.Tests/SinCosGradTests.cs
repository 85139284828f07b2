using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>sin and cos backward: the fused one-pass kernels of a plain backward give exactly the
/// values of the recorded create_graph formulas, whose graphs are PyTorch's.</summary>
public class SinCosGradTests
{
    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    public void FusedBackwardEqualsRecordedFormula(DType dt)
    {
        // 1000 elements: vector lanes, the overlapping tail, and a few large arguments
        var x = Tensor.Randn([1000], dt).Mul_(4).RequiresGrad_();
        var g = Tensor.Randn([1000], dt);
        var gs = Autograd.Grad([x.Sin()], [x], [g])[0]!;
        var gc = Autograd.Grad([x.Cos()], [x], [g])[0]!;
        var gs2 = Autograd.Grad([x.Sin()], [x], [g], createGraph: true)[0]!;
        var gc2 = Autograd.Grad([x.Cos()], [x], [g], createGraph: true)[0]!;
        Assert.Null(gs.GradFn);
        Assert.Equal("MulBackward0", gs2.GradFn!.Name);
        Assert.Equal("MulBackward0", gc2.GradFn!.Name);
        Assert.Equal(gs2.ToDoubleArray(), gs.ToDoubleArray());
        Assert.Equal(gc2.ToDoubleArray(), gc.ToDoubleArray());
        var xs = x.ToDoubleArray(); var gv = g.ToDoubleArray(); var a = gs.ToDoubleArray(); var b = gc.ToDoubleArray();
        double tol = dt == DType.Float32 ? 1e-6 : 1e-14;
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.True(Math.Abs(a[i] - gv[i] * Math.Cos(xs[i])) <= tol * Math.Max(1, Math.Abs(gv[i])), $"sin' at {xs[i]}");
            Assert.True(Math.Abs(b[i] + gv[i] * Math.Sin(xs[i])) <= tol * Math.Max(1, Math.Abs(gv[i])), $"cos' at {xs[i]}");
        }
    }
}
