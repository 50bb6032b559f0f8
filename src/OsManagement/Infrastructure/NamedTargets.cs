using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>
/// Finding an action's targets by name: the jobs or instances in a compartment and every ACTIVE compartment below whose
/// names match a wildcard pattern (case-insensitive, as Get-* matches -DisplayName), and the error when what matched
/// cannot be acted on (<see cref="NameRules"/>).
/// </summary>
internal static class NamedTargets
{
    /// <summary>The scheduled jobs under <paramref name="rootId"/> whose names match, each read in full, in scope order.</summary>
    public static Task<List<ScheduledJobRecord>> JobsAsync(IOsmService service, string rootId, string pattern, CancellationToken token) =>
        FindAsync(service, rootId, (fanOut, compartments, t) => fanOut.ReadInScope(compartments,
            (c, lt) => service.ListScheduledJobsAsync(new ScheduledJobQuery().In(c), lt), j => Matches(pattern, j.DisplayName), j => j.Id,
            service.GetScheduledJobAsync, t), token);

    /// <summary>The managed instances under <paramref name="rootId"/> whose names match, as listed, in scope order.</summary>
    public static Task<List<ManagedInstanceRecord>> InstancesAsync(IOsmService service, string rootId, string pattern, CancellationToken token) =>
        FindAsync(service, rootId, (fanOut, compartments, t) => fanOut.ListEach(compartments,
            (c, lt) => service.ListManagedInstancesAsync(c, null, lt), t).Filter(f => !f.Succeeded || Matches(pattern, f.Value.DisplayName), t), token);

    /// <summary>
    /// The error that stops an action on what <paramref name="parameter"/> '<paramref name="pattern"/>' matched, or null when it may
    /// go on: none matched; several, for a destructive action without -Force.
    /// </summary>
    public static ErrorRecord? Refusal(string command, string parameter, string pattern, string kind, string scope,
        IReadOnlyList<(string Id, string Name)> matches, bool destructive, bool force) =>
        NameRules.Judge(matches.Count, destructive, force) switch
        {
            NameMatchProblem.NoMatch => new ErrorRecord(new ItemNotFoundException(Messages.NameMatchesNothing(parameter, pattern, kind, scope)),
                "OsmNameNotFound", ErrorCategory.ObjectNotFound, pattern),
            NameMatchProblem.SeveralForDestructive => new ErrorRecord(
                new InvalidOperationException(Messages.NameMatchesSeveral(command, parameter, pattern, kind,
                    matches.Select(m => Targets.Describe(m.Id, m.Name, 1)).ToList())),
                "OsmNameMatchesSeveral", ErrorCategory.InvalidArgument, pattern),
            _ => null,
        };

    private static bool Matches(string pattern, string name) => new WildcardPattern(pattern, WildcardOptions.IgnoreCase).IsMatch(name);

    private static async Task<List<T>> FindAsync<T>(IOsmService service, string rootId,
        Func<FanOut, IReadOnlyList<string>, CancellationToken, IAsyncEnumerable<Fetched<T>>> find, CancellationToken token)
    {
        var fanOut = new FanOut(FanOut.DefaultThrottleLimit);
        var compartments = await fanOut.CompartmentsAsync(service, rootId, true, token).ConfigureAwait(false);
        var found = new List<T>();
        await foreach (var item in find(fanOut, compartments, token).ConfigureAwait(false))
        {
            found.Add(item.Succeeded ? item.Value : throw item.Error!);
        }
        return found;
    }
}
