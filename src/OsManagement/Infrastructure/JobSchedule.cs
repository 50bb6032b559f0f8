using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace OsManagement;

/// <summary>How often a recurring job runs.</summary>
public enum OsmInterval
{
    Hour,
    Day,
    Week,
    Month,
}

/// <summary>What a scheduled job does.</summary>
public enum OsmJobOperation
{
    /// <summary>Installs the named packages or Windows updates.</summary>
    Install,

    /// <summary>Updates the named packages.</summary>
    Update,

    /// <summary>Removes the named packages.</summary>
    Remove,

    /// <summary>Installs every available update of -UpdateType.</summary>
    UpdateAll,
}

/// <summary>Checks and converts the schedule parameters shared by New- and Set-OsmScheduledJob, before any request.</summary>
internal static class JobSchedule
{
    /// <summary>The time in UTC; local and unspecified times are taken as local. A past time is refused.</summary>
    public static DateTimeOffset ToFutureUtc(DateTime at, string parameter)
    {
        var utc = at.Kind == DateTimeKind.Utc ? at : at.ToUniversalTime();
        if (utc <= DateTime.UtcNow)
        {
            throw new ArgumentException(Infrastructure.Messages.TimeInPast(parameter, at.Kind == DateTimeKind.Utc ? at.ToLocalTime() : at));
        }
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary>An -Interval needs -RepeatEvery; refuse it before any request, saying how to fix it.</summary>
    public static void CheckInterval(OsmInterval? repeatEvery, int? interval)
    {
        if (interval is not null && repeatEvery is null)
        {
            throw new ArgumentException(
                $"-Interval {interval} needs -RepeatEvery: say what the interval counts, e.g. -RepeatEvery Week -Interval {interval}. For a one-time job, leave out -Interval.");
        }
    }

    public static string IntervalValue(int? interval) => (interval ?? 1).ToString(CultureInfo.InvariantCulture);

    public static string ToWire(OsmInterval interval) => interval.ToString().ToUpperInvariant();

    public static string ToWire(OsmJobOperation operation) => operation.ToString().ToUpperInvariant();

    /// <summary>A -Tag hashtable as freeform tags.</summary>
    public static Dictionary<string, string>? Tags(Hashtable? tags) =>
        tags?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => LanguagePrimitives.ConvertTo<string>(e.Value) ?? "");

    /// <summary>Checks that the operation and its package or update names agree.</summary>
    public static void CheckOperation(OsmJobOperation operation, string[]? packages, string[]? windowsUpdates, bool updateTypeGiven)
    {
        var named = (packages?.Length ?? 0) + (windowsUpdates?.Length ?? 0) > 0;
        if (operation == OsmJobOperation.UpdateAll && named)
        {
            throw new ArgumentException("-Operation UpdateAll installs every update of -UpdateType; it takes no -PackageName or -WindowsUpdateName. Use -Operation Install or Update for named packages.");
        }
        if (operation != OsmJobOperation.UpdateAll && !named)
        {
            throw new ArgumentException($"-Operation {operation} needs the packages to act on: give -PackageName (Linux) or -WindowsUpdateName (Windows), or use -Operation UpdateAll -UpdateType Security.");
        }
        if (operation != OsmJobOperation.UpdateAll && updateTypeGiven)
        {
            throw new ArgumentException($"-UpdateType applies to -Operation UpdateAll only; -Operation {operation} acts on the named packages.");
        }
        CheckOneKindOfNames(packages, windowsUpdates);
        if ((windowsUpdates?.Length ?? 0) > 0 && operation != OsmJobOperation.Install)
        {
            throw new ArgumentException("Windows updates can only be installed: use -Operation Install with -WindowsUpdateName.");
        }
    }

    /// <summary>A job names Linux packages or Windows updates, never both.</summary>
    public static void CheckOneKindOfNames(string[]? packages, string[]? windowsUpdates)
    {
        if ((packages?.Length ?? 0) > 0 && (windowsUpdates?.Length ?? 0) > 0)
        {
            throw new ArgumentException("A job acts on Linux packages or on Windows updates, not both: create one job with -PackageName and another with -WindowsUpdateName.");
        }
    }

    /// <summary>
    /// Checks a change to an existing job against what the job does: its operation (INSTALL, UPDATE, REMOVE,
    /// UPDATEALL) and OS family, as the service reports them. An operation this module does not know is not checked.
    /// </summary>
    public static void CheckChange(string jobName, string? operationType, string[]? packages, string[]? windowsUpdates, OsmUpdateType? updateType)
    {
        if (!Enum.TryParse<OsmJobOperation>(operationType, true, out var operation))
        {
            return;
        }
        var named = (packages?.Length ?? 0) + (windowsUpdates?.Length ?? 0) > 0;
        if (operation == OsmJobOperation.UpdateAll && named)
        {
            throw new ArgumentException($"Job '{jobName}' is an UpdateAll job: it installs every update of its update type and takes no -PackageName or -WindowsUpdateName. Change its -UpdateType instead, or create a job for the named packages with New-OsmScheduledJob -Operation Install.");
        }
        if (operation != OsmJobOperation.UpdateAll && updateType is not null)
        {
            throw new ArgumentException($"-UpdateType applies to UpdateAll jobs only, and the operation of job '{jobName}' is {operationType} (of named packages or updates). Change its names with -PackageName or -WindowsUpdateName instead, or create an UpdateAll job with New-OsmScheduledJob -UpdateType {updateType}.");
        }
        if ((windowsUpdates?.Length ?? 0) > 0 && operation != OsmJobOperation.Install)
        {
            throw new ArgumentException($"Windows updates can only be installed, and the operation of job '{jobName}' is {operationType}: create an Install job with New-OsmScheduledJob -Operation Install -WindowsUpdateName.");
        }
    }

    /// <summary>
    /// Checks the names and update type against the targets' OS family (LINUX or WINDOWS, any case; null or another
    /// value when unknown, then nothing is checked). <paramref name="targets"/> says, for a family, what is of it:
    /// "the targets are Windows instances", "job 'x' is a Windows job".
    /// </summary>
    public static void CheckOsFamily(string? family, string[]? packages, string[]? windowsUpdates, OsmUpdateType? updateType, Func<string, string> targets)
    {
        var windows = string.Equals(family, "WINDOWS", StringComparison.OrdinalIgnoreCase);
        var linux = string.Equals(family, "LINUX", StringComparison.OrdinalIgnoreCase);
        if (windows && (packages?.Length ?? 0) > 0)
        {
            throw new ArgumentException($"-PackageName names Linux packages, but {targets("Windows")}. Give Windows updates with -WindowsUpdateName instead, or schedule the packages in a job for Linux instances.");
        }
        if (linux && (windowsUpdates?.Length ?? 0) > 0)
        {
            throw new ArgumentException($"-WindowsUpdateName names Windows updates, but {targets("Linux")}. Give Linux packages with -PackageName instead, or schedule the updates in a job for Windows instances.");
        }
        if (windows && updateType == OsmUpdateType.Ksplice)
        {
            throw new ArgumentException($"-UpdateType Ksplice (live kernel patching) is for Oracle Linux only, but {targets("Windows")}. Choose another update type (All, Security, Bugfix, Enhancement, Other), or schedule Ksplice updates in a job for Linux instances.");
        }
    }
}
