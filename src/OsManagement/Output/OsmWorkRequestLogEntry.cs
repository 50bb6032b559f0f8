using System;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>A line of a work request's log.</summary>
public sealed class OsmWorkRequestLogEntry
{
    internal OsmWorkRequestLogEntry(string workRequestId, WorkRequestLogLine e)
    {
        WorkRequestId = workRequestId;
        Timestamp = OsmTime.Local(e.Timestamp);
        Message = e.Message;
    }

    public string WorkRequestId { get; }

    /// <summary>When it was logged (local time).</summary>
    public DateTime? Timestamp { get; }
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>An error a work request reported.</summary>
public sealed class OsmWorkRequestError
{
    internal OsmWorkRequestError(string workRequestId, WorkRequestErrorLine e)
    {
        WorkRequestId = workRequestId;
        Timestamp = OsmTime.Local(e.Timestamp);
        Code = e.Code;
        Message = e.Message;
    }

    public string WorkRequestId { get; }

    /// <summary>When it happened (local time).</summary>
    public DateTime? Timestamp { get; }
    public string Code { get; }
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
