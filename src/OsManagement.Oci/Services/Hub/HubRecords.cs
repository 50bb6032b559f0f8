using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;
using OsFamily = OsManagement.Oci.Engine.OsFamily;
using WorkRequestResource = OsManagement.Oci.Engine.WorkRequestResource;
using OsManagement.Oci.Services.Hub.Models;
using static OsManagement.Oci.Services.Hub.HubVocabulary;

namespace OsManagement.Oci.Services.Hub;

/// <summary>OS Management Hub's models as engine records.</summary>
internal static class HubRecords
{
    private const string InstanceEntity = "INSTANCE";

    public static ManagedInstanceRecord Instance(ManagedInstance m) => new()
    {
        Id = m.Id ?? "",
        DisplayName = m.DisplayName ?? "",
        Description = m.Description,
        CompartmentId = m.CompartmentId ?? "",
        OsFamily = Families.FromWire(m.OsFamily),
        OsFamilyDetail = m.OsFamily,
        OsName = m.OsName,
        OsVersion = m.OsVersion,
        OsKernelVersion = m.OsKernelVersion,
        Status = m.Status ?? "",
        LastCheckin = m.TimeLastCheckin,
        LastBoot = m.TimeLastBoot,
        IsRebootRequired = m.IsRebootRequired,
        UpdatesAvailable = m.UpdatesAvailable,
        SecurityUpdatesAvailable = m.SecurityUpdatesAvailable,
        BugUpdatesAvailable = m.BugUpdatesAvailable,
        EnhancementUpdatesAvailable = m.EnhancementUpdatesAvailable,
        OtherUpdatesAvailable = m.OtherUpdatesAvailable,
        Groups = Refs(m.ManagedInstanceGroup),
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
        OsFamilyDetail = s.OsFamily,
        Status = s.Status ?? "",
        LastBoot = s.TimeLastBoot,
        IsRebootRequired = s.IsRebootRequired,
        UpdatesAvailable = s.UpdatesAvailable,
        Groups = Refs(s.ManagedInstanceGroup),
    };

    public static InstanceGroupRecord Group(ManagedInstanceGroup g) => new()
    {
        Id = g.Id ?? "",
        DisplayName = g.DisplayName ?? "",
        Description = g.Description,
        CompartmentId = g.CompartmentId ?? "",
        OsFamily = Families.FromWire(g.OsFamily),
        OsFamilyDetail = g.OsFamily,
        LifecycleState = g.LifecycleState ?? "",
        Members = g.ManagedInstanceIds?.Select(id => new ResourceRef(id)).ToList() ?? new List<ResourceRef>(),
        MemberCount = g.ManagedInstanceCount ?? g.ManagedInstanceIds?.Count ?? 0,
        IsDetailed = true,
    };

    public static InstanceGroupRecord Group(ManagedInstanceGroupSummary s) => new()
    {
        Id = s.Id ?? "",
        DisplayName = s.DisplayName ?? "",
        Description = s.Description,
        CompartmentId = s.CompartmentId ?? "",
        OsFamily = Families.FromWire(s.OsFamily),
        OsFamilyDetail = s.OsFamily,
        LifecycleState = s.LifecycleState ?? "",
        MemberCount = s.ManagedInstanceCount,
    };

    /// <summary>A Linux package update; <paramref name="issued"/> has the issue date of each of the instance's advisories.</summary>
    public static AvailableUpdate Update(UpdatablePackageSummary u, IReadOnlyDictionary<string, DateTimeOffset> issued)
    {
        var errata = (IReadOnlyList<string>?)u.Errata ?? Array.Empty<string>();
        var dates = errata.Where(issued.ContainsKey).Select(e => issued[e]).ToList();
        return new AvailableUpdate
        {
            Name = u.Name ?? "",
            DisplayName = u.DisplayName ?? u.Name ?? "",
            Kind = Classifications.FromWire(u.UpdateType),
            OsFamily = OsFamily.Linux,
            InstalledVersion = u.InstalledVersion,
            AvailableVersion = u.Version,
            Architecture = u.Architecture,
            Cves = (IReadOnlyList<string>?)u.RelatedCves ?? Array.Empty<string>(),
            Errata = errata,
            Severity = Severities.FromWire(u.AdvisorySeverity).Value,
            AdvisoryIssued = dates.Count == 0 ? null : dates.Min(),
        };
    }

