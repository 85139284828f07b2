using Xunit;

namespace NativeGrad.Tests;

/// <summary>Tensor.Linspace and Tensor.Logspace: PyTorch 1.13's values bit for bit (figures printed by torch;
/// the Python suite compares many more against torch itself) and its errors.</summary>
public class CreationSpacesTests
{
    [Fact]
    public void LinspaceGivesPyTorchValues()
    {
        // 20 float32 steps: a vector run of 16 (two AVX2 vectors) and a scalar tail.
        var f = Tensor.Linspace(-3.14159, 3.14159, 20).ToDoubleArray();
        Assert.Equal(new double[] { -0.8267343044281006, -0.49604058265686035, -0.1653468906879425 }, f[7..10]);
        var d = Tensor.Linspace(-3.14159, 3.14159, 20, DType.Float64).ToDoubleArray();
        Assert.Equal(new[] { -0.8267342105263158, -0.49604052631578943, -0.16534684210526313 }, d[7..10]);
        Assert.Equal(new double[] { -7, 6, 19, 33, 46, 59, 72, 86, 100 }, Tensor.Linspace(-7, 100, 9, DType.Int64).ToDoubleArray());
        Assert.Equal(new double[] { 2.5 }, Tensor.Linspace(2.5, 9, 1).ToDoubleArray());
        Assert.Equal(0, Tensor.Linspace(0, 1, 0).Numel);
    }

    [Fact]
    public void LogspaceGivesPyTorchValues()
    {
        Assert.Equal(new[] { 0.5, 0.8408964152537145, 1.4142135623730951, 2.378414230005442, 4.0 },
            Tensor.Logspace(-1, 2, 5, 2, DType.Float64).ToDoubleArray());
        Assert.Equal(new double[] { 1, 3, 10, 31, 100 }, Tensor.Logspace(0, 2, 5, 10, DType.Int64).ToDoubleArray());
        Assert.Equal(new double[] { 100 }, Tensor.Logspace(2, 3, 1).ToDoubleArray());
    }

    [Fact]
    public void BadArgumentsGivePyTorchErrors()
    {
        Assert.Equal("number of steps must be non-negative", Assert.Throws<NativeGradException>(() => Tensor.Linspace(0, 1, -1)).Message);
        Assert.Equal("\"logspace_cpu\" not implemented for 'Bool'",
            Assert.Throws<NativeGradException>(() => Tensor.Logspace(0, 1, 3, 10, DType.Bool)).Message);
        Assert.Equal("value cannot be converted to type int64_t without overflow",
            Assert.Throws<NativeGradException>(() => Tensor.Linspace(0, 1e30, 3, DType.Int64)).Message);
    }
}
