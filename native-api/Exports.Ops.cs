using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// The ops. Binary ops broadcast like NumPy; *_scalar ops take a double that never upcasts the tensor.
/// <summary>The ops, with PyTorch's semantics: binary ops broadcast like NumPy; *_scalar ops take a double that never upcasts a floating tensor; every op records its grad_fn when an input requires grad.</summary>
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>out = a + b.</summary>
    [Export("ng_add")]
    internal static void Add(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Add);

    /// <summary>out = a - b.</summary>
    [Export("ng_sub")]
    internal static void Sub(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Sub);

    /// <summary>out = a * b.</summary>
    [Export("ng_mul")]
    internal static void Mul(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Mul);

    /// <summary>out = a / b (true division).</summary>
    [Export("ng_div")]
    internal static void Div(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Div);

    /// <summary>out = a ** b with a tensor exponent (PowBackward1).</summary>
    [Export("ng_pow")]
    internal static void Pow(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Pow);

    /// <summary>Matrix product of two 2-D tensors.</summary>
    [Export("ng_mm")]
    internal static void Mm(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Mm);

    /// <summary>torch.matmul for 1-D and 2-D operands.</summary>
    [Export("ng_matmul")]
    internal static void Matmul(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Matmul);

    /// <summary>Dot product of two 1-D tensors.</summary>
    [Export("ng_dot")]
    internal static void Dot(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Dot);

    /// <summary>Elementwise a == b (bool result).</summary>
    [Export("ng_eq")]
    internal static void Eq(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Eq);

    /// <summary>Elementwise a != b (bool result).</summary>
    [Export("ng_ne")]
    internal static void Ne(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Ne);

    /// <summary>Elementwise a &lt; b (bool result).</summary>
    [Export("ng_lt")]
    internal static void Lt(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Lt);

    /// <summary>Elementwise a &lt;= b (bool result).</summary>
    [Export("ng_le")]
    internal static void Le(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Le);

    /// <summary>Elementwise a &gt; b (bool result).</summary>
    [Export("ng_gt")]
    internal static void Gt(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Gt);

    /// <summary>Elementwise a &gt;= b (bool result).</summary>
    [Export("ng_ge")]
    internal static void Ge(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, CompareOp.Ge);

    /// <summary>out = a + s.</summary>
    [Export("ng_add_scalar")]
    internal static void AddScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.AddScalar);

    /// <summary>out = a - s.</summary>
    [Export("ng_sub_scalar")]
    internal static void SubScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.SubScalar);

    /// <summary>out = s - a.</summary>
    [Export("ng_rsub_scalar")]
    internal static void RSubScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RSubScalar);

    /// <summary>out = a * s.</summary>
    [Export("ng_mul_scalar")]
    internal static void MulScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.MulScalar);

    /// <summary>out = a / s.</summary>
    [Export("ng_div_scalar")]
    internal static void DivScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.DivScalar);

    /// <summary>out = s / a.</summary>
    [Export("ng_rdiv_scalar")]
    internal static void RDivScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RDivScalar);

    /// <summary>out = a ** s (PowBackward0).</summary>
    [Export("ng_pow_scalar")]
    internal static void PowScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.PowScalar);

    /// <summary>out = s ** a.</summary>
    [Export("ng_rpow_scalar")]
    internal static void RPowScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RPowScalar);

    /// <summary>out = -a.</summary>
    [Export("ng_neg")]
    internal static void Neg(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Neg);

    /// <summary>Transpose of a matrix (a view; 0-D and 1-D unchanged).</summary>
    [Export("ng_t")]
    internal static void T(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.T);

    /// <summary>A contiguous tensor with the same values.</summary>
    [Export("ng_contiguous")]
    internal static void Contiguous(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Contiguous);

    /// <summary>Sum of all elements (0-dim).</summary>
    [Export("ng_sum")]
    internal static void Sum(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Sum);

    /// <summary>Mean of all elements (0-dim).</summary>
    [Export("ng_mean")]
    internal static void Mean(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Mean);

    /// <summary>Sum over the given dims (negative dims count from the end).</summary>
    [Export("ng_sum_dim")]
    internal static void SumDim(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.SumDim(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r);
    }

    /// <summary>Mean over the given dims.</summary>
    [Export("ng_mean_dim")]
    internal static void MeanDim(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.MeanDim(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r);
    }

    /// <summary>The p-norm over dims (dims NULL or ndims 0: all elements).</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [Export("ng_norm")]
    internal static void Norm(TensorHandle a, double p, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var t = Abi.T(a);
        int[]? d = dims == null || ndims == 0 ? null : Abi.IntDims(dims, ndims, t.Dim);
        var r = Functions.Norm(t, p, d, keepdim != 0);
        *outResult = Abi.New(r);
    }

    /// <summary>Same data with a new shape (a view when possible); one -1 allowed.</summary>
    [Export("ng_reshape")]
    internal static void Reshape(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Reshape(Abi.T(a), Abi.Dims(shape, ndim)); *outResult = Abi.New(r);
    }

    /// <summary>Same data with a new shape, always a view (fails when strides forbid it).</summary>
    [Export("ng_view")]
    internal static void View(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.View(Abi.T(a), Abi.Dims(shape, ndim)); *outResult = Abi.New(r);
    }

    /// <summary>Broadcasts to shape as a stride-0 view.</summary>
    [Export("ng_expand")]
    internal static void Expand(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Expand(Abi.T(a), Abi.Shape(shape, ndim)); *outResult = Abi.New(r);
    }

    /// <summary>Inserts a dim of size 1 at dim.</summary>
    [Export("ng_unsqueeze")]
    internal static void Unsqueeze(TensorHandle a, int dim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Unsqueeze(Abi.T(a), dim); *outResult = Abi.New(r);
    }

    /// <summary>Removes dim if its size is 1.</summary>
    [Export("ng_squeeze")]
    internal static void Squeeze(TensorHandle a, int dim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Squeeze(Abi.T(a), dim); *outResult = Abi.New(r);
    }
}
