using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>
/// The compliance scan behind Get-OsmComplianceReport: finds the instances in scope and what updates of the requested
/// kinds each one misses. It makes only the requests the answer needs: an instance whose listing shows no updates at
/// all gets no further request, nor one the service's <see cref="AffectedInstanceFinder"/> (Hub: the compartment's
/// instances listed by advisory name) does not name; the others have their updates listed, and only an instance that
/// misses one of the requested kinds is read in full (or every instance, when compliant ones are reported too). The
/// instances come through the <see cref="FanOut"/>, so requests run concurrently up to the throttle limit and findings
/// come in scope order, each as soon as it and those before it are done. An instance is scanned once, however often it
/// is listed.
/// Every instance scanned is judged (<see cref="ComplianceAssessment"/>) at one moment, the scan's start, and counted in
/// the totals' <see cref="ComplianceTally"/>, whether or not it is reported: one with nothing missing that is not
/// reported is judged from its listing, stale by its status and, where the listing shows it (the retired service), its
/// last check-in. Hub's listing has no check-in time, but Hub shows an agent that has not checked in for 24 hours as
/// UNREACHABLE ("Offline" in its console).
/// </summary>
public sealed class ComplianceScanner
{
    /// <summary>The name OCI gives compartments it manages for PaaS services; the original script skips them.</summary>
    public const string PaasCompartmentName = "ManagedCompartmentForPaaS";

    private static readonly long ProgressInterval = Stopwatch.Frequency / 10;

    private readonly IOsmService _service;

    /// <summary>A scanner over <paramref name="service"/>.</summary>
    public ComplianceScanner(IOsmService service) => _service = service;

    /// <summary>Runs the scan. Findings go to <paramref name="onFinding"/> (vulnerable ones always; compliant ones when asked).</summary>
    /// <returns>How many distinct instances were in scope, and how many instances and compartments could not be read.</returns>
    public async Task<ComplianceTotals> ScanAsync(ComplianceScope scope, string tenancyId, Action<ComplianceFinding> onFinding,
        Action<ComplianceProgress>? onProgress, Action<string, Exception> onError, CancellationToken cancellationToken)
    {
        var now = scope.AsOf ?? DateTimeOffset.UtcNow;
        var severityKnown = _service.Capabilities.Supports(ServiceFeature.AdvisoryDetails);
        if (FeatureRules.MinimumSeverity(_service.Capabilities, scope.MinimumSeverity) is not null)
        {
            // Callers refuse this by the same rule before scanning.
            throw new NotSupportedException($"{_service.Capabilities.ServiceName} gives no advisory severity, so a minimum severity cannot be applied.");
        }
        var progress = new ComplianceProgress();
        var gate = new object();
        // Progress is told at most every ProgressInterval, and once at the end: a report of 20,000 instances would
        // otherwise wake the caller (a cmdlet's progress bar) 40,000 times, for nothing anyone can read.
        var lastTold = long.MinValue;
        void Report(Action<ComplianceProgress> change, bool always = false)
        {
            lock (gate)
            {
                change(progress);
                var moment = Stopwatch.GetTimestamp();
                if (onProgress is not null && (always || lastTold == long.MinValue || moment - lastTold >= ProgressInterval))
                {
                    lastTold = moment;
                    onProgress(progress);
                }
            }
        }

        var fanOut = new FanOut(scope.ThrottleLimit);
        var kinds = new HashSet<UpdateKind>(scope.UpdateKinds);
        var compartmentNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        // The service's finder gets ready while the compartments are walked (a group's members need none). Narrowed to
        // CVEs or advisories, the service first says which advisories match, and its finder names who misses one of those.
        var exposureReady = scope.Exposure is { } query ? _service.FindExposedInstancesAsync(query, cancellationToken) : null;
        var finderReady = scope.ManagedInstanceGroupId is not null ? null
            : exposureReady is not null ? FinderOf(exposureReady) : _service.FindAffectedInstancesAsync(kinds, cancellationToken);
        IAsyncEnumerable<Fetched<Candidate>> candidates;
        if (scope.ManagedInstanceGroupId is { } groupId)
        {
            var group = await _service.GetManagedInstanceGroupAsync(groupId, cancellationToken).ConfigureAwait(false);
            candidates = group.Members.Select(m => Fetched<Candidate>.Of(m.Id, new Candidate(m.Id, null, null, null))).AsStream();
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
            // The finder's own requests run outside the fan-out: it is ready before the listings start, so that together
            // they never pass the limit.
            var finder = await finderReady!.ConfigureAwait(false);
            candidates = fanOut.ListEach(compartmentNames.Keys.ToList(), (c, t) => ListCandidatesAsync(c, compartmentNames[c], finder, t), cancellationToken,
                    (_, _) => Report(p => p.CompartmentsWalked++))
                .Map(listed => listed.Succeeded ? Fetched<Candidate>.Of(listed.Value.Id, listed.Value) : listed.AsFailure<Candidate>(), cancellationToken);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
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
        var tally = new ComplianceTally();
        var exposure = exposureReady is null ? null : await exposureReady.ConfigureAwait(false);
        var judge = new Judge(kinds, scope.MinimumSeverity, scope.Sla, severityKnown, now, scope.Exposure, exposure);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var scanned = fanOut.ReadEach(firstSightings, c => c.Id, (c, t) => ScanInstanceAsync(c, judge, scope, t), cancellationToken);
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
            matched.UnionWith(finding.MatchedPatterns);
            tally.Add(finding.Assessment, finding.Advisories);
            Report(p =>
            {
                p.InstancesDone++;
                if (finding.Assessment.IsVulnerable)
                {
                    p.Vulnerable++;
                }
            });
            if (finding.Assessment.IsVulnerable || scope.IncludeCompliant)
            {
                onFinding(finding);
            }
        }
        Report(_ => { }, always: true);
        return new ComplianceTotals(seen.Count, unscanned, unreadCompartments, tally, now)
        {
            Unmatched = scope.Exposure is not { } asked ? Array.Empty<UnmatchedPattern>()
                : asked.Patterns.Where(p => !matched.Contains(p))
                    .Select(p => new UnmatchedPattern(p, asked.Cves.Contains(p), exposure?.KnownPatterns?.Contains(p))).ToList(),
        };
    }

