namespace NativeGrad;

// Sharing memory with other libraries (NumPy, C arrays) and integer random tensors.
public sealed unsafe partial class Tensor
{
    /// <summary>
    /// A tensor viewing external memory without copying (torch.from_numpy / torch.from_blob). Strides are in
    /// elements (null: row-major) and must be non-negative. <paramref name="release"/> runs once when the last
    /// tensor viewing the memory is released; the memory must stay valid until then. Writes through either
    /// side are seen by the other.
    /// </summary>
    public static Tensor FromBlob(void* data, DType dtype, int[] shape, long[]? strides = null, Action? release = null)
    {
        shape = NativeGrad.Shape.Checked(shape);
        var st = strides is null ? NativeGrad.Shape.ContiguousStrides(shape) : new int[shape.Length];
        if (strides != null)
        {
            if (strides.Length != shape.Length)
                throw NativeGradException.Arg($"strides has {strides.Length} entries but shape has {shape.Length} dims");
            for (int i = 0; i < strides.Length; i++)
            {
                if (strides[i] < 0 || strides[i] > int.MaxValue)
                    throw NativeGradException.Arg($"stride {strides[i]} at dim {i} is negative or too large (negative strides are not supported)");
                st[i] = (int)strides[i];
            }
        }
        long numel = NativeGrad.Shape.Numel(shape);
        if (numel > 0 && data == null) throw new NativeGradException(ErrorKind.NullPointer, "data is NULL");
        long extent = 1;   // elements spanned: up to 64 dims x 2^31 x 2^31, so computed checked
        long bytes;
        try { checked { for (int i = 0; i < shape.Length; i++) if (shape[i] > 0) extent += (long)(shape[i] - 1) * st[i]; bytes = extent * dtype.ItemSize(); } }
        catch (OverflowException) { throw NativeGradException.Arg($"shape {NativeGrad.Shape.Str(shape)} with these strides spans more than 2^63 bytes"); }
        if (numel == 0) bytes = 0;
        var storage = new Storage(data, bytes, release);
        return new Tensor(storage, 0, shape, st, dtype);
    }

    /// <summary>Address of the first element (element (0, ..., 0)); use with <see cref="Strides"/>. Valid while
    /// this tensor (or another view of its storage) is alive. Writes through it are seen by later ops: the
    /// storage is never read lazily again.</summary>
    public nint DataAddress => Fusion.Fuser.Expose(this);

    /// <summary>Integers drawn uniformly from [low, high) (torch.randint: empty(shape).random_(low, high)), int64
    /// unless <paramref name="dtype"/> says otherwise; PyTorch's values for the same generator state.</summary>
    public static Tensor Randint(long low, long high, int[] shape, DType dtype = DType.Int64, Generator? generator = null)
    {
        if (high <= low) throw NativeGradException.Arg($"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}");
        var t = Empty(NativeGrad.Shape.Checked(shape), dtype);
        try { Sampling.Random_(t, low, high, generator); }
        catch { t.Dispose(); throw; }
        return t;
    }
}
