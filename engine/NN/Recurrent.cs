using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>The recurrence of a recurrent layer (PyTorch's RNNBase.mode).</summary>
public enum RnnMode
{
    /// <summary>h' = tanh(W_ih x + b_ih + W_hh h + b_hh).</summary>
    RnnTanh,
    /// <summary>h' = relu(W_ih x + b_ih + W_hh h + b_hh).</summary>
    RnnRelu,
    /// <summary>Long short-term memory: gates i, f, g, o (in that order in the weights).</summary>
    Lstm,
    /// <summary>Gated recurrent unit: gates r, z, n (in that order in the weights).</summary>
    Gru,
}

/// <summary>
/// The recurrent computations, composed from differentiable ops exactly as PyTorch's CPU path
/// composes them (aten/src/ATen/native/RNN.cpp): the input projection of a whole layer is one
/// linear over the sequence, each step adds the hidden projection and applies the gates (chunks
/// are narrow views), outputs are stacked (StackBackward0), a bidirectional layer concatenates its
/// two directions, and dropout runs between layers while training. Every binding calls these.
/// </summary>
public static class Recurrent
{
    /// <summary>Gate blocks per weight matrix: 1 (RNN), 4 (LSTM), 3 (GRU).</summary>
    public static int Gates(RnnMode mode) => mode switch { RnnMode.Lstm => 4, RnnMode.Gru => 3, _ => 1 };

    /// <summary>PyTorch's mode strings: "RNN_TANH", "RNN_RELU", "LSTM", "GRU".</summary>
    public static RnnMode ParseMode(string mode) => mode switch
    {
        "RNN_TANH" => RnnMode.RnnTanh,
        "RNN_RELU" => RnnMode.RnnRelu,
        "LSTM" => RnnMode.Lstm,
        "GRU" => RnnMode.Gru,
        _ => throw NativeGradException.Arg($"Unrecognized RNN mode: {mode}"),
    };

    /// <summary>One step. <paramref name="x"/> is the input [B, I], or with <paramref name="projected"/> its
    /// projection W_ih x + b_ih [B, gates*H] already computed. Returns h' (and c' for LSTM).</summary>
    public static (Tensor H, Tensor? C) Cell(RnnMode mode, Tensor x, Tensor h, Tensor? c, Tensor wIh, Tensor wHh,
        Tensor? bIh, Tensor? bHh, bool projected = false)
    {
        if (mode == RnnMode.Lstm && c is null) throw NativeGradException.Arg("LSTM cell: the cell state c is required");
        using var scope = new TensorScope();
        var gi = projected ? x : Functions.Linear(x, wIh, bIh);
        var gh = Functions.Linear(h, wHh, bHh);
        int hs = wHh._shape[1];
        switch (mode)
        {
            case RnnMode.RnnTanh:
                return (scope.Keep(Functions.Tanh(Functions.Add(gh, gi))), null);
            case RnnMode.RnnRelu:
                return (scope.Keep(Functions.Relu(Functions.Add(gh, gi))), null);
            case RnnMode.Lstm:
            {
                var gates = Functions.Add(gh, gi);
                var i = Functions.Sigmoid(Functions.Narrow(gates, 1, 0, hs));
                var f = Functions.Sigmoid(Functions.Narrow(gates, 1, hs, hs));
                var g = Functions.Tanh(Functions.Narrow(gates, 1, 2 * hs, hs));
                var o = Functions.Sigmoid(Functions.Narrow(gates, 1, 3 * hs, hs));
                var cy = Functions.Add(Functions.Mul(f, c!), Functions.Mul(i, g));
                var hy = Functions.Mul(o, Functions.Tanh(cy));
                return (scope.Keep(hy), scope.Keep(cy));
            }
            default:
            {
                var r = Functions.Sigmoid(Functions.Add(Functions.Narrow(gh, 1, 0, hs), Functions.Narrow(gi, 1, 0, hs)));
                var z = Functions.Sigmoid(Functions.Add(Functions.Narrow(gh, 1, hs, hs), Functions.Narrow(gi, 1, hs, hs)));
                var n = Functions.Tanh(Functions.Add(Functions.Narrow(gi, 1, 2 * hs, hs), Functions.Mul(Functions.Narrow(gh, 1, 2 * hs, hs), r)));
                return (scope.Keep(Functions.Add(Functions.Mul(Functions.Sub(h, n), z), n)), null);
            }
        }
    }

    /// <summary>
    /// A whole (multi-layer, optionally bidirectional) recurrent layer, as torch's _VF.rnn_tanh/lstm/gru.
    /// <paramref name="input"/> is [T, B, I] ([B, T, I] with <paramref name="batchFirst"/>) or unbatched [T, I];
    /// <paramref name="hx"/> (and <paramref name="cx"/> for LSTM) are [layers * directions, B, H] ([.., H] unbatched)
    /// or null for zeros. <paramref name="weights"/> are in PyTorch's _flat_weights order: per layer, per
    /// direction, w_ih, w_hh and (with <paramref name="bias"/>) b_ih, b_hh.
    /// Returns the last layer's outputs [T, B, directions * H] and the final states.
    /// </summary>
    public static (Tensor Output, Tensor HN, Tensor? CN) Forward(RnnMode mode, Tensor input, Tensor? hx, Tensor? cx,
        IReadOnlyList<Tensor> weights, int numLayers, bool bias, bool batchFirst, double dropout, bool training, bool bidirectional)
    {
        input.CheckAlive();
        int dirs = bidirectional ? 2 : 1, per = bias ? 4 : 2;
        if (numLayers < 1) throw NativeGradException.Arg($"num_layers must be at least 1, got {numLayers}");
        if (weights.Count != numLayers * dirs * per)
            throw NativeGradException.Arg($"expected {numLayers * dirs * per} weight tensors for {numLayers} layer(s), {dirs} direction(s){(bias ? " with bias" : "")}, got {weights.Count}");
        if (dropout < 0 || dropout > 1) throw NativeGradException.Arg($"dropout should be a number in range [0, 1] representing the probability of an element being zeroed, got {dropout}");
        if (mode == RnnMode.Lstm && (hx is null) != (cx is null)) throw NativeGradException.Arg("LSTM: give both h0 and c0, or neither");
        if (input.Dim != 2 && input.Dim != 3)
            throw NativeGradException.Shape($"input must have 3 dimensions (or 2 unbatched), got {input.Dim}");
        bool unbatched = input.Dim == 2;
        var w0 = weights[0];
        int inputSize = w0._shape[1], hidden = weights[1]._shape[1];
        if (input._shape[^1] != inputSize)
            throw NativeGradException.Shape($"input.size(-1) must be equal to input_size. Expected {inputSize}, got {input._shape[^1]}");

        using var scope = new TensorScope();
        var x = unbatched ? Functions.Unsqueeze(input, 1) : batchFirst ? Functions.Transpose(input, 0, 1) : input;
        int steps = x._shape[0], batch = x._shape[1];
        int[] stateShape = [numLayers * dirs, batch, hidden];
        bool lstm = mode == RnnMode.Lstm;
        var h0 = State(hx, lstm ? "hidden[0]" : "hidden", stateShape, unbatched, input._dtype);
        var c0 = lstm ? State(cx, "hidden[1]", stateShape, unbatched, input._dtype) : null;

        var finalH = new List<Tensor>();
        var finalC = new List<Tensor>();
        var layerInput = x;
        for (int layer = 0; layer < numLayers; layer++)
        {
            var dirOutputs = new Tensor[dirs];
            for (int d = 0; d < dirs; d++)
            {
                int k = (layer * dirs + d) * per;
                Tensor wIh = weights[k], wHh = weights[k + 1];
                Tensor? bIh = bias ? weights[k + 2] : null, bHh = bias ? weights[k + 3] : null;
                var projected = Functions.Linear(layerInput, wIh, bIh);         // [T, B, gates*H], one product
                var h = Functions.Select(h0, 0, layer * dirs + d);
                var c = c0 is null ? null : Functions.Select(c0, 0, layer * dirs + d);
                var outs = new Tensor[steps];
                for (int s = 0; s < steps; s++)
                {
                    int t = d == 0 ? s : steps - 1 - s;
                    (h, c) = Cell(mode, Functions.Select(projected, 0, t), h, c, wIh, wHh, bIh, bHh, projected: true);
                    outs[t] = h;
                }
                finalH.Add(h);
                if (c is not null) finalC.Add(c);
                dirOutputs[d] = steps > 0 ? Functions.Stack(outs, 0) : throw NativeGradException.Shape("RNN: the input sequence is empty");
            }
            var layerOutput = dirs == 2 ? Functions.Cat(dirOutputs, 2) : dirOutputs[0];
            if (dropout > 0 && training && layer < numLayers - 1) layerOutput = Functions.Dropout(layerOutput, dropout, true);
            layerInput = layerOutput;
        }
        var output = layerInput;
        var hn = Functions.Stack(finalH.ToArray(), 0);
        var cn = finalC.Count > 0 ? Functions.Stack(finalC.ToArray(), 0) : null;
        if (unbatched)
        {
            output = Functions.Squeeze(output, 1);
            hn = Functions.Squeeze(hn, 1);
            if (cn is not null) cn = Functions.Squeeze(cn, 1);
        }
        else if (batchFirst) output = Functions.Transpose(output, 0, 1);
        return (scope.Keep(output), scope.Keep(hn), cn is null ? null : scope.Keep(cn));
    }

    private static Tensor State(Tensor? given, string what, int[] shape, bool unbatched, DType dtype)
    {
        if (given is null) return Tensor.Zeros(shape, dtype);
        given.CheckAlive();
        if (unbatched && given.Dim != 2)
            throw NativeGradException.Shape($"For unbatched 2-D input, {what} should also be 2-D but got {given.Dim}-D tensor");
        if (!unbatched && given.Dim != 3)
            throw NativeGradException.Shape($"For batched 3-D input, {what} should also be 3-D but got {given.Dim}-D tensor");
        var s = unbatched ? Functions.Unsqueeze(given, 1) : given;
        if (!Shape.Equal(s._shape, shape))
        {
            int[] expect = unbatched ? [shape[0], shape[2]] : shape;
            throw NativeGradException.Shape($"Expected {what} size ({string.Join(", ", expect)}), got {Shape.Str(given._shape)}");
        }
        return s;
    }
}
