using NativeGrad.Ops;

namespace NativeGrad;

// The C# surface of the ops: operators and methods named as in PyTorch.
public sealed partial class Tensor
{
    /// <summary>Elementwise sum with broadcasting.</summary>
    public static Tensor operator +(Tensor a, Tensor b) => Functions.Add(a, b);
    /// <summary>Adds a scalar.</summary>
    public static Tensor operator +(Tensor a, double s) => Functions.AddScalar(a, s);
    /// <summary>Adds a scalar.</summary>
    public static Tensor operator +(double s, Tensor a) => Functions.AddScalar(a, s);
    /// <summary>Elementwise difference with broadcasting.</summary>
    public static Tensor operator -(Tensor a, Tensor b) => Functions.Sub(a, b);
    /// <summary>Subtracts a scalar.</summary>
    public static Tensor operator -(Tensor a, double s) => Functions.SubScalar(a, s);
    /// <summary>Scalar minus tensor.</summary>
    public static Tensor operator -(double s, Tensor a) => Functions.RSubScalar(a, s);
    /// <summary>Negation.</summary>
    public static Tensor operator -(Tensor a) => Functions.Neg(a);
    /// <summary>Elementwise product with broadcasting.</summary>
    public static Tensor operator *(Tensor a, Tensor b) => Functions.Mul(a, b);
    /// <summary>Multiplies by a scalar.</summary>
    public static Tensor operator *(Tensor a, double s) => Functions.MulScalar(a, s);
    /// <summary>Multiplies by a scalar.</summary>
    public static Tensor operator *(double s, Tensor a) => Functions.MulScalar(a, s);
    /// <summary>Elementwise true division with broadcasting.</summary>
    public static Tensor operator /(Tensor a, Tensor b) => Functions.Div(a, b);
    /// <summary>Divides by a scalar.</summary>
    public static Tensor operator /(Tensor a, double s) => Functions.DivScalar(a, s);
    /// <summary>Scalar divided by tensor.</summary>
    public static Tensor operator /(double s, Tensor a) => Functions.RDivScalar(a, s);

    /// <summary>Elementwise power with a scalar exponent (grad_fn PowBackward0).</summary>
    public Tensor Pow(double exponent) => Functions.PowScalar(this, exponent);
    /// <summary>Elementwise power with a tensor exponent (grad_fn PowBackward1).</summary>
    public Tensor Pow(Tensor exponent) => Functions.Pow(this, exponent);
    /// <summary>Scalar raised to this tensor elementwise.</summary>
    public static Tensor Pow(double @base, Tensor exponent) => Functions.RPowScalar(exponent, @base);
    /// <summary>Negation.</summary>
    public Tensor Neg() => Functions.Neg(this);
    /// <summary>Absolute value.</summary>
    public Tensor Abs() => Functions.Abs(this);

    /// <summary>Sum of all elements (0-dim result).</summary>
    public Tensor Sum() => Functions.Sum(this);
    /// <summary>Sum over the given dims.</summary>
    public Tensor Sum(int[] dims, bool keepdim = false) => Functions.SumDim(this, dims, keepdim);
    /// <summary>Sum over one dim.</summary>
    public Tensor Sum(int dim, bool keepdim = false) => Functions.SumDim(this, [dim], keepdim);
    /// <summary>Mean of all elements.</summary>
    public Tensor Mean() => Functions.Mean(this);
    /// <summary>Mean over the given dims.</summary>
    public Tensor Mean(int[] dims, bool keepdim = false) => Functions.MeanDim(this, dims, keepdim);
    /// <summary>Mean over one dim.</summary>
    public Tensor Mean(int dim, bool keepdim = false) => Functions.MeanDim(this, [dim], keepdim);
    /// <summary>The p-norm over all elements or the given dims.</summary>
    public Tensor Norm(double p = 2, int[]? dims = null, bool keepdim = false) => Functions.Norm(this, p, dims, keepdim);

