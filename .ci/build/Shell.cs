using System.ComponentModel;
using System.Diagnostics;

namespace NativeGrad.Build;

/// <summary>A failure of a step: the message is printed and the verb (or suite) stops.</summary>
public sealed class BuildError(string message) : Exception(message);

/// <summary>Console output, process running and tool lookup shared by every verb.</summary>
public static class Shell
{
    public static void Step(string text) => Console.WriteLine("==> " + text);
    public static void Note(string text) => Console.WriteLine("    " + text);
    public static BuildError Fail(string text) => new(text);

    public static bool OnWindows => OperatingSystem.IsWindows();
    public static bool IsRoot => !OnWindows && Environment.IsPrivilegedProcess;

    /// <summary>Runs a program with the console inherited; throws when it exits non-zero (unless
    /// <paramref name="check"/> is false) or after <paramref name="timeoutSeconds"/>.</summary>
    public static int Run(string exe, IEnumerable<string> args, string? cwd = null,
                          IReadOnlyDictionary<string, string?>? env = null, bool check = true, int timeoutSeconds = 0)
    {
        var psi = Start(exe, args, cwd, env);
        Console.Out.Flush();
        using var p = Launch(psi);
        if (timeoutSeconds > 0 && !p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw Fail($"{Describe(exe, args)} did not finish within {timeoutSeconds} s and was stopped");
        }
        p.WaitForExit();
        if (check && p.ExitCode != 0) throw Fail($"{Describe(exe, args)} failed with exit code {p.ExitCode}");
        return p.ExitCode;
    }

    /// <summary>Runs a program and returns its exit code and standard output (standard error goes
    /// to the console unless <paramref name="quiet"/>, then it is appended to the output).</summary>
    public static (int Code, string Out) Capture(string exe, IEnumerable<string> args, string? cwd = null,
                                                 IReadOnlyDictionary<string, string?>? env = null, bool quiet = false)
    {
        var psi = Start(exe, args, cwd, env);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = quiet;
        using var p = Launch(psi);
        var err = quiet ? p.StandardError.ReadToEndAsync() : Task.FromResult("");
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }

    /// <summary>True when the program can be started (it is on PATH or a path that exists).</summary>
    public static bool Exists(string exe) => exe.Contains('/') || exe.Contains('\\') ? File.Exists(exe) : Which(exe) != null;

    /// <summary>The full path of a program found on PATH (with PATHEXT on Windows), or null.</summary>
    public static string? Which(string name)
    {
        var exts = OnWindows ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE").Split(';').Prepend("") : [""];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            foreach (var ext in exts)
            {
                string p = Path.Combine(dir, name + ext);
                if (File.Exists(p)) return p;
            }
        }
        return null;
    }

    private static ProcessStartInfo Start(string exe, IEnumerable<string> args, string? cwd,
                                          IReadOnlyDictionary<string, string?>? env)
    {
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, WorkingDirectory = cwd ?? Repo.Root };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env != null)
            foreach (var (k, v) in env)
                if (v == null) psi.Environment.Remove(k); else psi.Environment[k] = v;
        return psi;
    }

    private static Process Launch(ProcessStartInfo psi)
    {
        try { return Process.Start(psi) ?? throw Fail($"could not start {psi.FileName}"); }
        catch (Win32Exception e) { throw Fail($"could not start {psi.FileName}: {e.Message}"); }
    }

    private static string Describe(string exe, IEnumerable<string> args)
    {
        string s = exe + " " + string.Join(' ', args);
        return s.Length > 200 ? s[..197] + "..." : s;
    }
}
