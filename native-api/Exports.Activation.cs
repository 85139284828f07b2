using System.Runtime.InteropServices;
using NativeGrad.Ops;

namespace NativeGrad.Native;

// Activations, the softmax family, max/min, statistics, where, joining and indexing ops.
public static unsafe partial class Exports
{
    /// <summary>out = sin(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sin")]
    public static NgStatus Sin(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Sin);

    /// <summary>out = cos(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_cos")]
    public static NgStatus Cos(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Cos);

    /// <summary>out = tanh(a).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tanh")]
    public static NgStatus Tanh(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Tanh);

    /// <summary>out = 1 / (1 + exp(-a)).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sigmoid")]
    public static NgStatus Sigmoid(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Sigmoid);

    /// <summary>out = max(a, 0).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_relu")]
    public static NgStatus Relu(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &Functions.Relu);

    /// <summary>clamp(a, min, max); has_min / has_max = 0 leaves that bound out (at least one must be set).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_clamp")]
    public static NgStatus Clamp(TensorHandle a, int hasMin, double min, int hasMax, double max, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Clamp(Abi.T(a), hasMin != 0 ? min : null, hasMax != 0 ? max : null); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Elementwise maximum with broadcasting (ties split the gradient in half).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_maximum")]
    public static NgStatus Maximum(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Maximum);

    /// <summary>Elementwise minimum with broadcasting.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_minimum")]
    public static NgStatus Minimum(TensorHandle a, TensorHandle b, TensorHandle* outResult) => Abi.Binary(a, b, outResult, &Functions.Minimum);

    /// <summary>where(cond, a, b): a where the bool tensor cond is true, else b, all broadcast together.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_where")]
    public static NgStatus Where(TensorHandle cond, TensorHandle a, TensorHandle b, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Where(Abi.T(cond), Abi.T(a), Abi.T(b)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Largest element (0-dim); ties share the gradient evenly.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_max")]
    public static NgStatus Max(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &MaxOf);

    /// <summary>Smallest element (0-dim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_min")]
    public static NgStatus Min(TensorHandle a, TensorHandle* outResult) => Abi.Unary(a, outResult, &MinOf);

    private static Tensor MaxOf(Tensor a) => Functions.MaxAll(a, max: true);
    private static Tensor MinOf(Tensor a) => Functions.MaxAll(a, max: false);

    /// <summary>Max over dim: writes the values and their int64 indices (the first one on ties).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_max_dim")]
    public static NgStatus MaxDim(TensorHandle a, int dim, int keepdim, TensorHandle* outValues, TensorHandle* outIndices) => ExtremeDim(a, dim, keepdim, true, outValues, outIndices);

    /// <summary>Min over dim: writes the values and their int64 indices.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_min_dim")]
    public static NgStatus MinDim(TensorHandle a, int dim, int keepdim, TensorHandle* outValues, TensorHandle* outIndices) => ExtremeDim(a, dim, keepdim, false, outValues, outIndices);

    private static NgStatus ExtremeDim(TensorHandle a, int dim, int keepdim, bool max, TensorHandle* outValues, TensorHandle* outIndices)
    {
        try
        {
            Abi.Out(outValues); Abi.Out(outIndices);
            var (v, i) = Functions.MaxDim(Abi.T(a), dim, keepdim != 0, max);
            *outValues = Abi.New(v);
            *outIndices = Abi.New(i);
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Softmax along dim.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_softmax")]
    public static NgStatus Softmax(TensorHandle a, int dim, TensorHandle* outResult) => Abi.WithDim(a, dim, outResult, &Functions.Softmax);

    /// <summary>Log-softmax along dim (computed stably).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_log_softmax")]
    public static NgStatus LogSoftmax(TensorHandle a, int dim, TensorHandle* outResult) => Abi.WithDim(a, dim, outResult, &Functions.LogSoftmax);

    /// <summary>log(sum(exp(a))) over dims (computed stably).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_logsumexp")]
    public static NgStatus Logsumexp(TensorHandle a, long* dims, int ndims, int keepdim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Logsumexp(t, Abi.IntDims(dims, ndims, t.Dim), keepdim != 0); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Variance over dims (dims NULL or ndims 0: all) divided by N - correction (1 = unbiased).</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_var")]
    public static NgStatus Var(TensorHandle a, long* dims, int ndims, double correction, int keepdim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Var(t, dims == null || ndims == 0 ? [] : Abi.IntDims(dims, ndims, t.Dim), correction, keepdim != 0); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Standard deviation over dims (dims NULL or ndims 0: all) with the given correction.</summary>
    /// <param name="dims">May be NULL (all dims, as ndims = 0).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_std")]
    public static NgStatus Std(TensorHandle a, long* dims, int ndims, double correction, int keepdim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var t = Abi.T(a); var r = Functions.Std(t, dims == null || ndims == 0 ? [] : Abi.IntDims(dims, ndims, t.Dim), correction, keepdim != 0); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Joins n tensors along an existing dim.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_cat")]
    public static NgStatus Cat(TensorHandle* tensors, int n, int dim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Cat(Abi.Tensors(tensors, n), dim); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Joins n equal-shaped tensors along a new dim.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_stack")]
    public static NgStatus Stack(TensorHandle* tensors, int n, int dim, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Stack(Abi.Tensors(tensors, n), dim); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>A view of length elements along dim starting at start.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_narrow")]
    public static NgStatus Narrow(TensorHandle a, int dim, long start, long length, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Narrow(Abi.T(a), dim, Abi.Int(start, "start"), Abi.Int(length, "length")); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>gather(a, dim, index): index is int64 with a's number of dims.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_gather")]
    public static NgStatus Gather(TensorHandle a, int dim, TensorHandle index, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.Gather(Abi.T(a), dim, Abi.T(index)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>scatter_add(a, dim, index, src), out of place.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_scatter_add")]
    public static NgStatus ScatterAdd(TensorHandle a, int dim, TensorHandle index, TensorHandle src, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.ScatterAdd(Abi.T(a), dim, Abi.T(index), Abi.T(src)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>index_select(a, dim, index): index is a 1-D int64 tensor.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_index_select")]
    public static NgStatus IndexSelect(TensorHandle a, int dim, TensorHandle index, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.IndexSelect(Abi.T(a), dim, Abi.T(index)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>index_add(a, dim, index, src), out of place.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_index_add")]
    public static NgStatus IndexAdd(TensorHandle a, int dim, TensorHandle index, TensorHandle src, TensorHandle* outResult)
    {
        try { Abi.Out(outResult); var r = Functions.IndexAdd(Abi.T(a), dim, Abi.T(index), Abi.T(src)); *outResult = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
