using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Services.Hub;
using OsManagement.Oci.Services.Hub.Models;
using OsManagement.Oci.Tests.Support;
using Case = OsManagement.Oci.Tests.Support.SdkParityCase<OsManagement.Oci.Services.Hub.HubUnitClient>;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>
/// Every operation of <see cref="HubUnitClient"/> (groups one manages, lifecycle environments and stages, dynamic sets)
/// sends what Oracle's oci-osmanagementhub 2.139.1 sends for the same call: method, path, query, if-match, retry token
/// and body, compared as <see cref="HubSdkParityTests"/> compares <see cref="HubClient"/>'s.
/// </summary>
public sealed class HubUnitSdkParityTests : IClassFixture<HubUnitSdkParityTests.Capture>
{
    private const string I = "ocid1.instance.oc1.iad.iiii";
    private const string G = "ocid1.osmhmanagedinstancegroup.oc1.iad.gggg";
    private const string C = "ocid1.compartment.oc1..cccc";
    private const string E = "ocid1.osmhlifecycleenvironment.oc1.iad.eeee";
    private const string S = "ocid1.osmhlifecyclestage.oc1.iad.ssss";
    private const string D = "ocid1.osmhdynamicset.oc1.iad.dddd";
    private const string Source = "ocid1.osmhsoftwaresource.oc1.iad.vvvv";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkRequestDetails Named = new() { DisplayName = "wave", Description = "by OsManagement" };
    private const string NamedJson = "\"workRequestDetails\":{\"displayName\":\"wave\",\"description\":\"by OsManagement\"}";

    private readonly Capture _capture;

    public HubUnitSdkParityTests(Capture capture) => _capture = capture;

    public static IEnumerable<object[]> Operations => Cases.Select(c => new object[] { c.Call.Operation });

    [Theory]
    [MemberData(nameof(Operations))]
    public void The_request_is_the_one_oci_osmanagementhub_sends(string operation) =>
        SdkParity.AssertSame(_capture.Sdk[operation], _capture.Ours[operation], retryTokenGiven: true);

    [Fact]
    public void Every_public_operation_of_the_client_is_compared() =>
        Assert.Equal(SdkParity.OperationsOf(typeof(HubUnitClient)), Cases.Select(c => c.Call.Operation).OrderBy(n => n, StringComparer.Ordinal));

    private static Case Op(string client, string operation, string request, Func<HubUnitClient, Task> ours) => SdkParity.Op(client, operation, request, ours);

    private static Task Drain<T>(IAsyncEnumerable<T> items) => SdkParity.Drain(items);

