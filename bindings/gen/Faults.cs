using System.Globalization;
using System.Text;

namespace NativeGrad.AbiGen;

/// <summary>
/// Writes tests/c/test_faults.c, the generated fault suite: for every export a runner that calls it with
/// each argument taken from a harness helper (tests/c/fault_harness.h), and its cases. Reads only the
/// model the header is written from (<see cref="Api"/>, <see cref="Export"/>, <see cref="Param"/> and the
/// <see cref="Doc"/> of each parameter), so a new export is covered as soon as it is declared.
/// <para>What a parameter is follows from its C# type and name:</para>
/// <list type="bullet">
/// <item>a handle (TensorHandle...; a long named hookId is a hook handle): NULL, a released handle, three
/// forged values and a live handle of every other kind;</item>
/// <item>an array of handles (TensorHandle* not named out...): NULL, and each of the above in entry 0;</item>
/// <item>an int64 array (shape, dims, strides, index spec): NULL, and every entry set to one extreme value;</item>
/// <item>any other pointer, callback included: NULL;</item>
/// <item>a length (an int named n, n_*, ndim, ndims, capacity, max_*, or a long named nbytes): negative
/// values, and a huge one with every pointer argument NULL (a huge length with a real array would make the
/// library read past the caller's array, which no library can detect);</item>
/// <item>any other integer: the extremes of its type (which may be valid: only no crash is required);</item>
/// <item>a double: NaN and both infinities (likewise).</item>
/// </list>
/// <para>The optional-pointer marker: a parameter whose <c>&lt;param&gt;</c> doc text contains "May be NULL"
/// (capital M) accepts NULL unconditionally, so NULL there must give NG_OK whenever the baseline call does.
/// A parameter that may be NULL only under a condition ("NULL when momentum is 0") is not marked; the
/// suite's fixtures never meet such conditions, so NULL there must fail.</para>
/// </summary>
public static class Faults
{
    public const string SuitePath = "tests/c/test_faults.c";

    private enum Role { Handle, HandleArray, Out, Input, Callback, Length, Int, Double }

    private sealed record P(int Index, Param Param, string CName, Role Role, int Kind, bool Optional, bool Is64);

    private const int Tensor = 1, Node = 2, Module = 3, Optimizer = 4, Hook = 5, Generator = 6;
    private static readonly string[] KindNames = ["", "FX_TENSOR", "FX_NODE", "FX_MODULE", "FX_OPTIMIZER", "FX_HOOK", "FX_GENERATOR"];

    public static string Suite(Api api)
    {
        var map = new TypeMap(api.Enums.Select(e => e.Name).ToList());
        var runners = new StringBuilder();
        var table = new StringBuilder();
        var cases = new StringBuilder();
        int nExports = 0, nCases = 0;
        foreach (var f in api.Files)
        {
            foreach (var x in f.Exports)
            {
                string where = $"{x.SourceFile}:{x.Line}: {x.EntryPoint}";
                var (ret, _) = map.Return(x.ReturnType, where);
                var ps = x.Params.Select((p, i) => Classify(i, p, x.Doc)).ToList();
                bool isVoid = ret == "void";
                if (ret != "ng_status" && !isVoid && ps.Count > 0)
                    throw new GenException($"{where}: the fault suite handles exports returning ng_status or void, not '{ret}'");
                if (ret != "ng_status" && ps.Count == 0) continue;   // ng_abi_version, ng_last_error: nothing to pass
                int id = nExports++;
                runners.Append(Runner(x, ps, map, where, ret));
                table.Append($"    {{\"{x.EntryPoint}\", \"{string.Join(", ", ps.Select(p => p.CName))}\", run_{x.EntryPoint}}},\n");
                foreach (var c in Cases(ps, isVoid)) { cases.Append($"    {{{id}, {c}}},\n"); nCases++; }
            }
        }

        var sb = new StringBuilder();
        sb.Append($$"""
            /* test_faults.c - the fault suite of the NativeGrad C ABI (version {{api.Version}}): {{nExports}} exports, {{nCases}} cases.
             *
             * GENERATED FILE - DO NOT EDIT. Written by bindings/gen (Faults.cs) from native-api/Exports*.cs,
             * like nativegrad.h; regenerate with `dotnet run --project bindings/gen -- .` (or ./build.sh build).
             * Every case changes one argument of one call (NULL, a released / forged / wrong-kind handle, a
             * negative or huge length, an extreme integer, NaN) and runs in a forked child: see
             * tests/c/fault_harness.h for what each case must do to pass. NG_FAULT_ONLY=ng_name runs one export.
             */
            #if defined(__unix__) || defined(__APPLE__)
            #include "fault_harness.h"

            #if defined(__GNUC__)
            #pragma GCC diagnostic ignored "-Wunused-parameter"
            #endif

            """);
        sb.Append(runners);
        sb.Append("\nstatic const fault_export EXPORTS[] = {\n").Append(table).Append("};\n");
        sb.Append("\n/* {export, param, kind, expect, value, dvalue} */\nstatic const fault_case CASES[] = {\n").Append(cases).Append("};\n");
        sb.Append("""

            int main(void) {
                return fault_main("test_faults", EXPORTS, (int)(sizeof EXPORTS / sizeof *EXPORTS), CASES, (int)(sizeof CASES / sizeof *CASES));
            }
            #else
            #include <stdio.h>
            int main(void) {
                puts("test_faults: skipped: the suite forks a child per case (POSIX only)");
                return 0;
            }
            #endif

            """);
        return sb.ToString().Replace("\r\n", "\n");
    }

