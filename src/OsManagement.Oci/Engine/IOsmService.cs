using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Oci.Engine;

/// <summary>
/// What the cmdlets need from OS Management, whichever generation of the service answers.
/// <see cref="OsManagementService20190801"/> is the first implementation; an OS Management Hub (20220901)
/// one can be added beside it without touching cmdlet code.
/// </summary>
public interface IOsmService
{
    // Targets
    Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken);
    IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(string compartmentId, string? displayName, string? osFamily, CancellationToken cancellationToken);
    Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken);
    IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(string compartmentId, string? displayName, CancellationToken cancellationToken);

    /// <summary>The updates available to an instance, Linux packages and Windows updates alike.</summary>
    IAsyncEnumerable<OsmUpdate> ListAvailableUpdatesAsync(string managedInstanceId, string osFamily, CancellationToken cancellationToken);

    // Immediate actions: each returns the id of the work request it created.
    Task<string> InstallAllUpdatesAsync(string managedInstanceId, string osFamily, string updateType, CancellationToken cancellationToken);
    Task<string> InstallAllUpdatesOnGroupAsync(string groupId, string updateType, CancellationToken cancellationToken);
    Task<string> InstallUpdateAsync(string managedInstanceId, string osFamily, string name, CancellationToken cancellationToken);
    Task<string> InstallPackageAsync(string managedInstanceId, string packageName, CancellationToken cancellationToken);
    Task<string> RemovePackageAsync(string managedInstanceId, string packageName, CancellationToken cancellationToken);

    // Scheduled jobs
    Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, CancellationToken cancellationToken);
    Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken);
    IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken);
    IAsyncEnumerable<ScheduledJobSummary> ListUpcomingScheduledJobsAsync(ScheduledJobQuery query, System.DateTimeOffset timeEnd, CancellationToken cancellationToken);
    Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch, CancellationToken cancellationToken);
    Task DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken);
    Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken);
    Task SkipNextScheduledJobExecutionAsync(string scheduledJobId, CancellationToken cancellationToken);

    // Work requests
    Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken);
    IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(string compartmentId, string? managedInstanceId, CancellationToken cancellationToken);
    IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken);
    IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken);
}
