namespace NativeGrad.AbiGen;

/// <summary>A failure the generator reports and exits on (never silently skipped).</summary>
public sealed class GenException(string message) : Exception(message);

/// <summary>One member of an ABI enum (an engine enum marked [AbiEnum]).</summary>
/// <param name="CName">The C constant (NG_FLOAT32); null: NG_ + UPPER_SNAKE(Name).</param>
public sealed record EnumMember(string Name, long Value, Doc Doc, string? CName = null);

/// <summary>An ABI enum (an engine enum marked [AbiEnum]); each member becomes an NG_ constant.</summary>
public sealed record EnumDecl(string Name, Doc Doc, List<EnumMember> Members);

/// <summary>One parameter of an export, as written in C#.</summary>
public sealed record Param(string CsType, string CsName);

/// <summary>One export of the C ABI.</summary>
/// <param name="Impl">For an [Export] method: the C# expression of the method the generated
/// [UnmanagedCallersOnly] shim calls (null for a hand-written [UnmanagedCallersOnly] export, or
/// an op export whose shim body the op emitter writes).</param>
/// <param name="Optional">Names of pointer/handle parameters that may be NULL.</param>
public sealed record Export(string EntryPoint, string MethodName, string ReturnType,
    List<Param> Params, Doc Doc, string SourceFile, int Line, string? Impl = null, string? ShimBody = null,
    IReadOnlySet<string>? Optional = null)
{
    public bool MayBeNull(string csName) => Optional?.Contains(csName) ?? false;
}

/// <summary>The exports of one group (one object: tensors, autograd, nn, optim, io...), in order.</summary>
/// <param name="RelativePath">The group's title (it was the source file when groups were files).</param>
public sealed record ExportFile(string RelativePath, List<Export> Exports, string Doc = "", int Order = 100);

/// <summary>Everything the generator reads.</summary>
public sealed record Api(uint Version, List<EnumDecl> Enums, List<ExportFile> Files);

/// <summary>A parsed XML doc comment, reduced to plain text.</summary>
public sealed record Doc(string Summary, List<(string Name, string Text)> Params, string Returns, string Remarks)
{
    public static readonly Doc Empty = new("", [], "", "");
    public bool IsEmpty => Summary.Length == 0 && Params.Count == 0 && Returns.Length == 0 && Remarks.Length == 0;
}
