using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The compliance rules on synthetic records, so they hold whatever the service: advisories from updates, severity
/// order, age, SLA due dates and breaches, staleness, and what a summary counts.
/// </summary>
public sealed class ComplianceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static AvailableUpdate Update(string name, UpdateKind kind, AdvisorySeverity? severity, int? issuedDaysAgo, string[]? errata = null, params string[] cves) => new()
    {
        Name = name,
        DisplayName = name.Split('-')[0],
        Kind = new Reported<UpdateKind>(kind, kind.ToString().ToUpperInvariant()),
        Severity = severity,
        AdvisoryIssued = issuedDaysAgo is { } days ? Now.AddDays(-days) : null,
        Errata = errata ?? Array.Empty<string>(),
        Cves = cves,
    };

    private static ManagedInstanceRecord Instance(string status = "NORMAL", double checkinHoursAgo = 0.1, bool? rebootRequired = null) => new()
    {
        IsRebootRequired = rebootRequired,
        Id = "ocid1.instance.oc1.iad.one",
        DisplayName = "one",
        Status = status,
        LastCheckin = Now.AddHours(-checkinHoursAgo),
        IsDetailed = true,
    };

    private static IEnumerable<KeyValuePair<object?, object?>> Entries(params (object? Key, object? Value)[] entries) =>
        entries.Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value));

    private static ComplianceAssessment Assess(IReadOnlyList<MissingAdvisory> advisories, bool severityKnown = true, SlaPolicy? policy = null,
        ManagedInstanceRecord? instance = null) =>
        ComplianceAssessment.Of(instance ?? Instance(), advisories, severityKnown, policy ?? SlaPolicy.Default, Now);

    [Fact]
    public void AnErratumGathersItsUpdatesAndALoneUpdateStandsForItself()
    {
        var advisories = MissingAdvisory.FromUpdates(new[]
        {
            Update("openssl-3.0.7", UpdateKind.Security, AdvisorySeverity.Important, 40, new[] { "ELSA-2026-0001" }, "CVE-2026-0002", "CVE-2026-0001"),
            Update("openssl-libs-3.0.7", UpdateKind.Security, AdvisorySeverity.Critical, 45, new[] { "ELSA-2026-0001" }, "CVE-2026-0001", "cve-2026-0003"),
            Update("kernel-5.15", UpdateKind.Security, AdvisorySeverity.Low, 10, new[] { "ELSA-2026-0002", "ELSA-2026-0003" }, "CVE-2026-0100"),
            Update("8c1a9f0e-kb5048010", UpdateKind.Security, null, null),
        }).ToDictionary(a => a.Name);

        Assert.Equal(new[] { "ELSA-2026-0001", "ELSA-2026-0002", "ELSA-2026-0003", "8c1a9f0e-kb5048010" }.OrderBy(n => n), advisories.Keys.OrderBy(n => n));
        var openssl = advisories["ELSA-2026-0001"];
        Assert.True(openssl.IsErratum);
        Assert.Equal(new[] { "openssl-3.0.7", "openssl-libs-3.0.7" }, openssl.Updates);
        Assert.Equal(new[] { "CVE-2026-0001", "CVE-2026-0002", "cve-2026-0003" }, openssl.Cves);
        Assert.Equal(AdvisorySeverity.Critical, openssl.Severity);
        Assert.Equal(Now.AddDays(-45), openssl.Issued);
        Assert.Equal(new[] { "kernel-5.15" }, advisories["ELSA-2026-0003"].Updates);
        var windows = advisories["8c1a9f0e-kb5048010"];
        Assert.False(windows.IsErratum);
        Assert.Equal("8c1a9f0e", windows.Title);
        Assert.Null(windows.Severity);
    }

    [Fact]
    public void SeverityOrdersCriticalImportantModerateLowAndTheHighestMissingIsTheRecords()
    {
        Assert.True(AdvisorySeverity.Critical > AdvisorySeverity.Important);
        Assert.True(AdvisorySeverity.Important > AdvisorySeverity.Moderate);
        Assert.True(AdvisorySeverity.Moderate > AdvisorySeverity.Low);

        var advisories = MissingAdvisory.FromUpdates(new[]
        {
            Update("a-1", UpdateKind.Security, AdvisorySeverity.Low, 5, new[] { "ELSA-1" }),
            Update("b-1", UpdateKind.Security, AdvisorySeverity.Moderate, 5, new[] { "ELSA-2" }),
            Update("c-1", UpdateKind.Security, AdvisorySeverity.Moderate, 6, new[] { "ELSA-3" }),
            Update("d-1", UpdateKind.Bugfix, null, 7, new[] { "ELBA-4" }),
        });
        var assessment = Assess(advisories);
        Assert.Equal(AdvisorySeverity.Moderate, assessment.HighestSeverity);
        Assert.Equal(0, assessment.CountBySeverity![AdvisorySeverity.Critical]);
        Assert.Equal(0, assessment.CountBySeverity[AdvisorySeverity.Important]);
        Assert.Equal(2, assessment.CountBySeverity[AdvisorySeverity.Moderate]);
        Assert.Equal(1, assessment.CountBySeverity[AdvisorySeverity.Low]);
        Assert.Equal(new[] { "ELSA-3", "ELSA-2", "ELSA-1", "ELBA-4" }, ComplianceAssessment.InReadingOrder(advisories).Select(a => a.Name));
    }

    [Fact]
    public void AgeIsWholeDaysSinceTheOldestMissingAdvisoryWasIssued()
    {
        var advisories = MissingAdvisory.FromUpdates(new[]
        {
            Update("a-1", UpdateKind.Security, AdvisorySeverity.Critical, 3, new[] { "ELSA-1" }),
            Update("b-1", UpdateKind.Bugfix, null, 120, new[] { "ELBA-2" }),
            Update("c-1", UpdateKind.Security, null, null),
        });
        var assessment = Assess(advisories);
        Assert.Equal(Now.AddDays(-120), assessment.OldestIssued);
        Assert.Equal(120, assessment.OldestAgeDays);

        Assert.Equal(0, ComplianceAssessment.AgeInDays(Now.AddHours(-23.9), Now));
        Assert.Equal(1, ComplianceAssessment.AgeInDays(Now.AddHours(-24), Now));
        Assert.Equal(0, ComplianceAssessment.AgeInDays(Now.AddDays(2), Now));
        Assert.Null(Assess(MissingAdvisory.FromUpdates(new[] { Update("w-1", UpdateKind.Security, null, null) })).OldestAgeDays);
    }

    [Fact]
    public void EachSeverityIsDueItsSlaDaysAfterItsOldestAdvisoryAndPastThatIsABreach()
    {
        var advisories = MissingAdvisory.FromUpdates(new[]
        {
            Update("a-1", UpdateKind.Security, AdvisorySeverity.Critical, 20, new[] { "ELSA-C-OLD" }),
            Update("a-2", UpdateKind.Security, AdvisorySeverity.Critical, 2, new[] { "ELSA-C-NEW" }),
            Update("b-1", UpdateKind.Security, AdvisorySeverity.Important, 29, new[] { "ELSA-I" }),
            Update("c-1", UpdateKind.Security, AdvisorySeverity.Low, 91, new[] { "ELSA-L" }),
        });
        var assessment = Assess(advisories);

        Assert.Equal(new AdvisorySeverity?[] { AdvisorySeverity.Critical, AdvisorySeverity.Important, AdvisorySeverity.Low },
            assessment.Sla.Select(s => s.Severity));
        var critical = assessment.Sla[0];
        Assert.Equal("ELSA-C-OLD", critical.Oldest.Name);
        Assert.Equal(14, critical.Days);
        Assert.Equal(Now.AddDays(-20 + 14), critical.Due);
        Assert.True(critical.IsBreached);
        Assert.Equal(6, critical.DaysOverdue);
        var important = assessment.Sla[1];
        Assert.Equal(Now.AddDays(1), important.Due);
        Assert.False(important.IsBreached);
        Assert.Equal(0, important.DaysOverdue);
        Assert.True(assessment.Sla[2].IsBreached);
        Assert.Equal(new AdvisorySeverity?[] { AdvisorySeverity.Critical, AdvisorySeverity.Low }, assessment.Breaches.Select(b => b.Severity));
        Assert.True(assessment.IsSlaBreached);
        Assert.Equal(Now.AddDays(-6), assessment.NextDue);
    }

    [Fact]
    public void AnAdvisoryIssuedExactlyItsSlaDaysAgoIsDueNowAndNotYetBreached()
    {
        var advisories = MissingAdvisory.FromUpdates(new[] { Update("a-1", UpdateKind.Security, AdvisorySeverity.Moderate, 60, new[] { "ELSA-M" }) });
        var status = Assess(advisories).Sla.Single();
        Assert.Equal(Now, status.Due);
        Assert.False(status.IsBreached);
    }

    [Fact]
    public void AUsersSlaChangesTheDaysItNamesAndKeepsTheDefaultsOfTheOthers()
    {
        var policy = SlaPolicy.From(Entries(("critical", 7), ("LOW", "120"), ("Moderate", 45L)), out var problems);
        Assert.Empty(problems);
        Assert.Equal(7, policy!.DaysFor(AdvisorySeverity.Critical));
        Assert.Equal(30, policy.DaysFor(AdvisorySeverity.Important));
        Assert.Equal(45, policy.DaysFor(AdvisorySeverity.Moderate));
        Assert.Equal(120, policy.DaysFor(AdvisorySeverity.Low));
        Assert.Equal("Critical 14, Important 30, Moderate 60, Low 90", SlaPolicy.Default.ToString());

        var advisories = MissingAdvisory.FromUpdates(new[] { Update("a-1", UpdateKind.Security, AdvisorySeverity.Critical, 10, new[] { "ELSA-C" }) });
        Assert.False(Assess(advisories).IsSlaBreached);
        Assert.True(Assess(advisories, policy: policy).IsSlaBreached);
    }

    [Theory]
    [InlineData("Urgent", 7, SlaProblemKind.UnknownSeverity, "Urgent")]
    [InlineData("", 7, SlaProblemKind.UnknownSeverity, "")]
    [InlineData("3", 7, SlaProblemKind.UnknownSeverity, "3")]
    [InlineData("Critical", -1, SlaProblemKind.NotDays, "Critical")]
    [InlineData("critical", 3651, SlaProblemKind.NotDays, "Critical")]
    [InlineData("Important", 2.5, SlaProblemKind.NotDays, "Important")]
    [InlineData("Low", "soon", SlaProblemKind.NotDays, "Low")]
    [InlineData("Low", null, SlaProblemKind.NotDays, "Low")]
    [InlineData("Low", true, SlaProblemKind.NotDays, "Low")]
    [InlineData("unrated", -3, SlaProblemKind.NotDays, "Unrated")]
    [InlineData("Unrated", "a month", SlaProblemKind.NotDays, "Unrated")]
    public void ABadKeyOrValueIsAProblemNamingItAndGivesNoPolicy(string key, object? value, SlaProblemKind kind, string named)
    {
        var policy = SlaPolicy.From(Entries(("Critical", 10), (key, value)), out var problems);
        Assert.Null(policy);
        var problem = Assert.Single(problems);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(named, problem.Key);
        Assert.Equal(value, problem.Value);
    }

    [Fact]
    public void EveryBadEntryIsAProblem()
    {
        SlaPolicy.From(Entries(("Urgent", 1), ("Low", "x"), ("Critical", 0)), out var problems);
        Assert.Equal(new[] { "Urgent", "Low" }, problems.Select(p => p.Key));
    }

    [Fact]
    public void UnratedUpdatesHaveNoSlaUnlessGivenOneCountedFromWhenAReportFirstSawThem()
    {
        Assert.Null(SlaPolicy.Default.UnratedDays);
        var policy = SlaPolicy.From(Entries(("UNRATED", "30")), out var problems);
        Assert.Empty(problems);
        Assert.Equal(30, policy!.UnratedDays);
        Assert.Equal(14, policy.DaysFor(AdvisorySeverity.Critical));
        Assert.Equal("Critical 14, Important 30, Moderate 60, Low 90, Unrated 30 (from first seen)", policy.ToString());

        var windows = MissingAdvisory.FromUpdates(new[] { Update("kb-1", UpdateKind.Security, null, null), Update("kb-2", UpdateKind.Security, null, null) });
        // The default: unrated advisories are tracked by no SLA, and the instance is not past any.
        var untracked = Assess(windows);
        Assert.False(untracked.IsSlaBreached);
        Assert.Empty(untracked.Sla);

        // No history: this report is the first to see them, so they are due the SLA's days from now.
        var fresh = Assess(windows, policy: policy);
        var due = Assert.Single(fresh.Sla);
        Assert.Null(due.Severity);
        Assert.Equal(Now, due.Since);
        Assert.Equal(Now.AddDays(30), due.Due);
        Assert.False(fresh.IsSlaBreached);
        Assert.Equal(Now, fresh.UnratedFirstSeen["kb-1"]);

        // An earlier report saw kb-2 40 days ago: the SLA counts from then, and it is 10 days past due.
        var earlier = new ComplianceSnapshot { GeneratedAt = Now.AddDays(-40) };
        earlier.Instances.Add(new SnapshotInstance { Id = Instance().Id, Advisories = new List<MissingAdvisory> { new() { Name = "kb-2" } } });
        var seen = Assess(windows, policy: policy.WithHistory(ComplianceHistory.From(new[] { earlier })));
        var breach = Assert.Single(seen.Breaches);
        Assert.Null(breach.Severity);
        Assert.Equal("kb-2", breach.Oldest.Name);
        Assert.Equal(Now.AddDays(-40), breach.Since);
        Assert.Equal(10, breach.DaysOverdue);
        Assert.True(seen.IsSlaBreached);
        Assert.Equal(Now, seen.UnratedFirstSeen["kb-1"]);

        var tally = new ComplianceTally();
        tally.Add(seen, windows);
        Assert.Equal(1, tally.InstancesMissingUnrated);
        Assert.Equal(2, tally.UnratedAdvisoriesMissing);
        Assert.Equal(1, tally.InstancesPastUnratedSla);
        Assert.Equal(1, tally.SlaBreached);
        Assert.All(tally.BySeverity, t => Assert.Equal(0, t.InstancesPastSla));
    }

    [Fact]
    public void TheHistoryKeepsTheEarliestSightingAndCarriesAReportsOwnFirstSeenDatesForward()
    {
        var older = new ComplianceSnapshot { GeneratedAt = Now.AddDays(-20) };
        older.Instances.Add(new SnapshotInstance { Id = "i-1", Advisories = new List<MissingAdvisory> { new() { Name = "KB-1" } } });
        var newer = new ComplianceSnapshot { GeneratedAt = Now.AddDays(-5) };
        newer.Instances.Add(new SnapshotInstance
        {
            Id = "i-1",
            Advisories = new List<MissingAdvisory> { new() { Name = "kb-1" }, new() { Name = "kb-9", FirstSeen = Now.AddDays(-60) } },
        });
        // A file from before advisories were reported: its updates count, from when it was made.
        var oldest = new ComplianceSnapshot { GeneratedAt = Now.AddDays(-90) };
        oldest.Instances.Add(new SnapshotInstance { Id = "i-2", Updates = new List<MissingAdvisory> { new() { Name = "kb-5" } } });
        var history = ComplianceHistory.From(new[] { newer, older, oldest });
        Assert.Equal(3, history.Reports);
        Assert.Equal(Now.AddDays(-20), history.FirstSeen("i-1", "kb-1"));
        Assert.Equal(Now.AddDays(-60), history.FirstSeen("i-1", "kb-9"));
        Assert.Equal(Now.AddDays(-90), history.FirstSeen("i-2", "kb-5"));
        Assert.Null(history.FirstSeen("i-2", "kb-1"));
        Assert.Null(history.FirstSeen("i-3", "kb-1"));
    }

    [Theory]
    [InlineData("NORMAL", 23.9, null)]
    [InlineData("NORMAL", 24.1, StaleReason.NoRecentCheckin)]
    [InlineData("WARNING", 30, StaleReason.NoRecentCheckin)]
    [InlineData("UNREACHABLE", 0.1, StaleReason.Unreachable)]
    [InlineData("unreachable", 72, StaleReason.Unreachable)]
    public void AnInstanceUnreachableOrWithoutACheckinForADayIsStale(string status, double hoursAgo, StaleReason? expected)
    {
        Assert.Equal(expected, Staleness.Of(status, Now.AddHours(-hoursAgo), Now));
    }

    [Fact]
    public void WithoutACheckinTimeOnlyTheStatusCanSayAnInstanceIsStale()
    {
        Assert.Null(Staleness.Of("NORMAL", null, Now));
        Assert.Equal(StaleReason.Unreachable, Staleness.Of("UNREACHABLE", null, Now));
    }

    [Fact]
    public void AStaleInstanceIsNeverCompliantEvenWithNothingMissing()
    {
        var stale = Assess(Array.Empty<MissingAdvisory>(), instance: Instance(checkinHoursAgo: 30));
        Assert.True(stale.IsStale);
        Assert.False(stale.IsCompliant);
        Assert.False(stale.IsVulnerable);
        var fresh = Assess(Array.Empty<MissingAdvisory>());
        Assert.True(fresh.IsCompliant);
        Assert.False(fresh.IsSlaBreached);
    }

    [Fact]
    public void WithoutAdvisoryDetailsSeverityAgeAndSlaAreUnknownNotZero()
    {
        var advisories = MissingAdvisory.FromUpdates(new[] { Update("a-1", UpdateKind.Security, null, null, new[] { "ELSA-1" }) });
        var assessment = Assess(advisories, severityKnown: false, instance: Instance(status: "UNREACHABLE"));
        Assert.Null(assessment.HighestSeverity);
        Assert.Null(assessment.CountBySeverity);
        Assert.Null(assessment.OldestAgeDays);
        Assert.Null(assessment.IsSlaBreached);
        Assert.Empty(assessment.Sla);
        Assert.True(assessment.IsVulnerable);
        Assert.Equal(StaleReason.Unreachable, assessment.Stale);
    }

    [Fact]
    public void TheTallyCountsStaleApartAndBreachesBySeverity()
    {
        var tally = new ComplianceTally();
        void Add(ManagedInstanceRecord instance, params AvailableUpdate[] updates)
        {
            var advisories = MissingAdvisory.FromUpdates(updates);
            tally.Add(Assess(advisories, instance: instance), advisories);
        }

        Add(Instance());                                                                                   // compliant
        Add(Instance(checkinHoursAgo: 48));                                                                 // stale, nothing missing
        Add(Instance(status: "UNREACHABLE"), Update("a-1", UpdateKind.Security, AdvisorySeverity.Low, 1, new[] { "ELSA-L" }));    // stale and vulnerable
        Add(Instance(), Update("b-1", UpdateKind.Security, AdvisorySeverity.Critical, 30, new[] { "ELSA-C" }),
            Update("b-2", UpdateKind.Security, AdvisorySeverity.Low, 100, new[] { "ELSA-L2" }));                                 // two breaches
        Add(Instance(rebootRequired: true), Update("w-1", UpdateKind.Security, null, null));               // unrated, needs a reboot

        Assert.Equal(5, tally.Instances);
        Assert.Equal(3, tally.Vulnerable);
        Assert.Equal(1, tally.Compliant);
        Assert.Equal(2, tally.Stale);
        Assert.Equal(1, tally.StaleWithNothingMissing);
        Assert.Equal(tally.Instances, tally.Vulnerable + tally.Compliant + tally.StaleWithNothingMissing);
        Assert.Equal(1, tally.SlaBreached);
        Assert.Equal(1, tally.VulnerableUnrated);
        var bySeverity = tally.BySeverity.ToDictionary(t => t.Severity);
        Assert.Equal(new[] { AdvisorySeverity.Critical, AdvisorySeverity.Important, AdvisorySeverity.Moderate, AdvisorySeverity.Low }, tally.BySeverity.Select(t => t.Severity));
        Assert.Equal(1, tally.RebootRequired);
        Assert.Equal(1, bySeverity[AdvisorySeverity.Critical].InstancesByHighestSeverity);
        Assert.Equal(1, bySeverity[AdvisorySeverity.Low].InstancesByHighestSeverity);
        Assert.Equal(2, bySeverity[AdvisorySeverity.Low].InstancesMissing);
        Assert.Equal(2, bySeverity[AdvisorySeverity.Low].AdvisoriesMissing);
        Assert.Equal(1, bySeverity[AdvisorySeverity.Critical].InstancesPastSla);
        Assert.Equal(1, bySeverity[AdvisorySeverity.Low].InstancesPastSla);
        Assert.Equal(0, bySeverity[AdvisorySeverity.Important].InstancesMissing);
    }

    [Fact]
    public void PastTheSlaIsAPartOfTheInstancesMissingASeverityNotOfThoseWhoseHighestItIs()
    {
        // The case a tried report got wrong: an instance whose highest is Critical is past the Moderate SLA too. Read per
        // highest severity, Moderate has no instance; read per severity missed, it has one, and that one is past its SLA.
        var tally = new ComplianceTally();
        var advisories = MissingAdvisory.FromUpdates(new[]
        {
            Update("c-1", UpdateKind.Security, AdvisorySeverity.Critical, 1, new[] { "ELSA-C" }),
            Update("m-1", UpdateKind.Security, AdvisorySeverity.Moderate, 200, new[] { "ELSA-M" }),
        });
        tally.Add(Assess(advisories), advisories);
        var moderate = tally.BySeverity.Single(t => t.Severity == AdvisorySeverity.Moderate);
        Assert.Equal(0, moderate.InstancesByHighestSeverity);
        Assert.Equal(1, moderate.InstancesMissing);
        Assert.Equal(1, moderate.InstancesPastSla);
        Assert.All(tally.BySeverity, t => Assert.InRange(t.InstancesPastSla, 0, t.InstancesMissing));
        Assert.Equal(tally.Vulnerable - tally.VulnerableUnrated, tally.BySeverity.Sum(t => t.InstancesByHighestSeverity));
    }
}
