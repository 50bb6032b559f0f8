using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// Several regions at once: what -Region takes (names, short keys, comma lists, *), * expanded from Identity's
/// subscriptions, the regions run side by side with a failing one kept apart, the report's totals merged over regions,
/// and where a connection reaches each region.
/// </summary>
public sealed class RegionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Names_and_short_keys_are_read_canonical_each_once_in_the_order_given()
    {
        var selection = RegionSelection.Parse(new[] { "fra", "us-ashburn-1,LHR", "eu-frankfurt-1" });

        Assert.Equal(new[] { "eu-frankfurt-1", "us-ashburn-1", "uk-london-1" }, selection.Names);
        Assert.True(selection.IsSeveral);
        Assert.False(selection.IsEvery);
    }

    [Fact]
    public void One_region_is_not_several()
    {
        var selection = RegionSelection.Parse(new[] { "phx" });

        Assert.Equal(new[] { "us-phoenix-1" }, selection.Names);
        Assert.False(selection.IsSeveral);
    }

    [Fact]
    public void A_star_is_every_subscribed_region_and_stands_alone()
    {
        var every = RegionSelection.Parse(new[] { "*" });
        Assert.True(every.IsEvery);
        Assert.True(every.IsSeveral);

        var error = Assert.Throws<ArgumentException>(() => RegionSelection.Parse(new[] { "*", "fra" }));
        Assert.Contains("give it alone", error.Message);
    }

    [Fact]
    public void A_misspelt_region_is_refused_naming_the_nearest()
    {
        var error = Assert.Throws<ArgumentException>(() => RegionSelection.Parse(new[] { "us-ashburn-1", "eu-frankfrt-1" }));

        Assert.Contains("eu-frankfrt-1", error.Message);
        Assert.Contains("eu-frankfurt-1", error.Message);
    }

    [Fact]
    public void Nothing_given_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RegionSelection.Parse(new[] { " ", "," }));
    }

    [Fact]
    public void A_star_expands_to_the_ready_subscriptions_home_first()
    {
        var subscriptions = new[]
        {
            new SubscribedRegion("eu-frankfurt-1", "FRA", isHome: false, isReady: true),
            new SubscribedRegion("uk-london-1", "LHR", isHome: false, isReady: false),
            new SubscribedRegion("us-ashburn-1", "IAD", isHome: true, isReady: true),
            new SubscribedRegion("ap-tokyo-1", "NRT", isHome: false, isReady: true),
        };

        var regions = RegionSelection.Parse(new[] { "*" }).Expand(subscriptions, "us-phoenix-1");

        Assert.Equal(new[] { "us-ashburn-1", "eu-frankfurt-1", "ap-tokyo-1" }, regions);
    }

    [Fact]
    public void A_tenancy_that_lists_no_subscription_is_read_in_the_connections_region()
    {
        Assert.Equal(new[] { "us-phoenix-1" }, RegionSelection.Parse(new[] { "*" }).Expand(Array.Empty<SubscribedRegion>(), "us-phoenix-1"));
    }

    [Fact]
    public void Names_given_are_read_as_given_whatever_the_subscriptions()
    {
        var regions = RegionSelection.Parse(new[] { "fra,iad" }).Expand(new[] { new SubscribedRegion("us-ashburn-1", "IAD", true, true) }, "us-ashburn-1");

        Assert.Equal(new[] { "eu-frankfurt-1", "us-ashburn-1" }, regions);
    }

    [Fact]
    public async Task A_failing_region_is_one_outcome_naming_it_and_the_others_complete_in_order()
    {
        var outcomes = await RegionRun.EachAsync(new[] { "us-ashburn-1", "eu-frankfurt-1", "uk-london-1" }, 3, async (region, token) =>
        {
            await Task.Yield();
            return region == "eu-frankfurt-1" ? throw new InvalidOperationException("unreachable") : region.Length;
        }, CancellationToken.None);

        Assert.Equal(new[] { "us-ashburn-1", "eu-frankfurt-1", "uk-london-1" }, outcomes.Select(o => o.Region));
        Assert.Equal(new[] { true, false, true }, outcomes.Select(o => o.Succeeded));
        Assert.Equal("unreachable", outcomes[1].Error!.Message);
        Assert.Equal(12, outcomes[0].Value);
    }

    [Fact]
    public async Task No_more_regions_run_at_once_than_the_limit()
    {
        var running = 0;
        var most = 0;
        var regions = Enumerable.Range(1, 6).Select(i => $"region-{i}").ToList();
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var run = RegionRun.EachAsync(regions, 2, async (region, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (Interlocked.Increment(ref started) == 2)
            {
                release.TrySetResult(true);
            }
            await release.Task;
            Interlocked.Decrement(ref running);
            return region;
        }, CancellationToken.None);

        var outcomes = await run;

        Assert.Equal(2, most);
        Assert.All(outcomes, o => Assert.True(o.Succeeded));
    }

    [Fact]
    public async Task Cancelling_stops_every_region_and_is_not_a_region_failure()
    {
        using var cancel = new CancellationTokenSource();
        var run = RegionRun.EachAsync(new[] { "a-b-1", "c-d-1" }, 2, async (region, token) =>
        {
            cancel.Cancel();
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        }, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private static ManagedInstanceRecord Instance(string id) =>
        new() { Id = id, DisplayName = id, Status = "NORMAL", LastCheckin = Now.AddMinutes(-5), IsDetailed = true };

    private static MissingAdvisory[] Missing(AdvisorySeverity severity, int daysAgo) => MissingAdvisory.FromUpdates(new[]
    {
        new AvailableUpdate
        {
            Name = $"pkg-{severity}-{daysAgo}", DisplayName = "pkg", Kind = new Reported<UpdateKind>(UpdateKind.Security, "SECURITY"), Severity = severity,
            AdvisoryIssued = Now.AddDays(-daysAgo), Errata = new[] { $"ELSA-{severity}-{daysAgo}" }, Cves = new[] { "CVE-2026-0001" },
        },
    }).ToArray();

    [Fact]
    public void The_totals_of_several_regions_are_those_of_one_tally_of_every_instance()
    {
        var cases = new (string Id, MissingAdvisory[] Missing)[]
        {
            ("one", Missing(AdvisorySeverity.Critical, 40)),
            ("two", Array.Empty<MissingAdvisory>()),
            ("three", Missing(AdvisorySeverity.Moderate, 5)),
            ("four", Missing(AdvisorySeverity.Important, 90)),
        };
        ComplianceTally TallyOf(IEnumerable<(string Id, MissingAdvisory[] Missing)> instances)
        {
            var tally = new ComplianceTally();
            foreach (var (id, missing) in instances)
            {
                tally.Add(ComplianceAssessment.Of(Instance(id), missing, true, SlaPolicy.Default, Now), missing);
            }
            return tally;
        }
        var ashburn = new ComplianceTotals(2, 1, 0, TallyOf(cases.Take(2)), Now);
        var frankfurt = new ComplianceTotals(2, 0, 1, TallyOf(cases.Skip(2)), Now.AddMinutes(-1));
        var everyInstance = TallyOf(cases);

        var total = RegionTotals.Combine(new[] { ashburn, frankfurt })!;

        Assert.Equal(4, total.Instances);
        Assert.Equal(1, total.UnscannedInstances);
        Assert.Equal(1, total.UnreadCompartments);
        Assert.Equal(Now.AddMinutes(-1), total.AsOf);
        Assert.Equal(Counts(everyInstance), Counts(total.Tally));
        Assert.Equal(3, total.Tally.Vulnerable);
        Assert.Null(RegionTotals.Combine(Array.Empty<ComplianceTotals>()));
    }

    // Every public count of a tally, so a count added to the class and not merged fails here.
    private static string Counts(ComplianceTally tally) => string.Join(";",
        typeof(ComplianceTally).GetProperties().Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(bool))
            .Select(p => $"{p.Name}={p.GetValue(tally)}")
            .Concat(tally.BySeverity.Select(s =>
                $"{s.Severity}:{s.InstancesByHighestSeverity}/{s.InstancesMissing}/{s.AdvisoriesMissing}/{s.InstancesPastSla}")));

    [Fact]
    public void A_connection_reaches_each_region_at_its_own_endpoint_when_given_them()
    {
        var settings = new OsmConnectionSettings
        {
            Endpoint = new Uri("http://127.0.0.1:4000"),
            RegionEndpoints = new Dictionary<string, Uri> { ["us-ashburn-1"] = new("http://127.0.0.1:4000"), ["fra"] = new("http://127.0.0.1:4001") },
        };

        Assert.Equal(new Uri("http://127.0.0.1:4001"), settings.EndpointFor("eu-frankfurt-1"));
        Assert.Equal(new Uri("http://127.0.0.1:4001"), settings.WithRegion("fra").EndpointFor("eu-frankfurt-1"));
        var error = Assert.Throws<ArgumentException>(() => settings.EndpointFor("ap-tokyo-1"));
        Assert.Contains("ap-tokyo-1", error.Message);
        Assert.Contains("us-ashburn-1, fra", error.Message);
    }

    [Fact]
    public void Without_region_endpoints_every_region_takes_the_override_or_OCIs_own()
    {
        Assert.Null(new OsmConnectionSettings().EndpointFor("eu-frankfurt-1"));
        Assert.Equal(new Uri("https://x.example"), new OsmConnectionSettings { Endpoint = new Uri("https://x.example") }.EndpointFor("eu-frankfurt-1"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
