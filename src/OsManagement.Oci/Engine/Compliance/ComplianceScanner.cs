using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The compliance scan behind Get-OsmComplianceReport: finds the instances in scope and what updates of the requested
/// kinds each one misses. It makes only the requests the answer needs: an instance whose listing shows no updates at
/// all gets no further request (unless compliant ones are reported, which need its details); one whose details show
/// none of the requested kinds gets no update listing. The instances come through the <see cref="FanOut"/>, so requests
/// run concurrently up to the throttle limit and findings come in scope order, each as soon as it and those before it
/// are done. An instance is scanned once, however often it is listed.
/// </summary>
public sealed class ComplianceScanner
{
    /// <summary>The name OCI gives compartments it manages for PaaS services; the original script skips them.</summary>
    public const string PaasCompartmentName = "ManagedCompartmentForPaaS";

    private readonly IOsmService _service;

    /// <summary>A scanner over <paramref name="service"/>.</summary>
    public ComplianceScanner(IOsmService service) => _service = service;

    /// <summary>Runs the scan. Findings go to <paramref name="onFinding"/> (vulnerable ones always; compliant ones when asked).</summary>
    /// <returns>How many distinct instances were in scope, and how many instances and compartments could not be read.</returns>
    public async Task<ComplianceTotals> ScanAsync(ComplianceScope scope, string tenancyId, Action<ComplianceFinding> onFinding,
        Action<ComplianceProgress>? onProgress, Action<string, Exception> onError, CancellationToken cancellationToken)
    {
        var progress = new ComplianceProgress();
        var gate = new object();
        void Report(Action<ComplianceProgress> change)
        {
            lock (gate)
            {
                change(progress);
                onProgress?.Invoke(progress);
            }
        }

        var fanOut = new FanOut(scope.ThrottleLimit);
        var compartmentNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        IAsyncEnumerable<Fetched<Candidate>> candidates;
        if (scope.ManagedInstanceGroupId is { } groupId)
        {
            var group = await _service.GetManagedInstanceGroupAsync(groupId, cancellationToken).ConfigureAwait(false);
            candidates = group.Members.Select(m => Fetched<Candidate>.Of(m.Id, new Candidate(m.Id, null, null))).AsStream();
        }
        else
        {
            var rootId = scope.CompartmentId ?? tenancyId;
            compartmentNames[rootId] = null;
            if (scope.Recurse)
            {
                await foreach (var compartment in _service.ListCompartmentsAsync(rootId, true, scope.ThrottleLimit, cancellationToken).ConfigureAwait(false))
                {
                    if (!string.Equals(compartment.Name, PaasCompartmentName, StringComparison.Ordinal))
                    {
                        compartmentNames[compartment.Id] = compartment.Name;
                    }
                }
            }
            Report(p => p.CompartmentsTotal = compartmentNames.Count);
            candidates = fanOut.ListEach(compartmentNames.Keys.ToList(), (c, t) => _service.ListManagedInstancesAsync(c, null, t), cancellationToken,
                    (_, _) => Report(p => p.CompartmentsWalked++))
                .Map(listed => listed.Succeeded
                    ? Fetched<Candidate>.Of(listed.Value.Id, new Candidate(listed.Value.Id, listed.Value.UpdatesAvailable, compartmentNames[listed.Target]))
                    : listed.AsFailure<Candidate>(), cancellationToken);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<UpdateKind>(scope.UpdateKinds);
        var firstSightings = candidates.Filter(c =>
        {
            if (!c.Succeeded)
            {
                return true;
            }
            if (!seen.Add(c.Value.Id))
            {
                return false;
            }
            Report(p => p.InstancesFound++);
            return true;
        }, cancellationToken);

        var unscanned = 0;
        var unreadCompartments = 0;
        var scanned = fanOut.ReadEach(firstSightings, c => c.Id, (c, t) => ScanInstanceAsync(c, kinds, scope.IncludeCompliant, t), cancellationToken);
        await foreach (var result in scanned.ConfigureAwait(false))
        {
            if (!result.Succeeded)
            {
                if (compartmentNames.ContainsKey(result.Target))
                {
                    unreadCompartments++;
                }
                else
                {
                    unscanned++;
                    Report(p => p.InstancesDone++);
                }
                onError(result.Target, result.Error!);
                continue;
            }
            var finding = result.Value;
            Report(p =>
            {
                p.InstancesDone++;
                if (finding is { Missing.Count: > 0 })
                {
                    p.Vulnerable++;
                }
            });
            if (finding is not null)
            {
                onFinding(finding);
            }
        }
        return new ComplianceTotals(seen.Count, unscanned, unreadCompartments);
    }

    private async Task<ComplianceFinding?> ScanInstanceAsync(Candidate candidate, HashSet<UpdateKind> kinds, bool includeCompliant, CancellationToken token)
    {
        if (candidate.UpdatesAvailable == 0 && !includeCompliant)
        {
            return null;
        }
        var instance = await _service.GetManagedInstanceAsync(candidate.Id, token).ConfigureAwait(false);
        var missing = new List<AvailableUpdate>();
        if (MayMiss(instance, kinds))
        {
            await foreach (var update in _service.ListAvailableUpdatesAsync(candidate.Id, instance.OsFamily.Value ?? OsFamily.Linux, token).ConfigureAwait(false))
            {
                if (update.Kind.Value is { } kind && kinds.Contains(kind))
                {
                    missing.Add(update);
                }
            }
        }
        return missing.Count > 0 || includeCompliant ? new ComplianceFinding(instance, candidate.CompartmentName, missing) : null;
    }

    // The details' per-kind counts say whether listing the updates can find anything of the requested kinds.
    private static bool MayMiss(ManagedInstanceRecord instance, HashSet<UpdateKind> kinds) =>
        (instance.UpdatesAvailable ?? 0) != 0 && kinds.Any(kind => instance.UpdatesOfKind(kind) is null or > 0);

    // An instance to scan: its OCID, its listing's update count (null when not listed), and the compartment it was listed in.
    private sealed class Candidate
    {
        public Candidate(string id, int? updatesAvailable, string? compartmentName)
        {
            Id = id;
            UpdatesAvailable = updatesAvailable;
            CompartmentName = compartmentName;
        }

        public string Id { get; }
        public int? UpdatesAvailable { get; }
        public string? CompartmentName { get; }
    }
}
