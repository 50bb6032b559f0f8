using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// Immediate actions: each creates a work request (for a group: a parent with one child per member) and
/// answers 202 with no body and the id in <c>opc-work-request-id</c>.
/// </summary>
internal static class ClassicActionEndpoints
{
    private const string Instance = "/20190801/managedInstances/{managedInstanceId}/actions";

    private static readonly string[] UpdateTypeValues =
    {
        PackageUpdateTypes.Security, PackageUpdateTypes.Bugfix, PackageUpdateTypes.Enhancement,
        PackageUpdateTypes.Other, PackageUpdateTypes.Ksplice, PackageUpdateTypes.All,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Instance + "/packages/updateAll", InstallAllPackageUpdates).WithName("installAllPackageUpdatesOnManagedInstance");
        app.MapPost(Instance + "/updates/installAll", InstallAllWindowsUpdates).WithName("installAllWindowsUpdatesOnManagedInstance");
        app.MapPost(Instance + "/packages/install", InstallPackage).WithName("installPackageOnManagedInstance");
        app.MapPost(Instance + "/packages/update", UpdatePackage).WithName("installPackageUpdateOnManagedInstance");
        app.MapPost(Instance + "/packages/remove", RemovePackage).WithName("removePackageFromManagedInstance");
        app.MapPost(Instance + "/updates/install", InstallWindowsUpdate).WithName("installWindowsUpdateOnManagedInstance");
        app.MapPost("/20190801/managedInstanceGroups/{managedInstanceGroupId}/actions/updates/installAll", InstallAllOnGroup)
            .WithName("installAllUpdatesOnManagedInstanceGroup");
    }

    private static IResult InstallAllPackageUpdates(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var updateType = http.EnumQuery("updateType", UpdateTypeValues);
        return Act(http, store, managedInstanceId, requireWindows: false, OperationTypes.Updateall, ClassicVocabulary.UpdateAll(updateType),
            i => $"Install all {Kind(updateType)}package updates on {i.DisplayName}");
    }

    private static IResult InstallAllWindowsUpdates(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var updateType = http.EnumQuery("updateType", UpdateTypeValues);
        return Act(http, store, managedInstanceId, requireWindows: true, OperationTypes.Updateall, ClassicVocabulary.UpdateAll(updateType),
            i => $"Install all {Kind(updateType)}Windows updates on {i.DisplayName}");
    }

    private static IResult InstallPackage(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var name = http.RequiredQuery("softwarePackageName");
        return Act(http, store, managedInstanceId, requireWindows: false, OperationTypes.Install,
            WorkPlan.Of(WorkKind.InstallPackages, new List<string> { name }), i => $"Install package {name} on {i.DisplayName}");
    }

    private static IResult UpdatePackage(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var name = http.RequiredQuery("softwarePackageName");
        return Act(http, store, managedInstanceId, requireWindows: false, OperationTypes.Update,
            WorkPlan.Of(WorkKind.UpdatePackages, new List<string> { name }), i => $"Update package {name} on {i.DisplayName}");
    }

    private static IResult RemovePackage(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var name = http.RequiredQuery("softwarePackageName");
        return Act(http, store, managedInstanceId, requireWindows: false, OperationTypes.Remove,
            WorkPlan.Of(WorkKind.RemovePackages, new List<string> { name }), i => $"Remove package {name} from {i.DisplayName}");
    }

    private static IResult InstallWindowsUpdate(HttpContext http, string managedInstanceId, EmulatorStore store)
    {
        var name = http.RequiredQuery("windowsUpdateName");
        return Act(http, store, managedInstanceId, requireWindows: true, OperationTypes.Install,
            WorkPlan.Of(WorkKind.InstallWindowsUpdates, new List<string> { name }), i => $"Install Windows update {name} on {i.DisplayName}");
    }

    private static IResult InstallAllOnGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var updateType = http.EnumQuery("updateType", UpdateTypeValues);
        var id = store.Execute(now =>
        {
            var group = store.Groups.TryGetValue(managedInstanceGroupId, out var g) ? g : throw OciException.NotFound($"Managed instance group {managedInstanceGroupId}");
            return store.Classic().Work.ForGroup(group, OperationTypes.Updateall, _ => ClassicVocabulary.UpdateAll(updateType),
                $"Install all {Kind(updateType)}updates on group {group.DisplayName}", now).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static IResult Act(HttpContext http, EmulatorStore store, string instanceId, bool requireWindows, string operationType, WorkPlan plan,
        System.Func<InstanceRecord, string> describe)
    {
        var id = store.Execute(now =>
        {
            var instance = ClassicInstanceEndpoints.Find(store, instanceId);
            if (instance.IsWindows != requireWindows)
            {
                throw OciException.Invalid(requireWindows
                    ? $"Managed instance {instance.DisplayName} is not a Windows instance."
                    : $"Managed instance {instance.DisplayName} is a Windows instance; use the Windows update operations.");
            }
            return store.Classic().Work.ForInstance(instance, operationType, plan, describe(instance), now).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static string Kind(string? updateType) =>
        updateType is null or PackageUpdateTypes.All ? "" : updateType.ToLowerInvariant() + " ";
}
