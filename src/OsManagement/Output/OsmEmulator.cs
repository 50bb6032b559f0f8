using System;
using System.Collections.Generic;
using OsManagement.Oci.Emulator;

namespace OsManagement;

/// <summary>
/// An emulator started by Start-OsmEmulator: where it listens, the config file that signs requests to it, and
/// its admin helpers (script methods from OsManagement.Types.ps1xml: GetFleet(), AdvanceClock(), Reset(), ...).
/// Pass it to Connect-Osm, and to Stop-OsmEmulator when done.
/// </summary>
public sealed class OsmEmulator
{
    internal OsmEmulator(RunningEmulator running)
    {
        Running = running;
        StartedAt = DateTime.Now;
    }

    internal RunningEmulator Running { get; }

    /// <summary>The API endpoint (Hub, the old service and Identity): give it to Connect-Osm -Endpoint.</summary>
    public string Endpoint => Running.Endpoint;

    /// <summary>The OCI config file the emulator wrote, with a key it trusts.</summary>
    public string ConfigFile => Running.ConfigFile;

    /// <summary>The API-key profile in <see cref="ConfigFile"/>.</summary>
    public string Profile => Running.Profile;

    /// <summary>The session-token profile in <see cref="ConfigFile"/>.</summary>
    public string? SessionProfile => Running.SessionProfile;

    /// <summary>The emulated tenancy's OCID.</summary>
    public string TenancyId => Running.TenancyId;

    /// <summary>The region the config file names: the home region.</summary>
    public string Region => Running.Region;

    /// <summary>Each region the emulated tenancy subscribes to and its endpoint, home first (Start-OsmEmulator -Region).</summary>
    public IReadOnlyDictionary<string, string> Regions => Running.Regions;

    /// <summary>The instance metadata service it plays, for Connect-Osm -AuthType InstancePrincipal.</summary>
    public string? MetadataEndpoint => Running.MetadataEndpoint;

    /// <summary>The federation endpoint it plays, for instance principals.</summary>
    public string? FederationEndpoint => Running.FederationEndpoint;

    /// <summary>The folder of its config, key and emulator.json.</summary>
    public string StateDirectory => Running.StateDirectory;

    /// <summary>The emulator's process id.</summary>
    public int ProcessId => Running.ProcessId;

    /// <summary>The program that runs it.</summary>
    public string Command => Running.Command;

    /// <summary>When it was started (local time).</summary>
    public DateTime StartedAt { get; }

    /// <summary>True once it has stopped.</summary>
    public bool HasExited => Running.HasExited;

    /// <inheritdoc />
    public override string ToString() => Endpoint;
}
