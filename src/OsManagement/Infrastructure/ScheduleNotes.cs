using System;
using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>
/// What New- and Set-OsmScheduledJob share about a schedule read in a zone: the zone a -TimeZone names (refused, with
/// the nearest ids, when unknown), and the warnings a plan calls for (a first run moved to the rule's first occurrence,
/// runs that move an hour where the zone changes its clocks).
/// </summary>
internal static class ScheduleNotes
{
    /// <summary>The zone -TimeZone names (null when not given), or the error that stops the command.</summary>
    public static TimeZoneInfo? Zone(string? id, out ErrorRecord? error)
    {
        error = null;
        if (id is null)
        {
            return null;
        }
        var zone = TimeZones.Find(id);
        if (zone is null)
        {
            error = ErrorRecords.InvalidArgument("OsmUnknownTimeZone", Messages.UnknownTimeZone(id, TimeZones.Nearest(id)), id);
        }
        return zone;
    }

    /// <summary>Writes the warnings <paramref name="plan"/> calls for.</summary>
    public static void Warn(PSCmdlet cmdlet, SchedulePlan? plan, ServiceDefinition service)
    {
        if (plan is null)
        {
            return;
        }
        if (plan.Moved && plan.Recurrence is not null)
        {
            Warnings.Write(cmdlet, Messages.FirstRunMoved(plan));
        }
        if (plan.Shifts.Count > 0)
        {
            Warnings.Write(cmdlet, Messages.DaylightShifts(plan, service));
        }
    }
}
