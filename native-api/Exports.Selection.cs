using NativeGrad.Ops;

namespace NativeGrad.Native;

// The hand-written exports of the issue-10 ops that the op declarations do not generate: the
// in-place masked fills (the generator's in-place exports take self as their only tensor) and
// chunk (a composite of split, as PyTorch records it).
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>self.masked_fill_(mask, value): value written where the bool mask (broadcast to self's shape) is 1.</summary>
    [Export("ng_masked_fill_")]
    internal static void MaskedFillInPlace(TensorHandle self, TensorHandle mask, double value)
        => Functions.MaskedFill_(Abi.T(self), Abi.T(mask), value);

    /// <summary>self.masked_fill_(mask, value) with a 0-dim tensor value (MaskedFillBackward1: value gets the masked sum of the gradient).</summary>
    [Export("ng_masked_fill_tensor_")]
    internal static void MaskedFillTensorInPlace(TensorHandle self, TensorHandle mask, TensorHandle value)
        => Functions.MaskedFill_(Abi.T(self), Abi.T(mask), Abi.T(value));

    /// <summary>
    /// chunk(self, chunks, dim): at most chunks views of ceil(size / chunks) elements along dim, written to
    /// the caller's array of capacity handles; out_count receives how many (SplitBackward0).
    /// </summary>
    [Export("ng_chunk")]
    internal static void Chunk(TensorHandle self, long chunks, long dim, TensorHandle* outResult, int capacity, int* outCount)
    {
        Abi.Out(outResult); Abi.Out(outCount);
        var r = Functions.Chunk(Abi.T(self), Abi.Int(chunks), Abi.Int(dim));
        Abi.NewList(r, outResult, capacity, outCount);
    }
}
