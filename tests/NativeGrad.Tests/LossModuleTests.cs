using NativeGrad.NN;
using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The C# loss modules against the values PyTorch 1.13 gives on the same float64 inputs
/// (nn.MSELoss, L1Loss, BCELoss, BCEWithLogitsLoss, NLLLoss, CrossEntropyLoss, every reduction).</summary>
public class LossModuleTests
{
    private static Tensor X() => Tensor.FromArray([0.3, -1.2, 2.0, 1.5, 0.1, -0.7], 2, 3);
    private static Tensor Y() => Tensor.FromArray([0.9, -0.4, 1.1, 0.2, 0.8, -1.0], 2, 3);
    private static Tensor T() => Tensor.FromArray([0.0, 1.0, 1.0, 1.0, 0.0, 0.0], 2, 3);
    private static Tensor W() => Tensor.FromArray([0.5, 2.0, 1.0]);
    private static Tensor PosW() => Tensor.FromArray([3.0, 1.0, 0.5]);
    private static Tensor Classes() => Tensor.FromArray(new long[] { 2, 0 });
    private static Tensor ClassW() => Tensor.FromArray([1.0, 0.5, 2.0]);

    private static void Close(double[] expected, Tensor actual, int digits = 12)
    {
        var a = actual.ToDoubleArray();
        Assert.Equal(expected.Length, a.Length);
        for (int i = 0; i < a.Length; i++) Assert.Equal(expected[i], a[i], digits);
    }

    [Fact]
    public void MseAndL1MatchTorch()
    {
        Close([0.68], new MSELoss().Call(X(), Y()));
        Close([4.08], new MSELoss(Reduction.Sum).Call(X(), Y()));
        Close([0.36, 0.64, 0.81, 1.69, 0.49, 0.09], new MSELoss(Reduction.None).Call(X(), Y()));
        Close([0.7666666666666666], new L1Loss().Call(X(), Y()));
        Close([4.6], new L1Loss(Reduction.Sum).Call(X(), Y()));
        Close([0.6, 0.8, 0.9, 1.3, 0.7, 0.3], new L1Loss(Reduction.None).Call(X(), Y()));
    }

    [Fact]
    public void BceOfProbabilitiesWithWeightMatchesTorch()
    {
        var probs = X().Sigmoid();
        Close([0.9122260959962123], new BCELoss(W()).Call(probs, T()));
        Close([5.473356575977274], new BCELoss(W(), Reduction.Sum).Call(probs, T()));
        Close([0.4271776222342636, 2.9265649346760623, 0.12692801104297263, 0.1007066389913762, 1.488793320147142, 0.40318604888545784],
              new BCELoss(W(), Reduction.None).Call(probs, T()));
    }

    [Fact]
    public void BceWithLogitsMatchesTorchWithAndWithoutWeights()
    {
        Close([0.6322602849652187], new BCEWithLogitsLoss().Call(X(), T()));
        Close([3.793561709791312], new BCEWithLogitsLoss(reduction: Reduction.Sum).Call(X(), T()));
        Close([0.9352176414064234], new BCEWithLogitsLoss(W(), posWeight: PosW()).Call(X(), T()));
        Close([5.6113058484385405], new BCEWithLogitsLoss(W(), Reduction.Sum, PosW()).Call(X(), T()));
        Close([0.4271776222342635, 2.9265649346760627, 0.0634640055214863, 0.3021199169741287, 1.4887933201471417, 0.40318604888545795],
              new BCEWithLogitsLoss(W(), Reduction.None, PosW()).Call(X(), T()));
        // The gradient of the weighted form, and no overflow for large logits.
        var x = X().RequiresGrad_();
        new BCEWithLogitsLoss(W(), posWeight: PosW()).Call(x, T()).Backward();
        Close([0.04787020973430492, -0.2561749278330059, -0.009933576835176474, -0.04560638095158909, 0.17499306249298, 0.05530203797197231], x.Grad!);
        var big = new BCEWithLogitsLoss(posWeight: PosW(), reduction: Reduction.None)
            .Call(Tensor.FromArray([800.0, -800.0, 0.0]), Tensor.FromArray([0.0, 1.0, 1.0]));
        Close([800.0, 800.0, 0.5 * Math.Log(2)], big);
    }

    [Fact]
    public void NllAndCrossEntropyMatchTorch()
    {
        var logp = X().LogSoftmax(1);
        Close([0.23630456176490636], new NLLLoss(ClassW()).Call(logp, Classes()));
        Close([0.7089136852947191], new NLLLoss(ClassW(), reduction: Reduction.Sum).Call(logp, Classes()));
        Close([0.40334248990558114, 0.30557119538913796], new NLLLoss(ClassW(), reduction: Reduction.None).Call(logp, Classes()));
        Close([0.3257335338239352], new CrossEntropyLoss(ClassW(), labelSmoothing: 0.1).Call(X(), Classes()));
        Close([0.9772006014718055], new CrossEntropyLoss(ClassW(), reduction: Reduction.Sum, labelSmoothing: 0.1).Call(X(), Classes()));
        Close([0.4965365528261819, 0.4806640486456236], new CrossEntropyLoss(ClassW(), reduction: Reduction.None, labelSmoothing: 0.1).Call(X(), Classes()));
        Close([0.20167124495279057], new CrossEntropyLoss(ignoreIndex: 0).Call(X(), Classes()));
        Close([0.20167124495279057, 0.0], new CrossEntropyLoss(ignoreIndex: 0, reduction: Reduction.None).Call(X(), Classes()));
    }

    [Fact]
    public void LossesPrintAndRegisterWeightsAsPyTorchDoes()
    {
        Assert.Equal("MSELoss()", new MSELoss().ToString());
        Assert.Equal("CrossEntropyLoss()", new CrossEntropyLoss(ClassW()).ToString());
        Assert.Equal(["weight"], new CrossEntropyLoss(ClassW()).StateDict().Select(kv => kv.Key));
        Assert.Equal(["weight", "pos_weight"], new BCEWithLogitsLoss(W(), posWeight: PosW()).StateDict().Select(kv => kv.Key));
        Assert.Empty(new NLLLoss().StateDict());
        var e = Assert.Throws<NativeGradException>(() => new MSELoss().Call(X()));
        Assert.Contains("target", e.Message);
        Assert.Throws<NativeGradException>(() => new CrossEntropyLoss(labelSmoothing: 1.5));
    }

    [Fact]
    public void SmoothL1HuberAndKlDivMatchTorch()
    {
        Close([0.5233333333333333], new SmoothL1Loss(beta: 0.5).Call(X(), Y()));
        Close([0.18000000000000005, 0.31999999999999995, 0.4049999999999999, 0.8, 0.24500000000000005, 0.04500000000000001],
            new SmoothL1Loss(Reduction.None).Call(X(), Y()));
        Close([0.31833333333333336], new HuberLoss(delta: 0.8).Call(X(), Y()));
        Close([1.9949999999999999], new HuberLoss(Reduction.Sum).Call(X(), Y()));
        var p = Tensor.FromArray([0.2, 0.5, 0.3, 0.6, 0.1, 0.3], 2, 3);
        var logp = X().LogSoftmax(1);
        Close([0.6598218507102876], new KLDivLoss(batchMean: true).Call(logp, p));
        Close([1.3196437014205753], new KLDivLoss(Reduction.Sum).Call(logp, p));
        Close([0.058446666503738066, 1.3542620321964227, -0.30069046781194364, -0.12315265702611165, -0.05970138976049076, 0.3904795173189605],
            new KLDivLoss(Reduction.None, logTarget: true).Call(logp, p.Log()));
    }
}
