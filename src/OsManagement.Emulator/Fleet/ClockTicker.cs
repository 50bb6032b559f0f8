using Microsoft.Extensions.Hosting;

namespace OsManagement.Emulator.Fleet;

/// <summary>Keeps the world moving between requests: catches the store up with the clock ten times a second.</summary>
internal sealed class ClockTicker : BackgroundService
{
    private readonly EmulatorStore _store;

    public ClockTicker(EmulatorStore store) => _store = store;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            _store.Tick();
        }
    }
}
