using System.Text.RegularExpressions;

namespace NativeGrad.AbiGen.Ops;

/// <summary>One argument of an op schema.</summary>
/// <param name="Type">Schema type: Tensor, Tensor?, Tensor[], IntTensor, BoolTensor, Scalar, float, float?,
/// int, int?, long, int[], int[]?, long[], bool, ScalarType, Reduction.</param>
public sealed record SchemaArg(string Type, string Name, string? Default, bool KeywordOnly)
{
    /// <summary>A differentiable input: one edge of the node per tensor (none for a null Tensor?).</summary>
    public bool IsEdge => Type is "Tensor" or "Tensor?" or "Tensor[]" or "Scalar";

    /// <summary>An input that is a tensor (edge or not).</summary>
    public bool IsTensor => Type is "Tensor" or "Tensor?" or "Tensor[]" or "IntTensor" or "BoolTensor";

    /// <summary>The C# type of the argument in forward and record signatures.</summary>
    public string CsType => Type switch
    {
        "Tensor" or "IntTensor" or "BoolTensor" => "Tensor",
        "Tensor?" => "Tensor?",
        "Tensor[]" => "Tensor[]",
        "Scalar" or "float" => "double",
        "float?" => "double?",
        "int" => "int",
        "int?" => "int?",
        "long" => "long",
        "int[]" => "int[]",
        "int[]?" => "int[]?",
        "long[]" => "long[]",
        "bool" => "bool",
        "ScalarType" => "DType",
        "ScalarType?" => "DType?",
        "Reduction" => "Reduction",
        _ => throw new GenException($"unknown schema type '{Type}'"),
    };
}

/// <summary>A parsed op schema: <c>name[.overload](args) -&gt; results</c>.</summary>
public sealed record Schema(string Name, string Overload, List<SchemaArg> Args, List<(string Type, string Name)> Results)
{
    public string FullName => Overload.Length == 0 ? Name : Name + "." + Overload;

    /// <summary>The op returns a list of tensors (one node output per tensor).</summary>
    public bool ReturnsList => Results.Count == 1 && Results[0].Type == "Tensor[]";

    /// <summary>The op returns a Python bool (C: an int32 flag).</summary>
    public bool ReturnsBool => Results.Count == 1 && Results[0].Type == "bool";

    private static readonly Regex Head = new(@"^\s*(?<name>[a-z_][a-z0-9_]*)(?:\.(?<ov>[A-Za-z0-9_]+))?\s*\((?<args>.*)\)\s*->\s*(?<ret>.+?)\s*$");

    public static Schema Parse(string text, string where)
    {
        var m = Head.Match(text);
        if (!m.Success) throw new GenException($"{where}: cannot parse schema '{text}' (expected `name(Type arg, ...) -> Result`)");
        var args = new List<SchemaArg>();
        bool kwOnly = false;
        string argText = m.Groups["args"].Value.Trim();
        if (argText.Length > 0)
            foreach (var raw in argText.Split(','))
            {
                string a = raw.Trim();
                if (a == "*") { kwOnly = true; continue; }
                var am = Regex.Match(a, @"^(?<type>[A-Za-z]+(?:\[\])?\??)\s+(?<name>[a-z_][a-z0-9_]*)(?:\s*=\s*(?<def>.+))?$");
                if (!am.Success) throw new GenException($"{where}: cannot parse schema argument '{a}'");
                var arg = new SchemaArg(am.Groups["type"].Value, am.Groups["name"].Value,
                    am.Groups["def"].Success ? am.Groups["def"].Value.Trim() : null, kwOnly);
                _ = arg.CsType; // validates the type
                if (args.Any(x => x.Name == arg.Name)) throw new GenException($"{where}: argument '{arg.Name}' appears twice");
                args.Add(arg);
            }
        var results = new List<(string, string)>();
        string ret = m.Groups["ret"].Value;
        if (ret is "Tensor" or "Tensor[]" or "bool") results.Add((ret, "result"));
        else if (ret.StartsWith('(') && ret.EndsWith(')'))
        {
            foreach (var raw in ret[1..^1].Split(','))
            {
                var rm = Regex.Match(raw.Trim(), @"^Tensor\s+(?<name>[a-z_][a-z0-9_]*)$");
                if (!rm.Success) throw new GenException($"{where}: cannot parse result '{raw.Trim()}' (expected `Tensor name`)");
                results.Add(("Tensor", rm.Groups["name"].Value));
            }
        }
        else throw new GenException($"{where}: unsupported result '{ret}' (Tensor, Tensor[], bool or (Tensor a, Tensor b))");
        return new Schema(m.Groups["name"].Value, m.Groups["ov"].Success ? m.Groups["ov"].Value : "", args, results);
    }
}
