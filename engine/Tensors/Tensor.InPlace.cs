using NativeGrad.Ops;

namespace NativeGrad;

// In-place ops, named as in PyTorch. Each bumps the version counter and, when this tensor or the
// operand takes part in autograd, rebases this tensor's grad_fn onto the op's node.
public sealed partial class Tensor
{
    /// <summary>this += other (broadcast to this tensor's shape).</summary>
    public Tensor Add_(Tensor other) => Functions.Add_(this, other);
    /// <summary>this += s.</summary>
    public Tensor Add_(double s) => Functions.AddScalar_(this, s);
    /// <summary>this -= other.</summary>
    public Tensor Sub_(Tensor other) => Functions.Sub_(this, other);
    /// <summary>this -= s.</summary>
    public Tensor Sub_(double s) => Functions.SubScalar_(this, s);
    /// <summary>this *= other.</summary>
    public Tensor Mul_(Tensor other) => Functions.Mul_(this, other);
    /// <summary>this *= s.</summary>
    public Tensor Mul_(double s) => Functions.MulScalar_(this, s);
    /// <summary>this /= other.</summary>
    public Tensor Div_(Tensor other) => Functions.Div_(this, other);
    /// <summary>this /= s.</summary>
    public Tensor Div_(double s) => Functions.DivScalar_(this, s);
    /// <summary>this = this ** other.</summary>
    public Tensor Pow_(Tensor other) => Functions.Pow_(this, other);
    /// <summary>this = this ** s.</summary>
    public Tensor Pow_(double s) => Functions.PowScalar_(this, s);
    /// <summary>this = -this.</summary>
    public Tensor Neg_() => Functions.Neg_(this);
    /// <summary>this = max(this, 0) (ReluBackward0).</summary>
    public Tensor Relu_() => Functions.Relu_(this);
    /// <summary>this = clamp(this, min, max); either bound may be null.</summary>
    public Tensor Clamp_(double? min = null, double? max = null) => Functions.Clamp_(this, min, max);
    /// <summary>Copies src (broadcast, converted to this dtype) into this tensor (CopyBackwards).</summary>
    public Tensor Copy_(Tensor src) => Functions.Copy_(this, src);
}
