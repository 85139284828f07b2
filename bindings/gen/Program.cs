using NativeGrad.AbiGen;

// NativeGrad ABI generator.
//   dotnet run --project bindings/gen -- <repo-root>              write nativegrad.h, _abi.py and tests/c/test_faults.c
//   dotnet run --project bindings/gen -- <repo-root> --check      write nothing; exit 1 if any of them is stale
//   dotnet run --project bindings/gen -- <repo-root> --self-test  parser fixtures + compile the output (gcc, g++, python3)
string? root = null;
string mode = "write";
foreach (var a in args)
{
    switch (a)
    {
        case "--check": mode = "check"; break;
        case "--self-test": mode = "self-test"; break;
        case "-h" or "--help":
            Console.WriteLine("usage: NativeGrad.AbiGen [<repo-root>] [--check | --self-test]");
            return 0;
        default:
            if (a.StartsWith('-')) { Console.Error.WriteLine($"abigen: unknown option {a}"); return 2; }
            if (root != null) { Console.Error.WriteLine("abigen: only one repository root may be given"); return 2; }
            root = a;
            break;
    }
}
root = Path.GetFullPath(root ?? ".");

try
{
    if (mode == "self-test") return SelfTest.Run(root);

    var ops = NativeGrad.AbiGen.Ops.OpReader.ReadRepo(root);
    var release = ReleaseVersion.Read(root);
    var api = NativeGrad.AbiGen.Ops.OpExports.Merge(Parser.ParseRepo(root), NativeGrad.AbiGen.Ops.OpExports.Build(ops));
    var outputs = new (string Rel, string Text)[]
    {
        (NativeGrad.AbiGen.Ops.EngineEmitter.NodesPath, NativeGrad.AbiGen.Ops.EngineEmitter.Nodes(ops)),
        (NativeGrad.AbiGen.Ops.EngineEmitter.FunctionsPath, NativeGrad.AbiGen.Ops.EngineEmitter.Functions(ops)),
        (NativeGrad.AbiGen.Ops.EngineEmitter.TensorPath, NativeGrad.AbiGen.Ops.EngineEmitter.Tensor(ops)),
        (ShimEmitter.Path, ShimEmitter.Shims(api)),
        (EnumEmitter.Path, EnumEmitter.Enums(api)),
        (NativeGrad.AbiGen.Ops.PythonEmitter.Path, NativeGrad.AbiGen.Ops.PythonEmitter.Module(ops)),
        (Emit.HeaderPath, Emit.Header(api, release)),
        (Emit.PythonPath, Emit.Python(api, release)),
        (Faults.SuitePath, Faults.Suite(api)),
        (Reference.Path, Reference.Markdown(api, release)),
    };
    int nExports = api.Files.Sum(f => f.Exports.Count);

    if (mode == "check")
    {
        int stale = 0;
        foreach (var (rel, text) in outputs)
        {
            string path = Path.Combine(root, rel);
            string? diff = File.Exists(path) ? Diff.Summary(File.ReadAllText(path).Replace("\r\n", "\n"), text) : "missing";
            if (diff == null) Console.WriteLine($"abigen: {rel}: up to date");
            else { stale++; Console.WriteLine($"abigen: {rel}: STALE ({diff})"); }
        }
        if (stale == 0) return 0;
        Console.WriteLine("abigen: the generated ABI files differ from native-api; run " +
                          "`dotnet run --project bindings/gen -- .` (or ./build.sh build) and commit them");
        return 1;
    }

    foreach (var (rel, text) in outputs)
    {
        string path = Path.Combine(root, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        bool same = File.Exists(path) && File.ReadAllText(path) == text;
        if (!same) File.WriteAllText(path, text); // UTF-8 without BOM, LF
        Console.WriteLine($"abigen: {rel}: {(same ? "unchanged" : "written")}");
    }
    Console.WriteLine($"abigen: release {release}, ABI version {api.Version}, {nExports} functions in {api.Files.Count} groups, " +
                      $"{api.Enums.Sum(e => e.Members.Count)} constants");
    return 0;
}
catch (GenException e)
{
    Console.Error.WriteLine($"abigen: error: {e.Message}");
    return 1;
}

namespace NativeGrad.AbiGen
{
    /// <summary>A short, human-readable description of how two texts differ (null if equal).</summary>
    public static class Diff
    {
        public static string? Summary(string actual, string expected)
        {
            if (actual == expected) return null;
            var a = actual.Split('\n');
            var e = expected.Split('\n');
            int n = Math.Min(a.Length, e.Length), first = 0;
            while (first < n && a[first] == e[first]) first++;
            var eset = new HashSet<string>(e);
            var aset = new HashSet<string>(a);
            int removed = a.Count(l => !eset.Contains(l)), added = e.Count(l => !aset.Contains(l));
            string found = first < a.Length ? a[first] : "<end of file>";
            string want = first < e.Length ? e[first] : "<end of file>";
            return $"{a.Length} lines on disk vs {e.Length} generated, about {added} added / {removed} removed lines; " +
                   $"first difference at line {first + 1}:\n    on disk:   {Clip(found)}\n    generated: {Clip(want)}";
        }

        private static string Clip(string s) => s.Length > 110 ? s[..107] + "..." : s;
    }
}
