using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>What a run now started: its top-level work requests (none when none appeared in time), and the job as last read.</summary>
public sealed class JobRun
{
    internal JobRun(IReadOnlyList<string> workRequestIds, ScheduledJobRecord job)
    {
        WorkRequestIds = workRequestIds;
        Job = job;
    }

    /// <summary>The run's top-level work requests, the job's order first.</summary>
    public IReadOnlyList<string> WorkRequestIds { get; }

    /// <summary>The job as read last.</summary>
    public ScheduledJobRecord Job { get; }
}

/// <summary>
/// Finds the work requests a run now started. The service gives no id for the run (Hub answers runNow with no body):
/// they are the top-level work requests the job lists in its workRequestIds that it did not list before the run, and,
/// where the service finds work requests by the job that started them (<see cref="ServiceFeature.WorkRequestTrees"/>:
/// listWorkRequests?initiatorId=, as Oracle's SDK documents), the top-level ones listed for the job that were not listed
/// before. Either finds the run, so a job whose list is late, or capped, still leads to it.
/// </summary>
public sealed class JobRunFinder
{
    /// <summary>How far the service's clock may be from this machine's: the listing by job looks this far back.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    private readonly Func<CancellationToken, Task<ScheduledJobRecord>> _readJob;
    private readonly Func<CancellationToken, Task<IReadOnlyList<string>>>? _listByJob;
    private readonly HashSet<string> _known;

    private JobRunFinder(Func<CancellationToken, Task<ScheduledJobRecord>> readJob, Func<CancellationToken, Task<IReadOnlyList<string>>>? listByJob,
        HashSet<string> known)
    {
        _readJob = readJob;
        _listByJob = listByJob;
        _known = known;
    }

    /// <summary>
    /// Notes, before the run is asked for, what <paramref name="job"/> (as read just now) already lists and, where the
    /// service can, what it lists for the job across the tenancy's compartments since <paramref name="now"/> less <see cref="ClockSkew"/>.
    /// </summary>
    public static Task<JobRunFinder> BeforeRunAsync(IOsmService service, ScheduledJobRecord job, string tenancyId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var since = now - ClockSkew;
        Func<CancellationToken, Task<IReadOnlyList<string>>>? listByJob = FeatureRules.FindingWorkRequests(service.Capabilities, job.Id, null) is null
            ? async token => await service.ListWorkRequestsAsync(new WorkRequestQuery
                {
                    CompartmentId = tenancyId,
                    IncludeSubcompartments = true,
                    InitiatorId = job.Id,
                    Since = since,
                }, token).Filter(w => w.ParentId is null, token).Map(w => w.Id, token).CollectAsync(token).ConfigureAwait(false)
            : null;
        return BeforeRunAsync(token => service.GetScheduledJobAsync(job.Id, token), listByJob, job.WorkRequestIds, cancellationToken);
    }

    /// <summary>
    /// The same, reading the job with <paramref name="readJob"/> and listing by job with <paramref name="listByJob"/> (null: the
    /// service cannot).
    /// </summary>
    internal static async Task<JobRunFinder> BeforeRunAsync(Func<CancellationToken, Task<ScheduledJobRecord>> readJob,
        Func<CancellationToken, Task<IReadOnlyList<string>>>? listByJob, IEnumerable<string> listedByTheJob, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(listedByTheJob, StringComparer.Ordinal);
        if (listByJob is not null)
        {
            known.UnionWith(await listByJob(cancellationToken).ConfigureAwait(false));
        }
        return new JobRunFinder(readJob, listByJob, known);
    }

    /// <summary>
    /// Looks, every <paramref name="pollInterval"/>, until the run's work requests appear in either place and one more look
    /// finds no more of them (a run over several targets may list its work requests a moment apart), or
    /// <paramref name="timeout"/> has passed (the last look is at the deadline).
    /// </summary>
    public Task<JobRun> FindAsync(TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken) =>
        FindAsync(timeout, pollInterval, new WorkRequestWaiter.WallClock(), cancellationToken);

    internal async Task<JobRun> FindAsync(TimeSpan timeout, TimeSpan pollInterval, WorkRequestWaiter.IWaitClock clock, CancellationToken cancellationToken)
    {
        var seenBefore = 0;
        while (true)
        {
            var roundStarted = clock.Elapsed;
            var job = await _readJob(cancellationToken).ConfigureAwait(false);
            var found = job.WorkRequestIds.Where(id => !_known.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
            if (_listByJob is not null)
            {
                var listed = await _listByJob(cancellationToken).ConfigureAwait(false);
                found.AddRange(listed.Where(id => !_known.Contains(id) && !found.Contains(id, StringComparer.Ordinal)));
            }
            if ((found.Count > 0 && found.Count == seenBefore) || roundStarted >= timeout)
            {
                return new JobRun(found, job);
            }
            seenBefore = found.Count;
            var untilDeadline = timeout - clock.Elapsed;
            var delay = untilDeadline < pollInterval ? untilDeadline : pollInterval;
            if (delay > TimeSpan.Zero)
            {
                await clock.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
