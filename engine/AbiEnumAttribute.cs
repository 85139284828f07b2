namespace NativeGrad;

/// <summary>
/// An engine enum that the C ABI shares: bindings/gen writes its constants into nativegrad.h and
/// _abi.py (named <see cref="Prefix"/> + UPPER_SNAKE(member)), so the ABI's values are the engine's
/// by construction. With <see cref="Status"/> it is the status list: NG_OK (0) comes first, and
/// native-api's NgStatus enum is generated from it.
/// </summary>
[AttributeUsage(AttributeTargets.Enum)]
internal sealed class AbiEnumAttribute(string name, string prefix) : Attribute
{
    /// <summary>The name the bindings know the enum by (NgStatus, NgDtype, ...).</summary>
    public string Name { get; } = name;
    /// <summary>The C prefix of its constants (NG_, NG_ERR_, ...).</summary>
    public string Prefix { get; } = prefix;
    /// <summary>The status codes: preceded by NG_OK.</summary>
    public bool Status { get; init; }
}
