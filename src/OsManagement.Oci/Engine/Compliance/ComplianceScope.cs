using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine;

/// <summary>What a compliance scan covers.</summary>
public sealed class ComplianceScope
{
    /// <summary>The compartment to scan (ignored when a group is given); null for the tenancy.</summary>
    public string? CompartmentId { get; set; }

    /// <summary>Also every ACTIVE compartment below (ManagedCompartmentForPaaS excepted, as the original script does).</summary>
    public bool Recurse { get; set; }

    /// <summary>Scan the members of this group instead of a compartment.</summary>
    public string? ManagedInstanceGroupId { get; set; }

    /// <summary>Which classifications of available updates count as missing.</summary>
    public IReadOnlyCollection<UpdateKind> UpdateKinds { get; set; } = new[] { UpdateKind.Security };

    /// <summary>Report instances that miss nothing too.</summary>
    public bool IncludeCompliant { get; set; }

    /// <summary>Requests in flight at most.</summary>
    public int ThrottleLimit { get; set; } = 16;

    /// <summary>
    /// Only advisories of this severity or higher count as missing (updates no advisory rates drop out). Needs
    /// <see cref="ServiceFeature.AdvisoryDetails"/>: callers refuse it on a service without, before scanning.
    /// </summary>
    public AdvisorySeverity? MinimumSeverity { get; set; }

    /// <summary>The SLA each missing advisory is judged against.</summary>
    public SlaPolicy Sla { get; set; } = SlaPolicy.Default;

    /// <summary>The moment ages, SLAs and staleness are judged at; null for the scan's start.</summary>
    public DateTimeOffset? AsOf { get; set; }

    /// <summary>Only these CVEs and advisories count as missing (null: every update of <see cref="UpdateKinds"/>).</summary>
    public ExposureQuery? Exposure { get; set; }

    /// <summary>
    /// Read each reported instance in full (a request each) for what its listing lacks: on OS Management Hub its last
    /// check-in, OS name, version and kernel; on the retired service its OS name, version and kernel. Without, a reported
    /// instance is judged from its listing, which finds the same instances missing the same updates.
    /// </summary>
    public bool ReadInstanceDetails { get; set; }
}

/// <summary>
/// One scanned instance: its details (a summary only when it had no updates at all), what it misses as updates and as
/// advisories, and how that is judged at the scan's moment.
/// </summary>
public sealed class ComplianceFinding
{
    /// <summary>A finding for <paramref name="instance"/>.</summary>
    public ComplianceFinding(ManagedInstanceRecord instance, string? compartmentName, IReadOnlyList<AvailableUpdate> missing,
        IReadOnlyList<MissingAdvisory> advisories, ComplianceAssessment assessment, DateTimeOffset asOf)
    {
        Instance = instance;
        CompartmentName = compartmentName;
        Missing = missing;
        Advisories = advisories;
        Assessment = assessment;
        AsOf = asOf;
    }

    /// <summary>The instance as read.</summary>
    public ManagedInstanceRecord Instance { get; }

    /// <summary>The name of the compartment it was listed in (null when scanned as a group member).</summary>
    public string? CompartmentName { get; }

    /// <summary>The available updates of the requested kinds.</summary>
    public IReadOnlyList<AvailableUpdate> Missing { get; }

    /// <summary>The advisories those updates belong to, most severe and oldest first (<see cref="ComplianceAssessment.InReadingOrder"/>).</summary>
    public IReadOnlyList<MissingAdvisory> Advisories { get; }

    /// <summary>Severity, age, SLA and staleness, judged at <see cref="AsOf"/>.</summary>
    public ComplianceAssessment Assessment { get; }

    /// <summary>The moment the scan judged at (the same for every finding of one scan).</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Narrowed to CVEs (<see cref="ComplianceScope.Exposure"/>): the CVEs it misses a fix for that the query names.</summary>
    public IReadOnlyList<string> MatchingCves { get; set; } = Array.Empty<string>();

    /// <summary>Narrowed to CVEs or advisories: the query's patterns its missing advisories match.</summary>
    public IReadOnlyList<string> MatchedPatterns { get; set; } = Array.Empty<string>();
}

/// <summary>How far a scan has come.</summary>
public sealed class ComplianceProgress
{
    /// <summary>Compartments listed.</summary>
    public int CompartmentsWalked { get; set; }

    /// <summary>Compartments in scope.</summary>
    public int CompartmentsTotal { get; set; }

    /// <summary>Distinct instances found so far.</summary>
    public int InstancesFound { get; set; }

    /// <summary>Instances scanned (or that failed).</summary>
    public int InstancesDone { get; set; }

    /// <summary>Instances found missing updates.</summary>
    public int Vulnerable { get; set; }
}

/// <summary>What a scan covered: every instance found, and what could not be read (each failure also went to onError).</summary>
public sealed class ComplianceTotals
{
    /// <summary>Totals of a scan.</summary>
    public ComplianceTotals(int instances, int unscannedInstances, int unreadCompartments, ComplianceTally tally, DateTimeOffset asOf)
    {
        Instances = instances;
        UnscannedInstances = unscannedInstances;
        UnreadCompartments = unreadCompartments;
        Tally = tally;
        AsOf = asOf;
    }

    /// <summary>The counts over every instance scanned, reported or not (vulnerable, compliant, stale, by severity).</summary>
    public ComplianceTally Tally { get; }

    /// <summary>The moment the scan judged at.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Distinct instances found in scope.</summary>
    public int Instances { get; }

    /// <summary>Instances found whose updates could not be read: neither compliant nor vulnerable as far as the scan knows.</summary>
    public int UnscannedInstances { get; }

    /// <summary>Compartments whose instances could not be listed: their instances are not in <see cref="Instances"/>.</summary>
    public int UnreadCompartments { get; }

    /// <summary>Narrowed to CVEs or advisories: the patterns no instance in scope was found to miss.</summary>
    public IReadOnlyList<UnmatchedPattern> Unmatched { get; set; } = Array.Empty<UnmatchedPattern>();
}
