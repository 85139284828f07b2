using System.IO.Compression;
using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>The NuGet package from a local feed in a fresh console project.</summary>
public static partial class Consumers
{

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
}
