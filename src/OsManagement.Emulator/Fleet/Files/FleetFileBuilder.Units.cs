namespace OsManagement.Emulator.Fleet.Files;

/// <summary>A fleet file's lifecycle environments (stages, members, the content each holds) and dynamic sets as the fleet's records.</summary>
internal static partial class FleetFileBuilder
{
    private static void BuildUnits(FleetDocument document, FleetModel fleet, OcidFactory ids, DateTimeOffset now, Func<CompartmentSpec?, string> compartmentOf,
        IReadOnlyDictionary<InstanceSpec, InstanceRecord> instances, IReadOnlyDictionary<GroupSpec, string> groups)
    {
        var contents = new Dictionary<ContentSpec, ContentVersion>();
        var created = now.AddDays(-200);
        foreach (var spec in document.LifecycleEnvironments)
        {
            var environment = new LifecycleEnvironmentRecord
            {
                Id = spec.Id ?? ids.Regional("osmhlifecycleenvironment"),
                DisplayName = spec.Name,
                Description = spec.Description ?? $"{spec.Name}: its stages in order",
                CompartmentId = compartmentOf(spec.Compartment),
                Release = spec.Release ?? OsRelease.OracleLinux(9),
                Location = spec.Location ?? Location.OciCompute,
                TimeCreated = created = created.AddHours(1),
                TimeModified = now.AddDays(-7),
                Region = spec.Region ?? "",
            };
            var rank = 0;
            foreach (var stageSpec in spec.Stages)
            {
                var content = stageSpec.Content is { } c ? contents.TryGetValue(c, out var made) ? made : contents[c] = Content(c, ids, now) : null;
                var stage = new LifecycleStageRecord
                {
                    Id = stageSpec.Id ?? ids.Regional("osmhlifecyclestage"),
                    EnvironmentId = environment.Id,
                    DisplayName = stageSpec.Name,
                    Rank = ++rank,
                    CompartmentId = environment.CompartmentId,
                    TimeCreated = environment.TimeCreated.AddMinutes(rank),
                    TimeModified = environment.TimeModified,
                    // A stage that names no content holds every update its members miss.
                    Content = content ?? (fleet.ContentVersions.FirstOrDefault(v => v.DisplayName == $"{spec.Name} (all updates)")
                        ?? Everything(fleet, ids, $"{spec.Name} (all updates)", now)),
                };
                foreach (var member in stageSpec.Members.Select(m => instances[m]))
                {
                    stage.InstanceIds.Add(member.Id);
                    member.LifecycleStageId = stage.Id;
                    StageContent.Apply(member, stage.Content);
                }
                environment.Stages.Add(stage);
            }
            fleet.LifecycleEnvironments.Add(environment);
        }
        fleet.ContentVersions.AddRange(contents.Values.Where(v => !fleet.ContentVersions.Contains(v)));

        foreach (var spec in document.DynamicSets)
        {
            fleet.DynamicSets.Add(new DynamicSetRecord
            {
                Id = spec.Id ?? ids.Regional("osmhdynamicset"),
                DisplayName = spec.Name,
                Description = spec.Description ?? "",
                CompartmentId = compartmentOf(spec.Compartment),
                TimeCreated = created = created.AddHours(1),
                Region = spec.Region ?? "",
                MatchesAll = spec.MatchesAll,
                Scopes = spec.Scopes.Select(s => new SetScope(compartmentOf(s.Compartment), s.IncludesChildren)).ToList(),
                Rule = new DynamicSetRule
                {
                    Releases = spec.Releases,
                    Families = spec.Families,
                    Architectures = spec.Architectures,
                    Statuses = spec.Statuses,
                    Locations = spec.Locations,
                    DisplayNames = spec.DisplayNames,
                    InstanceIds = spec.Instances?.Select(i => instances[i].Id).ToList(),
                    GroupIds = spec.Groups?.Select(g => groups[g]).ToList(),
                    RebootRequired = spec.RebootRequired,
                },
            });
        }
    }

    private static ContentVersion Content(ContentSpec spec, OcidFactory ids, DateTimeOffset now)
    {
        var version = new ContentVersion
        {
            Id = spec.Id ?? ids.Regional("osmhsoftwaresource"),
            DisplayName = spec.Name,
            Description = $"Versioned custom software source {spec.Name}",
            HoldsEverything = spec.HoldsEverything,
            Snapshot = spec.Through?.At(now),
            TimeCreated = spec.Through?.At(now) ?? now.AddDays(-7),
        };
        version.Advisories.UnionWith(spec.Advisories);
        version.Packages.UnionWith(spec.Packages);
        return version;
    }

    private static ContentVersion Everything(FleetModel fleet, OcidFactory ids, string name, DateTimeOffset now)
    {
        var version = new ContentVersion
        {
            Id = ids.Regional("osmhsoftwaresource"),
            DisplayName = name,
            Description = "Every update the vendor ships",
            HoldsEverything = true,
            TimeCreated = now.AddDays(-7),
        };
        fleet.ContentVersions.Add(version);
        return version;
    }
}
