using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// How bad and how old what one instance misses is, at one moment: the highest severity, the advisories per severity,
/// the oldest advisory's age, the SLA of each severity it misses, and whether the instance is stale. Severity, age and
/// SLA need advisory details (OS Management Hub); without them (the retired service) they are null, not zero.
/// </summary>
public sealed class ComplianceAssessment
{
    private ComplianceAssessment() { }

    /// <summary>Whether severity and issue dates were known (the service gives advisory details).</summary>
    public bool SeverityKnown { get; private set; }

    /// <summary>The most severe advisory missed; null when none is rated (or severity is not known).</summary>
    public AdvisorySeverity? HighestSeverity { get; private set; }

    /// <summary>How many advisories of each severity are missed, every severity present; null when severity is not known.</summary>
    public IReadOnlyDictionary<AdvisorySeverity, int>? CountBySeverity { get; private set; }

    /// <summary>When the oldest missing advisory was issued; null when no missing advisory has a date.</summary>
    public DateTimeOffset? OldestIssued { get; private set; }

    /// <summary>Its age in whole days; null when no missing advisory has a date.</summary>
    public int? OldestAgeDays { get; private set; }

    /// <summary>
    /// For each severity missed (with a dated advisory), the SLA of its oldest advisory, most severe first; then, when the
    /// policy gives unrated advisories an SLA, theirs (severity null), counted from when a report first saw the oldest.
    /// </summary>
    public IReadOnlyList<SlaStatus> Sla { get; private set; } = Array.Empty<SlaStatus>();

    /// <summary>The SLAs that are past their due date, most severe first.</summary>
    public IReadOnlyList<SlaStatus> Breaches => Sla.Where(s => s.IsBreached).ToList();

    /// <summary>Whether any SLA is past due; null when severity is not known.</summary>
    public bool? IsSlaBreached => SeverityKnown ? Sla.Any(s => s.IsBreached) : null;

    /// <summary>The earliest due date over the severities missed (past for a breach); null when there is none.</summary>
    public DateTimeOffset? NextDue => Sla.Count == 0 ? null : Sla.Min(s => s.Due);

    /// <summary>When the policy gives unrated advisories an SLA: when a report first saw each unrated advisory missed, by name.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> UnratedFirstSeen { get; private set; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>Why the instance is stale; null when it is not.</summary>
    public StaleReason? Stale { get; private set; }

    /// <summary>Whether the instance is stale.</summary>
    public bool IsStale => Stale is not null;

    /// <summary>
    /// How its agent is checking in (<see cref="AgentActivities"/>): an Inactive one (no check-in for 30 minutes, not yet
    /// a day) is judged like any other, though what the service knows of it may be a little behind; an Offline one is stale.
    /// </summary>
    public AgentActivity? Activity { get; private set; }

    /// <summary>Whether its agent is Inactive: silent for 30 minutes or more, not yet Offline.</summary>
    public bool IsInactive => Activity == AgentActivity.Inactive;

    /// <summary>
    /// Whether the service says the instance must restart for updates already installed to take effect (a kernel update is
    /// not in force until then); false when it does not say.
    /// </summary>
    public bool IsRebootRequired { get; private set; }

    /// <summary>Whether nothing is missed and the instance is not stale: the only state counted as compliant.</summary>
    public bool IsCompliant { get; private set; }

    /// <summary>Whether anything is missed.</summary>
    public bool IsVulnerable { get; private set; }

    /// <summary>The most severe first, then the oldest, then by name: the order a security team reads advisories in.</summary>
    public static IReadOnlyList<MissingAdvisory> InReadingOrder(IEnumerable<MissingAdvisory> advisories) =>
        advisories.OrderByDescending(a => a.Severity.HasValue).ThenByDescending(a => a.Severity)
            .ThenBy(a => a.Issued ?? DateTimeOffset.MaxValue).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    /// <summary>Whole days from <paramref name="issued"/> to <paramref name="now"/> (0 for a date in the future).</summary>
    public static int AgeInDays(DateTimeOffset issued, DateTimeOffset now) =>
        now <= issued ? 0 : (int)Math.Floor((now - issued).TotalDays);

