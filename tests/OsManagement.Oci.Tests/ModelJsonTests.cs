using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using OsManagement.Oci.Identity.Models;
using OsManagement.Oci.Json;
using OsManagement.Oci.Services.Classic.Models;

namespace OsManagement.Oci.Tests;

public sealed class ModelJsonTests
{
    private const string ScheduledJobJson = """
        {
          "id": "ocid1.scheduledjob.oc1.iad.abc",
          "compartmentId": "ocid1.compartment.oc1..c",
          "displayName": "nightly",
          "scheduleType": "RECURRING",
          "timeNextExecution": "2026-11-24T14:31:08.123Z",
          "timeLastExecution": "2026-11-23T14:31:08Z",
          "intervalType": "DAY",
          "intervalValue": "1",
          "managedInstances": [{ "id": "ocid1.instance.oc1.iad.i", "displayName": "web-01" }],
          "operationType": "SOME_FUTURE_OPERATION",
          "updateType": "SECURITY",
          "packageNames": [{ "name": "bash" }],
          "lifecycleState": "ACTIVE",
          "isRestricted": false,
          "osFamily": "LINUX",
          "freeformTags": { "team": "ops" },
          "definedTags": { "ns": { "cost": 42, "owner": "me" } },
          "someFieldAddedLater": { "nested": [1, 2] }
        }
        """;

    [Fact]
    public void Wire_json_deserializes_with_camelCase_names()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        Assert.Equal("ocid1.scheduledjob.oc1.iad.abc", job.Id);
        Assert.Equal("nightly", job.DisplayName);
        Assert.Equal("web-01", job.ManagedInstances!.Single().DisplayName);
        Assert.Equal("bash", job.PackageNames!.Single().Name);
        Assert.Equal("ops", job.FreeformTags!["team"]);
        Assert.False(job.IsRestricted);
    }

    [Fact]
    public void Unknown_enum_values_are_kept_as_sent()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        Assert.Equal("SOME_FUTURE_OPERATION", job.OperationType);
        Assert.Contains("\"operationType\":\"SOME_FUTURE_OPERATION\"", OciJson.Serialize(job));
    }

    [Fact]
    public void Times_are_read_as_UTC_with_or_without_milliseconds()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 31, 8, 123, TimeSpan.Zero), job.TimeNextExecution);
        Assert.Equal(TimeSpan.Zero, job.TimeNextExecution!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 31, 8, TimeSpan.Zero), job.TimeLastExecution);
    }

    [Theory]
    [InlineData("2026-11-24T16:31:08.5+02:00", "2026-11-24T14:31:08.500Z")]
    [InlineData("2026-11-24T14:31:08.123456Z", "2026-11-24T14:31:08.123Z")]
    [InlineData("2026-11-24T14:31:08Z", "2026-11-24T14:31:08.000Z")]
    [InlineData("2026-11-24T09:31:08.000-05:00", "2026-11-24T14:31:08.000Z")]
    public void Times_are_written_as_RFC_3339_UTC_with_milliseconds_and_Z(string read, string written)
    {
        var job = OciJson.Deserialize<ScheduledJob>($"{{\"timeNextExecution\":\"{read}\"}}")!;

        Assert.Equal($"{{\"timeNextExecution\":\"{written}\"}}", OciJson.Serialize(job));
    }

    [Fact]
    public void FormatTime_converts_to_UTC()
    {
        Assert.Equal("2026-01-02T03:04:05.006Z", OciJson.FormatTime(new DateTimeOffset(2026, 1, 2, 4, 4, 5, 6, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("12345")]
    public void A_time_that_is_not_RFC_3339_is_a_JsonException(string value) =>
        Assert.ThrowsAny<JsonException>(() => OciJson.Deserialize<ScheduledJob>($"{{\"timeNextExecution\":{value}}}"));

    [Fact]
    public void Round_trip_keeps_every_value_and_leaves_nulls_out()
    {
        var job = OciJson.Deserialize<ScheduledJob>(ScheduledJobJson)!;

        var json = OciJson.Serialize(job);
        var again = OciJson.Deserialize<ScheduledJob>(json)!;

        Assert.Equal(json, OciJson.Serialize(again));
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("\"description\"", json);
        Assert.Contains("\"timeNextExecution\":\"2026-11-24T14:31:08.123Z\"", json);
        Assert.Contains("\"definedTags\":{\"ns\":{\"cost\":42,\"owner\":\"me\"}}", json);
        Assert.Contains("\"managedInstances\":[{\"id\":\"ocid1.instance.oc1.iad.i\",\"displayName\":\"web-01\"}]", json);
    }

    [Fact]
    public void A_request_body_is_serialized_with_the_services_names()
    {
        var details = new CreateScheduledJobDetails
        {
            CompartmentId = "ocid1.c",
            DisplayName = "x",
            ScheduleType = ScheduleTypes.Onetime,
            TimeNextExecution = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero),
            OperationType = OperationTypes.Install,
            PackageNames = new List<PackageName> { new() { Name = "bash" } },
            ManagedInstances = new List<NamedId> { new() { Id = "ocid1.i" } },
        };

        Assert.Equal(
            "{\"compartmentId\":\"ocid1.c\",\"displayName\":\"x\",\"scheduleType\":\"ONETIME\",\"timeNextExecution\":\"2026-12-01T02:00:00.000Z\"," +
            "\"managedInstances\":[{\"id\":\"ocid1.i\"}],\"operationType\":\"INSTALL\",\"packageNames\":[{\"name\":\"bash\"}]}",
            OciJson.Serialize(details));
    }

    [Fact]
    public void Work_requests_and_compartments_read_their_fields()
    {
        var work = OciJson.Deserialize<WorkRequest>("""{"id":"w","status":"SUCCEEDED","percentComplete":100.0,"timeAccepted":"2026-11-24T14:31:08.000Z","managedInstanceId":{"id":"i","displayName":"web"},"operationType":"INSTALL"}""")!;
        var compartment = OciJson.Deserialize<Compartment>("""{"id":"c","compartmentId":"t","name":"dev","lifecycleState":"ACTIVE","isAccessible":true,"timeCreated":"2020-01-01T00:00:00.000Z"}""")!;

        Assert.Equal("SUCCEEDED", work.Status);
        Assert.Equal(100f, work.PercentComplete);
        Assert.Equal("web", work.ManagedInstanceId!.DisplayName);
        Assert.Equal("dev", compartment.Name);
        Assert.True(compartment.IsAccessible);
        Assert.Equal(2020, compartment.TimeCreated!.Value.Year);
    }

    [Fact]
    public void Every_model_property_has_a_camelCase_wire_name()
    {
        var models = typeof(ScheduledJob).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.IsClass && (t.Namespace?.EndsWith(".Models", StringComparison.Ordinal) ?? false) && !t.IsAbstract
                && !t.IsGenericTypeDefinition && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .ToList();
        Assert.Contains(typeof(Compartment), models);

        // The names written are the JSON contract's (a naming policy or an attribute): each must be the property's name in camelCase.
        var wrong = models
            .SelectMany(t => OciJson.Options.GetTypeInfo(t).Properties.Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.AttributeProvider is not PropertyInfo info
                || x.Property.Name != char.ToLowerInvariant(info.Name[0]) + info.Name.Substring(1))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();

        Assert.Empty(wrong);
    }
}
