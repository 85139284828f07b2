using System.Text;

namespace NativeGrad.AbiGen.Ops;

/// <summary>
/// Writes bindings/python/nativegrad/_ops_gen.py: for every declared op exposed to Python, the
/// Tensor method (and the in-place variant) and the module function (torch.name), with PyTorch's
/// argument names and defaults, argument checks that name the function and the argument, out=,
/// and the ctypes call. Irregular ops (overloads, Python-scalar promotion) stay hand-written.
/// </summary>
public static class PythonEmitter
{
    public const string Path = "bindings/python/nativegrad/_ops_gen.py";

    public static string Module(List<OpDecl> ops)
    {
        var exposed = ops.Where(o => o.Exposes("Method") || o.Exposes("Function")).ToList();
        var sb = new StringBuilder();
        sb.Append("# _ops_gen.py - the Python wrappers of the declared ops.\n#\n");
        sb.Append("# GENERATED FILE - DO NOT EDIT. Written by bindings/gen from engine/Ops/Declarations/*.cs\n");
        sb.Append("# (the op declarations); regenerate with `dotnet run --project bindings/gen -- .` or ./build.sh build.\n");
        sb.Append("\"\"\"Tensor methods and module functions of the declared ops (generated).\"\"\"\n\n");
        sb.Append("from ctypes import c_void_p as _VP\n\n");
        sb.Append("from . import _args as _a, _strict, return_types as _rt\n");
        sb.Append("from ._native import lib as _L, raise_status as _raise\n");
        sb.Append("from ._tensor import Tensor, _wrap\n\n");
        var all = exposed.Where(o => o.Exposes("Function")).Select(o => o.Schema.Name).Distinct().ToList();
        sb.Append("__all__ = [" + string.Join(", ", all.Select(n => $"\"{n}\"")) + "]\n\n_new = object.__new__\n");
        foreach (var op in exposed)
        {
            sb.Append("\n\n").Append(Method(op));
            if (op.InPlace) sb.Append("\n\n").Append(InPlace(op));
            if (op.Exposes("Function")) sb.Append("\n\n").Append(Function(op));
        }
        sb.Append("\n\n");
        foreach (var op in exposed.Where(o => o.Exposes("Method")))
        {
            sb.Append($"Tensor.{op.Schema.Name} = _m_{op.Schema.Name}\n");
            if (op.InPlace) sb.Append($"Tensor.{op.Schema.Name}_ = _m_{op.Schema.Name}_\n");
        }
        return sb.ToString();
    }

    private static string Doc(OpDecl op)
    {
        string summary = op.Doc.Summary.Replace(Q3, "'" + "''");
        return op.Differentiable ? $"{summary.TrimEnd('.')} ({op.NodeName})." : summary;
    }

    private const string Q3 = "\"\"\"";

    private static string PyDefault(string d) => d switch
    {
        "None" => "None", "True" => "True", "False" => "False",
        _ => d,
    };

    /// <summary>Python parameters (after self/input) with defaults and the keyword-only marker.</summary>
    private static string Params(List<SchemaArg> args, bool withOut)
    {
        var parts = new List<string>();
        bool star = false;
        foreach (var a in args)
        {
            if (a.KeywordOnly && !star) { parts.Add("*"); star = true; }
            parts.Add(a.Default != null ? $"{a.Name}={PyDefault(a.Default)}" : a.Name);
        }
        if (withOut) { if (!star) parts.Add("*"); parts.Add("out=None"); }
        return string.Join(", ", parts);
    }

