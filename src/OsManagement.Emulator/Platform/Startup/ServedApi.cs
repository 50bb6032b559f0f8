using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Identity;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>
/// One API the emulator serves, as its folder under <c>Apis/</c> describes it: what it keeps beside the fleet, its
/// services and its endpoints. Serving another API is one folder and one entry in <see cref="ServedApis.All"/>.
/// </summary>
internal sealed record ServedApi(
    Func<EmulatorStore, IApiState>? State,
    Action<IServiceCollection> Services,
    Action<IEndpointRouteBuilder> Endpoints);

/// <summary>The APIs served, in the order their endpoints are mapped and their scheduled jobs win a tie.</summary>
internal static class ServedApis
{
    public static readonly IReadOnlyList<ServedApi> All = new[] { IdentityApi.Served, ClassicApi.Served, HubApi.Served };

    /// <summary>What each API keeps beside the fleet, made afresh by the store on every load.</summary>
    public static IReadOnlyList<Func<EmulatorStore, IApiState>> States { get; } = All.Select(a => a.State).OfType<Func<EmulatorStore, IApiState>>().ToArray();
}
