using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>
/// `install [PREFIX]` (default /usr/local): the C/C++ package.
///   include/nativegrad.h
///   lib/libnativegrad.so.X.Y.Z, lib/libnativegrad.so.X (the SONAME) and lib/libnativegrad.so links
///   lib/pkgconfig/nativegrad.pc                        (pkg-config --cflags --libs nativegrad)
///   lib/cmake/NativeGrad/NativeGradConfig[Version].cmake  (find_package(NativeGrad) -> NativeGrad::nativegrad)
///   share/licenses/nativegrad/LICENSE
/// pkg-config's flags carry an RPATH to PREFIX/lib, and CMake puts the imported library's directory
/// into the RPATH of what it builds, so programs run without LD_LIBRARY_PATH.
/// </summary>
public static class Install
{
    public static string SoName => $"libnativegrad.so.{Repo.ReleaseVersion.Value.Major}";
    public static string RealName => $"libnativegrad.so.{Repo.ReleaseVersion.Value.ToString(3)}";

    public static void Run(string[] args)
    {
        if (args.Length > 1) throw Fail("usage: install [PREFIX]");
        string prefix = Repo.UserPath(args.Length == 1 ? args[0] : "/usr/local");
        BuildVerb.Run();
        To(prefix);
        if (IsRoot && (prefix == "/usr" || prefix == "/usr/local") && Which("ldconfig") != null)
            Shell.Run("ldconfig", []); // programs linked without the RPATH find it through the cache too
    }

    /// <summary>Copies the built library, header and package files under <paramref name="prefix"/>.</summary>
    public static void To(string prefix)
    {
        if (OnWindows) throw Fail("install lays out a Unix prefix; on Windows use artifacts\\lib\\nativegrad.dll and the header");
        if (!File.Exists(Repo.Lib)) throw Fail($"{Repo.Lib} is missing: run the build first");
        Step($"install the C package under {prefix}");
        var v = Repo.ReleaseVersion.Value.ToString(3);
        string inc = Dir(prefix, "include"), lib = Dir(prefix, "lib"), pc = Dir(prefix, "lib/pkgconfig"),
               cmake = Dir(prefix, "lib/cmake/NativeGrad"), lic = Dir(prefix, "share/licenses/nativegrad");

        Copy(Repo.P("bindings/c/include/nativegrad.h"), Path.Combine(inc, "nativegrad.h"));
        Copy(Repo.Lib, Path.Combine(lib, RealName));
        BuildVerb.Symlink(Path.Combine(lib, SoName), RealName);
        BuildVerb.Symlink(Path.Combine(lib, "libnativegrad.so"), SoName);
        Copy(Repo.P("LICENSE"), Path.Combine(lic, "LICENSE"));

        // An RPATH to a system directory would only shadow the loader's own search order.
        string rpath = prefix == "/usr" ? "" : " -Wl,-rpath,${libdir}";
        Write(Path.Combine(pc, "nativegrad.pc"), $$"""
            prefix={{prefix}}
            includedir=${prefix}/include
            libdir=${prefix}/lib

            Name: nativegrad
            Description: Reverse-mode automatic differentiation with PyTorch's autograd semantics (C ABI)
            Version: {{v}}
            Cflags: -I${includedir}
            Libs: -L${libdir}{{rpath}} -lnativegrad

            """);
        Write(Path.Combine(cmake, "NativeGradConfig.cmake"), $$"""
            # NativeGrad {{v}} - written by `./build.sh install`. find_package(NativeGrad) defines the imported
            # target NativeGrad::nativegrad (header directory and shared library). The prefix is found from this
            # file's location, so the installed tree may be moved.
            get_filename_component(_nativegrad_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
            if(NOT TARGET NativeGrad::nativegrad)
              add_library(NativeGrad::nativegrad SHARED IMPORTED)
              set_target_properties(NativeGrad::nativegrad PROPERTIES
                IMPORTED_LOCATION "${_nativegrad_prefix}/lib/{{RealName}}"
                IMPORTED_SONAME "{{SoName}}"
                INTERFACE_INCLUDE_DIRECTORIES "${_nativegrad_prefix}/include")
            endif()
            set(NativeGrad_LIBRARIES NativeGrad::nativegrad)
            set(NativeGrad_INCLUDE_DIRS "${_nativegrad_prefix}/include")
            unset(_nativegrad_prefix)

            """);
        var ver = Repo.ReleaseVersion.Value;
        Write(Path.Combine(cmake, "NativeGradConfigVersion.cmake"), $$"""
            # NativeGrad {{v}}: compatible with requests of the same major version (the SONAME's) and an
            # equal or lower minor.patch; 64-bit only.
            set(PACKAGE_VERSION "{{v}}")
            if(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION OR NOT PACKAGE_FIND_VERSION_MAJOR STREQUAL "{{ver.Major}}")
              set(PACKAGE_VERSION_COMPATIBLE FALSE)
            else()
              set(PACKAGE_VERSION_COMPATIBLE TRUE)
              if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)
                set(PACKAGE_VERSION_EXACT TRUE)
              endif()
            endif()
            if(NOT CMAKE_SIZEOF_VOID_P STREQUAL "8")
              set(PACKAGE_VERSION "${PACKAGE_VERSION} (64-bit)")
              set(PACKAGE_VERSION_UNSUITABLE TRUE)
            endif()

            """);
        foreach (var f in new[] { $"include/nativegrad.h", $"lib/{RealName}", $"lib/{SoName} -> {RealName}",
                                   "lib/libnativegrad.so -> " + SoName, "lib/pkgconfig/nativegrad.pc",
                                   "lib/cmake/NativeGrad/NativeGradConfig.cmake", "lib/cmake/NativeGrad/NativeGradConfigVersion.cmake",
                                   "share/licenses/nativegrad/LICENSE" })
            Note(Path.Combine(prefix, f));
    }

    private static string Dir(string prefix, string rel)
    {
        string d = Path.Combine(prefix, rel);
        Directory.CreateDirectory(d);
        return d;
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(to) || new FileInfo(to).LinkTarget != null) File.Delete(to); // never write through an old link
        File.Copy(from, to);
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text.Replace("\r\n", "\n"));
}
