// Wire model of OS Management Hub's ScheduledJobOperation (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Defines an operation that is performed by a scheduled job.</summary>
internal sealed class ScheduledJobOperation
{
    /// <summary>The type of operation this scheduled job performs.</summary>
    public string? OperationType { get; set; }

    /// <summary>The names of the target packages. This parameter only applies when the scheduled job is for installing, updating, or removing packages.</summary>
    public List<string>? PackageNames { get; set; }

    /// <summary>Unique identifier for the Windows update. This parameter only applies if the scheduled job is for installing Windows updates. Note that this is not an OCID, but is a unique identifier assigned by Microsoft. For example: '6981d463-cd91-4a26-b7c4-ea4ded9183ed'.</summary>
    public List<string>? WindowsUpdateNames { get; set; }

    public ManageModuleStreamsInScheduledJobDetails? ManageModuleStreamsDetails { get; set; }

    public ModuleStreamDetails? SwitchModuleStreamsDetails { get; set; }

    /// <summary>The software source OCIDs. This parameter only applies when the scheduled job is for attaching or detaching software sources.</summary>
    public List<string>? SoftwareSourceIds { get; set; }

    /// <summary>The number of minutes the service waits for the reboot to complete. If the instance doesn't reboot within the timeout, the service marks the reboot job as failed.</summary>
    public int? RebootTimeoutInMins { get; set; }

    public InstallSnapDetails? InstallSnapDetails { get; set; }

    public RemoveSnapDetails? RemoveSnapDetails { get; set; }

    public SwitchSnapChannelDetails? SwitchSnapChannelDetails { get; set; }
}
