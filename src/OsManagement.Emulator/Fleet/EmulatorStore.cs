using OsManagement.Emulator.Fleet.Generator;

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// All mutable state behind one lock: the fleet, the work requests, and what each API keeps beside them. Every access
/// goes through <see cref="Execute{T}"/>, which first brings the world up to the virtual clock's "now" (due jobs run,
/// work requests progress, old ones go).
/// </summary>
internal sealed class EmulatorStore
{
    private readonly Lock _gate = new();
    private readonly int _seed;
    private readonly IReadOnlyList<Func<EmulatorStore, IApiState>> _apiFactories;
    private FleetSource _source;
    private DateTimeOffset _checkinsAt;

    /// <param name="spec">The generated fleet's shape.</param>
    /// <param name="seed">Drives the fleet and every id made at run time.</param>
    /// <param name="clock">The virtual clock.</param>
    /// <param name="apis">Makes each served API's state, in the order their jobs win a tie.</param>
    public EmulatorStore(FleetSpec spec, int seed, VirtualClock clock, IReadOnlyList<Func<EmulatorStore, IApiState>> apis)
        : this(FleetSource.Generated(spec, seed), seed, clock, apis)
    {
    }

    public EmulatorStore(FleetSource source, int seed, VirtualClock clock, IReadOnlyList<Func<EmulatorStore, IApiState>> apis)
    {
        _source = source;
        _seed = seed;
        _apiFactories = apis;
        Clock = clock;
        Load();
    }

    public VirtualClock Clock { get; }
    public FleetModel Fleet { get; private set; } = null!;
    public Dictionary<string, CompartmentRecord> Compartments { get; private set; } = null!;
    public Dictionary<string, InstanceRecord> Instances { get; private set; } = null!;
    public Dictionary<string, GroupRecord> Groups { get; private set; } = null!;
    /// <summary>The groups of one release (separate from the family groups in <see cref="Groups"/>).</summary>
    public Dictionary<string, GroupRecord> ReleaseGroups { get; private set; } = null!;
    /// <summary>Insertion (acceptance) order.</summary>
    public Dictionary<string, WorkRequestRecord> WorkRequests { get; private set; } = null!;
    public OcidFactory RuntimeIds { get; private set; } = null!;
    public WorkRequestEngine Work { get; private set; } = null!;
    public JobScheduler Scheduler { get; private set; } = null!;

    /// <summary>Each served API's state, made afresh with every load.</summary>
    public IReadOnlyList<IApiState> Apis { get; private set; } = null!;

    public string TenancyId => Fleet.TenancyId;

    /// <summary>The state of the API of type <typeparamref name="T"/>.</summary>
    public T Api<T>() where T : IApiState => Apis.OfType<T>().Single();

    /// <summary>Runs <paramref name="action"/> under the lock, after catching up with the clock.</summary>
    public T Execute<T>(Func<DateTimeOffset, T> action)
    {
        lock (_gate)
        {
            var now = Clock.Now;
            CatchUp(now);
            return action(now);
        }
    }

    /// <summary>Catches up with the clock (the background ticker and the admin endpoints call this).</summary>
    public void Tick() => Execute(_ => 0);

    /// <summary>Jumps the virtual clock and runs everything that came due, in time order.</summary>
    public DateTimeOffset Advance(IsoDuration by)
    {
        lock (_gate)
        {
            var now = Clock.Advance(by);
            CatchUp(now);
            return now;
        }
    }

    /// <summary>Back to the fleet as it was loaded (generated, or from its file), no jobs or work requests, and real time.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            Clock.Reset();
            Load();
        }
    }

    /// <summary>From now on the fleet comes from <paramref name="source"/> (also on reset); loads it as a reset does.</summary>
    public void Reset(FleetSource source)
    {
        lock (_gate)
        {
            _source = source;
            Clock.Reset();
            Load();
        }
    }

    /// <summary>Where the fleet comes from.</summary>
    public FleetSource Source
    {
        get
        {
            lock (_gate)
            {
                return _source;
            }
        }
    }

    private void Load()
    {
        var now = Clock.Now;
        Fleet = _source.Build(now);
        Compartments = Fleet.Compartments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Instances = Fleet.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Groups = Fleet.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        ReleaseGroups = Fleet.ReleaseGroups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _checkinsAt = now;
        WorkRequests = new Dictionary<string, WorkRequestRecord>(StringComparer.Ordinal);
        RuntimeIds = new OcidFactory(_seed, "runtime");
        Work = new WorkRequestEngine(this);
        Scheduler = new JobScheduler(this);
        Apis = _apiFactories.Select(make => make(this)).ToList();
    }

    private void CatchUp(DateTimeOffset now)
    {
        Scheduler.RunDue(now);
        Work.Advance(now);
        Work.CleanUp(now);
        RefreshCheckins(now);
    }

    /// <summary>
    /// Agents that still check in do so every few minutes: once the clock has moved on a minute, their last check-in
    /// follows it (with each one's own lag), so a jump of the clock leaves only the stopped ones behind.
    /// </summary>
    private void RefreshCheckins(DateTimeOffset now)
    {
        if (now - _checkinsAt < TimeSpan.FromMinutes(1))
        {
            return;
        }
        _checkinsAt = now;
        foreach (var instance in Fleet.Instances)
        {
            if (instance.CheckinLag is { } lag)
            {
                instance.LastCheckin = now - lag;
            }
        }
    }

    /// <summary>The tenancy's home region (the first of <c>--regions</c>).</summary>
    public string HomeRegion => Fleet.Regions.Count > 0 ? Fleet.Regions[0] : Platform.Regions.EmulatorRegions.DefaultHome;

    /// <summary>A record's region: its own, or home for one made outside any request (admin helpers, tests).</summary>
    public string RegionOf(string region) => region.Length > 0 ? region : HomeRegion;

    /// <summary>Whether a record of <paramref name="region"/> is served to the current request (<see cref="Platform.Regions.RequestRegion"/>).</summary>
    public bool Serves(string region) => Platform.Regions.RequestRegion.Sees(RegionOf(region));

    /// <summary>True when <paramref name="id"/> is the tenancy or an ACTIVE compartment.</summary>
    public bool IsActiveCompartment(string id) =>
        id == TenancyId || (Compartments.TryGetValue(id, out var c) && c.State == CompartmentState.Active);
}
