using System.Text.Json.Nodes;
using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>Turns the shared fleet's records into OS Management Hub's wire shapes. Callers hold the store's lock.</summary>
internal static class HubWireMap
{
    public static ManagedInstanceSummary InstanceSummary(InstanceRecord i, EmulatorStore store, DateTimeOffset now) => new()
    {
        Id = i.Id,
        DisplayName = i.DisplayName,
        Description = i.Description,
        TenancyId = store.TenancyId,
        CompartmentId = i.CompartmentId,
        Location = HubVocabulary.Locations[i.Location],
        Architecture = HubVocabulary.Arch(i.Architecture),
        OsFamily = HubVocabulary.Releases[i.Os],
        Status = HubVocabulary.StatusAt(i, now),
        ManagedInstanceGroup = GroupOf(i, store),
        LifecycleEnvironment = HubUnitWireMap.EnvironmentOf(i, store),
        LifecycleStage = HubUnitWireMap.StageOf(i, store),
        IsRebootRequired = i.IsRebootRequired,
        UpdatesAvailable = i.UpdatesAvailable,
        AgentVersion = i.AgentVersion,
        TimeLastBoot = i.LastBoot,
    };

    public static ManagedInstance Instance(InstanceRecord i, EmulatorStore store, DateTimeOffset now) => new()
    {
        Id = i.Id,
        DisplayName = i.DisplayName,
        Description = i.Description,
        TenancyId = store.TenancyId,
        CompartmentId = i.CompartmentId,
        Location = HubVocabulary.Locations[i.Location],
        TimeLastCheckin = i.LastCheckin,
        TimeLastBoot = i.LastBoot,
        OsName = i.OsName,
        OsVersion = i.OsVersion,
        OsKernelVersion = i.OsKernelVersion,
        KspliceEffectiveKernelVersion = i.KspliceEffectiveKernelVersion,
        Architecture = HubVocabulary.Arch(i.Architecture),
        OsFamily = HubVocabulary.Releases[i.Os],
        Status = HubVocabulary.StatusAt(i, now),
        SoftwareSources = Sources(i),
        ManagedInstanceGroup = GroupOf(i, store),
        LifecycleEnvironment = HubUnitWireMap.EnvironmentOf(i, store),
        LifecycleStage = HubUnitWireMap.StageOf(i, store),
        IsRebootRequired = i.IsRebootRequired,
        InstalledPackages = i.IsWindows ? 0 : i.InstalledPackages.Count,
        InstalledWindowsUpdates = i.IsWindows ? i.InstalledPackages.Count(p => p.Type == "windows-update") : 0,
        UpdatesAvailable = i.UpdatesAvailable,
        SecurityUpdatesAvailable = i.CountUpdates(Classification.Security),
        BugUpdatesAvailable = i.CountUpdates(Classification.Bugfix),
        EnhancementUpdatesAvailable = i.CountUpdates(Classification.Enhancement),
        OtherUpdatesAvailable = i.CountUpdates(Classification.Other),
        ScheduledJobCount = store.Hub().Jobs.Values.Count(j => j.LifecycleState == "ACTIVE" && Targets(j, i, store)),
        WorkRequestCount = store.WorkRequests.Values.Count(w => w is HubWorkRequest && w.InstanceId == i.Id),
        TimeCreated = i.TimeCreated,
        TimeUpdated = i.LastCheckin,
        AgentVersion = i.AgentVersion,
        AreSourcesManaged = false,
        TimeLastSoftwareRefresh = i.LastCheckin,
    };

    /// <summary>
    /// Whether a Hub job reaches an instance: directly, through its group or stage, through its compartment (stand-alone
    /// instances and group members, not stage members), or through a dynamic set that holds it.
    /// </summary>
    public static bool Targets(HubJobRecord job, InstanceRecord instance, EmulatorStore store) =>
        job.ManagedInstanceIds.Contains(instance.Id)
        || (instance.ReleaseGroupId is not null && job.ManagedInstanceGroupIds.Contains(instance.ReleaseGroupId))
        || (instance.LifecycleStageId is not null && job.LifecycleStageIds.Contains(instance.LifecycleStageId))
        || (job.ManagedCompartmentIds.Count > 0 && instance.LifecycleStageId is null
            && HubScope.Compartments(store, job.ManagedCompartmentIds, job.IsSubcompartmentIncluded == true).Contains(instance.CompartmentId))
        || job.DynamicSetIds.Any(id => store.Fleet.DynamicSets.FirstOrDefault(s => s.Id == id) is { } set
            && HubUnits.Matches(set, instance, store, store.Clock.Now));

    public static UpdatablePackageSummary Updatable(PackageUpdate u, InstanceRecord i) => new()
    {
        DisplayName = u.PackageName,
        Name = u.Name,
        Type = "rpm",
        Version = u.AvailableVersion,
        Architecture = HubVocabulary.Arch(u.Architecture),
        SoftwareSources = Sources(i),
        InstalledVersion = u.InstalledVersion,
        UpdateType = HubVocabulary.Classifications[u.Classification],
        Errata = u.Erratum is null ? new List<string>() : new List<string> { u.Erratum.Name },
        RelatedCves = u.RelatedCves.ToList(),
        AdvisorySeverity = Severity(u.Erratum),
    };

