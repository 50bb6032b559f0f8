using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>With <c>--parent-pid</c>: stops the emulator when that process is gone, so test runs never leak one.</summary>
internal sealed class ParentWatcher(int pid, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        do
        {
            if (!IsAlive(pid))
            {
                lifetime.StopApplication();
                return;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
