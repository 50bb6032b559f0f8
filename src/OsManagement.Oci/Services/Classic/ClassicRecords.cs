using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.Engine;
using Recurrence = OsManagement.Oci.Engine.Recurrence;
using WorkRequestResource = OsManagement.Oci.Engine.WorkRequestResource;
using OsManagement.Oci.Services.Classic.Models;
using static OsManagement.Oci.Services.Classic.ClassicVocabulary;

namespace OsManagement.Oci.Services.Classic;

/// <summary>The retired service's models as engine records.</summary>
internal static class ClassicRecords
{
    public static ManagedInstanceRecord Instance(ManagedInstance m)
    {
        var record = Instance((ManagedInstanceSummary)m);
        record.OsName = m.OsName;
        record.OsVersion = m.OsVersion;
        record.OsKernelVersion = m.OsKernelVersion;
        record.SecurityUpdatesAvailable = m.SecurityUpdatesAvailable;
        record.BugUpdatesAvailable = m.BugUpdatesAvailable;
        record.EnhancementUpdatesAvailable = m.EnhancementUpdatesAvailable;
        record.OtherUpdatesAvailable = m.OtherUpdatesAvailable;
        record.Groups = Refs(m.ManagedInstanceGroups);
        record.ScheduledJobCount = m.ScheduledJobCount;
        record.WorkRequestCount = m.WorkRequestCount;
        record.IsDetailed = true;
        return record;
    }

