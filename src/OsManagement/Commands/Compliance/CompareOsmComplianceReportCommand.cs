using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;
using OsManagement.Reports;

namespace OsManagement.Commands;

/// <summary>
/// Compare-OsmComplianceReport: two compliance reports in (records of Get-OsmComplianceReport, or the JSON files
/// Export-OsmComplianceReport writes), and per instance and advisory what is New, Resolved or StillMissing (with since
/// when) out; -Summary gives the totals instead. The service keeps no report history: this compares the ones a user kept.
/// Reads no service, so it needs no connection.
/// </summary>
[Cmdlet(VerbsData.Compare, "OsmComplianceReport", DefaultParameterSetName = PathToPath)]
[OutputType(typeof(OsmComplianceChange), typeof(OsmComplianceComparison))]
public sealed class CompareOsmComplianceReportCommand : PSCmdlet
{
    private const string PathToPath = "PathToPath";
    private const string PathToObject = "PathToObject";
    private const string ObjectToPath = "ObjectToPath";
    private const string ObjectToObject = "ObjectToObject";

    private readonly List<PSObject> _difference = new();

    /// <summary>The earlier report: a JSON file written by Export-OsmComplianceReport.</summary>
    [Parameter(ParameterSetName = PathToPath, Mandatory = true, Position = 0)]
    [Parameter(ParameterSetName = PathToObject, Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? ReferencePath { get; set; }

    /// <summary>The later report: a JSON file written by Export-OsmComplianceReport.</summary>
    [Parameter(ParameterSetName = PathToPath, Mandatory = true, Position = 1)]
    [Parameter(ParameterSetName = ObjectToPath, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? DifferencePath { get; set; }

    /// <summary>The earlier report: records of Get-OsmComplianceReport (a summary among them gives its time and scope).</summary>
    [Parameter(ParameterSetName = ObjectToPath, Mandatory = true)]
    [Parameter(ParameterSetName = ObjectToObject, Mandatory = true)]
    [AllowEmptyCollection]
    public PSObject[]? ReferenceObject { get; set; }

    /// <summary>The later report: records of Get-OsmComplianceReport, usually from the pipeline.</summary>
    [Parameter(ParameterSetName = PathToObject, Mandatory = true, ValueFromPipeline = true)]
    [Parameter(ParameterSetName = ObjectToObject, Mandatory = true, ValueFromPipeline = true)]
    [AllowEmptyCollection]
    public PSObject[]? DifferenceObject { get; set; }

    /// <summary>Writes one summary object instead of the changes.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    private ComplianceSnapshot? _reference;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        // The earlier report is read first, so a wrong file stops the pipeline before the command feeding it reads the fleet.
        if (ReferencePath is not null)
        {
            _reference = Read(ReferencePath, nameof(ReferencePath));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (DifferenceObject is not null)
        {
            _difference.AddRange(DifferenceObject.Where(o => o is not null));
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var reference = _reference ?? FromObjects(ReferenceObject ?? Array.Empty<PSObject>(), nameof(ReferenceObject));
        var difference = DifferencePath is not null ? Read(DifferencePath, nameof(DifferencePath)) : FromObjects(_difference, nameof(DifferenceObject));
        var comparison = ComplianceComparison.Compare(reference, difference);
        if (comparison.ScopesDiffer)
        {
            Warnings.Write(this, Messages.CompareScopesDiffer(reference.Scope!, difference.Scope!));
        }
        if (comparison.IsReversed)
        {
            Warnings.Write(this, Messages.CompareReversed(reference.GeneratedAt!.Value.LocalDateTime, difference.GeneratedAt!.Value.LocalDateTime));
        }
        if (Summary)
        {
            WriteObject(new OsmComplianceComparison(comparison));
            return;
        }
        foreach (var change in comparison.Changes)
        {
            WriteObject(new OsmComplianceChange(change));
        }
    }

    private ComplianceSnapshot Read(string path, string parameter)
    {
        var snapshot = ComplianceReportFiles.Read(this, path, parameter);
        if (snapshot.Instances.Count == 0)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidDataException(Messages.CompareNoRecords($"-{parameter} '{path}'")), "OsmReportNoRecords", ErrorCategory.InvalidData, path));
        }
        return snapshot;
    }

    private ComplianceSnapshot FromObjects(IEnumerable<PSObject> objects, string parameter)
    {
        var records = new List<OsmComplianceRecord>();
        OsmComplianceSummary? summary = null;
        foreach (var item in objects)
        {
            switch (item.BaseObject)
            {
                case OsmComplianceRecord record:
                    records.Add(record);
                    break;
                case OsmComplianceSummary s:
                    summary = s;
                    break;
                default:
                    WriteError(new ErrorRecord(new ArgumentException(Messages.ReportInputInvalid($"-{parameter} of Compare-OsmComplianceReport", item.BaseObject?.GetType().Name)),
                        "OsmReportInputInvalid", ErrorCategory.InvalidType, item));
                    break;
            }
        }
        if (records.Count == 0)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidDataException(Messages.CompareNoRecords($"-{parameter}")), "OsmReportNoRecords", ErrorCategory.InvalidData, parameter));
        }
        return ComplianceSnapshots.FromRecords(records, summary);
    }
}
