using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>OS Management Hub (20220901): what it keeps beside the fleet, its rules and every operation it serves.</summary>
internal static class HubApi
{
    public static readonly ServedApi Served = new(store => new HubState(store), services => services.AddSingleton<HubJobRules>(), Map);

    /// <summary>Each operation under its SDK name with <c>hub.</c> before it, which stats and fault rules use too.</summary>
    private static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/20220901");
        api.MapGet("/managedInstances", HubInstanceEndpoints.List).WithName("hub.listManagedInstances");
        api.MapGet("/managedInstances/{managedInstanceId}", HubInstanceEndpoints.Get).WithName("hub.getManagedInstance");
        api.MapGet("/managedInstances/{managedInstanceId}/updatablePackages", HubInstanceEndpoints.ListUpdatable).WithName("hub.listManagedInstanceUpdatablePackages");
        api.MapGet("/managedInstances/{managedInstanceId}/installedPackages", HubInstanceEndpoints.ListInstalled).WithName("hub.listManagedInstanceInstalledPackages");
        api.MapGet("/managedInstances/{managedInstanceId}/errata", HubInstanceEndpoints.ListErrata).WithName("hub.listManagedInstanceErrata");
        api.MapGet("/managedInstances/{managedInstanceId}/availableWindowsUpdates", HubInstanceEndpoints.ListWindowsUpdates)
            .WithName("hub.listManagedInstanceAvailableWindowsUpdates");
        api.MapGet("/errata/{name}", HubInstanceEndpoints.GetErratum).WithName("hub.getErratum");
        api.MapGet("/errata", HubInstanceEndpoints.ListCatalogErrata).WithName("hub.listErrata");

        api.MapGet("/managedInstanceGroups", HubGroupEndpoints.List).WithName("hub.listManagedInstanceGroups");
        api.MapGet("/managedInstanceGroups/{managedInstanceGroupId}", HubGroupEndpoints.Get).WithName("hub.getManagedInstanceGroup");
        api.MapGet("/managedInstanceGroups/{managedInstanceGroupId}/managedInstances", HubGroupEndpoints.ListMembers)
            .WithName("hub.listManagedInstanceGroupManagedInstances");

        HubActionEndpoints.Map(api);
        HubUnitEndpoints.Map(api);

        var jobs = app.MapGroup(HubScheduledJobEndpoints.Prefix);
        jobs.MapPost("", HubScheduledJobEndpoints.Jobs.Create).WithName("hub.createScheduledJob");
        jobs.MapGet("", HubScheduledJobEndpoints.List).WithName("hub.listScheduledJobs");
        jobs.MapGet("/{scheduledJobId}", HubScheduledJobEndpoints.Jobs.Get).WithName("hub.getScheduledJob");
        jobs.MapPut("/{scheduledJobId}", HubScheduledJobEndpoints.Jobs.Update).WithName("hub.updateScheduledJob");
        jobs.MapDelete("/{scheduledJobId}", HubScheduledJobEndpoints.Jobs.Delete).WithName("hub.deleteScheduledJob");
        jobs.MapPost("/{scheduledJobId}/actions/runNow", HubScheduledJobEndpoints.RunNow).WithName("hub.runScheduledJobNow");
        jobs.MapPost("/{scheduledJobId}/actions/changeCompartment", HubScheduledJobEndpoints.ChangeCompartment).WithName("hub.changeScheduledJobCompartment");

        api.MapGet("/workRequests", HubWorkRequestEndpoints.List).WithName("hub.listWorkRequests");
        api.MapGet("/workRequests/{workRequestId}", HubWorkRequestEndpoints.Requests.Get).WithName("hub.getWorkRequest");
        api.MapGet("/workRequests/{workRequestId}/logs", HubWorkRequestEndpoints.Requests.ListLogs).WithName("hub.listWorkRequestLogs");
        api.MapGet("/workRequests/{workRequestId}/errors", HubWorkRequestEndpoints.Requests.ListErrors).WithName("hub.listWorkRequestErrors");
        api.MapPost("/workRequests/{workRequestId}/actions/rerun", HubWorkRequestEndpoints.Rerun).WithName("hub.rerunWorkRequest");

        api.MapGet("/managedInstanceAnalytics", HubAnalyticsEndpoints.Summarize).WithName("hub.summarizeManagedInstanceAnalytics");
    }
}