    /// <summary>Assesses an instance (its status and check-in) and the advisories it misses, at <paramref name="now"/>.</summary>
    public static ComplianceAssessment Of(ManagedInstanceRecord instance, IReadOnlyCollection<MissingAdvisory> missing, bool severityKnown,
        SlaPolicy policy, DateTimeOffset now)
    {
        var assessment = new ComplianceAssessment
        {
            SeverityKnown = severityKnown,
            Stale = Staleness.Of(instance.Status, instance.LastCheckin, now),
            Activity = AgentActivities.Of(instance.Status, instance.LastCheckin, now),
            IsVulnerable = missing.Count > 0,
            IsRebootRequired = instance.IsRebootRequired == true,
        };
        assessment.IsCompliant = !assessment.IsVulnerable && !assessment.IsStale;
        if (!severityKnown)
        {
            return assessment;
        }

        assessment.HighestSeverity = missing.Max(a => a.Severity);
        assessment.CountBySeverity = ((AdvisorySeverity[])Enum.GetValues(typeof(AdvisorySeverity)))
            .ToDictionary(s => s, s => missing.Count(a => a.Severity == s));
        var dated = missing.Where(a => a.Issued is not null).ToList();
        if (dated.Count > 0)
        {
            assessment.OldestIssued = dated.Min(a => a.Issued);
            assessment.OldestAgeDays = AgeInDays(assessment.OldestIssued!.Value, now);
        }
        assessment.Sla = dated.Where(a => a.Severity is not null)
            .GroupBy(a => a.Severity!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var oldest = InReadingOrder(g).OrderBy(a => a.Issued).First();
                var due = policy.DueDate(g.Key, oldest.Issued!.Value);
                return new SlaStatus(g.Key, policy.DaysFor(g.Key), oldest, due, now);
            })
            .ToList();
        if (policy.UnratedDays is { } unratedDays)
        {
            var unrated = missing.Where(a => a.Severity is null)
                .ToDictionary(a => a.Name, a => policy.FirstSeen(instance.Id, a.Name, now), StringComparer.OrdinalIgnoreCase);
            assessment.UnratedFirstSeen = unrated;
            if (unrated.Count > 0)
            {
                var first = unrated.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
                var oldest = missing.First(a => string.Equals(a.Name, first.Key, StringComparison.OrdinalIgnoreCase));
                var status = new SlaStatus(null, unratedDays, oldest, first.Value, first.Value.AddDays(unratedDays), now);
                assessment.Sla = assessment.Sla.Append(status).ToList();
            }
        }
        return assessment;
    }
}

/// <summary>
/// The SLA of one severity on one instance: its oldest missing advisory of that severity, and when that is due. For
/// unrated advisories (severity null) the oldest is the one a report saw first, and the SLA counts from then.
/// </summary>
public sealed class SlaStatus
{
    /// <summary>The SLA of <paramref name="severity"/>, judged at <paramref name="now"/>.</summary>
    public SlaStatus(AdvisorySeverity severity, int days, MissingAdvisory oldest, DateTimeOffset due, DateTimeOffset now)
        : this(severity, days, oldest, oldest.Issued ?? due.AddDays(-days), due, now)
    {
    }

    /// <summary>The SLA of <paramref name="severity"/> (null: unrated) counted from <paramref name="since"/>, judged at <paramref name="now"/>.</summary>
    public SlaStatus(AdvisorySeverity? severity, int days, MissingAdvisory oldest, DateTimeOffset since, DateTimeOffset due, DateTimeOffset now)
    {
        Severity = severity;
        Days = days;
        Oldest = oldest;
        Since = since;
        Due = due;
        IsBreached = now > due;
        DaysOverdue = IsBreached ? ComplianceAssessment.AgeInDays(due, now) : 0;
    }

    /// <summary>The severity; null for unrated advisories.</summary>
    public AdvisorySeverity? Severity { get; }

    /// <summary>Its SLA in days.</summary>
    public int Days { get; }

    /// <summary>The oldest missing advisory of this severity.</summary>
    public MissingAdvisory Oldest { get; }

    /// <summary>What the SLA counts from: the advisory's issue date, or for an unrated one when a report first saw it.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>When it is (or was) due: <see cref="Since"/> plus the SLA's days.</summary>
    public DateTimeOffset Due { get; }

    /// <summary>Whether it is past due.</summary>
    public bool IsBreached { get; }

    /// <summary>Whole days past due (0 when not breached, or breached less than a day ago).</summary>
    public int DaysOverdue { get; }
}
