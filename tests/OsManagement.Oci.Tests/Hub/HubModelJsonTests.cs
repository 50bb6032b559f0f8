using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using OsManagement.Oci.Json;
using OsManagement.Oci.Services.Hub.Models;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests.Hub;

/// <summary>Hub's wire models: its field names, unknown enum values kept as sent, round trips, request bodies.</summary>
public sealed class HubModelJsonTests
{
    private const string ScheduledJobJson = """
        {
          "id": "ocid1.osmhscheduledjob.oc1.iad.j",
          "displayName": "Sunday patch",
          "compartmentId": "ocid1.compartment.oc1..c",
          "scheduleType": "RECURRING",
          "locations": ["OCI_COMPUTE"],
          "timeNextExecution": "2026-12-06T03:00:00.000Z",
          "timeLastExecution": "2026-11-29T03:00:00Z",
          "recurringRule": "FREQ=WEEKLY;BYDAY=SU;INTERVAL=1",
          "managedInstanceGroupIds": ["ocid1.osmhmanagedinstancegroup.oc1.iad.g"],
          "isSubcompartmentIncluded": false,
          "operations": [
            { "operationType": "UPDATE_SECURITY" },
            { "operationType": "SOME_FUTURE_OPERATION", "packageNames": ["bash"], "rebootTimeoutInMins": 20,
              "manageModuleStreamsDetails": { "enable": [{ "moduleName": "php", "streamName": "8.1" }] } }
          ],
          "workRequestIds": ["ocid1.osmhworkrequest.oc1.iad.w1", "ocid1.osmhworkrequest.oc1.iad.w2"],
          "timeCreated": "2026-11-01T10:00:00.000Z",
          "timeUpdated": "2026-11-02T10:00:00.000Z",
          "lifecycleState": "A_STATE_ADDED_LATER",
          "freeformTags": { "team": "ops" },
          "definedTags": { "ns": { "cost": 42, "owner": "me" } },
          "systemTags": { "orcl-cloud": { "free-tier-retained": "true" } },
          "isRestricted": false,
          "retryIntervals": [2, 5, 10],
          "someFieldAddedLater": { "nested": [1, 2] }
        }
        """;