    public static ManagedInstanceRecord Instance(ManagedInstanceSummary s) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        Description = s.Description,
        CompartmentId = s.CompartmentId ?? "",
        OsFamily = Families.FromWire(s.OsFamily),
        Status = s.Status ?? "",
        LastCheckin = Time(s.LastCheckin),
        LastBoot = Time(s.LastBoot),
        IsRebootRequired = s.IsRebootRequired,
        UpdatesAvailable = s.UpdatesAvailable,
    };

    // This API's group and its summary share no base: the summary counts the members, the group lists them.
    public static InstanceGroupRecord Group(ManagedInstanceGroup g)
    {
        var record = Group(g.Id, g.DisplayName, g.Description, g.CompartmentId, g.OsFamily, g.LifecycleState);
        record.Members = Refs(g.ManagedInstances);
        record.MemberCount = g.ManagedInstances?.Count ?? 0;
        record.IsDetailed = true;
        return record;
    }

    public static InstanceGroupRecord Group(ManagedInstanceGroupSummary s)
    {
        var record = Group(s.Id, s.DisplayName, s.Description, s.CompartmentId, s.OsFamily, s.LifecycleState);
        record.MemberCount = s.ManagedInstanceCount;
        return record;
    }

    public static AvailableUpdate Update(AvailableUpdateSummary u) => new()
    {
        Name = u.Name ?? "",
        DisplayName = u.DisplayName ?? u.Name ?? "",
        Kind = Classifications.FromWire(u.UpdateType),
        OsFamily = OsFamily.Linux,
        InstalledVersion = u.InstalledVersion,
        AvailableVersion = u.AvailableVersion,
        Architecture = u.Architecture,
        Cves = (IReadOnlyList<string>?)u.RelatedCves ?? Array.Empty<string>(),
        Errata = u.Errata?.Select(e => e.DisplayName ?? e.Id ?? "").ToList() ?? new List<string>(),
    };

    public static AvailableUpdate Update(AvailableWindowsUpdateSummary u) => new()
    {
        Name = u.Name ?? "",
        DisplayName = u.DisplayName ?? u.Name ?? "",
        Kind = Classifications.FromWire(u.UpdateType),
        OsFamily = OsFamily.Windows,
        IsEligibleForInstallation = IsInstallable(u.IsEligibleForInstallation),
        IsRebootRequiredForInstallation = u.IsRebootRequiredForInstallation,
    };

    public static ScheduledJobRecord Job(ScheduledJob j, string? etag)
    {
        var record = Job((ScheduledJobSummary)j);
        record.Description = j.Description;
        record.Recurrence = Recurrence.Reported(IntervalUnits.FromWire(j.IntervalType),
            int.TryParse(j.IntervalValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null);
        record.UpdateKind = InstallKinds.FromWire(j.UpdateType);
        record.PackageNames = j.PackageNames?.Select(p => p.Name ?? "").ToList() ?? new List<string>();
        record.WindowsUpdateNames = (IReadOnlyList<string>?)j.UpdateNames ?? Array.Empty<string>();
        record.WorkRequestIds = j.WorkRequests?.Select(w => w.Id ?? "").ToList() ?? new List<string>();
        record.ETag = etag;
        record.IsDetailed = true;
        return record;
    }

    public static ScheduledJobRecord Job(ScheduledJobSummary s) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        CompartmentId = s.CompartmentId ?? "",
        ScheduleKind = ScheduleKinds.FromWire(s.ScheduleType),
        NextRun = s.TimeNextExecution,
        LastRun = s.TimeLastExecution,
        Operation = Operations.FromWire(s.OperationType),
        Instances = Refs(s.ManagedInstances),
        Groups = Refs(s.ManagedInstanceGroups),
        LifecycleState = JobStates.FromWire(s.LifecycleState),
        OsFamily = Families.FromWire(s.OsFamily),
        IsRestricted = s.IsRestricted,
        Tags = (IReadOnlyDictionary<string, string>?)s.FreeformTags ?? new Dictionary<string, string>(),
    };

    public static WorkRequestRecord WorkRequest(WorkRequest w)
    {
        var record = WorkRequest((WorkRequestSummary)w);
        record.ManagedInstance = w.ManagedInstanceId?.Id is { } id ? new ResourceRef(id, w.ManagedInstanceId.DisplayName) : null;
        record.TimeStarted = w.TimeStarted;
        record.TimeFinished = w.TimeFinished;
        record.ParentId = w.ParentId;
        record.ChildrenIds = (IReadOnlyList<string>?)w.ChildrenIds ?? Array.Empty<string>();
        record.Resources = w.Resources?.Select(r => new WorkRequestResource
        {
            ActionType = r.ActionType,
            EntityType = r.EntityType,
            Name = r.Name,
            Identifier = r.Identifier,
        }).ToList() ?? new List<WorkRequestResource>();
        record.IsDetailed = true;
        return record;
    }

    public static WorkRequestRecord WorkRequest(WorkRequestSummary s) => new()
    {
        Id = s.Id ?? "",
        OperationType = s.OperationType ?? "",
        Operation = Operations.FromWire(s.OperationType),
        Status = Statuses.FromWire(s.Status),
        Description = s.Description,
        Message = s.Message,
        CompartmentId = s.CompartmentId ?? "",
        PercentComplete = s.PercentComplete,
        TimeAccepted = s.TimeAccepted,
        OsFamily = Families.FromWire(s.OsFamily),
    };

    public static WorkRequestLogLine Log(WorkRequestLogEntry e) => new() { Timestamp = e.Timestamp, Message = e.Message ?? "" };

    public static WorkRequestErrorLine Error(WorkRequestError e) => new() { Timestamp = e.Timestamp, Code = e.Code ?? "", Message = e.Message ?? "" };

    public static List<NamedId>? NamedIds(IReadOnlyList<ResourceRef> refs) =>
        refs.Count == 0 ? null : refs.Select(r => new NamedId { Id = r.Id, DisplayName = r.DisplayName }).ToList();

    private static IReadOnlyList<ResourceRef> Refs(List<NamedId>? ids) =>
        ids?.Where(i => i.Id is not null).Select(i => new ResourceRef(i.Id!, i.DisplayName)).ToList() ?? new List<ResourceRef>();

    private static InstanceGroupRecord Group(string? id, string? displayName, string? description, string? compartmentId, string? family,
        string? state) => new()
    {
        Id = id ?? "",
        DisplayName = displayName ?? "",
        Description = description,
        CompartmentId = compartmentId ?? "",
        OsFamily = Families.FromWire(family),
        LifecycleState = state ?? "",
    };

    // lastCheckin and lastBoot are free-form strings in this API; they are UTC.
    private static DateTimeOffset? Time(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value) ? value : null;
}
