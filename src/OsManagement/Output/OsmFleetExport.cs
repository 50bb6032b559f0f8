using OsManagement.Oci.Engine.Fleet;

namespace OsManagement;

/// <summary>What Export-OsmFleet wrote: the fleet file and how much of the fleet is in it. Start-OsmEmulator -FleetFile serves it.</summary>
public sealed class OsmFleetExport
{
    internal OsmFleetExport(FleetExportResult r)
    {
        Path = r.Path;
        Compartments = r.Compartments;
        Instances = r.Instances;
        Updates = r.Updates;
        Groups = r.Groups;
        LifecycleEnvironments = r.LifecycleEnvironments;
        DynamicSets = r.DynamicSets;
        ScheduledJobs = r.ScheduledJobs;
        Unread = r.Unread;
        Anonymized = r.Anonymized;
    }

    /// <summary>The fleet file's full path.</summary>
    public string Path { get; }

    /// <summary>Compartments in the file (the scope and the compartments above it).</summary>
    public int Compartments { get; }

    /// <summary>Managed instances in the file.</summary>
    public int Instances { get; }

    /// <summary>Missing updates, over every instance.</summary>
    public int Updates { get; }

    /// <summary>Managed instance groups.</summary>
    public int Groups { get; }

    /// <summary>Lifecycle environments (OS Management Hub).</summary>
    public int LifecycleEnvironments { get; }

    /// <summary>Dynamic sets (OS Management Hub).</summary>
    public int DynamicSets { get; }

    /// <summary>Active scheduled jobs (OS Management Hub).</summary>
    public int ScheduledJobs { get; }

    /// <summary>Compartments and instances that could not be read (each was reported as an error): the file lacks them.</summary>
    public int Unread { get; }

    /// <summary>Whether names and OCIDs were replaced by aliases and descriptions dropped (-Anonymize).</summary>
    public bool Anonymized { get; }
}
