using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// One of a scheduled job's operations: what it does, which updates (UpdateAll), and the packages or Windows updates it
/// names. OS Management Hub gives a job several when it updates several kinds (the console's update categories: one
/// UPDATE_* operation each); the retired service, one.
/// </summary>
public sealed class JobOperationRecord
{
    /// <summary>What it does.</summary>
    public Reported<JobOperation> Operation { get; set; }

    /// <summary>Which updates an UpdateAll operation installs (empty for others).</summary>
    public Reported<UpdateKind> UpdateKind { get; set; }

    /// <summary>The packages it acts on.</summary>
    public IReadOnlyList<string> PackageNames { get; set; } = Array.Empty<string>();

    /// <summary>The Windows updates it installs.</summary>
    public IReadOnlyList<string> WindowsUpdateNames { get; set; } = Array.Empty<string>();

    /// <summary>Whether it takes update kinds (an UpdateAll operation).</summary>
    public bool TakesUpdateKind => Operation.Value?.TakesUpdateKind() == true;

    /// <summary>Whether it acts on named packages or updates.</summary>
    public bool TakesNames => Operation.Value?.TakesNames() == true;
}

/// <summary>
/// One operation of a job as a change leaves it: one the change does not touch is kept as the service has it
/// (<see cref="KeptFrom"/>, its place among the job's operations, so every detail of it is sent back unchanged); the
/// others are written anew from the engine's words.
/// </summary>
public sealed class PlannedJobOperation
{
    internal PlannedJobOperation(int? keptFrom, JobOperation operation, UpdateKind? updateKind, IReadOnlyList<string> packageNames,
        IReadOnlyList<string> windowsUpdateNames)
    {
        KeptFrom = keptFrom;
        Operation = operation;
        UpdateKind = updateKind;
        PackageNames = packageNames;
        WindowsUpdateNames = windowsUpdateNames;
    }

    /// <summary>The index of the job's operation kept as it is; null for one written anew.</summary>
    public int? KeptFrom { get; }

    /// <summary>What it does (for a kept one of a kind the engine does not know, meaningless: send the kept one).</summary>
    public JobOperation Operation { get; }

    /// <summary>Which updates an UpdateAll operation installs.</summary>
    public UpdateKind? UpdateKind { get; }

    /// <summary>The packages it acts on.</summary>
    public IReadOnlyList<string> PackageNames { get; }

    /// <summary>The Windows updates it installs.</summary>
    public IReadOnlyList<string> WindowsUpdateNames { get; }

    internal static PlannedJobOperation Kept(int index) =>
        new(index, default, null, Array.Empty<string>(), Array.Empty<string>());

    internal static PlannedJobOperation New(JobOperation operation, UpdateKind? kind, IEnumerable<string>? packageNames = null,
        IEnumerable<string>? windowsUpdateNames = null) =>
        new(null, operation, kind, packageNames?.ToList() ?? new List<string>(), windowsUpdateNames?.ToList() ?? new List<string>());
}