    private static async Task<AffectedInstanceFinder?> FinderOf(Task<Exposure> exposure) => (await exposure.ConfigureAwait(false)).Finder;

    // A compartment's instances, each with whether the finder names it (null: the finder does not answer for its family).
    private async IAsyncEnumerable<Candidate> ListCandidatesAsync(string compartmentId, string? compartmentName, AffectedInstanceFinder? finder,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The compartment's listing and the finder's run side by side, within the fan-out's limit.
        var instances = new List<ManagedInstanceRecord>();
        IReadOnlyCollection<string>? affected = null;
        await FanOut.SpreadAsync(new Func<CancellationToken, Task>[]
        {
            async t => instances = await _service.ListManagedInstancesAsync(compartmentId, null, t).CollectAsync(t).ConfigureAwait(false),
            async t => affected = finder is null ? null : await finder.InCompartmentAsync(compartmentId, t).ConfigureAwait(false),
        }, cancellationToken).ConfigureAwait(false);
        foreach (var instance in instances)
        {
            bool? named = affected is not null && finder!.AnswersFor(instance.OsFamily) ? affected.Contains(instance.Id) : null;
            yield return new Candidate(instance.Id, instance, compartmentName, named);
        }
    }

    private async Task<ComplianceFinding> ScanInstanceAsync(Candidate candidate, Judge judge, ComplianceScope scope, CancellationToken token)
    {
        if (candidate.Listed is not { } listed)
        {
            // Not listed (a group's member): read in full; its per-kind counts say whether listing its updates can find anything.
            var member = await _service.GetManagedInstanceAsync(candidate.Id, token).ConfigureAwait(false);
            var found = MayMiss(member, judge.Kinds)
                ? await MissingAsync(member.Id, member.OsFamily.Value, judge, token).ConfigureAwait(false)
                : new List<AvailableUpdate>();
            return judge.Finding(member, candidate.CompartmentName, found);
        }
        var missing = listed.UpdatesAvailable == 0 || candidate.IsAffected == false
            ? new List<AvailableUpdate>()
            : await MissingAsync(listed.Id, listed.OsFamily.Value, judge, token).ConfigureAwait(false);
        if (!scope.ReadInstanceDetails || (missing.Count == 0 && !scope.IncludeCompliant))
        {
            // Nothing missing and nothing to report, or no details asked for: the listing says all the report needs.
            return judge.Finding(listed, candidate.CompartmentName, missing);
        }
        var instance = await _service.GetManagedInstanceAsync(candidate.Id, token).ConfigureAwait(false);
        return judge.Finding(instance, candidate.CompartmentName, missing);
    }

