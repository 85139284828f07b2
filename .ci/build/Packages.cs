using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>
/// The Debian packages of .ci/packages.txt (one line per package: its name, then the verbs that need
/// it). .ci/run installs all of them on a CI machine; a verb makes sure of its own: as root it
/// installs the missing ones with apt-get, otherwise it names them and goes on (a step that really
/// needs one then fails with its own message).
/// </summary>
public static class Packages
{
    public const string ListFile = ".ci/packages.txt";

    /// <summary>The packages the verb needs, in the file's order.</summary>
    public static List<string> For(string verb) =>
        Read().Where(e => e.Verbs.Contains(verb)).Select(e => e.Name).ToList();

    public static void Ensure(string verb)
    {
        if (OnWindows || Which("dpkg-query") == null) return; // not Debian: the steps say what they miss
        var missing = For(verb).Where(p => !Installed(p)).ToList();
        if (missing.Count == 0) return;
        if (IsRoot && Which("apt-get") != null)
        {
            Step("apt-get install " + string.Join(' ', missing));
            var env = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            Run("apt-get", ["update", "-q"], env: env);
            Run("apt-get", ["install", "-y", "-q", .. missing], env: env);
        }
        else
        {
            Note($"warning: '{verb}' uses Debian packages that are not installed: {string.Join(' ', missing)} " +
                 $"(as root: apt-get install {string.Join(' ', missing)})");
        }
    }

    private static bool Installed(string package) =>
        Capture("dpkg-query", ["-W", "-f=${Status}", package], quiet: true) is (0, var s) && s.Contains("ok installed");

    private static List<(string Name, HashSet<string> Verbs)> Read()
    {
        var list = new List<(string, HashSet<string>)>();
        foreach (var raw in File.ReadAllLines(Repo.P(ListFile)))
        {
            string line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            list.Add((words[0], words[1..].ToHashSet()));
        }
        return list;
    }
}