    /// <summary>The ctypes arguments for the schema args (self excluded) and the lines that prepare them.</summary>
    private static (List<string> Pre, List<string> Args) Convert(OpDecl op, List<SchemaArg> args, string fname, int firstPos)
    {
        var pre = new List<string>();
        var call = new List<string>();
        int pos = firstPos;
        foreach (var a in args)
        {
            string n = a.Name, q = $"\"{fname}\", \"{n}\"";
            switch (a.Type)
            {
                case "Tensor" or "IntTensor" or "BoolTensor": call.Add($"_a.tensor({n}, {q}, {pos})"); break;
                case "Tensor?": call.Add($"_a.opt_tensor({n}, {q}, {pos})"); break;
                case "Tensor[]": pre.Add($"_{n}, _n_{n} = _a.tensors({n}, {q})"); call.Add($"_{n}"); call.Add($"_n_{n}"); break;
                case "Scalar" or "float": call.Add($"_a.number({n}, {q})"); break;
                case "float?": call.Add($"0 if {n} is None else 1"); call.Add($"0.0 if {n} is None else _a.number({n}, {q})"); break;
                case "int" or "long": call.Add($"_a.integer({n}, {q})"); break;
                case "int?": call.Add($"0 if {n} is None else 1"); call.Add($"0 if {n} is None else _a.integer({n}, {q})"); break;
                case "int[]" or "long[]": pre.Add($"_{n}, _n_{n} = _a.int_list({n}, {q})"); call.Add($"_{n}"); call.Add($"_n_{n}"); break;
                case "int[]?":
                    pre.Add($"_{n}, _n_{n} = (None, 0) if {n} is None else _a.int_list({n}, {q})"); call.Add($"_{n}"); call.Add($"_n_{n}"); break;
                case "bool": call.Add($"1 if {n} else 0"); break;
                case "ScalarType" or "ScalarType?": call.Add($"_a.dtype_code({n}, \"{fname}\")"); break;
                case "Reduction": call.Add($"_a.reduction({n}, \"{fname}\")"); break;
                default: throw new GenException($"{op.Where}: schema type {a.Type} has no Python mapping");
            }
            pos++;
        }
        return (pre, call);
    }