    private async Task<List<AvailableUpdate>> MissingAsync(string instanceId, OsFamily? family, Judge judge, CancellationToken token)
    {
        var missing = new List<AvailableUpdate>();
        await foreach (var update in _service.ListAvailableUpdatesAsync(instanceId, family ?? OsFamily.Linux, token).ConfigureAwait(false))
        {
            if (judge.Counts(update))
            {
                missing.Add(update);
            }
        }
        return missing;
    }

    // The details' per-kind counts say whether listing the updates can find anything of the requested kinds.
    private static bool MayMiss(ManagedInstanceRecord instance, HashSet<UpdateKind> kinds) =>
        (instance.UpdatesAvailable ?? 0) != 0 && kinds.Any(kind => instance.UpdatesOfKind(kind) is null or > 0);

    // What counts as missing, and how a finding is judged: the same for every instance of one scan.
    private sealed class Judge
    {
        private readonly AdvisorySeverity? _minimumSeverity;
        private readonly SlaPolicy _sla;
        private readonly bool _severityKnown;
        private readonly DateTimeOffset _now;
        private readonly ExposureQuery? _query;
        private readonly Exposure? _exposure;

        public Judge(HashSet<UpdateKind> kinds, AdvisorySeverity? minimumSeverity, SlaPolicy sla, bool severityKnown, DateTimeOffset now,
            ExposureQuery? query, Exposure? exposure)
        {
            Kinds = kinds;
            _query = query;
            _exposure = exposure;
            _minimumSeverity = minimumSeverity;
            _sla = sla;
            _severityKnown = severityKnown;
            _now = now;
        }

        public HashSet<UpdateKind> Kinds { get; }

        public bool Counts(AvailableUpdate update) =>
            update.Kind.Value is { } kind && Kinds.Contains(kind) && (_minimumSeverity is not { } minimum || update.Severity >= minimum)
            && (_query is null || _query.Covers(update, _exposure?.AdvisoryNames));

        // The advisories come from the updates here. A service that lists an instance's errata and reads each erratum's
        // details once (Hub) can give them instead, with their own severity and issue date: the rest is the same.
        public ComplianceFinding Finding(ManagedInstanceRecord instance, string? compartmentName, IReadOnlyList<AvailableUpdate> missing,
            IEnumerable<MissingAdvisory>? advisoriesFromService = null)
        {
            var advisories = ComplianceAssessment.InReadingOrder(Asked(advisoriesFromService ?? MissingAdvisory.FromUpdates(missing)));
            var assessment = ComplianceAssessment.Of(instance, advisories, _severityKnown, _sla, _now);
            var finding = new ComplianceFinding(instance, compartmentName, missing, advisories, assessment, _now);
            if (_query is { } query)
            {
                finding.MatchingCves = MissingAdvisory.SortedUnique(advisories.SelectMany(a => a.Cves).Where(query.MatchesCve));
                finding.MatchedPatterns = advisories.SelectMany(a => query.PatternsOf(a.Name, a.Cves)).Distinct(StringComparer.Ordinal).ToList();
            }
            return finding;
        }

        // Narrowed to CVEs or advisories: only the advisories asked about (an update in two errata brings both), each with
        // the CVEs the service lists for it as well as its updates' own.
        private IEnumerable<MissingAdvisory> Asked(IEnumerable<MissingAdvisory> advisories)
        {
            if (_query is not { } query)
            {
                return advisories;
            }
            return advisories.Where(a =>
            {
                if (a.IsErratum && _exposure?.Advisories is { } known && known.TryGetValue(a.Name, out var cves))
                {
                    a.Cves = MissingAdvisory.SortedUnique(a.Cves.Concat(cves));
                }
                return query.Covers(a, _exposure?.AdvisoryNames);
            }).ToList();
        }
    }

    // An instance to scan: its OCID, its listing (null when not listed, as a group's members), the compartment it was
    // listed in, and whether the service's finder names it as missing an advisory (null: the finder does not say).
    private sealed class Candidate
    {
        public Candidate(string id, ManagedInstanceRecord? listed, string? compartmentName, bool? isAffected)
        {
            Id = id;
            Listed = listed;
            CompartmentName = compartmentName;
            IsAffected = isAffected;
        }

        public bool? IsAffected { get; }

        public string Id { get; }
        public ManagedInstanceRecord? Listed { get; }
        public string? CompartmentName { get; }
    }
}
