using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>A work request: an asynchronous operation of the service, its status and progress.</summary>
public sealed class WorkRequestRecord
{
    /// <summary>The work request OCID.</summary>
    public string Id { get; set; } = "";

    /// <summary>The service's name for what it does (INSTALL, UPDATEALL...; on Hub INSTALL_PACKAGES...).</summary>
    public string OperationType { get; set; } = "";

    /// <summary>Where it is.</summary>
    public Reported<WorkRequestStatus> Status { get; set; }

    /// <summary>What it is for.</summary>
    public string? Description { get; set; }

    /// <summary>A progress or error message.</summary>
    public string? Message { get; set; }

    /// <summary>Its compartment.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>The instance it acts on, when one.</summary>
    public ResourceRef? ManagedInstance { get; set; }

    /// <summary>How far it is, 0 to 100.</summary>
    public float? PercentComplete { get; set; }

    /// <summary>When it was accepted (created).</summary>
    public DateTimeOffset? TimeAccepted { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? TimeStarted { get; set; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? TimeFinished { get; set; }

    /// <summary>The OS family it is for.</summary>
    public Reported<OsFamily> OsFamily { get; set; }

    /// <summary>Its parent, in a tree of work requests.</summary>
    public string? ParentId { get; set; }

    /// <summary>Its children (on Hub: one per instance of a group action).</summary>
    public IReadOnlyList<string> ChildrenIds { get; set; } = Array.Empty<string>();

    /// <summary>The scheduled job that started it (OS Management Hub).</summary>
    public string? InitiatorId { get; set; }

    /// <summary>What it acts on.</summary>
    public IReadOnlyList<WorkRequestResource> Resources { get; set; } = Array.Empty<WorkRequestResource>();

    /// <summary>False for a listed work request (a summary: no instance, start and finish times or resources).</summary>
    public bool IsDetailed { get; set; }
}

/// <summary>A resource a work request acts on.</summary>
public sealed class WorkRequestResource
{
    /// <summary>What is done to it (e.g. UPDATED).</summary>
    public string? ActionType { get; set; }

    /// <summary>What kind of resource it is.</summary>
    public string? EntityType { get; set; }

    /// <summary>Its name.</summary>
    public string? Name { get; set; }

    /// <summary>Its OCID.</summary>
    public string? Identifier { get; set; }
}

/// <summary>A line of a work request's log.</summary>
public sealed class WorkRequestLogLine
{
    /// <summary>When it was logged.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>What was logged.</summary>
    public string Message { get; set; } = "";
}

/// <summary>An error a work request reported.</summary>
public sealed class WorkRequestErrorLine
{
    /// <summary>When it happened.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The error code.</summary>
    public string Code { get; set; } = "";

    /// <summary>What went wrong.</summary>
    public string Message { get; set; } = "";
}
