using System.IO.Compression;
using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>The wheel in a venv, and pip install from source.</summary>
public static partial class Consumers
{

    /// <summary>Builds the wheel and checks its tag and contents; installs it into a fresh venv and
    /// runs the whole Python suite against the installed package; uninstalls it. Then installs
    /// bindings/python from source (pip install, offline) into another venv and uses it.</summary>
    public static void Wheel(string[] py)
    {
        if (OnWindows) { Note("the wheel suite runs on Linux: skipped"); return; }
        string wheel = Pack.Wheel(py);
        string v = Repo.ReleaseVersion.Value.ToString(3);
        CheckWheel(wheel, v);

        string venv = Venv(py, "wheel-venv");
        string vpy = Path.Combine(venv, "bin", "python");
        Pip(vpy, "install", "--no-index", "--no-deps", wheel);
        var (_, where) = Capture(vpy, ["-c", "import nativegrad, nativegrad._native as n; print(nativegrad.__file__); print(n.lib_path)"],
                                 cwd: venv, env: Clean());
        Note("installed: " + where.Trim().Replace("\n", "; "));
        Expect(where.Contains(Path.Combine(venv, "lib")), "the venv's python did not import the installed package");
        TestVerb.PythonTests([vpy], Clean(new() { ["NATIVEGRAD_TEST_INSTALLED"] = "1" }), Repo.P("tests/python"));

        Step("pip uninstall nativegrad");
        Pip(vpy, "uninstall", "-y", "nativegrad");
        var (code, _) = Capture(vpy, ["-c", "import nativegrad"], cwd: venv, env: Clean(), quiet: true);
        Expect(code != 0, "nativegrad is still importable after pip uninstall");
        var left = Directory.GetDirectories(Path.Combine(venv, "lib"), "nativegrad*", SearchOption.AllDirectories);
        Expect(left.Length == 0, "pip uninstall left " + string.Join(", ", left));

        Step("pip install bindings/python (from source, offline) into a fresh venv");
        string venv2 = Venv(py, "source-venv");
        string vpy2 = Path.Combine(venv2, "bin", "python");
        foreach (var d in new[] { "bindings/python/build", "bindings/python/nativegrad.egg-info" })
            if (Directory.Exists(Repo.P(d))) Directory.Delete(Repo.P(d), true);
        Pip(vpy2, "install", "--no-index", "--no-deps", "--no-build-isolation", Repo.P("bindings/python"));
        var (rc, text) = Capture(vpy2, ["-c",
            "import nativegrad as torch\n" +
            "x = torch.tensor(5.0, requires_grad=True); torch.log(x ** 3).backward()\n" +
            "assert abs(x.grad.item() - 0.6) < 1e-6, x.grad\n" +
            "print(torch.__version__, torch.__file__)"], cwd: venv2, env: Clean(), quiet: true);
        Expect(rc == 0 && text.StartsWith(v + " " + venv2, StringComparison.Ordinal), "the source install does not work:\n" + text);
        Note("ok  " + text.Trim());
        Pip(vpy2, "uninstall", "-y", "nativegrad");
    }

    private static void CheckWheel(string wheel, string v)
    {
        string name = Path.GetFileName(wheel);
        Expect(Regex.IsMatch(name, $@"^nativegrad-{Regex.Escape(v)}-py3-none-manylinux_2_\d+_x86_64\.whl$"),
               $"unexpected wheel name {name} (want nativegrad-{v}-py3-none-manylinux_2_N_x86_64.whl)");
        using var zip = ZipFile.OpenRead(wheel);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        string info = $"nativegrad-{v}.dist-info/";
        foreach (var must in new[] { "nativegrad/lib/libnativegrad.so", "nativegrad/py.typed", "nativegrad/__init__.pyi",
                                     "nativegrad/_tensor.pyi", "nativegrad/_abi.py", info + "METADATA", info + "WHEEL", info + "RECORD" })
            Expect(names.Contains(must), $"{name} lacks {must}");
        Expect(names.Any(n => n.StartsWith(info, StringComparison.Ordinal) && n.EndsWith("LICENSE", StringComparison.Ordinal)),
               $"{name} carries no LICENSE in {info}");
        Expect(!names.Any(n => n.Contains("__pycache__") || n.EndsWith(".pyc", StringComparison.Ordinal)), $"{name} carries bytecode");
        string meta = Read(zip, info + "METADATA"), tags = Read(zip, info + "WHEEL");
        Expect(meta.Contains($"\nVersion: {v}\n") && meta.Contains("\nLicense: MIT"), $"METADATA lacks version {v} or License: MIT");
        Expect(tags.Contains("Root-Is-Purelib: false"), "the wheel is marked pure (it bundles a native library)");
        Note($"{name}: {names.Count} files, license and type stubs included");
    }

    /// <summary>A fresh venv that sees the system's site-packages (Debian's numpy, torch, pytest).</summary>
    private static string Venv(string[] py, string name)
    {
        string d = Fresh(name);
        Step($"{string.Join(' ', py)} -m venv --system-site-packages {Path.GetRelativePath(Repo.Root, d)}");
        Shell.Run(py[0], [.. py[1..], "-m", "venv", "--system-site-packages", d]);
        return d;
    }

    private static void Pip(string python, params string[] args) =>
        Shell.Run(python, ["-m", "pip", .. args, "--disable-pip-version-check"], cwd: Repo.P("artifacts/consumers"), env: Clean());
}
