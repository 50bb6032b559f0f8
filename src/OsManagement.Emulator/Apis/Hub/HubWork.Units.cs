using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// Hub work on the units a fleet is patched by: work on a stage's or a set's members (a parent with a child per member,
/// as for a group), a job's stage and set targets, and the changes the service makes to a unit at once (a promotion, a
/// member in or out), each a work request that succeeds as it is accepted, its log saying what changed.
/// </summary>
internal sealed partial class HubWork
{
    /// <summary>Work on the members of a lifecycle stage or dynamic set: a parent (LIFECYCLE_STAGE, DYNAMIC_SET) and a child per member.</summary>
    public HubWorkRequest ForMembers(string entityType, string entityId, string entityName, string compartmentId, IReadOnlyList<InstanceRecord> members,
        IReadOnlyList<ScheduledJobOperation> operations, HubWorkOrigin origin)
    {
        var family = members.Select(m => (OsFamily?)m.Os.Family).Distinct().Count() == 1 ? members[0].Os.Family : (OsFamily?)null;
        var parent = New(origin, ParentOperation(operations), compartmentId, entityType, entityId, entityName, family, operations, null, null).Build(isParent: true);
        store.Work.Accept(parent, null);
        foreach (var member in members)
        {
            ForInstance(member, operations, origin with { Description = $"{origin.Description} (member {member.DisplayName})" }, parent);
        }
        parent.Logs.Add(new WorkLog(string.Create(CultureInfo.InvariantCulture, $"Created {parent.ChildrenIds.Count} work request(s), one per member of {entityName}."), origin.At));
        return parent;
    }

    /// <summary>A change the service makes to a unit at once: a work request with no children that succeeds as it is accepted.</summary>
    public HubWorkRequest UnitChange(string operationType, string entityType, string entityId, string entityName, string compartmentId, HubWorkOrigin origin,
        string outcome)
    {
        var request = New(origin, operationType, compartmentId, entityType, entityId, entityName, null, Array.Empty<ScheduledJobOperation>(), null, null)
            .Build(isParent: true);
        request.Outcome = outcome;
        store.Work.Accept(request, null);
        return request;
    }

    /// <summary>Promotes <paramref name="content"/> into a stage: its members then have the updates it holds (and miss them).</summary>
    public HubWorkRequest Promote(LifecycleStageRecord stage, ContentVersion content, HubWorkOrigin origin)
    {
        stage.Content = content;
        stage.TimeModified = origin.At;
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in HubUnits.Members(store, stage.InstanceIds))
        {
            before[member.Id] = member.PackageUpdates.Count;
            StageContent.Apply(member, content);
        }
        var gained = HubUnits.Members(store, stage.InstanceIds).Sum(m => Math.Max(0, m.PackageUpdates.Count - before[m.Id]));
        return UnitChange("LIFECYCLE_PROMOTION", "LIFECYCLE_STAGE", stage.Id, stage.DisplayName, stage.CompartmentId, origin,
            string.Create(CultureInfo.InvariantCulture,
                $"Promoted {content.DisplayName} to lifecycle stage {stage.DisplayName}: {stage.InstanceIds.Count} member(s), {gained} update(s) newly available to them."));
    }

    /// <summary>A job's lifecycle stage and dynamic set targets (a promotion job promotes each stage's previous stage's content).</summary>
    private IEnumerable<HubWorkRequest> RunOnUnits(HubJobRecord job, HubWorkOrigin origin)
    {
        foreach (var stage in job.LifecycleStageIds.Select(id => HubUnits.Stages(store).FirstOrDefault(s => s.Id == id)).OfType<LifecycleStageRecord>())
        {
            if (job.Operations.Any(o => o.OperationType == "PROMOTE_LIFECYCLE"))
            {
                var previous = HubUnits.EnvironmentOf(store, stage).Stages.Where(s => s.Rank < stage.Rank).OrderBy(s => s.Rank).LastOrDefault();
                if (previous?.Content is { } content)
                {
                    yield return Promote(stage, content, origin with { Description = $"{origin.Description} on stage {stage.DisplayName}" });
                }
                continue;
            }
            yield return ForMembers("LIFECYCLE_STAGE", stage.Id, $"lifecycle stage {stage.DisplayName}", stage.CompartmentId, HubUnits.Members(store, stage.InstanceIds),
                job.Operations, origin with { Description = $"{origin.Description} on stage {stage.DisplayName}" });
        }
        foreach (var set in job.DynamicSetIds.Select(id => store.Fleet.DynamicSets.FirstOrDefault(s => s.Id == id)).OfType<DynamicSetRecord>())
        {
            yield return ForMembers("DYNAMIC_SET", set.Id, $"dynamic set {set.DisplayName}", set.CompartmentId, SetTargets(set, job.Operations, origin.At),
                job.Operations, origin with { Description = $"{origin.Description} on dynamic set {set.DisplayName}" });
        }
    }

    /// <summary>
    /// Who a set's work reaches: every member for a reboot; for a content change its members but those of a lifecycle stage,
    /// whose content changes through the stage (assumption, as a compartment job does: Oracle says nothing of sets).
    /// </summary>
    public IReadOnlyList<InstanceRecord> SetTargets(DynamicSetRecord set, IReadOnlyList<ScheduledJobOperation> operations, DateTimeOffset now) =>
        HubUnits.Members(store, set, now).Where(i => operations.All(o => o.OperationType == "REBOOT") || i.LifecycleStageId is null).ToList();
}
