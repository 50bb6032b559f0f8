namespace OsManagement.Oci.Engine;

/// <summary>What keeps an action from the targets a name (with wildcards) found.</summary>
public enum NameMatchProblem
{
    /// <summary>No target has a name that matches.</summary>
    NoMatch,

    /// <summary>Several match, and the action destroys (deletes, removes) and was not forced: it would act on more than one by mistake.</summary>
    SeveralForDestructive,
}

/// <summary>
/// An action cmdlet's -DisplayName (or -ManagedInstanceName) finds its targets by name, as Get-* filters by it: it acts on
/// every match, except that a destructive action acts on several only when forced, and no match is an error.
/// </summary>
public static class NameRules
{
    /// <summary>What stands in the way of acting on <paramref name="matches"/> targets; null when nothing does.</summary>
    public static NameMatchProblem? Judge(int matches, bool destructive, bool force) =>
        matches == 0 ? NameMatchProblem.NoMatch
        : matches > 1 && destructive && !force ? NameMatchProblem.SeveralForDestructive
        : null;
}
