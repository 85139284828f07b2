using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Tensor creation, lifetime, facts and element access.
public static unsafe partial class Exports
{
    /// <summary>Creates a tensor by copying a row-major buffer; nbytes must equal numel * itemsize.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_from_buffer")]
    public static NgStatus TensorFromBuffer(void* data, long nbytes, int dtype, long* shape, int ndim, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.FromBuffer(data, nbytes, Abi.Type(dtype), Abi.Dims(shape, ndim)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Creates a tensor of zeros.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_zeros")]
    public static NgStatus Zeros(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Zeros(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Creates a tensor of ones.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_ones")]
    public static NgStatus Ones(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Ones(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Creates a tensor filled with value.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_full")]
    public static NgStatus Full(long* shape, int ndim, double value, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Full(Abi.Shape(shape, ndim), value, Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Creates an n x m identity matrix (m &lt; 0 means m = n).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_eye")]
    public static NgStatus Eye(long n, long m, int dtype, TensorHandle* outTensor)
    {
        try
        {
            Abi.Out(outTensor);
            if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be greater or equal to 0, got {n}");
            var s = Shape.Checked([n, m < 0 ? n : m]);
            *outTensor = Abi.New(Tensor.Eye(s[0], s[1], Abi.Type(dtype)));
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Creates the 1-D tensor [start, start+step, ...) below end.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_arange")]
    public static NgStatus Arange(double start, double end, double step, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Arange(start, end, step, Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Zeros with the shape and dtype of t.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_zeros_like")]
    public static NgStatus ZerosLike(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &ZerosLikeOf);

    /// <summary>Ones with the shape and dtype of t.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_ones_like")]
    public static NgStatus OnesLike(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &OnesLikeOf);

    private static Tensor ZerosLikeOf(Tensor t) => t.ZerosLike();
    private static Tensor OnesLikeOf(Tensor t) => t.OnesLike();

    /// <summary>Standard-normal samples from NativeGrad's generator (floating dtypes).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_randn")]
    public static NgStatus Randn(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Randn(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Uniform [0, 1) samples from NativeGrad's generator (floating dtypes).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_rand")]
    public static NgStatus Rand(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Rand(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Seeds NativeGrad's random generator.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_manual_seed")]
    public static NgStatus ManualSeed(long seed)
    {
        try { Tensor.ManualSeed(seed); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Releases a tensor handle. NULL is ignored; a released handle gives NG_ERR_RELEASED_HANDLE.</summary>
    /// <param name="t">May be NULL (ignored).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_free")]
    public static NgStatus TensorFree(TensorHandle t)
    {
        try { Abi.FreeTensor(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the dtype (NG_FLOAT32...).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_dtype")]
    public static NgStatus TensorDtype(TensorHandle t, int* outDtype)
    {
        try { Abi.Out(outDtype); var v = (int)Abi.T(t).DType; *outDtype = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the number of dimensions.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_ndim")]
    public static NgStatus TensorNdim(TensorHandle t, int* outNdim)
    {
        try { Abi.Out(outNdim); var v = Abi.T(t).Dim; *outNdim = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the number of elements.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_numel")]
    public static NgStatus TensorNumel(TensorHandle t, long* outNumel)
    {
        try { Abi.Out(outNumel); var v = Abi.T(t).Numel; *outNumel = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the ndim sizes into out_shape (capacity must be at least ndim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_shape")]
    public static NgStatus TensorShape(TensorHandle t, long* outShape, int capacity)
    {
        try
        {
            var s = Abi.T(t).ShapeSpan;
            if (s.Length > 0) Abi.Out(outShape);
            if (capacity < s.Length)
                throw new NativeGradException(ErrorKind.InvalidArgument, $"capacity {capacity} is smaller than ndim {s.Length}");
            for (int i = 0; i < s.Length; i++) outShape[i] = s[i];
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Copies the values row-major into out_buffer; nbytes must equal numel * itemsize.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_copy_to")]
    public static NgStatus TensorCopyTo(TensorHandle t, void* outBuffer, long nbytes)
    {
        try { Abi.T(t).CopyTo(outBuffer, nbytes); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the value of a one-element tensor.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_item")]
    public static NgStatus TensorItem(TensorHandle t, double* outValue)
    {
        try { Abi.Out(outValue); var v = Abi.T(t).Item(); *outValue = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes PyTorch's repr of the tensor (free it with ng_string_free).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_to_string")]
    public static NgStatus TensorToString(TensorHandle t, byte** outString)
    {
        try { Abi.Out(outString); var s = Abi.T(t).ToString(); *outString = Abi.AllocString(s); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes a stable identity of the tensor behind the handle (same tensor, same id).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_id")]
    public static NgStatus TensorId(TensorHandle t, long* outId)
    {
        try { Abi.Out(outId); var v = Abi.T(t).Id; *outId = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes 1 if both handles refer to the same tensor.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tensor_equal_handles")]
    public static NgStatus TensorEqualHandles(TensorHandle a, TensorHandle b, int* outSame)
    {
        try { Abi.Out(outSame); int v = ReferenceEquals(Abi.T(a), Abi.T(b)) ? 1 : 0; *outSame = v; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the bytes of tensor memory currently allocated by the library (for leak checks).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_live_bytes")]
    public static NgStatus LiveBytes(long* outBytes)
    {
        try { Abi.Out(outBytes); *outBytes = Allocator.LiveBytes; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
