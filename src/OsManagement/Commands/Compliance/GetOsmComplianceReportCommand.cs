using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// Get-OsmComplianceReport: which managed instances miss security updates (or other types), with each update's CVEs,
/// each advisory's severity and age, the SLAs they are past and whether the instance is stale, across a compartment, its
/// whole subtree, or a group. Records stream in scope order as each instance is done; -Summary gives the totals.
/// </summary>
/// <remarks>
/// The scope parameters share one parameter set and are checked here, so that two of them given together get an error
/// naming both (PowerShell's own for two sets says only that the set cannot be resolved).
/// </remarks>
[Cmdlet(VerbsCommon.Get, "OsmComplianceReport")]
[OutputType(typeof(OsmComplianceRecord), typeof(OsmComplianceSummary))]
public sealed class GetOsmComplianceReportCommand : OsmRegionalCmdlet
{
    /// <summary>The compartment to report on (default: the tenancy).</summary>
    [Parameter(Position = 0)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string? CompartmentId { get; set; }

    /// <summary>Also every ACTIVE sub-compartment, at any depth.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Reports on the members of this group instead.</summary>
    [Parameter]
    [ValidateOcid("managedinstancegroup")]
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>
    /// Only instances that miss an update fixing one of these CVEs (CVE-2026-1234; wildcards allowed, CVE-2026-*), of any
    /// update type unless -UpdateType is given; each record lists the matching advisories to install (Install-OsmUpdate -AdvisoryName).
    /// </summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Cve { get; set; }

    /// <summary>Only instances that miss one of these advisories (ELSA-2026-1234; wildcards allowed), of any update type unless -UpdateType is given.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? AdvisoryName { get; set; }

    /// <summary>
    /// Reads more, at the cost of requests. Records: each reported instance read in full (one more request each) for LastCheckin,
    /// OsName, OsVersion, OsKernelVersion and the time in an Inactive agent's InactiveReason; without it they are empty where the
    /// instance listing lacks them (LastCheckin is listed by the retired service); the same instances are reported either way.
    /// With -Summary: every instance scanned, for the figures Hub's analytics cannot give (severity, SLA, CVEs, per compartment and OS).
    /// </summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    /// <summary>Which update types count as missing (default Security): Security, Bug, Enhancement, Other, or All.</summary>
    [Parameter]
    [ValidateSet(nameof(UpdateKind.Security), UpdateKinds.BugAlias, nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.All), IgnoreCase = true)]
    public string[] UpdateType { get; set; } = { nameof(UpdateKind.Security) };

    /// <summary>Only advisories of this severity or higher count (OS Management Hub).</summary>
    [Parameter]
    [ValidateSet(nameof(AdvisorySeverity.Critical), nameof(AdvisorySeverity.Important), nameof(AdvisorySeverity.Moderate), nameof(AdvisorySeverity.Low), IgnoreCase = true)]
    public string? MinimumSeverity { get; set; }

    /// <summary>The SLA in days per severity (default Critical 14, Important 30, Moderate 60, Low 90); the severities given replace their defaults.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? SlaDays { get; set; }

    /// <summary>
    /// Earlier reports (JSON files Export-OsmComplianceReport wrote; wildcards too) that say when each unrated update was
    /// first seen, for -SlaDays @{ Unrated = N }. The latest one is enough: a report carries its first-seen dates forward.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? History { get; set; }

    /// <summary>Also a record for every instance that misses nothing.</summary>
    [Parameter]
    public SwitchParameter IncludeCompliant { get; set; }

    /// <summary>
    /// Writes one summary object instead of the records. On OS Management Hub its counts come from Hub's analytics (a few
    /// requests whatever the fleet's size); -Detailed, or a question the analytics cannot answer, makes it a full scan.
    /// </summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    /// <summary>How many requests run at once.</summary>
    [Parameter]
    [ValidateRange(1, 128)]
    public int ThrottleLimit { get; set; } = 32;

    /// <inheritdoc />
    protected override int RegionThrottleLimit => ThrottleLimit;

    /// <inheritdoc />
    protected override string? ReadsOneResourceBy => ManagedInstanceGroupId is null ? null : "-ManagedInstanceGroupId";

