using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>`pack`: the NuGet package of the engine (with its symbols package) and the Python wheel,
/// in artifacts/pkg.</summary>
public static class Pack
{
    public static void Run()
    {
        Packages.Ensure("pack");
        BuildVerb.Run();
        NuGetPackage();
        Wheel(Repo.TestPython() ?? throw Fail("the wheel needs Python 3 with setuptools, wheel and pip"));
        Step("artifacts/pkg");
        foreach (var f in Directory.GetFiles(Repo.PkgDir).Order(StringComparer.Ordinal))
            Note($"{new FileInfo(f).Length,10}  {Path.GetFileName(f)}");
    }

    /// <summary>dotnet pack of engine/ for every target framework: the .nupkg and the .snupkg.</summary>
    public static string NuGetPackage()
    {
        var v = Repo.ReleaseVersion.Value.ToString(3);
        Step($"dotnet pack engine -> artifacts/pkg/NativeGrad.{v}.nupkg (+ .snupkg)");
        foreach (var old in Directory.Exists(Repo.PkgDir) ? Directory.GetFiles(Repo.PkgDir, "NativeGrad.*nupkg") : [])
            File.Delete(old);
        BuildVerb.Dotnet("pack", "engine/NativeGrad.csproj", "-c", Repo.Config, "-o", Repo.PkgDir);
        string nupkg = Path.Combine(Repo.PkgDir, $"NativeGrad.{v}.nupkg");
        if (!File.Exists(nupkg)) throw Fail($"dotnet pack did not write {nupkg}");
        return nupkg;
    }

    /// <summary>The platform wheel of bindings/python (built offline by pip with Debian's setuptools;
    /// bindings/python/setup.py tags it and bundles the library). Returns its path.</summary>
    public static string Wheel(string[] py)
    {
        Step("Python wheel (pip wheel bindings/python) -> artifacts/pkg");
        if (!File.Exists(Path.Combine(Repo.PyPkg, "lib", Repo.LibName))) throw Fail($"{Repo.PyPkg}/lib/{Repo.LibName} is missing: build first");
        Stubs.Generate(required: true);
        Directory.CreateDirectory(Repo.PkgDir);
        foreach (var old in Directory.GetFiles(Repo.PkgDir, "nativegrad-*.whl")) File.Delete(old);
        // setuptools builds in place: a stale build/ would carry files deleted from the sources.
        foreach (var d in new[] { "bindings/python/build", "bindings/python/nativegrad.egg-info" })
            if (Directory.Exists(Repo.P(d))) Directory.Delete(Repo.P(d), true);
        Shell.Run(py[0], [.. py[1..], "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                          "--disable-pip-version-check", "-w", Repo.PkgDir, Repo.P("bindings/python")]);
        var wheels = Directory.GetFiles(Repo.PkgDir, "nativegrad-*.whl");
        if (wheels.Length != 1) throw Fail($"expected one nativegrad wheel in {Repo.PkgDir}, found {wheels.Length}");
        return wheels[0];
    }
}
