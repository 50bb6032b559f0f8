using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A group to create, as the user described it: its OS, architecture and location are given, or taken from its first
/// member. <see cref="Validate"/> says everything that keeps it from being sent.
/// </summary>
public sealed class NewInstanceGroup
{
    /// <summary>The compartment the group belongs to.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>Its name.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>What it is for.</summary>
    public string? Description { get; set; }

    /// <summary>The OS its members run as the service says it (ORACLE_LINUX_9...); null: its first member's.</summary>
    public string? OsFamilyDetail { get; set; }

    /// <summary>The CPU architecture (X86_64...); null: its first member's, else X86_64.</summary>
    public string? Architecture { get; set; }

    /// <summary>Where its members run (OCI_COMPUTE...); null: its first member's, else OCI_COMPUTE.</summary>
    public string? Location { get; set; }

    /// <summary>Its first members, read in full.</summary>
    public IReadOnlyList<ManagedInstanceRecord> Members { get; set; } = Array.Empty<ManagedInstanceRecord>();

    /// <summary>The OS it is created for.</summary>
    public string? EffectiveOsFamilyDetail => OsFamilyDetail ?? Members.FirstOrDefault()?.OsFamilyDetail;

    /// <summary>The architecture it is created for.</summary>
    public string EffectiveArchitecture => Architecture ?? Members.FirstOrDefault()?.Architecture ?? "X86_64";

    /// <summary>The location it is created for.</summary>
    public string EffectiveLocation => Location ?? Members.FirstOrDefault()?.Location ?? "OCI_COMPUTE";

    /// <summary>
    /// What keeps it from being created on a service with <paramref name="capabilities"/>: the feature, an OS to create it
    /// for, then each member that cannot join it (one problem a member, so the others can be told apart).
    /// </summary>
    public IReadOnlyList<UnitProblem> Validate(ServiceCapabilities capabilities)
    {
        var problems = new List<UnitProblem>();
        if (UnitRules.Lacking(capabilities, ServiceFeature.GroupManagement) is { } lacking)
        {
            problems.Add(lacking);
            return problems;
        }
        if (EffectiveOsFamilyDetail is not { } os)
        {
            problems.Add(new UnitProblem(UnitProblemKind.NoOsForGroup));
            return problems;
        }
        var shape = new UnitShape(os, EffectiveArchitecture, EffectiveLocation);
        problems.AddRange(Members.Select(m => UnitRules.JoinProblem(m, shape, null)).OfType<UnitProblem>());
        return problems;
    }
}
