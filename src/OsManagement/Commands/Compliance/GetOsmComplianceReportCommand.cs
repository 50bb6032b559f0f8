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
        _sla = SlaParameters.Read(this, SlaDays, History);
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.MinimumSeverity(Capabilities, Minimum), "OsmFeatureNotSupported",
            Messages.MinimumSeverityNotGiven(ServiceDefinition), MinimumSeverity);
    }

    private AdvisorySeverity? Minimum => MinimumSeverity is null ? null : Vocabulary.Parse<AdvisorySeverity>(MinimumSeverity);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var scope = Scope();
        var report = Report(scope);
        if (!(Summary && !Detailed && SummarizedByAnalytics(scope, report)))
        {
            Scan(scope, report);
        }
    }

    // What to read and what counts: narrowed to CVEs or advisories, what they name counts whatever its type, unless the types are given.
    private ComplianceScope Scope()
    {
        var kinds = UpdateType.Select(UpdateKinds.Parse).ToList();
        var types = kinds.Contains(UpdateKind.All) || (_exposure is not null && !MyInvocation.BoundParameters.ContainsKey(nameof(UpdateType)))
            ? UpdateKinds.Classifications : kinds.Distinct().ToArray();
        return new ComplianceScope
        {
            CompartmentId = CompartmentId,
            Recurse = Recurse,
            ManagedInstanceGroupId = ManagedInstanceGroupId,
            UpdateKinds = types,
            IncludeCompliant = IncludeCompliant,
            ThrottleLimit = ThrottleLimit,
            MinimumSeverity = Minimum,
            Sla = _sla,
            Exposure = _exposure,
            // A summary reads no instance in full: its figures are all in the listings and updates.
            ReadInstanceDetails = Detailed && !Summary,
        };
    }

    // What the report says of itself (where, which service, which SLA), and a warning where the service gives no severity.
    private ComplianceReportInfo Report(ComplianceScope scope)
    {
        var where = ManagedInstanceGroupId is not null ? $"group {ManagedInstanceGroupId}"
            : $"compartment {CompartmentId ?? CurrentContext.TenancyId}{(Recurse ? " and its sub-compartments" : "")}";
        where += SeveralRegions ? $" in {string.Join(", ", RegionNames)}" : "";
        var severityKnown = Capabilities.Supports(ServiceFeature.AdvisoryDetails);
        if (!severityKnown)
        {
            Warnings.Write(this, Messages.SeverityNotKnown(ServiceDefinition));
        }
        return new ComplianceReportInfo(where, ServiceDefinition.DisplayName, severityKnown, _sla, scope.MinimumSeverity)
        {
            SecurityOnly = scope.UpdateKinds.Count() == 1 && scope.UpdateKinds.Contains(UpdateKind.Security),
        };
    }

    // -Summary from Hub's analytics, in each region read; false (and a verbose line why) when they cannot answer the question.
    private bool SummarizedByAnalytics(ComplianceScope scope, ComplianceReportInfo report)
    {
        if (ComplianceAnalytics.CannotAnswer(scope, Capabilities, SlaDays is not null) is { } refusal)
        {
            WriteVerbose(Messages.SummaryByScan(refusal, ServiceDefinition));
            return false;
        }
        var tenancyId = CurrentContext.TenancyId;
        var counts = RunInEachRegion(Target, (_, token) => ComplianceAnalytics.SummarizeAsync(Service, scope, tenancyId, token));
        WriteVerbose(Messages.SummaryFromAnalytics(counts.Values.Sum(c => c.Requests)));
        WriteObject(SeveralRegions ? RegionSummaries.Of(report, scope.UpdateKinds, RegionNames, counts)
            : new OsmComplianceSummary(report, scope.UpdateKinds, counts.Values.Single()) { Region = CurrentContext.Region });
        return true;
    }

    // The full scan, in each region read side by side: records stream as each instance is done (or, with -Summary, add up).
    private void Scan(ComplianceScope scope, ComplianceReportInfo report)
    {
        var tenancyId = CurrentContext.TenancyId;
        var vulnerable = new List<OsmComplianceRecord>();
        const string activity = "Compliance report";
        var totals = RunInEachRegion(Target, (queue, token) => new ComplianceScanner(Service).ScanAsync(scope, tenancyId, finding =>
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
            token));
        foreach (var region in RegionNames)
        {
            WriteProgress(new ProgressRecord(ProgressId(region), activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        // Of several regions, a pattern is unmatched when no region matched it.
        foreach (var unmatched in UnmatchedPattern.InEvery(totals.Values.Select(t => t.Unmatched).ToList()))
        {
            Warnings.Write(this, unmatched.ServiceKnowsIt == false ? Messages.ExposureNoAdvisory(unmatched.Pattern, unmatched.IsCve, ServiceDefinition)
                : Messages.ExposureNoInstance(unmatched.Pattern, unmatched.IsCve));
        }
        if (Summary)
        {
            WriteObject(SeveralRegions ? RegionSummaries.Of(report, scope.UpdateKinds, RegionNames, totals, vulnerable)
                : new OsmComplianceSummary(report, scope.UpdateKinds, totals.Values.Single(), vulnerable) { Region = CurrentContext.Region });
        }
    }

    // The error target of a failure that stops the report: the group or compartment asked for.
    private object? Target => (object?)ManagedInstanceGroupId ?? CompartmentId;

    private int ProgressId(string region) => 1 + Math.Max(0, RegionNames.ToList().IndexOf(region));
}
