namespace NativeGrad.Ops;

// PyTorch's composites of other ops (no node of their own): flatten and unflatten (reshape and
// view), tile (repeat), mT/mH (transpose of the last two dims).
internal static partial class Functions
{
    /// <summary>flatten(a, start, end): dims start..end merged (a reshape; 0-dim gives [1]).</summary>
    public static Tensor Flatten(Tensor a, int startDim = 0, int endDim = -1)
    {
        a.CheckAlive();
        int s = Shape.WrapDim(startDim, a.Dim), e = Shape.WrapDim(endDim, a.Dim);
        if (s > e) throw NativeGradException.Arg("flatten() has invalid args: start_dim cannot come after end_dim");
        if (a.Dim == 0) return Reshape(a, [1]);
        if (s == e) return View(a, a._shape);
        var shape = new List<int>();
        for (int i = 0; i < s; i++) shape.Add(a._shape[i]);
        long merged = 1;
        for (int i = s; i <= e; i++) merged *= a._shape[i];
        shape.Add(checked((int)merged));
        for (int i = e + 1; i < a.Dim; i++) shape.Add(a._shape[i]);
        return Reshape(a, shape.ToArray());
    }

    /// <summary>unflatten(a, dim, sizes): dim expanded into sizes (one may be -1), as a view.</summary>
    public static Tensor Unflatten(Tensor a, int dim, int[] sizes)
    {
        a.CheckAlive();
        if (a.Dim == 0) throw NativeGradException.Index($"Dimension specified as {dim} but tensor has no dimensions");
        int d = Shape.WrapDim(dim, a.Dim);
        if (sizes.Length == 0) throw NativeGradException.Arg("unflatten: sizes must be non-empty");
        int size = a._shape[d];
        int infer = -1;
        long known = 1;
        var r = (int[])sizes.Clone();
        for (int i = 0; i < r.Length; i++)
        {
            if (r[i] == -1)
            {
                if (infer >= 0) throw NativeGradException.Arg("only one dimension can be inferred");
                infer = i;
            }
            else known *= r[i];
        }
        if (infer >= 0 && known != 0 && size % known == 0) r[infer] = (int)(size / known);
        else if (infer >= 0 || known != size)
            throw NativeGradException.Arg($"unflatten: Provided sizes {Shape.Str(sizes)} don't multiply up to the size of dim {d} ({size}) in the input tensor");
        var shape = new List<int>(a._shape);
        shape.RemoveAt(d);
        shape.InsertRange(d, r);
        return View(a, shape.ToArray());
    }

    /// <summary>tile(a, dims): repeat with dims padded by leading 1s to a's rank.</summary>
    public static Tensor Tile(Tensor a, int[] dims)
    {
        a.CheckAlive();
        if (dims.Length >= a.Dim) return Repeat(a, dims);
        var padded = new int[a.Dim];
        Array.Fill(padded, 1);
        dims.CopyTo(padded, a.Dim - dims.Length);
        return Repeat(a, padded);
    }

    /// <summary>a.mT (and mH for real tensors): the last two dims swapped (TransposeBackward0).</summary>
    public static Tensor MatrixTranspose(Tensor a, string name)
    {
        a.CheckAlive();
        if (a.Dim < 2)
            throw NativeGradException.Arg($"tensor.{name} is only supported on matrices or batches of matrices. Got {a.Dim}-D tensor.");
        return Transpose(a, -2, -1);
    }
}