    /// <summary>A Windows update: installed by Microsoft's update id (Name), shown by its title (DisplayName).</summary>
    public static AvailableUpdate Update(AvailableWindowsUpdateSummary u) => new()
    {
        Name = u.UpdateId ?? u.Name ?? "",
        DisplayName = u.Name ?? u.UpdateId ?? "",
        Kind = Classifications.FromWire(u.UpdateType),
        OsFamily = OsFamily.Windows,
        IsEligibleForInstallation = u.Installable is null ? null : u.Installable == InstallableStates.Installable,
        IsRebootRequiredForInstallation = u.IsRebootRequiredForInstallation,
    };

    public static ScheduledJobRecord Job(ScheduledJob j, string? etag)
    {
        var record = JobCommon(j.Id, j.DisplayName, j.CompartmentId, j.ScheduleType, j.TimeNextExecution, j.TimeLastExecution, j.Operations,
            j.ManagedInstanceIds, j.ManagedInstanceGroupIds, j.ManagedCompartmentIds, j.IsSubcompartmentIncluded, j.LifecycleState,
            j.IsRestricted, j.RetryIntervals, j.FreeformTags);
        record.Description = j.Description;
        record.Recurrence = string.IsNullOrWhiteSpace(j.RecurringRule) ? null : Recurrence.ByRule(j.RecurringRule!);
        record.WorkRequestIds = (IReadOnlyList<string>?)j.WorkRequestIds ?? Array.Empty<string>();
        record.ETag = etag;
        record.IsDetailed = true;
        return record;
    }

    public static ScheduledJobRecord Job(ScheduledJobSummary s) =>
        JobCommon(s.Id, s.DisplayName, s.CompartmentId, s.ScheduleType, s.TimeNextExecution, s.TimeLastExecution, s.Operations,
            s.ManagedInstanceIds, s.ManagedInstanceGroupIds, s.ManagedCompartmentIds, null, s.LifecycleState, s.IsRestricted,
            s.RetryIntervals, s.FreeformTags);

    /// <summary>A job whose targets Hub gives as OCIDs only, with the names the caller knew for them.</summary>
    public static ScheduledJobRecord WithNames(ScheduledJobRecord job, IReadOnlyList<ResourceRef> instances, IReadOnlyList<ResourceRef> groups)
    {
        job.Instances = Named(job.Instances, instances);
        job.Groups = Named(job.Groups, groups);
        return job;
    }

    private static IReadOnlyList<ResourceRef> Named(IReadOnlyList<ResourceRef> refs, IReadOnlyList<ResourceRef> known) =>
        refs.Select(r => r.DisplayName is null && known.FirstOrDefault(k => k.Id == r.Id)?.DisplayName is { } name ? new ResourceRef(r.Id, name) : r).ToList();

    public static WorkRequestRecord WorkRequest(WorkRequest w)
    {
        var (operation, kind, family) = Describe(w.OperationType);
        var instance = w.Resources?.FirstOrDefault(r => string.Equals(r.EntityType, InstanceEntity, StringComparison.OrdinalIgnoreCase) && r.Identifier is not null);
        return new WorkRequestRecord
        {
            Id = w.Id ?? "",
            OperationType = w.OperationType ?? "",
            Operation = operation,
            UpdateKind = kind,
            Status = Statuses.FromWire(w.Status),
            Description = w.Description ?? w.DisplayName,
            Message = w.Message,
            CompartmentId = w.CompartmentId ?? "",
            ManagedInstance = instance is null ? null : new ResourceRef(instance.Identifier!, instance.Name),
            PercentComplete = w.PercentComplete,
            TimeAccepted = w.TimeCreated,
            TimeStarted = w.TimeStarted,
            TimeFinished = w.TimeFinished,
            OsFamily = family is { } f ? new Reported<OsFamily>(f, f.ToString()) : Reported<OsFamily>.Unknown(null),
            ParentId = w.ParentId,
            ChildrenIds = (IReadOnlyList<string>?)w.ChildrenId ?? Array.Empty<string>(),
            InitiatorId = w.InitiatorId,
            RerunOfId = w.RerunOfId,
            RetryOfId = w.RetryOfId,
            Resources = w.Resources?.Select(r => new WorkRequestResource
            {
                ActionType = r.ActionType,
                EntityType = r.EntityType,
                Name = r.Name,
                Identifier = r.Identifier,
            }).ToList() ?? new List<WorkRequestResource>(),
            IsDetailed = true,
        };
    }