    private static P Classify(int i, Param p, Doc doc)
    {
        string c = Names.CParam(p.CsName), snake = Names.Snake(p.CsName);
        bool optional = doc.Params.Any(d => d.Name == snake && d.Text.Contains("May be NULL", StringComparison.Ordinal));
        bool isOut = Names.IsOut(p.CsName);
        int kind = HandleKind(p.CsType.TrimEnd('*'));
        if (p.CsType.StartsWith("delegate*", StringComparison.Ordinal)) return new(i, p, c, Role.Callback, 0, optional, false);
        if (kind > 0 && !p.CsType.EndsWith('*')) return new(i, p, c, Role.Handle, kind, optional, false);
        if (p.CsType == "long" && snake == "hook_id") return new(i, p, c, Role.Handle, Hook, optional, true);
        if (p.CsType.EndsWith('*'))
            return isOut ? new(i, p, c, Role.Out, 0, optional, false)
                : kind > 0 && p.CsType.Count(ch => ch == '*') == 1 ? new(i, p, c, Role.HandleArray, kind, optional, false)
                : new(i, p, c, Role.Input, 0, optional, false);
        if (p.CsType == "double") return new(i, p, c, Role.Double, 0, optional, false);
        bool isLength = p.CsType == "int" && (snake is "n" or "ndim" or "ndims" or "capacity" || snake.StartsWith("n_", StringComparison.Ordinal)
                                             || snake.StartsWith("max_", StringComparison.Ordinal))
                        || p.CsType == "long" && snake == "nbytes";
        return new(i, p, c, isLength ? Role.Length : Role.Int, 0, optional, p.CsType == "long");
    }

    private static int HandleKind(string cs) => cs switch
    {
        "TensorHandle" => Tensor,
        "NodeHandle" => Node,
        "ModuleHandle" => Module,
        "OptimizerHandle" => Optimizer,
        "GeneratorHandle" => Generator,
        _ => 0,
    };

    // ------------------------------------------------------------------ the runner of one export

