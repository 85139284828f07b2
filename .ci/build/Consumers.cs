using System.IO.Compression;
using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>
/// The packaging suites of `test`: each ecosystem's package is installed the way a user would,
/// outside the repository (under artifacts/consumers), and used from there.
/// </summary>
public static class Consumers
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

    // ------------------------------------------------------------------ C / C++

    /// <summary>Installs into a temporary prefix, checks the SONAME, then builds the C examples
    /// (copied out of the repository) with pkg-config and with a minimal CMake project, and runs them.</summary>
    public static void CPackage()
    {
        if (OnWindows) { Note("the C package (install) is laid out for Unix prefixes: skipped on Windows"); return; }
        string root = Fresh("c"), prefix = Path.Combine(root, "prefix"), src = Path.Combine(root, "src");
        Install.To(prefix);

        var (_, dyn) = Capture("readelf", ["-d", Path.Combine(prefix, "lib", Install.RealName)]);
        Expect(dyn.Contains($"Library soname: [{Install.SoName}]"), $"{Install.RealName} has no SONAME {Install.SoName}:\n{dyn}");
        Note($"SONAME {Install.SoName}");

        Directory.CreateDirectory(src);
        var examples = Repo.Files("bindings/c/examples/*.c").Select(f =>
        {
            File.Copy(f, Path.Combine(src, Path.GetFileName(f)));
            return Path.GetFileNameWithoutExtension(f);
        }).ToList();
        Expect(examples.Count > 0, "no C examples to build");

        Step("C consumers with pkg-config (PKG_CONFIG_PATH=<prefix>/lib/pkgconfig)");
        var pcEnv = Clean(new() { ["PKG_CONFIG_PATH"] = Path.Combine(prefix, "lib", "pkgconfig") });
        var (pcCode, flags) = Capture("pkg-config", ["--cflags", "--libs", "nativegrad"], env: pcEnv);
        Expect(pcCode == 0, "pkg-config --cflags --libs nativegrad failed");
        var (_, modVersion) = Capture("pkg-config", ["--modversion", "nativegrad"], env: pcEnv);
        Expect(modVersion.Trim() == Repo.ReleaseVersion.Value.ToString(3), $"pkg-config --modversion gave '{modVersion.Trim()}'");
        Note("pkg-config --cflags --libs nativegrad: " + flags.Trim());
        string pcBin = Path.Combine(root, "pkgconfig-bin");
        Directory.CreateDirectory(pcBin);
        foreach (var name in examples)
        {
            string exe = Path.Combine(pcBin, name);
            Shell.Run("gcc", ["-std=c11", "-O2", "-Wall", "-Wextra", "-o", exe, Path.Combine(src, name + ".c"),
                              .. flags.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), "-lm"], cwd: root, env: pcEnv);
            RunExample(exe, root);
        }

        Step("C consumers with CMake (find_package(NativeGrad) -> NativeGrad::nativegrad)");
        var v = Repo.ReleaseVersion.Value;
        File.WriteAllText(Path.Combine(src, "CMakeLists.txt"), $$"""
            cmake_minimum_required(VERSION 3.16)
            project(nativegrad_consumer C)
            find_package(NativeGrad REQUIRED)
            find_package(NativeGrad {{v.Major + 1}}.0 QUIET)
            if(NativeGrad_FOUND)
              message(FATAL_ERROR "NativeGrad {{v.ToString(3)}} must not satisfy a request for {{v.Major + 1}}.0")
            endif()
            find_package(NativeGrad {{v.Major}}.{{v.Minor}} REQUIRED)
            if(NOT NativeGrad_VERSION STREQUAL "{{v.ToString(3)}}")
              message(FATAL_ERROR "NativeGrad_VERSION is '${NativeGrad_VERSION}'")
            endif()
            foreach(example {{string.Join(' ', examples)}})
              add_executable(${example} ${example}.c)
              target_link_libraries(${example} PRIVATE NativeGrad::nativegrad m)
            endforeach()

            """);
        string build = Path.Combine(root, "cmake-build");
        var cmEnv = Clean();
        Shell.Run("cmake", ["-S", src, "-B", build, "-DCMAKE_PREFIX_PATH=" + prefix, "-DCMAKE_BUILD_TYPE=Release"], cwd: root, env: cmEnv);
        Shell.Run("cmake", ["--build", build], cwd: root, env: cmEnv);
        foreach (var name in examples) RunExample(Path.Combine(build, name), root);
    }

    private static void RunExample(string exe, string cwd)
    {
        var (code, output) = Capture(exe, [], cwd: cwd, env: Clean(), quiet: true);
        var last = output.TrimEnd().Split('\n').LastOrDefault() ?? "";
        if (code != 0) throw Fail($"{exe} exited {code}:\n{output}");
        Note($"ok  {Path.GetRelativePath(Repo.Root, exe)}: {last}");
    }

    // ------------------------------------------------------------------ Python

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

    private static string Read(ZipArchive zip, string entry)
    {
        using var r = new StreamReader(zip.GetEntry(entry)!.Open());
        return r.ReadToEnd().Replace("\r\n", "\n");
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

    // ------------------------------------------------------------------ C#

    /// <summary>Packs the engine, checks the package's metadata and files, then restores it in a fresh
    /// console project from a local folder feed (plus the configured sources) and runs it.</summary>
    public static void NuGet()
    {
        string nupkg = Pack.NuGetPackage();
        string v = Repo.ReleaseVersion.Value.ToString(3);
        string snupkg = Path.ChangeExtension(nupkg, ".snupkg");
        Expect(File.Exists(snupkg), $"no symbols package {snupkg}");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            string spec = Read(zip, "NativeGrad.nuspec");
            foreach (var must in new[] { "<license type=\"expression\">MIT</license>", "<readme>README.md</readme>", "<repository ",
                                         "<tags>", "<projectUrl>", $"<version>{v}</version>" })
                Expect(spec.Contains(must), $"NativeGrad.nuspec lacks {must}");
            foreach (var must in new[] { "README.md", "LICENSE" }) Expect(names.Contains(must), $"the package lacks {must}");
            var tfms = names.Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith("/NativeGrad.dll", StringComparison.Ordinal))
                            .Select(n => n.Split('/')[1]).Order().ToList();
            Expect(tfms.Contains("net9.0"), "the package has no lib/net9.0/NativeGrad.dll");
            Expect(tfms.All(t => names.Contains($"lib/{t}/NativeGrad.xml")), "a target lacks its XML documentation");
            Note($"{Path.GetFileName(nupkg)}: targets {string.Join(", ", tfms)}; {Path.GetFileName(snupkg)}");
        }
        using (var zip = ZipFile.OpenRead(snupkg))
            Expect(zip.Entries.Any(e => e.FullName.EndsWith("NativeGrad.pdb", StringComparison.Ordinal)), "the symbols package has no NativeGrad.pdb");

        string dir = Fresh("nuget");
        Step($"a fresh console project restoring NativeGrad {v} from the local feed artifacts/pkg");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="nativegrad-local" value="{Repo.PkgDir}" />
              </packageSources>
            </configuration>

            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <!-- A private package folder: the machine's cache may hold an older build of the same version. -->
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NativeGrad" Version="{v}" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using NativeGrad;
            using NativeGrad.NN;
            using NativeGrad.Optim;

            var x = Tensor.Scalar(5).RequiresGrad_();
            x.Pow(3).Log().Backward();                      // d/dx log(x^3) = 3/x
            Console.WriteLine($"grad {x.Grad}");
            Readme.Run();                                   // the package readme's example compiles and runs
            if (Math.Abs(x.Grad!.Item() - 0.6) > 1e-6) return 1;
            Tensor.ManualSeed(0);
            var model = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 1));
            var opt = new SGD(model.Parameters(), lr: 0.1);
            var input = Tensor.Ones([8, 3]);
            var target = Tensor.Full([8, 1], 2.0);
            double first = 0, last = 0;
            for (int step = 0; step < 20; step++)
            {
                using var scope = new TensorScope();
                opt.ZeroGrad();
                var loss = F.MseLoss(model.Call(input), target);
                loss.Backward();
                opt.Step();
                if (step == 0) first = loss.Item();
                last = loss.Item();
            }
            Console.WriteLine($"loss {first:F4} -> {last:F4}");
            Console.WriteLine($"avx2 {System.Runtime.Intrinsics.X86.Avx2.IsSupported}, fma {System.Runtime.Intrinsics.X86.Fma.IsSupported}");
            return last < first ? 0 : 2;

            """);
        File.WriteAllText(Path.Combine(dir, "Readme.cs"), ReadmeSnippet());
        var (code, output) = Capture("dotnet", ["run", "-c", Repo.Config], cwd: dir, quiet: true);
        if (code != 0) throw Fail($"the NuGet consumer failed (exit {code}):\n{output}");
        foreach (var line in output.TrimEnd().Split('\n').TakeLast(3)) Note("ok  " + line.Trim());
        Expect(Directory.Exists(Path.Combine(dir, "packages", "nativegrad", v)), "NativeGrad was not restored from the local feed");

        // The managed package has no CPU requirement: with the JIT's AVX (hence AVX2 and FMA) turned
        // off, the same program computes the same values on the scalar and 128-bit paths.
        Step("the same consumer with the JIT's AVX turned off (DOTNET_EnableAVX=0)");
        var dll = Path.Combine(dir, "bin", Repo.Config, "net10.0", "Consumer.dll");
        var (code2, output2) = Capture("dotnet", [dll], cwd: dir, env: new Dictionary<string, string?> { ["DOTNET_EnableAVX"] = "0" }, quiet: true);
        if (code2 != 0) throw Fail($"the NuGet consumer failed without AVX (exit {code2}):\n{output2}");
        Expect(output2.Contains("avx2 False, fma False"), "DOTNET_EnableAVX=0 did not turn AVX2/FMA off:\n" + output2);
        Expect(output2.Contains("grad tensor(0.6000)"), "wrong gradient without AVX:\n" + output2);
        foreach (var line in output2.TrimEnd().Split('\n').TakeLast(2)) Note("ok  " + line.Trim());
    }

    /// <summary>The first C# block of engine/README.md (the package's readme) as a method: the
    /// consumer compiles and runs it, so the readme cannot show code that does not work.</summary>
    private static string ReadmeSnippet()
    {
        string md = File.ReadAllText(Repo.P("engine/README.md")).Replace("\r\n", "\n");
        var m = Regex.Match(md, "```csharp\n(.*?)```", RegexOptions.Singleline);
        Expect(m.Success, "engine/README.md has no ```csharp block");
        var lines = m.Groups[1].Value.Split('\n');
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal));
        var body = lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).Select(l => "        " + l);
        return string.Join('\n', usings) + "\n\nstatic class Readme\n{\n    public static void Run()\n    {\n" +
               string.Join('\n', body) + "\n    }\n}\n";
    }

    // ------------------------------------------------------------------ PowerShell

    public const string PowerShellVersion = "7.6.10";

    /// <summary>build.ps1 for real: pwsh (the PowerShell .NET global tool, installed at the pinned
    /// version when missing) runs a verb of the shared tool through the PowerShell front end.</summary>
    public static void PowerShell()
    {
        string tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        string? pwsh = Which("pwsh") ?? (File.Exists(Path.Combine(tools, "pwsh" + Repo.ExeExt)) ? Path.Combine(tools, "pwsh" + Repo.ExeExt) : null);
        if (pwsh == null)
        {
            Step($"dotnet tool install --global PowerShell --version {PowerShellVersion}");
            Shell.Run("dotnet", ["tool", "install", "--global", "PowerShell", "--version", PowerShellVersion]);
            pwsh = Path.Combine(tools, "pwsh" + Repo.ExeExt);
        }
        var (_, ver) = Capture(pwsh, ["-NoProfile", "-NonInteractive", "-Command", "$PSVersionTable.PSVersion.ToString()"]);
        Step($"pwsh {ver.Trim()}: build.ps1 lines");
        Shell.Run(pwsh, ["-NoProfile", "-NonInteractive", "-File", Repo.P("build.ps1"), "lines"]);
    }
}
