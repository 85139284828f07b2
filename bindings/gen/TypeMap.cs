using System.Text.RegularExpressions;

namespace NativeGrad.AbiGen;

/// <summary>Name conversions.</summary>
public static partial class Names
{
    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();

    /// <summary>outResult -> out_result, nOutputs -> n_outputs, HTTPCode -> http_code.</summary>
    public static string Snake(string s) => WordBoundary().Replace(s, "_").ToLowerInvariant();

    /// <summary>ErrInvalidArgument -> ERR_INVALID_ARGUMENT, Float32 -> FLOAT32.</summary>
    public static string UpperSnake(string s) => WordBoundary().Replace(s, "_").ToUpperInvariant();

    /// <summary>C constant of an enum member: NG_ + UPPER_SNAKE(member).</summary>
    public static string Constant(EnumMember m) => m.CName ?? "NG_" + UpperSnake(m.Name);

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        // C
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
        "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
        "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
        "volatile", "while", "bool", "true", "false",
        // C++ (the header is also compiled as C++)
        "alignas", "alignof", "and", "and_eq", "asm", "bitand", "bitor", "catch", "class", "compl",
        "concept", "const_cast", "consteval", "constexpr", "constinit", "co_await", "co_return", "co_yield",
        "decltype", "delete", "dynamic_cast", "explicit", "export", "friend", "mutable", "namespace", "new",
        "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
        "reinterpret_cast", "requires", "static_assert", "static_cast", "template", "this", "thread_local",
        "throw", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
    };

    /// <summary>Python keywords are irrelevant (only types are emitted there); C/C++ ones get a trailing _.</summary>
    public static string CParam(string csName)
    {
        string s = Snake(csName);
        return Reserved.Contains(s) ? s + "_" : s;
    }

    /// <summary>A parameter is an output when its C# name is `out` or starts with `out` + an uppercase letter, digit or _.</summary>
    public static bool IsOut(string csName) => Regex.IsMatch(csName, "^out(?:$|[A-Z0-9_])");
}

/// <summary>
/// C# type -> C type and ctypes type. Only the types listed here are accepted; anything else
/// is an error naming the export, so a new type is added here deliberately.
/// </summary>
public sealed partial class TypeMap(IReadOnlyCollection<string> enumNames)
{
    public bool UsesCallbacks { get; private set; }

    private (string C, string Py)? Scalar(string cs) => cs switch
    {
        "NgStatus" => ("ng_status", "c_int32"),
        "int" => ("int32_t", "c_int32"),
        "uint" => ("uint32_t", "c_uint32"),
        "long" => ("int64_t", "c_int64"),
        "double" => ("double", "c_double"),
        _ when enumNames.Contains(cs) => ("int32_t", "c_int32"),
        _ => null,
    };

    private static (string C, string Py)? Handle(string cs) => cs switch
    {
        "TensorHandle" => ("ng_tensor*", "c_void_p"),
        "NodeHandle" => ("ng_node*", "c_void_p"),
        "ModuleHandle" => ("ng_module*", "c_void_p"),
        "OptimizerHandle" => ("ng_optimizer*", "c_void_p"),
        "GeneratorHandle" => ("ng_generator*", "c_void_p"),
        _ => null,
    };

    /// <summary>Return type of an export.</summary>
    public (string C, string Py) Return(string cs, string where)
    {
        if (cs == "void") return ("void", "None");
        if (cs == "byte*") return ("const char*", "c_char_p");
        if (cs == "void*") return ("void*", "c_void_p");
        if (Scalar(cs) is { } s) return s;
        if (Handle(cs) is { } h) return h;
        throw new GenException($"{where}: unsupported return type '{cs}' (add it to bindings/gen/TypeMap.cs)");
    }

    /// <summary>
    /// C declaration of a parameter (`const int64_t* shape`, `ng_status (*fn)(void*)`) and its ctypes type.
    /// Pointers are const inputs unless the name marks an output (see <see cref="Names.IsOut"/>).
    /// </summary>
    public (string CDecl, string Py) Param(Param p, string where)
    {
        string name = Names.CParam(p.CsName);
        if (FunctionPointer(p.CsType, where) is { } fp)
            return ($"{fp.Ret} (*{name})({fp.Args})", fp.Py);
        var (c, py) = ParamType(p.CsType, Names.IsOut(p.CsName), where, $"parameter '{p.CsName}'");
        return ($"{c} {name}", py);
    }

    private (string C, string Py) ParamType(string cs, bool isOut, string where, string what)
    {
        if (Scalar(cs) is { } s) return s;
        if (Handle(cs) is { } h) return h;
        int stars = cs.Length - cs.TrimEnd('*').Length;
        string b = cs.TrimEnd('*');
        if (stars == 1)
        {
            if (b == "byte") return (isOut ? "char*" : "const char*", "c_char_p");
            if (b == "void") return (isOut ? "void*" : "const void*", "c_void_p");
            if (Handle(b) is { } hh) return (isOut ? $"{hh.C}*" : $"{hh.C} const*", "POINTER(c_void_p)");
            if (Scalar(b) is { } ss) return (isOut ? $"{ss.C}*" : $"const {ss.C}*", $"POINTER({ss.Py})");
        }
        if (stars == 2)
        {
            if (b == "byte") return (isOut ? "char**" : "const char* const*", isOut ? "POINTER(c_void_p)" : "POINTER(c_char_p)");
            if (b == "void") return (isOut ? "void**" : "const void* const*", "POINTER(c_void_p)");
        }
        throw new GenException($"{where}: unsupported type '{cs}' of {what} (add it to bindings/gen/TypeMap.cs)");
    }

    [GeneratedRegex(@"^delegate\*\s*unmanaged(?:\[[^\]]*\])?\s*<(.*)>$")]
    private static partial Regex FnPtrRegex();

    /// <summary>
    /// `delegate* unmanaged[Cdecl]&lt;A, B, R&gt;` -> C `R (*name)(A, B)` and ctypes CFUNCTYPE(R, A, B).
    /// Inside a callback signature parameters have no names, so pointers are taken as mutable
    /// (the callback may write through them), except byte* which is a const char* string.
    /// </summary>
    private (string Ret, string Args, string Py)? FunctionPointer(string cs, string where)
    {
        if (!cs.StartsWith("delegate*", StringComparison.Ordinal)) return null;
        var m = FnPtrRegex().Match(cs);
        if (!m.Success) throw new GenException($"{where}: only `delegate* unmanaged<...>` function pointers can cross the ABI, not '{cs}'");
        var parts = Parser.SplitTopLevel(m.Groups[1].Value).Select(Parser.NormalizeType).ToList();
        var (rc, rpy) = Return(parts[^1], where);
        if (rc == "const char*") rpy = "c_void_p"; // ctypes cannot return c_char_p from a callback safely
        var args = parts.Take(parts.Count - 1).Select(a =>
            a == "byte*" ? ("const char*", "c_char_p") : ParamType(a, isOut: true, where, "a callback argument")).ToList();
        UsesCallbacks = true;
        string cargs = args.Count == 0 ? "void" : string.Join(", ", args.Select(a => a.Item1));
        string py = $"CFUNCTYPE({string.Join(", ", new[] { rpy }.Concat(args.Select(a => a.Item2)))})";
        return (rc, cargs, py);
    }
}