    private static readonly Case[] Cases =
    {
        Op("ManagedInstanceGroupClient", "createManagedInstanceGroup", $$"""
            {"createManagedInstanceGroupDetails":{"displayName":"wave","description":"d","compartmentId":"{{C}}","osFamily":"ORACLE_LINUX_9",
              "archType":"X86_64","vendorName":"ORACLE","location":"ON_PREMISE","managedInstanceIds":["{{I}}"]},"opcRetryToken":"t1"}
            """,
            c => c.CreateManagedInstanceGroupAsync(new CreateManagedInstanceGroupDetails
            {
                DisplayName = "wave", Description = "d", CompartmentId = C, OsFamily = OsFamily.OracleLinux9, ArchType = ArchType.X8664,
                VendorName = VendorName.Oracle, Location = ManagedInstanceLocation.OnPremise, ManagedInstanceIds = new() { I },
            }, "t1", None)),
        Op("ManagedInstanceGroupClient", "updateManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","updateManagedInstanceGroupDetails":{"displayName":"wave-2","description":"d2"},"ifMatch":"E1"}
            """,
            c => c.UpdateManagedInstanceGroupAsync(G, new UpdateManagedInstanceGroupDetails { DisplayName = "wave-2", Description = "d2" }, "E1", None)),
        Op("ManagedInstanceGroupClient", "deleteManagedInstanceGroup", $$"""{"managedInstanceGroupId":"{{G}}","ifMatch":"E2"}""",
            c => c.DeleteManagedInstanceGroupAsync(G, "E2", None)),
        Op("ManagedInstanceGroupClient", "attachManagedInstancesToManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","attachManagedInstancesToManagedInstanceGroupDetails":{"managedInstances":["{{I}}"],{{NamedJson}}},
             "opcRetryToken":"t2"}
            """,
            c => c.AttachManagedInstancesToManagedInstanceGroupAsync(G, new AttachManagedInstancesToManagedInstanceGroupDetails
            {
                ManagedInstances = new() { I }, WorkRequestDetails = Named,
            }, null, "t2", None)),
        Op("ManagedInstanceGroupClient", "detachManagedInstancesFromManagedInstanceGroup", $$"""
            {"managedInstanceGroupId":"{{G}}","detachManagedInstancesFromManagedInstanceGroupDetails":{"managedInstances":["{{I}}"]},"opcRetryToken":"t3"}
            """,
            c => c.DetachManagedInstancesFromManagedInstanceGroupAsync(G, new DetachManagedInstancesFromManagedInstanceGroupDetails { ManagedInstances = new() { I } },
                null, "t3", None)),
        Op("LifecycleEnvironmentClient", "getLifecycleEnvironment", $$"""{"lifecycleEnvironmentId":"{{E}}"}""",
            c => c.GetLifecycleEnvironmentAsync(E, None)),
        Op("LifecycleEnvironmentClient", "listLifecycleEnvironments", $$"""
            {"compartmentId":"{{C}}","displayName":["a","b"],"displayNameContains":"o","lifecycleEnvironmentId":"{{E}}","archType":"X86_64",
             "osFamily":"ORACLE_LINUX_9","location":["OCI_COMPUTE"],"locationNotEqualTo":["EC2"],"lifecycleState":"ACTIVE","limit":10,
             "sortOrder":"ASC","sortBy":"timeCreated"}
            """,
            c => Drain(c.ListLifecycleEnvironmentsAsync(new ListLifecycleEnvironmentsRequest
            {
                CompartmentId = C, DisplayName = new() { "a", "b" }, DisplayNameContains = "o", LifecycleEnvironmentId = E, ArchType = ArchType.X8664,
                OsFamily = OsFamily.OracleLinux9, Location = new() { ManagedInstanceLocation.OciCompute }, LocationNotEqualTo = new() { ManagedInstanceLocation.Ec2 },
                LifecycleState = "ACTIVE", Limit = 10, SortOrder = SortOrder.Asc, SortBy = SortBy.TimeCreated,
            }, None))),
        Op("LifecycleEnvironmentClient", "getLifecycleStage", $$"""{"lifecycleStageId":"{{S}}"}""",
            c => c.GetLifecycleStageAsync(S, None)),
        Op("LifecycleEnvironmentClient", "listLifecycleStages", $$"""
            {"compartmentId":"{{C}}","displayName":["test"],"displayNameContains":"es","lifecycleStageId":"{{S}}","softwareSourceId":"{{Source}}",
             "archType":"X86_64","osFamily":"ORACLE_LINUX_9","location":["ON_PREMISE"],"locationNotEqualTo":["AZURE"],"lifecycleState":"ACTIVE",
             "limit":5,"sortOrder":"DESC","sortBy":"displayName"}
            """,
            c => Drain(c.ListLifecycleStagesAsync(new ListLifecycleStagesRequest
            {
                CompartmentId = C, DisplayName = new() { "test" }, DisplayNameContains = "es", LifecycleStageId = S, SoftwareSourceId = Source,
                ArchType = ArchType.X8664, OsFamily = OsFamily.OracleLinux9, Location = new() { ManagedInstanceLocation.OnPremise },
                LocationNotEqualTo = new() { ManagedInstanceLocation.Azure }, LifecycleState = "ACTIVE", Limit = 5, SortOrder = SortOrder.Desc,
                SortBy = SortBy.DisplayName,
            }, None))),
        Op("LifecycleEnvironmentClient", "promoteSoftwareSourceToLifecycleStage", $$"""
            {"lifecycleStageId":"{{S}}","softwareSourceId":"{{Source}}","promoteSoftwareSourceToLifecycleStageDetails":{},"opcRetryToken":"t4"}
            """,
            c => c.PromoteSoftwareSourceToLifecycleStageAsync(S, null, Source, null, "t4", None)),
        Op("LifecycleEnvironmentClient", "attachManagedInstancesToLifecycleStage", $$"""
            {"lifecycleStageId":"{{S}}","attachManagedInstancesToLifecycleStageDetails":{"managedInstanceDetails":{"managedInstances":["{{I}}"],{{NamedJson}} } },
             "opcRetryToken":"t5"}
            """,
            c => c.AttachManagedInstancesToLifecycleStageAsync(S, new AttachManagedInstancesToLifecycleStageDetails
            {
                ManagedInstanceDetails = new ManagedInstancesDetails { ManagedInstances = new() { I }, WorkRequestDetails = Named },
            }, "t5", None)),
        Op("LifecycleEnvironmentClient", "detachManagedInstancesFromLifecycleStage", $$"""
            {"lifecycleStageId":"{{S}}","detachManagedInstancesFromLifecycleStageDetails":{"managedInstanceDetails":{"managedInstances":["{{I}}"] } },
             "opcRetryToken":"t6"}
            """,
            c => c.DetachManagedInstancesFromLifecycleStageAsync(S, new DetachManagedInstancesFromLifecycleStageDetails
            {
                ManagedInstanceDetails = new ManagedInstancesDetails { ManagedInstances = new() { I } },
            }, "t6", None)),
        Op("LifecycleEnvironmentClient", "rebootLifecycleStage", $$"""
            {"lifecycleStageId":"{{S}}","rebootLifecycleStageDetails":{"rebootTimeoutInMins":25,{{NamedJson}}},"ifMatch":"E3","opcRetryToken":"t7"}
            """,
            c => c.RebootLifecycleStageAsync(S, new RebootLifecycleStageDetails { RebootTimeoutInMins = 25, WorkRequestDetails = Named }, "E3", "t7", None)),
        Op("DynamicSetClient", "getDynamicSet", $$"""{"dynamicSetId":"{{D}}"}""", c => c.GetDynamicSetAsync(D, None)),
        Op("DynamicSetClient", "listDynamicSets", $$"""
            {"compartmentId":"{{C}}","displayNameContains":"ol","displayName":"all-ol9","dynamicSetId":"{{D}}","limit":7,"sortOrder":"ASC","sortBy":"timeCreated"}
            """,
            c => Drain(c.ListDynamicSetsAsync(new ListDynamicSetsRequest
            {
                CompartmentId = C, DisplayNameContains = "ol", DisplayName = "all-ol9", DynamicSetId = D, Limit = 7, SortOrder = SortOrder.Asc,
                SortBy = SortBy.TimeCreated,
            }, None))),
        Op("DynamicSetClient", "listManagedInstancesInDynamicSet", $$"""
            {"dynamicSetId":"{{D}}","compartmentId":"{{C}}","compartmentIdInSubtree":true,"displayNameContains":"web","displayName":"web-01","limit":3,
             "sortOrder":"DESC","sortBy":"displayName"}
            """,
            c => Drain(c.ListManagedInstancesInDynamicSetAsync(new ListManagedInstancesInDynamicSetRequest
            {
                DynamicSetId = D, CompartmentId = C, CompartmentIdInSubtree = true, DisplayNameContains = "web", DisplayName = "web-01", Limit = 3,
                SortOrder = SortOrder.Desc, SortBy = SortBy.DisplayName,
            }, None))),
        Op("DynamicSetClient", "updatePackagesOnDynamicSet", $$"""
            {"dynamicSetId":"{{D}}","updatePackagesOnDynamicSetDetails":{"updateTypes":["SECURITY"],"managedInstances":["{{I}}"],{{NamedJson}}},
             "ifMatch":"E4","opcRetryToken":"t8"}
            """,
            c => c.UpdatePackagesOnDynamicSetAsync(D, new UpdatePackagesOnDynamicSetDetails
            {
                UpdateTypes = new() { UpdateTypes.Security }, ManagedInstances = new() { I }, WorkRequestDetails = Named,
            }, "E4", "t8", None)),
        Op("DynamicSetClient", "installPackagesOnDynamicSet", $$"""
            {"dynamicSetId":"{{D}}","installPackagesOnDynamicSetDetails":{"packageNames":["tmux"]},"opcRetryToken":"t9"}
            """,
            c => c.InstallPackagesOnDynamicSetAsync(D, new InstallPackagesOnDynamicSetDetails { PackageNames = new() { "tmux" } }, null, "t9", None)),
        Op("DynamicSetClient", "removePackagesFromDynamicSet", $$"""
            {"dynamicSetId":"{{D}}","removePackagesFromDynamicSetDetails":{"packageNames":["telnet"],"managedInstances":["{{I}}"]},"opcRetryToken":"t10"}
            """,
            c => c.RemovePackagesFromDynamicSetAsync(D, new RemovePackagesFromDynamicSetDetails { PackageNames = new() { "telnet" }, ManagedInstances = new() { I } },
                null, "t10", None)),
        Op("DynamicSetClient", "rebootDynamicSet", $$"""
            {"dynamicSetId":"{{D}}","rebootDynamicSetDetails":{"rebootTimeoutInMins":15,"managedInstances":["{{I}}"]},"opcRetryToken":"t11"}
            """,
            c => c.RebootDynamicSetAsync(D, new RebootDynamicSetDetails { RebootTimeoutInMins = 15, ManagedInstances = new() { I } }, null, "t11", None)),
    };

    /// <summary>Runs every case once through our client and once through the SDK.</summary>
    public sealed class Capture : IAsyncLifetime
    {
        public Dictionary<string, SeenRequest> Ours { get; private set; } = new();

        public Dictionary<string, SdkRequest> Sdk { get; private set; } = new();

        public async Task InitializeAsync() =>
            (Ours, Sdk) = await SdkParity.CaptureAsync(Cases, (pipeline, endpoint) => new HubUnitClient(pipeline, endpoint),
                new Uri("https://osmh.us-ashburn-1.oci.oraclecloud.com"));

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
