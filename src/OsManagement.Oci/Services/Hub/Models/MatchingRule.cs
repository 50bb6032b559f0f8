// Wire model of OS Management Hub's MatchingRule (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>An object that defines the set of rules that identifies the target instances in a dynamic set.</summary>
internal sealed class MatchingRule
{
    /// <summary>The list of managed instance ids.</summary>
    public List<string>? ManagedInstanceIds { get; set; }

    /// <summary>The list of managed instance group IDs.</summary>
    public List<string>? ManagedInstanceGroupIds { get; set; }

    /// <summary>The list of managed instance display names.</summary>
    public List<string>? DisplayNames { get; set; }

    /// <summary>The list of managed instance OS names.</summary>
    public List<string>? OsNames { get; set; }

    /// <summary>The list of managed instance architectures.</summary>
    public List<string>? Architectures { get; set; }

    /// <summary>The list of managed instance OS families.</summary>
    public List<string>? OsFamilies { get; set; }

    /// <summary>The list of managed instance statuses.</summary>
    public List<string>? Statuses { get; set; }

    /// <summary>The list of managed instance locations.</summary>
    public List<string>? Locations { get; set; }

    /// <summary>Indicates if the managed instance needs to be rebooted.</summary>
    public bool? IsRebootRequired { get; set; }

    /// <summary>The list of managed instance tags.</summary>
    public List<Tag>? Tags { get; set; }
}
