using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NativeGrad.AbiGen;

/// <summary>
/// Reads the C# sources of native-api by line-oriented text scanning. The convention:
/// an optional `///` doc comment, then `[UnmanagedCallersOnly(EntryPoint = "ng_...")]`
/// (other attributes, blank lines and `//` comments may sit in between), then a
/// `static` method whose signature is on one line (or continues until its parentheses
/// close). Anything that does not fit the convention is an error, never skipped.
/// </summary>
public static partial class Parser
{
    public static Api ParseRepo(string root)
    {
        string nativeApi = Path.Combine(root, "native-api");
        if (!Directory.Exists(nativeApi))
            throw new GenException($"{nativeApi}: directory not found (is '{root}' the repository root?)");

        string abiPath = Path.Combine(nativeApi, "Abi.cs");
        if (!File.Exists(abiPath))
            throw new GenException("native-api/Abi.cs not found: the ABI version is read from its " +
                                   "`internal const uint Version = N;`");
        uint version = ParseVersion(File.ReadAllText(abiPath), "native-api/Abi.cs");

        string typesPath = Path.Combine(nativeApi, "Types.cs");
        if (!File.Exists(typesPath)) throw new GenException("native-api/Types.cs not found");
        var enums = ParseEnums(File.ReadAllText(typesPath), "native-api/Types.cs");

        var exportFiles = Directory.GetFiles(nativeApi, "Exports*.cs")
            .Select(Path.GetFileName).OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (exportFiles.Count == 0) throw new GenException("no native-api/Exports*.cs files found");

        var files = new List<ExportFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in exportFiles)
        {
            string rel = "native-api/" + name;
            var exports = ParseExports(File.ReadAllText(Path.Combine(nativeApi, name)), rel);
            foreach (var e in exports)
            {
                if (seen.TryGetValue(e.EntryPoint, out var where))
                    throw new GenException($"{rel}:{e.Line}: entry point {e.EntryPoint} is already declared at {where}");
                seen[e.EntryPoint] = $"{rel}:{e.Line}";
            }
            files.Add(new ExportFile(rel, exports));
        }
        return new Api(version, enums, files);
    }

    [GeneratedRegex(@"\bconst\s+uint\s+Version\s*=\s*(\d+)\s*[uU]?\s*;")]
    private static partial Regex VersionRegex();

    public static uint ParseVersion(string text, string file)
    {
        var ms = VersionRegex().Matches(StripLineComments(text));
        if (ms.Count != 1)
            throw new GenException($"{file}: expected exactly one `const uint Version = N;`, found {ms.Count}");
        return uint.Parse(ms[0].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string StripLineComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    // ---------------------------------------------------------------- enums

    [GeneratedRegex(@"^\s*(?:(?:public|internal)\s+)?enum\s+(\w+)\s*(?::\s*([\w.]+))?\s*(\{)?\s*$")]
    private static partial Regex EnumHeadRegex();

    [GeneratedRegex(@"^\s*(\w+)\s*(?:=\s*([^,/]+?))?\s*,?\s*(?://.*)?$")]
    private static partial Regex EnumMemberRegex();

    public static List<EnumDecl> ParseEnums(string text, string file)
    {
        var result = new List<EnumDecl>();
        var lines = SplitLines(text);
        var doc = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t.StartsWith("///", StringComparison.Ordinal)) { doc.Add(DocLine(t)); continue; }
            if (t.Length == 0 || t.StartsWith('[')) continue;
            var head = EnumHeadRegex().Match(lines[i]);
            if (!head.Success) { doc.Clear(); continue; }

            string name = head.Groups[1].Value;
            string underlying = head.Groups[2].Success ? head.Groups[2].Value : "int";
            if (underlying is not ("int" or "System.Int32" or "Int32"))
                throw new GenException($"{file}:{i + 1}: enum {name} must have underlying type int (C int32_t), not {underlying}");
            var enumDoc = Docs.Parse(doc, $"{file}:{i + 1}");
            doc.Clear();
            if (!head.Groups[3].Success)
            {
                i++;
                while (i < lines.Length && lines[i].Trim().Length == 0) i++;
                if (i >= lines.Length || lines[i].Trim() != "{")
                    throw new GenException($"{file}:{i + 1}: expected '{{' after enum {name}");
            }

            var members = new List<EnumMember>();
            long next = 0;
            bool closed = false;
            for (i++; i < lines.Length; i++)
            {
                string m = lines[i].Trim();
                if (m.StartsWith("///", StringComparison.Ordinal)) { doc.Add(DocLine(m)); continue; }
                if (m.Length == 0 || m.StartsWith("//", StringComparison.Ordinal) || m.StartsWith('[')) continue;
                if (m.StartsWith('}')) { closed = true; break; }
                var mm = EnumMemberRegex().Match(lines[i]);
                if (!mm.Success)
                    throw new GenException($"{file}:{i + 1}: cannot parse enum member of {name}: '{m}' " +
                                           "(write one `Name = value,` per line)");
                long value = next;
                if (mm.Groups[2].Success) value = ParseIntLiteral(mm.Groups[2].Value.Trim(), $"{file}:{i + 1}");
                members.Add(new EnumMember(mm.Groups[1].Value, value, Docs.Parse(doc, $"{file}:{i + 1}")));
                doc.Clear();
                next = value + 1;
            }
            if (!closed) throw new GenException($"{file}: enum {name} is not closed");
            if (members.Count == 0) throw new GenException($"{file}: enum {name} has no members");
            result.Add(new EnumDecl(name, enumDoc, members));
        }
        if (!result.Any(e => e.Name == "NgStatus"))
            throw new GenException($"{file}: enum NgStatus not found");
        return result;
    }

    private static long ParseIntLiteral(string s, string where)
    {
        string v = s.Replace("_", "");
        bool neg = v.StartsWith('-');
        if (neg) v = v[1..].Trim();
        long r;
        bool ok = v.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(v[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out r)
            : long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out r);
        if (!ok) throw new GenException($"{where}: enum value '{s}' is not an integer literal");
        return neg ? -r : r;
    }

    // ---------------------------------------------------------------- exports

    [GeneratedRegex(@"EntryPoint\s*=\s*""([^""]*)""")]
    private static partial Regex EntryPointRegex();

    [GeneratedRegex(@"^ng_[a-z0-9_]+$")]
    private static partial Regex EntryNameRegex();

    [GeneratedRegex(@"^(?<mods>(?:(?:public|internal|private|protected|static|unsafe|extern|new)\s+)+)(?<ret>.+?)\s*(?<name>[A-Za-z_]\w*)\s*$")]
    private static partial Regex SignatureHeadRegex();

    public static List<Export> ParseExports(string text, string file)
    {
        var lines = SplitLines(text);
        var result = new List<Export>();
        var doc = new List<string>();
        int docLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t.StartsWith("///", StringComparison.Ordinal))
            {
                if (doc.Count == 0) docLine = i + 1;
                doc.Add(DocLine(t));
                continue;
            }
            if (t.Length == 0 || t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith('#')) continue;
            if (!t.StartsWith('[')) { doc.Clear(); continue; }

            // An attribute list, possibly spanning lines: read until its brackets close.
            int attrLine = i + 1;
            string attr = ReadBalanced(lines, ref i, '[', ']', file);
            if (!attr.Contains("UnmanagedCallersOnly", StringComparison.Ordinal)) continue; // other attribute: keep the doc
            if (!attr.EndsWith(']'))
                throw new GenException($"{file}:{i + 1}: put the method on its own line after the attribute, not after '{attr}'");
            var ep = EntryPointRegex().Match(attr);
            if (!ep.Success)
                throw new GenException($"{file}:{attrLine}: [UnmanagedCallersOnly] without EntryPoint = \"ng_...\"");
            string entry = ep.Groups[1].Value;
            if (!EntryNameRegex().IsMatch(entry))
                throw new GenException($"{file}:{attrLine}: entry point '{entry}' must be ng_ followed by lower_snake_case");

            // Skip further attributes, blank lines and comments up to the method signature.
            int j = i + 1;
            while (j < lines.Length)
            {
                string u = lines[j].Trim();
                if (u.Length == 0 || (u.StartsWith("//", StringComparison.Ordinal)) || u.StartsWith('#')) { j++; continue; }
                if (u.StartsWith('['))
                {
                    string other = ReadBalanced(lines, ref j, '[', ']', file);
                    if (other.Contains("UnmanagedCallersOnly", StringComparison.Ordinal))
                        throw new GenException($"{file}:{j + 1}: two [UnmanagedCallersOnly] attributes for one method ({entry})");
                    if (!other.EndsWith(']'))
                        throw new GenException($"{file}:{j + 1}: put the method of {entry} on its own line after its attributes");
                    j++;
                    continue;
                }
                break;
            }
            if (j >= lines.Length) throw new GenException($"{file}:{attrLine}: {entry}: no method follows the attribute");
            int sigLine = j + 1;
            var (ret, name, pars) = ParseSignature(lines, ref j, file, entry);
            i = j;
            result.Add(new Export(entry, name, ret, pars, Docs.Parse(doc, $"{file}:{docLine}"), file, sigLine));
            doc.Clear();
        }

        // Cross-check: every occurrence of the attribute in code produced one export.
        int count = lines.Count(l =>
        {
            string t = l.Trim();
            return !t.StartsWith("//", StringComparison.Ordinal) && t.Contains("UnmanagedCallersOnly", StringComparison.Ordinal)
                   && !t.StartsWith("using ", StringComparison.Ordinal);
        });
        if (count != result.Count)
            throw new GenException($"{file}: found {count} lines mentioning UnmanagedCallersOnly but parsed {result.Count} exports");
        return result;
    }

    /// <summary>
    /// Joins lines from <paramref name="i"/> until the first <paramref name="open"/> is closed again;
    /// leaves <paramref name="i"/> on the line where it closes and returns the text up to that line's end.
    /// </summary>
    private static string ReadBalanced(string[] lines, ref int i, char open, char close, string file)
    {
        int start = i, depth = 0;
        var sb = new StringBuilder();
        for (; i < lines.Length && i - start <= 40; i++)
        {
            string l = lines[i];
            int cut = l.IndexOf("//", StringComparison.Ordinal);
            if (cut >= 0 && !InString(l, cut)) l = l[..cut];
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(l.Trim());
            bool inStr = false;
            for (int k = 0; k < l.Length; k++)
            {
                char c = l[k];
                if (c == '"' && (k == 0 || l[k - 1] != '\\')) inStr = !inStr;
                if (inStr) continue;
                if (c == open) depth++;
                else if (c == close && --depth == 0) return sb.ToString();
            }
        }
        throw new GenException($"{file}:{start + 1}: unbalanced '{open}{close}' starting here");
    }

    private static bool InString(string l, int pos)
    {
        bool inStr = false;
        for (int k = 0; k < pos; k++) if (l[k] == '"' && (k == 0 || l[k - 1] != '\\')) inStr = !inStr;
        return inStr;
    }

    private static (string Ret, string Name, List<Param> Params) ParseSignature(string[] lines, ref int j, string file, string entry)
    {
        int line = j + 1;
        string first = lines[j].Trim();
        int paren = first.IndexOf('(');
        if (paren < 0)
            throw new GenException($"{file}:{line}: {entry}: expected `public static RET Name(PARAMS)` on one line, found '{first}'");
        string text = ReadBalanced(lines, ref j, '(', ')', file);
        paren = text.IndexOf('(');
        int depth = 0, end = -1;
        for (int k = paren; k < text.Length; k++)
        {
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && --depth == 0) { end = k; break; }
        }
        var head = SignatureHeadRegex().Match(text[..paren].Trim());
        if (!head.Success || !Regex.IsMatch(head.Groups["mods"].Value, @"\bstatic\b"))
            throw new GenException($"{file}:{line}: {entry}: expected `public static RET Name(PARAMS)`, found '{text}'");
        string ret = NormalizeType(head.Groups["ret"].Value);
        string name = head.Groups["name"].Value;
        if (name.Contains('<')) throw new GenException($"{file}:{line}: {entry}: generic methods cannot be exported");
        string rest = text[(end + 1)..].Trim();
        if (!(rest.StartsWith("=>", StringComparison.Ordinal) || rest.StartsWith('{') || rest.Length == 0))
            throw new GenException($"{file}:{line}: {entry}: unexpected text after the parameter list: '{rest}'");

        var pars = new List<Param>();
        string plist = text[(paren + 1)..end].Trim();
        if (plist.Length > 0)
        {
            foreach (var raw in SplitTopLevel(plist))
            {
                string p = raw.Trim();
                if (p.StartsWith('['))
                    throw new GenException($"{file}:{line}: {entry}: parameter attributes are not supported: '{p}'");
                if (p.Contains('='))
                    throw new GenException($"{file}:{line}: {entry}: default parameter values are not supported: '{p}'");
                var m = Regex.Match(p, @"^(?<type>.+?)\s*(?<name>@?[A-Za-z_]\w*)$");
                if (!m.Success) throw new GenException($"{file}:{line}: {entry}: cannot parse parameter '{p}'");
                string type = NormalizeType(m.Groups["type"].Value);
                if (Regex.IsMatch(type, @"^(ref|out|in|params|this|scoped|ref readonly)\b"))
                    throw new GenException($"{file}:{line}: {entry}: parameter modifier in '{p}' is not allowed in an export");
                pars.Add(new Param(type, m.Groups["name"].Value.TrimStart('@')));
            }
        }
        return (ret, name, pars);
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

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    private static string DocLine(string trimmed)
    {
        string s = trimmed[3..];
        return s.StartsWith(' ') ? s[1..] : s;
    }
}