    private SlaPolicy _sla = SlaPolicy.Default;
    private ExposureQuery? _exposure;

    /// <summary>Judges the parameters before anything is read or sent: conflicting scopes, an SLA that is not one.</summary>
    protected override void BeginProcessing()
    {
        if (ManagedInstanceGroupId is not null && (CompartmentId is not null || Recurse))
        {
            var other = CompartmentId is not null ? nameof(CompartmentId) : nameof(Recurse);
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmComplianceScopeConflict",
                Messages.ComplianceScopeConflict(other, nameof(ManagedInstanceGroupId)), other == nameof(CompartmentId) ? CompartmentId : ManagedInstanceGroupId));
        }
        _exposure = ExposureQuery.From(Cve, AdvisoryName, out var badCves);
        if (badCves.Count > 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmCveInvalid", Messages.CveNotACve(badCves[0]), badCves[0]));
        }
        if (SlaDays is not null)
        {
            var entries = SlaDays.Cast<DictionaryEntry>().Select(e => new KeyValuePair<object?, object?>(Unwrap(e.Key), Unwrap(e.Value)));
            var policy = SlaPolicy.From(entries, out var problems);
            foreach (var problem in problems.Skip(1))
            {
                WriteError(SlaError(problem));
            }
            if (policy is null)
            {
                ThrowTerminatingError(SlaError(problems[0]));
            }
            _sla = policy!;
        }
        if (History is not null)
        {
            if (_sla.UnratedDays is null)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmHistoryWithoutUnratedSla", Messages.HistoryNeedsUnratedSla, nameof(History)));
            }
            _sla = _sla.WithHistory(ComplianceHistory.From(Reports.ComplianceReportFiles.ReadAll(this, History, nameof(History))));
        }
        else if (_sla.UnratedDays is { } unratedDays)
        {
            Warnings.Write(this, Messages.UnratedSlaFromNow(unratedDays));
        }
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.MinimumSeverity(Capabilities, Minimum), "OsmFeatureNotSupported",
            Messages.MinimumSeverityNotGiven(ServiceDefinition), MinimumSeverity);
    }

    private AdvisorySeverity? Minimum => MinimumSeverity is null ? null : Vocabulary.Parse<AdvisorySeverity>(MinimumSeverity);

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private ErrorRecord SlaError(SlaProblem problem) => ErrorRecords.InvalidArgument("OsmSlaDaysInvalid",
        problem.Kind == SlaProblemKind.UnknownSeverity ? Messages.SlaUnknownSeverity(problem.Key) : Messages.SlaNotDays(problem.Key, problem.Value), SlaDays);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var kinds = UpdateType.Select(UpdateKinds.Parse).ToList();
        // Narrowed to CVEs or advisories, what they name counts whatever its type, unless the types are given.
        var types = kinds.Contains(UpdateKind.All) || (_exposure is not null && !MyInvocation.BoundParameters.ContainsKey(nameof(UpdateType)))
            ? UpdateKinds.Classifications : kinds.Distinct().ToArray();
        var minimum = Minimum;
        var scope = new ComplianceScope
        {
            CompartmentId = CompartmentId,
            Recurse = Recurse,
            ManagedInstanceGroupId = ManagedInstanceGroupId,
            UpdateKinds = types,
            IncludeCompliant = IncludeCompliant,
            ThrottleLimit = ThrottleLimit,
            MinimumSeverity = minimum,
            Sla = _sla,
            Exposure = _exposure,
            // A summary reads no instance in full: its figures are all in the listings and updates.
            ReadInstanceDetails = Detailed && !Summary,
        };
        var tenancyId = CurrentContext.TenancyId;
        var where = ManagedInstanceGroupId is not null ? $"group {ManagedInstanceGroupId}"
            : $"compartment {CompartmentId ?? tenancyId}{(Recurse ? " and its sub-compartments" : "")}";
        where += SeveralRegions ? $" in {string.Join(", ", RegionNames)}" : "";
        var severityKnown = Capabilities.Supports(ServiceFeature.AdvisoryDetails);
        var report = new ComplianceReportInfo(where, ServiceDefinition.DisplayName, severityKnown, _sla, minimum)
        {
            SecurityOnly = types.Count() == 1 && types.Contains(UpdateKind.Security),
        };
        if (!severityKnown)
        {
            Warnings.Write(this, Messages.SeverityNotKnown(ServiceDefinition));
        }
        if (Summary && !Detailed)
        {
            var refusal = ComplianceAnalytics.CannotAnswer(scope, Capabilities, SlaDays is not null);
            if (refusal is null)
            {
                // Each region read counts with its own service, as the scan does.
                var countsByRegion = new Dictionary<string, ComplianceAnalyticsCounts>();
                RunOrFail((object?)ManagedInstanceGroupId ?? CompartmentId, async (_, token) =>
                {
                    var counts = await ComplianceAnalytics.SummarizeAsync(Service, scope, tenancyId, token).ConfigureAwait(false);
                    lock (countsByRegion)
                    {
                        countsByRegion[CurrentContext.Region] = counts;
                    }
                    return counts;
                });
                WriteVerbose(Messages.SummaryFromAnalytics(countsByRegion.Values.Sum(c => c.Requests)));
                WriteObject(SeveralRegions ? RegionSummaries.Of(report, types, RegionNames, countsByRegion)
                    : new OsmComplianceSummary(report, types, countsByRegion.Values.Single()) { Region = CurrentContext.Region });
                return;
            }
            WriteVerbose(Messages.SummaryByScan(refusal.Value, ServiceDefinition));
        }
        var vulnerable = new List<OsmComplianceRecord>();
        var byRegion = new Dictionary<string, ComplianceTotals>();
        const string activity = "Compliance report";
        // Each region read (one, or several side by side) scans with its own service; its records say its region.
        var totals = RunOrFail((object?)ManagedInstanceGroupId ?? CompartmentId, async (queue, token) => Tallied(byRegion, CurrentContext.Region,
            await new ComplianceScanner(Service).ScanAsync(scope, tenancyId, finding =>
            {
                var record = new OsmComplianceRecord(finding, report) { Region = CurrentContext.Region };
                if (finding.Assessment.IsVulnerable)
                {
                    lock (vulnerable)
                    {
                        vulnerable.Add(record);
                    }
                }
                if (!Summary)
                {
                    queue.WriteObject(record);
                }
            },
            // Of several regions, one bar each.
            progress => queue.WriteProgress(new ProgressRecord(ProgressId(CurrentContext.Region),
                SeveralRegions ? $"{activity} ({CurrentContext.Region})" : activity,
                $"Compartments {progress.CompartmentsWalked}/{progress.CompartmentsTotal}, instances {progress.InstancesDone}/{progress.InstancesFound}, missing updates: {progress.Vulnerable}")
            {
                PercentComplete = progress.InstancesFound == 0 ? 0 : Math.Min(100, 100 * progress.InstancesDone / progress.InstancesFound),
            }),
            (id, e) => queue.WriteError(ErrorRecords.FromException(e, id)),
            token).ConfigureAwait(false)));
        foreach (var region in RegionNames)
        {
            WriteProgress(new ProgressRecord(ProgressId(region), activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        // Of several regions, a pattern is unmatched when no region matched it.
        foreach (var unmatched in SeveralRegions ? UnmatchedPattern.InEvery(byRegion.Values.Select(t => t.Unmatched).ToList()) : totals.Unmatched)
        {
            Warnings.Write(this, unmatched.ServiceKnowsIt == false ? Messages.ExposureNoAdvisory(unmatched.Pattern, unmatched.IsCve, ServiceDefinition)
                : Messages.ExposureNoInstance(unmatched.Pattern, unmatched.IsCve));
        }
        if (Summary)
        {
            WriteObject(SeveralRegions ? RegionSummaries.Of(report, types, RegionNames, byRegion, vulnerable)
                : new OsmComplianceSummary(report, types, totals, vulnerable) { Region = CurrentContext.Region });
        }
    }

    private int ProgressId(string region) => 1 + Math.Max(0, RegionNames.ToList().IndexOf(region));

    private static ComplianceTotals Tallied(Dictionary<string, ComplianceTotals> byRegion, string region, ComplianceTotals totals)
    {
        lock (byRegion)
        {
            byRegion[region] = totals;
        }
        return totals;
    }
}
