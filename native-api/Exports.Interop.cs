using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Sharing memory with C arrays / NumPy, and integer random tensors.
[ExportGroup("Tensors", Order = 1)]
public static unsafe partial class Exports
{
    /// <summary>Writes the address of the tensor's first element (valid while the tensor, or a view of its
    /// storage, is alive); with ng_tensor_strides it locates every element. Writing through it is not recorded.
    /// From then on ops read this storage when they run, never lazily (it is no source of fusion: you may
    /// write it at any time); to keep inputs fusable, fill them with ng_tensor_from_buffer.</summary>
    [Export("ng_tensor_data_ptr")]
    internal static void TensorDataPtr(TensorHandle t, void** outPtr)
    {
        Abi.Out(outPtr); var p = Abi.T(t).DataAddress; *outPtr = (void*)p;
    }

    /// <summary>Writes ndim strides, in elements (capacity must be &gt;= ndim).</summary>
    [Export("ng_tensor_strides")]
    internal static void TensorStrides(TensorHandle t, long* outStrides, int capacity)
    {
        var s = Abi.T(t).Strides;
        if (s.Length > 0) Abi.Out(outStrides);
        if (capacity < s.Length) throw new NativeGradException(ErrorKind.InvalidArgument, $"capacity {capacity} is smaller than ndim {s.Length}");
        for (int i = 0; i < s.Length; i++) outStrides[i] = s[i];
    }

    /// <summary>
    /// A tensor viewing caller-owned memory without copying (torch.from_numpy). strides are in elements (NULL:
    /// row-major; negative strides are refused). <c>release(release_ctx)</c> (may be NULL) runs once when the last
    /// tensor viewing the memory is freed; the memory must stay valid until then. On failure nothing is kept and
    /// release is not called. Ops read this memory when they run, never lazily (it is no source of fusion).
    /// </summary>
    /// <param name="strides">May be NULL (row-major).</param>
    /// <param name="release">May be NULL.</param>
    /// <param name="releaseCtx">May be NULL (passed to release as is).</param>
    [Export("ng_tensor_from_blob")]
    internal static void TensorFromBlob(void* data, int dtype, long* shape, int ndim, long* strides, delegate* unmanaged[Cdecl]<void*, void> release, void* releaseCtx, TensorHandle* outTensor)
    {
        Abi.Out(outTensor);
        var dims = Abi.Shape(shape, ndim);
        long[]? st = strides == null ? null : new ReadOnlySpan<long>(strides, ndim).ToArray();
        nint rel = (nint)release, ctx = (nint)releaseCtx;
        Action? onRelease = rel == 0 ? null : () => ((delegate* unmanaged[Cdecl]<void*, void>)rel)((void*)ctx);
        var t = Tensor.FromBlob(data, Abi.Type(dtype), dims, st, onRelease);
        *outTensor = Abi.New(t);
    }

    /// <summary>torch.randint(low, high, shape): integers uniform in [low, high) from the default generator (torch's values).</summary>
    [Export("ng_randint")]
    internal static void Randint(long low, long high, long* shape, int ndim, int dtype, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Randint(low, high, Abi.Shape(shape, ndim), Abi.Type(dtype)); *outTensor = Abi.New(t);
    }
}
