using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// permute and basic indexing: views that share storage with their input.
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>Reorders dims (a view); dims is a permutation of 0..ndim-1 (negative allowed).</summary>
    [Export("ng_permute")]
    internal static void Permute(TensorHandle a, long* dims, int ndims, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Permute(t, Abi.IntDims(dims, ndims, t.Dim)); *outResult = Abi.New(r);
    }

    /// <summary>Swaps dims dim0 and dim1 (a view; negative dims count from the end).</summary>
    [Export("ng_transpose")]
    internal static void Transpose(TensorHandle a, long dim0, long dim1, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Transpose(t, Abi.Dim(dim0, t.Dim), Abi.Dim(dim1, t.Dim)); *outResult = Abi.New(r);
    }

    /// <summary>Basic indexing t[...] as a view. spec holds n_items groups of 4 int64 (kind, a, b, c): kind 0 = int a;
    /// 1 = slice a:b:c (INT64_MIN = omitted); 2 = ellipsis; 3 = new axis (None). b, c are ignored for kinds 0, 2, 3.</summary>
    [Export("ng_index")]
    internal static void Index(TensorHandle t, long* spec, int nItems, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var items = ParseIndex(spec, nItems);
        var r = Functions.Index(Abi.T(t), items);
        *outResult = Abi.New(r);
    }

    private static TensorIndex[] ParseIndex(long* spec, int nItems)
    {
        if (nItems < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n_items must be >= 0 (got {nItems})");
        if (nItems > 0 && spec == null) throw new NativeGradException(ErrorKind.NullPointer, "index spec is NULL");
        if (nItems > 1024) throw new NativeGradException(ErrorKind.InvalidArgument, $"n_items {nItems} is too large");
        var items = new TensorIndex[nItems];
        for (int i = 0; i < nItems; i++)
        {
            long kind = spec[4 * i];
            if (kind is < 0 or > 3)
                throw new NativeGradException(ErrorKind.InvalidArgument, $"index item {i}: unknown kind {kind} (0 int, 1 slice, 2 ellipsis, 3 new axis)");
            items[i] = new TensorIndex((IndexKind)kind, spec[4 * i + 1], spec[4 * i + 2], spec[4 * i + 3]);
        }
        return items;
    }
}
