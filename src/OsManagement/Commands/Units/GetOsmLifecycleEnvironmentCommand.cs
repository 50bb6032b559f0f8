using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmLifecycleEnvironment: lifecycle environments (OS Management Hub) by id or in a compartment, each read in full
/// with its stages in order and their members. On the retired service it is refused before any request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmLifecycleEnvironment", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmLifecycleEnvironment))]
public sealed class GetOsmLifecycleEnvironmentCommand : OsmCmdlet
{
    private const string ById = "ById";
    private const string ByCompartment = "ByCompartment";
    private readonly List<string> _ids = new();

    /// <summary>The lifecycle environment OCIDs.</summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LifecycleEnvironmentId")]
    [ValidateOcid("lifecycleenvironment", Command = typeof(GetOsmLifecycleEnvironmentCommand))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The compartment to list (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(GetOsmLifecycleEnvironmentCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also lists the environments of every ACTIVE compartment below.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Only environments whose name matches (wildcards allowed).</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.LifecycleEnvironments), "OsmNeedsHub", null, null);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == ById)
        {
            _ids.AddRange(Id);
            return;
        }
        var units = Service.Units();
        var compartmentId = CompartmentId ?? CurrentContext.TenancyId;
        var pattern = DisplayName is null ? null : new WildcardPattern(DisplayName, WildcardOptions.IgnoreCase);
        RunForItem(compartmentId, async (queue, token) =>
        {
            var fanOut = new FanOut(ThrottleLimit);
            var compartments = await fanOut.CompartmentsAsync(Service, compartmentId, Recurse, token).ConfigureAwait(false);
            // A listed environment's stages carry no members: each is read in full.
            var environments = fanOut.ReadInScope(compartments, units.ListLifecycleEnvironmentsAsync, e => pattern is null || pattern.IsMatch(e.DisplayName),
                e => e.Id, units.GetLifecycleEnvironmentAsync, token);
            await foreach (var environment in environments.ConfigureAwait(false))
            {
                queue.Write(environment, e => new OsmLifecycleEnvironment(e));
            }
        });
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_ids.Count > 0)
        {
            var units = Service.Units();
            RunAsync(async (queue, token) =>
            {
                await foreach (var environment in new FanOut(ThrottleLimit).ReadEach(_ids, units.GetLifecycleEnvironmentAsync, token).ConfigureAwait(false))
                {
                    queue.Write(environment, e => new OsmLifecycleEnvironment(e));
                }
            });
        }
    }
}
