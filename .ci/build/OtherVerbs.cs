using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>`demo`, `bench` and `clean`.</summary>
public static class OtherVerbs
{
    /// <summary>Builds, then runs the C examples, the Python demo (with every distinct Python found:
    /// the first python3 on PATH, which may lack NumPy, and Debian's) and the C# demo.</summary>
    public static int Demo()
    {
        BuildVerb.Run();
        var suites = new Suites();

        Step("C examples (artifacts/bin)");
        foreach (var src in Repo.Files("bindings/c/examples/*.c"))
        {
            string name = Path.GetFileNameWithoutExtension(src), exe = Repo.P("artifacts/bin/" + name + Repo.ExeExt);
            if (File.Exists(exe)) suites.Run("c:" + name, () => Shell.Run(exe, []));
            else Note($"{name}: not built (no C compiler): skipped");
        }

        Step("Python demo (bindings/python/examples/demo.py)");
        var seen = new HashSet<string>();
        foreach (var py in DemoPythons())
        {
            var (code, exe) = Capture(py[0], [.. py[1..], "-c", "import sys; print(sys.executable)"], quiet: true);
            exe = exe.Trim();
            if (code != 0 || exe.Length == 0 || !seen.Add(exe)) continue;
            var (_, ver) = Capture(py[0], [.. py[1..], "-c", "import sys; print(sys.version.split()[0])"], quiet: true);
            Note($"{string.Join(' ', py)} ({ver.Trim()})");
            suites.Run("python:" + string.Join(' ', py), () =>
                Shell.Run(py[0], [.. py[1..], "bindings/python/examples/demo.py"], env: Repo.InTreePython()));
        }
        if (seen.Count == 0) Note("no Python interpreter found: skipped");

        Step("C# demo (bindings/csharp/Demo)");
        suites.Run("csharp", () => BuildVerb.Dotnet("run", "-c", Repo.Config, "--project", "bindings/csharp/Demo"));
        return suites.Summary();
    }

    private static IEnumerable<string[]> DemoPythons()
    {
        foreach (var n in new[] { "python3", "python" }) if (Which(n) is { } p) yield return [p];
        if (!OnWindows && File.Exists("/usr/bin/python3")) yield return ["/usr/bin/python3"];
        if (OnWindows && Which("py") is { } launcher) yield return [launcher, "-3"];
    }

    /// <summary>Builds, then bench/run.sh with the arguments (--quick, --dotnet, --python PATH).</summary>
    public static void Bench(string[] args)
    {
        Packages.Ensure("bench");
        // The comparison's Python: --python PATH, or Debian's (the reference PyTorch).
        int at = Array.IndexOf(args, "--python");
        if (at >= 0 && at + 1 >= args.Length) throw Fail("--python needs the path of a Python with torch");
        if (at >= 0 && args[at + 1].Contains('/')) args[at + 1] = Repo.UserPath(args[at + 1]);  // bench/run.sh runs in the root
        string[] py = at >= 0 ? [args[at + 1]] : Repo.TestPython() ?? throw Fail("the benchmarks need Python 3 with numpy and torch");
        var (code, _) = Capture(py[0], [.. py[1..], "-c", "import numpy, torch"], quiet: true);
        if (code != 0) throw Fail($"the benchmarks need {py[0]} with numpy and torch (bench/compare.py compares against its PyTorch)");
        BuildVerb.Run();
        Step("benchmarks (bench/run.sh)");
        if (Which("bash") == null) throw Fail("bench/run.sh needs bash");
        Shell.Run("bash", ["bench/run.sh", .. args]);
    }

    public static void Clean()
    {
        Step("clean");
        var paths = new List<string> { Repo.Art, Path.Combine(Repo.PyPkg, "lib"), Repo.P(".pytest_cache"),
            Repo.P("bindings/python/LICENSE"), Repo.P("bindings/python/build"), Repo.P("bindings/python/nativegrad.egg-info") };
        foreach (var d in new[] { "engine", "native-api", "bindings/gen", "tests/NativeGrad.Tests", "bindings/csharp/Demo", "bench/NativeGrad.Bench" })
            paths.AddRange([Repo.P(d + "/bin"), Repo.P(d + "/obj")]);
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) Directory.Delete(p, true);
            else if (File.Exists(p)) File.Delete(p);
        }
        Stubs.Remove();
        foreach (var top in new[] { "bindings", "tests", "bench" })
            foreach (var d in Directory.GetDirectories(Repo.P(top), "__pycache__", SearchOption.AllDirectories))
                if (Directory.Exists(d)) Directory.Delete(d, true);
    }
}
