// Wire model of OS Management Hub's WorkRequestDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the name and description of the job.</summary>
internal sealed class WorkRequestDetails
{
    /// <summary>A user-friendly name for the job. The name does not have to be unique. Avoid entering confidential information.</summary>
    public string? DisplayName { get; set; }

    /// <summary>User-specified information about the job. Avoid entering confidential information.</summary>
    public string? Description { get; set; }
}
