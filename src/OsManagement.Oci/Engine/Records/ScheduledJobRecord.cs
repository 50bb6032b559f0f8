using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>A scheduled job: when it runs, what it does, on what, and the work requests its runs created.</summary>
public sealed class ScheduledJobRecord
{
    /// <summary>The scheduled job OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>One-time or recurring.</summary>
    public Reported<ScheduleKind> ScheduleKind { get; set; }

    /// <summary>The next run; null when a one-time job has run.</summary>
    public DateTimeOffset? NextRun { get; set; }

    /// <summary>The last run.</summary>
    public DateTimeOffset? LastRun { get; set; }

    /// <summary>How it recurs (an interval, or an iCalendar rule on OS Management Hub), as the service gave it; null when it gave none.</summary>
    public Recurrence? Recurrence { get; set; }

    /// <summary>What it does (its first operation's, when it has several).</summary>
    public Reported<JobOperation> Operation { get; set; }

    /// <summary>Which updates an UpdateAll job installs (its first UpdateAll operation's; empty for other operations).</summary>
    public Reported<UpdateKind> UpdateKind { get; set; }

    /// <summary>The packages it acts on.</summary>
    public IReadOnlyList<string> PackageNames { get; set; } = Array.Empty<string>();

    /// <summary>The Windows updates it installs.</summary>
    public IReadOnlyList<string> WindowsUpdateNames { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Every operation it does, in the service's order: several when it updates several kinds (OS Management Hub). A
    /// service that gives one leaves this unset, and it is that one, from <see cref="Operation"/>, <see cref="UpdateKind"/> and the names.
    /// </summary>
    public IReadOnlyList<JobOperationRecord> Operations
    {
        get => _operations ?? new[]
        {
            new JobOperationRecord { Operation = Operation, UpdateKind = UpdateKind, PackageNames = PackageNames, WindowsUpdateNames = WindowsUpdateNames },
        };
        set => _operations = value;
    }

    private IReadOnlyList<JobOperationRecord>? _operations;

    /// <summary>The kinds of update its UpdateAll operations install, each once, in order (Ksplice's two operations are one kind).</summary>
    public IReadOnlyList<Reported<UpdateKind>> UpdateKinds =>
        Operations.Where(o => o.TakesUpdateKind && !o.UpdateKind.IsEmpty).Select(o => o.UpdateKind)
            .GroupBy(k => k.Value?.ToString() ?? k.Text).Select(g => g.First()).ToList();

    /// <summary>The instances it targets.</summary>
    public IReadOnlyList<ResourceRef> Instances { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>The groups it targets.</summary>
    public IReadOnlyList<ResourceRef> Groups { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>The compartments whose instances it targets (OS Management Hub).</summary>
    public IReadOnlyList<string> Compartments { get; set; } = Array.Empty<string>();

    /// <summary>The lifecycle stages it targets (OS Management Hub).</summary>
    public IReadOnlyList<ResourceRef> LifecycleStages { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>The dynamic sets it targets (OS Management Hub).</summary>
    public IReadOnlyList<ResourceRef> DynamicSets { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>With compartment targets: their sub-compartments too (OS Management Hub).</summary>
    public bool? IncludeSubcompartments { get; set; }

    /// <summary>The work requests its runs created.</summary>
    public IReadOnlyList<string> WorkRequestIds { get; set; } = Array.Empty<string>();

    /// <summary>Where it is in its life.</summary>
    public Reported<JobLifecycleState> LifecycleState { get; set; }

    /// <summary>The OS family it is for.</summary>
    public Reported<OsFamily> OsFamily { get; set; }

    /// <summary>Whether only its time and recurrence may change.</summary>
    public bool? IsRestricted { get; set; }

    /// <summary>Minutes to wait before each automatic retry of a failed run (OS Management Hub).</summary>
    public IReadOnlyList<int> RetryIntervals { get; set; } = Array.Empty<int>();

    /// <summary>Freeform tags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

    /// <summary>The version read (null for a listed job); a change sends it back so a concurrent change is detected.</summary>
    public string? ETag { get; set; }

    /// <summary>False for a listed job (a summary: no description, action details or work requests).</summary>
    public bool IsDetailed { get; set; }

    /// <summary>
    /// Its next runs (UTC), at most <paramref name="count"/>: the next run, then each following occurrence of its recurrence
    /// from there (the rule read in UTC, as the service reads it). Only the next run for a one-time job or a recurrence the
    /// engine cannot work out; none when it will not run again.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> NextRuns(int count)
    {
        if (NextRun is not { } next || count < 1)
        {
            return Array.Empty<DateTimeOffset>();
        }
        return ScheduleKind.Is(Engine.ScheduleKind.Recurring) && Recurrence is { } recurrence ? recurrence.RunsFrom(next, count) : new[] { next };
    }
}
