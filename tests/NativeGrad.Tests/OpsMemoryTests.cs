using Xunit;

namespace NativeGrad.Tests;

/// <summary>Graphs of the new ops (saved indices and conditions included) release all their memory.</summary>
[Collection("memory")]
public class OpsMemoryTests
{
    private static Tensor Graph(Tensor x, Tensor w)
    {
        var idx = Tensor.FromArray([0L, 2, 1, 1], 2, 2);
        var sel = Tensor.FromArray([1L, 0]);
        var h = Tensor.Cat([x.Tanh(), x.Sigmoid(), x.Relu(), x.Clamp(-0.5, 0.5)], 1);           // [4, 12]
        var s = Tensor.Stack([x.Sin(), x.Cos()], 0).Sum(0);                                       // [4, 3]
        var m = x.Max(1, keepdim: true).Values + x.Min(0).Values + x.Max() + x.Logsumexp(1, keepdim: true);
        var cond = x.Gt(Tensor.Scalar(0, x.DType));
        var y = Tensor.Where(cond, s, m) * x.Maximum(w).Minimum(w * 2.0);
        var z = y.Softmax(1) + y.LogSoftmax(0) + y.Var([1], keepdim: true) + y.Std([0]);
        var g = z.Narrow(0, 1, 2).Gather(1, idx).IndexSelect(0, sel);
        return h.Sum() + g.Sum();
    }

    [Fact]
    public void FirstAndSecondOrderGraphsOfTheNewOpsFreeEverything()
    {
        long before = MemoryProbe.Settled();
        for (int i = 0; i < 5; i++)
        {
            using var scope = new TensorScope();
            var x = Tensor.Randn([4, 3], DType.Float64).RequiresGrad_();
            var w = Tensor.Randn([3], DType.Float64).RequiresGrad_();
            var gx = Engine.Grad([Graph(x, w)], [x], createGraph: true)[0]!;
            Assert.True(gx.RequiresGrad);
            (gx * gx).Sum().Backward();
            Assert.NotNull(x.Grad);
            gx.Dispose();
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }

    [Fact]
    public void ADroppedGraphOfTheNewOpsFreesItsSavedTensors()
    {
        long before = MemoryProbe.Settled();
        using (var scope = new TensorScope())
        {
            var x = Tensor.Randn([4, 3], DType.Float64).RequiresGrad_();
            var w = Tensor.Randn([3], DType.Float64).RequiresGrad_();
            var loss = Graph(x, w);
            Assert.True(Allocator.LiveBytes > before);
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }
}
