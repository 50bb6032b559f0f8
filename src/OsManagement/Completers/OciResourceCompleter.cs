using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Completers;

/// <summary>
/// Completes an OCID parameter by the resource's name: type part of a name (or of the OCID), get the OCID, with the name
/// shown in the list. Uses the session's context; what it read is kept for a minute, and a slow or failed read gives
/// no completions rather than an error.
/// </summary>
public abstract class OciResourceCompleter : IArgumentCompleter
{
    private static readonly object Gate = new();
    private static readonly Dictionary<(OsmContext, Type), (DateTime Read, List<(string Id, string Name)> Items)> Cache = new();

    /// <summary>The resources to offer, as (OCID, name) pairs.</summary>
    protected abstract Task<List<(string Id, string Name)>> ReadAsync(OsmContext context, CancellationToken cancellationToken);

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var context = OsmSession.Current;
        if (context is null)
        {
            return Array.Empty<CompletionResult>();
        }
        var word = wordToComplete.Trim('\'', '"');
        return Read(context)
            .Where(r => r.Name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 || r.Id.StartsWith(word, StringComparison.Ordinal))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Take(100)
            .Select(r => new CompletionResult(r.Id, r.Name, CompletionResultType.ParameterValue, $"{r.Name} ({r.Id})"));
    }

    private List<(string Id, string Name)> Read(OsmContext context)
    {
        var key = (context, GetType());
        lock (Gate)
        {
            if (Cache.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.Read < TimeSpan.FromMinutes(1))
            {
                return cached.Items;
            }
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var items = Task.Run(() => ReadAsync(context, timeout.Token), timeout.Token).GetAwaiter().GetResult();
            lock (Gate)
            {
                Cache[key] = (DateTime.UtcNow, items);
            }
            return items;
        }
        catch (Exception)
        {
            // Completion must never throw at the user; no completions is the honest answer.
            return new List<(string, string)>();
        }
    }

    /// <summary>Every resource <paramref name="list"/> finds in the tenancy and its ACTIVE subtree, by the one fan-out; compartments that cannot be listed are passed over.</summary>
    protected static async Task<List<(string Id, string Name)>> ListEverywhereAsync<T>(OsmContext context,
        Func<IOsmService, string, CancellationToken, IAsyncEnumerable<T>> list, Func<T, (string Id, string Name)> item, CancellationToken cancellationToken)
    {
        var service = context.Connection.Service;
        var fanOut = new FanOut(8);
        var compartments = await fanOut.CompartmentsAsync(service, context.TenancyId, true, cancellationToken).ConfigureAwait(false);
        var items = new List<(string, string)>();
        await foreach (var listed in fanOut.ListEach(compartments, (c, t) => list(service, c, t), cancellationToken).ConfigureAwait(false))
        {
            if (listed.Succeeded)
            {
                items.Add(item(listed.Value));
            }
        }
        return items;
    }
}

/// <summary>Completes compartment OCIDs by compartment path (e.g. HR/team-b).</summary>
public sealed class CompartmentCompleter : OciResourceCompleter
{
    /// <inheritdoc />
    protected override async Task<List<(string Id, string Name)>> ReadAsync(OsmContext context, CancellationToken cancellationToken)
    {
        var items = new List<(string, string)>();
        await foreach (var compartment in context.Connection.Service.ListCompartmentsAsync(context.TenancyId, true, 8, cancellationToken).ConfigureAwait(false))
        {
            items.Add((compartment.Id, compartment.Path));
        }
        return items;
    }
}

/// <summary>Completes managed instance OCIDs by instance name, across the tenancy.</summary>
public sealed class ManagedInstanceCompleter : OciResourceCompleter
{
    /// <inheritdoc />
    protected override Task<List<(string Id, string Name)>> ReadAsync(OsmContext context, CancellationToken cancellationToken) =>
        ListEverywhereAsync(context, (service, c, t) => service.ListManagedInstancesAsync(c, null, t),
            i => (i.Id, string.IsNullOrEmpty(i.DisplayName) ? i.Id : i.DisplayName), cancellationToken);
}

/// <summary>Completes scheduled job OCIDs by job name, across the tenancy.</summary>
public sealed class ScheduledJobCompleter : OciResourceCompleter
{
    /// <inheritdoc />
    protected override Task<List<(string Id, string Name)>> ReadAsync(OsmContext context, CancellationToken cancellationToken) =>
        ListEverywhereAsync(context, (service, c, t) => service.ListScheduledJobsAsync(new ScheduledJobQuery { CompartmentId = c }, t),
            j => (j.Id, string.IsNullOrEmpty(j.DisplayName) ? j.Id : j.DisplayName), cancellationToken);
}
