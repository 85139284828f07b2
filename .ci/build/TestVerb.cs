using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>`test`: every suite, each run to its end; one line per suite; exit 1 if any failed.</summary>
public static class TestVerb
{
    public static int Run()
    {
        Packages.Ensure("test");
        var py = Repo.RequirePython("numpy, torch, pytest", "the Python tests");
        var suites = new Suites();
        // Before the build, which regenerates the files: a check afterwards could never fail.
        suites.Run("abi-drift", AbiDrift);
        suites.Run("build", BuildVerb.Run);
        if (suites.LastFailed)
        {
            Note("build failed: the other suites are not run");
            return suites.Summary();
        }
        suites.Run("lines", () => Lines.Check());
        suites.Run("abi-selftest", () =>
        {
            Step("generator self-test (bindings/gen --self-test)");
            BuildVerb.Dotnet("run", "--no-build", "-c", Repo.Config, "--project", "bindings/gen", "--", Repo.Root, "--self-test");
        });
        suites.Run("xunit", () =>
        {
            Step($"xunit: dotnet test tests/NativeGrad.Tests -c {Repo.Config}");
            Shell.Run("dotnet", ["test", "tests/NativeGrad.Tests", "-c", Repo.Config],
                      env: new Dictionary<string, string?> { ["NATIVEGRAD_LIB"] = Repo.Lib });
        });
        suites.Run("c-tests", CTests);
        suites.Run("python", () => PythonTests(py));
        suites.Run("install", Consumers.CPackage);
        suites.Run("wheel", () => Consumers.Wheel(py));
        suites.Run("nuget", Consumers.NuGet);
        suites.Run("pwsh", Consumers.PowerShell);
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
