using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>The C package: installed in a temporary prefix, used with pkg-config and CMake.</summary>
public static partial class Consumers
{

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
}
