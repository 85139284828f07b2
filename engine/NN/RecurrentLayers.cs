using System.Globalization;

namespace NativeGrad.NN;

/// <summary>
/// Base of RNN, LSTM and GRU (PyTorch's nn.RNNBase): parameters named as PyTorch names them
/// (weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, then "_reverse" for the second direction,
/// then the next layer), all initialised uniform in ±1/sqrt(hidden_size).
/// </summary>
public abstract class RNNBase : Module
{
    private readonly List<Tensor> _flat = new();

    /// <summary>The recurrence.</summary>
    public RnnMode Mode { get; }
    /// <summary>Features of the input.</summary>
    public int InputSize { get; }
    /// <summary>Features of the hidden state.</summary>
    public int HiddenSize { get; }
    /// <summary>Stacked layers.</summary>
    public int NumLayers { get; }
    /// <summary>Whether the layers have biases.</summary>
    public bool HasBias { get; }
    /// <summary>Input and output are [batch, seq, feature] instead of [seq, batch, feature].</summary>
    public bool BatchFirst { get; }
    /// <summary>Dropout probability on the outputs of every layer but the last, while training.</summary>
    public double DropoutP { get; }
    /// <summary>Two directions per layer, their outputs concatenated.</summary>
    public bool Bidirectional { get; }

    /// <summary>Every weight in PyTorch's _flat_weights order.</summary>
    public IReadOnlyList<Tensor> FlatWeights => _flat;

    /// <summary>A recurrent layer; <paramref name="dtype"/> float32 or float64.</summary>
    protected RNNBase(RnnMode mode, int inputSize, int hiddenSize, int numLayers, bool bias, bool batchFirst,
        double dropout, bool bidirectional, DType dtype)
    {
        if (hiddenSize <= 0) throw NativeGradException.Arg("hidden_size must be greater than zero");
        if (numLayers <= 0) throw NativeGradException.Arg("num_layers must be greater than zero");
        if (inputSize < 0) throw NativeGradException.Arg($"input_size must be non-negative, got {inputSize}");
        if (dropout < 0 || dropout > 1)
            throw NativeGradException.Arg("dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
        Mode = mode; InputSize = inputSize; HiddenSize = hiddenSize; NumLayers = numLayers; HasBias = bias;
        BatchFirst = batchFirst; DropoutP = dropout; Bidirectional = bidirectional;
        int gates = Recurrent.Gates(mode) * hiddenSize, dirs = bidirectional ? 2 : 1;
        double bound = 1 / Math.Sqrt(hiddenSize);
        for (int layer = 0; layer < numLayers; layer++)
            for (int d = 0; d < dirs; d++)
            {
                string suffix = $"_l{layer}" + (d == 1 ? "_reverse" : "");
                int layerInput = layer == 0 ? inputSize : hiddenSize * dirs;
                _flat.Add(RegisterParameter("weight_ih" + suffix, RecurrentInit.Uniform([gates, layerInput], bound, dtype)));
                _flat.Add(RegisterParameter("weight_hh" + suffix, RecurrentInit.Uniform([gates, hiddenSize], bound, dtype)));
                if (bias)
                {
                    _flat.Add(RegisterParameter("bias_ih" + suffix, RecurrentInit.Uniform([gates], bound, dtype)));
                    _flat.Add(RegisterParameter("bias_hh" + suffix, RecurrentInit.Uniform([gates], bound, dtype)));
                }
            }
    }

    /// <summary>Runs the layer: outputs of the last layer for every step, and the final hidden state
    /// (and cell state for LSTM) of every layer and direction. h0/c0 default to zeros.</summary>
    public (Tensor Output, Tensor HN, Tensor? CN) Run(Tensor input, Tensor? h0 = null, Tensor? c0 = null)
        => Recurrent.Forward(Mode, input, h0, c0, _flat, NumLayers, HasBias, BatchFirst, DropoutP, Training, Bidirectional);

    /// <summary>The outputs only (the final states are dropped); use <see cref="Run"/> for them.</summary>
    public override Tensor Forward(Tensor input)
    {
        var (output, hn, cn) = Run(input);
        hn.Dispose();
        cn?.Dispose();
        return output;
    }

    /// <inheritdoc/>
    protected override string ExtraRepr
    {
        get
        {
            var s = $"{InputSize}, {HiddenSize}";
            if (NumLayers != 1) s += $", num_layers={NumLayers}";
            if (!HasBias) s += ", bias=False";
            if (BatchFirst) s += ", batch_first=True";
            if (DropoutP != 0) s += ", dropout=" + RecurrentInit.PyFloat(DropoutP);
            if (Bidirectional) s += ", bidirectional=True";
            return s;
        }
    }
}

/// <summary>Elman RNN with tanh (default) or relu: h_t = act(W_ih x_t + b_ih + W_hh h_(t-1) + b_hh).</summary>
public sealed class RNN(int inputSize, int hiddenSize, int numLayers = 1, string nonlinearity = "tanh", bool bias = true,
    bool batchFirst = false, double dropout = 0, bool bidirectional = false, DType dtype = DType.Float32)
    : RNNBase(RecurrentInit.Nonlinearity(nonlinearity), inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, dtype);

/// <summary>Long short-term memory; <see cref="RNNBase.Run"/> returns (output, h_n, c_n).</summary>
public sealed class LSTM(int inputSize, int hiddenSize, int numLayers = 1, bool bias = true, bool batchFirst = false,
    double dropout = 0, bool bidirectional = false, DType dtype = DType.Float32)
    : RNNBase(RnnMode.Lstm, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, dtype);

/// <summary>Gated recurrent unit.</summary>
public sealed class GRU(int inputSize, int hiddenSize, int numLayers = 1, bool bias = true, bool batchFirst = false,
    double dropout = 0, bool bidirectional = false, DType dtype = DType.Float32)
    : RNNBase(RnnMode.Gru, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, dtype);

/// <summary>Base of RNNCell, LSTMCell and GRUCell: one step; parameters weight_ih, weight_hh, bias_ih, bias_hh.</summary>
public abstract class RNNCellBase : Module
{
    /// <summary>The recurrence.</summary>
    public RnnMode Mode { get; }
    /// <summary>Features of the input.</summary>
    public int InputSize { get; }
    /// <summary>Features of the hidden state.</summary>
    public int HiddenSize { get; }
    /// <summary>[gates * hidden, input] weight.</summary>
    public Tensor WeightIh { get; }
    /// <summary>[gates * hidden, hidden] weight.</summary>
    public Tensor WeightHh { get; }
    /// <summary>Input bias, or null.</summary>
    public Tensor? BiasIh { get; }
    /// <summary>Hidden bias, or null.</summary>
    public Tensor? BiasHh { get; }

