using System.Text.Json.Nodes;
using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>Turns the fleet's records into the retired OS Management API's wire shapes. Callers hold the store's lock.</summary>
internal static class ClassicWireMap
{
    /// <summary>The instances' lastCheckin/lastBoot strings, e.g. <c>2026-11-24 14:31:08.123 GMT</c>.</summary>
    public static string CheckinTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff 'GMT'", CultureInfo.InvariantCulture);

    public static NamedId Named(string id, string name) => new() { Id = id, DisplayName = name };

    public static ManagedInstanceSummary Summary(InstanceRecord i) => new()
    {
        Id = i.Id,
        DisplayName = i.DisplayName,
        CompartmentId = i.CompartmentId,
        Description = i.Description,
        LastCheckin = CheckinTime(i.LastCheckin),
        LastBoot = CheckinTime(i.LastBoot),
        UpdatesAvailable = i.UpdatesAvailable,
        Status = OsManagementWords.InstanceStatuses[i.Status],
        OsFamily = ClassicVocabulary.Families[i.Os.Family],
        IsRebootRequired = i.IsRebootRequired,
    };

    public static ManagedInstance Full(InstanceRecord i, EmulatorStore store) => new()
    {
        Id = i.Id,
        DisplayName = i.DisplayName,
        Description = i.Description,
        CompartmentId = i.CompartmentId,
        LastCheckin = CheckinTime(i.LastCheckin),
        LastBoot = CheckinTime(i.LastBoot),
        UpdatesAvailable = i.UpdatesAvailable,
        SecurityUpdatesAvailable = i.CountUpdates(Classification.Security),
        BugUpdatesAvailable = i.CountUpdates(Classification.Bugfix),
        EnhancementUpdatesAvailable = i.CountUpdates(Classification.Enhancement),
        OtherUpdatesAvailable = i.CountUpdates(Classification.Other),
        OsName = i.OsName,
        OsVersion = i.OsVersion,
        OsKernelVersion = i.OsKernelVersion,
        OsFamily = ClassicVocabulary.Families[i.Os.Family],
        Status = OsManagementWords.InstanceStatuses[i.Status],
        IsRebootRequired = i.IsRebootRequired,
        IsDataCollectionAuthorized = false,
        ParentSoftwareSource = i.SoftwareSourceId is null ? null : new SoftwareSourceId { Id = i.SoftwareSourceId, Name = i.SoftwareSourceName },
        ChildSoftwareSources = i.SoftwareSourceId is null ? null : new() { },
        ManagedInstanceGroups = i.GroupIds.Select(g => Named(g, store.Groups[g].DisplayName)).ToList(),
        ScheduledJobCount = store.Classic().Jobs.Values.Count(j => j.LifecycleState == "ACTIVE"
            && (j.ManagedInstances.Any(t => t.Id == i.Id) || j.ManagedInstanceGroups.Any(g => g.Id is not null && i.GroupIds.Contains(g.Id)))),
        WorkRequestCount = store.WorkRequests.Values.Count(w => w.InstanceId == i.Id),
    };

    public static AvailableUpdateSummary Update(PackageUpdate u, InstanceRecord i) => new()
    {
        Name = u.Name,
        DisplayName = u.PackageName,
        Type = "rpm",
        UpdateType = ClassicVocabulary.AvailableUpdateTypes[u.Classification],
        InstalledVersion = u.InstalledVersion,
        AvailableVersion = u.AvailableVersion,
        Architecture = u.Architecture,
        Errata = u.Erratum is null ? new() : new() { Named(u.Erratum.Id, u.Erratum.Name) },
        RelatedCves = u.RelatedCves.ToList(),
        SoftwareSources = i.SoftwareSourceId is null ? new() : new() { new SoftwareSourceId { Id = i.SoftwareSourceId, Name = i.SoftwareSourceName } },
    };

    public static AvailableWindowsUpdateSummary Update(WindowsUpdateRecord u) => new()
    {
        Name = u.Name,
        DisplayName = u.DisplayName,
        UpdateType = ClassicVocabulary.AvailableUpdateTypes[u.Classification],
        IsEligibleForInstallation = "INSTALLABLE",
        IsRebootRequiredForInstallation = u.IsRebootRequired,
    };

    public static InstalledPackageSummary Installed(InstalledPackage p, InstanceRecord i) => new()
    {
        Name = p.Name,
        DisplayName = p.PackageName,
        Type = p.Type,
        Version = p.Version,
        Architecture = p.Architecture.Length == 0 ? null : p.Architecture,
        InstallTime = WireJson.FormatTime(p.InstallTime),
        SoftwareSources = i.SoftwareSourceId is null ? null : new() { new SoftwareSourceId { Id = i.SoftwareSourceId, Name = i.SoftwareSourceName } },
    };

    public static ErratumSummary ErratumSummary(ErratumRecord e, string compartmentId) => new()
    {
        Id = e.Id,
        Name = e.Name,
        CompartmentId = compartmentId,
        Synopsis = e.Synopsis,
        Issued = WireJson.FormatTime(e.Issued),
        Updated = WireJson.FormatTime(e.Issued),
        AdvisoryType = ClassicVocabulary.AvailableUpdateTypes[e.Classification],
        RelatedCves = e.Cves.ToList(),
    };

