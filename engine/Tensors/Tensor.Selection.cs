using NativeGrad.Ops;

namespace NativeGrad;

// The C# methods of the issue-10 ops that the declarations do not generate: overloads that share a
// PyTorch name (prod, masked_fill with a tensor value, the in-place fills) and PyTorch's composites
// (chunk, flatten, unflatten, tile, mT, allclose, where(condition)).
public sealed partial class Tensor
{
    /// <summary>The product of all elements, in <paramref name="dtype"/> if given (grad_fn ProdBackward0).</summary>
    public Tensor Prod(DType? dtype = null) => Functions.Prod(this, dtype);

    /// <summary>Products over <paramref name="dim"/> (grad_fn ProdBackward1).</summary>
    public Tensor Prod(int dim, bool keepdim = false, DType? dtype = null) => Functions.ProdDim(this, dim, keepdim, dtype);

    /// <summary>A copy with the 0-dim tensor <paramref name="value"/> where <paramref name="mask"/> is true (grad_fn MaskedFillBackward1).</summary>
    public Tensor MaskedFill(Tensor mask, Tensor value) => Functions.MaskedFill(this, mask, value);

    /// <summary>In-place <see cref="MaskedFill(Tensor, double)"/> (mask broadcast to this tensor's shape).</summary>
    public Tensor MaskedFill_(Tensor mask, double value) => Functions.MaskedFill_(this, mask, value);

    /// <summary>In-place <see cref="MaskedFill(Tensor, Tensor)"/>.</summary>
    public Tensor MaskedFill_(Tensor mask, Tensor value) => Functions.MaskedFill_(this, mask, value);

    /// <summary>At most <paramref name="chunks"/> views of ceil(size / chunks) elements along dim (grad_fn SplitBackward0).</summary>
    public Tensor[] Chunk(int chunks, int dim = 0) => Functions.Chunk(this, chunks, dim);

    /// <summary>Dims startDim..endDim merged into one (a reshape).</summary>
    public Tensor Flatten(int startDim = 0, int endDim = -1) => Functions.Flatten(this, startDim, endDim);

    /// <summary>Dim <paramref name="dim"/> expanded into <paramref name="sizes"/> (one may be -1; a view).</summary>
    public Tensor Unflatten(int dim, params int[] sizes) => Functions.Unflatten(this, dim, sizes);

    /// <summary>repeat with dims padded by leading 1s to this tensor's rank (grad_fn RepeatBackward0).</summary>
    public Tensor Tile(params int[] dims) => Functions.Tile(this, dims);

    /// <summary>The last two dims swapped (a view; PyTorch's mT and, for real tensors, mH).</summary>
    public Tensor MT => Functions.MatrixTranspose(this, "mT");

    /// <summary>True when <see cref="IsClose"/> holds everywhere.</summary>
    public bool AllClose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false)
        => Functions.AllClose(this, other, rtol, atol, equalNan);

    /// <summary>torch.where(condition): one int64 index vector per dim of the non-zero elements.</summary>
    public static Tensor[] Where(Tensor condition) => Functions.NonzeroTuple(condition);
}
