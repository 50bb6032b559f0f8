using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using OsManagement.Emulator.Http;
using OsManagement.Emulator.State;

namespace OsManagement.Emulator.Startup;

/// <summary>
/// Command-line options: <c>--port N --state-dir DIR [--fleet SPEC] [--seed S] [--latency-ms N]
/// [--faults SPEC] [--page-size N] [--clock-speed X] [--parent-pid N]</c>.
/// </summary>
internal sealed record EmulatorOptions
{
    public const int DefaultSeed = 20190801;

    public int Port { get; init; }
    public string StateDir { get; init; } = "";
    public FleetSpec Fleet { get; init; } = new();
    public int Seed { get; init; } = DefaultSeed;
    public int LatencyMs { get; init; }
    public IReadOnlyDictionary<FaultKind, double> Faults { get; init; } = new Dictionary<FaultKind, double>();
    public int PageSize { get; init; } = 50;
    public double ClockSpeed { get; init; } = 1;
    public int? ParentPid { get; init; }

    public static string Usage =>
        "usage: OsManagement.Emulator --port N --state-dir DIR [--fleet instances=N,compartments=M,depth=D,groups=G,vulnerable=F,windows=F] " +
        "[--seed S] [--latency-ms N] [--faults 429=0.1,500=0.02,503=0.01,reset=0.01] [--page-size N] [--clock-speed X] [--parent-pid N]";

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> with a readable message on mistakes.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var sawStateDir = false;
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
                default:
                    throw new FormatException($"Unknown option '{name}'.");
            }
        }
        if (!sawStateDir)
        {
            throw new FormatException("--state-dir is required.");
        }
        return options;
    }

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} must be a whole number from {min} to {max}.");
}
