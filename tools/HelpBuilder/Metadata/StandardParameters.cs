using System;

namespace HelpBuilder.Metadata;

/// <summary>
/// -WhatIf and -Confirm: present on every cmdlet that supports ShouldProcess and documented like
/// ordinary parameters (as platyPS does), with standard text when a page does not give its own.
/// </summary>
public static class StandardParameters
{
    public const string WhatIf = "WhatIf";
    public const string Confirm = "Confirm";

    public const string WhatIfDescription = "Shows what would happen if the cmdlet runs. The cmdlet is not run.";
    public const string ConfirmDescription = "Prompts you for confirmation before running the cmdlet.";

    public static bool IsShouldProcess(string parameterName) =>
        parameterName.Equals(WhatIf, StringComparison.OrdinalIgnoreCase) ||
        parameterName.Equals(Confirm, StringComparison.OrdinalIgnoreCase);

    /// <summary>The standard description, or null for any other parameter.</summary>
    public static string? DefaultDescription(string parameterName) =>
        parameterName.Equals(WhatIf, StringComparison.OrdinalIgnoreCase) ? WhatIfDescription
        : parameterName.Equals(Confirm, StringComparison.OrdinalIgnoreCase) ? ConfirmDescription
        : null;
}
