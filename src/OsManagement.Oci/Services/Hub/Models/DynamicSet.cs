// Wire model of OS Management Hub's DynamicSet (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the dynamic set.</summary>
internal sealed class DynamicSet : DynamicSetSummary
{
    /// <summary>Number of scheduled jobs currently targeting this dynamic set.</summary>
    public string? ScheduledJobCount { get; set; }

    /// <summary>The list of compartment details.</summary>
    public List<TargetCompartmentDetails>? TargetCompartments { get; set; }

    /// <summary>Include either any or all attributes.</summary>
    public string? MatchType { get; set; }

    public MatchingRule? MatchingRule { get; set; }
}
