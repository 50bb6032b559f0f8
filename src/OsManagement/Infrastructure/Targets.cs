using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>How a target is named in -WhatIf and -Confirm messages.</summary>
internal static class Targets
{
    /// <summary>"name (ocid)" when the name is known for this one id, else the id.</summary>
    public static string Describe(string id, string? name, int idsBound) =>
        !string.IsNullOrEmpty(name) && idsBound == 1 ? $"{name} ({id})" : id;

    /// <summary>A new job's targets counted: "3 instance(s)", "2 group(s)", "1 compartment(s) and their sub-compartments".</summary>
    public static string Of(NewScheduledJob job) =>
        job.LifecycleStages.Count > 0 ? $"{job.LifecycleStages.Count} lifecycle stage(s)"
        : job.DynamicSets.Count > 0 ? $"{job.DynamicSets.Count} dynamic set(s)"
        : job.Compartments.Count > 0 ? $"{job.Compartments.Count} compartment(s){(job.IncludeSubcompartments ? " and their sub-compartments" : "")}"
        : job.Groups.Count > 0 && job.Instances.Count == 0 ? $"{job.Groups.Count} group(s)"
        : $"{job.Instances.Count} instance(s) and {job.Groups.Count} group(s)";
}
