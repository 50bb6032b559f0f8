using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>
/// Reads -SlaDays (a hashtable of days per severity, and Unrated) and -History (earlier JSON reports, for when each unrated
/// update was first seen) into the SLA a report judges by, before any request: every bad entry an error, the first one
/// terminating.
/// </summary>
internal static class SlaParameters
{
    public static SlaPolicy Read(PSCmdlet cmdlet, Hashtable? slaDays, string[]? history)
    {
        var sla = SlaPolicy.Default;
        if (slaDays is not null)
        {
            var entries = slaDays.Cast<DictionaryEntry>().Select(e => new KeyValuePair<object?, object?>(Unwrap(e.Key), Unwrap(e.Value)));
            var policy = SlaPolicy.From(entries, out var problems);
            foreach (var problem in problems.Skip(1))
            {
                cmdlet.WriteError(Error(problem, slaDays));
            }
            if (policy is null)
            {
                cmdlet.ThrowTerminatingError(Error(problems[0], slaDays));
            }
            sla = policy!;
        }
        if (history is not null)
        {
            if (sla.UnratedDays is null)
            {
                cmdlet.ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmHistoryWithoutUnratedSla", Messages.HistoryNeedsUnratedSla, "History"));
            }
            return sla.WithHistory(ComplianceHistory.From(Reports.ComplianceReportFiles.ReadAll(cmdlet, history, "History")));
        }
        if (sla.UnratedDays is { } unratedDays)
        {
            Warnings.Write(cmdlet, Messages.UnratedSlaFromNow(unratedDays));
        }
        return sla;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static ErrorRecord Error(SlaProblem problem, Hashtable slaDays) => ErrorRecords.InvalidArgument("OsmSlaDaysInvalid",
        problem.Kind == SlaProblemKind.UnknownSeverity ? Messages.SlaUnknownSeverity(problem.Key) : Messages.SlaNotDays(problem.Key, problem.Value), slaDays);
}
