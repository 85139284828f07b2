using static NativeGrad.Build.Shell;

namespace NativeGrad.Build;

/// <summary>build.ps1 run for real by pwsh.</summary>
public static partial class Consumers
{

    public const string PowerShellVersion = "7.6.10";

    /// <summary>build.ps1 for real: pwsh (the PowerShell .NET global tool, installed at the pinned
    /// version when missing) runs a verb of the shared tool through the PowerShell front end.</summary>
    public static void PowerShell()
    {
        string tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        string? pwsh = Which("pwsh") ?? (File.Exists(Path.Combine(tools, "pwsh" + Repo.ExeExt)) ? Path.Combine(tools, "pwsh" + Repo.ExeExt) : null);
        if (pwsh == null)
        {
            Step($"dotnet tool install --global PowerShell --version {PowerShellVersion}");
            Shell.Run("dotnet", ["tool", "install", "--global", "PowerShell", "--version", PowerShellVersion]);
            pwsh = Path.Combine(tools, "pwsh" + Repo.ExeExt);
        }
        var (_, ver) = Capture(pwsh, ["-NoProfile", "-NonInteractive", "-Command", "$PSVersionTable.PSVersion.ToString()"]);
        Step($"pwsh {ver.Trim()}: build.ps1 lines");
        Shell.Run(pwsh, ["-NoProfile", "-NonInteractive", "-File", Repo.P("build.ps1"), "lines"]);
    }
}
