// Wire model of OCI's Compartment (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Identity.Models;

/// <summary>The service's Compartment object.</summary>
internal sealed class Compartment
{
    /// <summary>The OCID of the compartment.</summary>
    public string? Id { get; set; }

    /// <summary>The OCID of the parent compartment containing the compartment.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>The name you assign to the compartment during creation. The name must be unique across all compartments in the parent. Avoid entering confidential information.</summary>
    public string? Name { get; set; }

    /// <summary>The description you assign to the compartment. Does not have to be unique, and it's changeable.</summary>
    public string? Description { get; set; }

    /// <summary>Date and time the compartment was created, in the format defined by RFC3339. &lt;p&gt; Example: {@code 2016-08-25T21:10:29.600Z}</summary>
    public DateTimeOffset? TimeCreated { get; set; }

    /// <summary>The compartment's current state. After creating a compartment, make sure its {@code lifecycleState} changes from CREATING to ACTIVE before using it.</summary>
    public string? LifecycleState { get; set; }

    /// <summary>The detailed status of INACTIVE lifecycleState.</summary>
    public long? InactiveStatus { get; set; }

    /// <summary>Indicates whether or not the compartment is accessible for the user making the request. Returns true when the user has INSPECT permissions directly on a resource in the compartment or indirectly (permissions can be on a resource in a subcompartment).</summary>
    public bool? IsAccessible { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm). Example: {@code {\"Department\": \"Finance\"}}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm). Example: {@code {\"Operations\": {\"CostCenter\": \"42\"}}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }
}
