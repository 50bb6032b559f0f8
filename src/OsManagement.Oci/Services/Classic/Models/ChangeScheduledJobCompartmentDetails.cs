// Wire model of OCI's ChangeScheduledJobCompartmentDetails (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's ChangeScheduledJobCompartmentDetails object.</summary>
internal sealed class ChangeScheduledJobCompartmentDetails
{
    /// <summary>The [OCID](https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm) of the compartment into which the resource should be moved.</summary>
    public string? CompartmentId { get; set; }
}
