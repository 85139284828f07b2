using Xunit;

namespace NativeGrad.Tests;

/// <summary>Anomaly detection and inference mode, with PyTorch 1.13's messages.</summary>
[Collection("anomaly")]
public class ModeTests
{
    [Fact]
    public void AnomalyNamesTheNodeAndRecordsTheForwardCall()
    {
        var x = Tensor.FromArray([0.0f, 1.0f], 2).RequiresGrad_();
        using (Autograd.DetectAnomaly())
        {
            Assert.True(Autograd.IsAnomalyEnabled);
            var y = (x.Sqrt() * 0.0).Sum();
            var e = Assert.Throws<NativeGradException>(() => y.Backward());
            Assert.Equal("Function 'SqrtBackward0' returned nan values in its 0th output.", e.Message);
            Assert.Contains(nameof(AnomalyNamesTheNodeAndRecordsTheForwardCall), e.ForwardTrace);
            var z = (x / x).Sum();
            e = Assert.Throws<NativeGradException>(() => z.Backward());
            Assert.Equal("Function 'DivBackward0' returned nan values in its 1th output.", e.Message);
        }
        Assert.False(Autograd.IsAnomalyEnabled);
        (x.Sqrt() * 0.0).Sum().Backward();  // without detection the NaN just flows into .grad
        Assert.True(double.IsNaN(x.Grad!.ToDoubleArray()[0]));
    }

    [Fact]
    public void InferenceMode()
    {
        var x = Tensor.FromArray([1.0f, 2.0f], 2).RequiresGrad_();
        Tensor b, a;
        using (Autograd.InferenceMode())
        {
            Assert.False(GradMode.IsEnabled);
            Assert.True(Autograd.IsInferenceModeEnabled);
            a = Tensor.Ones([2]).RequiresGrad_();
            b = x * 2.0;
            Assert.True(a.IsInference && b.IsInference);
            Assert.False(b.RequiresGrad);
            b.Fill_(3);  // in place inside inference mode is fine
            using (Autograd.InferenceMode(false))
            {
                Assert.True(GradMode.IsEnabled);
                Assert.False(Tensor.Ones([1]).IsInference);
            }
        }
        Assert.True(GradMode.IsEnabled);
        Assert.False(x.IsInference);
        Assert.False(x.Detach().IsInference);
        var e = Assert.Throws<NativeGradException>(() => b * x);
        Assert.Equal("Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.", e.Message);
        e = Assert.Throws<NativeGradException>(() => b.Fill_(1));
        Assert.StartsWith("Inplace update to inference tensor outside InferenceMode is not allowed.", e.Message);
        var c = b.Clone() * x;  // a clone is a normal tensor
        Assert.True(c.RequiresGrad);
    }
}

/// <summary>Anomaly mode is process-wide: these tests do not run alongside others that backward NaNs.</summary>
[CollectionDefinition("anomaly", DisableParallelization = true)]
public class AnomalyCollection { }