    private static string Body(OpDecl op, string selfH, List<string> pre, List<string> call, string indent)
    {
        var sb = new StringBuilder();
        var results = op.Schema.Results;
        foreach (var p in pre) sb.Append(indent).Append(p).Append('\n');
        if (op.Schema.ReturnsList)
        {
            // Room for every tensor the op can return: the largest dim (+1) bounds splits and unbinds.
            var argsL = new List<string>();
            if (selfH.Length > 0) argsL.Add(selfH);
            argsL.AddRange(call);
            // Room for every tensor the op can return: the largest dim (+1), plus every int argument and
            // the length of every int list (chunks, split sizes): a generous bound, an array of pointers.
            var extra = op.Schema.Args.Where(a => a.Type is "int" or "long" or "int[]" or "long[]").Select(a => a.Name).ToList();
            sb.Append(indent).Append($"cap = _a.list_capacity({(selfH.Length > 0 ? "self" : "None")}{string.Concat(extra.Select(n => ", " + n))})\n");
            sb.Append(indent).Append("arr = (_VP * cap)()\n").Append(indent).Append("n = _a.c_int32()\n");
            sb.Append(indent).Append($"st = _L.{op.CEntry}({string.Join(", ", argsL.Concat(["arr", "cap", "n"]))})\n");
            sb.Append(indent).Append("if st:\n").Append(indent).Append("    _raise(st)\n");
            sb.Append(indent).Append("return tuple([_wrap(arr[i]) for i in range(n.value)])\n");
            return sb.ToString();
        }
        if (op.Schema.ReturnsBool) sb.Append(indent).Append("o0 = _a.c_int32()\n");
        else for (int i = 0; i < results.Count; i++) sb.Append(indent).Append($"o{i} = _VP()\n");
        var args = new List<string>();
        if (selfH.Length > 0) args.Add(selfH);
        args.AddRange(call);
        args.AddRange(results.Select((_, i) => $"o{i}"));
        sb.Append(indent).Append($"st = _L.{op.CEntry}({string.Join(", ", args)})\n");
        sb.Append(indent).Append("if st:\n").Append(indent).Append("    _raise(st)\n");
        if (op.Schema.ReturnsBool) sb.Append(indent).Append("return o0.value != 0\n");
        else if (results.Count == 1)
        {
            if (op.Kernel != null && selfH == "self._h")
            {
                // A kernel op's result is self's floating dtype (float32 for integral input): known without asking.
                sb.Append(indent).Append("t = _new(Tensor)\n").Append(indent).Append("t._h = o0.value\n");
                sb.Append(indent).Append("dt = self._dt\n").Append(indent).Append("t._dt = dt if 0 <= dt <= 1 else -1\n");
                sb.Append(indent).Append("return t\n");
            }
            else sb.Append(indent).Append("return _wrap(o0.value)\n");
        }
        else
            sb.Append(indent).Append($"return _rt.make(\"{op.Schema.Name}\", ({string.Join(", ", results.Select(r => $"\"{r.Name}\""))}))" +
                                     $"({string.Join(", ", results.Select((_, i) => $"_wrap(o{i}.value)"))})\n");
        return sb.ToString();
    }

    private static List<SchemaArg> Rest(OpDecl op)
    {
        var first = op.Schema.Args.FirstOrDefault();
        if (first == null || first.Name != "self" || first.Type != "Tensor")
            throw new GenException($"{op.Where}: an op exposed as a Tensor method needs `Tensor self` first");
        return op.Schema.Args.Skip(1).ToList();
    }

    private static string Method(OpDecl op)
    {
        var rest = Rest(op);
        string name = op.Schema.Name;
        var (pre, call) = Convert(op, rest, name, 1);
        bool varargs = rest.Count == 1 && rest[0].Type is "int[]" or "long[]" && rest[0].Default == null;
        var sb = new StringBuilder();
        if (varargs)
        {
            string n = rest[0].Name;
            sb.Append($"def _m_{name}(self, *{n}):\n    \"\"\"{Doc(op)}\"\"\"\n");
            sb.Append($"    {n} = _a.varargs_ints({n}, \"{name}\", \"{n}\")\n");
        }
        else sb.Append($"def _m_{name}(self{(rest.Count > 0 ? ", " + Params(rest, false) : "")}):\n    \"\"\"{Doc(op)}\"\"\"\n");
        sb.Append(Body(op, "self._h", pre, call, "    "));
        return sb.ToString();
    }

    private static string InPlace(OpDecl op)
    {
        var rest = Rest(op);
        string name = op.Schema.Name;
        var (pre, call) = Convert(op, rest, name + "_", 1);
        var sb = new StringBuilder();
        sb.Append($"def _m_{name}_(self{(rest.Count > 0 ? ", " + Params(rest, false) : "")}):\n");
        sb.Append($"    \"\"\"In-place {name}: self = {name}(self), recorded as PyTorch records in-place ops.\"\"\"\n");
        foreach (var p in pre) sb.Append("    ").Append(p).Append('\n');
        sb.Append($"    st = _L.{op.CEntry}_({string.Join(", ", new[] { "self._h" }.Concat(call))})\n");
        sb.Append("    if st:\n        _raise(st)\n    return self\n");
        return sb.ToString();
    }

    private static string Function(OpDecl op)
    {
        string name = op.Schema.Name;
        var args = op.Schema.Args;
        bool hasSelf = args.Count > 0 && args[0].Name == "self" && args[0].Type == "Tensor";
        var rest = hasSelf ? args.Skip(1).ToList() : args;
        bool withOut = op.Schema.Results.Count == 1 && !op.Schema.ReturnsList && !op.Schema.ReturnsBool;
        string ps = (hasSelf ? "input" + (rest.Count > 0 || withOut ? ", " : "") : "") + Params(rest, withOut);
        var sb = new StringBuilder($"def {name}({ps}):\n    \"\"\"{Doc(op)}\"\"\"\n");
        if (hasSelf)
        {
            sb.Append($"    _a.tensor(input, \"{name}\", \"input\", 1)\n");
            // Keyword-only arguments stay keywords when passed on (the method takes them after '*').
            string pass = string.Join(", ", rest.Select(a => a.KeywordOnly ? $"{a.Name}={a.Name}" : a.Name));
            sb.Append(withOut
                ? $"    r = _m_{name}(input{(pass.Length > 0 ? ", " + pass : "")})\n    return r if out is None else _strict.write_out(r, out, \"{name}\", (input,))\n"
                : $"    return _m_{name}(input{(pass.Length > 0 ? ", " + pass : "")})\n");
        }
        else
        {
            var (pre, call) = Convert(op, rest, name, 1);
            string body = Body(op, "", pre, call, "    ");
            if (withOut) body = body.Replace("    return _wrap(o0.value)\n", $"    r = _wrap(o0.value)\n    return r if out is None else _strict.write_out(r, out, \"{name}\")\n");
            sb.Append(body);
        }
        return sb.ToString();
    }
}
