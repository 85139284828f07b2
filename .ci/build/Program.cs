using NativeGrad.Build;

// The build tool behind ./build.sh and build.ps1 (thin front ends that compile this project when its
// sources change and run it with their arguments). One implementation, so the verbs cannot drift.
const string Usage = """
    usage: ./build.sh [verb] [arguments]        (Windows: .\build.ps1, the same verbs)

      build            dotnet build NativeGrad.sln (Release); regenerate bindings/c/include/nativegrad.h and
                       bindings/python/nativegrad/_abi.py (bindings/gen); publish native-api with NativeAOT to
                       artifacts/lib/libnativegrad.so (+ the SONAME link libnativegrad.so.MAJOR; nativegrad.dll on
                       Windows), copied with LICENSE and generated type stubs into bindings/python; compile
                       bindings/c/examples/*.c into artifacts/bin/
      test [SUITE...]  ABI drift check, build, engine line budget, generator self-test, xunit, C tests, Python
                       tests, then each package used as a user would: the C package installed in a temporary
                       prefix (pkg-config and CMake consumers), the wheel in a venv (the Python suite against it,
                       uninstall, pip install from source), the NuGet package from a local feed, and build.ps1
                       under pwsh; one line per suite, fails if any failed. Naming suites runs only those
                       (abi-drift build lines abi-selftest xunit c-tests python install wheel nuget pwsh)
      demo             build, then run the C examples, the Python demo and the C# demo  (default verb)
      bench [--quick] [--dotnet] [--python PATH]
                       build, then bench/run.sh (results in artifacts/bench; --python: compare against the
                       PyTorch of another Python)
      pack             build, then artifacts/pkg: NuGet package and symbols package of engine/, Python wheel
      install [PREFIX] build, then install the C package under PREFIX (default /usr/local): header, library with
                       SONAME, pkg-config file, CMake package, LICENSE
      lines [--all]    the engine's line budget (docs/ARCHITECTURE.md); --all lists every file
      clean            remove artifacts/, bin/ and obj/ directories and the files the build copies or generates
      help             this text
    """;

string verb = args.Length > 0 ? args[0] : "demo";
string[] rest = args.Length > 0 ? args[1..] : [];
Repo.UserDirectory = Environment.CurrentDirectory;
Environment.CurrentDirectory = Repo.Root;
try
{
    switch (verb)
    {
        case "build": NoArgs(); BuildVerb.Run(); return 0;
        case "test": return TestVerb.Run(rest);
        case "demo": NoArgs(); return OtherVerbs.Demo();
        case "bench": OtherVerbs.Bench(rest); return 0;
        case "pack": NoArgs(); Pack.Run(); return 0;
        case "install": Install.Run(rest); return 0;
        case "lines": Lines.Check(all: rest.Contains("--all")); return 0;
        case "clean": NoArgs(); OtherVerbs.Clean(); return 0;
        case "help" or "-h" or "--help": Console.WriteLine(Usage); return 0;
        default:
            Console.Error.WriteLine($"build: unknown verb '{verb}'");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (BuildError e)
{
    Console.Error.WriteLine($"build: error: {e.Message}");
    return 1;
}

void NoArgs()
{
    if (rest.Length > 0) throw new BuildError($"'{verb}' takes no arguments (got: {string.Join(' ', rest)})");
}
