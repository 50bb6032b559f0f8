using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// What the Get cmdlets of the units (lifecycle environments, stages, dynamic sets) share: the feature they need, refused
/// before any request on a service without it; by OCID (read once the input is complete, -ThrottleLimit at a time) or
/// every one of a compartment (with -Recurse its ACTIVE subtree), each read in full through the <see cref="FanOut"/>;
/// -DisplayName (wildcards) in every way of getting them.
/// </summary>
public abstract class OsmUnitGetCmdlet<TRecord> : OsmCmdlet
{
    /// <summary>The parameter sets every unit Get cmdlet has.</summary>
    protected const string ById = "ById";
    protected const string ByCompartment = "ByCompartment";
    private readonly List<string> _ids = new();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(OsmUnitGetCmdlet<>))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists those of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only those whose name matches (wildcards allowed).</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <summary>The Hub feature the cmdlet needs.</summary>
    protected abstract ServiceFeature Feature { get; }

    /// <summary>The OCIDs given or piped (the ById set's -Id).</summary>
    protected abstract IEnumerable<string> IdsGiven { get; }

    /// <summary>Lists a compartment's.</summary>
    protected abstract IAsyncEnumerable<TRecord> List(IUnitService units, string compartmentId, CancellationToken cancellationToken);

    /// <summary>Reads one in full.</summary>
    protected abstract Task<TRecord> Read(IUnitService units, string id, CancellationToken cancellationToken);

    /// <summary>A record's OCID and name.</summary>
    protected abstract (string Id, string Name) Identity(TRecord record);

    /// <summary>What is written for a record read (or why it could not be).</summary>
    protected virtual Task WriteAsync(IUnitService units, Fetched<TRecord> read, PipelineQueue queue, CancellationToken cancellationToken)
    {
        queue.Write(read, Output);
        return Task.CompletedTask;
    }

    /// <summary>The output object of a record.</summary>
    protected abstract object Output(TRecord record);

    /// <summary>Whether a name passes -DisplayName.</summary>
    protected bool Wanted(string name) => DisplayName is null || new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase).IsMatch(name);

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, Feature), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            _ids.AddRange(IdsGiven);
            return;
        }
        var units = Service.Units();
        var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
        RunForItem(compartmentId, async (queue, token) =>
        {
            var fanOut = new FanOut(ThrottleLimit);
            var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
            // A listed one is a summary (no members, no rule): each is read in full.
            var read = fanOut.ReadInScope(compartments, (id, t) => List(units, id, t), r => Wanted(Identity(r).Name), r => Identity(r).Id,
                (id, t) => Read(units, id, t), token);
            await foreach (var record in read.ConfigureAwait(false))
            {
                await WriteAsync(units, record, queue, token).ConfigureAwait(false);
            }
        });
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count == 0)
        {
            return;
        }
        var units = Service.Units();
        RunAsync(async (queue, token) =>
        {
            await foreach (var record in new FanOut(ThrottleLimit).ReadEach(_ids, (id, t) => Read(units, id, t), token).ConfigureAwait(false))
            {
                if (!record.Succeeded || Wanted(Identity(record.Value).Name))
                {
                    await WriteAsync(units, record, queue, token).ConfigureAwait(false);
                }
            }
        });
    }
}
