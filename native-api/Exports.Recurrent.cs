using System.Runtime.InteropServices;
using NativeGrad.NN;

namespace NativeGrad.Native;

// Recurrent layers (RNN, LSTM, GRU and their cells), simple modules and containers' C constructors.
[ExportGroup("nn", Order = 4)]
public static unsafe partial class Exports
{
    private static RnnMode RnnModeArg(byte* mode)
    {
        if (mode == null) throw new NativeGradException(ErrorKind.NullPointer, "mode is NULL");
        return Recurrent.ParseMode(Marshal.PtrToStringUTF8((nint)mode)!);
    }

    /// <summary>
    /// torch's _VF.rnn_tanh / rnn_relu / lstm / gru: mode is "RNN_TANH", "RNN_RELU", "LSTM" or "GRU"; input is
    /// [T, B, I] ([B, T, I] with batch_first, or unbatched [T, I]); hx (and cx for LSTM) are [layers * directions, B, H]
    /// or NULL for zeros; weights are n tensors in PyTorch's _flat_weights order (per layer, per direction: w_ih, w_hh,
    /// then b_ih, b_hh when bias). Writes the output and h_n, and c_n for LSTM (out_cn may be NULL otherwise).
    /// </summary>
    [Export("ng_rnn_forward")]
    internal static void RnnForward(byte* mode, TensorHandle input, TensorHandle hx, TensorHandle cx, TensorHandle* weights, int n, int numLayers, int bias, int batchFirst, double dropout, int train, int bidirectional, TensorHandle* outOutput, TensorHandle* outHn, TensorHandle* outCn)
    {
        Abi.Out(outOutput); Abi.Out(outHn);
        var m = RnnModeArg(mode);
        if (m == RnnMode.Lstm) Abi.Out(outCn);
        var (o, h, c) = Recurrent.Forward(m, Abi.T(input), Abi.TOrNull(hx), Abi.TOrNull(cx), Abi.Tensors(weights, n),
            numLayers, bias != 0, batchFirst != 0, dropout, train != 0, bidirectional != 0);
        *outOutput = Abi.New(o);
        *outHn = Abi.New(h);
        if (outCn != null) *outCn = c is null ? default : Abi.New(c);
    }

    /// <summary>
    /// torch's _VF.rnn_tanh_cell / rnn_relu_cell / lstm_cell / gru_cell: one step from input [B, I] and hx [B, H]
    /// (cx too for LSTM); b_ih and b_hh may be NULL. Writes h' and, for LSTM, c' (out_c may be NULL otherwise).
    /// </summary>
    [Export("ng_rnn_cell")]
    internal static void RnnCell(byte* mode, TensorHandle input, TensorHandle hx, TensorHandle cx, TensorHandle wIh, TensorHandle wHh, TensorHandle bIh, TensorHandle bHh, TensorHandle* outH, TensorHandle* outC)
    {
        Abi.Out(outH);
        var m = RnnModeArg(mode);
        if (m == RnnMode.Lstm) Abi.Out(outC);
        var (h, c) = Recurrent.Cell(m, Abi.T(input), Abi.T(hx), Abi.TOrNull(cx), Abi.T(wIh), Abi.T(wHh), Abi.TOrNull(bIh), Abi.TOrNull(bHh));
        *outH = Abi.New(h);
        if (outC != null) *outC = c is null ? default : Abi.New(c);
    }

    /// <summary>nn.RNN(input_size, hidden_size, num_layers, nonlinearity "tanh" or "relu", bias, batch_first, dropout, bidirectional) with PyTorch's parameter names and init.</summary>
    [Export("ng_rnn_new")]
    internal static void RnnNew(long inputSize, long hiddenSize, int numLayers, byte* nonlinearity, int bias, int batchFirst, double dropout, int bidirectional, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        if (nonlinearity == null) throw new NativeGradException(ErrorKind.NullPointer, "nonlinearity is NULL");
        var s = Shape.Checked([inputSize, hiddenSize]);
        NewModule(new RNN(s[0], s[1], numLayers, Marshal.PtrToStringUTF8((nint)nonlinearity)!, bias != 0, batchFirst != 0,
            dropout, bidirectional != 0, Abi.Type(dtype)), outModule);
    }

    /// <summary>nn.LSTM(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional).</summary>
    [Export("ng_lstm_new")]
    internal static void LstmNew(long inputSize, long hiddenSize, int numLayers, int bias, int batchFirst, double dropout, int bidirectional, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        var s = Shape.Checked([inputSize, hiddenSize]);
        NewModule(new LSTM(s[0], s[1], numLayers, bias != 0, batchFirst != 0, dropout, bidirectional != 0, Abi.Type(dtype)), outModule);
    }

    /// <summary>nn.GRU(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional).</summary>
    [Export("ng_gru_new")]
    internal static void GruNew(long inputSize, long hiddenSize, int numLayers, int bias, int batchFirst, double dropout, int bidirectional, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        var s = Shape.Checked([inputSize, hiddenSize]);
        NewModule(new GRU(s[0], s[1], numLayers, bias != 0, batchFirst != 0, dropout, bidirectional != 0, Abi.Type(dtype)), outModule);
    }

    /// <summary>Runs an RNN/LSTM/GRU module with initial states (h0, c0 may be NULL for zeros): writes the output, h_n and, for an LSTM, c_n (out_cn may be NULL otherwise).</summary>
    [Export("ng_rnn_module_forward")]
    internal static void RnnModuleForward(ModuleHandle m, TensorHandle input, TensorHandle h0, TensorHandle c0, TensorHandle* outOutput, TensorHandle* outHn, TensorHandle* outCn)
    {
        Abi.Out(outOutput); Abi.Out(outHn);
        var rnn = Abi.M(m) as RNNBase
            ?? throw new NativeGradException(ErrorKind.InvalidArgument, "ng_rnn_module_forward: the module is not an RNN, LSTM or GRU");
        if (rnn.Mode == RnnMode.Lstm) Abi.Out(outCn);
        var (o, h, c) = rnn.Run(Abi.T(input), Abi.TOrNull(h0), Abi.TOrNull(c0));
        *outOutput = Abi.New(o);
        *outHn = Abi.New(h);
        if (outCn != null) *outCn = c is null ? default : Abi.New(c);
    }

    /// <summary>nn.Identity().</summary>
    [Export("ng_identity_new")]
    internal static void IdentityNew(ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new Identity(), outModule);
    }

    /// <summary>nn.Softmax(dim) (log 0) or nn.LogSoftmax(dim) (log 1).</summary>
    [Export("ng_softmax_new")]
    internal static void SoftmaxNew(int dim, int log, ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(log != 0 ? new LogSoftmax(dim) : new Softmax(dim), outModule);
    }
}
