using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Identity;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Oci.Engine;

/// <summary>What a compliance scan covers.</summary>
public sealed class ComplianceScope
{
    /// <summary>The compartment to scan (ignored when a group is given).</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Also every ACTIVE compartment below (ManagedCompartmentForPaaS excepted, as the original script does).</summary>
    public bool Recurse { get; set; }

    /// <summary>Scan the members of this group instead of a compartment.</summary>
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Which available-update types count as missing (wire values: SECURITY, BUG, ENHANCEMENT, OTHER).</summary>
    public IReadOnlyCollection<string> UpdateTypes { get; set; } = new[] { "SECURITY" };

    /// <summary>Report instances that miss nothing too.</summary>
    public bool IncludeCompliant { get; set; }

    /// <summary>Requests in flight at most.</summary>
    public int ThrottleLimit { get; set; } = 16;
}

/// <summary>One scanned instance: its details (a summary only when it had no updates at all) and what it misses.</summary>
public sealed class ComplianceFinding
{
    public ComplianceFinding(ManagedInstance instance, string? compartmentName, IReadOnlyList<OsmUpdate> missing)
    {
        Instance = instance;
        CompartmentName = compartmentName;
        Missing = missing;
    }

    public ManagedInstance Instance { get; }
    public string? CompartmentName { get; }

    /// <summary>The available updates of the requested types.</summary>
    public IReadOnlyList<OsmUpdate> Missing { get; }
}

/// <summary>How far a scan has come.</summary>
public sealed class ComplianceProgress
{
    public int CompartmentsWalked { get; set; }
    public int CompartmentsTotal { get; set; }
    public int InstancesFound { get; set; }
    public int InstancesDone { get; set; }
    public int Vulnerable { get; set; }
}

/// <summary>
/// The compliance scan behind Get-OsmComplianceReport: finds the instances in scope and what updates of the requested
/// types each one misses. It makes only the requests the answer needs: an instance whose listing shows no updates at
/// all gets no further request (unless compliant ones are reported, which need its details); one whose details show
/// none of the requested types gets no update listing. Independent requests run concurrently up to the throttle limit,
/// and every finding is handed over as soon as its instance is done. An instance is scanned once, however often it is listed.
/// </summary>
/// <summary>What a scan covered: every instance found, and what could not be read (each failure also went to onError).</summary>
public sealed class ComplianceTotals
{
    public ComplianceTotals(int instances, int unscannedInstances, int unreadCompartments)
    {
        Instances = instances;
        UnscannedInstances = unscannedInstances;
        UnreadCompartments = unreadCompartments;
    }

    /// <summary>Distinct instances found in scope.</summary>
    public int Instances { get; }

    /// <summary>Instances found whose updates could not be read: neither compliant nor vulnerable as far as the scan knows.</summary>
    public int UnscannedInstances { get; }

    /// <summary>Compartments whose instances could not be listed: their instances are not in <see cref="Instances"/>.</summary>
    public int UnreadCompartments { get; }
}

public sealed class ComplianceScanner
{
    /// <summary>The name OCI gives compartments it manages for PaaS services; the original script skips them.</summary>
    public const string PaasCompartmentName = "ManagedCompartmentForPaaS";

    private readonly IOsmService _service;
    private readonly IdentityClient _identity;

    public ComplianceScanner(IOsmService service, IdentityClient identity)
    {
        _service = service;
        _identity = identity;
    }

