using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// Why a work request did not succeed, each reason once: a request with children (a group's, or an "all" update's child
/// per update type) failed because some of them did, and its own errors repeat theirs, one line a child; so the reasons
/// are its failed children's own errors, each said once with the children it stopped. A request without children has
/// its own errors, each once.
/// </summary>
public sealed class WorkRequestFailure
{
    private WorkRequestFailure(WorkRequestRecord request, IReadOnlyList<FailureReason> reasons, int children)
    {
        Request = request;
        Reasons = reasons;
        ChildCount = children;
    }

    /// <summary>The work request that did not succeed.</summary>
    public WorkRequestRecord Request { get; }

    /// <summary>Each distinct reason, in the order first met, with the children it stopped (none for a request without children).</summary>
    public IReadOnlyList<FailureReason> Reasons { get; }

    /// <summary>How many children the request has.</summary>
    public int ChildCount { get; }

    /// <summary>The failed children, in the request's order.</summary>
    public IReadOnlyList<WorkRequestRecord> FailedChildren => Reasons.SelectMany(r => r.Children).ToList();

    /// <summary>
    /// Reads why <paramref name="request"/> did not succeed: its children (those that did not succeed) and their errors, or
    /// its own errors when it has no children, through a fan-out of <paramref name="throttleLimit"/>.
    /// </summary>
    public static async Task<WorkRequestFailure> ReadAsync(IOsmService service, WorkRequestRecord request, int throttleLimit,
        CancellationToken cancellationToken)
    {
        if (request.ChildrenIds.Count == 0)
        {
            var errors = await service.ListWorkRequestErrorsAsync(request.Id, cancellationToken).CollectAsync(cancellationToken).ConfigureAwait(false);
            return new WorkRequestFailure(request, Group(errors.Select(e => (e, (WorkRequestRecord?)null))), 0);
        }
        var fanOut = new FanOut(throttleLimit);
        var failed = new List<WorkRequestRecord>();
        await foreach (var child in fanOut.ReadEach(request.ChildrenIds, service.GetWorkRequestAsync, cancellationToken).ConfigureAwait(false))
        {
            if (!child.Succeeded)
            {
                throw child.Error!;
            }
            if (child.Value.Status.Value is not WorkRequestStatus.Succeeded)
            {
                failed.Add(child.Value);
            }
        }
        var reasons = new List<(WorkRequestErrorLine, WorkRequestRecord?)>();
        await foreach (var read in fanOut.ReadEach(failed.Select(c => c.Id), (id, token) =>
            service.ListWorkRequestErrorsAsync(id, token).CollectAsync(token), cancellationToken).ConfigureAwait(false))
        {
            var child = failed.First(c => c.Id == read.Target);
            var first = read.Succeeded ? read.Value.FirstOrDefault() : null;
            // A child that says nothing of why is stopped by its status, in its own words.
            reasons.Add((first ?? new WorkRequestErrorLine { Code = child.Status.Text, Message = child.Message ?? "" }, child));
        }
        return new WorkRequestFailure(request, Group(reasons), request.ChildrenIds.Count);
    }

    // The reasons, each once (same code and message), with the children each stopped, in the order first met.
    private static IReadOnlyList<FailureReason> Group(IEnumerable<(WorkRequestErrorLine Error, WorkRequestRecord? Child)> errors) =>
        errors.GroupBy(e => (e.Error.Code, e.Error.Message))
            .Select(g => new FailureReason(g.Key.Code, g.Key.Message, g.Select(e => e.Child).OfType<WorkRequestRecord>().ToList()))
            .ToList();
}

/// <summary>One reason a work request did not succeed, and the children it stopped.</summary>
public sealed class FailureReason
{
    internal FailureReason(string code, string message, IReadOnlyList<WorkRequestRecord> children)
    {
        Code = code;
        Message = message;
        Children = children;
    }

    /// <summary>The service's error code.</summary>
    public string Code { get; }

    /// <summary>What went wrong, as the service said it.</summary>
    public string Message { get; }

    /// <summary>The children it stopped (none when the request has no children).</summary>
    public IReadOnlyList<WorkRequestRecord> Children { get; }
}
