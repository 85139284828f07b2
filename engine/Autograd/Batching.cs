using F = NativeGrad.Ops.Functions;

namespace NativeGrad;

/// <summary>
/// Batched gradients (autograd.grad(..., is_grads_batched=True)): one backward run over B seeds, every
/// gradient carrying a leading batch dim. While the engine applies a derivative to such a gradient
/// (<see cref="Ops.BatchRule.Aware"/> and <see cref="Ops.BatchRule.Broadcast"/> nodes), <see cref="On"/> is
/// true on the thread and these helpers give the formulas the batched shapes and dims; otherwise they are
/// the plain ops, so one formula serves both kinds of run. Only a gradient is batched: saved tensors and
/// recorded shapes never are, so a formula applies the helpers to what it derives from the gradient.
/// </summary>
internal static class Batching
{
    [ThreadStatic] private static bool t_on;
    [ThreadStatic] private static int t_size;
    // Threads applying a batched derivative now: while there are none, no thread-local read is needed.
    private static int s_threads;

    /// <summary>True while a batched derivative runs on this thread.</summary>
    public static bool On => s_threads != 0 && t_on;

    /// <summary>The number of leading batch dims of the gradient (0 or 1).</summary>
    public static int Dims => On ? 1 : 0;

    /// <summary>The batch size (meaningful while <see cref="On"/>).</summary>
    public static int Size => t_size;

    /// <summary>Marks this thread as applying a batched (size &gt;= 0) or plain (-1) derivative until disposed.</summary>
    public static Scope Enter(int size)
    {
        var s = new Scope(t_on ? t_size : -1);
        Set(size);
        return s;
    }

    private static void Set(int size)
    {
        if (size >= 0) t_size = size;
        InferenceMode.Set(ref t_on, ref s_threads, size >= 0);
    }

    /// <summary>Restores the previous state when disposed.</summary>
    public readonly struct Scope(int previous) : IDisposable
    {
        /// <summary>Restores the batch state that was active when the scope was made.</summary>
        public void Dispose() => Set(previous);
    }

    /// <summary>A gradient shape: [B, *shape] while batched, else shape.</summary>
    public static int[] Shape(int[] shape) => On ? [t_size, .. shape] : shape;

    /// <summary>A gradient dim: a non-negative dim moves past the batch dim; a negative one (from the end) stays.</summary>
    public static int Dim(int dim) => dim >= 0 && On ? dim + 1 : dim;

    /// <summary><see cref="Dim(int)"/> of every dim.</summary>
    public static int[] Dim(int[] dims) => On ? dims.Select(d => d >= 0 ? d + 1 : d).ToArray() : dims;

    /// <summary>The dims of a gradient whose per-sample part has no dims (a 0-dim op): then dim-wise ops are identities.</summary>
    public static bool Scalar(Tensor grad) => grad.Dim == Dims;

    /// <summary>A permutation (of non-negative dims) of the per-sample dims, keeping the batch dim first.</summary>
    public static int[] Permutation(int[] perm) => On ? [0, .. perm.Select(d => d + 1)] : perm;

    /// <summary>grad expanded to shape (sum's derivative): [B, *g] to [B, *shape] while batched.</summary>
    public static Tensor Expand(Tensor grad, int[] shape) => On ? F.Expand(Pad(grad, shape.Length), [t_size, .. shape]) : F.Expand(grad, shape);

    /// <summary>grad summed back to shape (expand's derivative): per sample while batched.</summary>
    public static Tensor SumTo(Tensor grad, int[] shape) => On ? SumToBatched(grad, shape) : F.SumTo(grad, shape);

    /// <summary>The reduced dims re-inserted into a reduction's gradient (<see cref="F.KeptDims"/>, per sample while batched).</summary>
    public static Tensor KeptDims(Tensor grad, int[] inputShape, int[]? dims, bool keepdim)
    {
        if (!On) return F.KeptDims(grad, inputShape, dims, keepdim);
        if (keepdim || dims is null)
            return dims is null && grad.Dim - 1 != inputShape.Length ? F.Reshape(grad, [t_size, .. Enumerable.Repeat(1, inputShape.Length)]) : grad;
        var shape = (int[])inputShape.Clone();
        foreach (int d in dims) shape[d] = 1;
        return F.Reshape(grad, [t_size, .. shape]);
    }

