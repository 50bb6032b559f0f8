using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// A Get cmdlet that reads several regions at once: <c>-Region</c> takes several names, or <c>*</c> for every region the
/// tenancy subscribes to. OS Management Hub is regional (each region has its own instances, jobs and work requests), so
/// only these reads take several; a cmdlet that changes something takes one region, as OsmCmdlet gives it.
/// </summary>
/// <remarks>
/// One region (or none) runs exactly as OsmCmdlet does. Several regions run the command's work once per region, side by
/// side (at most <see cref="RegionThrottleLimit"/> regions at once; each region's requests bounded as the command bounds
/// them), with <see cref="OsmCmdlet"/>'s context and service those of the region being read. Every record says its
/// region; a region that fails (not subscribed, unreachable, not authorized) is one error naming it, and the other
/// regions' records still stream.
/// </remarks>
public abstract class OsmRegionalCmdlet : OsmCmdlet
{
    private RegionSelection? _selection;
    private IReadOnlyList<(string Region, RegionalService? Service, Exception? Error)> _regions = Array.Empty<(string, RegionalService?, Exception?)>();

    /// <summary>The regions to read: one or several region ids or short keys, or * for every region the tenancy subscribes to.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.RegionCompleter))]
    public new string[]? Region { get; set; }

    /// <summary>How many regions are read at once (the command's -ThrottleLimit).</summary>
    protected abstract int RegionThrottleLimit { get; }

    /// <summary>What was asked for reads one resource by OCID (which belongs to one region): names the parameter, or null.</summary>
    protected virtual string? ReadsOneResourceBy => null;

    /// <summary>Whether several regions are read (several names, or *).</summary>
    protected bool SeveralRegions => _selection?.IsSeveral == true;

    /// <summary>The regions read, in order (the context's alone when one is).</summary>
    protected IReadOnlyList<string> RegionNames => SeveralRegions ? _regions.Select(r => r.Region).ToList() : new[] { CurrentContext.Region };

    /// <summary>Reads -Region: one region as OsmCmdlet's; several checked (before any request) and each region's connection opened.</summary>
    protected override void BeginProcessing()
    {
        if (Region is not null)
        {
            try
            {
                _selection = RegionSelection.Parse(Region);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidRegion", e.Message, Region));
            }
            if (!_selection!.IsSeveral)
            {
                base.Region = _selection.Names[0];
            }
            else if (ReadsOneResourceBy is { } by)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmRegionsNeedOne", Messages.RegionsNeedOne(MyInvocation.MyCommand.Name, by), Region));
            }
        }
        base.BeginProcessing();
        if (SeveralRegions)
        {
            OpenRegions();
        }
    }

    private void OpenRegions()
    {
        var context = CurrentContext;
        var names = _selection!.IsEvery ? SubscribedRegions(context) : _selection.Names;
        WriteVerbose(Messages.RegionsRead(names));
        _regions = names.Select(name =>
        {
            try
            {
                var regional = OsmSession.ForRegion(context, name);
                return (name, new RegionalService(regional, regional.Connection.OpenService(ReportCall)), (Exception?)null);
            }
            catch (Exception e) when (e is not PipelineStoppedException)
            {
                return (name, (RegionalService?)null, e);
            }
        }).ToList();
    }

    // Every region the tenancy subscribes to; a tenancy whose subscriptions cannot be read stops the command, saying how to go on.
    private IReadOnlyList<string> SubscribedRegions(OsmContext context)
    {
        try
        {
            return Call(async token => _selection!.Expand(await context.Connection.SubscribedRegionsAsync(token).ConfigureAwait(false), context.Region));
        }
        catch (Exception e) when (e is not (PipelineStoppedException or ActionPreferenceStopException or OperationCanceledException))
        {
            var record = ErrorRecords.FromException(Unwrap(e), context.TenancyId);
            record.ErrorDetails = new ErrorDetails(Messages.SubscriptionsUnread(Unwrap(e).Message));
            ThrowTerminatingError(record);
            throw;
        }
    }

    /// <summary>
    /// Runs the work as <see cref="OsmAsyncCmdlet.RunOrFail{T}"/> does (once per region when several are read), and returns
    /// each region's result by region, in <see cref="RegionNames"/>' order: a region that failed is not in it (its error said so).
    /// </summary>
    protected IReadOnlyDictionary<string, T> RunInEachRegion<T>(object? target, Func<PipelineQueue, CancellationToken, Task<T>> work)
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, T>(StringComparer.Ordinal);
        RunOrFail(target, async (queue, token) =>
        {
            var region = CurrentContext.Region;
            var result = await work(queue, token).ConfigureAwait(false);
            results[region] = result;
            return result;
        });
        return RegionNames.Where(results.ContainsKey).ToDictionary(r => r, r => results[r], StringComparer.Ordinal);
    }

    /// <summary>Runs the work once per region when several are read (records stamped with their region); else once.</summary>
    protected override async Task<T> RunWork<T>(Func<PipelineQueue, CancellationToken, Task<T>> work, PipelineQueue queue, CancellationToken token)
    {
        // Also the subscriptions' own read, before the regions are open: once, in the context's region.
        if (!SeveralRegions || _regions.Count == 0)
        {
            return await work(queue.InRegion(CurrentContext.Region, namesRegionInErrors: false), token).ConfigureAwait(false);
        }
        var outcomes = await RegionRun.EachAsync(_regions.Select(r => r.Region).ToList(), RegionThrottleLimit, (region, regionToken) =>
        {
            var (_, service, error) = _regions.First(r => r.Region == region);
            if (service is null)
            {
                throw error!;
            }
            EnterRegion(service);
            return work(queue.InRegion(region, namesRegionInErrors: true), regionToken);
        }, token).ConfigureAwait(false);
        foreach (var failed in outcomes.Where(o => !o.Succeeded))
        {
            var record = ErrorRecords.FromException(failed.Error!, failed.Region);
            record.ErrorDetails = new ErrorDetails(Messages.RegionFailed(failed.Region, failed.Error!.Message));
            queue.WriteError(record);
        }
        return outcomes.FirstOrDefault(o => o.Succeeded) is { } first ? first.Value : default!;
    }
}
