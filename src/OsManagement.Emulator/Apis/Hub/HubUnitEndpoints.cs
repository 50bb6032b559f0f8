using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's units: groups one manages (create, update, delete, attach and detach members), lifecycle
/// environments and stages (list, get, promote, attach and detach members, reboot), dynamic sets (list, get, members,
/// update, install, remove, reboot). Each operation under its SDK name with <c>hub.</c> before it. Rules are
/// <see cref="HubUnits"/>'; changes the service makes at once answer with a work request that succeeds as it is accepted.
/// </summary>
internal static class HubUnitEndpoints
{
    /// <param name="api">The routes under <c>/20220901</c>.</param>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/managedInstanceGroups", CreateGroup).WithName("hub.createManagedInstanceGroup");
        api.MapPut("/managedInstanceGroups/{managedInstanceGroupId}", UpdateGroup).WithName("hub.updateManagedInstanceGroup");
        api.MapDelete("/managedInstanceGroups/{managedInstanceGroupId}", DeleteGroup).WithName("hub.deleteManagedInstanceGroup");
        api.MapPost("/managedInstanceGroups/{managedInstanceGroupId}/actions/attachManagedInstances", AttachToGroup)
            .WithName("hub.attachManagedInstancesToManagedInstanceGroup");
        api.MapPost("/managedInstanceGroups/{managedInstanceGroupId}/actions/detachManagedInstances", DetachFromGroup)
            .WithName("hub.detachManagedInstancesFromManagedInstanceGroup");

        api.MapGet("/lifecycleEnvironments", HubLifecycleEndpoints.ListEnvironments).WithName("hub.listLifecycleEnvironments");
        api.MapGet("/lifecycleEnvironments/{lifecycleEnvironmentId}", HubLifecycleEndpoints.GetEnvironment).WithName("hub.getLifecycleEnvironment");
        api.MapGet("/lifecycleStages", HubLifecycleEndpoints.ListStages).WithName("hub.listLifecycleStages");
        api.MapGet("/lifecycleStages/{lifecycleStageId}", HubLifecycleEndpoints.GetStage).WithName("hub.getLifecycleStage");
        api.MapPost("/lifecycleStages/{lifecycleStageId}/actions/promoteSoftwareSource", HubLifecycleEndpoints.Promote)
            .WithName("hub.promoteSoftwareSourceToLifecycleStage");
        api.MapPost("/lifecycleStages/{lifecycleStageId}/actions/attachManagedInstances", HubLifecycleEndpoints.Attach)
            .WithName("hub.attachManagedInstancesToLifecycleStage");
        api.MapPost("/lifecycleStages/{lifecycleStageId}/actions/detachManagedInstances", HubLifecycleEndpoints.Detach)
            .WithName("hub.detachManagedInstancesFromLifecycleStage");
        api.MapPost("/lifecycleStages/{lifecycleStageId}/actions/reboot", HubLifecycleEndpoints.Reboot).WithName("hub.rebootLifecycleStage");

