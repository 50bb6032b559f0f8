using OsManagement.Infrastructure;
using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A scheduled job: when it runs, what it does, on which instances and groups, and the work requests it started.</summary>
public sealed class OsmScheduledJob : IRegional
{
    /// <summary>How many of its next runs a job shows.</summary>
    internal const int RunsShown = 5;

    internal OsmScheduledJob(ScheduledJobRecord j, TimeZoneInfo? zone = null)
    {
        var shownIn = zone ?? TimeZoneInfo.Local;
        Id = j.Id;
        DisplayName = j.DisplayName;
        Description = j.Description;
        CompartmentId = j.CompartmentId;
        ScheduleType = OutputText.Of(j.ScheduleKind);
        NextExecution = OsmTime.Local(j.NextRun);
        LastExecution = OsmTime.Local(j.LastRun);
        var recurrence = j.Recurrence;
        IntervalType = recurrence is null ? null : OutputText.OrNull(recurrence.ReportedUnit);
        IntervalValue = recurrence is { Rule: null } ? recurrence.Interval : null;
        IsRecurring = j.ScheduleKind.Is(ScheduleKind.Recurring);
        // A rule an interval cannot say is shown as it is; an interval as its rule, when the job recurs.
        RecurrenceRule = recurrence?.Rule ?? (IsRecurring && recurrence?.Unit is not null ? recurrence.ToRule() : null);
        IsRuleOnly = recurrence?.Rule is not null;
        TimeZone = shownIn.Id;
        NextRuns = OsmList<OsmJobRun>.From(j.NextRuns(RunsShown).Select(r => new OsmJobRun(r, shownIn)));
        LocalRecurrenceRule = IsRuleOnly && j.NextRun is { } next ? recurrence!.ReadIn(shownIn, next)?.ToRule() : null;
        OperationType = OutputText.Of(j.Operation);
        Operations = OsmList<OsmJobOperation>.From(j.Operations.Select(o => new OsmJobOperation(o)));
        UpdateType = j.UpdateKinds.Count == 0 ? null : string.Join("; ", j.UpdateKinds.Select(OutputText.Of));
        PackageNames = OsmList<string>.From(j.PackageNames);
        WindowsUpdateNames = OsmList<string>.From(j.WindowsUpdateNames);
        ManagedInstanceIds = OsmList<string>.From(j.Instances.Select(m => m.Id));
        ManagedInstanceNames = OsmList<string>.From(j.Instances.Select(m => m.NameOrId));
        ManagedInstanceGroupIds = OsmList<string>.From(j.Groups.Select(m => m.Id));
        ManagedInstanceGroupNames = OsmList<string>.From(j.Groups.Select(m => m.NameOrId));
        ManagedCompartmentIds = OsmList<string>.From(j.Compartments);
        LifecycleStageIds = OsmList<string>.From(j.LifecycleStages.Select(s => s.Id));
        DynamicSetIds = OsmList<string>.From(j.DynamicSets.Select(s => s.Id));
        IncludeSubcompartments = j.IncludeSubcompartments;
        RetryIntervals = OsmList<int>.From(j.RetryIntervals);
        WorkRequestIds = OsmList<string>.From(j.WorkRequestIds);
        LifecycleState = OutputText.Of(j.LifecycleState);
        OsFamily = OutputText.OrNull(j.OsFamily);
        IsRestricted = j.IsRestricted;
        Tags = new OsmTags(j.Tags.ToDictionary(t => t.Key, t => t.Value));
        ETag = j.ETag;
        Record = j;
    }

    /// <summary>The job as the engine read it (what a change to it is judged against).</summary>
    internal ScheduledJobRecord Record { get; }

    /// <summary>The scheduled job OCID.</summary>
    public string Id { get; }
    public string DisplayName { get; }
    public string? Description { get; }
    public string CompartmentId { get; }

    /// <summary>ONETIME or RECURRING.</summary>
    public string ScheduleType { get; }

    /// <summary>The next run (local time); empty when a one-time job has run.</summary>
    public DateTime? NextExecution { get; }

    /// <summary>The last run (local time).</summary>
    public DateTime? LastExecution { get; }

    /// <summary>HOUR, DAY, WEEK or MONTH (recurring jobs).</summary>
    public string? IntervalType { get; }

    /// <summary>How many intervals between runs (recurring jobs).</summary>
    public int? IntervalValue { get; }

    /// <summary>
    /// The schedule in words: "Once", "Every 2 days", or for a rule an interval cannot say the rule read in
    /// <see cref="TimeZone"/> (<see cref="LocalRecurrenceRule"/>), else in UTC with "(UTC)".
    /// </summary>
    public string Recurrence =>
        !IsRecurring ? "Once"
        : IntervalType is not null && !IsRuleOnly ? $"Every {(IntervalValue is null or 1 ? "" : IntervalValue + " ")}{IntervalType.ToLowerInvariant()}{(IntervalValue is null or 1 ? "" : "s")}"
        : LocalRecurrenceRule ?? (RecurrenceRule is null ? "Once" : RecurrenceRule + " (UTC)");

