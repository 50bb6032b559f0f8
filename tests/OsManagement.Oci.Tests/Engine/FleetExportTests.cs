using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Engine.Fleet;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>Export-OsmFleet's engine: what it reads and with which requests, what it leaves out and says, -Anonymize, and the file.</summary>
public sealed class FleetExportTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..t";
    private const string Prod = "ocid1.compartment.oc1..prod";
    private const string Group = "ocid1.osmhmanagedinstancegroup.oc1.iad.web";

    // A tenancy with one compartment: instances, a group, and scheduled jobs; counts the requests it answers.
    private sealed class FakeService : UnusedOsmService
    {
        public FakeService(bool hub) => Capabilities = new ServiceCapabilities("fake", true, hub ? ServiceCapabilities.AllFeatures : Array.Empty<ServiceFeature>());

        public override ServiceCapabilities Capabilities { get; }
        public List<(ManagedInstanceRecord Listed, List<AvailableUpdate> Updates)> Instances { get; } = new();
        // Hub lists no check-in time; it is read with the instance (the retired API lists it).
        private readonly Dictionary<string, DateTimeOffset?> _checkins = new();
        public List<ScheduledJobRecord> Jobs { get; } = new();
        public ConcurrentBag<string> Requests { get; } = new();
        public HashSet<string> Failing { get; } = new();

        public ManagedInstanceRecord Add(string name, string status, DateTimeOffset? checkin, params AvailableUpdate[] updates)
        {
            var hub = Capabilities.Supports(ServiceFeature.AdvisoryDetails);
            _checkins["ocid1.instance.oc1.iad." + name] = checkin;
            var listed = new ManagedInstanceRecord
            {
                Id = "ocid1.instance.oc1.iad." + name, DisplayName = name, Description = "secret " + name, CompartmentId = Prod, Status = status,
                OsFamily = new Reported<OsFamily>(OsFamily.Linux, "ORACLE_LINUX_9"), OsFamilyDetail = hub ? "ORACLE_LINUX_9" : null,
                UpdatesAvailable = updates.Length, LastCheckin = hub ? null : checkin, Location = hub ? "OCI_COMPUTE" : null,
            };
            Instances.Add((listed, updates.ToList()));
            return listed;
        }

        public override IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken)
        {
            Requests.Add("listCompartments");
            return new[] { new CompartmentRecord { Id = Prod, Name = "Production", Description = "secret", ParentId = Tenancy, LifecycleState = "ACTIVE" } }.AsStream();
        }

        public override async IAsyncEnumerable<ManagedInstanceRecord> ListManagedInstancesAsync(string compartmentId, OsFamily? osFamily,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Requests.Add("listInstances " + compartmentId);
            await Task.Yield();
            foreach (var instance in Instances.Where(i => i.Listed.CompartmentId == compartmentId))
            {
                yield return instance.Listed;
            }
        }

        public override Task<ManagedInstanceRecord> GetManagedInstanceAsync(string managedInstanceId, CancellationToken cancellationToken)
        {
            Requests.Add("getInstance " + managedInstanceId);
            var listed = Instances.Single(i => i.Listed.Id == managedInstanceId).Listed;
            return Task.FromResult(new ManagedInstanceRecord
            {
                Id = listed.Id, DisplayName = listed.DisplayName, CompartmentId = listed.CompartmentId, Status = listed.Status,
                OsFamily = listed.OsFamily, OsFamilyDetail = listed.OsFamilyDetail, Location = listed.Location, LastCheckin = _checkins[managedInstanceId],
            });
        }

        public override async IAsyncEnumerable<AvailableUpdate> ListAvailableUpdatesAsync(string managedInstanceId, OsFamily osFamily,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Requests.Add("listUpdates " + managedInstanceId);
            await Task.Yield();
            if (Failing.Contains(managedInstanceId))
            {
                throw new InvalidOperationException("cannot read " + managedInstanceId);
            }
            foreach (var update in Instances.Single(i => i.Listed.Id == managedInstanceId).Updates)
            {
                yield return update;
            }
        }

        public override IAsyncEnumerable<InstanceGroupRecord> ListManagedInstanceGroupsAsync(string compartmentId, CancellationToken cancellationToken) =>
            (compartmentId == Prod ? new[] { new InstanceGroupRecord { Id = Group, DisplayName = "web", CompartmentId = Prod, OsFamilyDetail = "ORACLE_LINUX_9" } }
                : Array.Empty<InstanceGroupRecord>()).AsStream();

        public override Task<InstanceGroupRecord> GetManagedInstanceGroupAsync(string groupId, CancellationToken cancellationToken) =>
            Task.FromResult(new InstanceGroupRecord
            {
                Id = Group, DisplayName = "web", CompartmentId = Prod, OsFamilyDetail = "ORACLE_LINUX_9",
                Members = Instances.Where(i => i.Listed.DisplayName.StartsWith("web", StringComparison.Ordinal)).Select(i => new ResourceRef(i.Listed.Id)).ToList(),
            });

        public override IAsyncEnumerable<ScheduledJobRecord> ListScheduledJobsAsync(ScheduledJobQuery query, CancellationToken cancellationToken)
        {
            Requests.Add("listJobs " + query.CompartmentId);
            return Jobs.Where(j => j.CompartmentId == query.CompartmentId).AsStream();
        }

        public override Task<ScheduledJobRecord> GetScheduledJobAsync(string scheduledJobId, CancellationToken cancellationToken) =>
            Task.FromResult(Jobs.Single(j => j.Id == scheduledJobId));
    }

    private static AvailableUpdate Package(string package, string kind, string? advisory, AdvisorySeverity? severity = null) => new()
    {
        Name = package + "-1.0-2.el9.X86_64",
        DisplayName = package,
        Kind = new Reported<UpdateKind>(Vocabulary.Parse<UpdateKind>(kind), kind.ToUpperInvariant()),
        Severity = severity,
        AdvisoryIssued = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        Errata = advisory is null ? Array.Empty<string>() : new[] { advisory },
        Cves = advisory is null ? Array.Empty<string>() : new[] { "CVE-2026-1111" },
        InstalledVersion = "1.0-1.el9",
        AvailableVersion = "1.0-2.el9",
        Architecture = "X86_64",
    };

    private static ScheduledJobRecord Job(string name, string operation, params string[] instanceIds) => new()
    {
        Id = "ocid1.osmhscheduledjob.oc1.iad." + name, DisplayName = name, CompartmentId = Prod,
        ScheduleKind = new Reported<ScheduleKind>(ScheduleKind.OneTime, "ONETIME"), NextRun = DateTimeOffset.UtcNow.AddDays(2),
        LifecycleState = new Reported<JobLifecycleState>(JobLifecycleState.Active, "ACTIVE"),
        Instances = instanceIds.Select(id => new ResourceRef(id)).ToList(),
        Operation = new Reported<JobOperation>(JobOperation.UpdateAll, operation),
        Operations = new[] { new JobOperationRecord { Operation = new Reported<JobOperation>(JobOperation.UpdateAll, operation) } },
    };

    private static Task<(FleetCopy Copy, List<FleetGap> Gaps, List<string> JobsLeftOut, int Unread)> Read(FakeService service) =>
        new FleetExporter(service).ReadAsync(new FleetExportScope(), Tenancy, null, (id, e) => throw e, CancellationToken.None);

    [Fact]
    public async Task OnlyAnInstanceThatMissesUpdatesHasThemListedAndOnlyAStoppedAgentIsReadForItsCheckin()
    {
        var service = new FakeService(hub: true);
        service.Add("web-01", "NORMAL", null);
        service.Add("web-02", "NORMAL", null, Package("openssl", "Security", "ELSA-2026-1", AdvisorySeverity.Critical), Package("tzdata", "Other", null));
        var stopped = DateTimeOffset.UtcNow.AddDays(-3);
        service.Add("db-01", "UNREACHABLE", stopped);

        var (copy, _, _, unread) = await Read(service);

        Assert.Equal(0, unread);
        Assert.Equal(new[] { "getInstance ocid1.instance.oc1.iad.db-01" }, service.Requests.Where(r => r.StartsWith("get", StringComparison.Ordinal)));
        Assert.Equal(new[] { "listUpdates ocid1.instance.oc1.iad.web-02" }, service.Requests.Where(r => r.StartsWith("listUpdates", StringComparison.Ordinal)));
        var web02 = copy.Instances.Single(i => i.Name == "web-02");
        Assert.Null(web02.LastCheckin);
        Assert.Equal(Group, web02.GroupId);
        var openssl = web02.Updates[0];
        Assert.Equal(("openssl", "SECURITY", "ELSA-2026-1", "CRITICAL", "x86_64"), (openssl.Name, openssl.Classification, openssl.Advisory, openssl.Severity, openssl.Architecture));
        var tzdata = web02.Updates[1];
        Assert.Equal(("OTHER", null, null), (tzdata.Classification, tzdata.Advisory, tzdata.Severity));
        Assert.Empty(tzdata.Cves);
        Assert.Equal(stopped, copy.Instances.Single(i => i.Name == "db-01").LastCheckin);
    }

    [Fact]
    public async Task AJobOnTargetsOutsideTheCopyOrWithAnOperationTheEmulatorDoesNotCarryOutIsLeftOutAndNamed()
    {
        var service = new FakeService(hub: true);
        var web = service.Add("web-01", "NORMAL", null);
        service.Jobs.Add(Job("patch", "UPDATE_SECURITY", web.Id));
        service.Jobs.Add(Job("elsewhere", "UPDATE_SECURITY", web.Id, "ocid1.instance.oc1.iad.other-region"));
        service.Jobs.Add(Job("mirror", "SYNC_MANAGEMENT_STATION_MIRROR", web.Id));

        var (copy, gaps, leftOut, _) = await Read(service);

        Assert.Equal(new[] { "patch" }, copy.Jobs.Select(j => j.Name));
        Assert.Equal(new[] { web.Id }, copy.Jobs[0].InstanceIds);
        Assert.Equal("UPDATE_SECURITY", copy.Jobs[0].Operations.Single().Type);
        Assert.Equal(new[] { "elsewhere", "mirror" }, leftOut);
        Assert.Contains(FleetGap.SomeJobs, gaps);
    }

    [Fact]
    public async Task TheRetiredApiSaysWhatItCannotCarryAndItsInstancesTakeTheFamilysWord()
    {
        var service = new FakeService(hub: false);
        service.Add("web-01", "NORMAL", DateTimeOffset.UtcNow.AddMinutes(-1));
        var stopped = DateTimeOffset.UtcNow.AddDays(-2);
        service.Add("db-01", "UNREACHABLE", stopped);

        var (copy, gaps, _, _) = await Read(service);

        // Its listing says when each agent last checked in: no instance is read for it.
        Assert.DoesNotContain(service.Requests, r => r.StartsWith("getInstance", StringComparison.Ordinal));
        Assert.Equal(stopped, copy.Instances.Single(i => i.Name == "db-01").LastCheckin);

        Assert.Equal(new[] { FleetGap.LifecycleEnvironments, FleetGap.DynamicSets, FleetGap.ScheduledJobs, FleetGap.AdvisoryDetails, FleetGap.OsReleases, FleetGap.Locations }, gaps);
        Assert.DoesNotContain(service.Requests, r => r.StartsWith("listJobs", StringComparison.Ordinal));
        Assert.Equal("LINUX", copy.Instances.Single(i => i.Name == "web-01").OsFamily);
        Assert.Null(copy.Instances.Single(i => i.Name == "web-01").LastCheckin);
    }

    [Fact]
    public async Task AnonymizingGivesEachThingOneAliasEverywhereKeepsWhatIsPublicAndDropsDescriptions()
    {
        var service = new FakeService(hub: true);
        var web = service.Add("web-01", "NORMAL", null, Package("openssl", "Security", "ELSA-2026-1", AdvisorySeverity.Low));
        service.Add("db-01", "NORMAL", null);
        service.Jobs.Add(Job("patch", "UPDATE_SECURITY", web.Id));
        var (copy, _, _, _) = await Read(service);
        copy.Sets.Add(new FleetSet { Id = "ocid1.osmhdynamicset.oc1.iad.s", Name = "web-set", CompartmentId = Prod, DisplayNames = new[] { "web-01", "nobody" },
            InstanceIds = new[] { web.Id }, GroupIds = new[] { Group } });

        var anonymous = FleetAnonymizer.Anonymize(copy);
        var json = FleetFileWriter.ToJson(anonymous);

        foreach (var secret in new[] { "web-01", "db-01", "Production", "secret", "patch", "web-set", web.Id, Prod, Tenancy, Group })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
        var instance = anonymous.Instances.Single(i => i.Updates.Count > 0);
        Assert.Equal("instance-0001", instance.Name);
        Assert.StartsWith("ocid1.instance.oc1.iad.anon", instance.Id, StringComparison.Ordinal);
        Assert.Equal(instance.Id, anonymous.Jobs.Single().InstanceIds.Single());
        Assert.Equal(instance.Id, anonymous.Sets.Single().InstanceIds.Single());
        Assert.Equal(new[] { "instance-0001", "unmatched-01" }, anonymous.Sets.Single().DisplayNames);
        Assert.Equal(anonymous.Groups.Single().Id, instance.GroupId);
        Assert.Equal(anonymous.Groups.Single().Id, anonymous.Sets.Single().GroupIds.Single());
        Assert.Equal(anonymous.Compartments.Single().Id, instance.CompartmentId);
        Assert.Equal(anonymous.TenancyId, anonymous.Compartments.Single().ParentId);
        Assert.Equal(("openssl", "ELSA-2026-1"), (instance.Updates[0].Name, instance.Updates[0].Advisory));
        Assert.Equal(json, FleetFileWriter.ToJson(FleetAnonymizer.Anonymize(copy)));
    }

    [Fact]
    public void OCIsOwnPaasCompartmentKeepsItsNameSoTheReportStillSkipsIt()
    {
        var copy = new FleetCopy { TenancyId = Tenancy };
        copy.Compartments.Add(new FleetCompartment { Id = Prod, Name = ComplianceScanner.PaasCompartmentName, ParentId = Tenancy });
        Assert.Equal(ComplianceScanner.PaasCompartmentName, FleetAnonymizer.Anonymize(copy).Compartments.Single().Name);
    }

    [Fact]
    public async Task TheFileIsWrittenWholeAndReplacesAnEarlierOneLeavingNothingBeside()
    {
        var service = new FakeService(hub: true);
        service.Add("web-01", "NORMAL", null);
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "fleet.json");
        File.WriteAllText(path, "earlier");

        var result = await new FleetExporter(service).ExportAsync(new FleetExportScope(), Tenancy, path, null, (id, e) => throw e, CancellationToken.None);

        Assert.Equal(1, result.Instances);
        Assert.Equal(new[] { "fleet.json" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        using var written = JsonDocument.Parse(File.ReadAllText(path));
        var production = written.RootElement.GetProperty("compartments")[0];
        Assert.Equal(Prod, production.GetProperty("id").GetString());
        Assert.Equal(Prod, written.RootElement.GetProperty("instances")[0].GetProperty("compartment").GetString());
        Assert.Equal(Tenancy, written.RootElement.GetProperty("tenancyId").GetString());
    }

    [Fact]
    public async Task AnInstanceThatCannotBeReadIsReportedAndLeftOutAndTheOthersAreCopied()
    {
        var service = new FakeService(hub: true);
        service.Add("web-01", "NORMAL", null, Package("openssl", "Security", "ELSA-2026-1", AdvisorySeverity.Low));
        var broken = service.Add("web-02", "NORMAL", null, Package("openssl", "Security", "ELSA-2026-1", AdvisorySeverity.Low));
        service.Failing.Add(broken.Id);
        var errors = new ConcurrentBag<string>();

        var (copy, _, _, unread) = await new FleetExporter(service).ReadAsync(new FleetExportScope(), Tenancy, null, (id, _) => errors.Add(id), CancellationToken.None);

        Assert.Equal(new[] { broken.Id }, errors);
        Assert.Equal(1, unread);
        Assert.Equal(new[] { "web-01" }, copy.Instances.Select(i => i.Name));
    }
}
