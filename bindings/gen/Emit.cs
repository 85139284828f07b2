using System.Text;

namespace NativeGrad.AbiGen;

/// <summary>Writes nativegrad.h and _abi.py from a parsed <see cref="Api"/>. Output is deterministic, LF line ends.</summary>
public static class Emit
{
    public const string HeaderPath = "bindings/c/include/nativegrad.h";
    public const string PythonPath = "bindings/python/nativegrad/_abi.py";
    private const int Width = 100;

    public static string Header(Api api, ReleaseVersion? release = null)
    {
        release ??= ReleaseVersion.Unknown;
        var map = new TypeMap(api.Enums.Select(e => e.Name).ToList());
        var sb = new StringBuilder();
        sb.Append($$"""
            /* nativegrad.h - C API of NativeGrad (ABI version {{api.Version}}).
             *
             * GENERATED FILE - DO NOT EDIT. Written by bindings/gen from the engine's [AbiEnum] enums, the op
             * declarations (engine/Ops/Declarations) and native-api/Exports*.cs, the single source of truth.
             * Regenerate with ./build.sh build (or dotnet run --project bindings/gen -- .); CI fails when this
             * file differs from what the generator writes. Every function and constant is also listed, with
             * the ownership of its outputs, in docs/ABI-REFERENCE.md.
             *
             * Conventions (docs/ABI.md): functions return ng_status (NG_OK = 0) unless stated otherwise;
             * outputs (out_* parameters) are written only on NG_OK; ng_last_error() gives the thread's
             * last error message; every returned handle (ng_tensor, ng_node, ng_module, ng_optimizer,
             * ng_generator) is new and is released exactly once with its ng_*_free (NULL is fine); strings
             * returned through char** are released with ng_string_free.
             *
             * Handles (ng_tensor*, ng_node*, ng_module*, ng_optimizer*, ng_generator*, int64 hook ids) are
             * opaque values, not addresses: each carries its kind and is checked under a per-process key, and
             * none is ever dereferenced. A handle of another kind gives NG_ERR_INVALID_ARGUMENT ("expected a
             * tensor handle, got a node handle"); a released handle, or a value the library never returned,
             * gives NG_ERR_RELEASED_HANDLE; NULL gives NG_ERR_NULL_POINTER, except for parameters documented
             * "May be NULL".
             * Errors: every failure has a message; ng_last_error()'s pointer stays valid until the thread's
             * next failing call and is freed when the thread exits. NG_ERR_INTERNAL is a bug: report it.
             * Sizes: a tensor or view has at most 2^31-1 elements, each size at most 2^31-1; larger shapes,
             * products that overflow int64 and negative sizes fail with NG_ERR_INVALID_ARGUMENT before any
             * allocation (an allocation that fails: NG_ERR_OUT_OF_MEMORY).
             *
             * Threads (docs/THREADS.md): every call may be made from any thread, and handles may be passed
             * between threads. Backward and ng_autograd_grad may run on several threads at once, over
             * separate graphs or graphs that share leaves and modules: accumulation into .grad is serialised
             * per tensor, so no update is lost (the order of the additions, hence the last bits of float
             * sums, is unspecified). One graph may be back-propagated by several threads at once with
             * retain_graph = 1; without it its saved tensors are freed once, after the last run using them,
             * and later runs fail with NG_ERR_AUTOGRAD ("Trying to backward through the graph a second
             * time"). Hooks and custom-function callbacks may run on several threads at once. Grad mode,
             * inference mode and ng_last_error() are per thread; anomaly mode and the random generator are
             * process-wide. Writes to a tensor (in-place ops, optimizer steps, ng_tensor_set_grad,
             * ng_tensor_free) must not race with other threads using it; a call whose handle another thread
             * frees gets its object or NG_ERR_RELEASED_HANDLE, never another object.
             */
            #ifndef NATIVEGRAD_H
            #define NATIVEGRAD_H

            #include <stdint.h>

            #ifdef __cplusplus
            extern "C" {
            #endif

            /* Version of the C ABI this header describes; compare with ng_abi_version() at run time. */
            #define NG_ABI_VERSION {{api.Version}}

            /* Release version of the library this header belongs to; ng_version() gives the loaded library's. */
            #define NG_VERSION_MAJOR {{release.Major}}
            #define NG_VERSION_MINOR {{release.Minor}}
            #define NG_VERSION_PATCH {{release.Patch}}

            /* Opaque handle to a tensor. */
            typedef struct ng_tensor ng_tensor;
            /* Opaque handle to an autograd graph node (a grad_fn). */
            typedef struct ng_node ng_node;
            /* Opaque handle to an nn module (layer or container). */
            typedef struct ng_module ng_module;
            /* Opaque handle to an optimizer. */
            typedef struct ng_optimizer ng_optimizer;
            /* Opaque handle to a random number generator (NULL: the default generator). */
            typedef struct ng_generator ng_generator;

            """);
        foreach (var e in api.Enums)
        {
            sb.Append('\n');
            sb.Append(Docs.CComment(e.Doc));
            if (e.Name == "NgStatus") sb.Append("typedef int32_t ng_status;\n");
            foreach (var m in e.Members)
            {
                sb.Append(Docs.CComment(m.Doc));
                string v = m.Value < 0 ? $"({m.Value})" : m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sb.Append($"#define {Names.Constant(m)} {v}\n");
            }
        }
        foreach (var f in api.Files)
        {
            sb.Append($"\n/* ---- {f.RelativePath} ---- */\n");
            if (f.Doc.Length > 0) sb.Append(Docs.CComment(new Doc(f.Doc, [], "", "")));
            foreach (var x in f.Exports)
            {
                string where = $"{x.SourceFile}:{x.Line}: {x.EntryPoint}";
                var (ret, _) = map.Return(x.ReturnType, where);
                var pars = x.Params.Select(p => map.Param(p, where).CDecl).ToList();
                sb.Append('\n').Append(Docs.CComment(x.Doc));
                sb.Append(Declaration(ret, x.EntryPoint, pars));
            }
        }
        sb.Append("""

            #ifdef __cplusplus
            } /* extern "C" */
            #endif

            #endif /* NATIVEGRAD_H */

            """);
        return Lf(sb.ToString());
    }

