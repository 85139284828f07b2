using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>The C compiler of the examples and C tests: gcc (Linux, MinGW) or cl (an MSVC prompt).</summary>
public sealed record CCompiler(string Kind, string Path)
{
    /// <summary>gcc, or cl on Windows; null when none is found.</summary>
    public static CCompiler? Find()
    {
        if (Which("gcc") is { } gcc) return new("gcc", gcc);
        if (OnWindows && Which("cl") is { } cl) return new("cl", cl);
        return null;
    }

    /// <summary>gcc or cl, or a clear error (on Linux the build needs it).</summary>
    public static CCompiler Require() =>
        Find() ?? throw Fail("gcc is required to compile the C examples and tests: apt-get install gcc");

    /// <summary>Compiles one C file against the header and artifacts/lib; <paramref name="strict"/> adds
    /// -Werror (/WX). Linux executables find the library through RPATH $ORIGIN/../lib.</summary>
    public void Compile(string src, string exe, bool strict, string optimize = "-O2")
    {
        string inc = Repo.P("bindings/c/include");
        if (Kind == "gcc")
        {
            var a = new List<string> { "-std=c11", optimize, "-Wall", "-Wextra" };
            if (strict) a.Add("-Werror");
            if (optimize == "-O1") a.Add("-g");
            a.AddRange(["-I" + inc, "-o", exe, src, "-L" + Repo.LibDir, "-lnativegrad"]);
            if (!OnWindows) a.AddRange(["-Wl,-rpath,$ORIGIN/../lib", "-lm"]);
            Run(Path, a);
        }
        else
        {
            var implib = Directory.GetFiles(Repo.LibDir, "*.lib");
            if (implib.Length != 1) throw Fail($"cl needs the import library of the DLL in {Repo.LibDir} (the publish wrote none)");
            var a = new List<string> { "/nologo", "/W4", "/I" + inc, src, "/Fe:" + exe, "/Fo:" + System.IO.Path.ChangeExtension(exe, ".obj") };
            if (strict) a.Add("/WX");
            a.AddRange(["/link", "/LIBPATH:" + Repo.LibDir, System.IO.Path.GetFileName(implib[0])]);
            Run(Path, a);
        }
        // No RPATH on Windows: the DLL (under both names) sits next to the executables.
        if (OnWindows)
            foreach (var dll in Directory.GetFiles(Repo.LibDir, "*.dll"))
                File.Copy(dll, System.IO.Path.Combine(System.IO.Path.GetDirectoryName(exe)!, System.IO.Path.GetFileName(dll)), true);
    }
}
