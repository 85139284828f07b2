using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>Where things are in the repository and its artifacts, and what this platform calls them.</summary>
public static partial class Repo
{
    public const string Config = "Release";

    /// <summary>The repository root: the directory above this tool's project that holds NativeGrad.sln.</summary>
    public static readonly string Root = FindRoot();

    /// <summary>The directory the user ran the front end in (the tool itself runs in the root):
    /// relative paths given as arguments are resolved against it.</summary>
    public static string UserDirectory { get; set; } = Environment.CurrentDirectory;

    /// <summary>An absolute path from one given on the command line.</summary>
    public static string UserPath(string path) => Path.GetFullPath(path, UserDirectory);

    public static string Rid => OnWindows ? "win-x64" : "linux-x64";
    public static string LibName => OnWindows ? "nativegrad.dll" : "libnativegrad.so";
    public static string ExeExt => OnWindows ? ".exe" : "";

    public static string Art => P("artifacts");
    public static string LibDir => P("artifacts/lib");
    public static string Lib => Path.Combine(LibDir, LibName);
    public static string PyPkg => P("bindings/python/nativegrad");
    public static string PkgDir => P("artifacts/pkg");

    /// <summary>An absolute path from a repository-relative one.</summary>
    public static string P(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>The release version MAJOR.MINOR.PATCH from engine/Version.props, its one source.</summary>
    public static readonly Lazy<Version> ReleaseVersion = new(ReadVersion);

    [GeneratedRegex(@"<Version>\s*(\d+\.\d+\.\d+)\s*</Version>")]
    private static partial Regex VersionElement();

    private static Version ReadVersion()
    {
        var ms = VersionElement().Matches(File.ReadAllText(P("engine/Version.props")));
        if (ms.Count != 1) throw Fail("engine/Version.props: expected exactly one <Version>MAJOR.MINOR.PATCH</Version>");
        return Version.Parse(ms[0].Groups[1].Value);
    }

    /// <summary>Sorted files matching a pattern like "bindings/c/examples/*.c".</summary>
    public static List<string> Files(string pattern)
    {
        string dir = P(Path.GetDirectoryName(pattern) ?? "."), mask = Path.GetFileName(pattern);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, mask).Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>Environment with PYTHONPATH starting at bindings/python (the in-tree package).</summary>
    public static Dictionary<string, string?> InTreePython()
    {
        string? old = Environment.GetEnvironmentVariable("PYTHONPATH");
        return new() { ["PYTHONPATH"] = P("bindings/python") + (string.IsNullOrEmpty(old) ? "" : Path.PathSeparator + old) };
    }

    /// <summary>The interpreter of the Python tests and benchmarks: Debian's /usr/bin/python3 (its
    /// PyTorch is the reference) on Linux, else python / python3 / py -3 from PATH; null if none.</summary>
    public static string[]? TestPython()
    {
        if (!OnWindows && File.Exists("/usr/bin/python3")) return ["/usr/bin/python3"];
        foreach (var n in new[] { "python", "python3" }) if (Which(n) is { } p) return [p];
        return Which("py") is { } launcher ? [launcher, "-3"] : null;
    }

    /// <summary>Stops unless the test Python imports every module named (comma-separated).</summary>
    public static string[] RequirePython(string modules, string who)
    {
        var py = TestPython() ?? throw Fail($"{who} need Python 3 with {modules}");
        var (code, _) = Capture(py[0], [.. py[1..], "-c", "import " + modules], quiet: true);
        if (code == 0) return py;
        string how = OnWindows ? "pip install numpy torch pytest" : "apt-get install " + string.Join(' ', Packages.For("test"));
        throw Fail($"{who} need {string.Join(' ', py)} with {modules}: {how}");
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "NativeGrad.sln"))) return d.FullName;
        throw new BuildError($"no NativeGrad.sln above {AppContext.BaseDirectory}: is the tool inside the repository?");
    }
}
