// Wire model of OS Management Hub's ManageModuleStreamsInScheduledJobDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The set of changes to make to the state of the modules, streams, and profiles on the managed target.</summary>
internal sealed class ManageModuleStreamsInScheduledJobDetails
{
    /// <summary>The set of module streams to enable.</summary>
    public List<ModuleStreamDetails>? Enable { get; set; }

    /// <summary>The set of module streams to disable.</summary>
    public List<ModuleStreamDetails>? Disable { get; set; }

    /// <summary>The set of module stream profiles to install.</summary>
    public List<ModuleStreamProfileDetails>? Install { get; set; }

    /// <summary>The set of module stream profiles to remove.</summary>
    public List<ModuleStreamProfileDetails>? Remove { get; set; }
}
