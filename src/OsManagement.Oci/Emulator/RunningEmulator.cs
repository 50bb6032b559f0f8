using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.IO;
using System.Text.Json;

namespace OsManagement.Oci.Emulator;

/// <summary>An emulator process this session started, with what its emulator.json says.</summary>
public sealed class RunningEmulator
{
    private readonly Process _process;
    private readonly bool _ownsStateDirectory;

    internal RunningEmulator(Process process, string command, string stateDirectory, bool ownsStateDirectory)
    {
        _process = process;
        Command = command;
        StateDirectory = stateDirectory;
        _ownsStateDirectory = ownsStateDirectory;
        ProcessId = process.Id;
    }

    public string Command { get; }
    public string StateDirectory { get; }
    public int ProcessId { get; }
    public string Endpoint { get; private set; } = "";
    public string ConfigFile { get; private set; } = "";
    public string Profile { get; private set; } = "";
    public string TenancyId { get; private set; } = "";
    public string Region { get; private set; } = "";
    public string? MetadataEndpoint { get; private set; }
    public string? FederationEndpoint { get; private set; }
    public string? SessionProfile { get; private set; }

    /// <summary>Each region's endpoint, home first (emulator.json's <c>regions</c>; one region, at <see cref="Endpoint"/>, when it has none).</summary>
    public IReadOnlyDictionary<string, string> Regions { get; private set; } = new Dictionary<string, string>();

    /// <summary>True once the process has ended (stopped, or died).</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    internal void ReadStartRecord(JsonElement record)
    {
        string? Text(string name) => record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        Endpoint = Text("endpoint") ?? throw new EmulatorStartException("The emulator's emulator.json has no endpoint.");
        ConfigFile = Text("configFile") ?? "";
        Profile = Text("profile") ?? "DEFAULT";
        TenancyId = Text("tenancyId") ?? "";
        Region = Text("region") ?? "";
        MetadataEndpoint = Text("metadataEndpoint");
        FederationEndpoint = Text("federationEndpoint");
        SessionProfile = Text("sessionProfile");
        var regions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (record.TryGetProperty("regions", out var listed) && listed.ValueKind == JsonValueKind.Object)
        {
            foreach (var region in listed.EnumerateObject().Where(r => r.Value.ValueKind == JsonValueKind.String))
            {
                regions[region.Name] = region.Value.GetString()!;
            }
        }
        if (regions.Count == 0 && Region.Length > 0)
        {
            regions[Region] = Endpoint;
        }
        Regions = regions;
    }

    /// <summary>
    /// Ends exactly this process (never another one that reused its id) and waits for it; removes the state
    /// folder when the launcher made it. Returns false when it was already gone.
    /// </summary>
    public bool Stop(TimeSpan wait)
    {
        var wasRunning = !HasExited;
        if (wasRunning)
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It ended between the check and the kill.
            }
            _process.WaitForExit((int)wait.TotalMilliseconds);
        }
        if (_ownsStateDirectory && Directory.Exists(StateDirectory))
        {
            try
            {
                Directory.Delete(StateDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: leave the temporary folder to the system.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return wasRunning;
    }
}