    public static WorkRequestRecord WorkRequest(WorkRequestSummary s)
    {
        var (operation, kind, family) = Describe(s.OperationType);
        return new WorkRequestRecord
        {
            Id = s.Id ?? "",
            OperationType = s.OperationType ?? "",
            Operation = operation,
            UpdateKind = kind,
            Status = Statuses.FromWire(s.Status),
            Description = s.Description ?? s.DisplayName,
            Message = s.Message,
            CompartmentId = s.CompartmentId ?? "",
            PercentComplete = s.PercentComplete,
            TimeAccepted = s.TimeCreated,
            TimeFinished = s.TimeFinished,
            OsFamily = family is { } f ? new Reported<OsFamily>(f, f.ToString()) : Reported<OsFamily>.Unknown(null),
            ParentId = s.ParentId,
            ChildrenIds = (IReadOnlyList<string>?)s.ChildrenId ?? Array.Empty<string>(),
        };
    }

    public static WorkRequestLogLine Log(WorkRequestLogEntry e) => new() { Timestamp = e.Timestamp, Message = e.Message ?? "" };

    public static WorkRequestErrorLine Error(WorkRequestError e) => new() { Timestamp = e.Timestamp, Code = e.Code ?? "", Message = e.Message ?? "" };

    // What a job and its summary share. A job's operations say what it does, its names and its OS family.
    private static ScheduledJobRecord JobCommon(string? id, string? displayName, string? compartmentId, string? scheduleType,
        DateTimeOffset? next, DateTimeOffset? last, List<ScheduledJobOperation>? operations, List<string>? instances, List<string>? groups,
        List<string>? compartments, bool? subcompartments, string? state, bool? restricted, List<int>? retries, Dictionary<string, string>? tags)
    {
        var first = operations?.FirstOrDefault();
        var (operation, kind, family) = Describe(first?.OperationType);
        return new ScheduledJobRecord
        {
            Id = id ?? "",
            DisplayName = displayName ?? "",
            CompartmentId = compartmentId ?? "",
            ScheduleKind = ScheduleKinds.FromWire(scheduleType),
            NextRun = next,
            LastRun = last,
            Operation = operation,
            UpdateKind = kind,
            PackageNames = operations?.SelectMany(o => o.PackageNames ?? new List<string>()).ToList() ?? new List<string>(),
            WindowsUpdateNames = operations?.SelectMany(o => o.WindowsUpdateNames ?? new List<string>()).ToList() ?? new List<string>(),
            Instances = instances?.Select(i => new ResourceRef(i)).ToList() ?? new List<ResourceRef>(),
            Groups = groups?.Select(g => new ResourceRef(g)).ToList() ?? new List<ResourceRef>(),
            Compartments = (IReadOnlyList<string>?)compartments ?? Array.Empty<string>(),
            IncludeSubcompartments = compartments is { Count: > 0 } ? subcompartments : null,
            LifecycleState = JobStates.FromWire(state),
            OsFamily = family is { } f ? new Reported<OsFamily>(f, f.ToString()) : Reported<OsFamily>.Unknown(null),
            IsRestricted = restricted,
            RetryIntervals = (IReadOnlyList<int>?)retries ?? Array.Empty<int>(),
            Tags = (IReadOnlyDictionary<string, string>?)tags ?? new Dictionary<string, string>(),
        };
    }

    private static IReadOnlyList<ResourceRef> Refs(NamedId? group) =>
        group?.Id is { } id ? new[] { new ResourceRef(id, group.DisplayName) } : Array.Empty<ResourceRef>();
}
