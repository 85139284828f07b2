using System.Globalization;
using System.Text;

namespace NativeGrad.AbiGen;

/// <summary>
/// Writes docs/ABI-REFERENCE.md: every constant and every function of the C ABI, grouped as in the
/// header, with its C prototype (const and all), its documentation, and the ownership of what it
/// returns. The conventions the entries rely on are hand-written in docs/ABI.md.
/// </summary>
public static class Reference
{
    public const string Path = "docs/ABI-REFERENCE.md";

    public static string Markdown(Api api, ReleaseVersion? release = null)
    {
        release ??= ReleaseVersion.Unknown;
        var map = new TypeMap(api.Enums.Select(e => e.Name).ToList());
        var sb = new StringBuilder();
        int n = api.Files.Sum(f => f.Exports.Count);
        sb.Append($"# NativeGrad C ABI reference (ABI version {api.Version}, release {release})\n\n");
        sb.Append("<!-- GENERATED FILE - DO NOT EDIT. Written by bindings/gen from the same declarations as\n" +
                  "     nativegrad.h; regenerate with `./build.sh build`. CI fails when it is stale. -->\n\n");
        sb.Append($"{n} functions in {api.Files.Count} groups, and their constants. The conventions every entry relies on " +
                  "(status codes, handles and their release, NULL, sizes, threads) are in [ABI.md](ABI.md); " +
                  "each entry states only what is particular to it.\n\n");
        sb.Append("Unless an entry says otherwise a function returns `NG_OK` or an error status with a message in " +
                  "`ng_last_error()`, and writes its `out_*` parameters only on `NG_OK`.\n\n");

        sb.Append("## Contents\n\n- [Constants](#constants)\n");
        foreach (var f in api.Files)
            sb.Append($"- [{f.RelativePath}](#{Anchor(f.RelativePath)}) ({f.Exports.Count})\n");

        sb.Append("\n## Constants\n");
        foreach (var e in api.Enums)
        {
            sb.Append($"\n### {e.Name}\n\n");
            string ed = Text(e.Doc);
            if (ed.Length > 0) sb.Append(ed).Append("\n\n");
            sb.Append("| constant | value | meaning |\n|---|---:|---|\n");
            foreach (var m in e.Members)
                sb.Append($"| `{Names.Constant(m)}` | {m.Value.ToString(CultureInfo.InvariantCulture)} | {Cell(Text(m.Doc))} |\n");
        }

        foreach (var f in api.Files)
        {
            sb.Append($"\n## {f.RelativePath}\n\n");
            if (f.Doc.Length > 0) sb.Append(f.Doc.Trim()).Append("\n\n");
            foreach (var x in f.Exports) Entry(sb, map, x);
        }
        return sb.ToString().Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }

    private static void Entry(StringBuilder sb, TypeMap map, Export x)
    {
        string where = $"{x.SourceFile}:{x.Line}: {x.EntryPoint}";
        var (ret, _) = map.Return(x.ReturnType, where);
        var pars = x.Params.Select(p => (p, map.Param(p, where).CDecl)).ToList();
        sb.Append($"### `{x.EntryPoint}`\n\n```c\n{ret} {x.EntryPoint}(");
        sb.Append(pars.Count == 0 ? "void" : string.Join(", ", pars.Select(q => q.CDecl)));
        sb.Append(");\n```\n\n");
        if (x.Doc.Summary.Length > 0) sb.Append(x.Doc.Summary.Replace("\n", "\n\n")).Append("\n\n");
        if (x.Doc.Remarks.Length > 0) sb.Append(x.Doc.Remarks.Replace("\n", "\n\n")).Append("\n\n");

        var docs = x.Doc.Params.ToDictionary(q => q.Name, q => q.Text);
        var rows = new List<string>();
        foreach (var (p, decl) in pars)
        {
            string snake = Names.Snake(p.CsName);
            string text = docs.TryGetValue(snake, out var t) ? t.Replace('\n', ' ') : "";
            string own = Ownership(p, decl);
            if (own.Length > 0) text = text.Length == 0 ? own : $"{text.TrimEnd()} {own}";
            if (text.Length > 0) rows.Add($"| `{Names.CParam(p.CsName)}` | {Cell(text)} |");
        }
        if (rows.Count > 0)
        {
            sb.Append("| parameter | |\n|---|---|\n");
            foreach (var r in rows) sb.Append(r).Append('\n');
            sb.Append('\n');
        }
        if (x.Doc.Returns.Length > 0) sb.Append("**Returns** ").Append(x.Doc.Returns.Replace('\n', ' ')).Append("\n\n");
        else if (ret != "ng_status" && ret != "void") sb.Append($"**Returns** `{ret}`.\n\n");
    }

    /// <summary>Who releases what an output parameter receives, from its C type (the rule of docs/ABI.md, spelled out).</summary>
    private static string Ownership(Param p, string decl)
    {
        if (!Names.IsOut(p.CsName) || decl.Contains("(*", StringComparison.Ordinal)) return "";
        string type = decl[..decl.LastIndexOf(' ')];
        string? free = type switch
        {
            "ng_tensor**" => "ng_tensor_free",
            "ng_node**" => "ng_node_free",
            "ng_module**" => "ng_module_free",
            "ng_optimizer**" => "ng_optimizer_free",
            "ng_generator**" => "ng_generator_free",
            _ => null,
        };
        if (free != null) return $"*Receives new handles (NULL entries are not handles): release each with `{free}`.*";
        if (type == "char**") return "*Receives strings allocated by the library: release each with `ng_string_free`.*";
        return "";
    }

    private static string Text(Doc d) => string.Join(" ", Docs.Paragraphs(d)).Replace('\n', ' ');

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'.</summary>
    private static string Anchor(string title)
    {
        var sb = new StringBuilder();
        foreach (char c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '-') sb.Append(c);
            else if (c == ' ') sb.Append('-');
        }
        return sb.ToString();
    }
}
