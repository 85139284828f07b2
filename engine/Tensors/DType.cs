namespace NativeGrad;

/// <summary>Element type of a tensor. Values match the C ABI's NG_FLOAT32... constants.</summary>
[AbiEnum("NgDtype", "NG_")]
public enum DType
{
    /// <summary>32-bit float, the default dtype (torch.float32).</summary>
    Float32 = 0,
    /// <summary>64-bit float (torch.float64).</summary>
    Float64 = 1,
    /// <summary>64-bit signed integer (torch.int64).</summary>
    Int64 = 2,
    /// <summary>Boolean, one byte per element (torch.bool).</summary>
    Bool = 3,
}

/// <summary>Facts about each <see cref="DType"/>.</summary>
public static class DTypes
{
    /// <summary>Bytes per element.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int ItemSize(this DType d)
    {
        // A table lookup, inlined: this runs on every data-pointer computation.
        if ((uint)d < 4) return (0x01_08_08_04 >> (8 * (int)d)) & 0xFF;
        throw new ArgumentOutOfRangeException(nameof(d));
    }

    /// <summary>True for float32 and float64, the dtypes that can require gradients.</summary>
    public static bool IsFloating(this DType d) => d is DType.Float32 or DType.Float64;

    /// <summary>torch's ScalarType name as its kernel errors print it (Float, Double, Long, Bool).</summary>
    public static string ScalarName(this DType d) => d switch
    {
        DType.Float32 => "Float", DType.Float64 => "Double", DType.Int64 => "Long", _ => "Bool",
    };

    /// <summary>PyTorch's name, e.g. "torch.float64".</summary>
    public static string TorchName(this DType d) => d switch
    {
        DType.Float32 => "torch.float32",
        DType.Float64 => "torch.float64",
        DType.Int64 => "torch.int64",
        DType.Bool => "torch.bool",
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    /// <summary>
    /// Result dtype of a binary op between two tensors (PyTorch's promotion for these four
    /// dtypes: bool &lt; int64 &lt; float32 &lt; float64).
    /// </summary>
    public static DType Promote(DType a, DType b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(DType d) => d switch
    {
        DType.Bool => 0,
        DType.Int64 => 1,
        DType.Float32 => 2,
        DType.Float64 => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };
}
