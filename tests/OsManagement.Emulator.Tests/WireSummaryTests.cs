using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Platform.Http;
using ClassicWire = OsManagement.Emulator.Apis.Classic.Wire;
using HubWire = OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Tests;

/// <summary>A list's summary shape is the full resource seen through the fields the summary names.</summary>
public sealed class WireSummaryTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EverySummaryNamesFieldsOfItsFullShapeEachOnce()
    {
        // Making a summary refuses a field its full shape lacks, so reading them is the check that every name is right.
        var summaries = new IReadOnlyList<string>[]
        {
            HubWire.Summaries.Erratum.Fields, HubWire.Summaries.ManagedInstanceGroup.Fields,
            HubWire.Summaries.ScheduledJob.Fields, HubWire.Summaries.WorkRequest.Fields,
            ClassicWire.Summaries.ScheduledJob.Fields, ClassicWire.Summaries.WorkRequest.Fields,
        };

        Assert.All(summaries, fields => Assert.Equal(fields.Count, fields.Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void AFieldTheFullShapeLacksIsRefused()
    {
        // Hub's work request says childrenId; the retired API's says childrenIds.
        var error = Assert.Throws<ArgumentException>(() => new WireSummary<HubWire.WorkRequest>("id", "childrenIds"));

        Assert.Contains("childrenIds", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "id", "childrenIds" }, new WireSummary<ClassicWire.WorkRequest>("id", "childrenIds").Fields);
    }

    [Fact]
    public void ASummaryShowsItsFieldsInItsOrderWithTheFullResourcesValuesAndLeavesOutWhatTheResourceLeavesOut()
    {
        var full = new HubWire.WorkRequest
        {
            OperationType = "UPDATE_PACKAGES",
            Status = "SUCCEEDED",
            Id = "ocid1.osmhworkrequest.oc1.iad.one",
            CompartmentId = "ocid1.compartment.oc1..one",
            Resources = new(),
            PackageNames = new() { "bash" },
            PercentComplete = 100,
            TimeCreated = Created,
            TimeFinished = Created.AddMinutes(1),
        };

        var summary = HubWire.Summaries.WorkRequest.Of(full);

        // No description, displayName, message, parentId, childrenId, timeScheduled or rebootTimeoutInMins: the resource has none;
        // packageNames, resources and timeUpdated are the full shape's only.
        Assert.Equal(new[] { "operationType", "status", "id", "compartmentId", "percentComplete", "timeCreated", "isManagedByAutonomousLinux", "timeFinished" },
            summary.Select(p => p.Key));
        Assert.Equal("2026-11-24T12:01:00.000Z", (string?)summary["timeFinished"]);
        Assert.Equal(
            """{"operationType":"UPDATE_PACKAGES","status":"SUCCEEDED","id":"ocid1.osmhworkrequest.oc1.iad.one","compartmentId":"ocid1.compartment.oc1..one","percentComplete":100,"timeCreated":"2026-11-24T12:00:00.000Z","isManagedByAutonomousLinux":false,"timeFinished":"2026-11-24T12:01:00.000Z"}""",
            summary.ToJsonString(WireJson.Options));
    }
}