    /// <summary>`RET name(a, b);`, wrapped after commas and aligned under the '(' when too long.</summary>
    private static string Declaration(string ret, string name, List<string> pars)
    {
        string head = $"{ret} {name}(";
        string one = head + (pars.Count == 0 ? "void" : string.Join(", ", pars)) + ");";
        if (one.Length <= Width) return one + "\n";
        var sb = new StringBuilder(head);
        string pad = new(' ', head.Length);
        int col = head.Length;
        for (int k = 0; k < pars.Count; k++)
        {
            string piece = pars[k] + (k == pars.Count - 1 ? ");" : ",");
            if (k > 0)
            {
                if (col + 1 + piece.Length > Width) { sb.Append('\n').Append(pad); col = pad.Length; }
                else { sb.Append(' '); col++; }
            }
            sb.Append(piece);
            col += piece.Length;
        }
        return sb.Append('\n').ToString();
    }

    public static string Python(Api api, ReleaseVersion? release = null)
    {
        release ??= ReleaseVersion.Unknown;
        var map = new TypeMap(api.Enums.Select(e => e.Name).ToList());
        var entries = new StringBuilder();
        foreach (var f in api.Files)
        {
            entries.Append($"    # {f.RelativePath}\n");
            foreach (var x in f.Exports)
            {
                string where = $"{x.SourceFile}:{x.Line}: {x.EntryPoint}";
                var (_, ret) = map.Return(x.ReturnType, where);
                var args = x.Params.Select(p => map.Param(p, where).Py);
                entries.Append($"    \"{x.EntryPoint}\": ({ret}, [{string.Join(", ", args)}]),\n");
            }
        }

        var sb = new StringBuilder();
        sb.Append($$"""
            # _abi.py - ctypes signatures of the NativeGrad C ABI (version {{api.Version}}).
            #
            # GENERATED FILE - DO NOT EDIT. Written by bindings/gen from the engine's [AbiEnum] enums, the op
            # declarations and native-api/Exports*.cs, the single source of truth. Regenerate with
            #     dotnet run --project bindings/gen -- .        (or ./build.sh build)
            # CI fails when this file differs from what the generator writes.
            """);
        sb.Append("\n\"\"\"Generated ctypes signatures of libnativegrad: SIGNATURES maps each exported function\n" +
                  "to (restype, argtypes); handles are c_void_p. The constants match nativegrad.h.\"\"\"\n\n");
        sb.Append("from ctypes import c_int32, c_uint32, c_int64, c_double, c_void_p, c_char_p, POINTER");
        if (map.UsesCallbacks) sb.Append(", CFUNCTYPE");
        sb.Append($"\n\nABI_VERSION = {api.Version}\n");
        sb.Append($"VERSION = \"{release}\"  # release version (engine/Version.props)\n");
        foreach (var e in api.Enums)
        {
            sb.Append('\n');
            string ed = Docs.OneLine(e.Doc);
            sb.Append($"# {e.Name}{(ed.Length > 0 ? ": " + ed : "")}\n");
            int w = e.Members.Max(m => Names.Constant(m).Length + 3 + m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            foreach (var m in e.Members)
            {
                string line = $"{Names.Constant(m)} = {m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                string d = Docs.OneLine(m.Doc);
                sb.Append(d.Length > 0 ? line.PadRight(w) + "  # " + d : line).Append('\n');
            }
        }
        foreach (var e in api.Enums)
        {
            string dict = Names.UpperSnake(e.Name.StartsWith("Ng", StringComparison.Ordinal) ? e.Name[2..] : e.Name) + "_NAMES";
            sb.Append($"\n# {e.Name} value -> constant name\n{dict} = {{\n");
            foreach (var m in e.Members) sb.Append($"    {Names.Constant(m)}: \"{Names.Constant(m)}\",\n");
            sb.Append("}\n");
        }
        sb.Append("\n# exported function -> (restype, argtypes)\nSIGNATURES = {\n");
        sb.Append(entries);
        sb.Append("}\n");
        return Lf(sb.ToString());
    }

    private static string Lf(string s) => s.Replace("\r\n", "\n");
}
