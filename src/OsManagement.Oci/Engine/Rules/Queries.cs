using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>Which scheduled jobs of one compartment to list.</summary>
public sealed class ScheduledJobQuery
{
    /// <summary>The compartment.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>Only jobs that target this instance.</summary>
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only jobs that target this group.</summary>
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Only jobs that target this compartment (OS Management Hub).</summary>
    public string? ManagedCompartmentId { get; set; }

    /// <summary>Only jobs doing this.</summary>
    public JobOperation? Operation { get; set; }

    /// <summary>Only jobs in this state (the service's default: active ones).</summary>
    public JobLifecycleState? State { get; set; }

    /// <summary>Only jobs for this OS family.</summary>
    public OsFamily? OsFamily { get; set; }

    /// <summary>Only jobs that will run before this time (upcoming jobs).</summary>
    public DateTimeOffset? RunningBefore { get; set; }

    /// <summary>A copy for another compartment.</summary>
    public ScheduledJobQuery In(string compartmentId) => new()
    {
        CompartmentId = compartmentId,
        ManagedInstanceId = ManagedInstanceId,
        ManagedInstanceGroupId = ManagedInstanceGroupId,
        ManagedCompartmentId = ManagedCompartmentId,
        Operation = Operation,
        State = State,
        OsFamily = OsFamily,
        RunningBefore = RunningBefore,
    };
}

/// <summary>Which work requests of one compartment to list.</summary>
public sealed class WorkRequestQuery
{
    /// <summary>The compartment.</summary>
    public string CompartmentId { get; set; } = "";

    /// <summary>Only work requests for this instance.</summary>
    public string? ManagedInstanceId { get; set; }

    /// <summary>Only work requests in these states (all when empty).</summary>
    public IReadOnlyCollection<WorkRequestStatus> Statuses { get; set; } = Array.Empty<WorkRequestStatus>();

    /// <summary>Only work requests accepted at or after this time.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only work requests a scheduled job started (needs <see cref="ServiceFeature.WorkRequestTrees"/>).</summary>
    public string? InitiatorId { get; set; }

    /// <summary>Only the children of this work request (needs <see cref="ServiceFeature.WorkRequestTrees"/>).</summary>
    public string? ParentId { get; set; }

    /// <summary>The compartment's subtree too, in one listing (needs <see cref="ServiceFeature.WorkRequestTrees"/>).</summary>
    public bool IncludeSubcompartments { get; set; }

    /// <summary>A copy for another compartment.</summary>
    public WorkRequestQuery In(string compartmentId) => new()
    {
        CompartmentId = compartmentId,
        ManagedInstanceId = ManagedInstanceId,
        Statuses = Statuses,
        Since = Since,
        InitiatorId = InitiatorId,
        ParentId = ParentId,
        IncludeSubcompartments = IncludeSubcompartments,
    };
}
