using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub;

// Filters of the lists of lifecycle environments, stages and dynamic sets, named as in oci-osmanagementhub's *Request
// types (a List<string> repeats its key).

/// <summary>ListLifecycleEnvironments: GET /lifecycleEnvironments.</summary>
internal sealed class ListLifecycleEnvironmentsRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public List<string>? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? LifecycleEnvironmentId { get; set; }

    /// <summary><see cref="Models.ArchType"/> value.</summary>
    public string? ArchType { get; set; }

    /// <summary><see cref="Models.OsFamily"/> value.</summary>
    public string? OsFamily { get; set; }
    public List<string>? Location { get; set; }
    public List<string>? LocationNotEqualTo { get; set; }
    public string? LifecycleState { get; set; }
}

/// <summary>ListLifecycleStages: GET /lifecycleStages.</summary>
internal sealed class ListLifecycleStagesRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public List<string>? DisplayName { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? LifecycleStageId { get; set; }
    public string? SoftwareSourceId { get; set; }
    public string? ArchType { get; set; }
    public string? OsFamily { get; set; }
    public List<string>? Location { get; set; }
    public List<string>? LocationNotEqualTo { get; set; }
    public string? LifecycleState { get; set; }
}

/// <summary>ListDynamicSets: GET /dynamicSets.</summary>
internal sealed class ListDynamicSetsRequest : ListRequest
{
    public string? CompartmentId { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? DisplayName { get; set; }
    public string? DynamicSetId { get; set; }
}

/// <summary>ListManagedInstancesInDynamicSet: GET /dynamicSets/{dynamicSetId}/managedInstances.</summary>
internal sealed class ListManagedInstancesInDynamicSetRequest : ListRequest
{
    /// <summary>The set (in the path).</summary>
    public string DynamicSetId { get; set; } = "";
    public string? CompartmentId { get; set; }
    public bool? CompartmentIdInSubtree { get; set; }
    public string? DisplayNameContains { get; set; }
    public string? DisplayName { get; set; }
}
