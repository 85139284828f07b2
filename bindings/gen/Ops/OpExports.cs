namespace NativeGrad.AbiGen.Ops;

/// <summary>
/// The C exports of declared ops (those exposing Expose.C): parameters mapped from the schema
/// (a Tensor is an ng_tensor*, an int list a pointer and a length, an optional number a has_x flag
/// and the value, a bool an int32), one out parameter per result, and the shim body that converts
/// them and calls the forward. In-place variants get ng_name_(self).
/// </summary>
public static class OpExports
{
    public const string Group = "Tensor operations";

    public static List<Export> Build(List<OpDecl> ops)
    {
        var list = new List<Export>();
        foreach (var op in ops.Where(o => o.Exposes("C")))
        {
            var pars = new List<Param>();
            var optional = new HashSet<string>(StringComparer.Ordinal);
            var args = new List<string>();
            foreach (var a in op.Schema.Args)
            {
                string n = Camel(a.Name), cap = char.ToUpperInvariant(n[0]) + n[1..];
                switch (a.Type)
                {
                    case "Tensor" or "IntTensor" or "BoolTensor": pars.Add(new("TensorHandle", n)); args.Add($"Abi.T({n})"); break;
                    case "Tensor?": pars.Add(new("TensorHandle", n)); optional.Add(n); args.Add($"Abi.TOrNull({n})"); break;
                    case "Tensor[]": pars.Add(new("TensorHandle*", n)); pars.Add(new("int", "n" + cap)); args.Add($"Abi.Tensors({n}, n{cap})"); break;
                    case "Scalar" or "float": pars.Add(new("double", n)); args.Add(n); break;
                    case "float?": pars.Add(new("int", "has" + cap)); pars.Add(new("double", n)); args.Add($"has{cap} != 0 ? {n} : null"); break;
                    case "int": pars.Add(new("long", n)); args.Add($"Abi.Int({n})"); break;
                    case "int?": pars.Add(new("int", "has" + cap)); pars.Add(new("long", n)); args.Add($"has{cap} != 0 ? Abi.Int({n}) : null"); break;
                    case "long": pars.Add(new("long", n)); args.Add(n); break;
                    case "int[]": pars.Add(new("long*", n)); pars.Add(new("int", "n" + cap)); args.Add($"Abi.Ints({n}, n{cap}, \"{a.Name}\")"); break;
                    case "int[]?": pars.Add(new("long*", n)); pars.Add(new("int", "n" + cap)); optional.Add(n); args.Add($"{n} == null ? null : Abi.Ints({n}, n{cap}, \"{a.Name}\")"); break;
                    case "long[]": pars.Add(new("long*", n)); pars.Add(new("int", "n" + cap)); args.Add($"Abi.Dims({n}, n{cap}).ToArray()"); break;
                    case "bool": pars.Add(new("int", n)); args.Add($"{n} != 0"); break;
                    case "ScalarType": pars.Add(new("int", n)); args.Add($"Abi.Type({n})"); break;
                    case "ScalarType?": pars.Add(new("int", n)); args.Add($"{n} < 0 ? null : Abi.Type({n})"); break;
                    case "Reduction": pars.Add(new("int", n)); args.Add($"Abi.Reduce({n})"); break;
                    default: throw new GenException($"{op.Where}: schema type {a.Type} has no C mapping");
                }
            }
            var outs = op.Schema.Results.Select(r => "out" + char.ToUpperInvariant(Camel(r.Name)[0]) + Camel(r.Name)[1..]).ToList();
            string call = $"Functions.{op.Forward}({string.Join(", ", args)})";
            string body;
            if (op.Schema.ReturnsList)
            {
                // A list: the caller's array of capacity handles; the count is written too (outputs only on success).
                pars.Add(new("TensorHandle*", outs[0])); pars.Add(new("int", "capacity")); pars.Add(new("int*", "outCount"));
                body = $"Abi.Out({outs[0]}); Abi.Out(outCount); var r = {call}; Abi.NewList(r, {outs[0]}, capacity, outCount);";
            }
            else if (op.Schema.ReturnsBool)
            {
                pars.Add(new("int*", outs[0]));
                body = $"Abi.Out({outs[0]}); int r = {call} ? 1 : 0; *{outs[0]} = r;";
            }
            else
            {
                foreach (var o in outs) pars.Add(new("TensorHandle*", o));
                body = string.Concat(outs.Select(o => $"Abi.Out({o}); "));
                body += outs.Count == 1
                    ? $"var r = {call}; *{outs[0]} = Abi.New(r);"
                    : $"var ({string.Join(", ", outs.Select((_, i) => "r" + i))}) = {call}; " +
                      string.Concat(outs.Select((o, i) => $"*{o} = Abi.New(r{i}); ")).TrimEnd();
            }
            var doc = op.Doc with
            {
                Summary = op.Differentiable ? $"{op.Doc.Summary.TrimEnd('.')} ({op.NodeName})." : op.Doc.Summary,
                // Tensor? arguments may always be NULL; an int list's NULL (None) may depend on the other arguments.
                Params = [.. op.Doc.Params, .. optional.Select(o => (Names.Snake(o),
                    op.Schema.Args.Any(a => a.Type == "Tensor?" && Camel(a.Name) == o) ? "May be NULL (none)." : "NULL means None."))],
            };
            list.Add(new Export(op.CEntry, op.Method, "NgStatus", pars, doc, op.Where.Split(':')[0], 0, null, body, optional));
            if (op.InPlace)
            {
                var rest = pars.Skip(1).Where(p => !outs.Contains(p.CsName) && p.CsName is not ("capacity" or "outCount")).ToList();
                var ipPars = new List<Param> { new("TensorHandle", "self") };
                ipPars.AddRange(rest);
                list.Add(new Export(op.CEntry + "_", op.Method + "_", "NgStatus", ipPars,
                    new Doc($"In-place {op.Schema.Name}: self = {op.Schema.Name}(self), recorded as PyTorch records in-place ops.", [], "", ""),
                    op.Where.Split(':')[0], 0, null, $"Functions.{op.Forward}_({string.Join(", ", args)});", null));
            }
        }
        return list;
    }

    /// <summary>grad_output -> gradOutput.</summary>
    public static string Camel(string snake)
    {
        var p = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return p[0] + string.Concat(p.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The api with the op exports appended to the Tensor operations group.</summary>
    public static Api Merge(Api api, List<Export> exports)
    {
        var files = api.Files.ToList();
        int i = files.FindIndex(f => f.RelativePath == Group);
        if (i < 0) files.Add(new ExportFile(Group, exports, "", 2));
        else files[i] = files[i] with { Exports = [.. files[i].Exports, .. exports] };
        var merged = api with { Files = files.OrderBy(f => f.Order).ToList() };
        Parser.CheckUnique(merged);
        return merged;
    }
}
