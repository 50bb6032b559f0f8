using System;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>Two reports compared per instance and advisory: new, resolved, still missing and for how long.</summary>
public sealed class ComplianceComparisonTests
{
    private static readonly DateTimeOffset Before = new(2026, 11, 17, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static MissingAdvisory Advisory(string name, AdvisorySeverity? severity = null, int? issuedDaysBeforeAfter = null) => new()
    {
        Name = name,
        IsErratum = true,
        Severity = severity,
        Issued = issuedDaysBeforeAfter is { } days ? After.AddDays(-days) : null,
    };

    private static SnapshotInstance Instance(string id, params MissingAdvisory[] advisories) => new()
    {
        Id = id,
        DisplayName = id,
        Advisories = advisories.ToList(),
        Updates = advisories.Select(a => new MissingAdvisory { Name = "pkg-of-" + a.Name }).ToList(),
    };

    private static ComplianceSnapshot Report(DateTimeOffset at, string scope, params SnapshotInstance[] instances)
    {
        var snapshot = new ComplianceSnapshot { GeneratedAt = at, Scope = scope, Service = "test" };
        foreach (var instance in instances)
        {
            snapshot.Instances.Add(instance);
        }
        return snapshot;
    }

    [Fact]
    public void EachInstanceAndAdvisoryIsNewResolvedOrStillMissing()
    {
        var reference = Report(Before, "tenancy",
            Instance("a", Advisory("ELSA-1"), Advisory("ELSA-2")),
            Instance("b", Advisory("ELSA-3")),
            Instance("gone", Advisory("ELSA-4")));
        var difference = Report(After, "tenancy",
            Instance("c", Advisory("ELSA-5", AdvisorySeverity.Critical, 3)),
            Instance("a", Advisory("ELSA-2", AdvisorySeverity.Low, 40), Advisory("ELSA-6")),
            Instance("b"));

        var comparison = ComplianceComparison.Compare(reference, difference);
        var changes = comparison.Changes.Select(c => $"{c.Instance.Id} {c.Advisory.Name} {c.Kind}").ToList();

        Assert.Equal(new[]
        {
            "c ELSA-5 New",
            "a ELSA-2 StillMissing", "a ELSA-1 Resolved", "a ELSA-6 New",
            "b ELSA-3 Resolved",
            "gone ELSA-4 Resolved",
        }, changes);
        Assert.Equal(2, comparison.Count(ComplianceChangeKind.New));
        Assert.Equal(3, comparison.Count(ComplianceChangeKind.Resolved));
        Assert.Equal(1, comparison.Count(ComplianceChangeKind.StillMissing));
        Assert.Equal(1, comparison.InstancesNewlyVulnerable);
        Assert.Equal(2, comparison.InstancesNoLongerVulnerable);
        Assert.False(comparison.ComparedByUpdate);
        Assert.False(comparison.ScopesDiffer);
        Assert.False(comparison.IsReversed);
    }

    [Fact]
    public void StillMissingSaysSinceWhenAndForHowManyDaysAtLeast()
    {
        var comparison = ComplianceComparison.Compare(
            Report(Before, "t", Instance("a", Advisory("ELSA-1"))),
            Report(After, "t", Instance("a", Advisory("ELSA-1", AdvisorySeverity.Important, 50)), Instance("b", Advisory("ELSA-9", AdvisorySeverity.Low, 2))));

        var still = comparison.Changes.Single(c => c.Kind == ComplianceChangeKind.StillMissing);
        Assert.Equal(Before, still.MissingSince);
        Assert.Equal(14, still.DaysMissing);
        Assert.Equal(50, still.AgeDays);
        Assert.Equal(AdvisorySeverity.Important, still.Advisory.Severity);
        Assert.True(still.InstanceInBoth);
        var added = comparison.Changes.Single(c => c.Kind == ComplianceChangeKind.New);
        Assert.Null(added.MissingSince);
        Assert.Null(added.DaysMissing);
        Assert.Equal(2, added.AgeDays);
        Assert.False(added.InstanceInBoth);
    }

    [Fact]
    public void AReportWithoutAdvisoriesIsComparedUpdateByUpdate()
    {
        var old = Instance("a", Advisory("ELSA-1"));
        old.Advisories = null;
        var comparison = ComplianceComparison.Compare(Report(Before, "t", old), Report(After, "t", Instance("a", Advisory("ELSA-1"), Advisory("ELSA-2"))));
        Assert.True(comparison.ComparedByUpdate);
        Assert.Equal(new[] { "pkg-of-ELSA-1 StillMissing", "pkg-of-ELSA-2 New" }, comparison.Changes.Select(c => $"{c.Advisory.Name} {c.Kind}"));
    }

    [Fact]
    public void ReportsOfDifferentScopesOrGivenTheWrongWayRoundAreToldApart()
    {
        var comparison = ComplianceComparison.Compare(Report(After, "compartment x", Instance("a")), Report(Before, "group y", Instance("a")));
        Assert.True(comparison.ScopesDiffer);
        Assert.True(comparison.IsReversed);
        Assert.Empty(comparison.Changes);
    }

    [Fact]
    public void AnInstanceRecordedTwiceCountsOnce()
    {
        var comparison = ComplianceComparison.Compare(
            Report(Before, "t", Instance("a", Advisory("ELSA-1")), Instance("a", Advisory("ELSA-1"))),
            Report(After, "t", Instance("a", Advisory("ELSA-1"))));
        Assert.Single(comparison.Changes);
    }
}
