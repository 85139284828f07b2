namespace NativeGrad;

/// <summary>Shape and stride arithmetic shared by tensors, views and kernels.</summary>
internal static class Shape
{
    public static readonly int[] Scalar = [];

    /// <summary>
    /// The most elements a tensor, or a view, may have. Shapes and strides are int inside the engine and the
    /// kernels count elements in int, so every shape is kept to a product of sizes (a 0 counted as 1, so
    /// contiguous strides fit too) of at most this: checked where shapes are made (creation, view, reshape,
    /// expand, cat, broadcast results), with overflow-safe arithmetic, before anything is allocated.
    /// </summary>
    public const long MaxElements = int.MaxValue;

    /// <summary>Number of elements; no overflow, as every shape obeys <see cref="MaxElements"/>.</summary>
    public static long Numel(ReadOnlySpan<int> shape)
    {
        long n = 1;
        foreach (int d in shape) n *= d;
        return n;
    }

    /// <summary>Row-major strides for a contiguous tensor of this shape.</summary>
    public static int[] ContiguousStrides(ReadOnlySpan<int> shape)
    {
        if (shape.Length == 0) return Scalar;   // shapes and strides are never written after creation
        var s = new int[shape.Length];
        long acc = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            s[i] = (int)acc;
            acc *= Math.Max(shape[i], 1);
        }
        return s;
    }

    /// <summary>The element count of a shape about to be allocated or viewed; fails, naming the shape, when a size is
    /// negative or the shape is over <see cref="MaxElements"/> (so an overflowed shape never reaches the allocator).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long CheckedNumel(ReadOnlySpan<int> shape)
    {
        long n = 1, span = 1;
        foreach (int d in shape)
        {
            n *= d;
            span *= d > 1 ? d : 1;   // sizes <= int.MaxValue and span <= MaxElements: no overflow
            if (d < 0 || span > MaxElements) ThrowBadShape(shape);
        }
        return n;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowBadShape(ReadOnlySpan<int> shape)
    {
        foreach (int d in shape)
            if (d < 0) throw NativeGradException.Arg($"Trying to create tensor with negative dimension {d}: {Str(shape)}");
        throw TooLarge(Str(shape), Product(shape));
    }

    /// <summary>Validates a user-given shape: no negative sizes, each size and the element count within
    /// <see cref="MaxElements"/> (checked with overflow-safe arithmetic).</summary>
    public static int[] Checked(ReadOnlySpan<long> shape)
    {
        var r = new int[shape.Length];
        long span = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 0)
                throw NativeGradException.Arg($"Trying to create tensor with negative dimension {shape[i]}: {Str(shape)}");
            if (shape[i] > int.MaxValue) throw DimTooLarge(shape, i);
            r[i] = (int)shape[i];
            span *= Math.Max(shape[i], 1);
            if (span > MaxElements) throw TooLarge(Str(shape), Product(shape));
        }
        return r;
    }

    public static int[] Checked(ReadOnlySpan<int> shape)
    {
        Span<long> l = stackalloc long[shape.Length];
        for (int i = 0; i < shape.Length; i++) l[i] = shape[i];
        return Checked(l);
    }

    private static NativeGradException DimTooLarge(ReadOnlySpan<long> shape, int i) => NativeGradException.Arg(
        $"size {shape[i]} at dimension {i} of shape {Str(shape)} is larger than NativeGrad's limit of {int.MaxValue} per dimension");

    private static NativeGradException TooLarge(string shape, System.Numerics.BigInteger numel) => NativeGradException.Arg(
        $"a tensor of shape {shape} would have {numel} elements, more than NativeGrad's limit of {MaxElements} elements per tensor");

    // The exact element count, for messages (it may not fit in 64 bits).
    private static System.Numerics.BigInteger Product(ReadOnlySpan<long> shape)
    {
        System.Numerics.BigInteger p = 1;
        foreach (long d in shape) p *= d;
        return p;
    }

    private static System.Numerics.BigInteger Product(ReadOnlySpan<int> shape)
    {
        System.Numerics.BigInteger p = 1;
        foreach (int d in shape) p *= d;
        return p;
    }

    /// <summary>A 64-bit size computed from parts (a sum of sizes, a start plus a length) as an int size, or the
    /// error naming <paramref name="what"/> when it is past int.MaxValue.</summary>
    public static int ToSize(long value, string what) => value is >= 0 and <= int.MaxValue ? (int)value
        : throw NativeGradException.Arg($"{what} would be {value}, more than NativeGrad's limit of {int.MaxValue}");

    /// <summary>"[2, 3]", the way PyTorch prints sizes in its messages.</summary>
    public static string Str(ReadOnlySpan<int> shape)
    {
        var parts = new string[shape.Length];
        for (int i = 0; i < shape.Length; i++) parts[i] = shape[i].ToString();
        return "[" + string.Join(", ", parts) + "]";
    }

    public static string Str(ReadOnlySpan<long> shape)
    {
        var parts = new string[shape.Length];
        for (int i = 0; i < shape.Length; i++) parts[i] = shape[i].ToString();
        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>"torch.Size([2, 3])".</summary>
    public static string TorchSize(ReadOnlySpan<int> shape) => "torch.Size(" + Str(shape) + ")";

    public static bool Equal(ReadOnlySpan<int> a, ReadOnlySpan<int> b) => a.SequenceEqual(b);

    /// <summary>Equal shapes; the same array (shapes are shared and never written) answers at once.</summary>
    public static bool Equal(int[] a, int[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    /// <summary>NumPy broadcasting of two shapes, with PyTorch's error message; <paramref name="a"/> itself
    /// when both are equal (shapes are immutable).</summary>
    public static int[] Broadcast(int[] a, int[] b)
        => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b) ? a : Broadcast((ReadOnlySpan<int>)a, b);

    public static int[] Broadcast(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.SequenceEqual(b)) return a.ToArray();
        int n = Math.Max(a.Length, b.Length);
        var r = new int[n];
        for (int i = n - 1; i >= 0; i--)   // from the last dim, so the error names the one PyTorch names
        {
            int ia = a.Length - n + i, ib = b.Length - n + i;
            int da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
            if (da == db || db == 1) r[i] = da;
            else if (da == 1) r[i] = db;
            else
                throw NativeGradException.Shape(
                    $"The size of tensor a ({da}) must match the size of tensor b ({db}) at non-singleton dimension {i} " +
                    $"(shapes {Str(a)} and {Str(b)})");
        }
        return r;
    }

    /// <summary>Wraps a possibly negative dim into [0, ndim), with PyTorch's IndexError text.</summary>
    public static int WrapDim(int dim, int ndim)
    {
        int n = Math.Max(ndim, 1);
        if (dim < -n || dim >= n)
            throw NativeGradException.Index($"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})");
        return dim < 0 ? dim + n : dim;
    }

    /// <summary>Resolves one -1 in a reshape target and checks the element count. Sizes past int.MaxValue are
    /// refused and the product is computed without overflow (it saturates), so a target whose product wraps
    /// around to the input's size (e.g. [4611686018427387905, 4] for 4 elements) is an error, not a view.</summary>
    public static int[] InferReshape(ReadOnlySpan<long> target, long numel)
    {
        int infer = -1;
        long known = 1;
        var r = new int[target.Length];
        for (int i = 0; i < target.Length; i++)
        {
            if (target[i] == -1)
            {
                if (infer >= 0) throw NativeGradException.Arg("only one dimension can be inferred");
                infer = i;
            }
            else if (target[i] < 0) throw NativeGradException.Arg($"invalid shape dimension {target[i]}");
            else if (target[i] > int.MaxValue) throw DimTooLarge(target, i);
            else
            {
                known = known == 0 || target[i] == 0 ? 0 : known > long.MaxValue / target[i] ? long.MaxValue : known * target[i];
                r[i] = (int)target[i];
            }
        }
        if (infer >= 0)
        {
            if (known == 0 || numel % known != 0)
                throw NativeGradException.Shape($"shape '{Str(target)}' is invalid for input of size {numel}");
            r[infer] = (int)(numel / known);
        }
        else if (known != numel)
            throw NativeGradException.Shape($"shape '{Str(target)}' is invalid for input of size {numel}");
        CheckedNumel(r);   // a 0-element target may still have sizes whose strides overflow
        return r;
    }
}
