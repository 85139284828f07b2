using NativeGrad.NN;
using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>RNN, LSTM, GRU and their cells: PyTorch's parameter names and reprs, first and second
/// derivatives against finite differences, and a whole layer against the same cell run by hand.
/// (Values against PyTorch itself are checked by tests/python/test_recurrent.py with copied weights.)</summary>
public class RecurrentTests
{
    private static Tensor Rand(params int[] shape) => Tensor.Rand(shape, DType.Float64) * 2.0 - 1.0;

    private static Tensor Flat(params Tensor?[] ts)
        => Functions.Cat(ts.Where(t => t is not null).Select(t => Functions.Reshape(t!, [-1L])).ToArray(), 0);

    [Fact]
    public void ParameterNamesShapesAndReprMatchPyTorch()
    {
        var lstm = new LSTM(3, 4, numLayers: 2, bias: false, batchFirst: true, dropout: 0.5, bidirectional: true);
        Assert.Equal(["weight_ih_l0", "weight_hh_l0", "weight_ih_l0_reverse", "weight_hh_l0_reverse",
                      "weight_ih_l1", "weight_hh_l1", "weight_ih_l1_reverse", "weight_hh_l1_reverse"],
            lstm.NamedParameters().Select(p => p.Key));
        Assert.Equal([16, 3], lstm.GetParameter("weight_ih_l0")!.Shape);
        Assert.Equal([16, 8], lstm.GetParameter("weight_ih_l1_reverse")!.Shape);
        Assert.Equal("LSTM(3, 4, num_layers=2, bias=False, batch_first=True, dropout=0.5, bidirectional=True)", lstm.ToString());
        var gru = new GRU(5, 2);
        Assert.Equal(["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"], gru.NamedParameters().Select(p => p.Key));
        Assert.Equal([6, 5], gru.GetParameter("weight_ih_l0")!.Shape);
        Assert.Equal("GRU(5, 2)", gru.ToString());
        Assert.Equal("RNN(3, 4)", new RNN(3, 4, nonlinearity: "relu").ToString());
        Assert.Equal("RNNCell(3, 4, bias=False, nonlinearity=relu)", new RNNCell(3, 4, bias: false, nonlinearity: "relu").ToString());
        var cell = new LSTMCell(3, 4);
        Assert.Equal(["weight_ih", "weight_hh", "bias_ih", "bias_hh"], cell.NamedParameters().Select(p => p.Key));
        double bound = 0.5;   // 1 / sqrt(hidden_size)
        Assert.All(cell.Parameters().SelectMany(p => p.ToDoubleArray()), v => Assert.InRange(v, -bound, bound));
        var e = Assert.Throws<NativeGradException>(() => new RNN(3, 4, nonlinearity: "sigmoid"));
        Assert.Equal("Unknown nonlinearity 'sigmoid'", e.Message);
    }

    public static TheoryData<RnnMode, int, bool, bool> Configs() => new()
    {
        { RnnMode.RnnTanh, 1, false, true },
        { RnnMode.RnnRelu, 2, false, true },
        { RnnMode.Lstm, 2, true, true },
        { RnnMode.Lstm, 1, false, false },
        { RnnMode.Gru, 2, true, true },
        { RnnMode.Gru, 1, false, false },
    };

    /// <summary>d(output, h_n, c_n)/d(input, h0, c0, every weight) against central differences.</summary>
    [Theory, MemberData(nameof(Configs))]
    public void GradientsOfEveryInputAndWeight(RnnMode mode, int layers, bool bidirectional, bool bias)
    {
        int dirs = bidirectional ? 2 : 1, gates = Recurrent.Gates(mode) * 3;
        var inputs = new List<Tensor> { Rand(4, 2, 2), Rand(layers * dirs, 2, 3) };
        if (mode == RnnMode.Lstm) inputs.Add(Rand(layers * dirs, 2, 3));
        int firstWeight = inputs.Count;
        for (int l = 0; l < layers; l++)
            for (int d = 0; d < dirs; d++)
            {
                inputs.Add(Rand(gates, l == 0 ? 2 : 3 * dirs));
                inputs.Add(Rand(gates, 3));
                if (bias) { inputs.Add(Rand(gates)); inputs.Add(Rand(gates)); }
            }
        foreach (var t in inputs) t.RequiresGrad_();
        Tensor F(Tensor[] x)
        {
            var (o, h, c) = Recurrent.Forward(mode, x[0], x[1], mode == RnnMode.Lstm ? x[2] : null, x[firstWeight..],
                layers, bias, batchFirst: false, dropout: 0, training: true, bidirectional);
            return Flat(o, h, c);
        }
        Assert.Null(GradCheck.Check(F, inputs.ToArray()));
    }

