// Wire model of OCI's WorkRequest (JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Classic.Models;

/// <summary>The service's WorkRequest object.</summary>
internal sealed class WorkRequest : WorkRequestSummary
{
    public NamedId? ManagedInstanceId { get; set; }

    /// <summary>The resources affected by this work request.</summary>
    public List<WorkRequestResource>? Resources { get; set; }

    /// <summary>The date and time the request was started, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339), section 14.29.</summary>
    public DateTimeOffset? TimeStarted { get; set; }

    /// <summary>The date and time the object was finished, as described in [RFC 3339](https://tools.ietf.org/rfc/rfc3339).</summary>
    public DateTimeOffset? TimeFinished { get; set; }

    /// <summary>The parent of this work request, if one exists.</summary>
    public string? ParentId { get; set; }

    /// <summary>A list of the IDs of any children of this work request</summary>
    public List<string>? ChildrenIds { get; set; }
}
