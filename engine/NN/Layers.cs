using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>y = x W^T + b, initialised as PyTorch (kaiming_uniform_(a=sqrt(5)) weight, bias uniform in ±1/sqrt(in_features)).</summary>
public sealed class Linear : Module
{
    /// <summary>Input features.</summary>
    public int InFeatures { get; }
    /// <summary>Output features.</summary>
    public int OutFeatures { get; }
    /// <summary>[out, in] weight.</summary>
    public Tensor Weight { get; }
    /// <summary>[out] bias, or null.</summary>
    public Tensor? Bias { get; }

    /// <summary>A linear layer; <paramref name="dtype"/> float32 or float64.</summary>
    public Linear(int inFeatures, int outFeatures, bool bias = true, DType dtype = DType.Float32)
    {
        if (inFeatures < 0 || outFeatures < 0) throw NativeGradException.Arg($"Linear: negative size ({inFeatures}, {outFeatures})");
        InFeatures = inFeatures;
        OutFeatures = outFeatures;
        // PyTorch's reset_parameters, in its order: kaiming_uniform_(weight, a=sqrt(5)), then the bias
        // uniform in +-1/sqrt(fan_in); same generator state, same values.
        var w = Tensor.Empty([outFeatures, inFeatures], dtype);
        Init.KaimingUniform_(w, a: Math.Sqrt(5));
        Weight = RegisterParameter("weight", w);
        if (bias)
        {
            double bound = inFeatures > 0 ? 1 / Math.Sqrt(inFeatures) : 0;
            var b = Tensor.Empty([outFeatures], dtype);
            Init.Uniform_(b, -bound, bound);
            Bias = RegisterParameter("bias", b);
        }
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        if (input.Dim == 0 || input.ShapeSpan[^1] != InFeatures)
            throw NativeGradException.Shape($"Linear(in_features={InFeatures}, out_features={OutFeatures}): input of shape {Shape.Str(input.ShapeSpan)} does not end in {InFeatures} features");
        return Functions.Linear(input, Weight, Bias);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr => $"in_features={InFeatures}, out_features={OutFeatures}, bias={(Bias != null ? "True" : "False")}";
}

/// <summary>Runs its modules in order; children are named "0", "1", ...</summary>
public sealed class Sequential : Module
{
    private readonly List<Module> _layers = new();

    /// <summary>A container of the given modules.</summary>
    public Sequential(params Module[] modules)
    {
        foreach (var m in modules) Append(m);
    }

    /// <summary>Adds a module at the end.</summary>
    public Sequential Append(Module m)
    {
        RegisterModule(_layers.Count.ToString(), m);
        _layers.Add(m);
        return this;
    }

    /// <summary>The i-th module.</summary>
    public Module this[int i] => _layers[i];

    /// <summary>Number of modules.</summary>
    public int Count => _layers.Count;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        using var scope = new TensorScope();   // intermediate activations not kept by the graph die here
        var x = input;
        foreach (var m in _layers) x = m.Call(x);
        return ReferenceEquals(x, input) ? x : scope.Keep(x);
    }
}

/// <summary>Zeroes elements with probability p while training (scaling the rest by 1/(1-p)); identity in eval mode.</summary>
public sealed class Dropout : Module
{
    /// <summary>Drop probability.</summary>
    public double P { get; }

    /// <summary>A dropout layer.</summary>
    public Dropout(double p = 0.5)
    {
        if (!(p >= 0 && p <= 1)) throw NativeGradException.Arg($"dropout probability has to be between 0 and 1, but got {NativeGradException.Num(p)}");
        P = p;
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functions.Dropout(input, P, Training);

    /// <inheritdoc/>
    protected override string ExtraRepr => $"p={P}, inplace=False";
}

/// <summary>A lookup table of vectors (N(0, 1) init).</summary>
public sealed class Embedding : Module
{
    /// <summary>[num_embeddings, embedding_dim] table.</summary>
    public Tensor Weight { get; }

