using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// In-place ops: write into self (bumping its version counter, shared with its views) and, when self or
// other takes part in autograd, rebase self's grad_fn as PyTorch does (CopySlices on the base for a view).
// A leaf that requires grad (or a view of one) is refused unless grad mode is off.
public static unsafe partial class Exports
{
    /// <summary>self += other (other broadcast to self's shape).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_add_")]
    public static NgStatus AddInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Add_);

    /// <summary>self -= other.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sub_")]
    public static NgStatus SubInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Sub_);

    /// <summary>self *= other.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mul_")]
    public static NgStatus MulInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Mul_);

    /// <summary>self /= other (true division; an integer self is refused as in PyTorch).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_div_")]
    public static NgStatus DivInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Div_);

    /// <summary>self = self ** other.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_pow_")]
    public static NgStatus PowInPlace(TensorHandle self, TensorHandle other) => InPlace(self, other, &Functions.Pow_);

    /// <summary>self.copy_(src): src broadcast to self's shape and converted to self's dtype (CopyBackwards).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_copy_")]
    public static NgStatus CopyInPlace(TensorHandle self, TensorHandle src) => InPlace(self, src, &Functions.Copy_);

    /// <summary>self += s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_add_scalar_")]
    public static NgStatus AddScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.AddScalar_);

    /// <summary>self -= s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sub_scalar_")]
    public static NgStatus SubScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.SubScalar_);

    /// <summary>self *= s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mul_scalar_")]
    public static NgStatus MulScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.MulScalar_);

    /// <summary>self /= s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_div_scalar_")]
    public static NgStatus DivScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.DivScalar_);

    /// <summary>self = self ** s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_pow_scalar_")]
    public static NgStatus PowScalarInPlace(TensorHandle self, double s) => InPlaceScalar(self, s, &Functions.PowScalar_);

    /// <summary>self = -self.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_neg_")]
    public static NgStatus NegInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Neg_);

    /// <summary>self = exp(self).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_exp_")]
    public static NgStatus ExpInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Exp_);

    /// <summary>self = max(self, 0).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_relu_")]
    public static NgStatus ReluInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Relu_);

    /// <summary>self = tanh(self).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tanh_")]
    public static NgStatus TanhInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Tanh_);

    /// <summary>self = sigmoid(self).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sigmoid_")]
    public static NgStatus SigmoidInPlace(TensorHandle self) => InPlaceUnary(self, &Functions.Sigmoid_);

    /// <summary>self = clamp(self, min, max); a bound is used only when its has_* flag is 1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_clamp_")]
    public static NgStatus ClampInPlace(TensorHandle self, int hasMin, double min, int hasMax, double max)
    {
        try { Functions.Clamp_(Abi.T(self), hasMin != 0 ? min : null, hasMax != 0 ? max : null); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>The version counter of t (PyTorch's t._version): bumped by every in-place write to t or a view of it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_version")]
    public static NgStatus TensorVersion(TensorHandle t, long* outVersion)
    {
        try { Abi.Out(outVersion); long v = Abi.T(t).Version; *outVersion = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    private static NgStatus InPlace(TensorHandle self, TensorHandle other, delegate*<Tensor, Tensor, Tensor> f)
    {
        try { f(Abi.T(self), Abi.T(other)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    private static NgStatus InPlaceScalar(TensorHandle self, double s, delegate*<Tensor, double, Tensor> f)
    {
        try { f(Abi.T(self), s); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    private static NgStatus InPlaceUnary(TensorHandle self, delegate*<Tensor, Tensor> f)
    {
        try { f(Abi.T(self)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
