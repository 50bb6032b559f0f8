// Wire model of OS Management Hub's SwitchSnapChannelDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used to switch a snap channel.</summary>
internal sealed class SwitchSnapChannelDetails
{
    /// <summary>The name of the snap.</summary>
    public string? Name { get; set; }

    /// <summary>The channel to switch to (e.g. stable, edge, beta, candidate, or a custom channel).</summary>
    public string? Channel { get; set; }
}
