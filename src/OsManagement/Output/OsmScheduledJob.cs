using System;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement;

/// <summary>A scheduled job: when it runs, what it does, on which instances and groups, and the work requests it started.</summary>
public sealed class OsmScheduledJob
{
    internal OsmScheduledJob(ScheduledJob j, string? etag)
    {
        Id = j.Id ?? "";
        DisplayName = j.DisplayName ?? "";
        Description = j.Description;
        CompartmentId = j.CompartmentId ?? "";
        ScheduleType = j.ScheduleType ?? "";
        NextExecution = OsmTime.Local(j.TimeNextExecution);
        LastExecution = OsmTime.Local(j.TimeLastExecution);
        IntervalType = j.IntervalType;
        IntervalValue = int.TryParse(j.IntervalValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        OperationType = j.OperationType ?? "";
        UpdateType = j.UpdateType;
        PackageNames = OsmList<string>.From(j.PackageNames?.Select(p => p.Name ?? ""));
        WindowsUpdateNames = OsmList<string>.From(j.UpdateNames);
        ManagedInstanceIds = OsmList<string>.From(j.ManagedInstances?.Select(m => m.Id ?? ""));
        ManagedInstanceNames = OsmList<string>.From(j.ManagedInstances?.Select(m => m.DisplayName ?? m.Id ?? ""));
        ManagedInstanceGroupIds = OsmList<string>.From(j.ManagedInstanceGroups?.Select(m => m.Id ?? ""));
        ManagedInstanceGroupNames = OsmList<string>.From(j.ManagedInstanceGroups?.Select(m => m.DisplayName ?? m.Id ?? ""));
        WorkRequestIds = OsmList<string>.From(j.WorkRequests?.Select(w => w.Id ?? ""));
        LifecycleState = j.LifecycleState ?? "";
        OsFamily = j.OsFamily;
        IsRestricted = j.IsRestricted;
        Tags = new OsmTags(j.FreeformTags);
        ETag = etag;
        IsDetailed = true;
    }

    internal OsmScheduledJob(ScheduledJobSummary s)
        : this(new ScheduledJob
        {
            Id = s.Id, DisplayName = s.DisplayName, CompartmentId = s.CompartmentId, ScheduleType = s.ScheduleType,
            TimeNextExecution = s.TimeNextExecution, TimeLastExecution = s.TimeLastExecution,
            ManagedInstances = s.ManagedInstances, ManagedInstanceGroups = s.ManagedInstanceGroups,
            OperationType = s.OperationType, LifecycleState = s.LifecycleState, OsFamily = s.OsFamily,
            IsRestricted = s.IsRestricted, FreeformTags = s.FreeformTags,
        }, null)
    {
        IsDetailed = false;
    }

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

    /// <summary>The schedule in words: "Once", "Every 2 days".</summary>
    public string Recurrence => ScheduleType == "RECURRING" && IntervalType is not null
        ? $"Every {(IntervalValue is null or 1 ? "" : IntervalValue + " ")}{IntervalType.ToLowerInvariant()}{(IntervalValue is null or 1 ? "" : "s")}"
        : "Once";

    /// <summary>INSTALL, UPDATE, REMOVE, UPDATEALL...</summary>
    public string OperationType { get; }

    /// <summary>For UPDATEALL: SECURITY, BUGFIX, ENHANCEMENT, OTHER, KSPLICE or ALL.</summary>
    public string? UpdateType { get; }

    /// <summary>The action in words: "UPDATEALL SECURITY", "INSTALL openssl; curl".</summary>
    public string Action
    {
        get
        {
            var what = string.Join("; ", PackageNames.Concat(WindowsUpdateNames));
            return string.Join(" ", new[] { OperationType, UpdateType, what }.Where(s => !string.IsNullOrEmpty(s)));
        }
    }

    public OsmList<string> PackageNames { get; }
    public OsmList<string> WindowsUpdateNames { get; }
    public OsmList<string> ManagedInstanceIds { get; }
    public OsmList<string> ManagedInstanceNames { get; }
    public OsmList<string> ManagedInstanceGroupIds { get; }
    public OsmList<string> ManagedInstanceGroupNames { get; }

    /// <summary>The instances and groups it targets, by name.</summary>
    public string Targets => string.Join("; ", ManagedInstanceNames.Concat(ManagedInstanceGroupNames.Select(g => "group " + g)));

    /// <summary>The work requests its runs created (pipe the job into Get-OsmWorkRequest).</summary>
    public OsmList<string> WorkRequestIds { get; }
    public string LifecycleState { get; }
    public string? OsFamily { get; }
    public bool? IsRestricted { get; }

    /// <summary>Freeform tags (key=value; ... as text).</summary>
    public OsmTags Tags { get; }

    /// <summary>The version the service gave when this was read; Set-OsmScheduledJob sends it back as If-Match.</summary>
    public string? ETag { get; }

    /// <summary>False for list results, which carry no description, action details or work requests.</summary>
    public bool IsDetailed { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
