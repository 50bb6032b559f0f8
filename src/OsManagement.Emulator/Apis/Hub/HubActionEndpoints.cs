using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// OS Management Hub's immediate actions on an instance, a group or a compartment's standalone instances. Each body
/// becomes the job operations it stands for (updateTypes [SECURITY] is UPDATE_SECURITY, [ALL] is UPDATE_ALL...) and
/// runs as a work request tree; the answer is 202 with no body and the id in <c>opc-work-request-id</c>.
/// </summary>
internal static class HubActionEndpoints
{
    /// <param name="api">The routes under <c>/20220901</c>.</param>
    public static void Map(IEndpointRouteBuilder api)
    {
        var instance = api.MapGroup("/managedInstances/{managedInstanceId}/actions");
        instance.MapPost("/updatePackages", OnInstance(h => UpdateOperations(h.HubBody(optional: true), requireSome: true))).WithName("hub.updatePackagesOnManagedInstance");
        instance.MapPost("/installPackages", OnInstance(h => Named("INSTALL_PACKAGES", h.HubBody()))).WithName("hub.installPackagesOnManagedInstance");
        instance.MapPost("/removePackages", OnInstance(h => Named("REMOVE_PACKAGES", h.HubBody()))).WithName("hub.removePackagesFromManagedInstance");
        instance.MapPost("/installWindowsUpdates", OnInstance(h => WindowsOperations(h.HubBody(optional: true), requireSome: true)))
            .WithName("hub.installWindowsUpdatesOnManagedInstance");
        instance.MapPost("/reboot", OnInstance(h => Reboot(h.HubBody(optional: true)))).WithName("hub.rebootManagedInstance");

        api.MapPost("/managedInstances/actions/updatePackages", OnCompartment(b => UpdateOperations(b, requireSome: false)))
            .WithName("hub.updateAllPackagesOnManagedInstancesInCompartment");
        api.MapPost("/managedInstances/actions/installWindowsUpdates", OnCompartment(b => WindowsOperations(b, requireSome: false)))
            .WithName("hub.installAllWindowsUpdatesOnManagedInstancesInCompartment");

        var group = api.MapGroup("/managedInstanceGroups/{managedInstanceGroupId}/actions");
        group.MapPost("/updateAllPackages", OnGroup(h => UpdateOperations(h.HubBody(optional: true), requireSome: false))).WithName("hub.updateAllPackagesOnManagedInstanceGroup");
        group.MapPost("/installPackages", OnGroup(h => Named("INSTALL_PACKAGES", h.HubBody()))).WithName("hub.installPackagesOnManagedInstanceGroup");
        group.MapPost("/removePackages", OnGroup(h => Named("REMOVE_PACKAGES", h.HubBody()))).WithName("hub.removePackagesFromManagedInstanceGroup");
        group.MapPost("/installWindowsUpdates", OnGroup(h => GroupWindowsOperations(h.HubBody(optional: true)))).WithName("hub.installWindowsUpdatesOnManagedInstanceGroup");
        group.MapPost("/reboot", OnGroup(h => Reboot(h.HubBody(optional: true)))).WithName("hub.rebootManagedInstanceGroup");
    }

    /// <summary>An action's operations and the caller's name and description for its work request.</summary>
    private sealed record Action(List<ScheduledJobOperation> Operations, WorkRequestDetails? Details);

    // Each handler reads (and checks) the body before it looks at the store, so a bad body is 400 whatever the target.
    private static Delegate OnInstance(Func<HttpContext, Action> read) => (HttpContext http, string managedInstanceId, EmulatorStore store) =>
    {
        var action = read(http);
        var id = store.Execute(now =>
        {
            var instance = Lookups.Instance(store, managedInstanceId);
            CheckOs(action.Operations, instance.IsWindows, $"managed instance {instance.DisplayName}");
            if (action.Operations.Any(o => o.OperationType != "REBOOT"))
            {
                HubUnits.RefuseDirectChange(store, instance);
            }
            return store.Hub().Work.ForInstance(instance, action.Operations, Origin(action, now, instance.DisplayName)).Id;
        });
        return OciResponses.Accepted(http, id);
    };

    private static Delegate OnGroup(Func<HttpContext, Action> read) => (HttpContext http, string managedInstanceGroupId, EmulatorStore store) =>
    {
        var action = read(http);
        var id = store.Execute(now =>
        {
            var group = HubUnits.Group(store, managedInstanceGroupId);
            CheckOs(action.Operations, group.Family == OsFamily.Windows, $"managed instance group {group.DisplayName}");
            return store.Hub().Work.ForGroup(group, action.Operations, Origin(action, now, $"group {group.DisplayName}")).Id;
        });
        return OciResponses.Accepted(http, id);
    };

    private static Delegate OnCompartment(Func<ActionDetails, Action> read) => (HttpContext http, EmulatorStore store) =>
    {
        var body = http.HubBody();
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
    };

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

    private static Action Reboot(ActionDetails body) =>
        new(HubLifecycleEndpoints.RebootOperations(body.RebootTimeoutInMins), body.WorkRequestDetails);

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