    /// <summary>A table of <paramref name="numEmbeddings"/> vectors of size <paramref name="embeddingDim"/>.</summary>
    public Embedding(int numEmbeddings, int embeddingDim, DType dtype = DType.Float32)
        => Weight = RegisterParameter("weight", Tensor.Randn([numEmbeddings, embeddingDim], dtype));

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functions.Embedding(Weight, input);

    /// <inheritdoc/>
    protected override string ExtraRepr => $"{Weight.Size(0)}, {Weight.Size(1)}";
}

/// <summary>Layer normalization over the last dims, with learnable weight (ones) and bias (zeros).</summary>
public sealed class LayerNorm : Module
{
    private readonly int[] _shape;
    /// <summary>Epsilon added to the variance.</summary>
    public double Eps { get; }
    /// <summary>Scale, or null without affine.</summary>
    public Tensor? Weight { get; }
    /// <summary>Shift, or null without affine.</summary>
    public Tensor? Bias { get; }

    /// <summary>Normalizes the trailing dims of shape <paramref name="normalizedShape"/>.</summary>
    public LayerNorm(int[] normalizedShape, double eps = 1e-5, bool elementwiseAffine = true, DType dtype = DType.Float32)
    {
        _shape = (int[])normalizedShape.Clone();
        Eps = eps;
        if (elementwiseAffine)
        {
            Weight = RegisterParameter("weight", Tensor.Ones(_shape, dtype));
            Bias = RegisterParameter("bias", Tensor.Zeros(_shape, dtype));
        }
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        if (input.Dim < _shape.Length || !input.ShapeSpan[^_shape.Length..].SequenceEqual(_shape))
            throw NativeGradException.Shape($"LayerNorm({Shape.Str(_shape)}): input of shape {Shape.Str(input.ShapeSpan)} does not end in the normalized shape");
        return Functions.LayerNorm(input, _shape.Length, Weight, Bias, Eps);
    }

    /// <inheritdoc/>
    protected override string ExtraRepr => $"({string.Join(", ", _shape)}{(_shape.Length == 1 ? "," : "")}), eps={Eps}, elementwise_affine={(Weight != null ? "True" : "False")}";
}

/// <summary>Flattens dims start..end into one.</summary>
public sealed class Flatten(int startDim = 1, int endDim = -1) : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        int nd = input.Dim;
        int s = Shape.WrapDim(startDim, nd), e = Shape.WrapDim(endDim, nd);
        var shape = new List<int>(input.ShapeSpan[..s].ToArray());
        int flat = 1;
        for (int d = s; d <= e; d++) flat *= input.ShapeSpan[d];
        shape.Add(flat);
        shape.AddRange(input.ShapeSpan[(e + 1)..].ToArray());
        return Functions.Reshape(input, shape.ToArray());
    }

    /// <inheritdoc/>
    protected override string ExtraRepr => $"start_dim={startDim}, end_dim={endDim}";
}

/// <summary>An activation given as a function (ReLU, Tanh, Sigmoid are instances of it).</summary>
public class Activation(string name, Func<Tensor, Tensor> f, string extra = "") : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => f(input);

    /// <inheritdoc/>
    protected override string ExtraRepr => extra;

    /// <summary>The PyTorch class name.</summary>
    public string Name => name;

    /// <inheritdoc/>
    public override string ToString() => $"{name}({extra})";
}

/// <summary>max(x, 0) (ReluBackward0).</summary>
public sealed class ReLU(bool inplace = false) : Activation("ReLU", inplace ? Functions.Relu_ : Functions.Relu, inplace ? "inplace=True" : "");

/// <summary>tanh(x).</summary>
public sealed class Tanh() : Activation("Tanh", Functions.Tanh);

/// <summary>1 / (1 + exp(-x)).</summary>
public sealed class Sigmoid() : Activation("Sigmoid", Functions.Sigmoid);

