using NativeGrad.Optim;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The C# LR schedulers against the rates PyTorch 1.13 gives (get_last_lr() before each
/// epoch's step, recorded with torch.optim.lr_scheduler).</summary>
public class LRSchedulerTests
{
    private static SGD Sgd(double lr) => new([Tensor.Zeros([1]).RequiresGrad_()], lr);

    private static List<double> Rates(LRScheduler s, int epochs)
    {
        var lrs = new List<double>();
        for (int e = 0; e < epochs; e++)
        {
            lrs.Add(s.GetLastLr()[0]);
            s.Optimizer.Step();
            s.Step();
        }
        return lrs;
    }

    [Fact]
    public void StepLRDecaysEveryStepSizeEpochs()
    {
        var s = new StepLR(Sgd(0.2), stepSize: 3, gamma: 0.5);
        double[] torch = [0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025];
        var got = Rates(s, torch.Length);
        for (int i = 0; i < torch.Length; i++) Assert.Equal(torch[i], got[i], 15);
        Assert.Equal(10, s.LastEpoch);
        Assert.Equal(0.2, s.BaseLrs[0]);
    }

    [Fact]
    public void CosineAnnealingLRFollowsTorchPastTMax()
    {
        var s = new CosineAnnealingLR(Sgd(0.1), tMax: 4, etaMin: 0.01);
        double[] torch = [0.1, 0.08681980515339464, 0.05500000000000001, 0.023180194846605363, 0.01,
                          0.023180194846605363, 0.05500000000000002, 0.08681980515339469, 0.10000000000000006, 0.0868198051533947];
        var got = Rates(s, torch.Length);
        for (int i = 0; i < torch.Length; i++) Assert.Equal(torch[i], got[i], 14);
    }

    [Fact]
    public void EveryGroupIsScheduledFromItsOwnBaseRate()
    {
        var opt = Sgd(1.0);
        opt.AddParamGroup([Tensor.Zeros([1]).RequiresGrad_()], 0.5);
        var s = new StepLR(opt, stepSize: 1, gamma: 0.1);
        s.Step();
        Assert.Equal([0.1, 0.05], s.GetLastLr().Select(x => Math.Round(x, 15)));
        s.Step(epoch: 0);
        Assert.Equal([1.0, 0.5], s.GetLastLr());
    }

    [Fact]
    public void ResumingStartsFromTheInitialRateOfAnEarlierScheduler()
    {
        var opt = Sgd(0.2);
        var first = new StepLR(opt, stepSize: 2, gamma: 0.5);
        for (int e = 0; e < 3; e++) first.Step();
        Assert.Equal(0.1, opt.ParamGroups[0].Lr, 15);
        var resumed = new StepLR(opt, stepSize: 2, gamma: 0.5, lastEpoch: 3);   // steps to epoch 4
        Assert.Equal(0.2, resumed.BaseLrs[0]);
        Assert.Equal(0.05, opt.ParamGroups[0].Lr, 15);
        var fresh = Sgd(0.3);
        var e2 = Assert.Throws<NativeGradException>(() => new CosineAnnealingLR(fresh, tMax: 5, lastEpoch: 2));
        Assert.Contains("initial_lr", e2.Message);
        Assert.Throws<NativeGradException>(() => new StepLR(Sgd(0.1), stepSize: 0));
    }
}
