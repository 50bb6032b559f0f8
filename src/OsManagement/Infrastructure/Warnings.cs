using System.Management.Automation;

namespace OsManagement.Infrastructure;

/// <summary>Warnings that do not stop a command run with -Debug.</summary>
internal static class Warnings
{
    /// <summary>
    /// Writes a warning. PowerShell makes a compiled cmdlet's warnings stop to ask when -Debug is given without
    /// -WarningAction (and fail in a non-interactive session, such as a runbook); then the warning goes to the debug
    /// stream instead, which -Debug shows.
    /// </summary>
    public static void Write(PSCmdlet cmdlet, string text)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        if (bound.ContainsKey("Debug") && !bound.ContainsKey("WarningAction"))
        {
            cmdlet.WriteDebug("WARNING: " + text);
            return;
        }
        cmdlet.WriteWarning(text);
    }
}
