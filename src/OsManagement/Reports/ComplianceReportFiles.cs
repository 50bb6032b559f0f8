using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Reports;

/// <summary>
/// Reading the JSON reports Export-OsmComplianceReport wrote, for a cmdlet: Compare-OsmComplianceReport's two reports and
/// Get-OsmComplianceReport's -History. A file that cannot be read, or is not such a report, stops the cmdlet with an
/// error naming it and what is wrong.
/// </summary>
internal static class ComplianceReportFiles
{
    /// <summary>The report at <paramref name="path"/> (given as -<paramref name="parameter"/>).</summary>
    public static ComplianceSnapshot Read(PSCmdlet cmdlet, string path, string parameter)
    {
        string fullPath;
        string json;
        try
        {
            fullPath = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            json = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ItemNotFoundException
            or System.Management.Automation.DriveNotFoundException or System.IO.DriveNotFoundException or ProviderNotFoundException or NotSupportedException)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(new IOException($"-{parameter} '{path}' cannot be read: {e.Message}", e), "OsmReportFileUnreadable",
                ErrorCategory.ReadError, path));
            throw;
        }
        ComplianceSnapshot snapshot;
        try
        {
            snapshot = ComplianceReportJson.Read(json);
        }
        catch (InvalidDataException e)
        {
            var error = new InvalidDataException(Messages.CompareFileUnreadable(fullPath, e.Message), e);
            cmdlet.ThrowTerminatingError(new ErrorRecord(error, "OsmReportFileInvalid", ErrorCategory.InvalidData, path));
            throw;
        }
        return snapshot;
    }

    /// <summary>Every report <paramref name="paths"/> name (wildcards too), each read as <see cref="Read"/> reads it.</summary>
    public static List<ComplianceSnapshot> ReadAll(PSCmdlet cmdlet, IEnumerable<string> paths, string parameter)
    {
        var snapshots = new List<ComplianceSnapshot>();
        foreach (var path in paths)
        {
            IEnumerable<string> resolved;
            try
            {
                resolved = WildcardPattern.ContainsWildcardCharacters(path)
                    ? cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _)
                    : new[] { path };
            }
            catch (Exception e) when (e is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException)
            {
                var error = new IOException($"-{parameter} '{path}' cannot be read: {e.Message}", e);
                cmdlet.ThrowTerminatingError(new ErrorRecord(error, "OsmReportFileUnreadable", ErrorCategory.ReadError, path));
                throw;
            }
            foreach (var file in resolved)
            {
                snapshots.Add(Read(cmdlet, file, parameter));
            }
        }
        return snapshots;
    }
}
