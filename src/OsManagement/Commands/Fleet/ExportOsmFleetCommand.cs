using System;
using System.IO;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine.Fleet;

namespace OsManagement.Commands;

/// <summary>
/// Export-OsmFleet: reads a tenancy (or a compartment, with -Recurse its subtree) into a fleet file the emulator serves
/// (Start-OsmEmulator -FleetFile): compartments, groups, lifecycle environments and stages, dynamic sets, instances and
/// their missing updates, scheduled jobs. Read-only; -Anonymize makes the file safe to share. The walk is the engine's
/// (<see cref="FleetExporter"/>).
/// </summary>
[Cmdlet(VerbsData.Export, "OsmFleet", SupportsShouldProcess = true)]
[OutputType(typeof(OsmFleetExport))]
public sealed class ExportOsmFleetCommand : OsmCmdlet
{
    /// <summary>The fleet file to write (.json).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>The compartment to copy (default: the whole tenancy).</summary>
    [Parameter]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>With -CompartmentId: its ACTIVE sub-compartments too, at any depth.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Replaces names and OCIDs with aliases (the same thing keeps the same alias throughout) and drops descriptions.</summary>
    [Parameter]
    public SwitchParameter Anonymize { get; set; }

    /// <summary>Replaces an existing file.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 128)]
    public int ThrottleLimit { get; set; } = 32;

    private string _fullPath = "";

    /// <summary>Judges the path before anything is read.</summary>
    protected override void BeginProcessing()
    {
        _fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var folder = System.IO.Path.GetDirectoryName(_fullPath);
        if (Directory.Exists(_fullPath))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmFleetPathIsFolder", Messages.FleetPathIsFolder(_fullPath), Path));
        }
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmFleetFolderMissing", Messages.FleetFolderMissing(_fullPath, folder), Path));
        }
        if (File.Exists(_fullPath) && !Force)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException(Messages.FleetFileExists(_fullPath)), "OsmFleetFileExists", ErrorCategory.ResourceExists, _fullPath));
        }
        base.BeginProcessing();
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var where = CompartmentId is null ? "the tenancy" : $"compartment {CompartmentId}{(Recurse ? " and its sub-compartments" : "")}";
        if (!ShouldProcess(_fullPath, $"Write the fleet of {where} as a fleet file"))
        {
            return;
        }
        var scope = new FleetExportScope { CompartmentId = CompartmentId, Recurse = Recurse, ThrottleLimit = ThrottleLimit, Anonymize = Anonymize };
        var exporter = new FleetExporter(Service);
        const string activity = "Fleet export";
        var result = RunOrFail(CompartmentId ?? _fullPath, (queue, token) => exporter.ExportAsync(scope, CurrentContext.TenancyId, _fullPath,
            progress => queue.WriteProgress(new ProgressRecord(2, activity,
                $"Compartments {progress.CompartmentsListed}/{progress.CompartmentsTotal}, instances {progress.InstancesRead}/{progress.InstancesFound}")
            {
                PercentComplete = progress.InstancesFound == 0 ? 0 : Math.Min(100, 100 * progress.InstancesRead / progress.InstancesFound),
            }),
            (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)),
            token));
        WriteProgress(new ProgressRecord(2, activity, "Done") { RecordType = ProgressRecordType.Completed });
        var gaps = new System.Collections.Generic.List<FleetGap>(result.Gaps);
        gaps.Remove(FleetGap.SomeJobs);
        if (gaps.Count > 0)
        {
            Warnings.Write(this, Messages.FleetNotCarried(ServiceDefinition, gaps));
        }
        if (result.JobsLeftOut.Count > 0)
        {
            Warnings.Write(this, Messages.FleetJobsLeftOut(result.JobsLeftOut));
        }
        WriteObject(new OsmFleetExport(result));
    }
}
