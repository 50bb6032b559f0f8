using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// The scanner on a fake service: every instance judged at one moment and counted, stale ones found from the listing
/// without further requests when it can tell, read in full when it cannot, and -MinimumSeverity's narrowing.
/// </summary>
public sealed class ComplianceScannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Tenancy = "ocid1.tenancy.oc1..t";

    // One compartment of instances; counts the requests it answers.
    private sealed class FakeService : UnusedOsmService
    {
        public FakeService(bool hub) => Capabilities = new ServiceCapabilities("fake", true, hub ? ServiceCapabilities.AllFeatures : Array.Empty<ServiceFeature>());

        public List<(ManagedInstanceRecord Full, ManagedInstanceRecord Listed, List<AvailableUpdate> Updates)> Instances { get; } = new();
        public ConcurrentBag<string> Gets { get; } = new();
        public ConcurrentBag<string> Listings { get; } = new();

        public override ServiceCapabilities Capabilities { get; }

        public void Add(string name, string status, double? checkinHoursAgo, bool listingHasCheckin, params AvailableUpdate[] updates)
        {
            var checkin = checkinHoursAgo is { } hours ? Now.AddHours(-hours) : (DateTimeOffset?)null;
            var id = "ocid1.instance.oc1.iad." + name;
            Instances.Add((
                new ManagedInstanceRecord
                {
                    Id = id, DisplayName = name, CompartmentId = Tenancy, Status = status, LastCheckin = checkin, IsDetailed = true,
                    OsFamily = new Reported<OsFamily>(OsFamily.Linux, "LINUX"), UpdatesAvailable = updates.Length,
                    SecurityUpdatesAvailable = updates.Count(u => u.Kind.Is(UpdateKind.Security)),
                    BugUpdatesAvailable = updates.Count(u => u.Kind.Is(UpdateKind.Bugfix)), EnhancementUpdatesAvailable = 0, OtherUpdatesAvailable = 0,
                },
                new ManagedInstanceRecord
                {
                    Id = id, DisplayName = name, CompartmentId = Tenancy, Status = status, LastCheckin = listingHasCheckin ? checkin : null,
                    OsFamily = new Reported<OsFamily>(OsFamily.Linux, "LINUX"), UpdatesAvailable = updates.Length,
                },
                updates.ToList()));
        }

        public override Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken)
        {
            Gets.Add(managedInstanceId);
            return Task.FromResult(Instances.Single(i => i.Full.Id == managedInstanceId).Full);
        }

        public override async IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            ListedCompartments.Add(compartmentId);
            await Task.Yield();
            if (FailingCompartments.Contains(compartmentId))
            {
                throw new InvalidOperationException("cannot list " + compartmentId);
            }
            foreach (var instance in Instances)
            {
                yield return instance.Listed;
            }
        }

        public override async IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Listings.Add(managedInstanceId);
            await Task.Yield();
            foreach (var update in Instances.Single(i => i.Full.Id == managedInstanceId).Updates)
            {
                yield return update;
            }
        }

        // What the service's finder names as missing an advisory, when it has one.
        public HashSet<string>? Affected { get; set; }
        public ConcurrentBag<string> FinderCalls { get; } = new();

        // The finder's own reading fails (Hub's ListErrata), after a moment.
        public bool FinderFails { get; set; }

        public override async Task<AffectedInstanceFinder?> FindAffectedInstancesAsync(IReadOnlyCollection<UpdateKind> kinds, CancellationToken cancellationToken)
        {
            await Task.Delay(20, cancellationToken);
            return FinderFails ? throw new InvalidOperationException("cannot list errata") : await FinderOf();
        }

        private Task<AffectedInstanceFinder?> FinderOf() =>
            Task.FromResult(Affected is null ? null : new AffectedInstanceFinder(OsFamily.Linux, (compartmentId, token) =>
            {
                FinderCalls.Add(compartmentId);
                return Task.FromResult<IReadOnlyCollection<string>>(Affected.Select(name => "ocid1.instance.oc1.iad." + name).ToList());
            }));

        // What the service says of a CVE or advisory query beforehand (null: nothing, as the retired service).
        public Exposure? Exposure { get; set; }
        public ConcurrentBag<ExposureQuery> ExposureQueries { get; } = new();

        public override Task<Exposure> FindExposedInstancesAsync(ExposureQuery query, CancellationToken cancellationToken)
        {
            ExposureQueries.Add(query);
            return Task.FromResult(Exposure ?? Exposure.Unknown);
        }

        // The tree below the scan's compartment, the compartments whose listing fails, those listed, and one group.
        public List<CompartmentRecord> Compartments { get; } = new();
        public HashSet<string> FailingCompartments { get; } = new();
        public ConcurrentBag<string> ListedCompartments { get; } = new();
        public InstanceGroupRecord? Group { get; set; }

        public override IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken) =>
            Compartments.AsStream();
        public override Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
            Task.FromResult(Group ?? throw new NotSupportedException());
    }

    private static AvailableUpdate Security(string name, AdvisorySeverity? severity, int? issuedDaysAgo) => new()
    {
        Name = name,
        DisplayName = name,
        Kind = new Reported<UpdateKind>(UpdateKind.Security, "SECURITY"),
        Severity = severity,
        AdvisoryIssued = issuedDaysAgo is { } days ? Now.AddDays(-days) : null,
        Errata = new[] { "ELSA-" + name },
    };

    private static async Task<(List<ComplianceFinding> Findings, ComplianceTotals Totals)> Scan(FakeService service, ComplianceScope scope)
    {
        scope.AsOf = Now;
        var findings = new List<ComplianceFinding>();
        var totals = await new ComplianceScanner(service).ScanAsync(scope, Tenancy, findings.Add, null, (id, e) => throw e, CancellationToken.None);
        return (findings, totals);
    }

    [Fact]
    public async Task StaleInstancesWithNothingMissingAreCountedFromTheListingWithoutAnotherRequest()
    {
        var service = new FakeService(hub: false);
        service.Add("fresh", "NORMAL", 0.1, true);
        service.Add("silent", "NORMAL", 30, true);
        service.Add("lost", "UNREACHABLE", 200, true);
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", null, null));

        var (findings, totals) = await Scan(service, new ComplianceScope());

        Assert.Equal(new[] { "vulnerable" }, findings.Select(f => f.Instance.DisplayName));
        Assert.Empty(service.Gets);
        Assert.Equal(4, totals.Tally.Instances);
        Assert.Equal(1, totals.Tally.Compliant);
        Assert.Equal(2, totals.Tally.Stale);
        Assert.Equal(2, totals.Tally.StaleWithNothingMissing);
        Assert.Equal(1, totals.Tally.Vulnerable);
        Assert.Equal(Now, totals.AsOf);
        Assert.All(findings, f => Assert.Equal(Now, f.AsOf));
    }

    [Fact]
    public async Task AListingWithoutCheckinTimesJudgesAnInstanceWithNothingMissingByItsStatusAlone()
    {
        // Hub lists no check-in time, but shows an agent that has not checked in for 24 hours as UNREACHABLE: reading
        // every instance to see its check-in would double the report's requests and tell nothing more.
        var service = new FakeService(hub: true);
        service.Add("fresh", "NORMAL", 0.1, false);
        service.Add("silent", "NORMAL", 30, false);
        service.Add("lost", "UNREACHABLE", 200, false);

        var (findings, totals) = await Scan(service, new ComplianceScope());

        Assert.Empty(findings);
        Assert.Empty(service.Gets);
        Assert.Empty(service.Listings);
        Assert.Equal(1, totals.Tally.Stale);
        Assert.Equal(2, totals.Tally.Compliant);
    }

    [Fact]
    public async Task WithDetailsAVulnerableInstanceIsReadInFullSoItsCheckinJudgesItStale()
    {
        var service = new FakeService(hub: true);
        service.Add("silent-and-vulnerable", "NORMAL", 30, false, Security("openssl", AdvisorySeverity.Critical, 3));

        var (findings, totals) = await Scan(service, new ComplianceScope { ReadInstanceDetails = true });

        var finding = Assert.Single(findings);
        Assert.Equal(StaleReason.NoRecentCheckin, finding.Assessment.Stale);
        Assert.Equal(1, totals.Tally.Stale);
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.silent-and-vulnerable" }, service.Gets);
    }

    [Fact]
    public async Task WithoutDetailsTheSameInstancesAreFoundMissingTheSameUpdatesFromTheirListingAlone()
    {
        // Reading each reported instance in full costs a request each (600 of 2,400 on a 2,000-instance fleet) and adds
        // only what its listing lacks (Hub: check-in time, OS version): the answer, who misses what, is the same.
        FakeService Fleet()
        {
            var service = new FakeService(hub: true);
            service.Add("silent-and-vulnerable", "NORMAL", 30, false, Security("openssl", AdvisorySeverity.Critical, 3));
            service.Add("lost-and-vulnerable", "UNREACHABLE", 200, false, Security("glibc", AdvisorySeverity.Important, 40));
            service.Add("clean", "NORMAL", 0.1, false);
            return service;
        }
        var cheap = Fleet();
        var detailed = Fleet();

        var (cheapFindings, _) = await Scan(cheap, new ComplianceScope());
        var (detailedFindings, _) = await Scan(detailed, new ComplianceScope { ReadInstanceDetails = true });

        static IEnumerable<string> Answer(List<ComplianceFinding> findings) =>
            findings.Select(f => f.Instance.DisplayName + ":" + string.Join(",", f.Advisories.Select(a => a.Name)) + ":" + f.Assessment.HighestSeverity);
        Assert.Equal(Answer(detailedFindings), Answer(cheapFindings));
        Assert.Empty(cheap.Gets);
        Assert.Equal(2, detailed.Gets.Count);
        Assert.Null(cheapFindings[0].Instance.LastCheckin);
        Assert.Equal(StaleReason.Unreachable, cheapFindings[1].Assessment.Stale);
    }

    [Fact]
    public async Task InstancesTheServiceFinderDoesNotNameHaveNoUpdatesListedAndNoneIsReadInFull()
    {
        var service = new FakeService(hub: true) { Affected = new HashSet<string> { "vulnerable" } };
        service.Add("bugs-only", "NORMAL", 0.1, false, new AvailableUpdate
        {
            Name = "tzdata", DisplayName = "tzdata", Kind = new Reported<UpdateKind>(UpdateKind.Bugfix, "BUGFIX"), Errata = new[] { "ELBA-tzdata" },
        });
        service.Add("vulnerable", "NORMAL", 0.1, false, Security("openssl", AdvisorySeverity.Important, 10));
        service.Add("clean", "NORMAL", 0.1, false);

        var (findings, totals) = await Scan(service, new ComplianceScope());

        Assert.Equal(new[] { "vulnerable" }, findings.Select(f => f.Instance.DisplayName));
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.vulnerable" }, service.Listings);
        Assert.Empty(service.Gets);
        Assert.Equal(new[] { Tenancy }, service.FinderCalls);
        Assert.Equal(2, totals.Tally.Compliant);
        Assert.Equal(1, totals.Tally.Vulnerable);
    }

    [Fact]
    public async Task TheFindersFailureIsTheWholeReportsNotEachCompartments()
    {
        var service = new FakeService(hub: true) { Affected = new HashSet<string> { "vulnerable" }, FinderFails = true };
        service.Add("vulnerable", "NORMAL", 0.1, false, Security("openssl", AdvisorySeverity.Important, 10));
        service.Compartments.Add(new CompartmentRecord { Id = "c-dev", Name = "dev" });
        var errors = new List<string>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new ComplianceScanner(service).ScanAsync(
            new ComplianceScope { Recurse = true, AsOf = Now }, Tenancy, _ => { }, null, (id, _) => errors.Add(id), CancellationToken.None));

        Assert.Equal("cannot list errata", failure.Message);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task WithoutAFinderEveryInstanceWithUpdatesHasThemListedAndNoneIsReadInFull()
    {
        var service = new FakeService(hub: false);
        service.Add("bugs-only", "NORMAL", 0.1, true, new AvailableUpdate
        {
            Name = "tzdata", DisplayName = "tzdata", Kind = new Reported<UpdateKind>(UpdateKind.Bugfix, "BUGFIX"),
        });
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", null, null));

        var (findings, _) = await Scan(service, new ComplianceScope());

        Assert.Equal(new[] { "vulnerable" }, findings.Select(f => f.Instance.DisplayName));
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.bugs-only", "ocid1.instance.oc1.iad.vulnerable" }, service.Listings.OrderBy(l => l));
        Assert.Empty(service.Gets);
    }

    private static AvailableUpdate Fix(string name, string erratum, params string[] cves) => new()
    {
        Name = name,
        DisplayName = name,
        Kind = new Reported<UpdateKind>(UpdateKind.Security, "SECURITY"),
        Errata = new[] { erratum },
        Cves = cves,
    };

    private static readonly UpdateKind[] AllKinds = { UpdateKind.Security, UpdateKind.Bugfix, UpdateKind.Enhancement, UpdateKind.Other };

    [Fact]
    public async Task NarrowedToACveWithoutHelpFromTheServiceEachInstanceWithUpdatesIsMatchedByItsUpdatesCves()
    {
        // The retired service lists each instance's updates with their CVEs, and nothing by CVE.
        var service = new FakeService(hub: false);
        service.Add("exposed", "NORMAL", 0.1, true, Fix("openssl", "ELSA-2026-0001", "CVE-2026-1234", "CVE-2026-1235"), Fix("zlib", "ELSA-2026-0002", "CVE-2025-7"));
        service.Add("other-cve", "NORMAL", 0.1, true, Fix("zlib", "ELSA-2026-0002", "CVE-2025-7"));
        service.Add("clean", "NORMAL", 0.1, true);
        var query = ExposureQuery.From(new[] { "CVE-2026-1234", "CVE-2024-*" }, null, out _)!;

        var (findings, totals) = await Scan(service, new ComplianceScope { Exposure = query, UpdateKinds = AllKinds });

        var finding = Assert.Single(findings);
        Assert.Equal("exposed", finding.Instance.DisplayName);
        Assert.Equal(new[] { "ELSA-2026-0001" }, finding.Advisories.Select(a => a.Name));
        Assert.Equal(new[] { "openssl" }, finding.Missing.Select(u => u.Name));
        Assert.Equal(new[] { "CVE-2026-1234" }, finding.MatchingCves);
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.exposed", "ocid1.instance.oc1.iad.other-cve" }, service.Listings.OrderBy(l => l, StringComparer.Ordinal));
        Assert.Empty(service.Gets);
        var unmatched = Assert.Single(totals.Unmatched);
        Assert.Equal(("CVE-2024-*", true, (bool?)null), (unmatched.Pattern, unmatched.IsCve, unmatched.ServiceKnowsIt));
        Assert.Equal(1, totals.Tally.Vulnerable);
    }

    [Fact]
    public async Task NarrowedWithTheServicesHelpOnlyTheInstancesItsFinderNamesHaveTheirUpdatesListed()
    {
        // Hub: the advisories carrying the CVE come from ListErrata (with every CVE they fix, which a package's own list
        // may lack), and the instances that miss one from listing the compartment by advisory name.
        var service = new FakeService(hub: true);
        service.Add("exposed", "NORMAL", 0.1, false, Fix("kernel", "ELSA-2026-0100"), Fix("zlib", "ELSA-2026-0002", "CVE-2025-7"));
        service.Add("not-named", "NORMAL", 0.1, false, Fix("zlib", "ELSA-2026-0002", "CVE-2025-7"));
        var finderCalls = new List<string>();
        service.Exposure = new Exposure(
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["ELSA-2026-0100"] = new[] { "CVE-2026-4321", "CVE-2026-4322" } },
            new AffectedInstanceFinder(null, (compartmentId, _) =>
            {
                finderCalls.Add(compartmentId);
                return Task.FromResult<IReadOnlyCollection<string>>(new[] { "ocid1.instance.oc1.iad.exposed" });
            }),
            new HashSet<string> { "CVE-2026-4321" });
        var query = ExposureQuery.From(new[] { "CVE-2026-4321", "CVE-2026-0404" }, null, out _)!;

        var (findings, totals) = await Scan(service, new ComplianceScope { Exposure = query, UpdateKinds = AllKinds });

        var finding = Assert.Single(findings);
        Assert.Equal("exposed", finding.Instance.DisplayName);
        Assert.Equal(new[] { "ELSA-2026-0100" }, finding.Advisories.Select(a => a.Name));
        Assert.Equal(new[] { "CVE-2026-4321", "CVE-2026-4322" }, finding.Advisories[0].Cves);
        Assert.Equal(new[] { "CVE-2026-4321" }, finding.MatchingCves);
        Assert.Equal(new[] { "ocid1.instance.oc1.iad.exposed" }, service.Listings);
        Assert.Empty(service.Gets);
        Assert.Equal(new[] { Tenancy }, finderCalls);
        Assert.Equal(query, Assert.Single(service.ExposureQueries));
        var unmatched = Assert.Single(totals.Unmatched);
        Assert.Equal(("CVE-2026-0404", false), (unmatched.Pattern, unmatched.ServiceKnowsIt));
    }

    [Fact]
    public async Task NarrowedToAnAdvisoryTheReportTypesStillApply()
    {
        var service = new FakeService(hub: false);
        service.Add("bug", "NORMAL", 0.1, true, new AvailableUpdate
        {
            Name = "tzdata", DisplayName = "tzdata", Kind = new Reported<UpdateKind>(UpdateKind.Bugfix, "BUGFIX"), Errata = new[] { "ELBA-2026-0001" },
        });
        var query = ExposureQuery.From(null, new[] { "EL?A-2026-*" }, out _)!;

        var (securityOnly, _) = await Scan(service, new ComplianceScope { Exposure = query });
        var (anyType, totals) = await Scan(service, new ComplianceScope { Exposure = query, UpdateKinds = AllKinds });

        Assert.Empty(securityOnly);
        Assert.Equal(new[] { "ELBA-2026-0001" }, Assert.Single(anyType).Advisories.Select(a => a.Name));
        Assert.Empty(totals.Unmatched);
    }

    [Fact]
    public async Task WithCompliantInstancesAskedForStaleOnesAreReportedAndFlagged()
    {
        var service = new FakeService(hub: false);
        service.Add("fresh", "NORMAL", 0.1, true);
        service.Add("silent", "NORMAL", 30, true);

        var (findings, _) = await Scan(service, new ComplianceScope { IncludeCompliant = true });

        Assert.Equal(new[] { ("fresh", true, false), ("silent", false, true) },
            findings.Select(f => (f.Instance.DisplayName, f.Assessment.IsCompliant, f.Assessment.IsStale)));
    }

    [Fact]
    public async Task MinimumSeverityLeavesOutWhatIsLessSevereOrUnrated()
    {
        var service = new FakeService(hub: true);
        service.Add("critical", "NORMAL", 0.1, true, Security("glibc", AdvisorySeverity.Critical, 20), Security("zlib", AdvisorySeverity.Low, 5));
        service.Add("low", "NORMAL", 0.1, true, Security("expat", AdvisorySeverity.Low, 100));
        service.Add("unrated", "NORMAL", 0.1, true, Security("kb5048010", null, null));

        var (findings, totals) = await Scan(service, new ComplianceScope { MinimumSeverity = AdvisorySeverity.Important });

        var finding = Assert.Single(findings);
        Assert.Equal("critical", finding.Instance.DisplayName);
        Assert.Equal(new[] { "ELSA-glibc" }, finding.Advisories.Select(a => a.Name));
        Assert.Equal(AdvisorySeverity.Critical, finding.Assessment.HighestSeverity);
        Assert.Equal(20, finding.Assessment.OldestAgeDays);
        Assert.True(finding.Assessment.IsSlaBreached);
        Assert.Equal(1, totals.Tally.Vulnerable);
        Assert.Equal(2, totals.Tally.Compliant);
    }

    [Fact]
    public async Task AMinimumSeverityOnAServiceWithoutSeverityIsRefusedBeforeAnyRequest()
    {
        var service = new FakeService(hub: false);
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", null, null));

        await Assert.ThrowsAsync<NotSupportedException>(() => Scan(service, new ComplianceScope { MinimumSeverity = AdvisorySeverity.Low }));
        Assert.Empty(service.Gets);
    }

    [Fact]
    public async Task OnAServiceWithoutAdvisoryDetailsSeverityIsUnknownForEveryFinding()
    {
        var service = new FakeService(hub: false);
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", null, null));

        var (findings, totals) = await Scan(service, new ComplianceScope());

        Assert.False(Assert.Single(findings).Assessment.SeverityKnown);
        Assert.False(totals.Tally.SeverityKnown);
        Assert.Null(findings[0].Assessment.IsSlaBreached);
    }

    private static async Task<(List<ComplianceFinding> Findings, ComplianceTotals Totals, ComplianceProgress Progress, List<string> Errors)> ScanWithErrors(
        FakeService service, ComplianceScope scope)
    {
        scope.AsOf = Now;
        var findings = new List<ComplianceFinding>();
        var errors = new List<string>();
        ComplianceProgress? progress = null;
        var totals = await new ComplianceScanner(service).ScanAsync(scope, Tenancy, findings.Add, p => progress = p, (id, _) => errors.Add(id), CancellationToken.None);
        return (findings, totals, progress!, errors);
    }

    [Fact]
    public async Task ProgressIsToldAtMostSoOftenAndLastWhenEverythingIsDone()
    {
        var service = new FakeService(hub: false);
        for (var i = 0; i < 60; i++)
        {
            service.Add("vulnerable-" + i, "NORMAL", 0.1, true, Security("openssl", null, null));
        }
        var told = new List<(int Found, int Done, int Vulnerable)>();

        await new ComplianceScanner(service).ScanAsync(new ComplianceScope { AsOf = Now }, Tenancy, _ => { },
            p => told.Add((p.InstancesFound, p.InstancesDone, p.Vulnerable)), (_, e) => throw e, CancellationToken.None);

        Assert.Equal((60, 60, 60), told[told.Count - 1]);
    }

    [Fact]
    public async Task ARecursiveScanListsEachCompartmentButPaaSOnceCountsInstancesOnceAndOneThatCannotBeListedApart()
    {
        var service = new FakeService(hub: false);
        service.Add("fresh", "NORMAL", 0.1, true);
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", null, null));
        service.Compartments.Add(new CompartmentRecord { Id = "c-dev", Name = "dev" });
        service.Compartments.Add(new CompartmentRecord { Id = "c-paas", Name = ComplianceScanner.PaasCompartmentName });
        service.Compartments.Add(new CompartmentRecord { Id = "c-broken", Name = "broken" });
        service.FailingCompartments.Add("c-broken");

        var (findings, totals, progress, errors) = await ScanWithErrors(service, new ComplianceScope { Recurse = true });

        // The fake lists the same two instances in every compartment: each is scanned once.
        Assert.Equal(new[] { "c-broken", "c-dev", Tenancy }, service.ListedCompartments.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(new[] { "c-broken" }, errors);
        Assert.Equal(new[] { "vulnerable" }, findings.Select(f => f.Instance.DisplayName));
        Assert.Equal((2, 0, 1), (totals.Instances, totals.UnscannedInstances, totals.UnreadCompartments));
        Assert.Equal(2, totals.Tally.Instances);
        Assert.Equal((3, 2, 2, 1), (progress.CompartmentsTotal, progress.InstancesFound, progress.InstancesDone, progress.Vulnerable));
    }

    [Fact]
    public async Task AGroupsMembersAreReadInFullAndTheirUpdatesListedOnlyWhenTheirCountsSayTheyMayMissSomething()
    {
        var service = new FakeService(hub: false);
        service.Add("fresh", "NORMAL", 0.1, true);
        service.Add("vulnerable", "NORMAL", 0.1, true, Security("openssl", AdvisorySeverity.Low, 3));
        service.Add("buggy", "NORMAL", 0.1, true, new AvailableUpdate
        {
            Name = "vim-9", DisplayName = "vim", Kind = new Reported<UpdateKind>(UpdateKind.Bugfix, "BUGFIX"), Errata = new[] { "ELBA-1" },
        });
        var ids = new[] { "fresh", "vulnerable", "buggy", "gone" }.Select(n => "ocid1.instance.oc1.iad." + n).ToList();
        service.Group = new InstanceGroupRecord { Id = "ocid1.group.oc1..g", Members = ids.Select(id => new ResourceRef(id)).ToList() };

        var (findings, totals, progress, errors) = await ScanWithErrors(service, new ComplianceScope { ManagedInstanceGroupId = "ocid1.group.oc1..g" });

        Assert.Equal(ids.OrderBy(id => id), service.Gets.OrderBy(id => id));
        // Only the member with security updates has its updates listed; a group needs no compartment and no finder.
        Assert.Equal(new[] { ids[1] }, service.Listings);
        Assert.Empty(service.ListedCompartments);
        Assert.Equal(new[] { ids[3] }, errors);
        Assert.Equal(new[] { "vulnerable" }, findings.Select(f => f.Instance.DisplayName));
        Assert.Equal((4, 1, 0), (totals.Instances, totals.UnscannedInstances, totals.UnreadCompartments));
        Assert.Equal(3, totals.Tally.Instances);
        Assert.Equal((4, 4, 1), (progress.InstancesFound, progress.InstancesDone, progress.Vulnerable));
    }
}
