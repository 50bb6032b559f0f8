using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Http;
using OsManagement.Oci.Identity;
using OsManagement.Oci.Services.Classic;
using OsManagement.Oci.Services.Hub;

namespace OsManagement.Oci.Engine;

/// <summary>
/// One service the module can talk to: its name, how messages say it, where it answers, what it can do, and how its
/// <see cref="IOsmService"/> is made. The connection, Connect-Osm and every message that names a service read it here.
/// </summary>
public sealed class ServiceDefinition
{
    private readonly Func<OciHttpPipeline, Uri, IdentityClient, string, IOsmService> _create;

    internal ServiceDefinition(string name, string title, string apiVersion, string host, DateTime? retiredOn,
        bool canRunOneTimeJobsNow, IEnumerable<ServiceFeature> features, Func<OciHttpPipeline, Uri, IdentityClient, string, IOsmService> create)
    {
        Name = name;
        Title = title;
        ApiVersion = apiVersion;
        Host = host;
        RetiredOn = retiredOn;
        Capabilities = new ServiceCapabilities(DisplayName, canRunOneTimeJobsNow, features);
        _create = create;
    }

    /// <summary>The one word for it: what Connect-Osm -Service takes and the context's Service shows (Hub, Classic).</summary>
    public string Name { get; }

    /// <summary>Its product name, as messages say it ("OS Management Hub").</summary>
    public string Title { get; }

    /// <summary>The API version its paths start with (20220901).</summary>
    public string ApiVersion { get; }

    /// <summary>The first label of its host: https://{Host}.{region}.oci.{second-level domain}.</summary>
    public string Host { get; }

    /// <summary>When Oracle ended it; null for a service in service.</summary>
    public DateTime? RetiredOn { get; }

    /// <summary>What it can do beyond what every service can: what requests are judged against before they are sent.</summary>
    public ServiceCapabilities Capabilities { get; }

    /// <summary>Its name with its API, as reports and warnings show it ("OS Management Hub (API 20220901)").</summary>
    public string DisplayName => $"{Title} (API {ApiVersion})";

    /// <summary>How a sentence names it as the service a connection uses ("the retired OS Management service (API 20190801)").</summary>
    public string Description => RetiredOn is null ? DisplayName : $"the retired {Title} service (API {ApiVersion})";

    /// <summary>Its endpoint (scheme and host) in a region, by id or short key, or the override's scheme and host.</summary>
    public Uri EndpointFor(string region, Uri? endpointOverride = null) => OciRegions.ServiceEndpoint(Host, region, endpointOverride);

    /// <summary>
    /// The service on <paramref name="pipeline"/>, answering at <paramref name="endpoint"/>, with compartments from Identity at
    /// <paramref name="identityEndpoint"/>, for the tenancy <paramref name="tenancyId"/>.
    /// </summary>
    internal IOsmService Create(OciHttpPipeline pipeline, Uri endpoint, Uri identityEndpoint, string tenancyId) =>
        _create(pipeline, endpoint, new IdentityClient(pipeline, identityEndpoint), tenancyId);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The services the module can talk to, one entry each: adding a service is its folder under Services/ and an entry here
/// (and its name in Connect-Osm's -Service set, which PowerShell wants as constants).
/// </summary>
public static class ServiceRegistry
{
    /// <summary>The name of OS Management Hub.</summary>
    public const string HubName = "Hub";

    /// <summary>The name of the retired OS Management service.</summary>
    public const string ClassicName = "Classic";

    /// <summary>OS Management Hub (API 20220901), the service every tenancy runs today: every feature; only recurring jobs run now.</summary>
    public static ServiceDefinition Hub { get; } = new(HubName, "OS Management Hub", "20220901", "osmh", retiredOn: null,
        canRunOneTimeJobsNow: false, ServiceCapabilities.AllFeatures,
        (pipeline, endpoint, identity, tenancyId) => new HubService(new HubClient(pipeline, endpoint), identity, tenancyId));

    /// <summary>The OS Management service (API 20190801), which Oracle retired on 2025-04-23: none of Hub's features; one-time jobs run now.</summary>
    public static ServiceDefinition Classic { get; } = new(ClassicName, "OS Management", "20190801", "osms", new DateTime(2025, 4, 23),
        canRunOneTimeJobsNow: true, Array.Empty<ServiceFeature>(),
        (pipeline, endpoint, identity, _) => new ClassicService(new ClassicClient(pipeline, endpoint), identity));

    /// <summary>Every service, the default first.</summary>
    public static IReadOnlyList<ServiceDefinition> All { get; } = new[] { Hub, Classic };

    /// <summary>The service a connection talks to unless told otherwise.</summary>
    public static ServiceDefinition Default => Hub;

    /// <summary>The service named <paramref name="name"/> (any case).</summary>
    /// <exception cref="ArgumentException">No service has that name.</exception>
    public static ServiceDefinition Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"'{name}' is not a service the module knows; use {string.Join(" or ", All.Select(s => s.Name))}.", nameof(name));

    /// <summary>The first service (the default first) that has <paramref name="feature"/>: where a user who needs it should connect.</summary>
    public static ServiceDefinition? Offering(ServiceFeature feature) => All.FirstOrDefault(s => s.Capabilities.Supports(feature));
}
