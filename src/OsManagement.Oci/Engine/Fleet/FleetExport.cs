using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Engine.Fleet;

/// <summary>What Export-OsmFleet reads: a compartment (default the tenancy, with its whole tree) and how.</summary>
public sealed class FleetExportScope
{
    /// <summary>The compartment to copy; null for the whole tenancy (then its whole tree).</summary>
    public string? CompartmentId { get; set; }

    /// <summary>With <see cref="CompartmentId"/>: its ACTIVE sub-compartments too, at any depth.</summary>
    public bool Recurse { get; set; }

    /// <summary>Requests in flight at most.</summary>
    public int ThrottleLimit { get; set; } = 32;

    /// <summary>Names and OCIDs replaced by aliases, descriptions dropped (<see cref="FleetAnonymizer"/>).</summary>
    public bool Anonymize { get; set; }
}

/// <summary>How far an export has come.</summary>
public sealed class FleetExportProgress
{
    public int CompartmentsTotal { get; internal set; }
    public int CompartmentsListed { get; internal set; }
    public int InstancesFound { get; internal set; }
    public int InstancesRead { get; internal set; }
}

/// <summary>What a service has that a fleet file cannot carry from it, so the copy leaves it out.</summary>
public enum FleetGap
{
    /// <summary>The service has no lifecycle environments or stages (the retired API).</summary>
    LifecycleEnvironments,

    /// <summary>The service has no dynamic sets.</summary>
    DynamicSets,

    /// <summary>The service's scheduled jobs are not OS Management Hub's, which fleet files carry.</summary>
    ScheduledJobs,

    /// <summary>The service gives no advisory severity or issue date.</summary>
    AdvisoryDetails,

    /// <summary>The service names an OS family, not its release: each instance becomes its family's newest release.</summary>
    OsReleases,

    /// <summary>The service gives no instance location.</summary>
    Locations,

    /// <summary>Jobs whose operation or targets the copy cannot carry (an operation the emulator does not carry out, targets outside the copy).</summary>
    SomeJobs,
}

/// <summary>What an export wrote.</summary>
public sealed class FleetExportResult
{
    internal FleetExportResult(string path, FleetCopy copy, IReadOnlyList<FleetGap> gaps, IReadOnlyList<string> jobsLeftOut, int unread, bool anonymized)
    {
        Path = path;
        Compartments = copy.Compartments.Count;
        Instances = copy.Instances.Count;
        Groups = copy.Groups.Count;
        LifecycleEnvironments = copy.Environments.Count;
        DynamicSets = copy.Sets.Count;
        ScheduledJobs = copy.Jobs.Count;
        var updates = 0;
        foreach (var instance in copy.Instances)
        {
            updates += instance.Updates.Count;
        }
        Updates = updates;
        Gaps = gaps;
        JobsLeftOut = jobsLeftOut;
        Unread = unread;
        Anonymized = anonymized;
    }

    public string Path { get; }
    public int Compartments { get; }
    public int Instances { get; }
    public int Groups { get; }
    public int LifecycleEnvironments { get; }
    public int DynamicSets { get; }
    public int ScheduledJobs { get; }
    /// <summary>Missing updates, over every instance.</summary>
    public int Updates { get; }
    public IReadOnlyList<FleetGap> Gaps { get; }
    /// <summary>The names of jobs left out (<see cref="FleetGap.SomeJobs"/>).</summary>
    public IReadOnlyList<string> JobsLeftOut { get; }
    /// <summary>Compartments and instances that could not be read (each reported as it failed).</summary>
    public int Unread { get; }
    public bool Anonymized { get; }
}
