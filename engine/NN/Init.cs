namespace NativeGrad.NN;

/// <summary>
/// Parameter initialisation (torch.nn.init): in-place fills without recording a graph, with PyTorch's
/// bounds computed in PyTorch's order of operations, so that the same generator state gives the same
/// weights as torch.
/// </summary>
public static class Init
{
    /// <summary>Fills with U(a, b).</summary>
    public static Tensor Uniform_(Tensor tensor, double a = 0, double b = 1, Generator? generator = null)
    {
        using (Autograd.NoGrad()) return tensor.Uniform_(a, b, generator);
    }

    /// <summary>Fills with N(mean, std²).</summary>
    public static Tensor Normal_(Tensor tensor, double mean = 0, double std = 1, Generator? generator = null)
    {
        using (Autograd.NoGrad()) return tensor.Normal_(mean, std, generator);
    }

    /// <summary>Fills with <paramref name="value"/>.</summary>
    public static Tensor Constant_(Tensor tensor, double value)
    {
        using (Autograd.NoGrad()) return Ops.Functions.Fill_(tensor, value);
    }

    /// <summary>Fills with zeros.</summary>
    public static Tensor Zeros_(Tensor tensor) => Constant_(tensor, 0);

    /// <summary>Fills with ones.</summary>
    public static Tensor Ones_(Tensor tensor) => Constant_(tensor, 1);

    /// <summary>The recommended gain for a nonlinearity (torch.nn.init.calculate_gain).</summary>
    public static double CalculateGain(string nonlinearity, double? param = null) => nonlinearity switch
    {
        "linear" or "conv1d" or "conv2d" or "conv3d" or "conv_transpose1d" or "conv_transpose2d" or "conv_transpose3d" or "sigmoid" => 1,
        "tanh" => 5.0 / 3,
        "relu" => Math.Sqrt(2.0),
        "leaky_relu" => Math.Sqrt(2.0 / (1 + (param ?? 0.01) * (param ?? 0.01))),
        "selu" => 3.0 / 4,
        _ => throw NativeGradException.Arg($"Unsupported nonlinearity {nonlinearity}"),
    };

    /// <summary>(fan_in, fan_out) of a weight of 2+ dims: size(1) and size(0) times the receptive field.</summary>
    public static (long FanIn, long FanOut) CalculateFanInAndFanOut(Tensor tensor)
    {
        if (tensor.Dim < 2)
            throw NativeGradException.Arg("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        long receptive = 1;
        for (int i = 2; i < tensor.Dim; i++) receptive *= tensor.Size(i);
        return (tensor.Size(1) * receptive, tensor.Size(0) * receptive);
    }

    private static long Fan(Tensor tensor, string mode)
    {
        if (mode != "fan_in" && mode != "fan_out") throw NativeGradException.Arg($"Mode {mode} not supported, please use one of fan_in, fan_out");
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        return mode == "fan_in" ? fanIn : fanOut;
    }

    /// <summary>He (Kaiming) uniform: U(-bound, bound), bound = sqrt(3) * gain / sqrt(fan). A tensor with no
    /// elements is left alone (torch warns that this is a no-op).</summary>
    public static Tensor KaimingUniform_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu", Generator? generator = null)
    {
        if (tensor.Numel == 0) return tensor;
        double std = CalculateGain(nonlinearity, a) / Math.Sqrt(Fan(tensor, mode));
        double bound = Math.Sqrt(3.0) * std;
        return Uniform_(tensor, -bound, bound, generator);
    }

    /// <summary>He (Kaiming) normal: N(0, std²), std = gain / sqrt(fan).</summary>
    public static Tensor KaimingNormal_(Tensor tensor, double a = 0, string mode = "fan_in", string nonlinearity = "leaky_relu", Generator? generator = null)
    {
        if (tensor.Numel == 0) return tensor;
        double std = CalculateGain(nonlinearity, a) / Math.Sqrt(Fan(tensor, mode));
        return Normal_(tensor, 0, std, generator);
    }

    /// <summary>Glorot (Xavier) uniform: U(-a, a), a = gain * sqrt(6 / (fan_in + fan_out)) (as sqrt(3) * std).</summary>
    public static Tensor XavierUniform_(Tensor tensor, double gain = 1, Generator? generator = null)
    {
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        double std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
        double a = Math.Sqrt(3.0) * std;
        return Uniform_(tensor, -a, a, generator);
    }

    /// <summary>Glorot (Xavier) normal: N(0, std²), std = gain * sqrt(2 / (fan_in + fan_out)).</summary>
    public static Tensor XavierNormal_(Tensor tensor, double gain = 1, Generator? generator = null)
    {
        var (fanIn, fanOut) = CalculateFanInAndFanOut(tensor);
        double std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
        return Normal_(tensor, 0, std, generator);
    }
}
