using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// The ops. Binary ops broadcast like NumPy; *_scalar ops take a double that never upcasts the tensor.
public static unsafe partial class Exports
{
    /// <summary>out = a + b.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_add")]
    public static NgStatus Add(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Add);

    /// <summary>out = a - b.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sub")]
    public static NgStatus Sub(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Sub);

    /// <summary>out = a * b.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mul")]
    public static NgStatus Mul(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Mul);

    /// <summary>out = a / b (true division).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_div")]
    public static NgStatus Div(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Div);

    /// <summary>out = a ** b with a tensor exponent (PowBackward1).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_pow")]
    public static NgStatus Pow(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Pow);

    /// <summary>Matrix product of two 2-D tensors.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mm")]
    public static NgStatus Mm(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Mm);

    /// <summary>torch.matmul for 1-D and 2-D operands.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_matmul")]
    public static NgStatus Matmul(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Matmul);

    /// <summary>Dot product of two 1-D tensors.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_dot")]
    public static NgStatus Dot(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Dot);

    /// <summary>Elementwise a == b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_eq")]
    public static NgStatus Eq(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Eq);

    /// <summary>Elementwise a != b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_ne")]
    public static NgStatus Ne(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Ne);

    /// <summary>Elementwise a &lt; b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_lt")]
    public static NgStatus Lt(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Lt);

    /// <summary>Elementwise a &lt;= b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_le")]
    public static NgStatus Le(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Le);

    /// <summary>Elementwise a &gt; b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_gt")]
    public static NgStatus Gt(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Gt);

    /// <summary>Elementwise a &gt;= b (bool result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_ge")]
    public static NgStatus Ge(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Compare(a, b, outResult, OpKind.Ge);

    /// <summary>out = a + s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_add_scalar")]
    public static NgStatus AddScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.AddScalar);

    /// <summary>out = a - s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sub_scalar")]
    public static NgStatus SubScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.SubScalar);

    /// <summary>out = s - a.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_rsub_scalar")]
    public static NgStatus RSubScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RSubScalar);

    /// <summary>out = a * s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mul_scalar")]
    public static NgStatus MulScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.MulScalar);

    /// <summary>out = a / s.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_div_scalar")]
    public static NgStatus DivScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.DivScalar);

    /// <summary>out = s / a.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_rdiv_scalar")]
    public static NgStatus RDivScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RDivScalar);

    /// <summary>out = a ** s (PowBackward0).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_pow_scalar")]
    public static NgStatus PowScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.PowScalar);

    /// <summary>out = s ** a.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_rpow_scalar")]
    public static NgStatus RPowScalar(TensorHandle a, double s, TensorHandle* outResult) => Abi.Scalar(a, s, outResult, &Functions.RPowScalar);

    /// <summary>out = -a.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_neg")]
    public static NgStatus Neg(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Neg);

    /// <summary>out = exp(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_exp")]
    public static NgStatus Exp(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Exp);

    /// <summary>out = log(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_log")]
    public static NgStatus Log(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Log);

    /// <summary>out = sqrt(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sqrt")]
    public static NgStatus Sqrt(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Sqrt);

    /// <summary>out = 1 / a.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_reciprocal")]
    public static NgStatus Reciprocal(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Reciprocal);

    /// <summary>Transpose of a matrix (a view; 0-D and 1-D unchanged).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_t")]
    public static NgStatus T(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.T);

    /// <summary>A contiguous tensor with the same values.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_contiguous")]
    public static NgStatus Contiguous(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Contiguous);

    /// <summary>Sum of all elements (0-dim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sum")]
    public static NgStatus Sum(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Sum);

    /// <summary>Mean of all elements (0-dim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mean")]
    public static NgStatus Mean(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Mean);

    /// <summary>Sum over the given dims (negative dims count from the end).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sum_dim")]
    public static NgStatus SumDim(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var t = Abi.T(a); var r = Functions.SumDim(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Mean over the given dims.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_mean_dim")]
    public static NgStatus MeanDim(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var t = Abi.T(a); var r = Functions.MeanDim(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>The p-norm over dims (dims NULL or ndims 0: all elements).</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_norm")]
    public static NgStatus Norm(TensorHandle a, double p, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        try
        {
            Abi.Out(outResult);
            var t = Abi.T(a);
            int[]? d = dims == null || ndims == 0 ? null : Abi.IntDims(dims, ndims, t.Dim);
            var r = Functions.Norm(t, p, d, keepdim != 0);
            *outResult = Abi.New(r);
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Same data with a new shape (a view when possible); one -1 allowed.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_reshape")]
    public static NgStatus Reshape(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Reshape(Abi.T(a), Abi.Dims(shape, ndim)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Same data with a new shape, always a view (fails when strides forbid it).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_view")]
    public static NgStatus View(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.View(Abi.T(a), Abi.Dims(shape, ndim)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Broadcasts to shape as a stride-0 view.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_expand")]
    public static NgStatus Expand(TensorHandle a, long* shape, int ndim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Expand(Abi.T(a), Abi.Shape(shape, ndim)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Inserts a dim of size 1 at dim.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_unsqueeze")]
    public static NgStatus Unsqueeze(TensorHandle a, int dim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Unsqueeze(Abi.T(a), dim); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Removes dim if its size is 1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_squeeze")]
    public static NgStatus Squeeze(TensorHandle a, int dim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Squeeze(Abi.T(a), dim); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
