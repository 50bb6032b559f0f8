using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>The retired OS Management API (20190801): what it keeps beside the fleet, its rules and every operation it serves.</summary>
internal static class ClassicApi
{
    public static readonly ServedApi Served = new(store => new ClassicState(store), services => services.AddSingleton<ClassicJobRules>(), Map);

    /// <summary>Each operation under the name Oracle's SDK gives it, which stats and fault rules use too.</summary>
    private static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/20190801");
        api.MapGet("/managedInstances", ClassicInstanceEndpoints.List).WithName("listManagedInstances");
        api.MapGet("/managedInstances/{managedInstanceId}", ClassicInstanceEndpoints.Get).WithName("getManagedInstance");
        api.MapGet("/managedInstances/{managedInstanceId}/packages/updates", ClassicInstanceEndpoints.ListUpdates).WithName("listAvailableUpdatesForManagedInstance");
        api.MapGet("/managedInstances/{managedInstanceId}/updates/available", ClassicInstanceEndpoints.ListWindowsUpdates)
            .WithName("listAvailableWindowsUpdatesForManagedInstance");
        api.MapGet("/managedInstances/{managedInstanceId}/errata", ClassicInstanceEndpoints.ListErrata).WithName("listManagedInstanceErrata");
        api.MapGet("/managedInstances/{managedInstanceId}/packages", ClassicInstanceEndpoints.ListPackages).WithName("listPackagesInstalledOnManagedInstance");
        api.MapGet("/errata/{erratumId}", ClassicInstanceEndpoints.GetErratum).WithName("getErratum");

        var actions = api.MapGroup("/managedInstances/{managedInstanceId}/actions");
        actions.MapPost("/packages/updateAll", ClassicActionEndpoints.InstallAllPackageUpdates).WithName("installAllPackageUpdatesOnManagedInstance");
        actions.MapPost("/updates/installAll", ClassicActionEndpoints.InstallAllWindowsUpdates).WithName("installAllWindowsUpdatesOnManagedInstance");
        actions.MapPost("/packages/install", ClassicActionEndpoints.InstallPackage).WithName("installPackageOnManagedInstance");
        actions.MapPost("/packages/update", ClassicActionEndpoints.UpdatePackage).WithName("installPackageUpdateOnManagedInstance");
        actions.MapPost("/packages/remove", ClassicActionEndpoints.RemovePackage).WithName("removePackageFromManagedInstance");
        actions.MapPost("/updates/install", ClassicActionEndpoints.InstallWindowsUpdate).WithName("installWindowsUpdateOnManagedInstance");

        api.MapGet("/managedInstanceGroups", ClassicGroupEndpoints.List).WithName("listManagedInstanceGroups");
        api.MapGet("/managedInstanceGroups/{managedInstanceGroupId}", ClassicGroupEndpoints.Get).WithName("getManagedInstanceGroup");
        api.MapPost("/managedInstanceGroups/{managedInstanceGroupId}/actions/updates/installAll", ClassicActionEndpoints.InstallAllOnGroup)
            .WithName("installAllUpdatesOnManagedInstanceGroup");

        var jobs = app.MapGroup(ClassicScheduledJobEndpoints.Prefix);
        jobs.MapPost("", ClassicScheduledJobEndpoints.Jobs.Create).WithName("createScheduledJob");
        jobs.MapGet("", ClassicScheduledJobEndpoints.List).WithName("listScheduledJobs");
        jobs.MapGet("/upcomingSchedules", ClassicScheduledJobEndpoints.ListUpcoming).WithName("listUpcomingScheduledJobs");
        jobs.MapGet("/{scheduledJobId}", ClassicScheduledJobEndpoints.Jobs.Get).WithName("getScheduledJob");
        jobs.MapPut("/{scheduledJobId}", ClassicScheduledJobEndpoints.Jobs.Update).WithName("updateScheduledJob");
        jobs.MapDelete("/{scheduledJobId}", ClassicScheduledJobEndpoints.Jobs.Delete).WithName("deleteScheduledJob");
        jobs.MapPost("/{scheduledJobId}/actions/runNow", ClassicScheduledJobEndpoints.RunNow).WithName("runScheduledJobNow");
        jobs.MapPost("/{scheduledJobId}/actions/skipNextExecution", ClassicScheduledJobEndpoints.SkipNext).WithName("skipNextScheduledJobExecution");
        jobs.MapPost("/{scheduledJobId}/actions/changeCompartment", ClassicScheduledJobEndpoints.ChangeCompartment).WithName("changeScheduledJobCompartment");

        api.MapGet("/workRequests", ClassicWorkRequestEndpoints.List).WithName("listWorkRequests");
        api.MapGet("/workRequests/{workRequestId}", ClassicWorkRequestEndpoints.Requests.Get).WithName("getWorkRequest");
        api.MapGet("/workRequests/{workRequestId}/logs", ClassicWorkRequestEndpoints.Requests.ListLogs).WithName("listWorkRequestLogs");
        api.MapGet("/workRequests/{workRequestId}/errors", ClassicWorkRequestEndpoints.Requests.ListErrors).WithName("listWorkRequestErrors");
    }
}