/// <summary>GELU x Φ(x) (GeluBackward0); approximate "tanh" uses the tanh form.</summary>
public sealed class GELU(string approximate = "none") : Activation("GELU",
    x => Functions.Gelu(x, approximate switch
    {
        "none" => 0,
        "tanh" => 1,
        _ => throw NativeGradException.Arg("approximate argument must be either none or tanh."),
    }), $"approximate='{approximate}'");

/// <summary>SiLU (swish) x σ(x) (SiluBackward0).</summary>
public sealed class SiLU() : Activation("SiLU", Functions.Silu);

/// <summary>LeakyReLU: x where x &gt; 0, else negativeSlope x (LeakyReluBackward0).</summary>
public sealed class LeakyReLU(double negativeSlope = 0.01) : Activation("LeakyReLU",
    x => Functions.LeakyRelu(x, negativeSlope), $"negative_slope={Repr.Float(negativeSlope)}");

/// <summary>ELU: x where x &gt; 0, else alpha (e^x - 1) (EluBackward0).</summary>
public sealed class ELU(double alpha = 1.0) : Activation("ELU", x => Functions.Elu(x, alpha), $"alpha={Repr.Float(alpha)}");

/// <summary>Softplus log(1 + e^(beta x)) / beta, linear where beta x &gt; threshold (SoftplusBackward0).</summary>
public sealed class Softplus(double beta = 1, double threshold = 20) : Activation("Softplus",
    x => Functions.Softplus(x, beta, threshold), $"beta={Repr.Number(beta)}, threshold={Repr.Number(threshold)}");

/// <summary>Numbers printed as Python prints them in a module's repr.</summary>
internal static class Repr
{
    /// <summary>A float as Python's repr writes it (1.0, 0.01, 1e-05).</summary>
    internal static string Float(double v)
    {
        var s = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (s.Contains('E')) s = s.Replace("E", "e");
        return s.Contains('.') || s.Contains('e') || s.Contains("Infinity") || s == "NaN" ? s : s + ".0";
    }

    /// <summary>An integral value without a fraction (PyTorch's int defaults: beta=1), others as <see cref="Float"/>.</summary>
    internal static string Number(double v) => v == Math.Floor(v) && Math.Abs(v) < 1e15 ? ((long)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : Float(v);
}

/// <summary>Mish x tanh(softplus(x)) (MishBackward0).</summary>
public sealed class Mish() : Activation("Mish", Functions.Mish);

/// <summary>SELU with PyTorch's constants (recorded as EluBackward0, as PyTorch does).</summary>
public sealed class SELU() : Activation("SELU", Functions.Selu);

/// <summary>x clamped to [minVal, maxVal] (HardtanhBackward0).</summary>
public sealed class Hardtanh(double minVal = -1, double maxVal = 1) : Activation("Hardtanh",
    x => Functions.Hardtanh(x, minVal, maxVal), $"min_val={Repr.Float(minVal)}, max_val={Repr.Float(maxVal)}");

/// <summary>min(max(x, 0), 6) (HardtanhBackward0, as PyTorch records it).</summary>
public sealed class ReLU6() : Activation("ReLU6", x => Functions.Hardtanh(x, 0, 6));

/// <summary>softmax(-x) over <c>dim</c> (SoftmaxBackward0).</summary>
public sealed class Softmin(int dim) : Activation("Softmin", x => Functions.Softmax(Functions.Neg(x), dim), $"dim={dim}");

/// <summary>Expands dim <c>dim</c> into <c>sizes</c> (a view).</summary>
public sealed class Unflatten(int dim, int[] sizes) : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => input.Unflatten(dim, sizes);

    /// <inheritdoc/>
    protected override string ExtraRepr => $"dim={dim}, unflattened_size=({string.Join(", ", sizes)}{(sizes.Length == 1 ? "," : "")})";
}
