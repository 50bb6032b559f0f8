using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The summary from the service's analytics on a fake service: which questions the analytics can answer, a handful of
/// requests per scope, stale and compliant derived as the scan counts them, and a PaaS compartment's counts taken away.
/// </summary>
public sealed class ComplianceAnalyticsTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..t";
    private const string Paas = "ocid1.compartment.oc1..paas";
    private const string Team = "ocid1.compartment.oc1..team";

    private static readonly ServiceCapabilities Hub = new("hub", false, ServiceCapabilities.AllFeatures);
    private static readonly ServiceCapabilities Retired = new("retired", true, Array.Empty<ServiceFeature>());

    [Fact]
    public void TheAnalyticsAnswerOneCountedUpdateTypeWithoutSeverityOrSlaOnTheServiceThatKeepsThem()
    {
        var plain = new ComplianceScope();
        Assert.Null(ComplianceAnalytics.CannotAnswer(plain, Hub, slaGiven: false));
        Assert.Null(ComplianceAnalytics.CannotAnswer(new ComplianceScope { UpdateKinds = new[] { UpdateKind.Bugfix } }, Hub, false));
        Assert.Equal(AnalyticsRefusal.NotOffered, ComplianceAnalytics.CannotAnswer(plain, Retired, false));
        var several = new ComplianceScope { UpdateKinds = new[] { UpdateKind.Security, UpdateKind.Bugfix } };
        Assert.Equal(AnalyticsRefusal.UpdateTypes, ComplianceAnalytics.CannotAnswer(several, Hub, false));
        var enhancements = new ComplianceScope { UpdateKinds = new[] { UpdateKind.Enhancement } };
        Assert.Equal(AnalyticsRefusal.UpdateTypes, ComplianceAnalytics.CannotAnswer(enhancements, Hub, false));
        var important = new ComplianceScope { MinimumSeverity = AdvisorySeverity.Important };
        Assert.Equal(AnalyticsRefusal.MinimumSeverity, ComplianceAnalytics.CannotAnswer(important, Hub, false));
        Assert.Equal(AnalyticsRefusal.Sla, ComplianceAnalytics.CannotAnswer(plain, Hub, slaGiven: true));
    }

    [Fact]
    public async Task ASubtreeIsCountedInTwoRequestsWithThePaasCompartmentTakenAwayAsTheScanLeavesItOut()
    {
        var service = new AnalyticsService();
        // The whole tree: 50 instances, 20 with security updates (45 updates), 4 unreachable (3 of them with updates), 2 inactive, 6 to reboot.
        service.Counts[(Tenancy, true, null)] = Metrics(total: 50, with: 20, updates: 45, unreachable: 4, warning: 2, reboot: 6);
        service.Counts[(Tenancy, true, "UNREACHABLE")] = Metrics(with: 3);
        // Of which the PaaS compartment: 5 instances, 2 with updates (2), 1 unreachable without any.
        service.Counts[(Paas, false, null)] = Metrics(total: 5, with: 2, updates: 2, unreachable: 1, reboot: 1);
        service.Counts[(Paas, false, "UNREACHABLE")] = Metrics(with: 0);

        var counts = await ComplianceAnalytics.SummarizeAsync(service, new ComplianceScope { Recurse = true }, Tenancy, CancellationToken.None);

        Assert.Equal(45, counts.Instances);
        Assert.Equal(18, counts.Vulnerable);
        Assert.Equal(43, counts.MissingUpdates);
        Assert.Equal(3, counts.Stale);
        Assert.Equal(0, counts.StaleWithNothingMissing);
        Assert.Equal(45 - 18, counts.Compliant);
        Assert.Equal(2, counts.Inactive);
        Assert.Equal(5, counts.RebootRequired);
        Assert.Equal(4, counts.Requests);
        Assert.Equal(4, service.Queries.Count);
        Assert.All(service.Queries, q => Assert.Contains(InstanceMetric.WithSecurityUpdates, q.Metrics));
    }

    [Fact]
    public async Task AStaleInstanceWithNothingMissingIsNeitherVulnerableNorCompliant()
    {
        var service = new AnalyticsService();
        service.Counts[(Team, false, null)] = Metrics(total: 10, with: 4, updates: 9, unreachable: 3);
        service.Counts[(Team, false, "UNREACHABLE")] = Metrics(with: 1);
        var counts = await ComplianceAnalytics.SummarizeAsync(service, new ComplianceScope { CompartmentId = Team }, Tenancy, CancellationToken.None);
        Assert.Equal(2, counts.StaleWithNothingMissing);
        Assert.Equal(10 - 4 - 2, counts.Compliant);
        Assert.Equal(2, counts.Requests);
        Assert.Empty(service.CompartmentListings);
    }

    [Fact]
    public async Task AGroupIsCountedByItsMembersAndBugFixesByTheirOwnMetrics()
    {
        var service = new AnalyticsService();
        service.Counts[("group", false, null)] = Metrics(total: 7, withBugfix: 5, bugfixUpdates: 11);
        service.Counts[("group", false, "UNREACHABLE")] = Metrics();
        var scope = new ComplianceScope { ManagedInstanceGroupId = "group", UpdateKinds = new[] { UpdateKind.Bugfix } };
        var counts = await ComplianceAnalytics.SummarizeAsync(service, scope, Tenancy, CancellationToken.None);
        Assert.Equal((7L, 5L, 11L), (counts.Instances, counts.Vulnerable, counts.MissingUpdates));
        Assert.All(service.Queries, q => Assert.Equal("group", q.Query.ManagedInstanceGroupId));
    }

    private static Dictionary<InstanceMetric, long> Metrics(long total = 0, long with = 0, long updates = 0, long unreachable = 0, long warning = 0,
        long reboot = 0, long withBugfix = 0, long bugfixUpdates = 0) => new()
    {
        [InstanceMetric.Total] = total,
        [InstanceMetric.WithSecurityUpdates] = with,
        [InstanceMetric.SecurityUpdates] = updates,
        [InstanceMetric.WithBugfixUpdates] = withBugfix,
        [InstanceMetric.BugfixUpdates] = bugfixUpdates,
        [InstanceMetric.Unreachable] = unreachable,
        [InstanceMetric.Warning] = warning,
        [InstanceMetric.NeedsReboot] = reboot,
    };

    // Answers analytics by (compartment or group, subtree, status), and lists the tenancy's compartments: one of them PaaS.
    private sealed class AnalyticsService : UnusedOsmService
    {
        public Dictionary<(string Scope, bool Subtree, string? Status), Dictionary<InstanceMetric, long>> Counts { get; } = new();
        public List<(InstanceAnalyticsQuery Query, IReadOnlyCollection<InstanceMetric> Metrics)> Queries { get; } = new();
        public List<string> CompartmentListings { get; } = new();
        public override ServiceCapabilities Capabilities => Hub;

        public override Task<IReadOnlyDictionary<InstanceMetric, long>> SummarizeInstancesAsync(InstanceAnalyticsQuery query,
            IReadOnlyCollection<InstanceMetric> metrics, CancellationToken cancellationToken)
        {
            Queries.Add((query, metrics));
            var all = Counts[(query.CompartmentId ?? query.ManagedInstanceGroupId!, query.InSubtree, query.Status)];
            return Task.FromResult<IReadOnlyDictionary<InstanceMetric, long>>(metrics.Where(all.ContainsKey).ToDictionary(m => m, m => all[m]));
        }

        public override IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken)
        {
            CompartmentListings.Add(parentId);
            return new[]
            {
                new CompartmentRecord { Id = Team, Name = "team", ParentId = Tenancy, LifecycleState = "ACTIVE" },
                new CompartmentRecord { Id = Paas, Name = ComplianceScanner.PaasCompartmentName, ParentId = Tenancy, LifecycleState = "ACTIVE" },
            }.AsStream();
        }
    }
}
