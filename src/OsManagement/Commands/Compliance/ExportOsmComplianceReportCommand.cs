using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;
using OsManagement.Reports;

namespace OsManagement.Commands;

/// <summary>
/// Export-OsmComplianceReport: writes the records of Get-OsmComplianceReport to a self-contained file: an HTML page
/// (summary, severity cards and chart, SLA breaches, chart by compartment, per-instance table; opens offline), Markdown
/// or JSON (which Compare-OsmComplianceReport reads back), chosen by the extension. The destination is checked before
/// the pipeline's first record, so before the command feeding it reads the fleet; with no valid record, no file is written.
/// The file is written whole or not at all (a temporary file beside it, renamed into place).
/// </summary>
[Cmdlet(VerbsData.Export, "OsmComplianceReport", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportOsmComplianceReportCommand : PSCmdlet
{
    private readonly List<OsmComplianceRecord> _records = new();
    private OsmComplianceSummary? _summary;
    private int _refused;

    /// <summary>Report records (and optionally the summary) from Get-OsmComplianceReport.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The file to write: *.html, *.htm, *.md or *.json.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>Writes the file even when it exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes the file's FileInfo.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private readonly System.Threading.CancellationTokenSource _stop = new();
    private string _fullPath = "";

    /// <inheritdoc />
    protected override void StopProcessing() => _stop.Cancel();
    private string _format = "";

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        _fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (Directory.Exists(_fullPath))
        {
            ThrowTerminatingError(new ErrorRecord(new IOException(Messages.ReportPathIsFolder(_fullPath)), "OsmReportPathIsFolder", ErrorCategory.InvalidArgument, _fullPath));
        }
        _format = System.IO.Path.GetExtension(_fullPath).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "html",
            ".md" or ".markdown" => "md",
            ".json" => "json",
            _ => "",
        };
        if (_format.Length == 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmReportFormatUnknown",
                $"-Path '{Path}' has no report extension: give a -Path ending in .html (a page that opens offline), .md or .json. For CSV, pipe the records to Export-Csv.", Path));
        }
        if (File.Exists(_fullPath) && !Force)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException($"'{_fullPath}' exists. Use -Force to overwrite it, or choose another -Path."),
                "OsmReportFileExists", ErrorCategory.ResourceExists, _fullPath));
        }
        if (FileInTheWay(_fullPath) is { } blocker)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException(Messages.ReportPathBlocked(_fullPath, blocker)), "OsmReportPathBlocked", ErrorCategory.WriteError, _fullPath));
        }
    }

    // The file that keeps the destination's folder from being created: walking up, the first thing that exists decides.
    private static string? FileInTheWay(string path)
    {
        for (var folder = System.IO.Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = System.IO.Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                return null;
            }
            if (File.Exists(folder))
            {
                return folder;
            }
        }
        return null;
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (InputObject?.BaseObject)
        {
            case OsmComplianceRecord record:
                _records.Add(record);
                break;
            case OsmComplianceSummary summary:
                _summary = summary;
                break;
            default:
                _refused++;
                WriteError(new ErrorRecord(new ArgumentException(Messages.ReportInputInvalid("Export-OsmComplianceReport", InputObject?.BaseObject?.GetType().Name)),
                    "OsmReportInputInvalid", ErrorCategory.InvalidType, InputObject));
                break;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (_records.Count == 0 && _summary is null)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(Messages.ReportNoRecords(_fullPath, _refused)),
                "OsmReportNoRecords", ErrorCategory.InvalidData, _fullPath));
        }
        if (!ShouldProcess(_fullPath, $"Write a compliance report of {_records.Count} instance(s)"))
        {
            return;
        }
        var data = new ComplianceReportData(_records, _summary);
        var text = _format switch
        {
            "html" => ComplianceReportWriter.Html(data),
            "md" => ComplianceReportWriter.Markdown(data),
            _ => ComplianceReportJson.Write(data),
        };
        try
        {
            // Whole or not at all: a stopped or failed write leaves the file as it was, and no temporary file.
            AtomicFile.WriteAllText(_fullPath, text, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException(Messages.ReportWriteFailed(_fullPath, e.Message), e), "OsmReportWriteFailed",
                ErrorCategory.WriteError, _fullPath));
        }
        if (PassThru)
        {
            // Through the provider, so the FileInfo has what Get-Item's has (Mode, PSPath) and shows in the usual view.
            WriteObject(InvokeProvider.Item.Get(new[] { _fullPath }, false, true), true);
        }
    }
}
