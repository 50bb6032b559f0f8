using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// What every OsManagement cmdlet that talks to the service shares: -Context and -Region, lazy connection, the
/// service (whichever generation answers) reporting its calls to -Verbose, and what <see cref="OsmAsyncCmdlet"/> gives.
/// </summary>
public abstract class OsmCmdlet : OsmAsyncCmdlet
{
    private OsmContext? _resolvedContext;
    private IOsmService? _service;

    // While work runs for one of several regions (OsmRegionalCmdlet): that region's context and service.
    private readonly AsyncLocal<RegionalService?> _inRegion = new();

    /// <summary>The connection to use; default: the session's (Connect-Osm, or the config defaults).</summary>
    [Parameter]
    [ValidateNotNull]
    public OsmContext? Context { get; set; }

    /// <summary>Sends the requests to this region instead of the context's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.RegionCompleter))]
    public string? Region { get; set; }

    /// <summary>The context this call uses (resolved once; connects lazily).</summary>
    protected OsmContext CurrentContext
    {
        get
        {
            if (_inRegion.Value is { } region)
            {
                return region.Context;
            }
            if (_resolvedContext is null)
            {
                try
                {
                    var context = Context ?? OsmSession.GetOrConnect();
                    _resolvedContext = Region is null ? context : OsmSession.ForRegion(context, Region);
                }
                catch (Exception e) when (e is not PipelineStoppedException)
                {
                    ThrowTerminatingError(ErrorRecords.FromException(e, Context));
                }
            }
            return _resolvedContext!;
        }
    }

    /// <summary>The service, whichever generation answers; its HTTP calls are this cmdlet's verbose lines.</summary>
    protected IOsmService Service => _inRegion.Value?.Service ?? (_service ??= CurrentContext.Connection.OpenService(ReportCall));

    /// <summary>From here on in this async flow, <see cref="CurrentContext"/> and <see cref="Service"/> are <paramref name="region"/>'s.</summary>
    private protected void EnterRegion(RegionalService region) => _inRegion.Value = region;

    /// <summary>What the service can do (what requests are judged against before they are sent).</summary>
    protected ServiceCapabilities Capabilities => Service.Capabilities;

    /// <summary>Which service answers (its name and how messages say it).</summary>
    protected ServiceDefinition ServiceDefinition => CurrentContext.Connection.ServiceDefinition;

    /// <summary>Stops the command when the service lacks <paramref name="feature"/>, naming it and the service that has it.</summary>
    protected void RefuseUnlessSupported(ServiceFeature? feature, string errorId, string? message, object? target)
    {
        if (feature is { } lacking)
        {
            ThrowTerminatingError(new ErrorRecord(new NotSupportedException(message ?? Messages.NeedsFeature(lacking, ServiceDefinition)), errorId,
                ErrorCategory.InvalidOperation, target));
        }
    }

    /// <summary>
    /// Resolves the context on the pipeline thread before any work starts, so a missing or broken config is one
    /// terminating error here rather than a failure inside work running on another thread.
    /// </summary>
    protected override void BeginProcessing() => _ = CurrentContext;

    /// <summary>
    /// The scheduled jobs whose names match <paramref name="pattern"/> (wildcards) in <paramref name="compartmentId"/> (default:
    /// the tenancy) and below, read in full; null, with the error written, when none match or, for a
    /// <paramref name="destructive"/> action not forced, several do.
    /// </summary>
    protected IReadOnlyList<ScheduledJobRecord>? FindJobsByName(string pattern, string? compartmentId, bool destructive, bool force)
    {
        var root = compartmentId ?? CurrentContext.TenancyId;
        var found = Call(token => NamedTargets.JobsAsync(Service, root, pattern, token));
        return Acceptable(found, found.Select(j => (j.Id, j.DisplayName)).ToList(), "DisplayName", pattern, "scheduled job", root, destructive, force);
    }

    /// <summary>
    /// Acts on the jobs a job cmdlet was given other than by OCID: a piped job (<paramref name="input"/>: its name and schedule
    /// type need no request), or every job <paramref name="displayName"/> finds (read in full; none, or several for a
    /// <paramref name="destructive"/> action not forced, is an error). False when neither was given: the job comes by OCID.
    /// </summary>
    protected bool ForEachJob(OsmScheduledJob? input, string? displayName, string? compartmentId, bool destructive, bool force,
        Action<string, string, ScheduleKind?, ScheduledJobRecord?> act)
    {
        if (input is not null)
        {
            act(input.Id, input.DisplayName, Vocabulary.TryParse<ScheduleKind>(input.ScheduleType), input.Record);
            return true;
        }
        if (displayName is null)
        {
            return false;
        }
        PerItem(displayName, () =>
        {
            foreach (var job in FindJobsByName(displayName, compartmentId, destructive, force) ?? Array.Empty<ScheduledJobRecord>())
            {
                act(job.Id, job.DisplayName, job.ScheduleKind.Value, job);
            }
        });
        return true;
    }

    /// <summary>
    /// The managed instances whose names match <paramref name="pattern"/> in the tenancy and below, as listed; null, with the
    /// error written, as for jobs.
    /// </summary>
    protected IReadOnlyList<ManagedInstanceRecord>? FindInstancesByName(string pattern, bool destructive, bool force)
    {
        var root = CurrentContext.TenancyId;
        var found = Call(token => NamedTargets.InstancesAsync(Service, root, pattern, token));
        var names = found.Select(i => (i.Id, i.DisplayName)).ToList();
        return Acceptable(found, names, "ManagedInstanceName", pattern, "managed instance", root, destructive, force);
    }

    private IReadOnlyList<T>? Acceptable<T>(IReadOnlyList<T> found, IReadOnlyList<(string Id, string Name)> names, string parameter,
        string pattern, string kind, string root, bool destructive, bool force)
    {
        var scope = root == CurrentContext.TenancyId ? "the tenancy" : $"compartment {root}";
        if (NamedTargets.Refusal(MyInvocation.MyCommand.Name, parameter, pattern, kind, scope, names, destructive, force) is { } error)
        {
            WriteError(error);
            return null;
        }
        WriteVerbose($"-{parameter} '{pattern}' matches {string.Join("; ", names.Select(n => Targets.Describe(n.Id, n.Name, 1)))}.");
        return found;
    }
}