    /// <summary>Runs the scan. Findings go to <paramref name="onFinding"/> (vulnerable ones always; compliant ones when asked).</summary>
    /// <returns>How many distinct instances were in scope, and how many instances and compartments could not be read.</returns>
    public async Task<ComplianceTotals> ScanAsync(ComplianceScope scope, string tenancyId, Action<ComplianceFinding> onFinding,
        Action<ComplianceProgress>? onProgress, Action<string, Exception> onError, CancellationToken cancellationToken)
    {
        var progress = new ComplianceProgress();
        var gate = new object();
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var types = new HashSet<string>(scope.UpdateTypes.Select(t => t.ToUpperInvariant()));
        var unscanned = 0;
        var unreadCompartments = 0;
        void Report(Action<ComplianceProgress> change)
        {
            lock (gate)
            {
                change(progress);
                onProgress?.Invoke(progress);
            }
        }

        // Work items: (instance id, the summary's update count if known, compartment name).
        var work = new BlockingWorkList<(string Id, int? UpdatesAvailable, string? CompartmentName)>();
        var scanning = Throttled.ForEachAsync(work.ReadAllAsync(cancellationToken), scope.ThrottleLimit, async (item, token) =>
        {
            var finding = await ScanInstanceAsync(item.Id, item.UpdatesAvailable, item.CompartmentName, types, scope.IncludeCompliant, token).ConfigureAwait(false);
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
        }, (item, e) =>
        {
            Report(p => p.InstancesDone++);
            Interlocked.Increment(ref unscanned);
            onError(item.Id, e);
        }, cancellationToken);

        try
        {
            if (scope.ManagedInstanceGroupId is { } groupId)
            {
                var group = (await _service.GetManagedInstanceGroupAsync(groupId, cancellationToken).ConfigureAwait(false)).Value;
                foreach (var member in group.ManagedInstances ?? new List<NamedId>())
                {
                    if (member.Id is not null && seen.TryAdd(member.Id, true))
                    {
                        Report(p => p.InstancesFound++);
                        work.Add((member.Id, null, null));
                    }
                }
            }
            else
            {
                var rootId = scope.CompartmentId ?? tenancyId;
                var compartments = new List<(string Id, string? Name)> { (rootId, null) };
                if (scope.Recurse)
                {
                    await foreach (var node in CompartmentWalker.WalkAsync(_identity, rootId, true, scope.ThrottleLimit, cancellationToken).ConfigureAwait(false))
                    {
                        if (!IsPaasManaged(node))
                        {
                            compartments.Add((node.Compartment.Id!, node.Compartment.Name));
                        }
                    }
                }
                Report(p => p.CompartmentsTotal = compartments.Count);
                await Throttled.ForEachAsync(compartments, Math.Max(1, scope.ThrottleLimit / 4), async (compartment, token) =>
                {
                    await foreach (var summary in _service.ListManagedInstancesAsync(compartment.Id, null, null, token).ConfigureAwait(false))
                    {
                        if (summary.Id is not null && seen.TryAdd(summary.Id, true))
                        {
                            Report(p => p.InstancesFound++);
                            work.Add((summary.Id, summary.UpdatesAvailable, compartment.Name));
                        }
                    }
                    Report(p => p.CompartmentsWalked++);
                }, (compartment, e) =>
                {
                    Interlocked.Increment(ref unreadCompartments);
                    onError(compartment.Id, e);
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            work.Complete();
        }
        await scanning.ConfigureAwait(false);
        return new ComplianceTotals(seen.Count, unscanned, unreadCompartments);
    }

    private async Task<ComplianceFinding?> ScanInstanceAsync(string id, int? updatesAvailable, string? compartmentName,
        HashSet<string> types, bool includeCompliant, CancellationToken token)
    {
        if (updatesAvailable == 0 && !includeCompliant)
        {
            return null;
        }
        var instance = (await _service.GetManagedInstanceAsync(id, token).ConfigureAwait(false)).Value;
        var missing = new List<OsmUpdate>();
        if (MayMiss(instance, types))
        {
            await foreach (var update in _service.ListAvailableUpdatesAsync(id, instance.OsFamily ?? OsFamilies.Linux, token).ConfigureAwait(false))
            {
                if (types.Contains(update.UpdateType.ToUpperInvariant()))
                {
                    missing.Add(update);
                }
            }
        }
        return missing.Count > 0 || includeCompliant ? new ComplianceFinding(instance, compartmentName, missing) : null;
    }

    // The details' per-type counts say whether listing the updates can find anything of the requested types.
    private static bool MayMiss(ManagedInstance instance, HashSet<string> types)
    {
        if ((instance.UpdatesAvailable ?? 0) == 0)
        {
            return false;
        }
        foreach (var type in types)
        {
            int? count = type switch
            {
                "SECURITY" => instance.SecurityUpdatesAvailable,
                "BUG" => instance.BugUpdatesAvailable,
                "ENHANCEMENT" => instance.EnhancementUpdatesAvailable,
                "OTHER" => instance.OtherUpdatesAvailable,
                _ => null,
            };
            if (count is null or > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPaasManaged(CompartmentNode node) =>
        string.Equals(node.Compartment.Name, PaasCompartmentName, StringComparison.Ordinal);
}
