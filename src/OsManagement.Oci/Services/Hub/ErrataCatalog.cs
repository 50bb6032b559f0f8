using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Services.Hub;

/// <summary>
/// The advisories (errata) one <see cref="HubService"/> has read, each read once however many instances miss it: Hub
/// gives an updatable package its advisories' names and severity but not their issue dates, which ListErrata gives,
/// <see cref="NamesPerRequest"/> names a request, as seen from the tenancy.
/// </summary>
internal sealed class ErrataCatalog
{
    /// <summary>How many advisory names one request carries (about 1.5 KB of query string).</summary>
    public const int NamesPerRequest = 50;

    /// <summary>How many requests a compartment may take to list its instances by advisory name before reading each instance is cheaper.</summary>
    public const int MaxRequestsPerCompartment = 4;

    private readonly HubClient _client;
    private readonly string _tenancyId;
    private readonly ConcurrentDictionary<string, Task<DateTimeOffset?>> _issued = new(StringComparer.OrdinalIgnoreCase);

    public ErrataCatalog(HubClient client, string tenancyId)
    {
        _client = client;
        _tenancyId = tenancyId;
    }

    /// <summary>When each named advisory was issued (an advisory the service does not know is left out).</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> IssuedAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var mine = new Dictionary<string, TaskCompletionSource<DateTimeOffset?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in wanted)
        {
            var pending = new TaskCompletionSource<DateTimeOffset?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_issued.TryAdd(name, pending.Task))
            {
                mine[name] = pending;
            }
        }
        if (mine.Count > 0)
        {
            await ReadAsync(mine, cancellationToken).ConfigureAwait(false);
        }
        var issued = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in wanted)
        {
            if (await _issued[name].ConfigureAwait(false) is { } time)
            {
                issued[name] = time;
            }
        }
        return issued;
    }

    /// <summary>
    /// The names of the tenancy's advisories of these classifications (SECURITY, BUGFIX, ENHANCEMENT), remembering their
    /// issue dates; null when there are more than <see cref="MaxRequestsPerCompartment"/> requests' worth of names.
    /// </summary>
    public async Task<IReadOnlyList<string>?> NamesOfKindsAsync(List<string> classificationTypes, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var erratum in _client.ListErrataAsync(new ListErrataRequest { CompartmentId = _tenancyId, ClassificationType = classificationTypes },
            cancellationToken).ConfigureAwait(false))
        {
            if (erratum.Name is not { } name)
            {
                continue;
            }
            if (names.Count == NamesPerRequest * MaxRequestsPerCompartment)
            {
                return null;
            }
            names.Add(name);
            _issued.TryAdd(name, Task.FromResult(erratum.TimeIssued));
        }
        return names;
    }

    /// <summary>
    /// The tenancy's advisories <paramref name="query"/> matches (by name, or by one of their CVEs), each with its CVEs,
    /// remembering their issue dates; and the patterns some advisory matched. Advisory names alone are asked for by name
    /// (<see cref="NamesPerRequest"/> a request) or, with wildcards, by the part without them; a CVE needs every erratum
    /// read, as ListErrata takes no CVE.
    /// </summary>
    public async Task<(Dictionary<string, IReadOnlyList<string>> Advisories, HashSet<string> KnownPatterns)> MatchingAsync(ExposureQuery query,
        CancellationToken cancellationToken)
    {
        var advisories = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var requests = new List<ListErrataRequest>();
        var wildcards = query.AdvisoryNames.Where(ExposureQuery.HasWildcard).Select(ExposureQuery.LiteralPart).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (query.Cves.Count > 0 || wildcards.Any(part => part.Length == 0))
        {
            requests.Add(new ListErrataRequest { CompartmentId = _tenancyId });
        }
        else
        {
            requests.AddRange(Batches(query.AdvisoryNames.Where(n => !ExposureQuery.HasWildcard(n)))
                .Select(chunk => new ListErrataRequest { CompartmentId = _tenancyId, Name = chunk }));
            requests.AddRange(wildcards.Select(part => new ListErrataRequest { CompartmentId = _tenancyId, NameContains = part }));
        }
        foreach (var request in requests)
        {
            await foreach (var erratum in _client.ListErrataAsync(request, cancellationToken).ConfigureAwait(false))
            {
                if (erratum.Name is not { } name)
                {
                    continue;
                }
                var cves = (IReadOnlyList<string>?)erratum.RelatedCves ?? Array.Empty<string>();
                var patterns = query.PatternsOf(name, cves).ToList();
                if (patterns.Count > 0)
                {
                    advisories[name] = cves;
                    known.UnionWith(patterns);
                    _issued.TryAdd(name, Task.FromResult(erratum.TimeIssued));
                }
            }
        }
        return (advisories, known);
    }

    /// <summary>Names in batches of <see cref="NamesPerRequest"/>, a request each.</summary>
    public static List<List<string>> Batches(IEnumerable<string> names)
    {
        var batches = new List<List<string>>();
        foreach (var name in names)
        {
            if (batches.Count == 0 || batches[batches.Count - 1].Count == NamesPerRequest)
            {
                batches.Add(new List<string>(NamesPerRequest));
            }
            batches[batches.Count - 1].Add(name);
        }
        return batches;
    }

    // Reads the advisories this caller added; a failure is every waiter's, and the names are forgotten so a later call asks again.
    private async Task ReadAsync(Dictionary<string, TaskCompletionSource<DateTimeOffset?>> mine, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var chunk in Batches(mine.Keys))
            {
                await foreach (var erratum in _client.ListErrataAsync(new ListErrataRequest { CompartmentId = _tenancyId, Name = chunk },
                    cancellationToken).ConfigureAwait(false))
                {
                    if (erratum.Name is { } name && mine.TryGetValue(name, out var pending))
                    {
                        pending.TrySetResult(erratum.TimeIssued);
                    }
                }
            }
            foreach (var pending in mine.Values)
            {
                pending.TrySetResult(null);
            }
        }
        catch (Exception e)
        {
            foreach (var entry in mine)
            {
                _issued.TryRemove(entry.Key, out _);
                entry.Value.TrySetException(e);
            }
            throw;
        }
    }
}
