using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The C# BatchNorm against the values PyTorch 1.13 gives on the same float64 input and weights:
/// training outputs, running statistics over two steps, eval output, repr, errors.</summary>
public class BatchNormTests
{
    private static void Close(double[] expected, Tensor actual, int digits = 12)
    {
        var a = actual.ToDoubleArray();
        Assert.Equal(expected.Length, a.Length);
        for (int i = 0; i < a.Length; i++) Assert.Equal(expected[i], a[i], digits);
    }

    [Fact]
    public void BatchNorm1dMatchesTorch()
    {
        var bn = new BatchNorm1d(3, dtype: DType.Float64);
        Assert.Equal("BatchNorm1d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)", bn.ToString());
        using (GradMode.Set(false))
        {
            bn.Weight!.Copy_(Tensor.FromArray([0.5, 2.0, -1.0]));
            bn.Bias!.Copy_(Tensor.FromArray([0.1, -0.2, 0.3]));
        }
        var x1 = Tensor.FromArray([0.3, -1.2, 2.0, 1.5, 0.1, -0.7, 0.9, -0.4, 1.1, 0.2, 0.8, -1.0], 4, 3);
        x1.RequiresGrad = true;
        var y1 = bn.Call(x1);
        Close([-0.3075363114108245, -3.010897373490411, -1.024240119086821, 0.8431544502197386, 0.55414319776572, 1.1426982576007045,
               0.26780906940445703, -0.8170262527174075, -0.301927326857646, -0.4034272082133714, 2.4737804284420983, 1.383469188343763], y1);
        y1.Sum().Backward();
        // the output sums to N * bias per channel whatever x is, so the input gradient is zero
        Assert.All(x1.Grad!.ToDoubleArray(), g => Assert.Equal(0, g, 12));
        bn.Call(x1.Detach() * 2.0 + 1.0);
        Close([0.31025, 0.04925, 0.2015], bn.RunningMean!);
        Close([0.9876250000000001, 1.1574916666666666, 1.8243], bn.RunningVar!);
        Assert.Equal(2, bn.NumBatchesTracked!.Item());
        bn.Eval();
        Close([0.09484301778491211, -2.522301171541357, -1.0315611721208064, 0.6985872771122732, -0.10565796721575035, 0.967446425725275,
               0.39671514744859265, -1.035136122725599, -0.36522530617211274, 0.044530996174298704, 1.195611450498038, 1.1895583810415062],
            bn.Call(x1.Detach()));
        Assert.Equal(new[] { "weight", "bias", "running_mean", "running_var", "num_batches_tracked" }, bn.StateDict().Select(kv => kv.Key));
    }

    [Fact]
    public void BatchNormRefusesWrongRanksAndSingleValues()
    {
        Assert.Contains("expected 2D or 3D input (got 4D input)",
            Assert.Throws<NativeGradException>(() => new BatchNorm1d(3).Call(Tensor.Zeros([2, 3, 4, 5]))).Message);
        Assert.Contains("expected 4D input (got 2D input)", Assert.Throws<NativeGradException>(() => new BatchNorm2d(3).Call(Tensor.Zeros([2, 3]))).Message);
        Assert.Contains("Expected more than 1 value per channel when training",
            Assert.Throws<NativeGradException>(() => new BatchNorm1d(3).Call(Tensor.Zeros([1, 3]))).Message);
        Assert.Equal("BatchNorm2d(4, eps=0.001, momentum=None, affine=False, track_running_stats=True)",
            new BatchNorm2d(4, eps: 1e-3, momentum: null, affine: false).ToString());
    }
}
