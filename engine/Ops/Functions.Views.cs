namespace NativeGrad.Ops;

// Views: tensors that share storage with their input, each differentiable.
internal static partial class Functions
{
    private static Tensor ViewOf(Tensor a, int[] shape, int[] strides, long offset)
    {
        var y = a.Alias(shape, strides, offset);
        y._base = a._base ?? a;
        y._multiOutputView = a._multiOutputView;
        return y;
    }

    /// <summary>Strides for viewing a as `shape` without copying, or null if impossible.</summary>
    private static int[]? ViewStrides(Tensor a, int[] shape)
    {
        if (a.IsContiguous) return Shape.ContiguousStrides(shape);
        // General case (PyTorch's computeStride): group old dims into contiguous chunks.
        var oldShape = a._shape; var oldStrides = a._strides;
        var newStrides = new int[shape.Length];
        if (Shape.Numel(oldShape) == 0) return Shape.ContiguousStrides(shape);
        int viewD = shape.Length - 1;
        long chunkBaseStride = oldStrides.Length > 0 ? oldStrides[^1] : 1;
        long tensorNumel = 1, viewNumel = 1;
        for (int tensorD = oldShape.Length - 1; tensorD >= 0; tensorD--)
        {
            tensorNumel *= oldShape[tensorD];
            if (tensorD == 0 || (oldShape[tensorD - 1] != 1 && oldStrides[tensorD - 1] != tensorNumel * chunkBaseStride))
            {
                while (viewD >= 0 && (viewNumel < tensorNumel || shape[viewD] == 1))
                {
                    newStrides[viewD] = (int)(viewNumel * chunkBaseStride);
                    viewNumel *= shape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) return null;
                if (tensorD > 0)
                {
                    chunkBaseStride = oldStrides[tensorD - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? newStrides : null;
    }

    /// <summary>PyTorch's view(): fails if the strides do not allow it.</summary>
    public static Tensor View(Tensor a, int[] shape)
    {
        a.CheckAlive();
        var s = ViewStrides(a, shape) ?? throw NativeGradException.Shape(
            "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        var y = ViewOf(a, shape, s, a._offset);
        RecordView(y, a, shape);
        return y;
    }

    public static Tensor View(Tensor a, ReadOnlySpan<long> shape) => View(a, Shape.InferReshape(shape, a.Numel));

    /// <summary>Reshape: a view when strides allow, else a copy (as PyTorch).</summary>
    public static Tensor Reshape(Tensor a, int[] shape)
    {
        a.CheckAlive();
        if (Shape.Numel(shape) != a.Numel)
            throw NativeGradException.Shape($"shape '{Shape.Str(shape)}' is invalid for input of size {a.Numel}");
        var s = ViewStrides(a, shape);
        if (s != null)
        {
            var y = ViewOf(a, shape, s, a._offset);
            RecordReshapeAlias(y, a, shape);
            return y;
        }
        var c = Clone(a);
        var v = ViewOf(c, shape, Shape.ContiguousStrides(shape), 0);
        RecordUnsafeView(v, c, shape);
        c.Dispose();
        return v;
    }

    public static Tensor Reshape(Tensor a, ReadOnlySpan<long> shape) => Reshape(a, Shape.InferReshape(shape, a.Numel));

    /// <summary>Broadcasts a to a larger shape as a stride-0 view.</summary>
    public static Tensor Expand(Tensor a, int[] shape)
    {
        a.CheckAlive();
        Shape.CheckedNumel(shape);   // a view too stays within the element limit
        if (shape.Length < a.Dim)
            throw NativeGradException.Shape($"expand: the number of sizes provided ({shape.Length}) must be greater or equal to the number of dimensions in the tensor ({a.Dim})");
        var strides = new int[shape.Length];
        int off = shape.Length - a.Dim;
        for (int i = 0; i < shape.Length; i++)
        {
            int src = i - off;
            if (src < 0) { strides[i] = 0; continue; }
            if (a._shape[src] == shape[i]) strides[i] = a._strides[src];
            else if (a._shape[src] == 1) strides[i] = 0;
            else
                throw NativeGradException.Shape(
                    $"The expanded size of the tensor ({shape[i]}) must match the existing size ({a._shape[src]}) at non-singleton dimension {i}.  Target sizes: {Shape.Str(shape)}.  Tensor sizes: {Shape.Str(a._shape)}");
        }
        if (Shape.Equal(shape, a._shape)) return View(a, shape);
        var e = ViewOf(a, (int[])shape.Clone(), strides, a._offset);
        RecordExpand(e, a, shape);
        return e;
    }

    /// <summary>Sums a broadcast gradient back to <paramref name="shape"/> (the inverse of expand).</summary>
    public static Tensor SumTo(Tensor g, int[] shape)
    {
        if (Shape.Equal(g._shape, shape)) return g;
        int lead = g.Dim - shape.Length;
        if (lead < 0) throw NativeGradException.Shape($"cannot sum gradient of shape {Shape.Str(g._shape)} to shape {Shape.Str(shape)}");
        var dims = new List<int>();
        for (int i = 0; i < g.Dim; i++)
            if (i < lead || (shape[i - lead] == 1 && g._shape[i] != 1)) dims.Add(i);
            else if (shape[i - lead] != g._shape[i])
                throw NativeGradException.Shape($"cannot sum gradient of shape {Shape.Str(g._shape)} to shape {Shape.Str(shape)}");
        var s = dims.Count > 0 ? SumDim(g, dims.ToArray(), keepdim: true) : g;
        return Shape.Equal(s._shape, shape) ? s : Reshape(s, shape);
    }

    /// <summary>Transpose of a matrix (0-D and 1-D tensors are returned as views unchanged).</summary>
    public static Tensor T(Tensor a)
    {
        a.CheckAlive();
        if (a.Dim > 2) throw NativeGradException.Shape($"t() expects a tensor with <= 2 dimensions, but self is {a.Dim}D");
        var y = a.Dim < 2 ? ViewOf(a, a._shape, a._strides, a._offset)
            : ViewOf(a, [a._shape[1], a._shape[0]], [a._strides[1], a._strides[0]], a._offset);
        RecordT(y, a);
        return y;
    }

    /// <summary>Swaps two dims (a view).</summary>
    public static Tensor Transpose(Tensor a, int dim0, int dim1)
    {
        a.CheckAlive();
        int d0 = Shape.WrapDim(dim0, a.Dim), d1 = Shape.WrapDim(dim1, a.Dim);
        var shape = (int[])a._shape.Clone(); var strides = (int[])a._strides.Clone();
        if (a.Dim > 0)
        {
            (shape[d0], shape[d1]) = (shape[d1], shape[d0]);
            (strides[d0], strides[d1]) = (strides[d1], strides[d0]);
        }
        var y = ViewOf(a, shape, strides, a._offset);
        RecordTranspose(y, a, d0, d1);
        return y;
    }

    public static Tensor Unsqueeze(Tensor a, int dim)
    {
        a.CheckAlive();
        dim = Shape.WrapDim(dim, a.Dim + 1);
        var shape = new List<int>(a._shape); var strides = new List<int>(a._strides);
        int st = dim < a.Dim ? a._strides[dim] * a._shape[dim] : 1;
        shape.Insert(dim, 1); strides.Insert(dim, st);
        var y = ViewOf(a, shape.ToArray(), strides.ToArray(), a._offset);
        RecordUnsqueeze(y, a, dim);
        return y;
    }

    public static Tensor Squeeze(Tensor a, int dim) => SqueezeAs(false, a, dim);

    /// <summary>Squeeze as matmul does it internally (PyTorch records squeeze_, SqueezeBackward3).</summary>
    internal static Tensor SqueezeInPlace(Tensor a, int dim) => SqueezeAs(true, a, dim);

    private static Tensor SqueezeAs(bool inPlace, Tensor a, int dim)
    {
        a.CheckAlive();
        Tensor y;
        if (a.Dim == 0) y = ViewOf(a, a._shape, a._strides, a._offset);
        else
        {
            dim = Shape.WrapDim(dim, a.Dim);
            if (a._shape[dim] != 1) y = ViewOf(a, a._shape, a._strides, a._offset);
            else
            {
                var shape = new List<int>(a._shape); var strides = new List<int>(a._strides);
                shape.RemoveAt(dim); strides.RemoveAt(dim);
                y = ViewOf(a, shape.ToArray(), strides.ToArray(), a._offset);
            }
        }
        if (inPlace) RecordSqueezeInPlace(y, a, dim);
        else RecordSqueeze(y, a, dim);
        return y;
    }

    /// <summary>A contiguous tensor with the same values: a itself (as a new view) when already contiguous.</summary>
    public static Tensor Contiguous(Tensor a) => a.IsContiguous ? View(a, a._shape) : Clone(a);
}