    [Theory]
    [InlineData(RnnMode.RnnTanh)]
    [InlineData(RnnMode.Lstm)]
    [InlineData(RnnMode.Gru)]
    public void SecondOrderGradients(RnnMode mode)
    {
        int gates = Recurrent.Gates(mode) * 2;
        var inputs = new[] { Rand(3, 1, 2), Rand(1, 1, 2), Rand(1, 1, 2), Rand(gates, 2), Rand(gates, 2), Rand(gates), Rand(gates) };
        foreach (var t in inputs) t.RequiresGrad_();
        Tensor F(Tensor[] x)
        {
            var (o, h, c) = Recurrent.Forward(mode, x[0], x[1], mode == RnnMode.Lstm ? x[2] : null, x[3..], 1, true, false, 0, true, false);
            return Flat(o, h, c);
        }
        Assert.Null(GradCheck.CheckSecondOrder(F, inputs));
    }

    /// <summary>A two-layer bidirectional LSTM equals its cells run by hand: forward direction in time order,
    /// reverse direction from the end, the two concatenated as the next layer's input.</summary>
    [Fact]
    public void LayerEqualsCellsRunByHand()
    {
        var lstm = new LSTM(2, 3, numLayers: 2, bidirectional: true, dtype: DType.Float64);
        var x = Rand(5, 2, 2);
        var h0 = Rand(4, 2, 3);
        var c0 = Rand(4, 2, 3);
        var (output, hn, cn) = lstm.Run(x, h0, c0);
        Assert.Equal([5, 2, 6], output.Shape);
        Assert.Equal([4, 2, 3], hn.Shape);
        var w = lstm.FlatWeights;
        var layerInput = x;
        var expectH = new List<Tensor>();
        var expectC = new List<Tensor>();
        for (int l = 0; l < 2; l++)
        {
            var dirOut = new Tensor[2];
            for (int d = 0; d < 2; d++)
            {
                int k = (l * 2 + d) * 4;
                var h = h0[l * 2 + d];
                var c = c0[l * 2 + d];
                var outs = new Tensor[5];
                for (int s = 0; s < 5; s++)
                {
                    int t = d == 0 ? s : 4 - s;
                    (h, c) = Recurrent.Cell(RnnMode.Lstm, layerInput[t], h, c, w[k], w[k + 1], w[k + 2], w[k + 3]);
                    outs[t] = h;
                }
                expectH.Add(h); expectC.Add(c!);
                dirOut[d] = Functions.Stack(outs, 0);
            }
            layerInput = Functions.Cat(dirOut, 2);
        }
        AssertClose(layerInput, output);
        AssertClose(Functions.Stack(expectH.ToArray(), 0), hn);
        AssertClose(Functions.Stack(expectC.ToArray(), 0), cn!);
        Assert.Equal("CatBackward0", output.GradFn!.Name);
        Assert.Equal("StackBackward0", hn.GradFn!.Name);
    }

