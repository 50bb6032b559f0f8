using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>The retired OS Management API (20190801), paths under <c>/20190801</c>.</summary>
internal static class ClassicApi
{
    public static readonly ServedApi Served = new(
        store => new ClassicState(store),
        services => services.AddSingleton<ClassicJobRules>(),
        app =>
        {
            ClassicInstanceEndpoints.Map(app);
            ClassicActionEndpoints.Map(app);
            ClassicGroupEndpoints.Map(app);
            ClassicScheduledJobEndpoints.Map(app);
            ClassicWorkRequestEndpoints.Map(app);
        });
}
