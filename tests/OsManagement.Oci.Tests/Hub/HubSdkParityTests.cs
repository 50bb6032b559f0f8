using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Services.Hub.Models;
using OsManagement.Oci.Tests.Support;
using Case = OsManagement.Oci.Tests.Support.SdkParityCase<OsManagement.Oci.Services.Hub.HubClient>;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>
/// Every operation of <see cref="HubClient"/> sends what Oracle's oci-osmanagementhub 2.139.1 sends for the
/// same call: method, path, query (names, values, repeated array keys), if-match, opc-retry-token and JSON body. The
/// SDK is given the call in its own vocabulary (its request objects, as its d.ts files name them) and records what it
/// would send; the comparison ignores only what does not change the meaning: the order of query parameters, the
/// SDK's time format in queries (oci-common writes 'T5:04:03Z', we write 'T05:04:03.000Z') and its URL encoding.
/// </summary>
public sealed class HubSdkParityTests : IClassFixture<HubSdkParityTests.Capture>
{
    private const string I = "ocid1.managedinstance.oc1.iad.aaaa";
    private const string G = "ocid1.osmhmanagedinstancegroup.oc1.iad.gggg";
    private const string C = "ocid1.compartment.oc1..cccc";
    private const string J = "ocid1.osmhscheduledjob.oc1.iad.jjjj";
    private const string W = "ocid1.osmhworkrequest.oc1.iad.wwww";
    private static readonly DateTimeOffset T1 = new(2026, 12, 1, 5, 4, 3, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = new(2026, 12, 24, 23, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly Capture _capture;

    public HubSdkParityTests(Capture capture) => _capture = capture;

    public static IEnumerable<object[]> Operations => Cases.Select(c => new object[] { c.Call.Operation });

    [Theory]
    [MemberData(nameof(Operations))]
    public void The_request_is_the_one_oci_osmanagementhub_sends(string operation) =>
        SdkParity.AssertSame(_capture.Sdk[operation], _capture.Ours[operation],
            retryTokenGiven: Cases.Single(c => c.Call.Operation == operation).Call.Request["opcRetryToken"] is not null);

    [Fact]
    public void Every_public_operation_of_the_client_is_compared() =>
        Assert.Equal(SdkParity.OperationsOf(typeof(HubClient)), Cases.Select(c => c.Call.Operation).OrderBy(n => n, StringComparer.Ordinal));

    [Fact]
    public void Each_operation_has_one_case_and_each_case_one_request()
    {
        Assert.Equal(Cases.Length, Cases.Select(c => c.Call.Operation).Distinct().Count());
        Assert.Equal(Cases.Length, _capture.Ours.Count);
        Assert.Equal(Cases.Length, _capture.Sdk.Count);
    }

    private static readonly WorkRequestDetails Named = new() { DisplayName = "patch night", Description = "by OsManagement" };
    private const string NamedJson = "\"workRequestDetails\":{\"displayName\":\"patch night\",\"description\":\"by OsManagement\"}";

    private static Case Op(string client, string operation, string request, Func<HubClient, Task> ours) => SdkParity.Op(client, operation, request, ours);

    private static Task Drain<T>(IAsyncEnumerable<T> items) => SdkParity.Drain(items);

    private static readonly Case[] Cases =
    {
        // ManagedInstanceClient
        Op("ManagedInstanceClient", "getManagedInstance", $$"""{"managedInstanceId":"{{I}}"}""",
            c => c.GetManagedInstanceAsync(I, None)),
        Op("ManagedInstanceClient", "listManagedInstances", $$"""
            {"compartmentId":"{{C}}","displayName":["web-1","web-2"],"displayNameContains":"web","managedInstanceId":"{{I}}",
             "status":["NORMAL","WARNING"],"archType":["X86_64","AARCH64"],"osFamily":["ORACLE_LINUX_9","ORACLE_LINUX_8"],
             "isManagementStation":false,"group":"{{G}}","groupNotEqualTo":"g2","lifecycleStage":"s1","lifecycleStageNotEqualTo":"s2",
             "isAttachedToGroupOrLifecycleStage":true,"softwareSourceId":"ss1","advisoryName":["ELSA-2024-1","ELSA-2024-2"],
             "lifecycleEnvironment":"e1","lifecycleEnvironmentNotEqualTo":"e2","location":["OCI_COMPUTE","ON_PREMISE"],
             "locationNotEqualTo":["AZURE"],"profile":["p1","p2"],"profileNotEqualTo":["p3"],"isProfileAttached":true,
             "isManagedByAutonomousLinux":false,"agentVersion":"1.2.3","managementStation":["m1","m2"],
             "managementStationNotEqualTo":["m3"],"isRebootRequired":true,"limit":50,"sortOrder":"ASC","sortBy":"displayName"}
            """,
            c => Drain(c.ListManagedInstancesAsync(new ListManagedInstancesRequest
            {
                CompartmentId = C, DisplayName = new() { "web-1", "web-2" }, DisplayNameContains = "web", ManagedInstanceId = I,
                Status = new() { ManagedInstanceStatus.Normal, ManagedInstanceStatus.Warning }, ArchType = new() { ArchType.X8664, ArchType.Aarch64 },
                OsFamily = new() { OsFamily.OracleLinux9, OsFamily.OracleLinux8 }, IsManagementStation = false, Group = G, GroupNotEqualTo = "g2",
                LifecycleStage = "s1", LifecycleStageNotEqualTo = "s2", IsAttachedToGroupOrLifecycleStage = true, SoftwareSourceId = "ss1",
                AdvisoryName = new() { "ELSA-2024-1", "ELSA-2024-2" }, LifecycleEnvironment = "e1", LifecycleEnvironmentNotEqualTo = "e2",
                Location = new() { ManagedInstanceLocation.OciCompute, ManagedInstanceLocation.OnPremise }, LocationNotEqualTo = new() { ManagedInstanceLocation.Azure },
                Profile = new() { "p1", "p2" }, ProfileNotEqualTo = new() { "p3" }, IsProfileAttached = true, IsManagedByAutonomousLinux = false,
                AgentVersion = "1.2.3", ManagementStation = new() { "m1", "m2" }, ManagementStationNotEqualTo = new() { "m3" }, IsRebootRequired = true,
                Limit = 50, SortOrder = SortOrder.Asc, SortBy = SortBy.DisplayName,
            }, None))),
        Op("ManagedInstanceClient", "listManagedInstanceUpdatablePackages", $$"""
            {"managedInstanceId":"{{I}}","classificationType":["SECURITY","BUGFIX"],"displayName":["bash","glibc"],"displayNameContains":"li",
             "advisoryName":["ELSA-2024-1"],"advisorySeverity":["CRITICAL","IMPORTANT"],"compartmentId":"{{C}}","limit":10,
             "sortOrder":"DESC","sortBy":"timeCreated"}
            """,
            c => Drain(c.ListManagedInstanceUpdatablePackagesAsync(new ListManagedInstanceUpdatablePackagesRequest
            {
                ManagedInstanceId = I, ClassificationType = new() { ClassificationTypes.Security, ClassificationTypes.Bugfix },
                DisplayName = new() { "bash", "glibc" }, DisplayNameContains = "li", AdvisoryName = new() { "ELSA-2024-1" },
                AdvisorySeverity = new() { AdvisorySeverity.Critical, AdvisorySeverity.Important }, CompartmentId = C, Limit = 10,
                SortOrder = SortOrder.Desc, SortBy = SortBy.TimeCreated,
            }, None))),
        Op("ManagedInstanceClient", "listManagedInstanceAvailableWindowsUpdates", $$"""
            {"managedInstanceId":"{{I}}","classificationType":["SECURITY","OTHER"],"name":["6981d463-cd91-4a26-b7c4-ea4ded9183ed"],
             "displayName":"KB5034441","displayNameContains":"KB50","isInstallable":"INSTALLABLE","compartmentId":"{{C}}","limit":5,
             "sortOrder":"ASC","sortBy":"name"}
            """,
            c => Drain(c.ListManagedInstanceAvailableWindowsUpdatesAsync(new ListManagedInstanceAvailableWindowsUpdatesRequest
            {
                ManagedInstanceId = I, ClassificationType = new() { ClassificationTypes.Security, ClassificationTypes.Other },
                Name = new() { "6981d463-cd91-4a26-b7c4-ea4ded9183ed" }, DisplayName = "KB5034441", DisplayNameContains = "KB50",
                IsInstallable = InstallableStates.Installable, CompartmentId = C, Limit = 5, SortOrder = SortOrder.Asc, SortBy = SortBy.Name,
            }, None))),
        Op("ManagedInstanceClient", "updatePackagesOnManagedInstance", $$"""
            {"managedInstanceId":"{{I}}","updatePackagesOnManagedInstanceDetails":{"packageNames":["bash","glibc"],"updateTypes":["SECURITY","BUGFIX"],{{NamedJson}}},
             "ifMatch":"E1","opcRetryToken":"token-1"}
            """,
            c => c.UpdatePackagesOnManagedInstanceAsync(I, new UpdatePackagesOnManagedInstanceDetails
            {
                PackageNames = new() { "bash", "glibc" }, UpdateTypes = new() { UpdateTypes.Security, UpdateTypes.Bugfix }, WorkRequestDetails = Named,
            }, "E1", "token-1", None)),
        Op("ManagedInstanceClient", "installPackagesOnManagedInstance", $$"""
            {"managedInstanceId":"{{I}}","installPackagesOnManagedInstanceDetails":{"packageNames":["tmux-3.2a-4.el9.x86_64"]},"opcRetryToken":"token-2"}
            """,
            c => c.InstallPackagesOnManagedInstanceAsync(I, new InstallPackagesOnManagedInstanceDetails { PackageNames = new() { "tmux-3.2a-4.el9.x86_64" } },
                null, "token-2", None)),
        Op("ManagedInstanceClient", "removePackagesFromManagedInstance", $$"""
            {"managedInstanceId":"{{I}}","removePackagesFromManagedInstanceDetails":{"packageNames":["telnet"],{{NamedJson}}},"ifMatch":"E2"}
            """,
            c => c.RemovePackagesFromManagedInstanceAsync(I, new RemovePackagesFromManagedInstanceDetails { PackageNames = new() { "telnet" }, WorkRequestDetails = Named },
                "E2", null, None)),
        Op("ManagedInstanceClient", "installWindowsUpdatesOnManagedInstance", $$"""
            {"managedInstanceId":"{{I}}","installWindowsUpdatesOnManagedInstanceDetails":{"windowsUpdateName":["6981d463-cd91-4a26-b7c4-ea4ded9183ed"],
             "windowsUpdateTypes":["SECURITY"]},"opcRetryToken":"token-3"}
            """,
            c => c.InstallWindowsUpdatesOnManagedInstanceAsync(I, new InstallWindowsUpdatesOnManagedInstanceDetails
            {
                WindowsUpdateName = new() { "6981d463-cd91-4a26-b7c4-ea4ded9183ed" }, WindowsUpdateTypes = new() { WindowsUpdateTypes.Security },
            }, null, "token-3", None)),
        Op("ManagedInstanceClient", "rebootManagedInstance", $$"""
            {"managedInstanceId":"{{I}}","rebootManagedInstanceDetails":{"rebootTimeoutInMins":15,{{NamedJson}}},"ifMatch":"E3","opcRetryToken":"token-4"}
            """,
            c => c.RebootManagedInstanceAsync(I, new RebootManagedInstanceDetails { RebootTimeoutInMins = 15, WorkRequestDetails = Named }, "E3", "token-4", None)),
        Op("ManagedInstanceClient", "updateAllPackagesOnManagedInstancesInCompartment", $$"""
            {"updateAllPackagesOnManagedInstancesInCompartmentDetails":{"compartmentId":"{{C}}","updateTypes":["ALL"]},"opcRetryToken":"token-5"}
            """,
            c => c.UpdateAllPackagesOnManagedInstancesInCompartmentAsync(new UpdateAllPackagesOnManagedInstancesInCompartmentDetails
            {
                CompartmentId = C, UpdateTypes = new() { UpdateTypes.All },
            }, null, "token-5", None)),
        Op("ManagedInstanceClient", "installAllWindowsUpdatesOnManagedInstancesInCompartment", $$"""
            {"installAllWindowsUpdatesOnManagedInstancesInCompartmentDetails":{"compartmentId":"{{C}}","windowsUpdateTypes":["SECURITY","BUGFIX"],{{NamedJson}}},
             "ifMatch":"E4"}
            """,
            c => c.InstallAllWindowsUpdatesOnManagedInstancesInCompartmentAsync(new InstallAllWindowsUpdatesOnManagedInstancesInCompartmentDetails
            {
                CompartmentId = C, WindowsUpdateTypes = new() { WindowsUpdateTypes.Security, WindowsUpdateTypes.Bugfix }, WorkRequestDetails = Named,
            }, "E4", null, None)),

        // ManagedInstanceGroupClient
        Op("ManagedInstanceGroupClient", "getManagedInstanceGroup", $$"""{"managedInstanceGroupId":"{{G}}"}""",
            c => c.GetManagedInstanceGroupAsync(G, None)),
        Op("ManagedInstanceGroupClient", "listManagedInstanceGroups", $$"""
            {"compartmentId":"{{C}}","managedInstanceGroupId":"{{G}}","softwareSourceId":"ss1","displayName":["db","web"],
             "displayNameContains":"e","archType":"X86_64","osFamily":"ORACLE_LINUX_9","limit":20,"lifecycleState":"ACTIVE",
             "location":["OCI_COMPUTE"],"locationNotEqualTo":["ON_PREMISE"],"isManagedByAutonomousLinux":true,"sortOrder":"DESC",
             "sortBy":"timeCreated"}
            """,
            c => Drain(c.ListManagedInstanceGroupsAsync(new ListManagedInstanceGroupsRequest
            {
                CompartmentId = C, ManagedInstanceGroupId = G, SoftwareSourceId = "ss1", DisplayName = new() { "db", "web" }, DisplayNameContains = "e",
                ArchType = ArchType.X8664, OsFamily = OsFamily.OracleLinux9, Limit = 20, LifecycleState = ManagedInstanceGroupLifecycleState.Active,
                Location = new() { ManagedInstanceLocation.OciCompute }, LocationNotEqualTo = new() { ManagedInstanceLocation.OnPremise },
                IsManagedByAutonomousLinux = true, SortOrder = SortOrder.Desc, SortBy = SortBy.TimeCreated,
            }, None))),
        Op("ManagedInstanceGroupClient", "updateAllPackagesOnManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","updateAllPackagesOnManagedInstanceGroupDetails":{"updateTypes":["SECURITY","KSPLICE_KERNEL"],{{NamedJson}}},
             "ifMatch":"E5","opcRetryToken":"token-6"}
            """,
            c => c.UpdateAllPackagesOnManagedInstanceGroupAsync(G, new UpdateAllPackagesOnManagedInstanceGroupDetails
            {
                UpdateTypes = new() { UpdateTypes.Security, UpdateTypes.KspliceKernel }, WorkRequestDetails = Named,
            }, "E5", "token-6", None)),
        Op("ManagedInstanceGroupClient", "installWindowsUpdatesOnManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","installWindowsUpdatesOnManagedInstanceGroupDetails":{"windowsUpdateTypes":["SECURITY","ENHANCEMENT"]},
             "opcRetryToken":"token-8"}
            """,
            c => c.InstallWindowsUpdatesOnManagedInstanceGroupAsync(G, new InstallWindowsUpdatesOnManagedInstanceGroupDetails
            {
                WindowsUpdateTypes = new() { WindowsUpdateTypes.Security, WindowsUpdateTypes.Enhancement },
            }, null, "token-8", None)),
        Op("ManagedInstanceGroupClient", "rebootManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","rebootManagedInstanceGroupDetails":{"rebootTimeoutInMins":30},"ifMatch":"E7","opcRetryToken":"token-9"}
            """,
            c => c.RebootManagedInstanceGroupAsync(G, new RebootManagedInstanceGroupDetails { RebootTimeoutInMins = 30 }, "E7", "token-9", None)),

        // ReportingManagedInstanceClient
        Op("ReportingManagedInstanceClient", "summarizeManagedInstanceAnalytics", $$"""
            {"metricNames":["TOTAL_INSTANCE_COUNT","NEEDS_REBOOTING_INSTANCE_COUNT"],"compartmentId":"{{C}}","compartmentIdInSubtree":true,
             "managedInstanceGroupId":"{{G}}","status":["UNREACHABLE"],"limit":10,"sortOrder":"ASC","sortBy":"metricName"}
            """,
            c => Drain(c.SummarizeManagedInstanceAnalyticsAsync(new SummarizeManagedInstanceAnalyticsRequest
            {
                MetricNames = new() { MetricName.TotalInstanceCount, MetricName.NeedsRebootingInstanceCount }, CompartmentId = C, CompartmentIdInSubtree = true,
                ManagedInstanceGroupId = G, Status = new() { "UNREACHABLE" }, Limit = 10, SortOrder = SortOrder.Asc, SortBy = "metricName",
            }, None))),

        // SoftwareSourceClient (errata)
        Op("SoftwareSourceClient", "listErrata", $$"""
            {"compartmentId":"{{C}}","name":["ELSA-2024-1","ELSA-2024-2"],"nameContains":"ELSA","classificationType":["SECURITY"],
             "advisoryType":["SECURITY","BUGFIX"],"osFamily":"ORACLE_LINUX_9","advisorySeverity":["CRITICAL","LOW"],
             "timeIssueDateStart":"2026-12-01T05:04:03.000Z","timeIssueDateEnd":"2026-12-24T23:00:00.000Z","limit":30,
             "sortOrder":"DESC","sortBy":"timeIssued"}
            """,
            c => Drain(c.ListErrataAsync(new ListErrataRequest
            {
                CompartmentId = C, Name = new() { "ELSA-2024-1", "ELSA-2024-2" }, NameContains = "ELSA", ClassificationType = new() { ClassificationTypes.Security },
                AdvisoryType = new() { AdvisoryTypes.Security, AdvisoryTypes.Bugfix }, OsFamily = OsFamily.OracleLinux9,
                AdvisorySeverity = new() { AdvisorySeverity.Critical, AdvisorySeverity.Low }, TimeIssueDateStart = T1, TimeIssueDateEnd = T2, Limit = 30,
                SortOrder = SortOrder.Desc, SortBy = SortBy.TimeIssued,
            }, None))),

        // ScheduledJobClient
        Op("ScheduledJobClient", "createScheduledJob", $$"""
            {"createScheduledJobDetails":{"compartmentId":"{{C}}","displayName":"Sunday patch","description":"weekly","scheduleType":"RECURRING",
              "locations":["OCI_COMPUTE"],"timeNextExecution":"2026-12-06T03:00:00.000Z","recurringRule":"FREQ=WEEKLY;BYDAY=SU;INTERVAL=1",
              "managedCompartmentIds":["{{C}}"],"isSubcompartmentIncluded":true,
              "operations":[{"operationType":"UPDATE_SECURITY"},{"operationType":"UPDATE_BUGFIX","packageNames":["bash"]},
                            {"operationType":"REBOOT","rebootTimeoutInMins":20,"windowsUpdateNames":["u1"]}],
              "freeformTags":{"team":"ops"},"definedTags":{"ns":{"cost":"42"} },"retryIntervals":[2,5,10],"isManagedByAutonomousLinux":false},
             "opcRetryToken":"token-10"}
            """,
            c => c.CreateScheduledJobAsync(new CreateScheduledJobDetails
            {
                CompartmentId = C, DisplayName = "Sunday patch", Description = "weekly", ScheduleType = ScheduleTypes.Recurring,
                Locations = new() { ManagedInstanceLocation.OciCompute }, TimeNextExecution = new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero),
                RecurringRule = "FREQ=WEEKLY;BYDAY=SU;INTERVAL=1", ManagedCompartmentIds = new() { C }, IsSubcompartmentIncluded = true,
                Operations = new()
                {
                    new() { OperationType = OperationTypes.UpdateSecurity },
                    new() { OperationType = OperationTypes.UpdateBugfix, PackageNames = new() { "bash" } },
                    new() { OperationType = OperationTypes.Reboot, RebootTimeoutInMins = 20, WindowsUpdateNames = new() { "u1" } },
                },
                FreeformTags = new() { ["team"] = "ops" }, DefinedTags = new() { ["ns"] = new() { ["cost"] = "42" } },
                RetryIntervals = new() { 2, 5, 10 }, IsManagedByAutonomousLinux = false,
            }, "token-10", None)),
        Op("ScheduledJobClient", "getScheduledJob", $$"""{"scheduledJobId":"{{J}}"}""",
            c => c.GetScheduledJobAsync(J, None)),
        Op("ScheduledJobClient", "listScheduledJobs", $$"""
            {"compartmentId":"{{C}}","displayName":"Sunday patch","displayNameContains":"patch","lifecycleState":"ACTIVE",
             "managedInstanceId":"{{I}}","managedInstanceGroupId":"{{G}}","managedCompartmentId":"{{C}}","lifecycleStageId":"s1",
             "operationType":"UPDATE_ALL","scheduleType":"RECURRING","timeStart":"2026-12-01T05:04:03.000Z","timeEnd":"2026-12-24T23:00:00.000Z",
             "limit":40,"sortOrder":"ASC","sortBy":"timeCreated","isRestricted":false,"id":"{{J}}","compartmentIdInSubtree":true,
             "location":["OCI_COMPUTE","AZURE"],"locationNotEqualTo":["EC2"],"isManagedByAutonomousLinux":false,"dynamicSetId":"d1"}
            """,
            c => Drain(c.ListScheduledJobsAsync(new ListScheduledJobsRequest
            {
                CompartmentId = C, DisplayName = "Sunday patch", DisplayNameContains = "patch", LifecycleState = ScheduledJobLifecycleState.Active,
                ManagedInstanceId = I, ManagedInstanceGroupId = G, ManagedCompartmentId = C, LifecycleStageId = "s1", OperationType = OperationTypes.UpdateAll,
                ScheduleType = ScheduleTypes.Recurring, TimeStart = T1, TimeEnd = T2, Limit = 40, SortOrder = SortOrder.Asc, SortBy = SortBy.TimeCreated,
                IsRestricted = false, Id = J, CompartmentIdInSubtree = true, Location = new() { ManagedInstanceLocation.OciCompute, ManagedInstanceLocation.Azure },
                LocationNotEqualTo = new() { ManagedInstanceLocation.Ec2 }, IsManagedByAutonomousLinux = false, DynamicSetId = "d1",
            }, None))),
        Op("ScheduledJobClient", "updateScheduledJob", $$"""
            {"scheduledJobId":"{{J}}","updateScheduledJobDetails":{"displayName":"renamed","scheduleType":"RECURRING",
              "timeNextExecution":"2026-12-13T03:00:00.000Z","recurringRule":"FREQ=WEEKLY;BYDAY=SU","operations":[{"operationType":"UPDATE_ALL"}],
              "retryIntervals":[5]},"ifMatch":"E8"}
            """,
            c => c.UpdateScheduledJobAsync(J, new UpdateScheduledJobDetails
            {
                DisplayName = "renamed", ScheduleType = ScheduleTypes.Recurring, TimeNextExecution = new DateTimeOffset(2026, 12, 13, 3, 0, 0, TimeSpan.Zero),
                RecurringRule = "FREQ=WEEKLY;BYDAY=SU", Operations = new() { new() { OperationType = OperationTypes.UpdateAll } }, RetryIntervals = new() { 5 },
            }, "E8", None)),
        Op("ScheduledJobClient", "deleteScheduledJob", $$"""{"scheduledJobId":"{{J}}","ifMatch":"E9"}""",
            c => c.DeleteScheduledJobAsync(J, "E9", None)),
        Op("ScheduledJobClient", "runScheduledJobNow", $$"""{"scheduledJobId":"{{J}}","ifMatch":"E10","opcRetryToken":"token-11"}""",
            c => c.RunScheduledJobNowAsync(J, "E10", "token-11", None)),

        // WorkRequestClient
        Op("WorkRequestClient", "getWorkRequest", $$"""{"workRequestId":"{{W}}"}""",
            c => c.GetWorkRequestAsync(W, None)),
        Op("WorkRequestClient", "listWorkRequests", $$"""
            {"compartmentId":"{{C}}","workRequestId":"{{W}}","status":["ACCEPTED","IN_PROGRESS","WAITING"],"resourceId":"{{I}}","limit":15,
             "sortOrder":"DESC","sortBy":"timeCreated","initiatorId":"{{J}}","parentId":"ocid1.osmhworkrequest.oc1.iad.parent",
             "parentResourcesNotEqualTo":["r1","r2"],"operationType":["UPDATE_ALL_PACKAGES","REBOOT"],"displayNameContains":"patch",
             "retryOfId":"w0","rerunOfId":"w1","timeCreatedLessThan":"2026-12-24T23:00:00.000Z",
             "timeCreatedGreaterThanOrEqualTo":"2026-12-01T05:04:03.000Z","isManagedByAutonomousLinux":false,"compartmentIdInSubtree":true}
            """,
            c => Drain(c.ListWorkRequestsAsync(new ListWorkRequestsRequest
            {
                CompartmentId = C, WorkRequestId = W, Status = new() { OperationStatus.Accepted, OperationStatus.InProgress, OperationStatus.Waiting },
                ResourceId = I, Limit = 15, SortOrder = SortOrder.Desc, SortBy = SortBy.TimeCreated, InitiatorId = J,
                ParentId = "ocid1.osmhworkrequest.oc1.iad.parent", ParentResourcesNotEqualTo = new() { "r1", "r2" },
                OperationType = new() { WorkRequestOperationType.UpdateAllPackages, WorkRequestOperationType.Reboot }, DisplayNameContains = "patch",
                RetryOfId = "w0", RerunOfId = "w1", TimeCreatedLessThan = T2, TimeCreatedGreaterThanOrEqualTo = T1, IsManagedByAutonomousLinux = false,
                CompartmentIdInSubtree = true,
            }, None))),
        Op("WorkRequestClient", "listWorkRequestErrors", $$"""{"workRequestId":"{{W}}","limit":3,"sortBy":"timeCreated","sortOrder":"ASC"}""",
            c => Drain(c.ListWorkRequestErrorsAsync(new ListWorkRequestErrorsRequest
            {
                WorkRequestId = W, Limit = 3, SortBy = SortBy.TimeCreated, SortOrder = SortOrder.Asc,
            }, None))),
        Op("WorkRequestClient", "listWorkRequestLogs", $$"""{"workRequestId":"{{W}}","limit":4,"sortOrder":"DESC"}""",
            c => Drain(c.ListWorkRequestLogsAsync(new ListWorkRequestLogsRequest { WorkRequestId = W, Limit = 4, SortOrder = SortOrder.Desc }, None))),
        Op("WorkRequestClient", "rerunWorkRequest", $$"""
            {"workRequestId":"{{W}}","rerunWorkRequestDetails":{"managedInstances":["{{I}}"],{{NamedJson}}},"ifMatch":"E11","opcRetryToken":"token-13"}
            """,
            c => c.RerunWorkRequestAsync(W, new RerunWorkRequestDetails { ManagedInstances = new() { I }, WorkRequestDetails = Named }, "E11", "token-13", None)),
    };

    /// <summary>Runs every case once through our client and once through the SDK, for all the tests of this class.</summary>
    public sealed class Capture : IAsyncLifetime
    {
        public Dictionary<string, SeenRequest> Ours { get; private set; } = new();

        public Dictionary<string, SdkRequest> Sdk { get; private set; } = new();

        public async Task InitializeAsync() =>
            (Ours, Sdk) = await SdkParity.CaptureAsync(Cases, (pipeline, endpoint) => new HubClient(pipeline, endpoint),
                new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"));

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
