using System;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Generator;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Tests.Support;

/// <summary>An engine-level emulator (no HTTP) on a hand-driven clock.</summary>
internal sealed class TestWorld
{
    public static readonly DateTimeOffset Start = new(2026, 1, 31, 9, 0, 0, TimeSpan.Zero);

    public TestWorld(FleetSpec? spec = null, int seed = 42)
    {
        Real = new ManualTimeProvider(Start);
        Clock = new VirtualClock(Real, 1);
        Store = new EmulatorStore(spec ?? new FleetSpec(), seed, Clock, ServedApis.States);
        Rules = new ClassicJobRules(Store);
    }

    public ManualTimeProvider Real { get; }
    public VirtualClock Clock { get; }
    public EmulatorStore Store { get; }
    public ClassicJobRules Rules { get; }

    /// <summary>Lets real (and so virtual) time pass, then catches the store up.</summary>
    public void Wait(TimeSpan span)
    {
        Real.Advance(span);
        Store.Tick();
    }
}
