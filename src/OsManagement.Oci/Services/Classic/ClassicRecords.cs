using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OsManagement.Oci.Engine;
using Recurrence = OsManagement.Oci.Engine.Recurrence;
using WorkRequestResource = OsManagement.Oci.Engine.WorkRequestResource;
using OsManagement.Oci.OsManagement.Models;
using static OsManagement.Oci.Services.Classic.ClassicVocabulary;

namespace OsManagement.Oci.Services.Classic;

/// <summary>The retired service's models as engine records.</summary>
internal static class ClassicRecords
{
    public static ManagedInstanceRecord Instance(ManagedInstance m) => new()
    {
        Id = m.Id ?? "",
        DisplayName = m.DisplayName ?? "",
        Description = m.Description,
        CompartmentId = m.CompartmentId ?? "",
        OsFamily = Families.FromWire(m.OsFamily),
        OsName = m.OsName,
        OsVersion = m.OsVersion,
        OsKernelVersion = m.OsKernelVersion,
        Status = m.Status ?? "",
        LastCheckin = Time(m.LastCheckin),
        LastBoot = Time(m.LastBoot),
        IsRebootRequired = m.IsRebootRequired,
        UpdatesAvailable = m.UpdatesAvailable,
        SecurityUpdatesAvailable = m.SecurityUpdatesAvailable,
        BugUpdatesAvailable = m.BugUpdatesAvailable,
        EnhancementUpdatesAvailable = m.EnhancementUpdatesAvailable,
        OtherUpdatesAvailable = m.OtherUpdatesAvailable,
        Groups = Refs(m.ManagedInstanceGroups),
        ScheduledJobCount = m.ScheduledJobCount,
        WorkRequestCount = m.WorkRequestCount,
        IsDetailed = true,
    };

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

    public static InstanceGroupRecord Group(ManagedInstanceGroup g) => new()
    {
        Id = g.Id ?? "",
        DisplayName = g.DisplayName ?? "",
        Description = g.Description,
        CompartmentId = g.CompartmentId ?? "",
        OsFamily = Families.FromWire(g.OsFamily),
        LifecycleState = g.LifecycleState ?? "",
        Members = Refs(g.ManagedInstances),
        MemberCount = g.ManagedInstances?.Count ?? 0,
        IsDetailed = true,
    };

    public static InstanceGroupRecord Group(ManagedInstanceGroupSummary s) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        Description = s.Description,
        CompartmentId = s.CompartmentId ?? "",
        OsFamily = Families.FromWire(s.OsFamily),
        LifecycleState = s.LifecycleState ?? "",
        MemberCount = s.ManagedInstanceCount,
    };

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

    public static ScheduledJobRecord Job(ScheduledJob j, string? etag) => new()
    {
        Id = j.Id ?? "",
        DisplayName = j.DisplayName ?? "",
        Description = j.Description,
        CompartmentId = j.CompartmentId ?? "",
        ScheduleKind = ScheduleKinds.FromWire(j.ScheduleType),
        NextRun = j.TimeNextExecution,
        LastRun = j.TimeLastExecution,
        Recurrence = Recurrence.Reported(IntervalUnits.FromWire(j.IntervalType),
            int.TryParse(j.IntervalValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null),
        Operation = Operations.FromWire(j.OperationType),
        UpdateKind = InstallKinds.FromWire(j.UpdateType),
        PackageNames = j.PackageNames?.Select(p => p.Name ?? "").ToList() ?? new List<string>(),
        WindowsUpdateNames = (IReadOnlyList<string>?)j.UpdateNames ?? Array.Empty<string>(),
        Instances = Refs(j.ManagedInstances),
        Groups = Refs(j.ManagedInstanceGroups),
        WorkRequestIds = j.WorkRequests?.Select(w => w.Id ?? "").ToList() ?? new List<string>(),
        LifecycleState = JobStates.FromWire(j.LifecycleState),
        OsFamily = Families.FromWire(j.OsFamily),
        IsRestricted = j.IsRestricted,
        Tags = Tags(j.FreeformTags),
        ETag = etag,
        IsDetailed = true,
    };

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
        Tags = Tags(s.FreeformTags),
    };

    public static WorkRequestRecord WorkRequest(WorkRequest w) => new()
    {
        Id = w.Id ?? "",
        OperationType = w.OperationType ?? "",
        Operation = Operations.FromWire(w.OperationType),
        Status = Statuses.FromWire(w.Status),
        Description = w.Description,
        Message = w.Message,
        CompartmentId = w.CompartmentId ?? "",
        ManagedInstance = w.ManagedInstanceId?.Id is { } id ? new ResourceRef(id, w.ManagedInstanceId.DisplayName) : null,
        PercentComplete = w.PercentComplete,
        TimeAccepted = w.TimeAccepted,
        TimeStarted = w.TimeStarted,
        TimeFinished = w.TimeFinished,
        OsFamily = Families.FromWire(w.OsFamily),
        ParentId = w.ParentId,
        ChildrenIds = (IReadOnlyList<string>?)w.ChildrenIds ?? Array.Empty<string>(),
        Resources = w.Resources?.Select(r => new WorkRequestResource
        {
            ActionType = r.ActionType,
            EntityType = r.EntityType,
            Name = r.Name,
            Identifier = r.Identifier,
        }).ToList() ?? new List<WorkRequestResource>(),
        IsDetailed = true,
    };

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

    private static IReadOnlyDictionary<string, string> Tags(Dictionary<string, string>? tags) =>
        tags ?? new Dictionary<string, string>();

    // lastCheckin and lastBoot are free-form strings in this API; they are UTC.
    private static DateTimeOffset? Time(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value) ? value : null;
}
