using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// Immediate actions: each creates a work request (for a group: a parent with one child per member) and
/// answers 202 with no body and the id in <c>opc-work-request-id</c>.
/// </summary>
internal static class ClassicActionEndpoints
{
    internal static readonly Delegate InstallAllPackageUpdates = AllUpdates(windows: false, "package updates");
    internal static readonly Delegate InstallAllWindowsUpdates = AllUpdates(windows: true, "Windows updates");
    internal static readonly Delegate InstallPackage = OneUpdate("softwarePackageName", false, "INSTALL", WorkKind.InstallPackages, "Install package {0} on {1}");
    internal static readonly Delegate UpdatePackage = OneUpdate("softwarePackageName", false, "UPDATE", WorkKind.UpdatePackages, "Update package {0} on {1}");
    internal static readonly Delegate RemovePackage = OneUpdate("softwarePackageName", false, "REMOVE", WorkKind.RemovePackages, "Remove package {0} from {1}");
    internal static readonly Delegate InstallWindowsUpdate =
        OneUpdate("windowsUpdateName", true, "INSTALL", WorkKind.InstallWindowsUpdates, "Install Windows update {0} on {1}");

    /// <summary>Installs every update of the <c>updateType</c> asked for (all when none is).</summary>
    private static Delegate AllUpdates(bool windows, string what) => (HttpContext http, string managedInstanceId, EmulatorStore store) =>
    {
        var updateType = http.EnumQuery("updateType", ClassicVocabulary.PackageUpdateTypes);
        return Act(http, store, managedInstanceId, windows, "UPDATEALL", ClassicVocabulary.UpdateAll(updateType),
            i => $"Install all {Kind(updateType)}{what} on {i.DisplayName}");
    };

    /// <summary>Works on the one package or update the query parameter <paramref name="parameter"/> names.</summary>
    private static Delegate OneUpdate(string parameter, bool windows, string operationType, WorkKind kind, string describe) =>
        (HttpContext http, string managedInstanceId, EmulatorStore store) =>
        {
            var name = http.RequiredQuery(parameter);
            return Act(http, store, managedInstanceId, windows, operationType, WorkPlan.Of(kind, new List<string> { name }),
                i => string.Format(CultureInfo.InvariantCulture, describe, name, i.DisplayName));
        };

    internal static IResult InstallAllOnGroup(HttpContext http, string managedInstanceGroupId, EmulatorStore store)
    {
        var updateType = http.EnumQuery("updateType", ClassicVocabulary.PackageUpdateTypes);
        var id = store.Execute(now =>
        {
            var group = ClassicGroupEndpoints.Find(store, managedInstanceGroupId);
            return store.Classic().Work.ForGroup(group, "UPDATEALL", _ => ClassicVocabulary.UpdateAll(updateType),
                $"Install all {Kind(updateType)}updates on group {group.DisplayName}", now).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static IResult Act(HttpContext http, EmulatorStore store, string instanceId, bool requireWindows, string operationType, WorkPlan plan,
        Func<InstanceRecord, string> describe)
    {
        var id = store.Execute(now =>
        {
            var instance = Lookups.Instance(store, instanceId);
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
        updateType is null or "ALL" ? "" : updateType.ToLowerInvariant() + " ";
}
