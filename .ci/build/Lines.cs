using System.Text.RegularExpressions;
using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>
/// `lines`: the engine's line budget (a small core, counted, as tinygrad does). Counts the lines of
/// engine/**/*.cs that are neither blank nor comments and fails when one file or the whole engine is
/// over the budgets stated in docs/ARCHITECTURE.md ("## Line budget", read from there).
/// </summary>
public static partial class Lines
{
    public const string BudgetDoc = "docs/ARCHITECTURE.md";

    public static void Check(bool all = false)
    {
        Step($"engine line budget (non-blank, non-comment lines of engine/**/*.cs; budgets in {BudgetDoc})");
        // The counter's own check: code after a closing block comment counts, comments and blanks do not.
        if (Count(["int a;", "", "// c", "/// doc", "/* x", " y */", "/* z */ int b;", "   "]) != 2)
            throw Fail("Lines.Count miscounts its fixture");
        var (perFile, total) = Budgets();
        string engine = Repo.P("engine");
        var counts = Directory.GetFiles(engine, "*.cs", SearchOption.AllDirectories)
            // Generated code (bindings/gen's .g.cs files, from the op declarations) is not hand-written: not counted.
            .Where(f => !IsBuildOutput(Path.GetRelativePath(engine, f)) && !f.EndsWith(".g.cs", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'), Lines: Count(File.ReadAllLines(f))))
            .OrderByDescending(c => c.Lines).ThenBy(c => c.File, StringComparer.Ordinal).ToList();
        int sum = counts.Sum(c => c.Lines);
        foreach (var (file, n) in counts.Take(all ? counts.Count : 5)) Note($"{n,6}  {file}");
        Note($"{sum,6}  engine total in {counts.Count} files (budget {total}; per file {perFile})");
        var over = counts.Where(c => c.Lines > perFile).ToList();
        var problems = over.Select(c => $"{c.File} has {c.Lines} lines, over the per-file budget of {perFile}").ToList();
        if (sum > total) problems.Add($"the engine has {sum} lines, over its budget of {total}");
        if (problems.Count > 0)
            throw Fail("line budget exceeded: " + string.Join("; ", problems) +
                       $". Split or simplify the code, or raise the budget in {BudgetDoc} with a reason.");
    }

    private static bool IsBuildOutput(string rel)
    {
        string first = rel.Replace('\\', '/').Split('/')[0];
        return first is "bin" or "obj";
    }

    /// <summary>Lines that are neither blank nor comments (//, ///, and /* ... */ spanning whole lines).</summary>
    public static int Count(IEnumerable<string> lines)
    {
        int n = 0;
        bool inBlock = false;
        foreach (var raw in lines)
        {
            string s = raw.Trim();
            if (inBlock)
            {
                int end = s.IndexOf("*/", StringComparison.Ordinal);
                if (end < 0) continue;
                inBlock = false;
                s = s[(end + 2)..].Trim();
            }
            while (s.StartsWith("/*", StringComparison.Ordinal))
            {
                int end = s.IndexOf("*/", 2, StringComparison.Ordinal);
                if (end < 0) { inBlock = true; s = ""; break; }
                s = s[(end + 2)..].Trim();
            }
            if (s.Length == 0 || s.StartsWith("//", StringComparison.Ordinal)) continue;
            n++;
        }
        return n;
    }

    [GeneratedRegex(@"^\|\s*any one engine file\s*\|\s*(\d+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex PerFileRow();

    [GeneratedRegex(@"^\|\s*the whole engine\s*\|\s*(\d+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex TotalRow();

    private static (int PerFile, int Total) Budgets()
    {
        string doc = File.ReadAllText(Repo.P(BudgetDoc));
        var a = PerFileRow().Match(doc);
        var b = TotalRow().Match(doc);
        if (!a.Success || !b.Success)
            throw Fail($"{BudgetDoc} must state the budgets as table rows `| any one engine file | N |` and `| the whole engine | N |`");
        return (int.Parse(a.Groups[1].Value), int.Parse(b.Groups[1].Value));
    }
}
