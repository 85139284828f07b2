namespace NativeGrad.Native;

// The ABI's enums (NgStatus and the NG_ constants) are generated from the engine's [AbiEnum] enums
// (native-api/Generated/Enums.g.cs, nativegrad.h): the values are the engine's by construction.

/// <summary>Opaque handle to a tensor (C: ng_tensor*).</summary>
public readonly struct TensorHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal TensorHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an autograd graph node (C: ng_node*).</summary>
public readonly struct NodeHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal NodeHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an nn module (C: ng_module*).</summary>
public readonly struct ModuleHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal ModuleHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to an optimizer (C: ng_optimizer*).</summary>
public readonly struct OptimizerHandle
{
    /// <summary>A keyed encoding of kind, slot and generation (see <see cref="HandleCodec"/>); 0 is NULL.</summary>
    public readonly nint Value;
    internal OptimizerHandle(nint value) => Value = value;
}

/// <summary>Opaque handle to a random number generator (C: ng_generator*); NULL means the default generator.</summary>
public readonly struct GeneratorHandle
{
    /// <summary>Slot index and generation packed by <see cref="HandleTable"/>; 0 is NULL.</summary>
    public readonly nint Value;
    internal GeneratorHandle(nint value) => Value = value;
}

