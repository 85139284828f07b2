using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NativeGrad.AbiGen;

/// <summary>Reduces XML doc comments to plain text and formats them as C or Python comments.</summary>
public static partial class Docs
{
    [GeneratedRegex(@"<summary>(.*?)</summary>", RegexOptions.Singleline)]
    private static partial Regex SummaryRegex();

    [GeneratedRegex(@"<param\s+name\s*=\s*""(\w+)""\s*>(.*?)</param>", RegexOptions.Singleline)]
    private static partial Regex ParamRegex();

    [GeneratedRegex(@"<returns>(.*?)</returns>", RegexOptions.Singleline)]
    private static partial Regex ReturnsRegex();

    [GeneratedRegex(@"<remarks>(.*?)</remarks>", RegexOptions.Singleline)]
    private static partial Regex RemarksRegex();

    /// <summary>Parses the text of consecutive `///` lines (without the slashes).</summary>
    public static Doc Parse(List<string> lines, string where)
    {
        if (lines.Count == 0) return Doc.Empty;
        string xml = string.Join("\n", lines);
        var summary = SummaryRegex().Match(xml);
        var returns = ReturnsRegex().Match(xml);
        var remarks = RemarksRegex().Match(xml);
        var pars = ParamRegex().Matches(xml).Select(m => (Names.Snake(m.Groups[1].Value), Inline(m.Groups[2].Value))).ToList();
        string sum;
        if (summary.Success) sum = Inline(summary.Groups[1].Value);
        else if (!xml.Contains('<')) sum = Inline(xml);     // plain `/// text` without tags
        else if (Regex.IsMatch(xml, @"<summary\b")) throw new GenException($"{where}: unterminated <summary> in doc comment");
        else sum = "";
        return new Doc(sum, pars, returns.Success ? Inline(returns.Groups[1].Value) : "",
                       remarks.Success ? Inline(remarks.Groups[1].Value) : "");
    }

    /// <summary>Inline XML to plain text; paragraph breaks (&lt;para&gt;, &lt;br/&gt;) become "\n".</summary>
    private static string Inline(string s)
    {
        s = Regex.Replace(s, @"<see\s+(?:c?ref|langword|href)\s*=\s*""(?:[A-Z]:)?([^""]*)""\s*/>", "$1");
        s = Regex.Replace(s, @"<see\s+(?:c?ref|href)\s*=\s*""[^""]*""\s*>(.*?)</see>", "$1", RegexOptions.Singleline);
        s = Regex.Replace(s, @"<(?:type)?paramref\s+name\s*=\s*""(\w+)""\s*/>", m => Names.Snake(m.Groups[1].Value));
        s = Regex.Replace(s, @"</?para\s*/?>|<br\s*/?>", "\n\n");
        s = Regex.Replace(s, @"<item>", "\n\n- ");
        s = Regex.Replace(s, @"<[^>]+>", "");
        s = WebUtility.HtmlDecode(s);
        var paras = Regex.Split(s, @"\n\s*\n").Select(p => Regex.Replace(p, @"\s+", " ").Trim()).Where(p => p.Length > 0);
        return string.Join("\n", paras);
    }

    /// <summary>Plain paragraphs of a doc: summary, remarks, parameters, return value.</summary>
    public static List<string> Paragraphs(Doc d)
    {
        var list = new List<string>();
        if (d.Summary.Length > 0) list.AddRange(d.Summary.Split('\n'));
        if (d.Remarks.Length > 0) list.AddRange(d.Remarks.Split('\n'));
        foreach (var (name, text) in d.Params) list.Add($"{name}: {text.Replace('\n', ' ')}");
        if (d.Returns.Length > 0) list.Add("Returns: " + d.Returns.Replace('\n', ' '));
        return list;
    }

    /// <summary>Greedy word wrap; a word longer than the width gets its own line.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var cur = new StringBuilder();
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (cur.Length > 0 && cur.Length + 1 + w.Length > width) { lines.Add(cur.ToString()); cur.Clear(); }
            if (cur.Length > 0) cur.Append(' ');
            cur.Append(w);
        }
        if (cur.Length > 0) lines.Add(cur.ToString());
        return lines;
    }

    /// <summary>A C comment block (empty string for an empty doc), each line prefixed by indent.</summary>
    public static string CComment(Doc d, string indent = "", int width = 96)
    {
        var paras = Paragraphs(d).Select(p => p.Replace("*/", "* /").Replace("/*", "/ *")).ToList();
        if (paras.Count == 0) return "";
        if (paras.Count == 1 && indent.Length + paras[0].Length + 6 <= width)
            return $"{indent}/* {paras[0]} */\n";
        var sb = new StringBuilder();
        bool first = true;
        foreach (var p in paras)
        {
            if (!first) sb.Append(indent).Append(" *\n");
            foreach (var l in Wrap(p, width - indent.Length - 3))
            {
                sb.Append(indent).Append(first ? "/* " : " * ").Append(l).Append('\n');
                first = false;
            }
        }
        sb.Append(indent).Append(" */\n");
        return sb.ToString();
    }

    /// <summary>The doc as one line of plain text (for Python trailing comments).</summary>
    public static string OneLine(Doc d) => string.Join(" ", Paragraphs(d)).Replace('\n', ' ');

    /// <summary>A C# `/// &lt;summary&gt;` block from a doc (plain text re-escaped), with an optional extra sentence.</summary>
    public static string CsDoc(Doc d, string indent, string? extra = null)
    {
        string text = string.Join(" ", Paragraphs(d)).Replace('\n', ' ');
        if (extra != null) text = text.Length == 0 ? extra : $"{text.TrimEnd('.')} ({extra}).";
        text = WebUtility.HtmlEncode(text).Replace("&#39;", "'").Replace("&quot;", "\"");
        var lines = Wrap(text, 96 - indent.Length - 4);
        if (lines.Count == 1 && indent.Length + lines[0].Length + 24 <= 120)
            return $"{indent}/// <summary>{lines[0]}</summary>\n";
        var sb = new StringBuilder($"{indent}/// <summary>\n");
        foreach (var l in lines) sb.Append(indent).Append("/// ").Append(l).Append('\n');
        return sb.Append(indent).Append("/// </summary>\n").ToString();
    }
}
