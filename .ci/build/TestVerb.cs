using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>`test`: every suite, each run to its end; one line per suite; exit 1 if any failed.</summary>
public static class TestVerb
{
    /// <summary>The suites in order. The drift check runs before the build, which regenerates the
    /// files: a check afterwards could never fail.</summary>
    private static List<(string Name, Action Body)> All(string[] py) =>
    [
        ("abi-drift", AbiDrift),
        ("build", BuildVerb.Run),
        ("lines", () => Lines.Check()),
        ("abi-selftest", () =>
        {
            Step("generator self-test (bindings/gen --self-test)");
            BuildVerb.Dotnet("run", "--no-build", "-c", Repo.Config, "--project", "bindings/gen", "--", Repo.Root, "--self-test");
        }),
        ("xunit", () =>
        {
            Step($"xunit: dotnet test tests/NativeGrad.Tests -c {Repo.Config}");
            Shell.Run("dotnet", ["test", "tests/NativeGrad.Tests", "-c", Repo.Config],
                      env: new Dictionary<string, string?> { ["NATIVEGRAD_LIB"] = Repo.Lib });
        }),
        ("xunit-fused", () =>
        {
            // Every float elementwise op of every test through the lazy fuser (docs/ARCHITECTURE.md, fusion).
            Step($"xunit, fusing from one element: NATIVEGRAD_FUSION_MIN=1 dotnet test tests/NativeGrad.Tests -c {Repo.Config}");
            Shell.Run("dotnet", ["test", "tests/NativeGrad.Tests", "-c", Repo.Config],
                      env: new Dictionary<string, string?> { ["NATIVEGRAD_LIB"] = Repo.Lib, ["NATIVEGRAD_FUSION_MIN"] = "1" });
        }),
        ("c-tests", CTests),
        ("python", () => PythonTests(py)),
        ("python-fused", () =>
        {
            var env = Repo.InTreePython();
            env["NATIVEGRAD_FUSION_MIN"] = "1";
            PythonTests(py, env);
        }),
        ("install", Consumers.CPackage),
        ("wheel", () => Consumers.Wheel(py)),
        ("nuget", Consumers.NuGet),
        ("pwsh", Consumers.PowerShell),
    ];

    /// <summary>Every suite, or only the named ones (a developer's shortcut: `test wheel nuget`
    /// runs those two against the current build).</summary>
    public static int Run(string[] only)
    {
        Packages.Ensure("test");
        var py = Repo.RequirePython("numpy, torch, pytest", "the Python tests");
        var all = All(py);
        var unknown = only.Where(n => all.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
            throw Fail($"unknown suite(s) {string.Join(", ", unknown)}; suites: {string.Join(' ', all.Select(s => s.Name))}");
        var suites = new Suites();
        foreach (var (name, body) in all)
        {
            if (only.Length > 0 && !only.Contains(name)) continue;
            suites.Run(name, body);
            if (name == "build" && suites.LastFailed)
            {
                Note("build failed: the other suites are not run");
                break;
            }
        }
        return suites.Summary();
    }

    private static void AbiDrift()
    {
        Step("ABI drift check: committed nativegrad.h / _abi.py vs native-api (bindings/gen --check)");
        BuildVerb.Dotnet("run", "-c", Repo.Config, "--project", "bindings/gen", "--", Repo.Root, "--check");
    }

    private static void CTests()
    {
        Step("C tests: tests/c/*.c (warnings are errors)");
        var cc = CCompiler.Find();
        if (cc == null) { Note("no C compiler (gcc or cl) found: C tests SKIPPED on this machine"); return; }
        string outDir = Repo.P("artifacts/tests");
        Directory.CreateDirectory(outDir);
        int passed = 0, failed = 0;
        foreach (var src in Repo.Files("tests/c/*.c"))
        {
            string name = Path.GetFileNameWithoutExtension(src), exe = Path.Combine(outDir, name + Repo.ExeExt);
            try { cc.Compile(src, exe, strict: true, optimize: "-O1"); }
            catch (BuildError) { Console.WriteLine($"    FAIL {name} (does not compile)"); failed++; continue; }
            int rc;
            try { rc = Shell.Run(exe, [], check: false, timeoutSeconds: 600); }
            catch (BuildError e) { Console.WriteLine($"    FAIL {name} ({e.Message})"); failed++; continue; }
            if (rc == 0) { Console.WriteLine($"    ok   {name}"); passed++; }
            else { Console.WriteLine($"    FAIL {name} (exit {rc})"); failed++; }
        }
        Console.WriteLine($"c-tests: {passed} passed, {failed} failed");
        if (failed != 0) throw Fail($"{failed} C test(s) failed");
    }

    /// <summary>pytest over tests/python with the in-tree package (exit 5, nothing collected, is not a failure).</summary>
    public static void PythonTests(string[] py, IReadOnlyDictionary<string, string?>? env = null, string what = "tests/python")
    {
        Step($"Python tests: {string.Join(' ', py)} -m pytest -q {what}");
        int rc = Shell.Run(py[0], [.. py[1..], "-m", "pytest", "-q", what],
                           env: env ?? Repo.InTreePython(), check: false);
        if (rc == 5) { Note("no Python tests collected"); return; }
        if (rc != 0) throw Fail($"pytest exited {rc}");
    }
}
