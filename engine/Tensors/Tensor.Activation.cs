using NativeGrad.Ops;

namespace NativeGrad;

// The C# surface of the activations, softmax family, max/min, statistics and indexing ops.
public sealed partial class Tensor
{
    /// <summary>max(x, 0) (ReluBackward0).</summary>
    public Tensor Relu() => Functions.Relu(this);
    /// <summary>Clamps into [min, max]; either bound may be null, not both (ClampBackward1).</summary>
    public Tensor Clamp(double? min = null, double? max = null) => Functions.Clamp(this, min, max);

    /// <summary>Softmax along dim (SoftmaxBackward0).</summary>
    public Tensor Softmax(int dim) => Functions.Softmax(this, dim);
    /// <summary>Log of softmax along dim, computed stably (LogSoftmaxBackward0).</summary>
    public Tensor LogSoftmax(int dim) => Functions.LogSoftmax(this, dim);
    /// <summary>log(sum(exp(x))) over dims, computed stably (LogsumexpBackward0).</summary>
    public Tensor Logsumexp(int[] dims, bool keepdim = false) => Functions.Logsumexp(this, dims, keepdim);
    /// <summary>log(sum(exp(x))) over one dim.</summary>
    public Tensor Logsumexp(int dim, bool keepdim = false) => Functions.Logsumexp(this, [dim], keepdim);

    /// <summary>Largest element (MaxBackward1: ties share the gradient evenly).</summary>
    public Tensor Max() => Functions.MaxAll(this, max: true);
    /// <summary>Smallest element (MinBackward1).</summary>
    public Tensor Min() => Functions.MaxAll(this, max: false);
    /// <summary>Largest elements over dim and their int64 indices (first one on ties) (MaxBackward0).</summary>
    public (Tensor Values, Tensor Indices) Max(int dim, bool keepdim = false) => Functions.MaxDim(this, dim, keepdim, max: true);
    /// <summary>Smallest elements over dim and their int64 indices (MinBackward0).</summary>
    public (Tensor Values, Tensor Indices) Min(int dim, bool keepdim = false) => Functions.MaxDim(this, dim, keepdim, max: false);
    /// <summary>Elementwise maximum with broadcasting; ties split the gradient (MaximumBackward0).</summary>
    public Tensor Maximum(Tensor other) => Functions.Maximum(this, other);
    /// <summary>Elementwise minimum with broadcasting (MinimumBackward0).</summary>
    public Tensor Minimum(Tensor other) => Functions.Minimum(this, other);
    /// <summary>Elements of a where cond (bool) is true, else of b, broadcast together (WhereBackward0).</summary>
    public static Tensor Where(Tensor cond, Tensor a, Tensor b) => Functions.Where(cond, a, b);

    /// <summary>Variance over dims (all when empty); correction 1 is the unbiased estimate (VarBackward0).</summary>
    public Tensor Var(int[] dims, double correction = 1, bool keepdim = false) => Functions.Var(this, dims, correction, keepdim);
    /// <summary>Variance of all elements.</summary>
    public Tensor Var(bool unbiased = true) => Functions.Var(this, [], unbiased ? 1 : 0, false);
    /// <summary>Standard deviation over dims (StdBackward0).</summary>
    public Tensor Std(int[] dims, double correction = 1, bool keepdim = false) => Functions.Std(this, dims, correction, keepdim);
    /// <summary>Standard deviation of all elements.</summary>
    public Tensor Std(bool unbiased = true) => Functions.Std(this, [], unbiased ? 1 : 0, false);

    /// <summary>Values along dim at the int64 positions in index (GatherBackward0).</summary>
    public Tensor Gather(int dim, Tensor index) => Functions.Gather(this, dim, index);
    /// <summary>A copy with src added at the int64 positions in index along dim (ScatterAddBackward0).</summary>
    public Tensor ScatterAdd(int dim, Tensor index, Tensor src) => Functions.ScatterAdd(this, dim, index, src);

    /// <summary>Joins tensors along an existing dim (CatBackward0).</summary>
    public static Tensor Cat(Tensor[] tensors, int dim = 0) => Functions.Cat(tensors, dim);
    /// <summary>Joins equal-shaped tensors along a new dim (StackBackward0).</summary>
    public static Tensor Stack(Tensor[] tensors, int dim = 0) => Functions.Stack(tensors, dim);
    /// <summary>A view of length elements along dim from start (SliceBackward0).</summary>
    public Tensor Narrow(int dim, int start, int length) => Functions.Narrow(this, dim, start, length);
    /// <summary>Slices along dim at the int64 positions of a 1-D index (IndexSelectBackward0).</summary>
    public Tensor IndexSelect(int dim, Tensor index) => Functions.IndexSelect(this, dim, index);
    /// <summary>A copy with src's slices added at the int64 positions of a 1-D index along dim (IndexAddBackward0).</summary>
    public Tensor IndexAdd(int dim, Tensor index, Tensor src) => Functions.IndexAdd(this, dim, index, src);
}