    public static Erratum Erratum(ErratumRecord e, EmulatorStore store) => new()
    {
        Id = e.Id,
        Name = e.Name,
        CompartmentId = store.TenancyId,
        Synopsis = e.Synopsis,
        Issued = WireJson.FormatTime(e.Issued),
        Updated = WireJson.FormatTime(e.Issued),
        Description = $"{e.Synopsis}. Updated {e.PackageName} packages fix {(e.Cves.Count > 0 ? string.Join(", ", e.Cves) : "the issues described")}.",
        AdvisoryType = ClassicVocabulary.AvailableUpdateTypes[e.Classification],
        From = "el-errata@oss.oracle.com",
        Solution = "This update is available through the Oracle Linux yum server and the Unbreakable Linux Network.",
        References = string.Join(" ", e.Cves.Select(c => $"https://linux.oracle.com/cve/{c}.html")),
        RelatedCves = e.Cves.ToList(),
        AffectedInstances = store.Fleet.Instances.Where(i => i.PackageUpdates.Any(u => u.Erratum == e)).Select(i => Named(i.Id, i.DisplayName)).ToList(),
        SoftwareSources = new() { Named($"ocid1.softwaresource.oc1.iad.ol{e.OsMajor}-x86_64-baseos", $"Oracle Linux {e.OsMajor} BaseOS Latest (x86_64)") },
        Packages = new()
        {
            new SoftwarePackageSummary
            {
                Name = $"{e.PackageName}-{e.PackageVersion}.{e.Architecture}",
                DisplayName = e.PackageName,
                Type = "rpm",
                Version = e.PackageVersion,
                Architecture = e.Architecture,
            },
        },
    };

    public static ManagedInstanceGroupSummary Summary(GroupRecord g) => new()
    {
        Id = g.Id,
        DisplayName = g.DisplayName,
        CompartmentId = g.CompartmentId,
        Description = g.Description,
        ManagedInstanceCount = g.InstanceIds.Count,
        LifecycleState = "ACTIVE",
        OsFamily = ClassicVocabulary.Families[g.Family],
        FreeformTags = new(),
        DefinedTags = new(),
    };

    public static ManagedInstanceGroup Full(GroupRecord g, EmulatorStore store) => new()
    {
        Id = g.Id,
        DisplayName = g.DisplayName,
        CompartmentId = g.CompartmentId,
        Description = g.Description,
        ManagedInstances = g.InstanceIds.Select(id => Named(id, store.Instances[id].DisplayName)).ToList(),
        LifecycleState = "ACTIVE",
        OsFamily = ClassicVocabulary.Families[g.Family],
        FreeformTags = new(),
        DefinedTags = new(),
    };

    public static ScheduledJob Full(ClassicJobRecord j) => new()
    {
        Id = j.Id,
        CompartmentId = j.CompartmentId,
        DisplayName = j.DisplayName,
        Description = j.Description,
        ScheduleType = j.ScheduleType,
        TimeNextExecution = j.TimeNextExecution,
        TimeLastExecution = j.TimeLastExecution,
        IntervalType = j.ScheduleType == "RECURRING" ? j.IntervalType : null,
        IntervalValue = j.ScheduleType == "RECURRING" ? j.IntervalValue : null,
        ManagedInstances = j.ManagedInstances.Select(n => Named(n.Id!, n.DisplayName!)).ToList(),
        ManagedInstanceGroups = j.ManagedInstanceGroups.Select(n => Named(n.Id!, n.DisplayName!)).ToList(),
        OperationType = j.OperationType,
        UpdateType = j.UpdateType,
        PackageNames = j.PackageNames.Select(p => new PackageName { Name = p }).ToList(),
        UpdateNames = j.UpdateNames.ToList(),
        WorkRequests = j.WorkRequestIds.Select(id => Named(id, id)).ToList(),
        LifecycleState = j.LifecycleState,
        FreeformTags = j.FreeformTags,
        DefinedTags = j.DefinedTags,
        OsFamily = j.OsFamily,
        IsRestricted = j.IsRestricted,
    };

    public static JsonObject Summary(ClassicJobRecord j) => Summaries.ScheduledJob.Of(Full(j));

    public static WorkRequest Full(WorkRequestRecord w) => new()
    {
        Id = w.Id,
        CompartmentId = w.CompartmentId,
        OperationType = w.OperationType,
        Status = OsManagementWords.WorkStatuses[w.Status],
        Description = w.Description,
        Message = w.Message,
        ManagedInstanceId = w.InstanceId is null ? null : Named(w.InstanceId, w.InstanceName!),
        Resources = new()
        {
            w.InstanceId is not null
                ? new WorkRequestResource { EntityType = "INSTANCE", ActionType = ClassicVocabulary.Effects[w.Effect], Identifier = w.InstanceId, Name = w.InstanceName, EntityUri = $"/managedInstances/{w.InstanceId}" }
                : new WorkRequestResource { EntityType = "INSTANCE_GROUP", ActionType = ClassicVocabulary.Effects[w.Effect], Identifier = w.GroupId, Name = w.GroupName, EntityUri = $"/managedInstanceGroups/{w.GroupId}" },
        },
        PercentComplete = w.PercentComplete,
        TimeAccepted = w.TimeAccepted,
        TimeStarted = w.TimeStarted,
        TimeFinished = w.TimeFinished,
        OsFamily = ClassicVocabulary.Family(w.Family),
        ParentId = w.ParentId,
        ChildrenIds = w.IsParent ? w.ChildrenIds.ToList() : null,
    };

    public static JsonObject Summary(WorkRequestRecord w) => Summaries.WorkRequest.Of(Full(w));

    public static WorkRequestLogEntry Log(WorkLog entry) => new() { Message = entry.Message, Timestamp = entry.Timestamp };

    public static WorkRequestError Error(WorkError entry) => new() { Code = entry.Code, Message = entry.Message, Timestamp = entry.Timestamp };
}
