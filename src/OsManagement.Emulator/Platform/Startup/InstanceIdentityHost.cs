using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OsManagement.Emulator.Platform.Auth;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>
/// The identity listener, on its own loopback port like the real services on their own hosts: the instance metadata
/// service and the auth service's federation endpoint. Kept apart from the API listener, whose every request must be signed.
/// </summary>
internal sealed class InstanceIdentityHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InstanceIdentityHost(WebApplication app, string baseAddress, InstanceIdentityServices services)
    {
        _app = app;
        FederationEndpoint = baseAddress;
        MetadataEndpoint = baseAddress + "/opc/v2/";
        Services = services;
    }

    /// <summary>e.g. <c>http://127.0.0.1:40124/opc/v2/</c>.</summary>
    public string MetadataEndpoint { get; }

    /// <summary>e.g. <c>http://127.0.0.1:40124</c> (tokens from <c>POST /v1/x509</c>).</summary>
    public string FederationEndpoint { get; }

    public InstanceIdentityServices Services { get; }

    public static async Task<InstanceIdentityHost> StartAsync(InstanceIdentityServices services, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        InstanceIdentityEndpoints.Map(app, services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InstanceIdentityHost(app, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'), services);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
