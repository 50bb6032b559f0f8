using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's immediate actions on an instance, a group or a compartment's standalone instances. Each body
/// becomes the job operations it stands for (updateTypes [SECURITY] is UPDATE_SECURITY, [ALL] is UPDATE_ALL...) and
/// runs as a work request tree; the answer is 202 with no body and the id in <c>opc-work-request-id</c>.
/// </summary>
internal static class HubActionEndpoints
{
    private const string Instance = "/20220901/managedInstances/{managedInstanceId}/actions";
    private const string Group = "/20220901/managedInstanceGroups/{managedInstanceGroupId}/actions";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Instance + "/updatePackages", (HttpContext h, string managedInstanceId, EmulatorStore s) => OnInstance(h, s, managedInstanceId, UpdateOperations(h.HubBody(optional: true), requireSome: true))).WithName("hub.updatePackagesOnManagedInstance");
        app.MapPost(Instance + "/installPackages", (HttpContext h, string managedInstanceId, EmulatorStore s) => OnInstance(h, s, managedInstanceId, Named("INSTALL_PACKAGES", h.HubBody()))).WithName("hub.installPackagesOnManagedInstance");
        app.MapPost(Instance + "/removePackages", (HttpContext h, string managedInstanceId, EmulatorStore s) => OnInstance(h, s, managedInstanceId, Named("REMOVE_PACKAGES", h.HubBody()))).WithName("hub.removePackagesFromManagedInstance");
        app.MapPost(Instance + "/installWindowsUpdates", (HttpContext h, string managedInstanceId, EmulatorStore s) => OnInstance(h, s, managedInstanceId, WindowsOperations(h.HubBody(optional: true), requireSome: true))).WithName("hub.installWindowsUpdatesOnManagedInstance");
        app.MapPost(Instance + "/reboot", (HttpContext h, string managedInstanceId, EmulatorStore s) => OnInstance(h, s, managedInstanceId, Reboot(h.HubBody(optional: true)))).WithName("hub.rebootManagedInstance");

        app.MapPost("/20220901/managedInstances/actions/updatePackages", (HttpContext h, EmulatorStore s) => OnCompartment(h, s, h.HubBody(), b => UpdateOperations(b, requireSome: false))).WithName("hub.updateAllPackagesOnManagedInstancesInCompartment");
        app.MapPost("/20220901/managedInstances/actions/installWindowsUpdates", (HttpContext h, EmulatorStore s) => OnCompartment(h, s, h.HubBody(), b => WindowsOperations(b, requireSome: false))).WithName("hub.installAllWindowsUpdatesOnManagedInstancesInCompartment");

        app.MapPost(Group + "/updateAllPackages", (HttpContext h, string managedInstanceGroupId, EmulatorStore s) => OnGroup(h, s, managedInstanceGroupId, UpdateOperations(h.HubBody(optional: true), requireSome: false))).WithName("hub.updateAllPackagesOnManagedInstanceGroup");
        app.MapPost(Group + "/installPackages", (HttpContext h, string managedInstanceGroupId, EmulatorStore s) => OnGroup(h, s, managedInstanceGroupId, Named("INSTALL_PACKAGES", h.HubBody()))).WithName("hub.installPackagesOnManagedInstanceGroup");
        app.MapPost(Group + "/removePackages", (HttpContext h, string managedInstanceGroupId, EmulatorStore s) => OnGroup(h, s, managedInstanceGroupId, Named("REMOVE_PACKAGES", h.HubBody()))).WithName("hub.removePackagesFromManagedInstanceGroup");
        app.MapPost(Group + "/installWindowsUpdates", (HttpContext h, string managedInstanceGroupId, EmulatorStore s) => OnGroup(h, s, managedInstanceGroupId, GroupWindowsOperations(h.HubBody(optional: true)))).WithName("hub.installWindowsUpdatesOnManagedInstanceGroup");
        app.MapPost(Group + "/reboot", (HttpContext h, string managedInstanceGroupId, EmulatorStore s) => OnGroup(h, s, managedInstanceGroupId, Reboot(h.HubBody(optional: true)))).WithName("hub.rebootManagedInstanceGroup");
    }

    /// <summary>An action's operations and the caller's name and description for its work request.</summary>
    private sealed record Action(List<ScheduledJobOperation> Operations, WorkRequestDetails? Details);

    private static IResult OnInstance(HttpContext http, EmulatorStore store, string instanceId, Action action)
    {
        var id = store.Execute(now =>
        {
            var instance = HubInstanceEndpoints.Find(store, instanceId);
            CheckOs(action.Operations, instance.IsWindows, $"managed instance {instance.DisplayName}");
            return store.Hub().Work.ForInstance(instance, action.Operations, Origin(action, now, instance.DisplayName)).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static IResult OnGroup(HttpContext http, EmulatorStore store, string groupId, Action action)
    {
        var id = store.Execute(now =>
        {
            var group = store.ReleaseGroups.TryGetValue(groupId, out var g) ? g : throw OciException.NotFound($"Managed instance group {groupId}");
            CheckOs(action.Operations, group.Family == OsFamily.Windows, $"managed instance group {group.DisplayName}");
            return store.Hub().Work.ForGroup(group, action.Operations, Origin(action, now, $"group {group.DisplayName}")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static IResult OnCompartment(HttpContext http, EmulatorStore store, ActionDetails body, Func<ActionDetails, Action> read)
    {
        var compartmentId = string.IsNullOrEmpty(body.CompartmentId) ? throw OciException.Missing("compartmentId") : body.CompartmentId;
        var action = read(body);
        var id = store.Execute(now =>
        {
            if (!store.IsActiveCompartment(compartmentId))
            {
                throw OciException.NotFound($"Compartment {compartmentId}");
            }
            return store.Hub().Work.ForCompartments(new[] { compartmentId }, subtree: false, action.Operations, Origin(action, now, "the compartment's standalone instances")).Id;
        });
        return OciResponses.Accepted(http, id);
    }

    private static HubWorkOrigin Origin(Action action, DateTimeOffset now, string target) =>
        new(now, action.Details?.Description ?? $"{HubWork.Describe(action.Operations)} on {target}", action.Details?.DisplayName);

    private static Action UpdateOperations(ActionDetails body, bool requireSome)
    {
        var types = body.UpdateTypes ?? new List<string>();
        foreach (var type in types.Where(t => !HubVocabulary.IsOneOf(t, HubVocabulary.UpdateTypes)))
        {
            throw OciException.Invalid($"updateTypes value '{type}' is not one of {string.Join(", ", HubVocabulary.UpdateTypes)}.");
        }
        var names = body.PackageNames ?? new List<string>();
        if (names.Count > 0 && types.Count > 0)
        {
            throw OciException.Invalid("Give packageNames or updateTypes, not both.");
        }
        if (names.Count > 0)
        {
            return new Action(new() { new ScheduledJobOperation { OperationType = "UPDATE_PACKAGES", PackageNames = names } }, body.WorkRequestDetails);
        }
        if (types.Count == 0 && requireSome)
        {
            throw OciException.Invalid("Give packageNames (the packages to update) or updateTypes (SECURITY, BUGFIX, ENHANCEMENT, OTHER, KSPLICE_KERNEL, KSPLICE_USERSPACE or ALL).");
        }
        if (types.Count == 0 || types.Contains("ALL"))
        {
            return new Action(new() { new ScheduledJobOperation { OperationType = "UPDATE_ALL" } }, body.WorkRequestDetails);
        }
        return new Action(types.Distinct().Select(t => new ScheduledJobOperation { OperationType = "UPDATE_" + t }).ToList(), body.WorkRequestDetails);
    }

    private static Action WindowsOperations(ActionDetails body, bool requireSome)
    {
        var types = body.WindowsUpdateTypes ?? new List<string>();
        foreach (var type in types.Where(t => !HubVocabulary.IsOneOf(t, HubVocabulary.WindowsUpdateTypes)))
        {
            throw OciException.Invalid($"windowsUpdateTypes value '{type}' is not one of {string.Join(", ", HubVocabulary.WindowsUpdateTypes)}.");
        }
        var names = body.WindowsUpdateName ?? new List<string>();
        if (names.Count > 0 && types.Count > 0)
        {
            throw OciException.Invalid("Give windowsUpdateName or windowsUpdateTypes, not both.");
        }
        if (names.Count > 0)
        {
            return new Action(new() { new ScheduledJobOperation { OperationType = "INSTALL_WINDOWS_UPDATES", WindowsUpdateNames = names } }, body.WorkRequestDetails);
        }
        if (types.Count == 0 && requireSome)
        {
            throw OciException.Invalid("Give windowsUpdateName (Microsoft's update ids) or windowsUpdateTypes (SECURITY, BUGFIX, ENHANCEMENT, OTHER or ALL).");
        }
        if (types.Count == 0 || types.Contains("ALL"))
        {
            return new Action(new() { new ScheduledJobOperation { OperationType = "INSTALL_ALL_WINDOWS_UPDATES" } }, body.WorkRequestDetails);
        }
        return new Action(types.Distinct().Select(t => new ScheduledJobOperation { OperationType = $"INSTALL_{t}_WINDOWS_UPDATES" }).ToList(), body.WorkRequestDetails);
    }

    private static Action GroupWindowsOperations(ActionDetails body) =>
        body.WindowsUpdateTypes is { Count: > 0 } ? WindowsOperations(body, requireSome: true) : throw OciException.Missing("windowsUpdateTypes");

    private static Action Named(string operation, ActionDetails body) =>
        body.PackageNames is { Count: > 0 } names
            ? new Action(new() { new ScheduledJobOperation { OperationType = operation, PackageNames = names } }, body.WorkRequestDetails)
            : throw OciException.Missing("packageNames");

    private static Action Reboot(ActionDetails body)
    {
        if (body.RebootTimeoutInMins is < 1)
        {
            throw OciException.Invalid("rebootTimeoutInMins must be at least 1.");
        }
        return new Action(new() { new ScheduledJobOperation { OperationType = "REBOOT", RebootTimeoutInMins = body.RebootTimeoutInMins } }, body.WorkRequestDetails);
    }

    private static void CheckOs(List<ScheduledJobOperation> operations, bool isWindows, string target)
    {
        var windows = HubVocabulary.ForWindows(operations[0].OperationType!);
        if (windows is { } w && w != isWindows)
        {
            throw OciException.Invalid(w
                ? $"Windows updates cannot be installed on {target}: it runs Linux."
                : $"Packages cannot be updated on {target}: it runs Windows; use installWindowsUpdates.");
        }
    }

    /// <summary>The JSON body of an action; an empty body is an empty object where the details are optional.</summary>
    private static ActionDetails HubBody(this HttpContext http, bool optional = false)
    {
        var bytes = http.Items[ApiGate.BodyItem] as byte[] ?? Array.Empty<byte>();
        return optional && bytes.Length == 0 ? new ActionDetails() : http.Body<ActionDetails>();
    }
}
