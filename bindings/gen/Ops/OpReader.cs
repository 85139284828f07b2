using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NativeGrad.AbiGen.Ops;

/// <summary>A parameter of a derivative method.</summary>
public sealed record DerivParam(string Type, string Name);

/// <summary>One declared op: its schema, the options of its [Op] attribute and its derivative method.</summary>
public sealed record OpDecl(
    Schema Schema, string Method, string NodeName, string? Kernel, bool InPlace, string Expose, string? CName,
    string Forward, List<DerivParam> Params, bool ReturnsArray, bool Differentiable, Doc Doc, string Where)
{
    /// <summary>The BatchRule member name (Batch = BatchRule.X; Kernel ops default to Broadcast, others to PerSlice).</summary>
    public string Batch { get; init; } = Kernel != null ? "Broadcast" : "PerSlice";

    public bool Exposes(string what) => Expose == "All" || Expose.Split('|').Select(s => s.Trim().Replace("Expose.", "")).Contains(what);
    public string CEntry => CName ?? "ng_" + Schema.Name.TrimStart('_') + (Schema.Overload.Length > 0 ? "_" + Names.Snake(Schema.Overload) : "");
}

/// <summary>Reads the op declarations (engine/Ops/Declarations/*.cs) as Roslyn syntax trees.</summary>
public static class OpReader
{
    public const string Folder = "engine/Ops/Declarations";

    public static List<OpDecl> ReadRepo(string root)
    {
        string dir = Path.Combine(root, Folder);
        if (!Directory.Exists(dir)) throw new GenException($"{dir}: directory not found");
        var ops = new List<OpDecl>();
        foreach (var path in Directory.GetFiles(dir, "*.cs").OrderBy(p => p, StringComparer.Ordinal))
            ops.AddRange(Read(File.ReadAllText(path), Folder + "/" + Path.GetFileName(path)));
        var dup = ops.GroupBy(o => o.Method).FirstOrDefault(g => g.Count() > 1);
        if (dup != null) throw new GenException($"{dup.Skip(1).First().Where}: op method {dup.Key} is declared twice");
        return ops;
    }

