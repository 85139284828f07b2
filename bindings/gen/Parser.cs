using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NativeGrad.AbiGen;

/// <summary>
/// Reads the C ABI from native-api's C# sources as Roslyn syntax trees (no regular expressions
/// over code): the ABI version (`const uint Version` in Abi.cs), the engine enums marked [AbiEnum], and every
/// export — an `[Export("ng_...")]` method (its [UnmanagedCallersOnly] shim, with the one
/// try/catch boundary, is generated) or a hand-written `[UnmanagedCallersOnly(EntryPoint = ...)]`
/// method (for the few calls that cannot fail). Exports are grouped by the `[ExportGroup]` of
/// their class; a parameter whose `&lt;param&gt;` doc says "May be NULL" is optional. Anything that does
/// not fit is an error naming the file and line.
/// </summary>
public static partial class Parser
{
    /// <summary>Folder of generated sources inside native-api (not read: the generator writes it).</summary>
    public const string GeneratedFolder = "Generated";

    public static Api ParseRepo(string root)
    {
        string nativeApi = Path.Combine(root, "native-api");
        if (!Directory.Exists(nativeApi))
            throw new GenException($"{nativeApi}: directory not found (is '{root}' the repository root?)");

        string abiPath = Path.Combine(nativeApi, "Abi.cs");
        if (!File.Exists(abiPath))
            throw new GenException("native-api/Abi.cs not found: the ABI version is read from its `internal const uint Version = N;`");
        uint version = ParseVersion(File.ReadAllText(abiPath), "native-api/Abi.cs");

        var enums = EngineEnums(root);

        var files = Directory.GetFiles(nativeApi, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(nativeApi, p).Replace('\\', '/'))
            .Where(r => !r.StartsWith("bin/") && !r.StartsWith("obj/") && !r.StartsWith(GeneratedFolder + "/"))
            .OrderBy(r => r, StringComparer.Ordinal).ToList();
        var groups = new List<ExportFile>();
        foreach (var rel in files)
            foreach (var g in ParseExports(File.ReadAllText(Path.Combine(nativeApi, rel)), "native-api/" + rel))
            {
                int i = groups.FindIndex(x => x.RelativePath == g.RelativePath);
                if (i < 0) groups.Add(g);
                else groups[i] = groups[i] with { Exports = [.. groups[i].Exports, .. g.Exports], Doc = groups[i].Doc.Length > 0 ? groups[i].Doc : g.Doc };
            }
        if (groups.Count == 0) throw new GenException("no exports found in native-api");
        var api = new Api(version, enums, groups.OrderBy(g => g.Order).ToList());   // stable: then by file order
        CheckUnique(api);
        return api;
    }

