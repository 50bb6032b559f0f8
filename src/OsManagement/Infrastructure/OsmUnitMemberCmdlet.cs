using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// What the commands that attach instances to a unit or detach them from it in one work request share: the feature they
/// need, refused before any request on a service without it; the instances piped or given, collected until the input is
/// complete; each read and judged by a unit rule before anything is sent (one error for each refused, the others go on);
/// one ShouldProcess and one work request for those that pass (-Wait waits for it).
/// </summary>
public abstract class OsmUnitMemberCmdlet : OsmActionCmdlet
{
    private readonly List<string> _ids = new();

    /// <summary>The instances (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(OsmUnitMemberCmdlet))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The Hub feature the command needs.</summary>
    protected abstract ServiceFeature Feature { get; }

    /// <summary>The unit's OCID as given.</summary>
    protected abstract string UnitId { get; }

    /// <summary>Reads the unit; says what it is called, how each instance is judged and how the passing ones are sent.</summary>
    protected abstract MemberChange Read(string unitId);

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, Feature), "OsmNeedsHub", null, UnitId);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => _ids.AddRange(ManagedInstanceId);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        PerItem(UnitId, () =>
        {
            var change = Read(UnitId);
            var passing = RunAsync((queue, token) => MemberChecks.PassingAsync(Service, _ids, change.Rule, ServiceDefinition, queue, token));
            if (passing.Count > 0
                && ShouldProcess(Targets.Describe(change.Unit.Id, change.Unit.DisplayName, 1), $"{change.Verb} {passing.Count} instance(s): {MemberChecks.Names(passing)}"))
            {
                AddWorkRequest(Call(token => change.Send(Service.Units(), change.Unit.Id, passing.ConvertAll(i => i.Id), token)));
            }
        });
        base.EndProcessing();
    }

    /// <summary>A unit read, the rule its instances are judged by, and the request that sends those that pass.</summary>
    protected sealed class MemberChange
    {
        /// <summary>A change of <paramref name="unit"/>'s members.</summary>
        public MemberChange(ResourceRef unit, string verb, Func<ManagedInstanceRecord, UnitProblem?> rule,
            Func<IUnitService, string, IReadOnlyCollection<string>, CancellationToken, Task<string>> send)
        {
            Unit = unit;
            Verb = verb;
            Rule = rule;
            Send = send;
        }

        /// <summary>The unit read.</summary>
        public ResourceRef Unit { get; }

        /// <summary>"Attach" or "Detach", for -WhatIf and -Confirm.</summary>
        public string Verb { get; }

        /// <summary>Why an instance may not take part (null: it may).</summary>
        public Func<ManagedInstanceRecord, UnitProblem?> Rule { get; }

        /// <summary>The request, for the unit's OCID and the instances that pass; gives the work request's OCID.</summary>
        public Func<IUnitService, string, IReadOnlyCollection<string>, CancellationToken, Task<string>> Send { get; }
    }
}