    /// <summary>A cell; <paramref name="dtype"/> float32 or float64.</summary>
    protected RNNCellBase(RnnMode mode, int inputSize, int hiddenSize, bool bias, DType dtype)
    {
        if (hiddenSize <= 0) throw NativeGradException.Arg("hidden_size must be greater than zero");
        if (inputSize < 0) throw NativeGradException.Arg($"input_size must be non-negative, got {inputSize}");
        Mode = mode; InputSize = inputSize; HiddenSize = hiddenSize;
        int gates = Recurrent.Gates(mode) * hiddenSize;
        double bound = 1 / Math.Sqrt(hiddenSize);
        WeightIh = RegisterParameter("weight_ih", RecurrentInit.Uniform([gates, inputSize], bound, dtype));
        WeightHh = RegisterParameter("weight_hh", RecurrentInit.Uniform([gates, hiddenSize], bound, dtype));
        if (bias)
        {
            BiasIh = RegisterParameter("bias_ih", RecurrentInit.Uniform([gates], bound, dtype));
            BiasHh = RegisterParameter("bias_hh", RecurrentInit.Uniform([gates], bound, dtype));
        }
    }

    /// <summary>One step from input [B, I] (or unbatched [I]) and states [B, H] (zeros when null):
    /// returns h' (and c' for LSTMCell).</summary>
    public (Tensor H, Tensor? C) Step(Tensor input, Tensor? h = null, Tensor? c = null)
    {
        input.CheckAlive();
        if (input.Dim != 1 && input.Dim != 2)
            throw NativeGradException.Shape($"{GetType().Name}: Expected input to be 1-D or 2-D but received {input.Dim}-D tensor");
        if (input.ShapeSpan[^1] != InputSize)
            throw NativeGradException.Shape($"input has inconsistent input_size: got {input.ShapeSpan[^1]} expected {InputSize}");
        using var scope = new TensorScope();
        bool unbatched = input.Dim == 1;
        var x = unbatched ? Ops.Functions.Unsqueeze(input, 0) : input;
        var hx = CellState(h, x, unbatched, "hidden0");
        var cx = Mode == RnnMode.Lstm ? CellState(c, x, unbatched, "hidden1") : null;
        var (hy, cy) = Recurrent.Cell(Mode, x, hx, cx, WeightIh, WeightHh, BiasIh, BiasHh);
        if (unbatched)
        {
            hy = Ops.Functions.Squeeze(hy, 0);
            if (cy is not null) cy = Ops.Functions.Squeeze(cy, 0);
        }
        return (scope.Keep(hy), cy is null ? null : scope.Keep(cy));
    }