    public static InstalledPackageSummary Installed(InstalledPackage p, InstanceRecord i) => new()
    {
        DisplayName = p.PackageName,
        Name = p.Name,
        Type = p.Type,
        Version = p.Version,
        Architecture = p.Architecture.Length == 0 ? null : HubVocabulary.Arch(p.Architecture),
        SoftwareSources = Sources(i),
        TimeInstalled = p.InstallTime,
    };

    public static ManagedInstanceErratumSummary InstanceErratum(ErratumRecord e, InstanceRecord i) => new()
    {
        Name = e.Name,
        AdvisoryType = HubVocabulary.Classifications[e.Classification],
        TimeIssued = e.Issued,
        Synopsis = e.Synopsis,
        RelatedCves = e.Cves.ToList(),
        Packages = i.PackageUpdates.Where(u => u.Erratum == e)
            .Select(u => new PackageNameSummary(u.PackageName, u.Name, "rpm", u.AvailableVersion, HubVocabulary.Arch(u.Architecture))).ToList(),
    };

    /// <summary>Hub names a Windows update by its title; Microsoft's GUID is its updateId.</summary>
    public static AvailableWindowsUpdateSummary WindowsUpdate(WindowsUpdateRecord u) =>
        new(u.DisplayName, u.Name, HubVocabulary.Classifications[u.Classification], "INSTALLABLE", u.IsRebootRequired);

    public static Erratum Erratum(ErratumRecord e) => new()
    {
        Name = e.Name,
        Synopsis = e.Synopsis,
        TimeIssued = e.Issued,
        TimeUpdated = e.Issued,
        Description = $"{e.Synopsis}. Updated {e.PackageName} packages fix {(e.Cves.Count > 0 ? string.Join(", ", e.Cves) : "the issues described")}.",
        ClassificationType = HubVocabulary.Classifications[e.Classification],
        AdvisoryType = HubVocabulary.Classifications[e.Classification],
        From = "el-errata@oss.oracle.com",
        Solution = "This update is available through the Oracle Linux yum server and the Unbreakable Linux Network.",
        References = string.Join(" ", e.Cves.Select(c => $"https://linux.oracle.com/cve/{c}.html")),
        RelatedCves = e.Cves.ToList(),
        Repositories = new List<string> { $"ol{e.OsMajor}_baseos_latest-x86_64" },
        Packages = new List<SoftwarePackageSummary>
        {
            new()
            {
                DisplayName = e.PackageName,
                Name = $"{e.PackageName}-{e.PackageVersion}.{e.Architecture}",
                Type = "rpm",
                Version = e.PackageVersion,
                Architecture = HubVocabulary.Arch(e.Architecture),
                OsFamilies = new List<string> { HubVocabulary.Releases[OsRelease.OracleLinux(e.OsMajor)] },
            },
        },
        OsFamilies = new List<string> { HubVocabulary.Releases[OsRelease.OracleLinux(e.OsMajor)] },
        AdvisorySeverity = Severity(e),
    };

    public static JsonObject ErratumSummary(ErratumRecord e) => Summaries.Erratum.Of(Erratum(e));

    public static JsonObject GroupSummary(GroupRecord g, EmulatorStore store) => Summaries.ManagedInstanceGroup.Of(Group(g, store));

    public static ManagedInstanceGroup Group(GroupRecord g, EmulatorStore store) => new()
    {
        Id = g.Id,
        CompartmentId = g.CompartmentId,
        DisplayName = g.DisplayName,
        Description = g.Description,
        TimeCreated = g.TimeCreated,
        TimeModified = g.TimeModified,
        LifecycleState = "ACTIVE",
        OsFamily = HubVocabulary.Releases[g.Release!],
        ArchType = HubVocabulary.Arch(g.Architecture),
        VendorName = HubVocabulary.Vendor(g.Family),
        SoftwareSources = g.Release!.LinuxMajor is { } major
            ? new List<SoftwareSourceDetails> { Source(major) }
            : new List<SoftwareSourceDetails>(),
        ManagedInstanceIds = g.InstanceIds.ToList(),
        ManagedInstanceCount = g.InstanceIds.Count,
        Location = HubVocabulary.Locations[g.Location],
        PendingJobCount = store.Hub().Jobs.Values.Count(j => j.LifecycleState == "ACTIVE" && j.IsPending && j.ManagedInstanceGroupIds.Contains(g.Id)),
    };

