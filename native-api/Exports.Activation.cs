using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// Activations, the softmax family, max/min, statistics, where, joining and indexing ops.
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{

    /// <summary>out = max(a, 0).</summary>
    [Export("ng_relu")]
    internal static void Relu(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Relu);

    /// <summary>clamp(a, min, max); has_min / has_max = 0 leaves that bound out (at least one must be set).</summary>
    [Export("ng_clamp")]
    internal static void Clamp(TensorHandle a, int hasMin, double min, int hasMax, double max, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Clamp(Abi.T(a), hasMin != 0 ? min : null, hasMax != 0 ? max : null); *outResult = Abi.New(r);
    }

    /// <summary>Elementwise maximum with broadcasting (ties split the gradient in half).</summary>
    [Export("ng_maximum")]
    internal static void Maximum(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Maximum);

    /// <summary>Elementwise minimum with broadcasting.</summary>
    [Export("ng_minimum")]
    internal static void Minimum(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Minimum);

    /// <summary>where(cond, a, b): a where the bool tensor cond is true, else b, all broadcast together.</summary>
    [Export("ng_where")]
    internal static void Where(TensorHandle cond, TensorHandle a, TensorHandle b, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Where(Abi.T(cond), Abi.T(a), Abi.T(b)); *outResult = Abi.New(r);
    }

    /// <summary>Largest element (0-dim); ties share the gradient evenly.</summary>
    [Export("ng_max")]
    internal static void Max(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &MaxOf);

    /// <summary>Smallest element (0-dim).</summary>
    [Export("ng_min")]
    internal static void Min(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &MinOf);

    private static Tensor MaxOf(Tensor a) => Functions.MaxAll(a, max: true);
    private static Tensor MinOf(Tensor a) => Functions.MaxAll(a, max: false);

    /// <summary>Max over dim: writes the values and their int64 indices (the first one on ties).</summary>
    [Export("ng_max_dim")]
    internal static void MaxDim(TensorHandle a, int dim, int keepdim, TensorHandle* outValues, TensorHandle* outIndices) => ExtremeDim(a, dim, keepdim, true, outValues, outIndices);

    /// <summary>Min over dim: writes the values and their int64 indices.</summary>
    [Export("ng_min_dim")]
    internal static void MinDim(TensorHandle a, int dim, int keepdim, TensorHandle* outValues, TensorHandle* outIndices) => ExtremeDim(a, dim, keepdim, false, outValues, outIndices);

    private static void ExtremeDim(TensorHandle a, int dim, int keepdim, bool max, TensorHandle* outValues, TensorHandle* outIndices)
    {
        Abi.Out(outValues); Abi.Out(outIndices);
        var (v, i) = Functions.MaxDim(Abi.T(a), dim, keepdim != 0, max);
        *outValues = Abi.New(v);
        *outIndices = Abi.New(i);
    }

    /// <summary>Softmax along dim.</summary>
    [Export("ng_softmax")]
    internal static void Softmax(TensorHandle a, int dim, TensorHandle* outResult) => Abi.WithDim(a, dim, outResult, &Functions.Softmax);

    /// <summary>Log-softmax along dim (computed stably).</summary>
    [Export("ng_log_softmax")]
    internal static void LogSoftmax(TensorHandle a, int dim, TensorHandle* outResult) => Abi.WithDim(a, dim, outResult, &Functions.LogSoftmax);

    /// <summary>log(sum(exp(a))) over dims (computed stably).</summary>
    [Export("ng_logsumexp")]
    internal static void Logsumexp(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Logsumexp(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r);
    }

    /// <summary>Variance over dims (dims NULL or ndims 0: all) divided by N - correction (1 = unbiased).</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [Export("ng_var")]
    internal static void Var(TensorHandle a, long* dims, int ndims, double correction, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Var(t, dims == null || ndims == 0 ? [] : Abi.IntDims(dims, ndims, t.Dim), correction, keepdim != 0); *outResult = Abi.New(r);
    }

    /// <summary>Standard deviation over dims (dims NULL or ndims 0: all) with the given correction.</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [Export("ng_std")]
    internal static void Std(TensorHandle a, long* dims, int ndims, double correction, int keepdim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Std(t, dims == null || ndims == 0 ? [] : Abi.IntDims(dims, ndims, t.Dim), correction, keepdim != 0); *outResult = Abi.New(r);
    }

    /// <summary>Joins n tensors along an existing dim.</summary>
    [Export("ng_cat")]
    internal static void Cat(TensorHandle* tensors, int n, int dim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Cat(Abi.Tensors(tensors, n), dim); *outResult = Abi.New(r);
    }

    /// <summary>Joins n equal-shaped tensors along a new dim.</summary>
    [Export("ng_stack")]
    internal static void Stack(TensorHandle* tensors, int n, int dim, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Stack(Abi.Tensors(tensors, n), dim); *outResult = Abi.New(r);
    }

    /// <summary>A view of length elements along dim starting at start.</summary>
    [Export("ng_narrow")]
    internal static void Narrow(TensorHandle a, int dim, long start, long length, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Narrow(Abi.T(a), dim, Abi.Int(start, "start"), Abi.Int(length, "length")); *outResult = Abi.New(r);
    }

    /// <summary>gather(a, dim, index): index is int64 with a's number of dims.</summary>
    [Export("ng_gather")]
    internal static void Gather(TensorHandle a, int dim, TensorHandle index, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.Gather(Abi.T(a), dim, Abi.T(index)); *outResult = Abi.New(r);
    }

    /// <summary>scatter_add(a, dim, index, src), out of place.</summary>
    [Export("ng_scatter_add")]
    internal static void ScatterAdd(TensorHandle a, int dim, TensorHandle index, TensorHandle src, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.ScatterAdd(Abi.T(a), dim, Abi.T(index), Abi.T(src)); *outResult = Abi.New(r);
    }

    /// <summary>index_select(a, dim, index): index is a 1-D int64 tensor.</summary>
    [Export("ng_index_select")]
    internal static void IndexSelect(TensorHandle a, int dim, TensorHandle index, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.IndexSelect(Abi.T(a), dim, Abi.T(index)); *outResult = Abi.New(r);
    }

    /// <summary>index_add(a, dim, index, src), out of place.</summary>
    [Export("ng_index_add")]
    internal static void IndexAdd(TensorHandle a, int dim, TensorHandle index, TensorHandle src, TensorHandle* outResult)
    {
        Abi.Out(outResult); var r = Functions.IndexAdd(Abi.T(a), dim, Abi.T(index), Abi.T(src)); *outResult = Abi.New(r);
    }
}
