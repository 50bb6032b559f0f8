using System;
using System.Globalization;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// An advisory a compliance record's instance misses: an erratum with its severity, issue date, age and CVEs, or an
/// update that belongs to no erratum (a Windows update), under its own name. Severity and dates are empty on the retired
/// OS Management service.
/// </summary>
public sealed class OsmComplianceAdvisory
{
    internal OsmComplianceAdvisory(MissingAdvisory a, DateTimeOffset asOf, DateTimeOffset? firstSeen = null)
    {
        FirstSeen = OsmTime.Local(firstSeen ?? a.FirstSeen);
        Name = a.Name;
        Title = a.Title;
        IsErratum = a.IsErratum;
        UpdateType = OutputText.Classification(a.Kind);
        Severity = a.Severity is { } s ? OutputText.Upper(s) : null;
        Issued = OsmTime.Local(a.Issued);
        AgeDays = a.Issued is { } issued ? ComplianceAssessment.AgeInDays(issued, asOf) : null;
        Cves = OsmList<string>.From(a.Cves);
        Updates = OsmList<string>.From(a.Updates);
    }

    /// <summary>The erratum's name (ELSA-2026-0123), or the update's name when it belongs to no erratum.</summary>
    public string Name { get; }

    /// <summary>What people read: the update's title for a lone update; null when the service gives none.</summary>
    public string? Title { get; }

    /// <summary>True for an erratum, false for an update that belongs to none.</summary>
    public bool IsErratum { get; }

    /// <summary>SECURITY, BUG, ENHANCEMENT or OTHER.</summary>
    public string UpdateType { get; }

    /// <summary>CRITICAL, IMPORTANT, MODERATE or LOW; empty when not rated or not known.</summary>
    public string? Severity { get; }

    /// <summary>When it was issued (local time); empty when not known.</summary>
    public DateTime? Issued { get; }

    /// <summary>
    /// For an unrated advisory when -SlaDays gives Unrated an SLA: when a report first saw it missing on this instance
    /// (by -History; this report when no earlier one did), which its SLA counts from. Empty otherwise.
    /// </summary>
    public DateTime? FirstSeen { get; }

    /// <summary>Whole days from its issue to the report.</summary>
    public int? AgeDays { get; }

    /// <summary>The CVEs it fixes.</summary>
    public OsmList<string> Cves { get; }

    /// <summary>The missing updates it covers.</summary>
    public OsmList<string> Updates { get; }

    /// <inheritdoc />
    public override string ToString() => Severity is null ? Name : $"{Name} ({Severity})";
}

/// <summary>A severity whose SLA a compliance record's instance is past: its oldest missing advisory of that severity and when that was due.</summary>
public sealed class OsmComplianceSlaBreach
{
    internal OsmComplianceSlaBreach(SlaStatus status)
    {
        Severity = status.Severity is { } severity ? OutputText.Upper(severity) : UnratedWord;
        SlaDays = status.Days;
        Advisory = status.Oldest.Name;
        Issued = status.Since.LocalDateTime;
        DueDate = status.Due.LocalDateTime;
        DaysOverdue = status.DaysOverdue;
    }

    /// <summary>What an SLA of unrated advisories is called where a severity would be.</summary>
    public const string UnratedWord = "UNRATED";

    /// <summary>CRITICAL, IMPORTANT, MODERATE or LOW; UNRATED for advisories no severity rates (when -SlaDays gives them an SLA).</summary>
    public string Severity { get; }

    /// <summary>The SLA of that severity, in days.</summary>
    public int SlaDays { get; }

    /// <summary>The oldest missing advisory of that severity.</summary>
    public string Advisory { get; }

    /// <summary>What the SLA counts from (local time): when it was issued, or for an UNRATED advisory when a report first saw it.</summary>
    public DateTime Issued { get; }

    /// <summary>When it was due: <see cref="Issued"/> plus the SLA's days (local time).</summary>
    public DateTime DueDate { get; }

    /// <summary>Whole days past due at the report.</summary>
    public int DaysOverdue { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity} {Advisory} due {DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({DaysOverdue} day{(DaysOverdue == 1 ? "" : "s")} overdue)";
}