    private Tensor CellState(Tensor? s, Tensor x, bool unbatched, string name)
    {
        int batch = x.ShapeSpan[0];
        if (s is null) return Tensor.Zeros([batch, HiddenSize], x.DType);
        s.CheckAlive();
        var s2 = unbatched ? Ops.Functions.Unsqueeze(s, 0) : s;
        if (s2.Dim != 2 || s2.ShapeSpan[0] != batch)
            throw NativeGradException.Shape($"Input batch size {batch} doesn't match {name} batch size {(s2.Dim > 0 ? s2.ShapeSpan[0] : 0)}");
        if (s2.ShapeSpan[1] != HiddenSize)
            throw NativeGradException.Shape($"{name} has inconsistent hidden_size: got {s2.ShapeSpan[1]}, expected {HiddenSize}");
        return s2;
    }

    /// <summary>h' only; use <see cref="Step"/> for states and the LSTM's cell state.</summary>
    public override Tensor Forward(Tensor input)
    {
        var (h, c) = Step(input);
        c?.Dispose();
        return h;
    }

    /// <inheritdoc/>
    protected override string ExtraRepr
    {
        get
        {
            var s = $"{InputSize}, {HiddenSize}";
            if (BiasIh is null) s += ", bias=False";
            if (Mode == RnnMode.RnnRelu) s += ", nonlinearity=relu";
            return s;
        }
    }
}

/// <summary>One Elman RNN step (tanh or relu).</summary>
public sealed class RNNCell(int inputSize, int hiddenSize, bool bias = true, string nonlinearity = "tanh", DType dtype = DType.Float32)
    : RNNCellBase(RecurrentInit.Nonlinearity(nonlinearity), inputSize, hiddenSize, bias, dtype);

/// <summary>One LSTM step; <see cref="RNNCellBase.Step"/> returns (h', c').</summary>
public sealed class LSTMCell(int inputSize, int hiddenSize, bool bias = true, DType dtype = DType.Float32)
    : RNNCellBase(RnnMode.Lstm, inputSize, hiddenSize, bias, dtype);

/// <summary>One GRU step.</summary>
public sealed class GRUCell(int inputSize, int hiddenSize, bool bias = true, DType dtype = DType.Float32)
    : RNNCellBase(RnnMode.Gru, inputSize, hiddenSize, bias, dtype);

/// <summary>Initialisation and formatting shared by the recurrent layers.</summary>
internal static class RecurrentInit
{
    /// <summary>A tensor uniform in [-bound, bound), drawn as torch's init.uniform_ draws it.</summary>
    public static Tensor Uniform(int[] shape, double bound, DType dtype)
    {
        var t = Tensor.Empty(shape, dtype);
        Init.Uniform_(t, -bound, bound);
        return t;
    }

    public static RnnMode Nonlinearity(string nonlinearity) => nonlinearity switch
    {
        "tanh" => RnnMode.RnnTanh,
        "relu" => RnnMode.RnnRelu,
        _ => throw NativeGradException.Arg($"Unknown nonlinearity '{nonlinearity}'"),
    };

    /// <summary>A double as Python's repr prints it (0.5, 1.0, 1e-05).</summary>
    public static string PyFloat(double v)
    {
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains("Infinity") || s.Contains("NaN") ? s.Replace("E", "e") : s + ".0";
    }
}