    /// <summary>Matrix transpose of the per-sample part (t()'s derivative).</summary>
    public static Tensor T(Tensor grad) => !On ? F.T(grad) : grad.Dim < 3 ? grad : F.Transpose(grad, 1, 2);

    /// <summary>g @ m for a gradient g ([B, n, p] while batched) and a matrix m [p, q]: one product of [B*n, p] rows.</summary>
    public static Tensor MatmulRight(Tensor g, Tensor m)
    {
        if (!On) return F.Mm(g, m);
        int n = g._shape[1], p = g._shape[2];
        return F.Reshape(F.Mm(F.Reshape(g, [t_size * n, p]), m), [t_size, n, m._shape[1]]);
    }

    /// <summary>m @ g for a matrix m [q, n] and a gradient g ([B, n, p] while batched): one product of m and the
    /// samples side by side ([n, B*p]).</summary>
    public static Tensor MatmulLeft(Tensor m, Tensor g)
    {
        if (!On) return F.Mm(m, g);
        int n = g._shape[1], p = g._shape[2], q = m._shape[0];
        var side = F.Reshape(F.Permute(g, [1, 0, 2]), [n, t_size * p]);
        return F.Permute(F.Reshape(F.Mm(m, side), [q, t_size, p]), [1, 0, 2]);
    }

    /// <summary>[B, *g] as [B, 1, ..., 1, *g] of rank 1 + rank (size-1 dims after the batch dim), so that
    /// broadcasting against per-sample tensors of that rank lines the sample dims up.</summary>
    public static Tensor Pad(Tensor g, int rank)
    {
        int extra = rank + 1 - g.Dim;
        if (extra <= 0) return g;
        var shape = new int[rank + 1];
        shape[0] = g._shape[0];
        for (int i = 1; i <= extra; i++) shape[i] = 1;
        for (int i = 1; i < g.Dim; i++) shape[extra + i] = g._shape[i];
        return F.Reshape(g, shape);
    }

    /// <summary>sum_to per sample: g [B, *rest] summed to [B, *shape], where shape broadcasts to rest.</summary>
    internal static Tensor SumToBatched(Tensor g, int[] shape)
    {
        int rank = g.Dim - 1, lead = rank - shape.Length;
        if (lead < 0) throw NativeGradException.Shape($"cannot sum gradient of shape {NativeGrad.Shape.Str(g._shape)} to shape {NativeGrad.Shape.Str(shape)} per sample");
        var dims = new List<int>();
        for (int i = 0; i < rank; i++)
            if (i < lead || (shape[i - lead] == 1 && g._shape[i + 1] != 1)) dims.Add(i + 1);
            else if (shape[i - lead] != g._shape[i + 1])
                throw NativeGradException.Shape($"cannot sum gradient of shape {NativeGrad.Shape.Str(g._shape)} to shape {NativeGrad.Shape.Str(shape)} per sample");
        var s = dims.Count > 0 ? F.SumDim(g, dims.ToArray(), keepdim: true) : g;
        int[] target = [g._shape[0], .. shape];
        return NativeGrad.Shape.Equal(s._shape, target) ? s : F.Reshape(s, target);
    }

    /// <summary>Runs f on every batch slice of g (unbatched) and stacks the results; g itself when f changed none.</summary>
    internal static Tensor PerSlice(Tensor g, int size, Func<Tensor, Tensor> f)
    {
        var parts = new Tensor[size];
        bool same = true;
        for (int b = 0; b < size; b++)
        {
            var s = F.Select(g, 0, b);
            parts[b] = f(s);
            same &= ReferenceEquals(parts[b], s);
        }
        return same ? g : F.Stack(parts, 0);
    }
}
