using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Identity;
using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Platform.Admin;
using OsManagement.Emulator.Platform.Auth;
using OsManagement.Emulator.Platform.Regions;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>Builds and runs the emulator: services, middleware order, endpoints, the state directory.</summary>
internal static class EmulatorHost
{
    /// <summary>The command-line entry point; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        EmulatorOptions options;
        try
        {
            options = EmulatorOptions.Parse(args);
        }
        catch (FormatException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            await Console.Error.WriteLineAsync(EmulatorOptions.Usage);
            return 2;
        }
        RunningEmulator running;
        try
        {
            running = await StartAsync(options);
        }
        catch (FleetFileException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 2;
        }
        await using var _ = running;
        Console.WriteLine($"OsManagement emulator listening on {running.Endpoint} (state in {options.StateDir}, tenancy {running.Credentials.TenancyId}, fleet {running.Store.Source.Description})");
        await running.App.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>Starts listening on 127.0.0.1 and writes <c>emulator.json</c>; also used in-process by tests.</summary>
    public static async Task<RunningEmulator> StartAsync(EmulatorOptions options, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        // The fleet file first: a mistake in it stops the start before anything is written or listens.
        var fleet = options.FleetFile is { } file
            ? FleetSource.FromFile(FleetFileReader.Load(file), options.Seed, FleetSource.DefaultTenancyId(options.Seed), options.Regions)
            : FleetSource.Generated(options.Fleet, options.Seed, options.Regions);
        var regions = new EmulatorRegions(options.Regions);
        var clock = new VirtualClock(time, options.ClockSpeed);
        var store = new EmulatorStore(fleet, options.Seed, clock, ServedApis.States);
        var userId = new OcidFactory(options.Seed, "user").Global("user");
        var credentials = StateDirectory.Prepare(options.StateDir, store.TenancyId, userId, regions.Home);
        var apiKeys = new ApiKeyResolver();
        apiKeys.Trust(credentials.TenancyId, credentials.UserId, credentials.Fingerprint, PublicOnly(credentials.Key));
        var identity = InstanceIdentityServices.Create(options.StateDir, credentials,
            new OcidFactory(options.Seed, "identity").Regional("instance"), time, options.TokenLifetime);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // One endpoint per region (OS Management Hub is regional); the home region's on --port.
            kestrel.Listen(IPAddress.Loopback, options.Port);
            foreach (var _ in regions.Names.Skip(1))
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            kestrel.AddServerHeader = false;
        });
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(time);
        services.AddSingleton(credentials);
        services.AddSingleton(clock);
        services.AddSingleton(store);
        services.AddSingleton(regions);
        services.AddSingleton(apiKeys);
        services.AddSingleton<IKeyIdResolver>(new CompositeKeyIdResolver(apiKeys, identity.Resolver));
        services.AddSingleton<SignatureVerifier>();
        services.AddSingleton(new FaultInjector(options.Faults, options.Seed));
        services.AddSingleton(new OperationFaults(options.Seed));
        services.AddSingleton<EmulatorReset>();
        services.AddSingleton<ApiStats>();
        services.AddSingleton<AccessDenials>();
        services.AddSingleton<RetryTokenCache>();
        services.AddSingleton<Strictness.Refusals>();
        services.AddSingleton(new TenancyRateLimit(options.RateLimit, time));
        foreach (var api in ServedApis.All)
        {
            api.Services(services);
        }
        services.AddSingleton<ApiGate>();
        services.AddSingleton<ErrorMiddleware>();
        services.AddHostedService<ClockTicker>();
        if (options.ParentPid is { } parent)
        {
            services.AddHostedService(sp => new ParentWatcher(parent, sp.GetRequiredService<IHostApplicationLifetime>()));
        }

        var app = builder.Build();
        app.Use(RequestIdMiddleware.InvokeAsync);
        app.Use(async (http, next) =>
        {
            using var _ = RequestRegion.Enter(regions.ServedAt(http.Connection.LocalPort));
            await next(http);
        });
        var errors = app.Services.GetRequiredService<ErrorMiddleware>();
        app.Use((http, next) => errors.InvokeAsync(http, () => next(http)));
        app.UseRouting();
        var gate = app.Services.GetRequiredService<ApiGate>();
        app.Use((http, next) => gate.InvokeAsync(http, () => next(http)));
        foreach (var api in ServedApis.All)
        {
            api.Endpoints(app);
        }
        AdminEndpoints.Map(app);
        app.MapFallback("{**path}", (HttpContext http) =>
        {
            throw OciException.NotFound($"{http.Request.Method} {http.Request.Path}");
        });

        app.Lifetime.ApplicationStopping.Register(() => StateDirectory.RemoveDescriptor(options.StateDir));
        await app.StartAsync();
        // Kestrel binds the endpoints in the order they were given: the regions' order.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')).ToList();
        for (var i = 0; i < regions.Names.Count; i++)
        {
            regions.Listening(regions.Names[i], addresses[i], new Uri(addresses[i]).Port);
        }
        var endpoint = addresses[0];
        var identityHost = await InstanceIdentityHost.StartAsync(identity, options.IdentityPort);
        StateDirectory.WriteDescriptor(options.StateDir, endpoint, credentials, identityHost, regions);
        return new RunningEmulator(app, endpoint, credentials, store) { Identity = identityHost };
    }

    private static RSA PublicOnly(RSA key)
    {
        var publicKey = RSA.Create();
        publicKey.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return publicKey;
    }
}

/// <summary>A started emulator, listening at <c>Endpoint</c> (e.g. <c>http://127.0.0.1:40123</c>); dispose to stop it.</summary>
internal sealed record RunningEmulator(WebApplication App, string Endpoint, EmulatorCredentials Credentials, EmulatorStore Store) : IAsyncDisposable
{
    /// <summary>The metadata and federation listener.</summary>
    public InstanceIdentityHost? Identity { get; init; }

    public async ValueTask DisposeAsync()
    {
        if (Identity is not null)
        {
            await Identity.DisposeAsync();
        }
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
