using OsManagement.Emulator.Fleet.Generator;
using OsManagement.Emulator.Platform.Regions;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>
/// Command-line options: <c>--port N --state-dir DIR [--fleet SPEC | --fleet-file PATH] [--seed S] [--latency-ms N]
/// [--faults SPEC] [--rate-limit N] [--page-size N] [--clock-speed X] [--parent-pid N] [--token-lifetime 20m] [--identity-port N]
/// [--regions us-ashburn-1,eu-frankfurt-1]</c>.
/// </summary>
internal sealed record EmulatorOptions
{
    public const int DefaultSeed = 20190801;

    public int Port { get; init; }
    public string StateDir { get; init; } = "";
    public FleetSpec Fleet { get; init; } = new();
    /// <summary>A fleet file the user wrote (full path), used instead of a generated fleet.</summary>
    public string? FleetFile { get; init; }
    public int Seed { get; init; } = DefaultSeed;
    public int LatencyMs { get; init; }
    public IReadOnlyDictionary<FaultKind, double> Faults { get; init; } = new Dictionary<FaultKind, double>();
    public int PageSize { get; init; } = 50;

    /// <summary>API requests a second the tenancy may send (<see cref="Platform.Http.TenancyRateLimit"/>); null: no limit.</summary>
    public double? RateLimit { get; init; }
    public double ClockSpeed { get; init; } = 1;
    public int? ParentPid { get; init; }

    /// <summary>How long issued security tokens live (session profile and instance principal).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>The identity listener's port (metadata + federation); 0 picks a free one.</summary>
    public int IdentityPort { get; init; }

    /// <summary>The regions the tenancy subscribes to, home first; each listens on its own port (the first on <see cref="Port"/>).</summary>
    public IReadOnlyList<string> Regions { get; init; } = new[] { EmulatorRegions.DefaultHome };

    public static string Usage =>
        "usage: OsManagement.Emulator --port N --state-dir DIR [--fleet instances=N,compartments=M,depth=D,groups=G,vulnerable=F,windows=F | --fleet-file PATH] " +
        "[--seed S] [--latency-ms N] [--faults 429=0.1,500=0.02,503=0.01,reset=0.01] [--rate-limit N] [--page-size N] [--clock-speed X] [--parent-pid N] " +
        "[--token-lifetime 60s|20m|1h|PT20M] [--identity-port N] [--regions us-ashburn-1,eu-frankfurt-1,...]";

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> with a readable message on mistakes.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var sawStateDir = false;
        var sawFleet = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value.");
            switch (name)
            {
                case "--port":
                    options = options with { Port = Int(name, Value(), 0, 65535) };
                    break;
                case "--state-dir":
                    options = options with { StateDir = Path.GetFullPath(Value()) };
                    sawStateDir = true;
                    break;
                case "--fleet":
                    options = options with { Fleet = FleetSpec.Parse(Value()) };
                    sawFleet = true;
                    break;
                case "--fleet-file":
                    options = options with { FleetFile = Path.GetFullPath(Value()) };
                    break;
                case "--seed":
                    options = options with { Seed = Int(name, Value(), int.MinValue, int.MaxValue) };
                    break;
                case "--latency-ms":
                    options = options with { LatencyMs = Int(name, Value(), 0, 600_000) };
                    break;
                case "--faults":
                    options = options with { Faults = FaultInjector.ParseRates(Value()) };
                    break;
                case "--rate-limit":
                    var limit = Value();
                    if (!double.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var perSecond) || !(perSecond > 0) || perSecond > 1_000_000)
                    {
                        throw new FormatException("--rate-limit must be a number of requests per second above 0 (such as 20 or 0.5).");
                    }
                    options = options with { RateLimit = perSecond };
                    break;
                case "--page-size":
                    options = options with { PageSize = Int(name, Value(), 1, 1000) };
                    break;
                case "--clock-speed":
                    var text = Value();
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) || !(speed > 0) || double.IsInfinity(speed))
                    {
                        throw new FormatException("--clock-speed must be a positive number.");
                    }
                    options = options with { ClockSpeed = speed };
                    break;
                case "--parent-pid":
                    options = options with { ParentPid = Int(name, Value(), 1, int.MaxValue) };
                    break;
                case "--token-lifetime":
                    options = options with { TokenLifetime = Lifetime(name, Value()) };
                    break;
                case "--regions":
                    options = options with { Regions = EmulatorRegions.Parse(Value()) };
                    break;
                case "--identity-port":
                    options = options with { IdentityPort = Int(name, Value(), 0, 65535) };
                    break;
                default:
                    throw new FormatException($"Unknown option '{name}'.");
            }
        }
        if (!sawStateDir)
        {
            throw new FormatException("--state-dir is required.");
        }
        if (sawFleet && options.FleetFile is not null)
        {
            throw new FormatException("--fleet generates a fleet and --fleet-file reads one: give one of them.");
        }
        return options;
    }

    /// <summary>A lifetime such as 60s, 20m, 1h, 90 (seconds) or an ISO 8601 duration (PT20M); at least one second.</summary>
    private static TimeSpan Lifetime(string name, string value)
    {
        var text = value.Trim().ToLowerInvariant();
        var unit = text.Length > 0 ? text[^1] : ' ';
        var multiplier = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, _ => 0 };
        var number = multiplier == 0 ? text : text[..^1];
        TimeSpan lifetime;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0 && !double.IsInfinity(amount))
        {
            lifetime = TimeSpan.FromSeconds(amount * (multiplier == 0 ? 1 : multiplier));
        }
        else if (IsoDuration.TryParse(value, out var duration) && duration.Years == 0 && duration.Months == 0)
        {
            lifetime = duration.Rest;
        }
        else
        {
            throw new FormatException($"{name} must be a duration such as 60s, 20m, 1h or PT20M.");
        }
        return lifetime >= TimeSpan.FromSeconds(1) ? lifetime : throw new FormatException($"{name} must be at least one second.");
    }

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} must be a whole number from {min} to {max}.");
}
