// Wire model of OS Management Hub's ManagedInstanceAnalyticSummary (API 20220901; JSON field names as the service sends them).
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>A metric emitted by managed instance resource: its name, qualifiers and value.</summary>
internal sealed class ManagedInstanceAnalyticSummary
{
    /// <summary>The name of this metric (<see cref="MetricName"/>).</summary>
    public string? Name { get; set; }

    /// <summary>Qualifiers provided in a metric definition.</summary>
    public Dictionary<string, string>? Dimensions { get; set; }

    /// <summary>The value of this metric.</summary>
    public long? Count { get; set; }
}

/// <summary>The metric names the engine asks for (oci-osmanagementhub's MetricName).</summary>
internal static class MetricName
{
    public const string TotalInstanceCount = "TOTAL_INSTANCE_COUNT";
    public const string InstanceWithAvailableSecurityUpdatesCount = "INSTANCE_WITH_AVAILABLE_SECURITY_UPDATES_COUNT";
    public const string InstanceWithAvailableBugfixUpdatesCount = "INSTANCE_WITH_AVAILABLE_BUGFIX_UPDATES_COUNT";
    public const string InstanceWithAvailableOtherUpdatesCount = "INSTANCE_WITH_AVAILABLE_OTHER_UPDATES_COUNT";
    public const string InstanceSecurityUpdatesCount = "INSTANCE_SECURITY_UPDATES_COUNT";
    public const string InstanceBugfixUpdatesCount = "INSTANCE_BUGFIX_UPDATES_COUNT";
    public const string InstanceOtherUpdatesCount = "INSTANCE_OTHER_UPDATES_COUNT";
    public const string UnreachableInstanceCount = "UNREACHABLE_INSTANCE_COUNT";
    public const string WarningInstanceCount = "WARNING_INSTANCE_COUNT";
    public const string NeedsRebootingInstanceCount = "NEEDS_REBOOTING_INSTANCE_COUNT";
}
