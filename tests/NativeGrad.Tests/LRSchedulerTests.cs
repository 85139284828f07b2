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

    private static void Same(double[] torch, LRScheduler s)
    {
        var got = Rates(s, torch.Length);
        Assert.Equal(torch, got.ToArray()); // the recursive formulas give PyTorch's floats exactly
    }

    [Fact]
    public void RecursiveSchedulersGivePyTorchsFloats()
    {
        Same([0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002,
              0.05314410000000002, 0.04782969000000002, 0.043046721000000024, 0.03874204890000002, 0.03486784401000002],
            new ExponentialLR(Sgd(0.1), 0.9));
        Same([0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.0125, 0.0125, 0.0125, 0.0125], new MultiStepLR(Sgd(0.1), [3, 7, 7], 0.5));
        Same([0.025, 0.037500000000000006, 0.05, 0.0625, 0.075, 0.08750000000000001, 0.1, 0.1, 0.1, 0.1, 0.1],
            new LinearLR(Sgd(0.1), startFactor: 0.25, totalIters: 6));
        Same([0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], new ConstantLR(Sgd(0.1), 0.5, 4));
        Same([0.1, 0.05, 0.03333333333333333, 0.025, 0.020000000000000004, 0.016666666666666666, 0.014285714285714285, 0.0125,
              0.011111111111111112, 0.010000000000000002, 0.009090909090909092], new LambdaLR(Sgd(0.1), e => 1.0 / (1 + e)));
        Same([0.1, 0.097, 0.09409000000000001, 0.09126730000000001, 0.088529281, 0.08587340257, 0.08329720049289999,
              0.08079828447811299, 0.0783743359437696, 0.0760231058654565, 0.0737424126894928], new MultiplicativeLR(Sgd(0.1), _ => 0.97));
    }

    [Fact]
    public void ReduceLROnPlateauReducesAfterPatienceWithCooldownAndMinimum()
    {
        var s = new ReduceLROnPlateau(Sgd(0.1), patience: 1, cooldown: 1, minLr: 0.004);
        double[] metrics = [1.0, 0.9, 0.95, 0.95, 0.96, 0.97, 0.89, 0.9, 0.9, 0.9, 0.91, 0.92];
        double[] torch = [0.1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002,
                          0.010000000000000002, 0.004, 0.004, 0.004, 0.004];
        for (int i = 0; i < metrics.Length; i++)
        {
            s.Step(metrics[i]);
            Assert.Equal(torch[i], s.GetLastLr()[0]);
        }
        Assert.Contains("Factor should be < 1.0.", Assert.Throws<NativeGradException>(() => new ReduceLROnPlateau(Sgd(0.1), factor: 1)).Message);
    }
}