        api.MapGet("/dynamicSets", HubDynamicSetEndpoints.List).WithName("hub.listDynamicSets");
        api.MapGet("/dynamicSets/{dynamicSetId}", HubDynamicSetEndpoints.Get).WithName("hub.getDynamicSet");
        api.MapGet("/dynamicSets/{dynamicSetId}/managedInstances", HubDynamicSetEndpoints.ListMembers).WithName("hub.listManagedInstancesInDynamicSet");
        api.MapPost("/dynamicSets/{dynamicSetId}/actions/updatePackages", HubDynamicSetEndpoints.Act("UPDATE")).WithName("hub.updatePackagesOnDynamicSet");
        api.MapPost("/dynamicSets/{dynamicSetId}/actions/installPackages", HubDynamicSetEndpoints.Act("INSTALL_PACKAGES")).WithName("hub.installPackagesOnDynamicSet");
        api.MapPost("/dynamicSets/{dynamicSetId}/actions/removePackages", HubDynamicSetEndpoints.Act("REMOVE_PACKAGES")).WithName("hub.removePackagesFromDynamicSet");
        api.MapPost("/dynamicSets/{dynamicSetId}/actions/reboot", HubDynamicSetEndpoints.Act("REBOOT")).WithName("hub.rebootDynamicSet");
    }

    /// <summary>A body whose fields are all optional: Oracle's SDKs send none for <c>{}</c>.</summary>
    internal static T OptionalBody<T>(this HttpContext http) where T : class, new() =>
        (http.Items[ApiGate.BodyItem] as byte[] ?? Array.Empty<byte>()).Length == 0 ? new T() : http.Body<T>();

    /// <summary>The members named in a body, each found (404 otherwise); 400 when none is named.</summary>
    internal static List<InstanceRecord> Named(EmulatorStore store, List<string>? ids, string field)
    {
        if (ids is not { Count: > 0 })
        {
            throw OciException.Missing(field);
        }
        return ids.Distinct(StringComparer.Ordinal).Select(id => Lookups.Instance(store, id)).ToList();
    }

    private static IResult CreateGroup(HttpContext http, EmulatorStore store)
    {
        var details = http.Body<CreateManagedInstanceGroupDetails>();
        var compartmentId = RequestReader.Required(details.CompartmentId, "compartmentId");
        var name = RequestReader.Required(details.DisplayName, "displayName");
        var os = RequestReader.Required(details.OsFamily, "osFamily");
        var arch = RequestReader.Required(details.ArchType, "archType");
        var vendor = RequestReader.Required(details.VendorName, "vendorName");
        if (!HubVocabulary.Releases.Words.Contains(os))
        {
            throw OciException.Invalid($"osFamily '{os}' is not an OS the emulated tenancy runs; use one of {string.Join(", ", HubVocabulary.Releases.Words)}.");
        }
        var release = HubVocabulary.Releases.Value(os);
        if (!HubVocabulary.IsOneOf(arch, HubVocabulary.ArchTypes) || arch == "ALL")
        {
            throw OciException.Invalid($"archType '{arch}' is not one of {string.Join(", ", HubVocabulary.ArchTypes.Where(a => a != "ALL"))}.");
        }
        if (vendor != HubVocabulary.Vendor(release.Family))
        {
            throw OciException.Invalid($"vendorName '{vendor}' does not make {os}; use {HubVocabulary.Vendor(release.Family)}.");
        }
        var location = details.Location is null ? Location.OciCompute
            : HubVocabulary.IsOneOf(details.Location, HubVocabulary.Locations.Words) ? HubVocabulary.Locations.Value(details.Location)
            : throw OciException.Invalid($"location '{details.Location}' is not one of {string.Join(", ", HubVocabulary.Locations.Words)}.");
        var (body, etag) = store.Execute(now =>
        {
            if (!store.IsActiveCompartment(compartmentId))
            {
                throw OciException.NotFound($"Compartment {compartmentId}");
            }
            var group = new GroupRecord(store.RuntimeIds.Regional("osmhmanagedinstancegroup"), name, details.Description ?? "", compartmentId, release.Family, now,
                release, arch.ToLowerInvariant(), location) { Region = Platform.Regions.RequestRegion.Current ?? "" };
            var members = (details.ManagedInstanceIds ?? new List<string>()).Distinct(StringComparer.Ordinal).Select(id => Lookups.Instance(store, id)).ToList();
            foreach (var member in members)
            {
                HubUnits.CheckJoin(store, member, release, group.Architecture, location, $"group {name}");
            }
            store.Fleet.ReleaseGroups.Add(group);
            store.ReleaseGroups[group.Id] = group;
            Join(group, members, now);
            var wire = HubWireMap.Group(group, store);
            return (wire, OciResponses.ContentETag(wire));
        });
        http.Response.Headers.Location = $"{http.Request.Scheme}://{http.Request.Host}/20220901/managedInstanceGroups/{body.Id}";
        return OciResponses.WithETag(http, body, etag);
    }

    private static IResult UpdateGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var details = http.Body<UpdateManagedInstanceGroupDetails>();
        var ifMatch = http.IfMatch();
        return OciResponses.WithContentETag(http, store.Execute(now =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            CheckETag(HubWireMap.Group(group, store), ifMatch);
            if (details.DisplayName is { } name)
            {
                group.DisplayName = string.IsNullOrWhiteSpace(name) ? throw OciException.Invalid("displayName cannot be empty.") : name;
            }
            if (details.Description is { } description)
            {
                group.Description = description;
            }
            group.TimeModified = now;
            return HubWireMap.Group(group, store);
        }));
    }

    /// <summary>
    /// Deletes a group. One that still has members is 409 (assumption: Oracle does not say; a runbook that detaches first
    /// works under either reading), and so is one that active scheduled jobs target.
    /// </summary>
    private static IResult DeleteGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var ifMatch = http.IfMatch();
        store.Execute(_ =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            CheckETag(HubWireMap.Group(group, store), ifMatch);
            if (group.InstanceIds.Count > 0)
            {
                throw new OciException(409, "Conflict",
                    string.Create(CultureInfo.InvariantCulture, $"Group {group.DisplayName} has {group.InstanceIds.Count} member(s); detach them before deleting it."));
            }
            if (store.Hub().Jobs.Values.FirstOrDefault(j => j.LifecycleState == "ACTIVE" && j.ManagedInstanceGroupIds.Contains(group.Id)) is { } job)
            {
                throw new OciException(409, "Conflict", $"Scheduled job {job.DisplayName} targets group {group.DisplayName}; delete the job before the group.");
            }
            store.Fleet.ReleaseGroups.Remove(group);
            store.ReleaseGroups.Remove(group.Id);
            return 0;
        });
        return Results.StatusCode(204);
    }

    private static IResult AttachToGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var details = http.Body<ManagedInstancesDetails>();
        var id = store.Execute(now =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            var members = Named(store, details.ManagedInstances, "managedInstances");
            foreach (var member in members.Where(m => m.ReleaseGroupId != group.Id))
            {
                HubUnits.CheckJoin(store, member, group.Release!, group.Architecture, group.Location, $"group {group.DisplayName}");
            }
            var joining = members.Where(m => m.ReleaseGroupId != group.Id).ToList();
            Join(group, joining, now);
            return store.Hub().Work.UnitChange("SET_SOFTWARE_SOURCES", "GROUP", group.Id, group.DisplayName, group.CompartmentId,
                Origin(details.WorkRequestDetails, now, $"Attach managed instances to group {group.DisplayName}"),
                string.Create(CultureInfo.InvariantCulture, $"Attached {joining.Count} managed instance(s) to group {group.DisplayName}: {string.Join(", ", joining.Select(m => m.DisplayName))}.")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static IResult DetachFromGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var details = http.Body<ManagedInstancesDetails>();
        store.Execute(now =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            var members = Named(store, details.ManagedInstances, "managedInstances");
            if (members.FirstOrDefault(m => m.ReleaseGroupId != group.Id) is { } stranger)
            {
                throw OciException.Invalid($"Managed instance {stranger.DisplayName} is not a member of group {group.DisplayName}.");
            }
            foreach (var member in members)
            {
                member.ReleaseGroupId = null;
                group.InstanceIds.Remove(member.Id);
            }
            group.TimeModified = now;
            return 0;
        });
        return Results.StatusCode(204);
    }

    internal static HubWorkOrigin Origin(WorkRequestDetails? details, DateTimeOffset now, string description) =>
        new(now, details?.Description ?? description, details?.DisplayName);

    private static void Join(GroupRecord group, IEnumerable<InstanceRecord> members, DateTimeOffset now)
    {
        foreach (var member in members)
        {
            member.ReleaseGroupId = group.Id;
            group.InstanceIds.Add(member.Id);
        }
        group.TimeModified = now;
    }

    private static void CheckETag<T>(T current, string? ifMatch)
    {
        if (ifMatch is not null && ifMatch != "*" && ifMatch != OciResponses.ContentETag(current))
        {
            throw OciException.PreconditionFailed();
        }
    }
}
