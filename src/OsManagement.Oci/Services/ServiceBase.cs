using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;

namespace OsManagement.Oci.Services;

/// <summary>
/// What every service implementation shares, written once: the compartments (from Identity, whichever service answers),
/// a resource read and mapped to its record, a list mapped item by item, an action started with a retry token of its
/// own, and freeform tags. Each has the service's errors as the engine's. A service adds what its API says its own way.
/// </summary>
internal abstract class ServiceBase
{
    private readonly CompartmentDirectory _compartments;

    /// <summary>A service whose compartments come from <paramref name="identity"/>.</summary>
    protected ServiceBase(IdentityClient identity) => _compartments = new CompartmentDirectory(identity);

    /// <inheritdoc cref="IOsmService.ListCompartmentsAsync"/>
    public IAsyncEnumerable<CompartmentRecord> ListCompartmentsAsync(string parentId, bool recurse, int throttleLimit, CancellationToken cancellationToken) =>
        _compartments.WalkAsync(parentId, recurse, throttleLimit, cancellationToken);

    /// <summary>One resource, read and mapped.</summary>
    protected static Task<TRecord> Read<TWire, TRecord>(Func<Task<OciResponse<TWire>>> read, Func<TWire, TRecord> map) =>
        ServiceErrors.Call(async () => map((await read().ConfigureAwait(false)).Value));

    /// <summary>One resource, read and mapped with the etag it came with.</summary>
    protected static Task<TRecord> ReadWithETag<TWire, TRecord>(Func<Task<OciResponse<TWire>>> read, Func<TWire, string?, TRecord> map) =>
        ServiceErrors.Call(async () =>
        {
            var response = await read().ConfigureAwait(false);
            return map(response.Value, response.ETag);
        });

    /// <summary>A list, mapped item by item as it streams.</summary>
    protected static IAsyncEnumerable<TRecord> List<TWire, TRecord>(IAsyncEnumerable<TWire> listed, Func<TWire, TRecord> map,
        CancellationToken cancellationToken) =>
        ServiceErrors.Stream(listed, cancellationToken).Map(map, cancellationToken);

    /// <summary>An idempotency key of its own for each call, kept across the pipeline's retries of that one call.</summary>
    protected static string NewRetryToken() => Guid.NewGuid().ToString("N");

    /// <summary>Starts an action with a new retry token; the service answers with the work request it created.</summary>
    protected static Task<string> StartAsync(Func<string, Task<OciResponse<OciEmpty>>> action) =>
        ServiceErrors.Call(async () =>
        {
            var response = await action(NewRetryToken()).ConfigureAwait(false);
            return response.OpcWorkRequestId ?? throw new InvalidOperationException(
                $"The service accepted the action but returned no opc-work-request-id (opc-request-id {response.OpcRequestId}).");
        });

    /// <summary>Freeform tags as the wire takes them; null leaves them out (a change that does not touch them).</summary>
    protected static Dictionary<string, string>? Tags(IReadOnlyDictionary<string, string>? tags) => tags?.ToDictionary(t => t.Key, t => t.Value);
}
