using System.Text.RegularExpressions;

namespace NativeGrad.AbiGen;

/// <summary>
/// The library's release version MAJOR.MINOR.PATCH. Its one source is the `&lt;Version&gt;` of
/// engine/Version.props (imported by the engine and native-api projects); the header's NG_VERSION_*
/// macros and _abi.py's VERSION (Python's __version__, the wheel's version) are generated from it.
/// </summary>
public sealed partial record ReleaseVersion(int Major, int Minor, int Patch)
{
    public const string SourceFile = "engine/Version.props";

    /// <summary>Used when no repository is at hand (the self-test fixtures).</summary>
    public static readonly ReleaseVersion Unknown = new(0, 0, 0);

    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    [GeneratedRegex(@"<Version>\s*(\d+)\.(\d+)\.(\d+)\s*</Version>")]
    private static partial Regex VersionElement();

    public static ReleaseVersion Read(string root)
    {
        string path = Path.Combine(root, SourceFile);
        if (!File.Exists(path)) throw new GenException($"{SourceFile} not found: the release version is its <Version>");
        var ms = VersionElement().Matches(File.ReadAllText(path));
        if (ms.Count != 1)
            throw new GenException($"{SourceFile}: expected exactly one <Version>MAJOR.MINOR.PATCH</Version>, found {ms.Count}");
        var g = ms[0].Groups;
        return new ReleaseVersion(int.Parse(g[1].Value), int.Parse(g[2].Value), int.Parse(g[3].Value));
    }
}