    public static List<OpDecl> Read(string text, string file)
    {
        var tree = CSharpSyntaxTree.ParseText(text, path: file);
        var diag = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (diag != null) throw new GenException($"{file}: {diag}");
        var result = new List<OpDecl>();
        foreach (var m in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var attr = m.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString() is "Op" or "OpAttribute");
            if (attr == null) continue;
            int line = m.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            string where = $"{file}:{line}";
            var args = attr.ArgumentList?.Arguments ?? default;
            if (args.Count == 0 || args[0].NameEquals != null || args[0].Expression is not LiteralExpressionSyntax lit)
                throw new GenException($"{where}: [Op] needs the schema string as its first argument");
            var schema = Schema.Parse(lit.Token.ValueText, where);
            string? node = null, kernel = null, cname = null, forward = null, expose = "All", batch = null;
            bool inPlace = false;
            foreach (var a in args.Skip(1))
            {
                string key = a.NameEquals?.Name.Identifier.Text ?? throw new GenException($"{where}: [Op] options are named (Node = ...)");
                switch (key)
                {
                    case "Node": node = Str(a, where); break;
                    case "C": cname = Str(a, where); break;
                    case "Forward": forward = Str(a, where); break;
                    case "InPlace": inPlace = a.Expression.ToString() == "true"; break;
                    case "Expose": expose = a.Expression.ToString().Replace("Expose.", ""); break;
                    case "Batch":
                        batch = a.Expression.ToString().Replace("BatchRule.", "");
                        if (batch is not ("PerSlice" or "Broadcast" or "Aware")) throw new GenException($"{where}: Batch = BatchRule.PerSlice, Broadcast or Aware");
                        break;
                    case "Kernel":
                        if (a.Expression is not TypeOfExpressionSyntax t) throw new GenException($"{where}: Kernel = typeof(XOp<>)");
                        kernel = t.Type.ToString().Replace("<>", "");
                        break;
                    default: throw new GenException($"{where}: unknown [Op] option {key}");
                }
            }
            var pars = m.ParameterList.Parameters.Select(p => new DerivParam(p.Type!.ToString(), p.Identifier.Text)).ToList();
            string ret = m.ReturnType.ToString();
            bool differentiable = pars.Count > 0;
            if (differentiable && ret is not ("Tensor" or "Tensor?" or "Tensor?[]"))
                throw new GenException($"{where}: a derivative returns Tensor, Tensor? or Tensor?[] (got {ret})");
            string nodeName = node ?? Pascal(schema.Name) + "Backward0";
            var decl = new OpDecl(schema, m.Identifier.Text, nodeName, kernel, inPlace, expose, cname, forward ?? m.Identifier.Text,
                pars, ret == "Tensor?[]", differentiable, DocOf(m, where), where);
            if (batch != null) decl = decl with { Batch = batch };
            Validate(decl);
            result.Add(decl);
        }
        return result;
    }

    private static string Str(AttributeArgumentSyntax a, string where) =>
        a.Expression is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.StringLiteralExpression)
            ? l.Token.ValueText : throw new GenException($"{where}: {a.NameEquals!.Name} must be a string literal");

    /// <summary>log_softmax -> LogSoftmax, _to_copy -> ToCopy.</summary>
    public static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static Doc DocOf(SyntaxNode m, string where)
    {
        var lines = m.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .SelectMany(t => t.ToFullString().Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("///"))
            .Select(l => l[3..].StartsWith(' ') ? l[4..] : l[3..]).ToList();
        if (lines.Count == 0) throw new GenException($"{where}: every op needs a /// <summary> (it becomes the docs of every surface)");
        return Docs.Parse(lines, where);
    }

    /// <summary>Every derivative parameter must be something the generator can pass.</summary>
    private static void Validate(OpDecl op)
    {
        var s = op.Schema;
        foreach (var p in op.Params)
        {
            if (Resolve(op, p) is null)
                throw new GenException($"{op.Where}: derivative parameter '{p.Type} {p.Name}' is neither grad, needs, node, an input, " +
                                       $"a result, <input>Shape/<input>Type, resultShape, nor an argument of '{s.FullName}'");
        }
        if (op.Differentiable && op.Params[0].Name != (s.ReturnsList ? "grads" : "grad"))
            throw new GenException($"{op.Where}: the first derivative parameter is `Tensor grad` (`Tensor?[] grads` for an op returning Tensor[])");
        if (op.Differentiable && s.ReturnsBool) throw new GenException($"{op.Where}: an op returning bool is not differentiable");
        if (s.Args.Count(a => a.Type == "Tensor[]") > 0 && s.Args.Count(a => a.IsEdge) > 1)
            throw new GenException($"{op.Where}: a Tensor[] input must be the op's only differentiable input");
        if (op.Kernel != null && (s.Args.Count != 1 || s.Args[0].Type != "Tensor"))
            throw new GenException($"{op.Where}: Kernel ops are unary: `name(Tensor self) -> Tensor`");
    }

    /// <summary>What a derivative parameter refers to (null: nothing known).</summary>
    public static ParamRef? Resolve(OpDecl op, DerivParam p)
    {
        var s = op.Schema;
        if (p.Name == "grad") return new ParamRef(RefKind.Grad, null, -1);
        if (p.Name == "grads") return new ParamRef(RefKind.Grads, null, -1);
        if (p.Type == "Needs") return new ParamRef(RefKind.Needs, null, -1);
        if (p.Type == "OpNode") return new ParamRef(RefKind.Node, null, -1);
        int ri = s.Results.FindIndex(r => r.Name == p.Name);
        if (ri >= 0) return new ParamRef(RefKind.Result, null, ri);
        if (p.Name == "resultShape") return new ParamRef(RefKind.ResultShape, null, 0);
        var arg = s.Args.FirstOrDefault(a => a.Name == p.Name);
        if (arg != null) return new ParamRef(arg.IsTensor ? RefKind.SavedInput : RefKind.Arg, arg, -1);
        foreach (var (suffix, kind) in new[] { ("Shape", RefKind.InputShape), ("Type", RefKind.InputType) })
            if (p.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var a = s.Args.FirstOrDefault(x => x.Name == p.Name[..^suffix.Length] && x.IsEdge);
                if (a != null) return new ParamRef(kind, a, -1);
            }
        return null;
    }
}

public enum RefKind { Grad, Grads, Needs, Node, Result, ResultShape, SavedInput, Arg, InputShape, InputType }

public sealed record ParamRef(RefKind Kind, SchemaArg? Arg, int Result);