    [Fact]
    public void BatchFirstAndUnbatchedInputsAgreeWithTheDefaultLayout()
    {
        var gru = new GRU(2, 3, numLayers: 2, dtype: DType.Float64);
        var x = Rand(4, 2, 2);
        var (o, h, _) = gru.Run(x);
        var bf = new GRU(2, 3, numLayers: 2, batchFirst: true, dtype: DType.Float64);
        bf.LoadStateDict(gru.StateDict());
        var (o2, h2, _) = bf.Run(Functions.Transpose(x, 0, 1));
        AssertClose(Functions.Transpose(o, 0, 1), o2);
        AssertClose(h, h2);
        var (o3, h3, _) = gru.Run(Functions.Select(x, 1, 1));
        Assert.Equal([4, 3], o3.Shape);
        Assert.Equal([2, 3], h3.Shape);
        AssertClose(Functions.Select(o, 1, 1), o3);
        AssertClose(Functions.Select(h, 1, 1), h3);
    }

    [Fact]
    public void CellsMatchTheLayerStepAndNameTheirNodesAsPyTorch()
    {
        var cell = new LSTMCell(2, 3, dtype: DType.Float64);
        var x = Rand(2, 2).RequiresGrad_();
        var (h, c) = cell.Step(x);
        Assert.Equal("MulBackward0", h.GradFn!.Name);
        Assert.Equal("AddBackward0", c!.GradFn!.Name);
        var gru = new GRUCell(2, 3, dtype: DType.Float64);
        Assert.Equal("AddBackward0", gru.Forward(x).GradFn!.Name);
        Assert.Equal("TanhBackward0", new RNNCell(2, 3, dtype: DType.Float64).Forward(x).GradFn!.Name);
        Assert.Equal("ReluBackward0", new RNNCell(2, 3, nonlinearity: "relu", dtype: DType.Float64).Forward(x).GradFn!.Name);
        Assert.Equal([3], gru.Forward(Rand(2)).Shape);   // unbatched
    }

    [Fact]
    public void ShapeErrorsNameWhatIsWrong()
    {
        var lstm = new LSTM(3, 4);
        var e = Assert.Throws<NativeGradException>(() => lstm.Run(Tensor.Zeros([5, 2, 4])));
        Assert.Equal("input.size(-1) must be equal to input_size. Expected 3, got 4", e.Message);
        e = Assert.Throws<NativeGradException>(() => lstm.Run(Tensor.Zeros([5, 2, 3]), Tensor.Zeros([2, 2, 4]), Tensor.Zeros([1, 2, 4])));
        Assert.Equal("Expected hidden[0] size (1, 2, 4), got [2, 2, 4]", e.Message);
        e = Assert.Throws<NativeGradException>(() => new GRU(3, 4).Run(Tensor.Zeros([5, 2, 3]), Tensor.Zeros([1, 3, 4])));
        Assert.Equal("Expected hidden size (1, 2, 4), got [1, 3, 4]", e.Message);
        e = Assert.Throws<NativeGradException>(() => new RNNCell(3, 4).Step(Tensor.Zeros([2, 5])));
        Assert.Equal("input has inconsistent input_size: got 5 expected 3", e.Message);
        e = Assert.Throws<NativeGradException>(() => new RNNCell(3, 4).Step(Tensor.Zeros([2, 3]), Tensor.Zeros([3, 4])));
        Assert.Equal("Input batch size 2 doesn't match hidden0 batch size 3", e.Message);
    }

    [Fact]
    public void DropoutBetweenLayersOnlyWhileTraining()
    {
        var rnn = new RNN(2, 3, numLayers: 2, dropout: 1.0, dtype: DType.Float64);
        var x = Rand(3, 1, 2);
        // With p = 1 the second layer sees zeros: its outputs are relu/tanh of biases and recurrences only.
        var (train, _, _) = rnn.Run(x);
        var (other, _, _) = rnn.Run(Rand(3, 1, 2));
        AssertClose(train, other);
        rnn.Eval();
        var (eval1, _, _) = rnn.Run(x);
        Assert.NotEqual(train.ToDoubleArray(), eval1.ToDoubleArray());
    }

    private static void AssertClose(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.Shape, actual.Shape);
        var a = expected.ToDoubleArray();
        var b = actual.ToDoubleArray();
        for (int i = 0; i < a.Length; i++) Assert.True(Math.Abs(a[i] - b[i]) <= 1e-12, $"element {i}: {a[i]} vs {b[i]}");
    }
}