    /// <summary>In-place <see cref="Addcmul"/>: self += value * tensor1 * tensor2 (AddcmulBackward0).</summary>
    public Tensor Addcmul_(Tensor tensor1, Tensor tensor2, double value = 1) => Functions.Addcmul_(this, tensor1, tensor2, value);
    /// <summary>In-place <see cref="Addcdiv"/>: self += value * tensor1 / tensor2 (AddcdivBackward0).</summary>
    public Tensor Addcdiv_(Tensor tensor1, Tensor tensor2, double value = 1) => Functions.Addcdiv_(this, tensor1, tensor2, value);
    /// <summary>In-place <see cref="Lerp"/>: self += weight * (end - self) (LerpBackward0).</summary>
    public Tensor Lerp_(Tensor end, double weight) => Functions.Lerp_(this, end, weight);

    /// <summary>Matrix product of two matrices.</summary>
    public Tensor Mm(Tensor other) => Functions.Mm(this, other);
    /// <summary>torch.matmul semantics for 1-D and 2-D operands.</summary>
    public Tensor Matmul(Tensor other) => Functions.Matmul(this, other);
    /// <summary>Dot product of two vectors.</summary>
    public Tensor Dot(Tensor other) => Functions.Dot(this, other);

    /// <summary>Transpose of a matrix (a view).</summary>
    public Tensor T() => Functions.T(this);
    /// <summary>Same data with a new shape (a view when possible); one dim may be -1.</summary>
    public Tensor Reshape(params long[] shape) => Functions.Reshape(this, shape);
    /// <summary>Same data with a new shape; always a view (fails when strides forbid it).</summary>
    public Tensor View(params long[] shape) => Functions.View(this, shape);
    /// <summary>Broadcasts to a larger shape as a view.</summary>
    public Tensor Expand(params int[] shape) => Functions.Expand(this, shape);
    /// <summary>Swaps two dims (a view).</summary>
    public Tensor Transpose(int dim0, int dim1) => Functions.Transpose(this, dim0, dim1);
    /// <summary>Inserts a dim of size 1.</summary>
    public Tensor Unsqueeze(int dim) => Functions.Unsqueeze(this, dim);
    /// <summary>Removes a dim of size 1.</summary>
    public Tensor Squeeze(int dim) => Functions.Squeeze(this, dim);
    /// <summary>A contiguous tensor with the same values.</summary>
    public Tensor Contiguous() => Functions.Contiguous(this);
    /// <summary>A copy that stays in the graph (grad_fn CloneBackward0).</summary>
    public Tensor Clone() => Functions.Clone(this);
    /// <summary>Converts to another dtype (grad_fn ToCopyBackward0 between floating types).</summary>
    public Tensor To(DType dtype) => Functions.To(this, dtype);

    /// <summary>Elementwise ==, a bool tensor.</summary>
    public Tensor Eq(Tensor other) => Functions.Compare(CompareOp.Eq, this, other);
    /// <summary>Elementwise !=.</summary>
    public Tensor Ne(Tensor other) => Functions.Compare(CompareOp.Ne, this, other);
    /// <summary>Elementwise &lt;.</summary>
    public Tensor Lt(Tensor other) => Functions.Compare(CompareOp.Lt, this, other);
    /// <summary>Elementwise &lt;=.</summary>
    public Tensor Le(Tensor other) => Functions.Compare(CompareOp.Le, this, other);
    /// <summary>Elementwise &gt;.</summary>
    public Tensor Gt(Tensor other) => Functions.Compare(CompareOp.Gt, this, other);
    /// <summary>Elementwise &gt;=.</summary>
    public Tensor Ge(Tensor other) => Functions.Compare(CompareOp.Ge, this, other);

    /// <summary>Sets every element to zero in place (ZeroBackward0 when recorded; bumps the version).</summary>
    public Tensor Zero_() => Functions.Zero_(this);
    /// <summary>Sets every element to <paramref name="value"/> in place (FillBackward2 when recorded).</summary>
    public Tensor Fill_(double value) => Functions.Fill_(this, value);

    /// <summary>This tensor if contiguous, else a contiguous copy (caller disposes it if it differs).</summary>
    internal Tensor ContiguousOrSelf() => IsContiguous ? this : Functions.CastRaw(this, _dtype);
}
