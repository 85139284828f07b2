using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>Runs named suites, each to its end whatever the others did, and prints one line per suite.</summary>
public sealed class Suites
{
    private readonly List<(string Name, string Result)> _results = [];

    public bool AnyFailed => _results.Any(r => r.Result != "ok");
    public bool LastFailed => _results.Count > 0 && _results[^1].Result != "ok";
    public int Count => _results.Count;

    public void Run(string name, Action body)
    {
        string result = "ok";
        try { body(); }
        catch (Exception e) when (e is BuildError or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"    {name}: {e.Message}");
            result = "FAILED";
        }
        _results.Add((name, result));
    }

    /// <summary>Prints the table and the plain closing line CI reads ('N passed, N failed'); returns
    /// the exit code (1 if any suite failed).</summary>
    public int Summary()
    {
        Step("summary");
        int w = Math.Max(12, _results.Count == 0 ? 0 : _results.Max(r => r.Name.Length));
        foreach (var (n, r) in _results) Console.WriteLine($"    {n.PadRight(w)}  {r}");
        int bad = _results.Count(r => r.Result != "ok");
        Console.WriteLine($"suites: {_results.Count - bad} passed, {bad} failed");
        return bad == 0 ? 0 : 1;
    }
}
