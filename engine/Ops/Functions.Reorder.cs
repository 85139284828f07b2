using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// repeat, roll and flip: new contiguous tensors whose elements are self's in another order, copied
// by the Remap kernel from one index map per dim.
internal static unsafe partial class Functions
{
    /// <summary>A contiguous tensor of `shape` whose element at i reads a's element at maps[d][i_d] (a is
    /// seen as contiguous with shape srcShape, which has a's elements).</summary>
    private static Tensor Remapped(Tensor a, int[] srcShape, int[] shape, int[][] maps)
    {
        var y = Tensor.Empty(shape, a._dtype);
        var x = ContiguousAs(a, a._dtype);
        try { Remap.Run((byte*)x.Ptr, srcShape, (byte*)y.Ptr, shape, maps, a._dtype.ItemSize()); }
        finally { if (!ReferenceEquals(x, a)) x.Dispose(); }
        return y;
    }

    private static int[] IdentityMap(int n)
    {
        var m = new int[n];
        for (int i = 0; i < n; i++) m[i] = i;
        return m;
    }

    /// <summary>repeat(a, repeats): a tiled repeats[d] times along each dim; extra leading repeats add dims (RepeatBackward0).</summary>
    public static Tensor Repeat(Tensor a, int[] repeats)
    {
        a.CheckAlive();
        if (repeats.Length < a.Dim)
            throw NativeGradException.Arg("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        int lead = repeats.Length - a.Dim;
        var src = new int[repeats.Length];
        var shape = new long[repeats.Length];
        for (int d = 0; d < repeats.Length; d++)
        {
            src[d] = d < lead ? 1 : a._shape[d - lead];
            shape[d] = (long)src[d] * repeats[d];
        }
        var outShape = Shape.Checked(shape);
        var maps = new int[repeats.Length][];
        for (int d = 0; d < maps.Length; d++)
        {
            maps[d] = new int[outShape[d]];
            for (int i = 0; i < outShape[d]; i++) maps[d][i] = i % src[d];
        }
        var y = Remapped(a, src, outShape, maps);
        RecordRepeat(y, a, (int[])repeats.Clone());
        return y;
    }

    /// <summary>repeat's backward (as PyTorch composes it): the leading new dims summed away one by one,
    /// then grad viewed as [r0, s0, r1, s1, ...] (no r where it is 1) and summed over the r's at once.</summary>
    internal static Tensor RepeatBackward(Tensor grad, int[] selfShape, int[] repeats)
    {
        if (Array.IndexOf(repeats, 0) >= 0) return Tensor.Zeros(selfShape, grad._dtype);
        int lead = repeats.Length - selfShape.Length;
        for (int i = 0; i < lead; i++) grad = SumDim(grad, [0], keepdim: false);
        var split = new List<int>();
        var sumDims = new List<int>();
        for (int d = 0; d < selfShape.Length; d++)
        {
            int r = repeats[d + lead];
            if (r != 1) { split.Add(r); sumDims.Add(split.Count - 1); }
            split.Add(selfShape[d]);
        }
        if (sumDims.Count == 0) return grad;
        return SumDim(Reshape(grad, split.ToArray()), sumDims.ToArray(), keepdim: false);
    }

    /// <summary>The shifts negated (roll's backward rolls back).</summary>
    internal static int[] Negated(int[] shifts) => shifts.Select(s => -s).ToArray();

    /// <summary>roll(a, shifts, dims): elements shifted cyclically along dims; without dims over the
    /// flattened tensor, the shape kept (RollBackward0).</summary>
    public static Tensor Roll(Tensor a, int[] shifts, int[]? dims)
    {
        a.CheckAlive();
        if (dims is null || dims.Length == 0)
        {
            if (shifts.Length == 0) throw NativeGradException.Arg("`shifts` required");
            if (shifts.Length != 1)
                throw NativeGradException.Arg($"shifts and dimensions must align. shifts: {shifts.Length}, dims:{dims?.Length ?? 0}");
        }
        else if (shifts.Length != dims.Length)
            throw NativeGradException.Arg($"shifts and dimensions must align. shifts: {shifts.Length}, dims:{dims.Length}");
        Tensor y;
        int[] recordedShifts;
        if (dims is null || dims.Length == 0)
        {
            // Over the flattened tensor: one remapped dim of numel elements.
            int n = checked((int)a.Numel);
            int s = n == 0 ? 0 : Mod(shifts[0], n);
            var map = new int[n];
            for (int i = 0; i < n; i++) map[i] = (i - s + n) % n;
            using var flat = Remapped(a, [n], [n], [map]);
            y = flat.Alias(a._shape, Shape.ContiguousStrides(a._shape), 0);
            recordedShifts = [s];
        }
        else
        {
            var total = new long[a.Dim];
            var rolled = new bool[a.Dim];
            for (int i = 0; i < dims.Length; i++)
            {
                int d = Shape.WrapDim(dims[i], a.Dim);
                if (a.Dim == 0) throw NativeGradException.Index($"Dimension specified as {dims[i]} but tensor has no dimensions");
                total[d] += shifts[i];
                rolled[d] = true;
            }
            var maps = new int[a.Dim][];
            var used = new List<int>();
            var sh = new List<int>();
            for (int d = 0; d < a.Dim; d++)
            {
                int n = a._shape[d];
                int s = n == 0 ? 0 : (int)(((total[d] % n) + n) % n);
                maps[d] = new int[n];
                for (int i = 0; i < n; i++) maps[d][i] = (i - s + n) % n;
                if (rolled[d]) { used.Add(d); sh.Add(s); }
            }
            y = Remapped(a, a._shape, a._shape, maps);
            dims = used.ToArray();
            recordedShifts = sh.ToArray();
        }
        RecordRoll(y, a, recordedShifts, dims);
        return y;
    }

    private static int Mod(long v, int n) => (int)(((v % n) + n) % n);

    /// <summary>flip(a, dims): a copy with the elements in reverse order along each of dims (FlipBackward0).</summary>
    public static Tensor Flip(Tensor a, int[] dims)
    {
        a.CheckAlive();
        var flipped = new bool[Math.Max(a.Dim, 1)];
        var wrapped = new int[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            int d = Shape.WrapDim(dims[i], a.Dim);
            if (flipped[d]) throw NativeGradException.Arg($"dim {d} appears multiple times in the list of dims");
            flipped[d] = true;
            wrapped[i] = d;
        }
        var maps = new int[a.Dim][];
        for (int d = 0; d < a.Dim; d++)
        {
            int n = a._shape[d];
            maps[d] = flipped[d] ? Enumerable.Range(0, n).Select(i => n - 1 - i).ToArray() : IdentityMap(n);
        }
        var y = a.Dim == 0 ? CastRaw(a, a._dtype) : Remapped(a, a._shape, a._shape, maps);
        RecordFlip(y, a, wrapped);
        return y;
    }
}
