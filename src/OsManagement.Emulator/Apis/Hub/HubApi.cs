using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>OS Management Hub (20220901), paths under <c>/20220901</c>, operation names in stats with <c>hub.</c> before them.</summary>
internal static class HubApi
{
    public static readonly ServedApi Served = new(
        store => new HubState(store),
        services => services.AddSingleton<HubJobRules>(),
        app =>
        {
            HubInstanceEndpoints.Map(app);
            HubActionEndpoints.Map(app);
            HubGroupEndpoints.Map(app);
            HubScheduledJobEndpoints.Map(app);
            HubWorkRequestEndpoints.Map(app);
            HubAnalyticsEndpoints.Map(app);
        });
}
