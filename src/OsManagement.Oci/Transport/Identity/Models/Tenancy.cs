// Wire model of OCI's Tenancy (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Identity.Models;

/// <summary>The service's Tenancy object.</summary>
internal sealed class Tenancy
{
    /// <summary>The OCID of the tenancy.</summary>
    public string? Id { get; set; }

    /// <summary>The name of the tenancy.</summary>
    public string? Name { get; set; }

    /// <summary>The description of the tenancy.</summary>
    public string? Description { get; set; }

    /// <summary>The region key for the tenancy's home region. For the full list of supported regions, see [Regions and Availability Domains](https://docs.oracle.com/iaas/Content/General/Concepts/regions.htm). &lt;p&gt; Example: {@code PHX}</summary>
    public string? HomeRegionKey { get; set; }

    /// <summary>Url which refers to the UPI IDCS compatibility layer endpoint configured for this Tenant's home region.</summary>
    public string? UpiIdcsCompatibilityLayerEndpoint { get; set; }

    /// <summary>Free-form tags for this resource. Each tag is a simple key-value pair with no predefined name, type, or namespace. For more information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm). Example: {@code {\"Department\": \"Finance\"}}</summary>
    public Dictionary<string, string>? FreeformTags { get; set; }

    /// <summary>Defined tags for this resource. Each key is predefined and scoped to a namespace. For more information, see [Resource Tags](https://docs.oracle.com/iaas/Content/General/Concepts/resourcetags.htm). Example: {@code {\"Operations\": {\"CostCenter\": \"42\"}}}</summary>
    public Dictionary<string, Dictionary<string, object>>? DefinedTags { get; set; }
}
