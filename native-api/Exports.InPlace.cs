using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// In-place ops: write into self (bumping its version counter, shared with its views) and, when self or
// other takes part in autograd, rebase self's grad_fn as PyTorch does (CopySlices on the base for a view).
// A leaf that requires grad (or a view of one) is refused unless grad mode is off.
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>self += other (other broadcast to self's shape).</summary>
    [Export("ng_add_")]
    internal static void AddInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Add_);

    /// <summary>self -= other.</summary>
    [Export("ng_sub_")]
    internal static void SubInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Sub_);

    /// <summary>self *= other.</summary>
    [Export("ng_mul_")]
    internal static void MulInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Mul_);

    /// <summary>self /= other (true division; an integer self is refused as in PyTorch).</summary>
    [Export("ng_div_")]
    internal static void DivInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Div_);

    /// <summary>self = self ** other.</summary>
    [Export("ng_pow_")]
    internal static void PowInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Pow_);

    /// <summary>self.copy_(src): src broadcast to self's shape and converted to self's dtype (CopyBackwards).</summary>
    [Export("ng_copy_")]
    internal static void CopyInPlace(TensorHandle self, TensorHandle src) => InPlace(self, src, &Functions.Copy_);

    /// <summary>self += s.</summary>
    [Export("ng_add_scalar_")]
    internal static void AddScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.AddScalar_);

    /// <summary>self -= s.</summary>
    [Export("ng_sub_scalar_")]
    internal static void SubScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.SubScalar_);

    /// <summary>self *= s.</summary>
    [Export("ng_mul_scalar_")]
    internal static void MulScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.MulScalar_);

    /// <summary>self /= s.</summary>
    [Export("ng_div_scalar_")]
    internal static void DivScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.DivScalar_);

    /// <summary>self = self ** s.</summary>
    [Export("ng_pow_scalar_")]
    internal static void PowScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.PowScalar_);

    /// <summary>self = -self.</summary>
    [Export("ng_neg_")]
    internal static void NegInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Neg_);

    /// <summary>self = max(self, 0).</summary>
    [Export("ng_relu_")]
    internal static void ReluInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Relu_);

    /// <summary>self = clamp(self, min, max); a bound is used only when its has_* flag is 1.</summary>
    [Export("ng_clamp_")]
    internal static void ClampInPlace(TensorHandle self, int hasMin, double min, int hasMax, double max)
    {
        Functions.Clamp_(Abi.T(self), hasMin != 0 ? min : null, hasMax != 0 ? max : null);
    }

    /// <summary>The version counter of t (PyTorch's t._version): bumped by every in-place write to t or a view of it.</summary>
    [Export("ng_tensor_version")]
    internal static void TensorVersion(TensorHandle t, long* outVersion)
    {
        Abi.Out(outVersion); long v = Abi.T(t).Version; *outVersion = v;
    }

    private static void InPlace(TensorHandle self, TensorHandle other, delegate*<Tensor, Tensor, Tensor> f)
    {
        f(Abi.T(self), Abi.T(other));
    }

    private static void InPlaceScalar(TensorHandle self, double s, delegate*<Tensor, double, Tensor> f)
    {
        f(Abi.T(self), s);
    }

    private static void InPlaceUnary(TensorHandle self, delegate*<Tensor, Tensor> f)
    {
        f(Abi.T(self));
    }
}
