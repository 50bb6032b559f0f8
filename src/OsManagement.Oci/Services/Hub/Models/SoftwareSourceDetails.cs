// Wire model of OS Management Hub's SoftwareSourceDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides identifying information for the specified software source.</summary>
internal sealed class SoftwareSourceDetails
{
    /// <summary>The OCID of the software source.</summary>
    public string? Id { get; set; }

    /// <summary>Software source name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Software source description.</summary>
    public string? Description { get; set; }

    /// <summary>Type of the software source.</summary>
    public string? SoftwareSourceType { get; set; }

    /// <summary>Indicates whether this is a required software source for Autonomous Linux instances. If true, the user can't unselect it.</summary>
    public bool? IsMandatoryForAutonomousLinux { get; set; }
}
