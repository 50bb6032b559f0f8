using OsManagement.Emulator.Apis;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Identity;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// The ground truth served at <c>GET /_emulator/fleet</c>, so tests can compare reports with reality. Fields are only
/// ever added: the old service's (<c>osFamily</c> LINUX/WINDOWS, <c>groups</c>) stay as they were, OS Management Hub's
/// sit beside them (<c>hubOsFamily</c>, <c>hubStatus</c>, <c>hubGroups</c>, severities and issue dates).
/// </summary>
internal sealed record FleetTruth(
    string TenancyId,
    List<CompartmentTruth> Compartments,
    List<InstanceTruth> Instances,
    List<GroupTruth> Groups,
    List<GroupTruth> HubGroups,
    string Now,
    List<LifecycleEnvironmentTruth> LifecycleEnvironments,
    List<DynamicSetTruth> DynamicSets)
{
    public static FleetTruth From(EmulatorStore store, DateTimeOffset now) => new(
        store.TenancyId,
        store.Fleet.Compartments.Select(c => new CompartmentTruth(c.Id, c.ParentId, c.Name, IdentityWireMap.States[c.State])).ToList(),
        store.Fleet.Instances.Select(i => Instance(i, now)).ToList(),
        store.Fleet.Groups.Select(Group).ToList(),
        store.Fleet.ReleaseGroups.Select(Group).ToList(),
        WireJson.FormatTime(now),
        store.Fleet.LifecycleEnvironments.Select(UnitTruth.Environment).ToList(),
        store.Fleet.DynamicSets.Select(s => UnitTruth.Set(s, store, now)).ToList());

    // The old service's words where its API has the field (osFamily, status, updateType), Hub's beside them.
    // Each instance with the region it is served in.
    private static InstanceTruth Instance(InstanceRecord i, DateTimeOffset now) => InstanceOf(i, now) with { Region = i.Region };

    private static InstanceTruth InstanceOf(InstanceRecord i, DateTimeOffset now) => new(
        i.Id, i.DisplayName, i.CompartmentId, ClassicVocabulary.Families[i.Os.Family], i.OsName, i.OsVersion, OsManagementWords.InstanceStatuses[i.Status],
        i.FailsUpdates, i.IsPaas, i.GroupIds.ToList(),
        i.IsWindows
            ? i.WindowsUpdates.Select(u => new UpdateTruth(u.Name, u.DisplayName, ClassicVocabulary.AvailableUpdateTypes[u.Classification], u.RelatedCves.ToList(),
                new List<string>(), HubVocabulary.Classifications[u.Classification], null, null)).ToList()
            : i.PackageUpdates.Select(u => new UpdateTruth(u.Name, u.PackageName, ClassicVocabulary.AvailableUpdateTypes[u.Classification], u.RelatedCves.ToList(),
                u.Erratum is null ? new List<string>() : new List<string> { u.Erratum.Name },
                HubVocabulary.Classifications[u.Classification], Severity(u.Erratum), u.Erratum is null ? null : WireJson.FormatTime(u.Erratum.Issued))).ToList(),
        HubVocabulary.Releases[i.Os], HubVocabulary.StatusAt(i, now), HubVocabulary.Locations[i.Location], WireJson.FormatTime(i.LastCheckin), i.IsStaleAt(now),
        i.IsRebootRequired, i.ReleaseGroupId, i.LifecycleStageId, i.WithheldUpdates.Select(u => u.Name).ToList(),
        i.PackageUpdates.Select(u => u.Erratum).OfType<ErratumRecord>().Distinct().OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new AdvisoryTruth(e.Name, HubVocabulary.Classifications[e.Classification], Severity(e), WireJson.FormatTime(e.Issued), e.Cves.ToList()))
            .ToList());

    private static GroupTruth Group(GroupRecord g) => new(g.Id, g.DisplayName, g.CompartmentId, ClassicVocabulary.Families[g.Family], g.InstanceIds.ToList(),
        g.Release is null ? null : HubVocabulary.Releases[g.Release], g.Region);

    private static string? Severity(ErratumRecord? e) => e?.Severity is { } severity ? HubVocabulary.Severities[severity] : null;
}

/// <summary>A compartment; <c>parentId</c> is the tenancy for top-level ones.</summary>
internal sealed record CompartmentTruth(string Id, string ParentId, string Name, string LifecycleState);

/// <summary>
/// An instance; <c>failsUpdates</c> means its work always fails, and so does work for an agent that is not checking in
/// (<c>hubStatus</c> WARNING or UNREACHABLE: the one status; <c>status</c> is the retired API's, the fleet's). <c>isStale</c>:
/// not checked in for a day or more (<c>timeLastCheckin</c>).
/// </summary>
internal sealed record InstanceTruth(string Id, string DisplayName, string CompartmentId, string OsFamily, string OsName, string OsVersion,
    string Status, bool FailsUpdates, bool IsPaas, List<string> GroupIds, List<UpdateTruth> Updates,
    string HubOsFamily, string HubStatus, string Location, string TimeLastCheckin, bool IsStale, bool IsRebootRequired, string? HubGroupId,
    string? LifecycleStageId, List<string> WithheldUpdates, List<AdvisoryTruth> Advisories, string? Region = null);

/// <summary>An available update; for Linux ones the advisory's severity (security only) and issue date.</summary>
internal sealed record UpdateTruth(string Name, string DisplayName, string UpdateType, List<string> RelatedCves, List<string> Errata,
    string ClassificationType, string? AdvisorySeverity, string? TimeIssued);

/// <summary>An advisory an instance misses: Hub's classification, severity (security advisories), issue date and CVEs.</summary>
internal sealed record AdvisoryTruth(string Name, string ClassificationType, string? AdvisorySeverity, string TimeIssued, List<string> RelatedCves);

/// <summary>A managed instance group (the old service's in <c>groups</c>, Hub's in <c>hubGroups</c> with <c>hubOsFamily</c>).</summary>
internal sealed record GroupTruth(string Id, string DisplayName, string CompartmentId, string OsFamily, List<string> InstanceIds, string? HubOsFamily, string? Region = null);