    private static string Runner(Export x, List<P> ps, TypeMap map, string where, string ret)
    {
        var sb = new StringBuilder();
        var args = new List<string>();
        foreach (var p in ps)
        {
            if (p.Role == Role.Callback)
            {
                string stub = $"stub_{x.EntryPoint}_{p.Index}";
                sb.Append(Stub(map.Param(p.Param, where).CDecl, stub, where));
                args.Add($"(fx_ptr({p.Index}, fx_bytes) ? {stub} : NULL)");
                continue;
            }
            args.Add(ret == "void" ? VoidArg(p) : Arg(p));
        }
        sb.Append($"\n/* {x.EntryPoint}({string.Join(", ", ps.Select(p => p.CName))}) */\n");
        sb.Append($"static ng_status run_{x.EntryPoint}(const fault_case* c) {{\n");
        sb.Append("    (void)c;\n");
        string call = $"{x.EntryPoint}({string.Join(", ", args)})";
        sb.Append(ret == "void" ? $"    {call};\n    return NG_OK;\n" : $"    return {call};\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    // A void export (ng_string_free) only ever gets NULL: its pointer is the library's own, which the suite has none of.
    private static string VoidArg(P p) => p.Role switch
    {
        Role.Int or Role.Length => "0",
        Role.Double => "0.0",
        _ => "NULL",
    };

    private static string Arg(P p)
    {
        int i = p.Index;
        string snake = Names.Snake(p.Param.CsName);
        switch (p.Role)
        {
            case Role.Handle:
                return p.Kind == Hook ? $"fx_hook_id({i})" : $"fx_handle({i}, {KindNames[p.Kind]}, {HandleBase(snake, p.Kind)})";
            case Role.HandleArray:
                return $"fx_handles({i}, {KindNames[p.Kind]}, 0)";
            case Role.Out:
                return $"fx_out({i})";
            case Role.Input:
                return $"fx_ptr({i}, {InputBase(p.Param.CsType, snake)})";
            case Role.Length:
            case Role.Int:
                string v = IntBase(snake, p.Param.CsType).ToString(CultureInfo.InvariantCulture);
                return p.Is64 ? $"fx_i64({i}, {v}LL)" : $"fx_i32({i}, {v})";
            case Role.Double:
                return $"fx_f64({i}, {DoubleBase(snake).ToString("R", CultureInfo.InvariantCulture)})";
            default:
                throw new GenException($"unhandled parameter role {p.Role}");
        }
    }

    /// <summary>A C function with the callback's signature that does nothing and succeeds.</summary>
    private static string Stub(string cdecl, string name, string where)
    {
        // "ng_status (*hook)(void*, ng_tensor*, ng_tensor**)"
        int star = cdecl.IndexOf("(*", StringComparison.Ordinal);
        int close = cdecl.IndexOf(")(", star, StringComparison.Ordinal);
        if (star < 0 || close < 0 || !cdecl.EndsWith(')'))
            throw new GenException($"{where}: cannot read the callback type '{cdecl}'");
        string ret = cdecl[..star].Trim();
        string inner = cdecl[(close + 2)..^1];
        var types = inner == "void" ? [] : inner.Split(", ");
        string pars = types.Length == 0 ? "void" : string.Join(", ", types.Select((t, k) => $"{t} a{k}"));
        string body = ret == "void" ? "" : ret == "ng_status" ? " return NG_OK;" : " return 0;";
        return $"static {ret} {name}({pars}) {{{body} }}\n";
    }

    // ------------------------------------------------------------------ baseline values
    // Plausible arguments, so that more baselines succeed and the optional-NULL cases check for NG_OK.
    // The other cases do not depend on them.

    private static string HandleBase(string snake, int kind) => kind != Tensor ? "0" : snake switch
    {
        "index" or "indices" or "target_index" => "(uintptr_t)fx_ti",
        "cond" or "mask" => "(uintptr_t)fx_tb",
        "b" or "other" or "src" or "grad" or "gradient" or "target" or "weight" or "bias" or "mat2" => "(uintptr_t)fx_t1",
        _ => "0",
    };

    private static string InputBase(string cs, string snake) => cs switch
    {
        "long*" => snake switch
        {
            "shape" or "normalized_shape" => "fx_shape",
            "strides" => "fx_strides",
            "dims" => "fx_dims",
            _ => "fx_zeros64",
        },
        "int*" => "fx_zeros32",
        "double*" => "fx_zerosd",
        "byte*" => snake switch
        {
            "path" => "fx_path",
            "metadata_json" => "\"{}\"",
            "name" => "\"weight\"",
            _ => "\"x\"",
        },
        "byte**" => "fx_names",
        _ => "fx_bytes",
    };

    private static long IntBase(string snake, string cs) => snake switch
    {
        "n" when cs == "long" => 2,
        "m" => 3,
        "n" or "ndim" or "ndims" or "n_inputs" or "n_outputs" or "n_items" or "max_outputs" => 2,
        _ when snake.StartsWith("n_", StringComparison.Ordinal) => 2,   // a generated list length: two entries of the buffer
        "capacity" => 8,
        "nbytes" => 24,
        "reduction" or "enabled" or "has_min" or "has_max" or "training" or "mode" or "flag" or "first_step"
            or "elementwise_affine" or "bias" or "normalized_dims" => 1,
        "retain_graph" or "end_dim" => -1,
        "ignore_index" => -100,
        "in_features" or "out_features" or "num_embeddings" or "embedding_dim" => 3,
        "seed" or "length" or "step" => 1,
        "high" => 5,
        _ => 0,
    };

    private static double DoubleBase(string snake) => snake switch
    {
        "lr" => 0.1,
        "momentum" => 0.9,
        "value" or "s" or "clip_value" or "max_norm" or "correction" or "max" or "end" => 3,
        "start" or "min" or "weight_decay" or "dampening" or "label_smoothing" => 0,
        "step" => 1,
        "eps" => 1e-5,
        "atol" or "rtol" => 1e-3,
        "norm_type" => 2,
        "alpha" => 0.99,
        "beta1" => 0.9,
        "beta2" => 0.999,
        _ => 0.5,
    };

    // ------------------------------------------------------------------ cases

    private const string Int32Min = "(-2147483647 - 1)", Int64Min = "(-9223372036854775807LL - 1)";

    private static IEnumerable<string> Cases(List<P> ps, bool isVoid)
    {
        // {param, kind, expect, value, dvalue}
        static string C(int param, string kind, string expect, string value = "0", string dvalue = "0") =>
            $"{param}, {kind}, {expect}, {value}, {dvalue}";
        if (!isVoid) yield return C(-1, "FK_BASELINE", "EXPECT_ANY");
        foreach (var p in ps)
        {
            int i = p.Index;
            string nullExpect = p.Optional ? "EXPECT_OK_IF_BASELINE_OK" : "EXPECT_FAIL";
            if (isVoid)
            {
                if (p.Role is not (Role.Int or Role.Length or Role.Double)) yield return C(i, "FK_NULL", "EXPECT_ANY");
                continue;
            }
            switch (p.Role)
            {
                case Role.Handle:
                case Role.HandleArray:
                    yield return C(i, "FK_NULL", nullExpect);
                    // removing a hook twice is fine (RemovableHandle.remove())
                    yield return C(i, "FK_RELEASED", p.Kind == Hook ? "EXPECT_ANY" : "EXPECT_FAIL");
                    for (int f = 0; f < 3; f++) yield return C(i, "FK_FORGED", "EXPECT_FAIL", f.ToString(CultureInfo.InvariantCulture));
                    for (int k = Tensor; k <= Generator; k++)
                        if (k != p.Kind) yield return C(i, "FK_WRONG_KIND", "EXPECT_FAIL", KindNames[k]);
                    if (p.Role == Role.HandleArray) yield return C(i, "FK_NULL_ENTRY", "EXPECT_ANY");
                    break;
                case Role.Input when p.Param.CsType == "long*":
                    // a shape, dims, strides or index spec: every entry set to one extreme (sizes past the limits,
                    // products that wrap around in 64 bits, dims past int32)
                    yield return C(i, "FK_NULL", nullExpect);
                    foreach (var v in new[] { "(-1LL)", Int64Min, "9223372036854775807LL", "2147483648LL", "4611686018427387905LL", "65536LL" })
                        yield return C(i, "FK_VALUES", "EXPECT_ANY", v);
                    break;
                case Role.Out:
                case Role.Input:
                case Role.Callback:
                    yield return C(i, "FK_NULL", nullExpect);
                    break;
                case Role.Length:
                    yield return C(i, "FK_LEN_NEGATIVE", "EXPECT_FAIL", "-1");
                    yield return C(i, "FK_LEN_NEGATIVE", "EXPECT_FAIL", p.Is64 ? Int64Min : Int32Min);
                    yield return C(i, "FK_LEN_HUGE", "EXPECT_FAIL", p.Is64 ? "9223372036854775807LL" : "2147483647");
                    break;
                case Role.Int:
                    if (p.Is64)
                        foreach (var v in new[] { Int64Min, "9223372036854775807LL", "2147483648LL", "(-2147483649LL)", "4611686018427387905LL" })
                            yield return C(i, "FK_INT", "EXPECT_ANY", v);
                    else
                        foreach (var v in new[] { Int32Min, "2147483647" })
                            yield return C(i, "FK_INT", "EXPECT_ANY", v);
                    break;
                case Role.Double:
                    foreach (var v in new[] { "NAN", "INFINITY", "(-INFINITY)" })
                        yield return C(i, "FK_DOUBLE", "EXPECT_ANY", "0", v);
                    break;
            }
        }
    }
}
