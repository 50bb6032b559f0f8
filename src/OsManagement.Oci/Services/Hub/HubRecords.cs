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

    public static ManagedInstanceRecord Instance(ManagedInstance m)
    {
        var record = Instance((ManagedInstanceSummary)m);
        record.OsName = m.OsName;
        record.OsVersion = m.OsVersion;
        record.OsKernelVersion = m.OsKernelVersion;
        record.LastCheckin = m.TimeLastCheckin;
        record.SecurityUpdatesAvailable = m.SecurityUpdatesAvailable;
        record.BugUpdatesAvailable = m.BugUpdatesAvailable;
        record.EnhancementUpdatesAvailable = m.EnhancementUpdatesAvailable;
        record.OtherUpdatesAvailable = m.OtherUpdatesAvailable;
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
        OsFamilyDetail = s.OsFamily,
        Status = s.Status ?? "",
        LastBoot = s.TimeLastBoot,
        IsRebootRequired = s.IsRebootRequired,
        UpdatesAvailable = s.UpdatesAvailable,
        Groups = s.ManagedInstanceGroup?.Id is { } id ? new[] { new ResourceRef(id, s.ManagedInstanceGroup.DisplayName) } : Array.Empty<ResourceRef>(),
        Architecture = s.Architecture,
        Location = s.Location,
        LifecycleEnvironment = HubUnitRecords.Ref(s.LifecycleEnvironment),
        LifecycleStage = HubUnitRecords.Ref(s.LifecycleStage),
        ChangedThrough = HubUnitRecords.ChangedThrough(s),
    };

    public static InstanceGroupRecord Group(ManagedInstanceGroup g)
    {
        var record = Group((ManagedInstanceGroupSummary)g);
        record.Members = g.ManagedInstanceIds?.Select(id => new ResourceRef(id)).ToList() ?? new List<ResourceRef>();
        record.MemberCount = g.ManagedInstanceCount ?? g.ManagedInstanceIds?.Count ?? 0;
        record.IsDetailed = true;
        return record;
    }

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
        Architecture = s.ArchType,
        Location = s.Location,
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
        var record = Job((ScheduledJobSummary)j);
        record.Description = j.Description;
        // Oracle does not say whether making a job ONETIME clears its recurringRule: one left on a one-time job is not its schedule.
        record.Recurrence = string.IsNullOrWhiteSpace(j.RecurringRule) || record.ScheduleKind.Is(ScheduleKind.OneTime)
            ? null : Recurrence.ByRule(j.RecurringRule!);
        record.IncludeSubcompartments = record.Compartments.Count > 0 ? j.IsSubcompartmentIncluded : null;
        record.WorkRequestIds = (IReadOnlyList<string>?)j.WorkRequestIds ?? Array.Empty<string>();
        record.ETag = etag;
        record.IsDetailed = true;
        return record;
    }

    /// <summary>One of a job's operations in the engine's words, with the family it is for.</summary>
    public static (JobOperationRecord Record, OsFamily? Family) Operation(ScheduledJobOperation o)
    {
        var (operation, kind, family) = Describe(o.OperationType);
        return (new JobOperationRecord
        {
            Operation = operation,
            UpdateKind = kind,
            PackageNames = (IReadOnlyList<string>?)o.PackageNames ?? Array.Empty<string>(),
            WindowsUpdateNames = (IReadOnlyList<string>?)o.WindowsUpdateNames ?? Array.Empty<string>(),
        }, family);
    }

    // A job's operations say what it does (each of them; the first for Operation, the first UpdateAll's kind for
    // UpdateKind), its names and its OS family.
    public static ScheduledJobRecord Job(ScheduledJobSummary s)
    {
        var operations = s.Operations;
        var described = operations?.Select(Operation).ToList() ?? new List<(JobOperationRecord Record, OsFamily? Family)>();
        var first = described.Count > 0 ? described[0].Record : new JobOperationRecord { Operation = Reported<JobOperation>.Unknown(null) };
        var kind = described.Select(d => d.Record).FirstOrDefault(o => o.TakesUpdateKind)?.UpdateKind ?? Reported<UpdateKind>.Unknown(null);
        var family = described.Select(d => d.Family).FirstOrDefault(f => f is not null);
        return new ScheduledJobRecord
        {
            Id = s.Id ?? "",
            DisplayName = s.DisplayName ?? "",
            CompartmentId = s.CompartmentId ?? "",
            ScheduleKind = ScheduleKinds.FromWire(s.ScheduleType),
            NextRun = s.TimeNextExecution,
            LastRun = s.TimeLastExecution,
            Operation = first.Operation,
            UpdateKind = kind,
            Operations = described.Select(d => d.Record).ToList(),
            PackageNames = operations?.SelectMany(o => o.PackageNames ?? new List<string>()).ToList() ?? new List<string>(),
            WindowsUpdateNames = operations?.SelectMany(o => o.WindowsUpdateNames ?? new List<string>()).ToList() ?? new List<string>(),
            Instances = s.ManagedInstanceIds?.Select(i => new ResourceRef(i)).ToList() ?? new List<ResourceRef>(),
            Groups = s.ManagedInstanceGroupIds?.Select(g => new ResourceRef(g)).ToList() ?? new List<ResourceRef>(),
            Compartments = (IReadOnlyList<string>?)s.ManagedCompartmentIds ?? Array.Empty<string>(),
            LifecycleStages = s.LifecycleStageIds?.Select(i => new ResourceRef(i)).ToList() ?? new List<ResourceRef>(),
            DynamicSets = s.DynamicSetIds?.Select(i => new ResourceRef(i)).ToList() ?? new List<ResourceRef>(),
            LifecycleState = JobStates.FromWire(s.LifecycleState),
            OsFamily = Family(family),
            IsRestricted = s.IsRestricted,
            RetryIntervals = (IReadOnlyList<int>?)s.RetryIntervals ?? Array.Empty<int>(),
            Tags = (IReadOnlyDictionary<string, string>?)s.FreeformTags ?? new Dictionary<string, string>(),
        };
    }

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
        var record = WorkRequest((WorkRequestSummary)w);
        var instance = w.Resources?.FirstOrDefault(r => string.Equals(r.EntityType, InstanceEntity,
            StringComparison.OrdinalIgnoreCase) && r.Identifier is not null);
        record.ManagedInstance = instance is null ? null : new ResourceRef(instance.Identifier!, instance.Name);
        record.TimeStarted = w.TimeStarted;
        record.InitiatorId = w.InitiatorId;
        record.RerunOfId = w.RerunOfId;
        record.RetryOfId = w.RetryOfId;
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
            OsFamily = Family(family),
            ParentId = s.ParentId,
            ChildrenIds = (IReadOnlyList<string>?)s.ChildrenId ?? Array.Empty<string>(),
        };
    }

    public static WorkRequestLogLine Log(WorkRequestLogEntry e) => new() { Timestamp = e.Timestamp, Message = e.Message ?? "" };

    public static WorkRequestErrorLine Error(WorkRequestError e) => new() { Timestamp = e.Timestamp, Code = e.Code ?? "", Message = e.Message ?? "" };

    // The family an operation is for, as the records report it.
    private static Reported<OsFamily> Family(OsFamily? family) => family is { } f ? new Reported<OsFamily>(f, f.ToString()) : Reported<OsFamily>.Unknown(null);
}