    /// <summary>Orders groups (by their Order, then title) and checks that every entry point is declared once.</summary>
    public static void CheckUnique(Api api)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in api.Files.SelectMany(f => f.Exports))
        {
            if (seen.TryGetValue(e.EntryPoint, out var where))
                throw new GenException($"{e.SourceFile}:{e.Line}: entry point {e.EntryPoint} is already declared at {where}");
            seen[e.EntryPoint] = $"{e.SourceFile}:{e.Line}";
        }
    }

    private static SyntaxNode Parse(string text, string file)
    {
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), path: file);
        var diag = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (diag != null) throw new GenException($"{file}:{diag.Location.GetLineSpan().StartLinePosition.Line + 1}: {diag.GetMessage(CultureInfo.InvariantCulture)}");
        return tree.GetRoot();
    }

    private static int Line(SyntaxNode n) => n.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    public static uint ParseVersion(string text, string file)
    {
        var consts = Parse(text, file).DescendantNodes().OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword) && f.Declaration.Type.ToString() == "uint")
            .SelectMany(f => f.Declaration.Variables).Where(v => v.Identifier.Text == "Version").ToList();
        if (consts.Count != 1)
            throw new GenException($"{file}: expected exactly one `const uint Version = N;`, found {consts.Count}");
        var value = consts[0].Initializer?.Value as LiteralExpressionSyntax
            ?? throw new GenException($"{file}: Version must be an integer literal");
        return Convert.ToUInt32(value.Token.Value, CultureInfo.InvariantCulture);
    }

    // ---------------------------------------------------------------- enums

    /// <summary>The engine's enums marked [AbiEnum(name, prefix)] (engine/**/*.cs): the ABI's enums,
    /// ordered by name; the Status one gets NG_OK first and is the ABI's NgStatus.</summary>
    public static List<EnumDecl> EngineEnums(string root)
    {
        string engine = Path.Combine(root, "engine");
        if (!Directory.Exists(engine)) throw new GenException($"{engine}: directory not found");
        var result = new List<EnumDecl>();
        foreach (var path in Directory.GetFiles(engine, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
            string text = File.ReadAllText(path);
            if (!text.Contains("AbiEnum", StringComparison.Ordinal)) continue;
            foreach (var e in Parse(text, rel).DescendantNodes().OfType<EnumDeclarationSyntax>())
            {
                var a = Attr(e.AttributeLists, "AbiEnum");
                if (a == null) continue;
                string where = $"{rel}:{Line(e)}";
                string name = StringArg(a, 0) ?? throw new GenException($"{where}: [AbiEnum(\"NgName\", \"NG_PREFIX_\")]");
                string prefix = StringArg(a, 1) ?? throw new GenException($"{where}: [AbiEnum] needs the constant prefix");
                bool status = a.ArgumentList!.Arguments.Any(x => x.NameEquals?.Name.Identifier.Text == "Status" && x.Expression.ToString() == "true");
                var decl = ParseEnum(e, rel);
                var members = decl.Members.Select(m => m with { CName = prefix + Names.UpperSnake(m.Name) }).ToList();
                if (status != (name == "NgStatus")) throw new GenException($"{where}: exactly the enum named NgStatus is the status enum (Status = true)");
                if (status)
                {
                    if (members.Any(m => m.Value == 0)) throw new GenException($"{where}: a status enum leaves 0 to NG_OK");
                    members.Insert(0, new EnumMember("Ok", 0, new Doc("The call succeeded and wrote its outputs.", [], "", ""), "NG_OK"));
                }
                result.Add(new EnumDecl(name, decl.Doc, members));
            }
        }
        if (!result.Any(e => e.Name == "NgStatus")) throw new GenException("no engine enum is [AbiEnum(\"NgStatus\", ..., Status = true)]");
        // NgStatus first (the header's ng_status typedef precedes the others), then by name.
        return result.OrderBy(e => e.Name == "NgStatus" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>One enum's members and docs (values as C# assigns them; int underlying type only).</summary>
    private static EnumDecl ParseEnum(EnumDeclarationSyntax e, string file)
    {
        string name = e.Identifier.Text;
        string? underlying = e.BaseList?.Types.FirstOrDefault()?.Type.ToString();
        if (underlying is not (null or "int" or "System.Int32" or "Int32"))
            throw new GenException($"{file}:{Line(e)}: enum {name} must have underlying type int (C int32_t), not {underlying}");
        var members = new List<EnumMember>();
        long next = 0;
        foreach (var m in e.Members)
        {
            long value = next;
            if (m.EqualsValue != null) value = IntLiteral(m.EqualsValue.Value, $"{file}:{Line(m)}");
            members.Add(new EnumMember(m.Identifier.Text, value, DocOf(m, $"{file}:{Line(m)}")));
            next = value + 1;
        }
        if (members.Count == 0) throw new GenException($"{file}: enum {name} has no members");
        return new EnumDecl(name, DocOf(e, $"{file}:{Line(e)}"), members);
    }

    private static long IntLiteral(ExpressionSyntax x, string where) => x switch
    {
        LiteralExpressionSyntax l when l.Token.Value is int or long or uint => Convert.ToInt64(l.Token.Value, CultureInfo.InvariantCulture),
        PrefixUnaryExpressionSyntax { OperatorToken.Text: "-" } p => -IntLiteral(p.Operand, where),
        _ => throw new GenException($"{where}: enum value '{x}' is not an integer literal"),
    };

    /// <summary>The `///` doc comment of a declaration.</summary>
    public static Doc DocOf(SyntaxNode n, string where)
    {
        var lines = n.GetLeadingTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            .SelectMany(t => t.ToFullString().Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("///", StringComparison.Ordinal))
            .Select(l => l.Length > 3 && l[3] == ' ' ? l[4..] : l[3..]).ToList();
        return Docs.Parse(lines, where);
    }

    // ---------------------------------------------------------------- exports

    [GeneratedRegex(@"^ng_[a-z0-9_]+$")]
    private static partial Regex EntryNameRegex();

    private static AttributeSyntax? Attr(SyntaxList<AttributeListSyntax> lists, string name) =>
        lists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString() is var n && (n == name || n == name + "Attribute"
            || n.EndsWith("." + name, StringComparison.Ordinal) || n.EndsWith("." + name + "Attribute", StringComparison.Ordinal)));

    private static string? StringArg(AttributeSyntax a, int pos, string? named = null)
    {
        var args = a.ArgumentList?.Arguments ?? default;
        var arg = named != null
            ? args.FirstOrDefault(x => x.NameEquals?.Name.Identifier.Text == named)
            : args.Where(x => x.NameEquals == null && x.NameColon == null).ElementAtOrDefault(pos);
        return arg?.Expression is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.StringLiteralExpression) ? l.Token.ValueText : null;
    }

    /// <summary>The exports of one source file, by group, in order of appearance.</summary>
    public static List<ExportFile> ParseExports(string text, string file)
    {
        var root = Parse(text, file);
        var groups = new List<ExportFile>();
        foreach (var m in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var export = Attr(m.AttributeLists, "Export");
            var uco = Attr(m.AttributeLists, "UnmanagedCallersOnly");
            if (export == null && uco == null) continue;
            string where = $"{file}:{Line(m)}";
            if (export != null && uco != null) throw new GenException($"{where}: a method is either [Export] or [UnmanagedCallersOnly], not both");
            string? entry = export != null ? StringArg(export, 0) : StringArg(uco!, 0, "EntryPoint");
            if (entry == null)
                throw new GenException(export != null ? $"{where}: [Export] needs the entry point: [Export(\"ng_...\")]"
                                                      : $"{where}: [UnmanagedCallersOnly] without EntryPoint = \"ng_...\"");
            if (!EntryNameRegex().IsMatch(entry))
                throw new GenException($"{where}: entry point '{entry}' must be ng_ followed by lower_snake_case");
            if (!m.Modifiers.Any(SyntaxKind.StaticKeyword)) throw new GenException($"{where}: {entry}: exports are static methods");
            if (m.TypeParameterList != null) throw new GenException($"{where}: {entry}: generic methods cannot be exported");
            string ret = NormalizeType(m.ReturnType.ToString());
            if (export != null && ret != "void")
                throw new GenException($"{where}: {entry}: an [Export] method returns void (it throws on error; the generated shim returns ng_status)");
            var pars = new List<Param>();
            var optional = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in m.ParameterList.Parameters)
            {
                if (p.Default != null) throw new GenException($"{where}: {entry}: default parameter values are not supported: '{p}'");
                if (p.Modifiers.Count > 0) throw new GenException($"{where}: {entry}: parameter modifier in '{p}' is not allowed in an export");
                if (p.AttributeLists.Count > 0) throw new GenException($"{where}: {entry}: parameter attributes are not supported: '{p}'");
                pars.Add(new Param(NormalizeType(p.Type!.ToString()), p.Identifier.Text.TrimStart('@')));
            }
            var cls = m.Ancestors().OfType<ClassDeclarationSyntax>().First();
            string? impl = export != null ? $"{cls.Identifier.Text}.{m.Identifier.Text}" : null;
            var (title, doc, order) = GroupOf(cls, file);
            var mdoc = DocOf(m, where);
            // The optional-pointer marker: a <param> text containing "May be NULL" (NULL is always accepted there).
            foreach (var p in pars)
                if (mdoc.Params.Any(d => d.Name == Names.Snake(p.CsName) && d.Text.Contains("May be NULL", StringComparison.Ordinal)))
                    optional.Add(p.CsName);
            var x = new Export(entry, m.Identifier.Text, export != null ? "NgStatus" : ret, pars, mdoc, file, Line(m), impl, null, optional);
            int gi = groups.FindIndex(g => g.RelativePath == title);
            if (gi < 0) groups.Add(new ExportFile(title, [x], doc, order));
            else groups[gi].Exports.Add(x);
        }
        return groups;
    }

    /// <summary>The group of a class's exports: its [ExportGroup("Title", Order = n)] (the class doc is the
    /// group's doc), or for a legacy `Exports.Name.cs` file, the file's name.</summary>
    private static (string Title, string Doc, int Order) GroupOf(ClassDeclarationSyntax cls, string file)
    {
        var g = Attr(cls.AttributeLists, "ExportGroup");
        if (g != null)
        {
            string title = StringArg(g, 0) ?? throw new GenException($"{file}:{Line(cls)}: [ExportGroup(\"Title\", Order = n)]");
            var orderArg = g.ArgumentList!.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == "Order");
            int order = orderArg?.Expression is LiteralExpressionSyntax l ? Convert.ToInt32(l.Token.Value, CultureInfo.InvariantCulture) : 100;
            return (title, Docs.OneLine(DocOf(cls, file)), order);
        }
        string name = Path.GetFileNameWithoutExtension(file);
        return (name.StartsWith("Exports.", StringComparison.Ordinal) ? name["Exports.".Length..] : name, "", 100);
    }

    /// <summary>Splits on commas that are not inside &lt;&gt;, () or [].</summary>
    public static List<string> SplitTopLevel(string s)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c is '<' or '(' or '[') depth++;
            else if (c is '>' or ')' or ']') depth--;
            else if (c == ',' && depth == 0) { parts.Add(s[start..k]); start = k + 1; }
        }
        parts.Add(s[start..]);
        return parts;
    }

    /// <summary>Removes spaces that do not separate words: `byte *` -> `byte*`, `delegate* unmanaged[Cdecl] &lt;a, b&gt;` kept readable.</summary>
    public static string NormalizeType(string t)
    {
        t = Regex.Replace(t.Trim(), @"\s+", " ");
        t = Regex.Replace(t, @"\s*\*", "*");
        t = Regex.Replace(t, @"\s*([<>\[\],])\s*", "$1");
        t = t.Replace(",", ", ");
        t = Regex.Replace(t, @"\*(?=[A-Za-z_])", "* ");
        return t;
    }
}
