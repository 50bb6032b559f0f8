using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;
using OsManagement.Oci.OsManagement;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Oci.Engine;

/// <summary><see cref="IOsmService"/> on OS Management, API 20190801.</summary>
public sealed class OsManagementService20190801 : IOsmService
{
    private readonly OsManagementClient _client;

    public OsManagementService20190801(OsManagementClient client) => _client = client;

    public Task<OciResponse<ManagedInstance>> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken) =>
        _client.GetManagedInstanceAsync(managedInstanceId, cancellationToken);

    public IAsyncEnumerable<ManagedInstanceSummary> ListManagedInstancesAsync(string compartmentId, string? displayName, string? osFamily, CancellationToken cancellationToken) =>
        _client.ListManagedInstancesAsync(new ListManagedInstancesRequest
        {
            CompartmentId = compartmentId,
            DisplayName = displayName,
            OsFamily = osFamily,
            SortBy = "TIMECREATED",
            SortOrder = "ASC",
        }, cancellationToken);

    public Task<OciResponse<ManagedInstanceGroup>> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
        _client.GetManagedInstanceGroupAsync(groupId, cancellationToken);

    public IAsyncEnumerable<ManagedInstanceGroupSummary> ListManagedInstanceGroupsAsync(string compartmentId, string? displayName, CancellationToken cancellationToken) =>
        _client.ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest
        {
            CompartmentId = compartmentId,
            DisplayName = displayName,
            SortBy = "TIMECREATED",
            SortOrder = "ASC",
        }, cancellationToken);

    public async IAsyncEnumerable<OsmUpdate> ListAvailableUpdatesAsync(string managedInstanceId, string osFamily,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (IsWindows(osFamily))
        {
            await foreach (var u in _client.ListAvailableWindowsUpdatesForManagedInstanceAsync(
                new ListAvailableWindowsUpdatesForManagedInstanceRequest { ManagedInstanceId = managedInstanceId }, cancellationToken).ConfigureAwait(false))
            {
                yield return new OsmUpdate
                {
                    Name = u.Name ?? "",
                    DisplayName = u.DisplayName ?? u.Name ?? "",
                    UpdateType = u.UpdateType ?? "",
                    OsFamily = OsFamilies.Windows,
                    IsEligibleForInstallation = u.IsEligibleForInstallation is null ? null : u.IsEligibleForInstallation == "INSTALLABLE",
                    IsRebootRequiredForInstallation = u.IsRebootRequiredForInstallation,
                };
            }
            yield break;
        }

        await foreach (var u in _client.ListAvailableUpdatesForManagedInstanceAsync(
            new ListAvailableUpdatesForManagedInstanceRequest { ManagedInstanceId = managedInstanceId }, cancellationToken).ConfigureAwait(false))
        {
            yield return new OsmUpdate
            {
                Name = u.Name ?? "",
                DisplayName = u.DisplayName ?? u.Name ?? "",
                UpdateType = u.UpdateType ?? "",
                OsFamily = OsFamilies.Linux,
                InstalledVersion = u.InstalledVersion,
                AvailableVersion = u.AvailableVersion,
                Architecture = u.Architecture,
                Cves = (IReadOnlyList<string>?)u.RelatedCves ?? Array.Empty<string>(),
                Errata = u.Errata?.Select(e => e.DisplayName ?? e.Id ?? "").ToList() ?? new List<string>(),
            };
        }
    }

    public async Task<string> InstallAllUpdatesAsync(string managedInstanceId, string osFamily, string updateType, CancellationToken cancellationToken)
    {
        var response = IsWindows(osFamily)
            ? await _client.InstallAllWindowsUpdatesOnManagedInstanceAsync(managedInstanceId, updateType, NewRetryToken(), cancellationToken).ConfigureAwait(false)
            : await _client.InstallAllPackageUpdatesOnManagedInstanceAsync(managedInstanceId, updateType, NewRetryToken(), cancellationToken).ConfigureAwait(false);
        return WorkRequestId(response);
    }

    public async Task<string> InstallAllUpdatesOnGroupAsync(string groupId, string updateType, CancellationToken cancellationToken) =>
        WorkRequestId(await _client.InstallAllUpdatesOnManagedInstanceGroupAsync(groupId, updateType, NewRetryToken(), cancellationToken).ConfigureAwait(false));

    public async Task<string> InstallUpdateAsync(string managedInstanceId, string osFamily, string name, CancellationToken cancellationToken)
    {
        var response = IsWindows(osFamily)
            ? await _client.InstallWindowsUpdateOnManagedInstanceAsync(managedInstanceId, name, NewRetryToken(), cancellationToken).ConfigureAwait(false)
            : await _client.InstallPackageUpdateOnManagedInstanceAsync(managedInstanceId, name, NewRetryToken(), cancellationToken).ConfigureAwait(false);
        return WorkRequestId(response);
    }

    public async Task<string> InstallPackageAsync(string managedInstanceId, string packageName, CancellationToken cancellationToken) =>
        WorkRequestId(await _client.InstallPackageOnManagedInstanceAsync(managedInstanceId, packageName, NewRetryToken(), cancellationToken).ConfigureAwait(false));

    public async Task<string> RemovePackageAsync(string managedInstanceId, string packageName, CancellationToken cancellationToken) =>
        WorkRequestId(await _client.RemovePackageFromManagedInstanceAsync(managedInstanceId, packageName, NewRetryToken(), cancellationToken).ConfigureAwait(false));

    public Task<OciResponse<ScheduledJob>> CreateScheduledJobAsync(CreateScheduledJobDetails details, CancellationToken cancellationToken) =>
        _client.CreateScheduledJobAsync(details, NewRetryToken(), cancellationToken);

    public Task<OciResponse<ScheduledJob>> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        _client.GetScheduledJobAsync(scheduledJobId, cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken) =>
        _client.ListScheduledJobsAsync(new ListScheduledJobsRequest
        {
            CompartmentId = query.CompartmentId,
            DisplayName = query.DisplayName,
            ManagedInstanceId = query.ManagedInstanceId,
            ManagedInstanceGroupId = query.ManagedInstanceGroupId,
            OperationType = query.OperationType,
            LifecycleState = query.LifecycleState,
            OsFamily = query.OsFamily,
            SortBy = "TIMECREATED",
            SortOrder = "ASC",
        }, cancellationToken);

    public IAsyncEnumerable<ScheduledJobSummary> ListUpcomingScheduledJobsAsync(ScheduledJobQuery query, DateTimeOffset timeEnd, CancellationToken cancellationToken) =>
        _client.ListUpcomingScheduledJobsAsync(new ListUpcomingScheduledJobsRequest
        {
            CompartmentId = query.CompartmentId,
            DisplayName = query.DisplayName,
            TimeEnd = timeEnd,
            LifecycleState = query.LifecycleState,
            OsFamily = query.OsFamily,
        }, cancellationToken);

    public Task<OciResponse<ScheduledJob>> UpdateScheduledJobAsync(string scheduledJobId, UpdateScheduledJobDetails details, string? ifMatch, CancellationToken cancellationToken) =>
        _client.UpdateScheduledJobAsync(scheduledJobId, details, ifMatch, cancellationToken);

    public Task DeleteScheduledJobAsync(string scheduledJobId, string? ifMatch, CancellationToken cancellationToken) =>
        _client.DeleteScheduledJobAsync(scheduledJobId, ifMatch, cancellationToken);

    public Task RunScheduledJobNowAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        _client.RunScheduledJobNowAsync(scheduledJobId, null, NewRetryToken(), cancellationToken);

    public Task SkipNextScheduledJobExecutionAsync(string scheduledJobId, CancellationToken cancellationToken) =>
        _client.SkipNextScheduledJobExecutionAsync(scheduledJobId, null, NewRetryToken(), cancellationToken);

    public Task<OciResponse<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken) =>
        _client.GetWorkRequestAsync(workRequestId, cancellationToken);

    public IAsyncEnumerable<WorkRequestSummary> ListWorkRequestsAsync(string compartmentId, string? managedInstanceId, CancellationToken cancellationToken) =>
        _client.ListWorkRequestsAsync(new ListWorkRequestsRequest
        {
            CompartmentId = compartmentId,
            ManagedInstanceId = managedInstanceId,
        }, cancellationToken);

    public IAsyncEnumerable<WorkRequestLogEntry> ListWorkRequestLogsAsync(string workRequestId, CancellationToken cancellationToken) =>
        _client.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = workRequestId, SortBy = "TIMECREATED", SortOrder = "ASC" }, cancellationToken);

    public IAsyncEnumerable<WorkRequestError> ListWorkRequestErrorsAsync(string workRequestId, CancellationToken cancellationToken) =>
        _client.ListWorkRequestErrorsAsync(new ListWorkRequestErrorsRequest { WorkRequestId = workRequestId, SortBy = "TIMECREATED", SortOrder = "ASC" }, cancellationToken);

    private static bool IsWindows(string osFamily) => string.Equals(osFamily, OsFamilies.Windows, StringComparison.OrdinalIgnoreCase);

    // Each action gets its own idempotency key, kept across the pipeline's retries of that one call.
    private static string NewRetryToken() => Guid.NewGuid().ToString("N");

    private static string WorkRequestId<T>(OciResponse<T> response) =>
        response.OpcWorkRequestId ?? throw new InvalidOperationException(
            $"The service accepted the action but returned no opc-work-request-id (opc-request-id {response.OpcRequestId}).");
}
