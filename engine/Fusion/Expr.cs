namespace NativeGrad.Fusion;

/// <summary>What an expression node computes.</summary>
internal enum ExprKind : byte
{
    /// <summary>Reads a materialised storage (a source).</summary>
    Load,
    /// <summary>op(A).</summary>
    Unary,
    /// <summary>op(A, B), both tensors.</summary>
    Binary,
    /// <summary>op(A, s), a scalar second operand.</summary>
    ScalarB,
    /// <summary>op(s, B), a scalar first operand.</summary>
    ScalarA,
}

/// <summary>
/// One node of a recorded elementwise expression. Immutable, so the regions built on a pending
/// tensor share its nodes (a node reached twice is computed once per tile). All nodes of a region
/// have the region's dtype and element count.
/// </summary>
internal sealed class Expr
{
    public readonly ExprKind Kind;
    public readonly Expr? A, B;
    public readonly UnaryKernel? Unary;
    public readonly BinaryKernel? Binary;
    /// <summary>The scalar operand (ScalarA / ScalarB), already rounded to the region's dtype.</summary>
    public readonly double Scalar;
    /// <summary>Load: the storage read and its first element.</summary>
    public readonly Storage? Source;
    public readonly long Offset;
    /// <summary>Nodes counted as a tree: an upper bound of the DAG's size, for the size cap.</summary>
    public readonly int Size;
    /// <summary>The region whose tensor this node's values are (the first recorded with it as root).</summary>
    internal Region? Owner;

    private Expr(ExprKind kind, Expr? a, Expr? b, UnaryKernel? unary, BinaryKernel? binary, double scalar, Storage? source, long offset)
    {
        Kind = kind; A = a; B = b; Unary = unary; Binary = binary; Scalar = scalar; Source = source; Offset = offset;
        Size = 1 + (a?.Size ?? 0) + (b?.Size ?? 0);
    }

    public static Expr Load(Storage s, long offset) => new(ExprKind.Load, null, null, null, null, 0, s, offset);

    public static Expr Of(UnaryKernel k, Expr a) => new(ExprKind.Unary, a, null, k, null, 0, null, 0);

    public static Expr Of(BinaryKernel k, Expr a, Expr b) => new(ExprKind.Binary, a, b, null, k, 0, null, 0);

    /// <summary>op(a, s), or op(s, a) when <paramref name="scalarFirst"/>.</summary>
    public static Expr Of(BinaryKernel k, Expr a, double s, bool scalarFirst)
        => scalarFirst ? new(ExprKind.ScalarA, null, a, null, k, s, null, 0) : new(ExprKind.ScalarB, a, null, null, k, s, null, 0);
}

/// <summary>
/// The pending contents of one storage: an expression over materialised sources, or (when
/// <see cref="Reduced"/>) the sum of that expression's N elements as the one value of a 0-dim storage.
/// The region holds a reference to each source storage (and is listed in its <see cref="Storage.Readers"/>)
/// until it is computed or its storage dies unread; its own storage points at it through
/// <see cref="Storage.Pending"/>.
/// </summary>
internal sealed class Region(Expr root, long n, DType type, Storage[] sources, Storage target, bool reduced = false)
{
    public readonly Expr Root = root;
    public readonly long N = n;
    public readonly DType Type = type;
    public readonly Storage[] Sources = sources;
    public readonly Storage Target = target;
    public readonly bool Reduced = reduced;
    /// <summary>Passes that computed this region's values without writing them (as a subexpression of
    /// other regions). A region computed that way once is materialised before it is read again: a
    /// chain observed at every step would otherwise be recomputed from its sources each time.</summary>
    internal int Recomputed;
}
