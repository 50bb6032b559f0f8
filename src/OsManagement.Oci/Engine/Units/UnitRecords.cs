using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>A lifecycle environment: stages in order (dev, test, prod...) that content is promoted through.</summary>
public sealed class LifecycleEnvironmentRecord
{
    /// <summary>The lifecycle environment OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>The OS its members run, as the service says it (ORACLE_LINUX_9...).</summary>
    public string? OsFamilyDetail { get; set; }

    /// <summary>The CPU architecture of its members (X86_64, AARCH64).</summary>
    public string? Architecture { get; set; }

    /// <summary>Where its members run (OCI_COMPUTE, ON_PREMISE...).</summary>
    public string? Location { get; set; }

    /// <summary>ACTIVE, ... as the service says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>Its stages, by rank (first to last).</summary>
    public IReadOnlyList<LifecycleStageRecord> Stages { get; set; } = Array.Empty<LifecycleStageRecord>();

    /// <summary>False for a listed environment (its stages without their members).</summary>
    public bool IsDetailed { get; set; }
}

/// <summary>A stage of a lifecycle environment: its rank, the content (a versioned software source) it holds, its members.</summary>
public sealed class LifecycleStageRecord
{
    /// <summary>The lifecycle stage OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name (dev, test, prod...).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>Its place in its environment: 1 is the first stage content is promoted to.</summary>
    public int Rank { get; set; }

    /// <summary>Its lifecycle environment.</summary>
    public ResourceRef? Environment { get; set; }

    /// <summary>The OS its members run (ORACLE_LINUX_9...).</summary>
    public string? OsFamilyDetail { get; set; }

    /// <summary>The CPU architecture of its members.</summary>
    public string? Architecture { get; set; }

    /// <summary>Where its members run.</summary>
    public string? Location { get; set; }

    /// <summary>The versioned software source it holds; null before any content was promoted to it.</summary>
    public ResourceRef? SoftwareSource { get; set; }

    /// <summary>Its members (a stage read in full, or an environment's).</summary>
    public IReadOnlyList<ResourceRef> Members { get; set; } = Array.Empty<ResourceRef>();

    /// <summary>How many members it has, when the service says so without listing them.</summary>
    public int? MemberCount { get; set; }

    /// <summary>ACTIVE, ... as the service says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>When it was last changed (a promotion changes it).</summary>
    public DateTimeOffset? TimeModified { get; set; }

    /// <summary>The version read (a stage read in full).</summary>
    public string? ETag { get; set; }
}

/// <summary>Whether a dynamic set takes instances that match any of its rule's criteria, or all of them.</summary>
public enum MatchType
{
    /// <summary>Any criterion matches.</summary>
    Any,

    /// <summary>Every criterion given matches.</summary>
    All,
}

/// <summary>A compartment a dynamic set looks in, with its sub-compartments or not.</summary>
public sealed class TargetCompartment
{
    /// <summary>The compartment <paramref name="compartmentId"/>.</summary>
    public TargetCompartment(string compartmentId, bool includesChildren)
    {
        CompartmentId = compartmentId;
        IncludesChildren = includesChildren;
    }

    /// <summary>The compartment OCID.</summary>
    public string CompartmentId { get; }

    /// <summary>Whether its sub-compartments count too.</summary>
    public bool IncludesChildren { get; }
}

/// <summary>A dynamic set's matching rule: each list is one criterion (empty: not asked), in the service's words.</summary>
public sealed class MatchingRule
{
    /// <summary>Detailed OS families (ORACLE_LINUX_9...).</summary>
    public IReadOnlyList<string> OsFamilies { get; set; } = Array.Empty<string>();

    /// <summary>OS names (ORACLE_LINUX, WINDOWS_SERVER...).</summary>
    public IReadOnlyList<string> OsNames { get; set; } = Array.Empty<string>();

    /// <summary>Architectures (X86_64, AARCH64).</summary>
    public IReadOnlyList<string> Architectures { get; set; } = Array.Empty<string>();

    /// <summary>Instance statuses (NORMAL, UNREACHABLE...).</summary>
    public IReadOnlyList<string> Statuses { get; set; } = Array.Empty<string>();

    /// <summary>Locations (OCI_COMPUTE, ON_PREMISE...).</summary>
    public IReadOnlyList<string> Locations { get; set; } = Array.Empty<string>();

    /// <summary>Instance display names.</summary>
    public IReadOnlyList<string> DisplayNames { get; set; } = Array.Empty<string>();

    /// <summary>Instance OCIDs.</summary>
    public IReadOnlyList<string> ManagedInstanceIds { get; set; } = Array.Empty<string>();

    /// <summary>Group OCIDs.</summary>
    public IReadOnlyList<string> ManagedInstanceGroupIds { get; set; } = Array.Empty<string>();

    /// <summary>Whether the instance needs a reboot; null when not asked.</summary>
    public bool? IsRebootRequired { get; set; }

    /// <summary>The rule as one line a person reads: each criterion given, "osFamilies in (ORACLE_LINUX_9); isRebootRequired = true".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{name} in ({string.Join(", ", values)})");
            }
        }
        Add("osFamilies", OsFamilies);
        Add("osNames", OsNames);
        Add("architectures", Architectures);
        Add("statuses", Statuses);
        Add("locations", Locations);
        Add("displayNames", DisplayNames);
        Add("managedInstanceIds", ManagedInstanceIds);
        Add("managedInstanceGroupIds", ManagedInstanceGroupIds);
        if (IsRebootRequired is { } reboot)
        {
            parts.Add($"isRebootRequired = {(reboot ? "true" : "false")}");
        }
        return string.Join("; ", parts);
    }
}

/// <summary>A dynamic set: the instances of its compartments its rule matches, now.</summary>
public sealed class DynamicSetRecord
{
    /// <summary>The dynamic set OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its display name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Its description.</summary>
    public string? Description { get; set; }

    /// <summary>The compartment it is in.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>ACTIVE, ... as the service says.</summary>
    public string LifecycleState { get; set; } = "";

    /// <summary>Any criterion, or all of them (null on a listed set).</summary>
    public MatchType? MatchType { get; set; }

    /// <summary>The compartments it looks in (empty on a listed set).</summary>
    public IReadOnlyList<TargetCompartment> TargetCompartments { get; set; } = Array.Empty<TargetCompartment>();

    /// <summary>Its rule (null on a listed set).</summary>
    public MatchingRule? Rule { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>How many scheduled jobs target it.</summary>
    public int? ScheduledJobCount { get; set; }

    /// <summary>False for a listed set (a summary: no rule).</summary>
    public bool IsDetailed { get; set; }
}