    [Fact]
    public void A_scheduled_job_reads_its_rule_operations_targets_runs_and_retries()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        Assert.Equal("FREQ=WEEKLY;BYDAY=SU;INTERVAL=1", job.RecurringRule);
        Assert.Equal(new[] { "UPDATE_SECURITY", "SOME_FUTURE_OPERATION" }, job.Operations!.Select(o => o.OperationType));
        Assert.Equal(("bash", 20, "8.1"), (job.Operations![1].PackageNames!.Single(), job.Operations[1].RebootTimeoutInMins, job.Operations[1].ManageModuleStreamsDetails!.Enable!.Single().StreamName));
        Assert.Equal("ocid1.osmhmanagedinstancegroup.oc1.iad.g", job.ManagedInstanceGroupIds!.Single());
        Assert.Equal(2, job.WorkRequestIds!.Count);
        Assert.Equal(new[] { 2, 5, 10 }, job.RetryIntervals);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero), job.TimeNextExecution);
        Assert.Equal("A_STATE_ADDED_LATER", job.LifecycleState);
        Assert.Equal("true", job.SystemTags!["orcl-cloud"]["free-tier-retained"].ToString());
    }

    [Fact]
    public void Round_trip_keeps_every_value_and_leaves_nulls_out()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        var json = OciJson.Serialize(job);

        Assert.Equal(json, OciJson.Serialize(OciJson.Deserialize<ScheduledJob>(json)));
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("someFieldAddedLater", json);
        Assert.Contains("\"operations\":[{\"operationType\":\"UPDATE_SECURITY\"},{\"operationType\":\"SOME_FUTURE_OPERATION\",\"packageNames\":[\"bash\"],", json);
        Assert.Contains("\"timeLastExecution\":\"2026-11-29T03:00:00.000Z\"", json);
        Assert.Contains("\"definedTags\":{\"ns\":{\"cost\":42,\"owner\":\"me\"}}", json);
    }

    [Fact]
    public void A_work_request_reads_its_tree_initiator_resources_and_an_unknown_status()
    {
        var work = OciJson.Deserialize<WorkRequest>("""
            {"id":"w","operationType":"UPDATE_ALL_PACKAGES","status":"A_STATUS_ADDED_LATER","compartmentId":"c","percentComplete":37.5,
             "parentId":"p","childrenId":["c1","c2"],"initiatorId":"ocid1.job","rerunOfId":"w0","timeCreated":"2026-12-06T03:00:01.000Z",
             "resources":[{"entityType":"INSTANCE","actionType":"IN_PROGRESS","identifier":"ocid1.i","name":"web-1","metadata":{"k":"v"}}],
             "windowsUpdateNames":["u1"],"rebootTimeoutInMins":10,"retryIntervals":[1]}
            """)!;

        Assert.Equal(("A_STATUS_ADDED_LATER", 37.5f, "p"), (work.Status, work.PercentComplete, work.ParentId));
        Assert.Equal(new[] { "c1", "c2" }, work.ChildrenId);
        Assert.Equal(("ocid1.job", "w0"), (work.InitiatorId, work.RerunOfId));
        Assert.Equal(("INSTANCE", "ocid1.i", "v"), (work.Resources!.Single().EntityType, work.Resources!.Single().Identifier, work.Resources!.Single().Metadata!["k"]));
    }

    [Fact]
    public void An_instance_reads_its_detailed_family_status_counts_group_and_times()
    {
        var instance = OciJson.Deserialize<ManagedInstance>("""
            {"id":"i","displayName":"web-1","tenancyId":"t","compartmentId":"c","osFamily":"ORACLE_LINUX_11","status":"UNREACHABLE",
             "securityUpdatesAvailable":4,"bugUpdatesAvailable":3,"enhancementUpdatesAvailable":2,"otherUpdatesAvailable":1,"updatesAvailable":10,
             "isRebootRequired":true,"timeLastCheckin":"2026-12-05T10:00:00.000Z","timeLastBoot":"2026-11-05T10:00:00.000Z",
             "osName":"Oracle Linux Server","osVersion":"9.4","osKernelVersion":"5.15.0","managedInstanceGroup":{"id":"g","displayName":"web"},
             "softwareSources":[{"id":"s","displayName":"ol9_baseos","softwareSourceType":"VENDOR"}],"location":"OCI_COMPUTE","architecture":"X86_64"}
            """)!;

        Assert.Equal(("ORACLE_LINUX_11", ManagedInstanceStatus.Unreachable), (instance.OsFamily, instance.Status));
        Assert.Equal((4, 3, 2, 1, 10), (instance.SecurityUpdatesAvailable, instance.BugUpdatesAvailable, instance.EnhancementUpdatesAvailable, instance.OtherUpdatesAvailable, instance.UpdatesAvailable));
        Assert.Equal(("g", "web"), (instance.ManagedInstanceGroup!.Id, instance.ManagedInstanceGroup.DisplayName));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), instance.TimeLastCheckin);
        Assert.Equal("ol9_baseos", instance.SoftwareSources!.Single().DisplayName);
    }

    [Fact]
    public void Updates_and_errata_carry_severity_issue_date_and_CVEs()
    {
        var package = OciJson.Deserialize<UpdatablePackageSummary>("""
            {"displayName":"openssl-3.0.7-27.el9","name":"openssl","type":"rpm","version":"3.0.7-27.el9","installedVersion":"3.0.7-25.el9",
             "updateType":"SECURITY","errata":["ELSA-2024-1"],"relatedCves":["CVE-2024-1","CVE-2024-2"],"advisorySeverity":"CRITICAL",
             "packageClassification":"UPDATABLE","architecture":"X86_64"}
            """)!;
        var erratum = OciJson.Deserialize<ErratumSummary>("""
            {"name":"ELSA-2024-1","synopsis":"openssl security update","timeIssued":"2024-02-01T00:00:00Z","advisoryType":"SECURITY",
             "classificationType":"SECURITY","advisorySeverity":"CRITICAL","relatedCves":["CVE-2024-1"],"osFamilies":["ORACLE_LINUX_9"]}
            """)!;
        var windows = OciJson.Deserialize<AvailableWindowsUpdateSummary>("""
            {"name":"2024-01 Cumulative Update","updateId":"6981d463-cd91-4a26-b7c4-ea4ded9183ed","updateType":"SECURITY","installable":"INSTALLABLE","isRebootRequiredForInstallation":true}
            """)!;

        Assert.Equal(("SECURITY", AdvisorySeverity.Critical, "3.0.7-25.el9"), (package.UpdateType, package.AdvisorySeverity, package.InstalledVersion));
        Assert.Equal(new[] { "CVE-2024-1", "CVE-2024-2" }, package.RelatedCves);
        Assert.Equal((AdvisorySeverity.Critical, new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), "CVE-2024-1"),
            (erratum.AdvisorySeverity, erratum.TimeIssued, erratum.RelatedCves!.Single()));
        Assert.Equal(("6981d463-cd91-4a26-b7c4-ea4ded9183ed", InstallableStates.Installable, true), (windows.UpdateId, windows.Installable, windows.IsRebootRequiredForInstallation));
    }

    [Fact]
    public void Action_bodies_use_Hubs_field_names_including_the_singular_windowsUpdateName()
    {
        Assert.Equal("""{"windowsUpdateName":["u1","u2"],"windowsUpdateTypes":["SECURITY"],"workRequestDetails":{"displayName":"n"}}""",
            OciJson.Serialize(new InstallWindowsUpdatesOnManagedInstanceDetails
            {
                WindowsUpdateName = new() { "u1", "u2" }, WindowsUpdateTypes = new() { WindowsUpdateTypes.Security }, WorkRequestDetails = new() { DisplayName = "n" },
            }));
        Assert.Equal("""{"rebootTimeoutInMins":15}""", OciJson.Serialize(new RebootManagedInstanceGroupDetails { RebootTimeoutInMins = 15 }));
    }

    [Fact]
    public void A_collection_unwraps_to_its_items()
    {
        var page = OciJson.Deserialize<ItemCollection<WorkRequestError>>("""{"items":[{"code":"PackageNotFound","message":"no such package","timestamp":"2026-12-06T03:01:00Z"}]}""")!;

        Assert.Equal(("PackageNotFound", 2026), (page.Items!.Single().Code, page.Items!.Single().Timestamp!.Value.Year));
    }

    [Fact]
    public async Task Every_model_has_every_field_of_the_SDKs_model_and_no_other()
    {
        var models = typeof(ScheduledJob).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && t.Namespace == typeof(ScheduledJob).Namespace && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .ToDictionary(t => t == typeof(NamedId) ? "Id" : t.Name);
        Assert.True(models.Count > 40, $"only {models.Count} models found");

        var sdk = await HubSdk.FieldsAsync(models.Keys);

        var differences = models
            .Select(m => (Model: m.Key, Ours: OciJson.Options.GetTypeInfo(m.Value).Properties.Select(p => p.Name).ToHashSet(), Sdk: sdk[m.Key].ToHashSet()))
            .Where(x => !x.Ours.SetEquals(x.Sdk))
            .Select(x => $"{x.Model}: missing [{string.Join(", ", x.Sdk.Except(x.Ours))}], extra [{string.Join(", ", x.Ours.Except(x.Sdk))}]")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
