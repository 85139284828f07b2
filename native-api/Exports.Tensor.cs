using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Tensor creation, lifetime, facts and element access.
/// <summary>Creating tensors, their lifetime (every handle is released once with ng_tensor_free), their facts and their elements.</summary>
[ExportGroup("Tensors", Order = 1)]
public static unsafe partial class Exports
{
    /// <summary>Creates a tensor by copying a row-major buffer; nbytes must equal numel * itemsize.</summary>
    [Export("ng_tensor_from_buffer")]
    internal static void TensorFromBuffer(void* data, long nbytes, int dtype, long* shape, int ndim, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.FromBuffer(data, nbytes, Abi.Type(dtype), Abi.Dims(shape, ndim)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates a tensor of zeros.</summary>
    [Export("ng_zeros")]
    internal static void Zeros(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Zeros(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates a tensor of ones.</summary>
    [Export("ng_ones")]
    internal static void Ones(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Ones(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates a tensor filled with value.</summary>
    [Export("ng_full")]
    internal static void Full(long* shape, int ndim, double value, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Full(Abi.Shape(shape, ndim), value, Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates an int64 tensor filled with an exact int64 value (ng_full goes through a double, exact below 2^53).</summary>
    [Export("ng_full_int64")]
    internal static void FullInt64(long* shape, int ndim, long value, TensorHandle* outTensor)
    {
        Abi.Out(outTensor);
        var t = Tensor.Empty(Abi.Shape(shape, ndim), DType.Int64);
        NativeGrad.Kernels.Fill.Items(t.DataPtr<long>(), t.Numel, value);
        *outTensor = Abi.New(t);
    }

    /// <summary>Creates an n x m identity matrix (m &lt; 0 means m = n).</summary>
    [Export("ng_eye")]
    internal static void Eye(long n, long m, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor);
        if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be greater or equal to 0, got {n}");
        var s = Shape.Checked([n, m < 0 ? n : m]);
        *outTensor = Abi.New(Tensor.Eye(s[0], s[1], Abi.Type(dtype)));
    }

    /// <summary>Creates the 1-D tensor [start, start+step, ...) below end.</summary>
    [Export("ng_arange")]
    internal static void Arange(double start, double end, double step, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Arange(start, end, step, Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates the 1-D tensor of steps values evenly spaced from start to end, both included
    /// (torch.linspace; PyTorch's values; int64 values truncate toward zero).</summary>
    [Export("ng_linspace")]
    internal static void Linspace(double start, double end, long steps, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Linspace(start, end, steps, Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Creates the 1-D tensor of steps values base ** e, e evenly spaced from start to end (torch.logspace).</summary>
    [Export("ng_logspace")]
    internal static void Logspace(double start, double end, long steps, double @base, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Logspace(start, end, steps, @base, Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Zeros with the shape and dtype of t.</summary>
    [Export("ng_zeros_like")]
    internal static void ZerosLike(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &ZerosLikeOf);

    /// <summary>Ones with the shape and dtype of t.</summary>
    [Export("ng_ones_like")]
    internal static void OnesLike(TensorHandle t, TensorHandle* outTensor) => Abi.Unary(t, outTensor, &OnesLikeOf);

    private static Tensor ZerosLikeOf(Tensor t) => t.ZerosLike();
    private static Tensor OnesLikeOf(Tensor t) => t.OnesLike();

    /// <summary>Standard-normal samples from the default generator (floating dtypes; torch.randn's values).</summary>
    [Export("ng_randn")]
    internal static void Randn(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Randn(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Uniform [0, 1) samples from the default generator (floating dtypes; torch.rand's values).</summary>
    [Export("ng_rand")]
    internal static void Rand(long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Rand(Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t);
    }

    /// <summary>Seeds the default generator (torch.manual_seed; -1 is read as 2^64 - 1).</summary>
    [Export("ng_manual_seed")]
    internal static void ManualSeed(long seed)
    {
        Tensor.ManualSeed(seed);
    }

    /// <summary>Releases a tensor handle. NULL is ignored; a released handle gives NG_ERR_RELEASED_HANDLE.</summary>
    /// <param name="t">May be NULL (ignored).</param>
    [Export("ng_tensor_free")]
    internal static void TensorFree(TensorHandle t)
    {
        Abi.FreeTensor(t);
    }

    /// <summary>Writes the dtype (NG_FLOAT32...).</summary>
    [Export("ng_tensor_dtype")]
    internal static void TensorDtype(TensorHandle t, int* outDtype)
    {
        Abi.Out(outDtype); var v = (int)Abi.T(t).DType; *outDtype = v;
    }

    /// <summary>Writes the number of dimensions.</summary>
    [Export("ng_tensor_ndim")]
    internal static void TensorNdim(TensorHandle t, int* outNdim)
    {
        Abi.Out(outNdim); var v = Abi.T(t).Dim; *outNdim = v;
    }

    /// <summary>Writes the number of elements.</summary>
    [Export("ng_tensor_numel")]
    internal static void TensorNumel(TensorHandle t, long* outNumel)
    {
        Abi.Out(outNumel); var v = Abi.T(t).Numel; *outNumel = v;
    }

    /// <summary>Writes the ndim sizes into out_shape (capacity must be at least ndim).</summary>
    [Export("ng_tensor_shape")]
    internal static void TensorShape(TensorHandle t, long* outShape, int capacity)
    {
        var s = Abi.T(t).ShapeSpan;
        if (s.Length > 0) Abi.Out(outShape);
        if (capacity < s.Length)
            throw new NativeGradException(ErrorKind.InvalidArgument, $"capacity {capacity} is smaller than ndim {s.Length}");
        for (int i = 0; i < s.Length; i++) outShape[i] = s[i];
    }

    /// <summary>Copies the values row-major into out_buffer; nbytes must equal numel * itemsize.</summary>
    [Export("ng_tensor_copy_to")]
    internal static void TensorCopyTo(TensorHandle t, void* outBuffer, long nbytes)
    {
        Abi.T(t).CopyTo(outBuffer, nbytes);
    }

    /// <summary>Writes the value of a one-element tensor.</summary>
    [Export("ng_tensor_item")]
    internal static void TensorItem(TensorHandle t, double* outValue)
    {
        Abi.Out(outValue); var v = Abi.T(t).Item(); *outValue = v;
    }

    /// <summary>Writes PyTorch's repr of the tensor (free it with ng_string_free).</summary>
    [Export("ng_tensor_to_string")]
    internal static void TensorToString(TensorHandle t, byte** outString)
    {
        Abi.Out(outString); var s = Abi.T(t).ToString(); *outString = Abi.AllocString(s);
    }

    /// <summary>Writes a stable identity of the tensor behind the handle (same tensor, same id).</summary>
    [Export("ng_tensor_id")]
    internal static void TensorId(TensorHandle t, long* outId)
    {
        Abi.Out(outId); var v = Abi.T(t).Id; *outId = v;
    }

    /// <summary>Writes 1 if both handles refer to the same tensor.</summary>
    [Export("ng_tensor_equal_handles")]
    internal static void TensorEqualHandles(TensorHandle a, TensorHandle b, int* outSame)
    {
        Abi.Out(outSame); int v = ReferenceEquals(Abi.T(a), Abi.T(b)) ? 1 : 0; *outSame = v;
    }

    /// <summary>Writes the bytes of tensor memory currently allocated by the library (for leak checks).</summary>
    [Export("ng_live_bytes")]
    internal static void LiveBytes(long* outBytes)
    {
        Abi.Out(outBytes); *outBytes = Allocator.LiveBytes;
    }
}
