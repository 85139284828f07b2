using NativeGrad.Ops;

namespace NativeGrad.Native;

// In-place forms of the multi-tensor pointwise ops (the generator's in-place exports take self as
// their only tensor): what hand-written optimizers call (exp_avg.lerp_, p.addcdiv_).
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>self.addcmul_(tensor1, tensor2, value=value): self += value * tensor1 * tensor2 (AddcmulBackward0).</summary>
    [Export("ng_addcmul_")]
    internal static void AddcmulInPlace(TensorHandle self, TensorHandle tensor1, TensorHandle tensor2, double value)
        => Functions.Addcmul_(Abi.T(self), Abi.T(tensor1), Abi.T(tensor2), value);

    /// <summary>self.addcdiv_(tensor1, tensor2, value=value): self += value * tensor1 / tensor2 (AddcdivBackward0).</summary>
    [Export("ng_addcdiv_")]
    internal static void AddcdivInPlace(TensorHandle self, TensorHandle tensor1, TensorHandle tensor2, double value)
        => Functions.Addcdiv_(Abi.T(self), Abi.T(tensor1), Abi.T(tensor2), value);

    /// <summary>self.lerp_(end, weight): self += weight * (end - self) (LerpBackward0).</summary>
    [Export("ng_lerp_")]
    internal static void LerpInPlace(TensorHandle self, TensorHandle end, double weight)
        => Functions.Lerp_(Abi.T(self), Abi.T(end), weight);
}
