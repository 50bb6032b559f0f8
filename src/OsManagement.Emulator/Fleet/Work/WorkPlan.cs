namespace OsManagement.Emulator.Fleet.Work;

/// <summary>What a work request does to an instance when it runs.</summary>
internal sealed record WorkPlan(WorkKind Kind, Classification? Classification, IReadOnlyList<string> Names)
{
    /// <summary>Install every available update of a classification, or of every one (null).</summary>
    public static WorkPlan UpdateAll(Classification? classification) => new(WorkKind.UpdateAll, classification, new List<string>());

    /// <summary>Work of a kind that takes no classification, on the named packages or updates.</summary>
    public static WorkPlan Of(WorkKind kind, IReadOnlyList<string> names) => new(kind, null, names);
}

/// <summary>The kinds of work the emulator knows how to carry out.</summary>
internal enum WorkKind
{
    /// <summary>Install every available update of a classification (Linux packages or Windows updates).</summary>
    UpdateAll,
    /// <summary>Install every kernel update (Linux; Windows has none), rebooting to use it as any kernel update does.</summary>
    UpdateKernels,
    /// <summary>Install packages that are not installed yet.</summary>
    InstallPackages,
    /// <summary>Update named packages to their available version.</summary>
    UpdatePackages,
    /// <summary>Remove named packages.</summary>
    RemovePackages,
    /// <summary>Install named Windows updates.</summary>
    InstallWindowsUpdates,
    /// <summary>A module-stream or other operation the emulator only pretends to do.</summary>
    NoOp,
    /// <summary>Reboot the instance (Hub): clears isRebootRequired, sets the last boot.</summary>
    Reboot,
    /// <summary>Patch the running kernel with Ksplice (Hub): kernel updates applied, no reboot needed.</summary>
    KspliceKernel,
    /// <summary>Ksplice for user-space libraries (Hub): nothing to patch in the emulated fleet.</summary>
    KspliceUserspace,
}
