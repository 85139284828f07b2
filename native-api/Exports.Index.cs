using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// permute and indexing: basic indexing gives views that share storage with their input; index tensors
// (advanced indexing) select copies, and index_put writes at the positions they select.
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
    /// 1 = slice a:b:c (INT64_MIN = omitted); 2 = ellipsis; 3 = new axis (None). b, c are ignored for kinds 0, 2, 3.
    /// Index tensors (kind 4) go through ng_index_advanced.</summary>
    [Export("ng_index")]
    internal static void Index(TensorHandle t, long* spec, int nItems, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var items = ParseIndex(spec, nItems);
        var r = Functions.Index(Abi.T(t), items);
        *outResult = Abi.New(r);
    }

    /// <summary>Indexing with index tensors (advanced indexing): spec as ng_index plus kind 4 (NG_INDEX_TENSOR) items,
    /// each taking the next of the n_tensors handles of tensors in order: int64 positions or a bool mask (a 0-dim int64
    /// tensor is an integer; a 0-dim bool one inserts a dim of size 1). Without tensor items the result is the view
    /// ng_index gives; with them a new tensor (IndexBackward0), whose shape follows NumPy's rules.</summary>
    /// <param name="tensors">The index tensors, in the order of the tensor items (NULL allowed when n_tensors is 0).</param>
    [Export("ng_index_advanced")]
    internal static void IndexAdvanced(TensorHandle t, long* spec, int nItems, TensorHandle* tensors, int nTensors, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var self = Abi.T(t);
        var items = ParseIndex(spec, nItems, Abi.Tensors(tensors, nTensors));
        var r = Functions.Index(self, items);
        *outResult = Abi.New(r);
    }

    /// <summary>t[spec] = value, in place (Python's __setitem__; spec and tensors as ng_index_advanced): value is copied
    /// into the view the basic items give, or with tensor items put there by index_put_ (value's leading size-1 dims
    /// dropped; it must broadcast to the indexing result and have t's dtype).</summary>
    /// <param name="tensors">The index tensors, in the order of the tensor items (NULL allowed when n_tensors is 0).</param>
    [Export("ng_index_assign_")]
    internal static void IndexAssign(TensorHandle t, long* spec, int nItems, TensorHandle* tensors, int nTensors, TensorHandle value)
    {
        var self = Abi.T(t);
        var v = Abi.T(value);
        var items = ParseIndex(spec, nItems, Abi.Tensors(tensors, nTensors));
        Functions.IndexAssign_(self, items, v);
    }

    /// <summary>index_put: a copy of t with values written at t[indices] (added when accumulate is non-zero: duplicates
    /// add up); IndexPutBackward0. indices holds n int64 or bool tensors for t's leading dims; a NULL entry leaves its
    /// dim whole. values must broadcast to the indexing result and have t's dtype.</summary>
    [Export("ng_index_put")]
    internal static void IndexPut(TensorHandle t, TensorHandle* indices, int n, TensorHandle values, int accumulate, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var self = Abi.T(t);
        var v = Abi.T(values);
        var r = Functions.IndexPut(self, OptionalTensors(indices, n), v, accumulate != 0);
        *outResult = Abi.New(r);
    }

    /// <summary>index_put_: ng_index_put in place (the version counter is bumped; a leaf that requires grad is refused
    /// while grad mode is on).</summary>
    [Export("ng_index_put_")]
    internal static void IndexPutInPlace(TensorHandle t, TensorHandle* indices, int n, TensorHandle values, int accumulate)
    {
        var self = Abi.T(t);
        var v = Abi.T(values);
        Functions.IndexPut_(self, OptionalTensors(indices, n), v, accumulate != 0);
    }

    /// <summary>n tensors from C where a NULL entry stands for a dim left whole (PyTorch's None).</summary>
    private static Tensor?[] OptionalTensors(TensorHandle* handles, int n)
    {
        if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be >= 0 (got {n})");
        if (n > 0 && handles == null) throw new NativeGradException(ErrorKind.NullPointer, "indices is NULL");
        if (n > 1024) throw new NativeGradException(ErrorKind.InvalidArgument, $"n {n} is too large");
        var r = new Tensor?[n];
        for (int i = 0; i < n; i++) r[i] = handles[i].Value == 0 ? null : Abi.T(handles[i]);
        return r;
    }

    private static TensorIndex[] ParseIndex(long* spec, int nItems, Tensor[]? tensors = null)
    {
        if (nItems < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n_items must be >= 0 (got {nItems})");
        if (nItems > 0 && spec == null) throw new NativeGradException(ErrorKind.NullPointer, "index spec is NULL");
        if (nItems > 1024) throw new NativeGradException(ErrorKind.InvalidArgument, $"n_items {nItems} is too large");
        var items = new TensorIndex[nItems];
        int used = 0;
        for (int i = 0; i < nItems; i++)
        {
            long kind = spec[4 * i];
            if (kind == (long)IndexKind.Tensor)
            {
                if (tensors is null)
                    throw new NativeGradException(ErrorKind.InvalidArgument, $"index item {i}: a tensor item (kind 4) needs ng_index_advanced");
                if (used >= tensors.Length)
                    throw new NativeGradException(ErrorKind.InvalidArgument, $"index item {i}: a tensor item beyond the {tensors.Length} tensors given");
                items[i] = TensorIndex.Of(tensors[used++]);
                continue;
            }
            if (kind is < 0 or > 3)
                throw new NativeGradException(ErrorKind.InvalidArgument, $"index item {i}: unknown kind {kind} (0 int, 1 slice, 2 ellipsis, 3 new axis, 4 tensor)");
            items[i] = new TensorIndex((IndexKind)kind, spec[4 * i + 1], spec[4 * i + 2], spec[4 * i + 3]);
        }
        if (tensors is not null && used != tensors.Length)
            throw new NativeGradException(ErrorKind.InvalidArgument, $"n_tensors is {tensors.Length} but spec has {used} tensor items");
        return items;
    }
}
