using System;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A kind of update: how an available update is classified (Security, Bugfix, Enhancement, Other), and what an action
/// or a job installs (any of those, Ksplice live patches, or All).
/// </summary>
public enum UpdateKind
{
    /// <summary>Every available update.</summary>
    All,

    /// <summary>Security updates.</summary>
    Security,

    /// <summary>Bug fixes.</summary>
    Bugfix,

    /// <summary>Enhancements.</summary>
    Enhancement,

    /// <summary>Other updates.</summary>
    Other,

    /// <summary>Ksplice (live kernel and user-space patching), Oracle Linux only.</summary>
    Ksplice,
}

/// <summary>The words users type for update kinds.</summary>
public static class UpdateKinds
{
    /// <summary>"Bug": the name the retired service gave bug fixes on an available update, accepted beside Bugfix.</summary>
    public const string BugAlias = "Bug";

    /// <summary>The kinds an available update can be classified as (what a filter on updates can ask for).</summary>
    public static readonly UpdateKind[] Classifications = { UpdateKind.Security, UpdateKind.Bugfix, UpdateKind.Enhancement, UpdateKind.Other };

    /// <summary>A user's word (an enum name in any case, or "Bug") as a kind.</summary>
    /// <exception cref="ArgumentException">The word names no kind.</exception>
    public static UpdateKind Parse(string word) =>
        string.Equals(word, BugAlias, StringComparison.OrdinalIgnoreCase) ? UpdateKind.Bugfix : Vocabulary.Parse<UpdateKind>(word);
}
