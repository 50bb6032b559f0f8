using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>What one generation of the service can do beyond what both can. Each is an OS Management Hub feature.</summary>
public enum ServiceFeature
{
    /// <summary>Recurrences an interval cannot say (an iCalendar rule: a day of the week, the first Sunday of the month).</summary>
    RecurrenceRules,

    /// <summary>Compartments (with or without their sub-compartments) as a job's targets.</summary>
    CompartmentTargets,

    /// <summary>A reboot operation.</summary>
    Reboot,

    /// <summary>Automatic retries of a failed run, after given numbers of minutes.</summary>
    RetryIntervals,

    /// <summary>Work requests with parents and children, and finding a job's work requests through the job.</summary>
    WorkRequestTrees,

    /// <summary>Re-running a failed work request.</summary>
    Rerun,

    /// <summary>Advisory severity and issue dates on updates.</summary>
    AdvisoryDetails,

    /// <summary>Several kinds of update (security and bug fixes...) in one job: one operation each.</summary>
    SeveralUpdateKinds,

    /// <summary>Creating, changing and deleting groups, and attaching and detaching their members.</summary>
    GroupManagement,

    /// <summary>
    /// Lifecycle environments and their stages: promoting content, stage members, stages as targets. A service that has
    /// them changes a member's content only through its group or stage.
    /// </summary>
    LifecycleEnvironments,

    /// <summary>Dynamic sets: instances chosen by a matching rule, as targets.</summary>
    DynamicSets,

    /// <summary>Counts over a scope's instances kept by the service (OS Management Hub's managed instance analytics).</summary>
    InstanceAnalytics,
}

/// <summary>What a service can do: what its <see cref="IOsmService"/> accepts, and what job rules judge against.</summary>
public sealed class ServiceCapabilities
{
    private readonly HashSet<ServiceFeature> _features;

    /// <summary>A service with <paramref name="features"/>.</summary>
    public ServiceCapabilities(string serviceName, bool canRunOneTimeJobsNow, IEnumerable<ServiceFeature> features)
    {
        ServiceName = serviceName;
        CanRunOneTimeJobsNow = canRunOneTimeJobsNow;
        _features = new HashSet<ServiceFeature>(features);
    }

    /// <summary>The service's name, as messages say it ("OS Management (API 20190801)").</summary>
    public string ServiceName { get; }

    /// <summary>Whether a one-time job can be run now (the retired service: yes; Hub runs only recurring jobs now).</summary>
    public bool CanRunOneTimeJobsNow { get; }

    /// <summary>The features it has.</summary>
    public IReadOnlyCollection<ServiceFeature> Features => _features.ToList();

    /// <summary>Whether it has <paramref name="feature"/>.</summary>
    public bool Supports(ServiceFeature feature) => _features.Contains(feature);

    /// <summary>Every feature: what OS Management Hub can do.</summary>
    public static IReadOnlyList<ServiceFeature> AllFeatures { get; } = (ServiceFeature[])Enum.GetValues(typeof(ServiceFeature));
}
