namespace OsManagement.Emulator.Fleet.Files;

/// <summary>A fleet file's scheduled jobs as the fleet's, their targets named by the ids the fleet's records have.</summary>
internal static partial class FleetFileBuilder
{
    private static void BuildJobs(FleetDocument document, FleetModel fleet, OcidFactory ids, DateTimeOffset now, Func<CompartmentSpec?, string> compartmentOf,
        IReadOnlyDictionary<InstanceSpec, InstanceRecord> instances, IReadOnlyDictionary<GroupSpec, string> groups)
    {
        var created = now.AddDays(-30);
        foreach (var spec in document.Jobs)
        {
            // The units were built in the file's order, so a stage or set is found by its environment's and its own name.
            var stageIds = spec.Stages.Select(s => fleet.LifecycleEnvironments.First(e => e.DisplayName == s.Environment.Name)
                .Stages.First(st => st.DisplayName == s.Stage.Name).Id).ToList();
            var setIds = spec.Sets.Select(s => fleet.DynamicSets.First(d => d.DisplayName == s.Name).Id).ToList();
            fleet.Jobs.Add(new FleetJob(
                spec.Id ?? ids.Regional("osmhscheduledjob"),
                spec.Name,
                spec.Description,
                compartmentOf(spec.Compartment),
                spec.Recurring,
                spec.NextRun.At(now),
                spec.Rule,
                spec.Operations.Select(o => (o.Type, (IReadOnlyList<string>)o.Packages, (IReadOnlyList<string>)o.WindowsUpdates)).ToList(),
                spec.Instances.Select(i => instances[i].Id).ToList(),
                spec.Groups.Select(g => groups[g]).ToList(),
                spec.Compartments.Select(compartmentOf).ToList(),
                spec.Compartments.Count > 0 ? spec.IncludeSubcompartments ?? false : null,
                stageIds,
                setIds,
                created = created.AddHours(1)));
        }
    }
}