    public static ScheduledJob Job(HubJobRecord j) => new()
    {
        Id = j.Id,
        DisplayName = j.DisplayName,
        CompartmentId = j.CompartmentId,
        Description = j.Description,
        ScheduleType = j.ScheduleType,
        Locations = j.Locations,
        TimeNextExecution = j.TimeNextExecution,
        TimeLastExecution = j.TimeLastExecution,
        RecurringRule = j.RecurringRule,
        ManagedInstanceIds = NullIfEmpty(j.ManagedInstanceIds),
        ManagedInstanceGroupIds = NullIfEmpty(j.ManagedInstanceGroupIds),
        ManagedCompartmentIds = NullIfEmpty(j.ManagedCompartmentIds),
        LifecycleStageIds = NullIfEmpty(j.LifecycleStageIds),
        DynamicSetIds = NullIfEmpty(j.DynamicSetIds),
        IsSubcompartmentIncluded = j.IsSubcompartmentIncluded,
        Operations = j.Operations.ToList(),
        WorkRequestIds = j.WorkRequestIds.ToList(),
        TimeCreated = j.TimeCreated,
        TimeUpdated = j.TimeUpdated,
        LifecycleState = j.LifecycleState,
        FreeformTags = j.FreeformTags,
        DefinedTags = j.DefinedTags,
        IsRestricted = j.IsRestricted,
        RetryIntervals = j.RetryIntervals,
    };

    public static JsonObject JobSummary(HubJobRecord j) => Summaries.ScheduledJob.Of(Job(j));

    public static WorkRequest WorkRequest(HubWorkRequest w) => new()
    {
        OperationType = w.OperationType,
        Status = OsManagementWords.WorkStatuses[w.Status],
        Id = w.Id,
        Description = w.Description,
        DisplayName = w.DisplayName,
        Message = w.Message,
        ParentId = w.ParentId,
        ChildrenId = w.IsParent ? w.ChildrenIds.ToList() : null,
        CompartmentId = w.CompartmentId,
        Resources = new List<WorkRequestResource> { Resource(w) },
        PackageNames = Names(w, o => o.PackageNames),
        WindowsUpdateNames = Names(w, o => o.WindowsUpdateNames),
        PercentComplete = w.PercentComplete,
        TimeCreated = w.TimeAccepted,
        TimeUpdated = w.Logs.LastOrDefault()?.Timestamp ?? w.TimeAccepted,
        TimeStarted = w.TimeStarted,
        TimeFinished = w.TimeFinished,
        InitiatorId = w.JobId,
        TimeScheduled = w.StartAfter,
        RetryOfId = w.RetryOfId,
        RerunOfId = w.RerunOfId,
        RetryIntervals = w.RetryIntervals?.ToList(),
        RebootTimeoutInMins = w.RebootTimeoutInMins,
    };

    public static JsonObject WorkRequestSummary(HubWorkRequest w) => Summaries.WorkRequest.Of(WorkRequest(w));

    public static WorkRequestLogEntry Log(WorkLog entry) => new(entry.Message, entry.Timestamp);

    public static WorkRequestError Error(WorkError entry) => new(entry.Code, entry.Message ?? "", entry.Timestamp ?? default);

    private static string? Severity(ErratumRecord? e) => e?.Severity is { } severity ? HubVocabulary.Severities[severity] : null;

    private static WorkRequestResource Resource(HubWorkRequest w)
    {
        // Hub says what happened to the resource in fewer words than the old service: installed or removed is UPDATED.
        var action = w.Effect switch
        {
            WorkEffect.InProgress => "IN_PROGRESS",
            WorkEffect.Failed => "FAILED",
            _ => "UPDATED",
        };
        var (uri, id) = w.EntityType switch
        {
            "GROUP" => ($"/managedInstanceGroups/{w.EntityId}", w.EntityId!),
            "COMPARTMENT" => ($"/compartments/{w.EntityId}", w.EntityId!),
            "LIFECYCLE_STAGE" => ($"/lifecycleStages/{w.EntityId}", w.EntityId!),
            "DYNAMIC_SET" => ($"/dynamicSets/{w.EntityId}", w.EntityId!),
            _ => ($"/managedInstances/{w.InstanceId}", w.InstanceId!),
        };
        return new WorkRequestResource(w.EntityType, action, id, uri, w.EntityName);
    }

    private static List<string>? Names(HubWorkRequest w, Func<ScheduledJobOperation, List<string>?> pick)
    {
        var names = w.Operations.SelectMany(o => pick(o) ?? new List<string>()).ToList();
        return names.Count > 0 ? names : null;
    }

    private static IdName? GroupOf(InstanceRecord i, EmulatorStore store) =>
        i.ReleaseGroupId is not null && store.ReleaseGroups.TryGetValue(i.ReleaseGroupId, out var g) ? new IdName(g.Id, g.DisplayName) : null;

    private static List<SoftwareSourceDetails>? Sources(InstanceRecord i) =>
        i.IsWindows ? null : new List<SoftwareSourceDetails> { Source(int.Parse(i.OsVersion.Split('.')[0], CultureInfo.InvariantCulture)) };

    private static SoftwareSourceDetails Source(int major) => new($"ocid1.osmhsoftwaresource.oc1.iad.ol{major}-baseos-latest-x86_64",
        $"ol{major}_baseos_latest-x86_64", $"Oracle Linux {major} BaseOS Latest (x86_64)", "VENDOR");

    private static List<string>? NullIfEmpty(List<string> ids) => ids.Count > 0 ? ids.ToList() : null;
}
