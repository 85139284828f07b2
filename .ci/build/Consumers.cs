using System.IO.Compression;
using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>
/// The packaging suites of `test`: each ecosystem's package is installed the way a user would,
/// outside the repository (under artifacts/consumers), and used from there.
/// </summary>
public static partial class Consumers
{
    private static string Fresh(string name)
    {
        string d = Repo.P("artifacts/consumers/" + name);
        if (Directory.Exists(d)) Directory.Delete(d, true);
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>No LD_LIBRARY_PATH / NATIVEGRAD_LIB / PYTHONPATH: what a user's shell would not have.</summary>
    private static Dictionary<string, string?> Clean(Dictionary<string, string?>? extra = null)
    {
        var env = new Dictionary<string, string?> { ["LD_LIBRARY_PATH"] = null, ["NATIVEGRAD_LIB"] = null, ["PYTHONPATH"] = null };
        foreach (var (k, v) in extra ?? []) env[k] = v;
        return env;
    }

    private static void Expect(bool ok, string what)
    {
        if (!ok) throw Fail(what);
    }

    /// <summary>The text of one entry of a zip (a wheel, a nupkg).</summary>
    internal static string Read(ZipArchive zip, string entry)
    {
        using var r = new StreamReader(zip.GetEntry(entry)!.Open());
        return r.ReadToEnd().Replace("\r\n", "\n");
    }
}
