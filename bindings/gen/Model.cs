namespace NativeGrad.AbiGen;

/// <summary>A failure the generator reports and exits on (never silently skipped).</summary>
public sealed class GenException(string message) : Exception(message);

/// <summary>One member of an enum in native-api/Types.cs.</summary>
public sealed record EnumMember(string Name, long Value, Doc Doc);

/// <summary>An enum of native-api/Types.cs; each member becomes an NG_ constant.</summary>
public sealed record EnumDecl(string Name, Doc Doc, List<EnumMember> Members);

/// <summary>One parameter of an export, as written in C#.</summary>
public sealed record Param(string CsType, string CsName);

/// <summary>One [UnmanagedCallersOnly] export.</summary>
public sealed record Export(string EntryPoint, string MethodName, string ReturnType,
    List<Param> Params, Doc Doc, string SourceFile, int Line);

/// <summary>The exports of one native-api/Exports*.cs file, in order of appearance.</summary>
public sealed record ExportFile(string RelativePath, List<Export> Exports);

/// <summary>Everything the generator reads.</summary>
public sealed record Api(uint Version, List<EnumDecl> Enums, List<ExportFile> Files);

/// <summary>A parsed XML doc comment, reduced to plain text.</summary>
public sealed record Doc(string Summary, List<(string Name, string Text)> Params, string Returns, string Remarks)
{
    public static readonly Doc Empty = new("", [], "", "");
    public bool IsEmpty => Summary.Length == 0 && Params.Count == 0 && Returns.Length == 0 && Remarks.Length == 0;
}
