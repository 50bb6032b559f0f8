using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>Connect-Osm: builds the session's context from an OCI config profile (API key, session token) or the instance's identity.</summary>
[Cmdlet(VerbsCommunications.Connect, "Osm")]
[OutputType(typeof(OsmContext))]
public sealed class ConnectOsmCommand : OsmAsyncCmdlet
{
    /// <summary>The OCI config file (default: OCI_CLI_CONFIG_FILE, then ~/.oci/config).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ConfigFile { get; set; }

    /// <summary>The profile in the config file (default: OCI_CLI_PROFILE, then DEFAULT).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Profile { get; set; }

    /// <summary>The region (id such as us-ashburn-1, or short key such as iad); default: the profile's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.RegionCompleter))]
    public string? Region { get; set; }

    /// <summary>Which service: Hub (OS Management Hub, the default) or Classic (the OS Management service Oracle retired on 2025-04-23).</summary>
    [Parameter]
    [ValidateSet(ServiceRegistry.HubName, ServiceRegistry.ClassicName, IgnoreCase = true)]
    public string Service { get; set; } = ServiceRegistry.HubName;

    /// <summary>How requests are signed.</summary>
    [Parameter]
    public OsmAuthType AuthType { get; set; } = OsmAuthType.ApiKey;

    /// <summary>Sends every request to this base address instead of OCI's (the emulator, a private endpoint).</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Endpoint { get; set; }

    /// <summary>Instance principals: the instance metadata service (default http://169.254.169.254/opc/v2/).</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? MetadataEndpoint { get; set; }

    /// <summary>Instance principals: the auth service that exchanges the instance certificate for a token (default https://auth.REGION.DOMAIN).</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? FederationEndpoint { get; set; }

    /// <summary>Sends every request to OCI through this http(s) proxy; default: HTTPS_PROXY/HTTP_PROXY and NO_PROXY, else the system's proxy.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Proxy { get; set; }

    /// <summary>The user name and password the -Proxy asks for.</summary>
    [Parameter]
    [ValidateNotNull]
    [Credential]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>An emulator from Start-OsmEmulator: its config file, endpoint and identity endpoints (also from the pipeline).</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public OsmEmulator? Emulator { get; set; }

    /// <summary>Writes the new context to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (Emulator is not null)
        {
            CheckEmulator(Emulator);
        }
        var settings = new OsmConnectionSettings
        {
            ConfigFile = ConfigFile is null ? Emulator?.ConfigFile : SessionState.Path.GetUnresolvedProviderPathFromPSPath(ConfigFile),
            Profile = Profile ?? Emulator?.Profile,
            Region = Region,
            Service = ServiceRegistry.Find(Service),
            AuthType = AuthType,
            Endpoint = Endpoint ?? (Emulator is null ? null : new Uri(Emulator.Endpoint)),
            // An emulator of several regions answers each at its own endpoint, as OCI does.
            RegionEndpoints = Emulator is { Regions.Count: > 1 } ? Emulator.Regions.ToDictionary(r => r.Key, r => new Uri(r.Value)) : null,
            MetadataEndpoint = MetadataEndpoint ?? (Emulator?.MetadataEndpoint is { } metadata ? new Uri(metadata) : null),
            FederationEndpoint = FederationEndpoint ?? (Emulator?.FederationEndpoint is { } federation ? new Uri(federation) : null),
            Proxy = Proxy,
            ProxyCredential = ProxyCredential?.GetNetworkCredential(),
        };
        // Opening can wait on the instance metadata service (seconds where there is none): Ctrl+C stops it.
        var context = new OsmContext(CallOrFail(ConfigFile ?? Profile, token => Task.Run(() => OsmConnection.Open(settings, token), token)));
        OsmSession.Set(context);
        var through = context.Proxy is null ? "" : $" through the proxy {context.Proxy} (set by {context.ProxySource})";
        WriteVerbose(context.AuthType == OsmAuthType.InstancePrincipal
            ? $"Connected as the instance principal of tenancy {context.TenancyId} to {ServiceName(context)} in {context.Region} ({context.Endpoint}){through}."
            : $"Connected with profile [{context.Profile}] of '{context.ConfigFile}' ({context.AuthType}) to {ServiceName(context)} in {context.Region} ({context.Endpoint}){through}.");
        if (PassThru)
        {
            WriteObject(context);
        }
    }

    private static string ServiceName(OsmContext context) => context.Connection.ServiceDefinition.DisplayName;

    // The emulator says where to go and which file signs: a -ConfigFile or -Endpoint besides it would contradict it.
    private void CheckEmulator(OsmEmulator emulator)
    {
        var conflicting = ConfigFile is not null ? "-ConfigFile" : Endpoint is not null ? "-Endpoint" : null;
        if (conflicting is not null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmConflictingParameters", Messages.EmulatorWith(conflicting), emulator));
        }
        if (emulator.HasExited)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(Messages.EmulatorStopped(emulator.Endpoint)),
                "OsmEmulatorStopped", ErrorCategory.ResourceUnavailable, emulator));
        }
    }
}
