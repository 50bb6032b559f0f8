using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// What <c>POST /_emulator/reset</c> (and loading a fleet) forgets: the fleet's changes, jobs, work requests, the
/// clock's jumps, retry tokens, denials and faults switched on per operation. <c>--faults</c> stays: it is how the
/// emulator was started.
/// </summary>
internal sealed class EmulatorReset(EmulatorStore store, RetryTokenCache retries, AccessDenials denials, OperationFaults faults, EmulatorOptions options,
    TenancyRateLimit rateLimit)
{
    /// <summary>The seed a loaded fleet's ids come from.</summary>
    public int Seed => options.Seed;

    /// <summary>Back to the fleet as loaded; with <paramref name="source"/>, to that fleet from now on.</summary>
    public void Run(FleetSource? source = null)
    {
        if (source is null)
        {
            store.Reset();
        }
        else
        {
            store.Reset(source);
        }
        retries.Clear();
        denials.Clear();
        faults.Clear();
        // Back to --rate-limit (or none), as --faults stays.
        rateLimit.Set(options.RateLimit);
    }
}
