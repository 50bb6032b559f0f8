using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmComplianceReport: which managed instances miss security updates (or other types), with each update's CVEs,
/// across a compartment, its whole subtree, or a group. Records stream in scope order as each instance is done; -Summary gives the totals.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OsmComplianceReport", DefaultParameterSetName = ByCompartment)]
[OutputType(typeof(OsmComplianceRecord), typeof(OsmComplianceSummary))]
public sealed class GetOsmComplianceReportCommand : OsmCmdlet
{
    private const string ByCompartment = "ByCompartment";
    private const string ByGroup = "ByGroup";

    /// <summary>The compartment to report on (default: the tenancy).</summary>
    [Parameter(ParameterSetName = ByCompartment, Position = 0)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also every ACTIVE sub-compartment, at any depth.</summary>
    [Parameter(ParameterSetName = ByCompartment)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Reports on the members of this group instead.</summary>
    [Parameter(ParameterSetName = ByGroup, Mandatory = true)]
    [ValidateOcid("managedinstancegroup")]
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Which update types count as missing (default Security): Security, Bug, Enhancement, Other, or All.</summary>
    [Parameter]
    [ValidateSet(nameof(UpdateKind.Security), UpdateKinds.BugAlias, nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.All), IgnoreCase = true)]
    public string[] UpdateType { get; set; } = { nameof(UpdateKind.Security) };

    /// <summary>Also a record for every instance that misses nothing.</summary>
    [Parameter]
    public SwitchParameter IncludeCompliant { get; set; }

    /// <summary>Writes one summary object instead of the records.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 128)]
    public int ThrottleLimit { get; set; } = 32;

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var kinds = UpdateType.Select(UpdateKinds.Parse).ToList();
        var types = kinds.Contains(UpdateKind.All) ? UpdateKinds.Classifications : kinds.Distinct().ToArray();
        var scope = new ComplianceScope
        {
            CompartmentId = CompartmentId,
            Recurse = Recurse,
            ManagedInstanceGroupId = ManagedInstanceGroupId,
            UpdateKinds = types,
            IncludeCompliant = IncludeCompliant,
            ThrottleLimit = ThrottleLimit,
        };
        var tenancyId = CurrentContext.TenancyId;
        var scanner = new ComplianceScanner(Service);
        var vulnerable = new List<OsmComplianceRecord>();
        const string activity = "Compliance report";
        var totals = RunOrFail((object?)ManagedInstanceGroupId ?? CompartmentId, (queue, token) => scanner.ScanAsync(scope, tenancyId,
            finding =>
            {
                var record = new OsmComplianceRecord(finding);
                if (!record.IsCompliant)
                {
                    lock (vulnerable)
                    {
                        vulnerable.Add(record);
                    }
                }
                if (!Summary)
                {
                    queue.WriteObject(record);
                }
            },
            progress => queue.WriteProgress(new ProgressRecord(1, activity,
                $"Compartments {progress.CompartmentsWalked}/{progress.CompartmentsTotal}, instances {progress.InstancesDone}/{progress.InstancesFound}, missing updates: {progress.Vulnerable}")
            {
                PercentComplete = progress.InstancesFound == 0 ? 0 : Math.Min(100, 100 * progress.InstancesDone / progress.InstancesFound),
            }),
            (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)),
            token));
        WriteProgress(new ProgressRecord(1, activity, "Done") { RecordType = ProgressRecordType.Completed });
        if (Summary)
        {
            var where = ManagedInstanceGroupId is not null ? $"group {ManagedInstanceGroupId}"
                : $"compartment {CompartmentId ?? tenancyId}{(Recurse ? " and its sub-compartments" : "")}";
            WriteObject(new OsmComplianceSummary(where, types, totals, vulnerable));
        }
    }
}
