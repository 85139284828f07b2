using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>`build`: the solution, the generated bindings, the NativeAOT library, the Python
/// package's copies (library, LICENSE, type stubs) and the C examples.</summary>
public static class BuildVerb
{
    public static void Run()
    {
        Packages.Ensure("build");
        var cc = OnWindows ? CCompiler.Find() : CCompiler.Require();

        // The generator first: the engine and native-api compile the op code and shims it writes.
        Step("generate the op code, export shims, nativegrad.h, _abi.py, _ops_gen.py, test_faults.c (bindings/gen)");
        Dotnet("run", "-c", Repo.Config, "--project", "bindings/gen", "--", Repo.Root);

        Step($"dotnet build NativeGrad.sln -c {Repo.Config}");
        Dotnet("build", "NativeGrad.sln", "-c", Repo.Config);

        PublishLibrary();
        PythonPackageFiles();

        Step("compile C examples (bindings/c/examples) -> artifacts/bin");
        var examples = Repo.Files("bindings/c/examples/*.c");
        if (cc == null) { Note("no C compiler (gcc or cl) found: C examples skipped"); return; }
        string bin = Repo.P("artifacts/bin");
        Directory.CreateDirectory(bin);
        foreach (var src in examples)
        {
            string name = Path.GetFileNameWithoutExtension(src);
            Note($"bindings/c/examples/{name}.c -> artifacts/bin/{name}{Repo.ExeExt}");
            cc.Compile(src, Path.Combine(bin, name + Repo.ExeExt), strict: false);
        }
    }

    public static void Dotnet(params string[] args) => Shell.Run("dotnet", args);

    /// <summary>Publishes native-api with NativeAOT and puts the library in artifacts/lib under its
    /// platform name; on Linux also the SONAME link libnativegrad.so.MAJOR that programs linked with
    /// -lnativegrad load (the SONAME is set by native-api's project).</summary>
    private static void PublishLibrary()
    {
        Step($"publish native-api with NativeAOT ({Repo.Rid}) -> artifacts/lib/{Repo.LibName}");
        string pub = Repo.P("artifacts/publish");
        if (Directory.Exists(pub)) Directory.Delete(pub, true);
        Dotnet("publish", "native-api/NativeGrad.Native.csproj", "-c", Repo.Config, "-r", Repo.Rid, "-o", pub);
        // Named after native-api's AssemblyName (NativeGrad.Native.so / .dll): the one library there.
        string ext = OnWindows ? ".dll" : ".so";
        var built = Directory.GetFiles(pub, "*" + ext);
        if (built.Length != 1) throw Fail($"publish did not produce exactly one {ext} in {pub}");
        Directory.CreateDirectory(Repo.LibDir);
        File.Copy(built[0], Repo.Lib, true);
        if (OnWindows)
        {
            // Executables import the DLL under its own (export table) name, and MSVC links with its
            // import library: keep both next to nativegrad.dll.
            if (Path.GetFileName(built[0]) != Repo.LibName)
                File.Copy(built[0], Path.Combine(Repo.LibDir, Path.GetFileName(built[0])), true);
            foreach (var lib in Directory.GetFiles(pub, "*.lib"))
                File.Copy(lib, Path.Combine(Repo.LibDir, Path.GetFileName(lib)), true);
        }
        else
        {
            Symlink(Path.Combine(Repo.LibDir, Install.SoName), Repo.LibName);
        }
    }

    /// <summary>What the Python package carries besides its sources (all ignored by git): the
    /// library, the LICENSE and the generated type stubs.</summary>
    private static void PythonPackageFiles()
    {
        Directory.CreateDirectory(Path.Combine(Repo.PyPkg, "lib"));
        File.Copy(Repo.Lib, Path.Combine(Repo.PyPkg, "lib", Repo.LibName), true);
        File.Copy(Repo.P("LICENSE"), Repo.P("bindings/python/LICENSE"), true);
        Stubs.Generate(required: false);
    }

    /// <summary>Creates (or replaces) a relative symbolic link.</summary>
    public static void Symlink(string link, string target)
    {
        if (File.Exists(link) || Directory.Exists(link) || new FileInfo(link).LinkTarget != null) File.Delete(link);
        File.CreateSymbolicLink(link, target);
    }
}
