using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>A count the service keeps over the managed instances of a scope (OS Management Hub's managed instance analytics).</summary>
public enum InstanceMetric
{
    /// <summary>Every instance (TOTAL_INSTANCE_COUNT).</summary>
    Total,

    /// <summary>Instances with security updates available.</summary>
    WithSecurityUpdates,

    /// <summary>Instances with bug fix updates available.</summary>
    WithBugfixUpdates,

    /// <summary>Instances with other updates available.</summary>
    WithOtherUpdates,

    /// <summary>Security updates available, summed over instances.</summary>
    SecurityUpdates,

    /// <summary>Bug fix updates available, summed over instances.</summary>
    BugfixUpdates,

    /// <summary>Other updates available, summed over instances.</summary>
    OtherUpdates,

    /// <summary>Instances whose agent cannot be reached (status UNREACHABLE: Offline, no check-in for 24 hours).</summary>
    Unreachable,

    /// <summary>Instances whose agent is silent for 30 minutes or more (status WARNING: Inactive).</summary>
    Warning,

    /// <summary>Instances that must restart for installed updates to take effect (NEEDS_REBOOTING_INSTANCE_COUNT).</summary>
    NeedsReboot,
}

/// <summary>The instances a count covers: a compartment (and its subtree), or a group; optionally only those of one status.</summary>
public sealed class InstanceAnalyticsQuery
{
    /// <summary>The compartment; null with a group.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>With the compartment, every compartment below it too.</summary>
    public bool InSubtree { get; set; }

    /// <summary>The group instead of a compartment.</summary>
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Only instances of this status (UNREACHABLE...); null for all.</summary>
    public string? Status { get; set; }
}

/// <summary>The counts of a compliance summary as the service's analytics give them (no instance read one by one).</summary>
public sealed class ComplianceAnalyticsCounts
{
    /// <summary>Instances in scope.</summary>
    public long Instances { get; internal set; }

    /// <summary>Instances missing updates of the report's type (stale ones included, as the scan counts them).</summary>
    public long Vulnerable { get; internal set; }

    /// <summary>Instances missing nothing that are not stale.</summary>
    public long Compliant => Instances - Vulnerable - StaleWithNothingMissing;

    /// <summary>Stale instances (UNREACHABLE: the scan's rule, as Hub marks an agent silent for a day).</summary>
    public long Stale { get; internal set; }

    /// <summary>Stale instances missing nothing as far as the service knows.</summary>
    public long StaleWithNothingMissing { get; internal set; }

    /// <summary>Instances whose agent is Inactive (WARNING).</summary>
    public long Inactive { get; internal set; }

    /// <summary>Instances that must restart for installed updates to take effect.</summary>
    public long RebootRequired { get; internal set; }

    /// <summary>Updates of the report's type missing, summed over instances.</summary>
    public long MissingUpdates { get; internal set; }

    /// <summary>When the counts were asked for.</summary>
    public DateTimeOffset AsOf { get; internal set; }

    /// <summary>How many requests they took.</summary>
    public int Requests { get; internal set; }

    /// <summary>The counts of several regions together, as of the earliest; zero counts when there are none.</summary>
    public static ComplianceAnalyticsCounts Combine(IEnumerable<ComplianceAnalyticsCounts> regions)
    {
        var all = regions.ToList();
        return new ComplianceAnalyticsCounts
        {
            Instances = all.Sum(c => c.Instances),
            Vulnerable = all.Sum(c => c.Vulnerable),
            Stale = all.Sum(c => c.Stale),
            StaleWithNothingMissing = all.Sum(c => c.StaleWithNothingMissing),
            Inactive = all.Sum(c => c.Inactive),
            RebootRequired = all.Sum(c => c.RebootRequired),
            MissingUpdates = all.Sum(c => c.MissingUpdates),
            AsOf = all.Count == 0 ? DateTimeOffset.UtcNow : all.Min(c => c.AsOf),
            Requests = all.Sum(c => c.Requests),
        };
    }
}

/// <summary>Why the analytics cannot give a summary's counts, so the full scan must.</summary>
public enum AnalyticsRefusal
{
    /// <summary>The service keeps no analytics (the retired OS Management API).</summary>
    NotOffered,

    /// <summary>More than one update type, or one the analytics do not count (Enhancement).</summary>
    UpdateTypes,

    /// <summary>A minimum severity: the analytics do not count by severity.</summary>
    MinimumSeverity,

    /// <summary>An SLA was given: the analytics know no advisory dates.</summary>
    Sla,

    /// <summary>Narrowed to CVEs or advisories (-Cve, -AdvisoryName): the analytics count the whole scope.</summary>
    Exposure,
}

/// <summary>
/// A compliance summary from the service's analytics (OS Management Hub's summarizeManagedInstanceAnalytics): two
/// requests for the scope whatever its size, two more for each PaaS compartment a -Recurse scope holds (the scan leaves
/// those out, so their counts are taken away), plus the compartment listing the scan also makes. The counts are the
/// scan's: an instance is vulnerable when it has updates of the report's type, stale when UNREACHABLE (Hub shows an agent
/// silent for a day so), inactive when WARNING. What the analytics cannot count (severity, SLA, CVEs, per compartment or
/// OS) is left to the scan.
/// </summary>
public static class ComplianceAnalytics
{
    /// <summary>Why the analytics cannot answer a summary of <paramref name="scope"/>; null when they can.</summary>
    public static AnalyticsRefusal? CannotAnswer(ComplianceScope scope, ServiceCapabilities capabilities, bool slaGiven)
    {
        if (!capabilities.Supports(ServiceFeature.InstanceAnalytics))
        {
            return AnalyticsRefusal.NotOffered;
        }
        if (scope.Exposure is not null)
        {
            return AnalyticsRefusal.Exposure;
        }
        if (MetricsFor(scope.UpdateKinds) is null)
        {
            return AnalyticsRefusal.UpdateTypes;
        }
        if (scope.MinimumSeverity is not null)
        {
            return AnalyticsRefusal.MinimumSeverity;
        }
        return slaGiven ? AnalyticsRefusal.Sla : null;
    }

    /// <summary>The metrics that count instances with, and updates of, the one kind given; null for several kinds or one not counted.</summary>
    public static (InstanceMetric Instances, InstanceMetric Updates)? MetricsFor(IEnumerable<UpdateKind> kinds)
    {
        var distinct = kinds.Distinct().ToList();
        if (distinct.Count != 1)
        {
            return null;
        }
        return distinct[0] switch
        {
            UpdateKind.Security => (InstanceMetric.WithSecurityUpdates, InstanceMetric.SecurityUpdates),
            UpdateKind.Bugfix => (InstanceMetric.WithBugfixUpdates, InstanceMetric.BugfixUpdates),
            UpdateKind.Other => (InstanceMetric.WithOtherUpdates, InstanceMetric.OtherUpdates),
            _ => null,
        };
    }

    /// <summary>
    /// The PaaS compartments below <paramref name="rootId"/>, which the scan leaves out. The tenancy's compartments are one
    /// paged listing, so they are listed from the tenancy whatever the root; a caller who may not read the tenancy's
    /// compartments has the root's subtree walked instead, as the scan walks it.
    /// </summary>
    private static async Task<List<string>> PaasCompartmentsUnderAsync(IOsmService service, string rootId, string tenancyId, int throttleLimit,
        CancellationToken cancellationToken)
    {
        Task<List<CompartmentRecord>> ListAsync(string parentId) =>
            service.ListCompartmentsAsync(parentId, true, throttleLimit, cancellationToken).CollectAsync(cancellationToken);

        List<CompartmentRecord> below;
        if (rootId == tenancyId)
        {
            below = await ListAsync(rootId).ConfigureAwait(false);
        }
        else
        {
            try
            {
                var all = await ListAsync(tenancyId).ConfigureAwait(false);
                var inside = new HashSet<string>(StringComparer.Ordinal) { rootId };
                below = new List<CompartmentRecord>();
                // The listing gives parents before children (breadth-first), so one pass finds the whole subtree.
                foreach (var compartment in all)
                {
                    if (compartment.ParentId is { } parent && inside.Contains(parent) && inside.Add(compartment.Id))
                    {
                        below.Add(compartment);
                    }
                }
            }
            catch (OsmServiceException e) when (e.Kind is ServiceErrorKind.NotAuthorized or ServiceErrorKind.NotFound)
            {
                below = await ListAsync(rootId).ConfigureAwait(false);
            }
        }
        return below.Where(c => string.Equals(c.Name, ComplianceScanner.PaasCompartmentName, StringComparison.Ordinal) && c.Id != rootId)
            .Select(c => c.Id).ToList();
    }

    /// <summary>Counts the scope's instances as the scan would, by the service's analytics.</summary>
    /// <exception cref="NotSupportedException">The analytics cannot answer (<see cref="CannotAnswer"/>).</exception>
    public static async Task<ComplianceAnalyticsCounts> SummarizeAsync(IOsmService service, ComplianceScope scope, string tenancyId,
        CancellationToken cancellationToken)
    {
        var metrics = MetricsFor(scope.UpdateKinds)
            ?? throw new NotSupportedException("The analytics count one update type at a time: Security, Bugfix or Other.");
        var counts = new ComplianceAnalyticsCounts { AsOf = scope.AsOf ?? DateTimeOffset.UtcNow };
        var scopes = new List<(InstanceAnalyticsQuery Query, int Sign)>();
        if (scope.ManagedInstanceGroupId is { } groupId)
        {
            scopes.Add((new InstanceAnalyticsQuery { ManagedInstanceGroupId = groupId }, 1));
        }
        else
        {
            var rootId = scope.CompartmentId ?? tenancyId;
            scopes.Add((new InstanceAnalyticsQuery { CompartmentId = rootId, InSubtree = scope.Recurse }, 1));
            if (scope.Recurse)
            {
                foreach (var paas in await PaasCompartmentsUnderAsync(service, rootId, tenancyId, scope.ThrottleLimit, cancellationToken).ConfigureAwait(false))
                {
                    scopes.Add((new InstanceAnalyticsQuery { CompartmentId = paas }, -1));
                }
            }
        }

        var all = new[]
        {
            InstanceMetric.Total, metrics.Instances, metrics.Updates, InstanceMetric.Unreachable, InstanceMetric.Warning, InstanceMetric.NeedsReboot,
        };
        foreach (var (query, sign) in scopes)
        {
            var whole = await service.SummarizeInstancesAsync(query, all, cancellationToken).ConfigureAwait(false);
            var unreachable = new InstanceAnalyticsQuery
            {
                CompartmentId = query.CompartmentId, InSubtree = query.InSubtree, ManagedInstanceGroupId = query.ManagedInstanceGroupId,
                Status = Staleness.UnreachableStatus,
            };
            var stale = await service.SummarizeInstancesAsync(unreachable, new[] { metrics.Instances }, cancellationToken).ConfigureAwait(false);
            long Of(IReadOnlyDictionary<InstanceMetric, long> read, InstanceMetric metric) => read.TryGetValue(metric, out var value) ? value : 0;
            counts.Instances += sign * Of(whole, InstanceMetric.Total);
            counts.Vulnerable += sign * Of(whole, metrics.Instances);
            counts.MissingUpdates += sign * Of(whole, metrics.Updates);
            counts.Stale += sign * Of(whole, InstanceMetric.Unreachable);
            counts.StaleWithNothingMissing += sign * (Of(whole, InstanceMetric.Unreachable) - Of(stale, metrics.Instances));
            counts.Inactive += sign * Of(whole, InstanceMetric.Warning);
            counts.RebootRequired += sign * Of(whole, InstanceMetric.NeedsReboot);
            counts.Requests += 2;
        }
        return counts;
    }
}
