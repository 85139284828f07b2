using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The C# activation modules beyond ReLU/Tanh/Sigmoid: values against float64 formulas, node
/// names and PyTorch's reprs. (Their derivatives are gradchecked in GradCheckTests.)</summary>
public class ActivationModuleTests
{
    private static readonly double[] X = [-3, -1.25, -0.5, 0, 0.5, 1.5, 25];

    public static TheoryData<string, Func<Module>, Func<double, double>, string, string> Cases() => new()
    {
        { "LeakyReLU()", () => new LeakyReLU(), x => x > 0 ? x : 0.01 * x, "LeakyReluBackward0", "LeakyReLU(negative_slope=0.01)" },
        { "LeakyReLU(0.2)", () => new LeakyReLU(0.2), x => x > 0 ? x : 0.2 * x, "LeakyReluBackward0", "LeakyReLU(negative_slope=0.2)" },
        { "ELU()", () => new ELU(), x => x > 0 ? x : Math.Exp(x) - 1, "EluBackward0", "ELU(alpha=1.0)" },
        { "Softplus(2, 3)", () => new Softplus(2, 3), x => 2 * x > 3 ? x : Math.Log(1 + Math.Exp(2 * x)) / 2, "SoftplusBackward0", "Softplus(beta=2, threshold=3)" },
        { "Softplus()", () => new Softplus(), x => x > 20 ? x : Math.Log(1 + Math.Exp(x)), "SoftplusBackward0", "Softplus(beta=1, threshold=20)" },
        { "SiLU()", () => new SiLU(), x => x / (1 + Math.Exp(-x)), "SiluBackward0", "SiLU()" },
        { "Mish()", () => new Mish(), x => x * Math.Tanh(Math.Log(1 + Math.Exp(x))), "MishBackward0", "Mish()" },
        { "SELU()", () => new SELU(), x => 1.0507009873554804934193349852946 * (x > 0 ? x : 1.6732632423543772848170429916717 * (Math.Exp(x) - 1)), "EluBackward0", "SELU()" },
        { "Hardtanh(-2, 3)", () => new Hardtanh(-2, 3), x => Math.Clamp(x, -2, 3), "HardtanhBackward0", "Hardtanh(min_val=-2.0, max_val=3.0)" },
        { "ReLU6()", () => new ReLU6(), x => Math.Clamp(x, 0, 6), "HardtanhBackward0", "ReLU6()" },
        { "GELU(tanh)", () => new GELU("tanh"), x => 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))), "GeluBackward0", "GELU(approximate='tanh')" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValuesNodesAndRepr(string name, Func<Module> make, Func<double, double> reference, string node, string repr)
    {
        var m = make();
        Assert.Equal(repr, m.ToString());
        using var x = Tensor.FromArray(X, X.Length).To(DType.Float64);
        x.RequiresGrad = true;
        using var y = m.Call(x);
        Assert.Equal(node, y.GradFn!.Name);
        var got = y.ToDoubleArray();
        for (int i = 0; i < X.Length; i++)
            Assert.True(Math.Abs(got[i] - reference(X[i])) <= 1e-14 * Math.Max(1, Math.Abs(got[i])), $"{name}({X[i]}) = {got[i]}");
    }

    [Fact]
    public void GeluRefusesAnUnknownApproximation()
        => Assert.Contains("approximate argument must be either none or tanh",
            Assert.Throws<NativeGradException>(() => new GELU("erf").Call(Tensor.Zeros([2]))).Message);

    [Fact]
    public void SoftminAndUnflatten()
    {
        using var x = Tensor.FromArray([1.0, 2.0, 4.0, -1.0, 0.0, 3.0], 2, 3);
        var m = new Softmin(1);
        Assert.Equal("Softmin(dim=1)", m.ToString());
        var got = m.Call(x).ToDoubleArray();
        double[] row = [Math.Exp(-1), Math.Exp(-2), Math.Exp(-4)];
        Assert.Equal(row[0] / row.Sum(), got[0], 14);
        Assert.Equal(Math.Exp(1) / (Math.Exp(1) + 1 + Math.Exp(-3)), got[3], 14);
        var u = new Unflatten(1, [3, 1]);
        Assert.Equal("Unflatten(dim=1, unflattened_size=(3, 1))", u.ToString());
        Assert.Equal([2, 3, 1], u.Call(x).Shape);
    }
}