    /// <summary>
    /// How a recurring job recurs, as an iCalendar rule (FREQ=WEEKLY;BYDAY=SU) read in UTC, as the service holds and reads
    /// it: OS Management Hub's own, or an interval written as one (FREQ=DAILY;INTERVAL=2). IntervalType and IntervalValue
    /// are set too when the rule is an interval.
    /// </summary>
    public string? RecurrenceRule { get; }

    /// <summary>
    /// The same rule read in <see cref="TimeZone"/> at the offset of the next run (New York: FREQ=WEEKLY;BYDAY=SA for a
    /// Saturday 22:00 job Hub holds as FREQ=WEEKLY;BYDAY=SU); empty when no rule says it there, or for an interval.
    /// </summary>
    public string? LocalRecurrenceRule { get; }

    /// <summary>
    /// The zone <see cref="NextRuns"/> and <see cref="LocalRecurrenceRule"/> are read in: this computer's, or
    /// New-/Set-OsmScheduledJob -TimeZone.
    /// </summary>
    public string TimeZone { get; }

    /// <summary>The next runs (at most five), each in <see cref="TimeZone"/> and in UTC, worked out from the rule as the service reads it.</summary>
    public OsmList<OsmJobRun> NextRuns { get; }

    // The schedule as the engine read it, for Recurrence.
    private bool IsRecurring { get; }
    private bool IsRuleOnly { get; }

    /// <summary>
    /// INSTALL, UPDATE, REMOVE, UPDATEALL or REBOOT (the same on both services; another word the service has, as it
    /// writes it): the first operation's, when the job has several (see Operations).
    /// </summary>
    public string OperationType { get; }

    /// <summary>
    /// For UPDATEALL: SECURITY, BUGFIX, ENHANCEMENT, OTHER, KSPLICE or ALL; a job that installs several kinds names each
    /// ("SECURITY; BUGFIX").
    /// </summary>
    public string? UpdateType { get; }

    /// <summary>
    /// Every operation the job does, in the service's order: one, or on OS Management Hub one per kind of update it
    /// installs ("UPDATEALL SECURITY; UPDATEALL BUGFIX" as text, so Export-Csv writes them all).
    /// </summary>
    public OsmList<OsmJobOperation> Operations { get; }

    /// <summary>The action in words: "UPDATEALL SECURITY", "UPDATEALL SECURITY, BUGFIX", "INSTALL openssl; curl".</summary>
    public string Action => string.Join(" + ", Operations.GroupBy(o => o.OperationType).Select(g =>
    {
        var kinds = string.Join(", ", g.Select(o => o.UpdateType).Where(k => !string.IsNullOrEmpty(k)).Distinct());
        var what = string.Join("; ", g.SelectMany(o => o.PackageNames.Concat(o.WindowsUpdateNames)).Distinct());
        return string.Join(" ", new[] { g.Key, kinds, what }.Where(s => !string.IsNullOrEmpty(s)));
    }));

    public OsmList<string> PackageNames { get; }
    public OsmList<string> WindowsUpdateNames { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceNames { get; }
    public OsmList<string> ManagedInstanceGroupIds { get; }
    public OsmList<string> ManagedInstanceGroupNames { get; }

    /// <summary>The compartments whose instances it targets (OS Management Hub).</summary>
    public OsmList<string> ManagedCompartmentIds { get; }

    /// <summary>The lifecycle stages it targets (OS Management Hub).</summary>
    public OsmList<string> LifecycleStageIds { get; }

    /// <summary>The dynamic sets it targets (OS Management Hub).</summary>
    public OsmList<string> DynamicSetIds { get; }

    /// <summary>With ManagedCompartmentIds: whether their sub-compartments' instances are targets too.</summary>
    public bool? IncludeSubcompartments { get; }

    /// <summary>The instances, groups and compartments it targets, by name.</summary>
    public string Targets => string.Join("; ", ManagedInstanceNames
        .Concat(ManagedInstanceGroupNames.Select(g => "group " + g))
        .Concat(ManagedCompartmentIds.Select(c => "compartment " + c + (IncludeSubcompartments == true ? " and below" : "")))
        .Concat(LifecycleStageIds.Select(s => "lifecycle stage " + s)).Concat(DynamicSetIds.Select(s => "dynamic set " + s)));

    /// <summary>Minutes to wait before each automatic retry of a failed run (OS Management Hub).</summary>
    public OsmList<int> RetryIntervals { get; }

    /// <summary>The work requests its runs created (pipe the job into Get-OsmWorkRequest).</summary>
    public OsmList<string> WorkRequestIds { get; }
    public string LifecycleState { get; }
    public string? OsFamily { get; }
    public bool? IsRestricted { get; }

    /// <summary>Freeform tags (key=value; ... as text).</summary>
    public OsmTags Tags { get; }

    /// <summary>The version the service gave when this was read; Set-OsmScheduledJob sends it back as If-Match.</summary>
    public string? ETag { get; }

    /// <summary>Always true: every job is read in full, with its description, action and work requests.</summary>
    public bool IsDetailed => true;

    /// <inheritdoc />
    public override string ToString() => DisplayName;

    /// <summary>The region it was read in (OS Management Hub is regional), e.g. us-ashburn-1.</summary>
    public string? Region { get; internal set; }

    string? IRegional.Region { get => Region; set => Region = value; }
}
