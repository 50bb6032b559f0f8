// Wire model of OS Management Hub's ModuleStreamProfileDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to update a module stream profile.</summary>
internal sealed class ModuleStreamProfileDetails
{
    /// <summary>The name of a module.</summary>
    public string? ModuleName { get; set; }

    /// <summary>The name of a stream of the specified module.</summary>
    public string? StreamName { get; set; }

    /// <summary>The name of a profile of the specified module stream.</summary>
    public string? ProfileName { get; set; }

    /// <summary>The OCID of the software source that contains the module stream.</summary>
    public string? SoftwareSourceId { get; set; }
}
