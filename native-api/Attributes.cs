namespace NativeGrad.Native;

/// <summary>
/// Marks a static void method as the implementation of a C export. bindings/gen writes its
/// <c>[UnmanagedCallersOnly]</c> shim (Generated/Exports.g.cs), which is the one boundary: it runs
/// the method, returns NG_OK, and maps any exception to its status and the thread's last error.
/// The method writes its outputs last, so that they are written only on success.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ExportAttribute(string entryPoint) : Attribute
{
    /// <summary>The C name (ng_...).</summary>
    public string EntryPoint { get; } = entryPoint;
}

/// <summary>The header section (an object of the API) of the exports in this class declaration.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ExportGroupAttribute(string title) : Attribute
{
    /// <summary>The section title in the header and in docs/ABI.md.</summary>
    public string Title { get; } = title;
    /// <summary>Sections are ordered by this, then by title.</summary>
    public int Order { get; init; } = 100;
}
