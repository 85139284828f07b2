using System.ComponentModel;
using System.Diagnostics;

namespace NativeGrad.AbiGen;

/// <summary>
/// xunit-free self-test (`--self-test`): the parser and type mapping on fixtures with the tricky
/// cases, the errors it must raise, then the output for the fixtures and for the real native-api
/// compiled as C (gcc), as C++ (g++) and loaded by Python. Missing compilers are reported as skipped.
/// </summary>
public static class SelfTest
{
    private static int _failed, _passed;

    public static int Run(string repoRoot)
    {
        string tmp = Path.Combine(Path.GetTempPath(), "ng-abigen-selftest-" + Environment.ProcessId);
        try
        {
            Fixtures(tmp);
            Errors(tmp);
            FaultSuite();
            Check("real native-api", () =>
            {
                var api = Parser.ParseRepo(repoRoot);
                Compile(Path.Combine(tmp, "real"), api);
            });
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("NG_ABIGEN_KEEP") == "1") Console.WriteLine($"self-test: kept {tmp}");
            else try { Directory.Delete(tmp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        Console.WriteLine($"self-test: {_passed} passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }

    private static void Check(string name, Action body)
    {
        try { body(); _passed++; Console.WriteLine($"self-test: ok    {name}"); }
        catch (Exception e) when (e is GenException or SelfTestException)
        {
            _failed++;
            Console.WriteLine($"self-test: FAIL  {name}: {e.Message}");
        }
    }

    private sealed class SelfTestException(string m) : Exception(m);

    private static void Expect(bool cond, string what)
    {
        if (!cond) throw new SelfTestException(what);
    }

    private static void Contains(string text, string needle) =>
        Expect(text.Contains(needle, StringComparison.Ordinal), $"output lacks `{needle}`");

    // ------------------------------------------------------------------ fixtures

    private const string AbiCs = """
        namespace NativeGrad.Native;
        internal static class Abi
        {
            // internal const uint Version = 99;  (a comment must not count)
            internal const uint Version = 7;
        }
        """;

    private const string TypesCs = """
        namespace NativeGrad;
        /// <summary>Status code.</summary>
        [AbiEnum("NgStatus", "NG_ERR_", Status = true)]
        public enum ErrorKind : int
        {
            /// <summary>
            /// Spans two lines.
            /// </summary>
            InvalidArgument = 1,
            Next,
            Hex = 0x10,
            Negative = -2,
        }
        /// <summary>Element type.</summary>
        [AbiEnum("NgDtype", "NG_")]
        public enum DType
        {
            Float32,
            Int64 = 2, // trailing comment
        }
        // Not shared with the ABI: no constants.
        public enum Private { A, B }
        """;

    private const string ExportsAlpha = """
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        namespace NativeGrad.Native;
        public static unsafe partial class Exports
        {
            /// <summary>
            /// Adds <see cref="T:NativeGrad.Tensor"/> values with <c>a + b</c>, &lt;broadcasting&gt;;
            /// a stray */ must not end the C comment.
            /// </summary>
            /// <param name="outResult">The sum.</param>
            [UnmanagedCallersOnly(EntryPoint = "ng_alpha_add")]
            public static NgStatus Add(TensorHandle a, TensorHandle b, TensorHandle* outResult)
            {
                if (a.Value == 0) return NgStatus.ErrNullPointer;
                return NgStatus.Ok;
            }

            /// <summary>Everything at once.</summary>
            [UnmanagedCallersOnly(EntryPoint = "ng_alpha_grad", CallConvs = new[] { typeof(CallConvCdecl) })]
            [SkipLocalsInit]
            public static NgStatus Grad(TensorHandle* outputs, int nOutputs, TensorHandle* gradOutputs, long* shape, byte* name, byte** outText, void* outBuffer, void* data, double* outValue, int* outNdim, NodeHandle* outNode, int @class, int @new, NgDtype dtype, NodeHandle n, uint* outU) => Guard(() =>
            {
                return Call(outputs, (int)(nOutputs));
            });

            // no doc comment
            [UnmanagedCallersOnly(EntryPoint = "ng_alpha_hook")]
            public static NgStatus Hook(TensorHandle t, delegate* unmanaged[Cdecl]<void*, TensorHandle, TensorHandle*, NgStatus> fn, void* userData) => 0;

            internal static int Helper(int x) => x; // not exported
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Guard(Func<int> f) => f();
        }
        """;

    private const string ExportsZeta = """
        namespace NativeGrad.Native;
        public static unsafe partial class Exports
        {
            /// <summary>The version.</summary>
            [UnmanagedCallersOnly(EntryPoint = "ng_zeta_version")]
            public static uint Version() => Abi.Version;

            /// <summary>Last error.</summary>
            [UnmanagedCallersOnly(EntryPoint = "ng_zeta_last_error")]
            public static byte* LastError() => null;

            [UnmanagedCallersOnly(
                EntryPoint = "ng_zeta_free")]
            public static void Free(byte* s) { }

            /// <summary>A very long parameter list that must be wrapped over several lines of the header to stay readable.</summary>
            [UnmanagedCallersOnly(EntryPoint = "ng_zeta_long")]
            public static NgStatus Long(TensorHandle first, TensorHandle second, TensorHandle third, long count, double value, TensorHandle* outResult) => 0;
        }
        """;

    private const string ExportsBeta = """
        namespace NativeGrad.Native;
        /// <summary>Things of the beta kind.</summary>
        [ExportGroup("Beta things", Order = 1)]
        internal static unsafe class BetaApi
        {
            /// <summary>Makes a tensor like another (or a default one).</summary>
            /// <param name="like">May be NULL (a default one).</param>
            [Export("ng_beta_make")]
            internal static void Make(TensorHandle like, TensorHandle* outT) { }
        }
        """;

    private static string WriteFixture(string dir, string? abi = AbiCs, string types = TypesCs,
                                       string alpha = ExportsAlpha, string zeta = ExportsZeta, string beta = ExportsBeta)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        string na = Path.Combine(dir, "native-api");
        Directory.CreateDirectory(na);
        if (abi != null) File.WriteAllText(Path.Combine(na, "Abi.cs"), abi);
        Directory.CreateDirectory(Path.Combine(dir, "engine"));
        File.WriteAllText(Path.Combine(dir, "engine", "Enums.cs"), types);
        File.WriteAllText(Path.Combine(na, "Exports.Zeta.cs"), zeta);   // written first: order must come from the name
        File.WriteAllText(Path.Combine(na, "Exports.Alpha.cs"), alpha);
        // A file without exports (the attribute only in a comment and a string) contributes nothing.
        File.WriteAllText(Path.Combine(na, "HandleTable.cs"),
            "namespace N;\n// [UnmanagedCallersOnly(EntryPoint = \"ng_not_read\")]\ninternal static class H { const string S = \"[Export(\\\"ng_not_read\\\")]\"; }\n");
        File.WriteAllText(Path.Combine(na, "Beta.cs"), beta);
        return dir;
    }

    private static void Fixtures(string tmp)
    {
        string dir = Path.Combine(tmp, "fixture");
        Api? api = null;
        Check("parse fixture", () =>
        {
            api = Parser.ParseRepo(WriteFixture(dir));
            Expect(api.Version == 7, $"version {api.Version} != 7");
            Expect(api.Files.Select(f => f.RelativePath).SequenceEqual(new[] { "Beta things", "Alpha", "Zeta" }),
                   "groups not in order (by Order, then by file name): " + string.Join(", ", api.Files.Select(f => f.RelativePath)));
            var beta = api.Files[0].Exports.Single();
            Expect(beta.Impl == "BetaApi.Make" && beta.ReturnType == "NgStatus" && beta.MayBeNull("like") && !beta.MayBeNull("outT"),
                   "[Export] method: impl, status return or the May-be-NULL marker wrong");
            Expect(api.Files[1].Exports.Select(e => e.EntryPoint).SequenceEqual(new[] { "ng_alpha_add", "ng_alpha_grad", "ng_alpha_hook" }),
                   "exports of Exports.Alpha.cs not in order of appearance");
            var st = api.Enums[0].Members;
            Expect(st.Select(m => m.Value).SequenceEqual(new long[] { 0, 1, 2, 16, -2 }), "enum values (implicit, hex, negative) wrong");
            Expect(api.Enums[1].Members.Select(m => m.Value).SequenceEqual(new long[] { 0, 2 }), "NgDtype values wrong");
        });
        if (api == null) return;
        Check("header text", () =>
        {
            string h = Emit.Header(api);
            Contains(h, "#define NG_ABI_VERSION 7\n");
            Contains(h, "typedef int32_t ng_status;\n");
            Contains(h, "#define NG_OK 0\n");
            Contains(h, "#define NG_ERR_INVALID_ARGUMENT 1\n");
            Contains(h, "#define NG_ERR_NEXT 2\n");
            Contains(h, "#define NG_ERR_HEX 16\n");
            Contains(h, "#define NG_ERR_NEGATIVE (-2)\n");
            Contains(h, "#define NG_FLOAT32 0\n");
            Contains(h, "/* Spans two lines. */\n#define NG_ERR_INVALID_ARGUMENT");
            Contains(h, "ng_status ng_alpha_add(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);");
            Contains(h, "/* Adds NativeGrad.Tensor values with a + b, <broadcasting>; a stray * / must not end the C\n * comment.\n");
            Contains(h, "out_result: The sum.");
            foreach (var p in new[] { "ng_tensor* const* outputs", "int32_t n_outputs", "ng_tensor* const* grad_outputs",
                                      "const int64_t* shape", "const char* name", "char** out_text", "void* out_buffer",
                                      "const void* data", "double* out_value", "int32_t* out_ndim", "ng_node** out_node",
                                      "int32_t class_", "int32_t new_", "int32_t dtype", "ng_node* n", "uint32_t* out_u" })
                Contains(h, p);
            Contains(h, "ng_status ng_alpha_hook(ng_tensor* t, ng_status (*fn)(void*, ng_tensor*, ng_tensor**),\n" +
                        "                        const void* user_data);");
            Contains(h, "uint32_t ng_zeta_version(void);");
            Contains(h, "const char* ng_zeta_last_error(void);");
            Contains(h, "void ng_zeta_free(const char* s);");
            Contains(h, "ng_status ng_zeta_long(ng_tensor* first, ng_tensor* second, ng_tensor* third, int64_t count,\n" +
                        "                       double value, ng_tensor** out_result);");
            Expect(!h.Contains("ng_not_read"), "read an export from a comment or a string");
            Contains(h, "/* ---- Beta things ---- */");
            Contains(h, "ng_status ng_beta_make(ng_tensor* like, ng_tensor** out_t);");
            string shims = ShimEmitter.Shims(api);
            Contains(shims, "[UnmanagedCallersOnly(EntryPoint = \"ng_beta_make\")]\n    public static NgStatus ng_beta_make(TensorHandle like, TensorHandle* outT)");
            Contains(shims, "try { BetaApi.Make(like, outT); return NgStatus.Ok; }");
            Expect(!shims.Contains("ng_alpha_add"), "a hand-written [UnmanagedCallersOnly] export got a shim");
            Expect(h.IndexOf("ng_alpha_hook", StringComparison.Ordinal) < h.IndexOf("ng_zeta_version", StringComparison.Ordinal), "file order");
            Expect(h == Emit.Header(Parser.ParseRepo(dir)), "output not deterministic");
        });
        Check("python text", () =>
        {
            string py = Emit.Python(api);
            Contains(py, "from ctypes import c_int32, c_uint32, c_int64, c_double, c_void_p, c_char_p, POINTER, CFUNCTYPE\n");
            Contains(py, "ABI_VERSION = 7\n");
            Contains(py, "NG_ERR_NEGATIVE = -2");
            Contains(py, "\"ng_alpha_add\": (c_int32, [c_void_p, c_void_p, POINTER(c_void_p)]),");
            Contains(py, "\"ng_alpha_grad\": (c_int32, [POINTER(c_void_p), c_int32, POINTER(c_void_p), POINTER(c_int64), c_char_p, " +
                         "POINTER(c_void_p), c_void_p, c_void_p, POINTER(c_double), POINTER(c_int32), POINTER(c_void_p), c_int32, c_int32, " +
                         "c_int32, c_void_p, POINTER(c_uint32)]),");
            Contains(py, "\"ng_alpha_hook\": (c_int32, [c_void_p, CFUNCTYPE(c_int32, c_void_p, c_void_p, POINTER(c_void_p)), c_void_p]),");
            Contains(py, "\"ng_zeta_version\": (c_uint32, []),");
            Contains(py, "\"ng_zeta_last_error\": (c_char_p, []),");
            Contains(py, "\"ng_zeta_free\": (None, [c_char_p]),");
        });
        Check("reference text", () =>
        {
            string r = Reference.Markdown(api);
            Contains(r, "- [Beta things](#beta-things) (1)\n");
            Contains(r, "| `NG_ERR_HEX` | 16 |");
            Contains(r, "### `ng_alpha_add`\n\n```c\nng_status ng_alpha_add(ng_tensor* a, ng_tensor* b, ng_tensor** out_result);\n```");
            Contains(r, "| `out_result` | The sum. *Receives new handles (NULL entries are not handles): release each with `ng_tensor_free`.* |");
            Contains(r, "| `out_text` | *Receives strings allocated by the library: release each with `ng_string_free`.* |");
            Contains(r, "**Returns** `uint32_t`.");
        });
        Check("fixture output compiles", () => Compile(Path.Combine(tmp, "fixture-out"), api));
        Check("names", () =>
        {
            Expect(Names.Snake("outResult") == "out_result", "outResult");
            Expect(Names.Snake("nOutputs") == "n_outputs", "nOutputs");
            Expect(Names.Snake("HTTPCode") == "http_code", "HTTPCode");
            Expect(Names.UpperSnake("ErrInvalidArgument") == "ERR_INVALID_ARGUMENT", "ErrInvalidArgument");
            Expect(Names.UpperSnake("Float32") == "FLOAT32", "Float32");
            Expect(Names.IsOut("out") && Names.IsOut("outShape") && Names.IsOut("out_x"), "out names");
            Expect(!Names.IsOut("outputs") && !Names.IsOut("outer") && !Names.IsOut("gradOut"), "non-out names");
        });
    }

    /// <summary>The fault-suite emitter on a model built by hand: roles from types and names, the "May be NULL" marker.</summary>
    private static void FaultSuite() => Check("fault suite cases", () =>
    {
        var doc = new Doc("x", [("bias", "May be NULL (no bias)."), ("weight", "may be NULL when momentum is 0")], "", "");
        var x = new Export("ng_x", "X", "NgStatus",
            [new("TensorHandle", "a"), new("TensorHandle", "bias"), new("TensorHandle", "weight"), new("long*", "shape"),
             new("int", "ndim"), new("int", "dim"), new("TensorHandle*", "tensors"), new("double", "p"),
             new("long", "hookId"), new("delegate* unmanaged[Cdecl]<void*, TensorHandle, NgStatus>", "fn"), new("TensorHandle*", "outResult")],
            doc, "native-api/Exports.X.cs", 1);
        var api = new Api(1, [new EnumDecl("NgStatus", Doc.Empty, [new EnumMember("Ok", 0, Doc.Empty)])],
                          [new ExportFile("native-api/Exports.X.cs", [x])]);
        string c = Faults.Suite(api);
        Contains(c, "static ng_status run_ng_x(const fault_case* c) {");
        Contains(c, "fx_handle(1, FX_TENSOR, (uintptr_t)fx_t1)");
        Contains(c, "{0, 1, FK_NULL, EXPECT_OK_IF_BASELINE_OK, 0, 0},");    // marked: NULL must work
        Contains(c, "{0, 2, FK_NULL, EXPECT_FAIL, 0, 0},");                 // a condition in words is no marker
        Contains(c, "{0, 3, FK_VALUES, EXPECT_ANY, 4611686018427387905LL, 0},");
        Contains(c, "{0, 4, FK_LEN_HUGE, EXPECT_FAIL, 2147483647, 0},");    // ndim: a length
        Contains(c, "{0, 5, FK_INT, EXPECT_ANY, 2147483647, 0},");          // dim: a value
        Contains(c, "{0, 6, FK_NULL_ENTRY, EXPECT_ANY, 0, 0},");            // an array of handles
        Contains(c, "{0, 7, FK_DOUBLE, EXPECT_ANY, 0, NAN},");
        Contains(c, "fx_hook_id(8)");
        Contains(c, "{0, 8, FK_RELEASED, EXPECT_ANY, 0, 0},");              // removing a hook twice is fine
        Contains(c, "static ng_status stub_ng_x_9(void* a0, ng_tensor* a1) { return NG_OK; }");
        Contains(c, "{0, 10, FK_NULL, EXPECT_FAIL, 0, 0},");
        Expect(c.Split('\n').Count(l => l.Contains("FK_WRONG_KIND")) == 5 * 4 + 5, "wrong-kind cases: 5 other kinds per handle parameter");
    });

    private static void Errors(string tmp)
    {
        void Fails(string name, string needle, Func<string, string> make)
        {
            Check("rejects " + name, () =>
            {
                string dir = make(Path.Combine(tmp, "err"));
                try
                {
                    var api = Parser.ParseRepo(dir);
                    Emit.Header(api);
                    Emit.Python(api);
                }
                catch (GenException e)
                {
                    Expect(e.Message.Contains(needle, StringComparison.Ordinal), $"message `{e.Message}` lacks `{needle}`");
                    return;
                }
                throw new SelfTestException("no error raised");
            });
        }
        const string Sig = "public static NgStatus Add(TensorHandle a, TensorHandle b, TensorHandle* outResult)";
        Fails("unknown parameter type", "unsupported type 'float'", d => WriteFixture(d, alpha: ExportsAlpha.Replace("TensorHandle b,", "float b,")));
        Fails("unknown return type", "unsupported return type 'bool'", d => WriteFixture(d, zeta: ExportsZeta.Replace("public static uint Version()", "public static bool Version()")));
        Fails("triple pointer", "unsupported type 'long***'", d => WriteFixture(d, alpha: ExportsAlpha.Replace("long* shape", "long*** shape")));
        Fails("managed function pointer", "function pointers", d => WriteFixture(d, alpha: ExportsAlpha.Replace("delegate* unmanaged[Cdecl]<", "delegate*<")));
        Fails("missing EntryPoint", "without EntryPoint", d => WriteFixture(d, alpha: ExportsAlpha.Replace("(EntryPoint = \"ng_alpha_add\")", "")));
        Fails("bad entry point name", "lower_snake_case", d => WriteFixture(d, alpha: ExportsAlpha.Replace("\"ng_alpha_add\"", "\"NgAdd\"")));
        Fails("duplicate entry point", "already declared", d => WriteFixture(d, zeta: ExportsZeta.Replace("ng_zeta_version", "ng_alpha_add")));
        Fails("syntax error", "Exports.Alpha.cs:", d => WriteFixture(d, alpha: ExportsAlpha.Replace(Sig, "int x = 3;")));
        Fails("[Export] returning a value", "returns void", d => WriteFixture(d, beta: ExportsBeta.Replace("internal static void Make", "internal static int Make")));
        Fails("[Export] without entry point", "needs the entry point", d => WriteFixture(d, beta: ExportsBeta.Replace("[Export(\"ng_beta_make\")]", "[Export]")));
        Fails("ref parameter", "not allowed", d => WriteFixture(d, alpha: ExportsAlpha.Replace("TensorHandle b,", "ref TensorHandle b,")));
        Fails("missing Abi.cs", "Abi.cs not found", d => WriteFixture(d, abi: null));
        Fails("Abi.cs without Version", "const uint Version", d => WriteFixture(d, abi: "internal static class Abi { }"));
        Fails("non-int enum", "underlying type int", d => WriteFixture(d, types: TypesCs.Replace("enum DType", "enum DType : byte")));
        Fails("missing NgStatus", "NgStatus", d => WriteFixture(d, types: TypesCs.Replace("Status = true", "Status = false")));
        Fails("no exports", "no exports found", d =>
        {
            WriteFixture(d);
            foreach (var f in Directory.GetFiles(Path.Combine(d, "native-api"), "Exports*.cs")) File.Delete(f);
            File.Delete(Path.Combine(d, "native-api", "Beta.cs"));
            return d;
        });
    }

    // ------------------------------------------------------------------ compilers

    private static void Compile(string dir, Api api)
    {
        Directory.CreateDirectory(Path.Combine(dir, "include"));
        string h = Path.Combine(dir, "include", "nativegrad.h");
        string py = Path.Combine(dir, "_abi.py");
        File.WriteAllText(h, Emit.Header(api));
        File.WriteAllText(py, Emit.Python(api));
        string c = Path.Combine(dir, "use.c");
        File.WriteAllText(c, $$"""
            #include "nativegrad.h"
            #include "nativegrad.h"
            #if NG_ABI_VERSION != {{api.Version}}
            #error wrong NG_ABI_VERSION
            #endif
            int main(void) { ng_status s = NG_OK; ng_tensor* t = 0; ng_node* n = 0; (void)t; (void)n; return (int)s; }

            """);
        int exports = api.Files.Sum(f => f.Exports.Count);
        string inc = "-I" + Path.Combine(dir, "include");
        Tool("gcc", ["-fsyntax-only", "-x", "c", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", h]);
        Tool("gcc", ["-fsyntax-only", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", inc, c]);
        Tool("g++", ["-fsyntax-only", "-x", "c++", "-std=c++11", "-Wall", "-Wextra", "-Werror", "-pedantic", h]);
        string script = "import ast, runpy, sys\n" +
                        "src = open(sys.argv[1], encoding='utf-8').read()\n" +
                        "ast.parse(src)\n" +
                        "m = runpy.run_path(sys.argv[1])\n" +
                        $"assert m['ABI_VERSION'] == {api.Version}, m['ABI_VERSION']\n" +
                        $"assert len(m['SIGNATURES']) == {exports}, len(m['SIGNATURES'])\n" +
                        "assert m['NG_OK'] == 0\n" +
                        "for k, (r, a) in m['SIGNATURES'].items(): assert k.startswith('ng_') and isinstance(a, list)\n";
        if (!Tool("python3", ["-c", script, py], optional: true))
            Tool("python", ["-c", script, py]);
    }

    /// <summary>Runs a tool; false (and a note) if it is not installed; throws if it fails.</summary>
    private static bool Tool(string exe, string[] args, bool optional = false)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (Win32Exception)
        {
            if (!optional) Console.WriteLine($"self-test: skip  {exe} not found: `{exe} {string.Join(' ', args.Take(3))} ...` not run");
            return false;
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new SelfTestException($"`{exe} {string.Join(' ', args.Where(a => !a.Contains('\n')))}` exited {p.ExitCode}:\n{stdout.Result}{err}");
        return true;
    }
}
