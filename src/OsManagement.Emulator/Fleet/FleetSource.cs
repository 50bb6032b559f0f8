using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Fleet.Generator;

namespace OsManagement.Emulator.Fleet;

/// <summary>
/// Where the emulator's fleet comes from: generated from a spec (<c>--fleet</c>) or read from a user's file
/// (<c>--fleet-file</c>, <c>POST /_emulator/fleet</c>). The store builds it again on every reset, so times that are
/// relative to the clock stay relative to it.
/// </summary>
internal sealed class FleetSource
{
    private readonly Func<DateTimeOffset, FleetModel> _build;

    private FleetSource(Func<DateTimeOffset, FleetModel> build, string description)
    {
        _build = build;
        Description = description;
    }

    /// <summary>"generated (instances=12,...)" or "fleet file PATH", for logs.</summary>
    public string Description { get; }

    public FleetModel Build(DateTimeOffset now) => _build(now);

    /// <summary>A generated fleet; with several <paramref name="regions"/>, its instances spread over them (<see cref="RegionSpread"/>).</summary>
    public static FleetSource Generated(FleetSpec spec, int seed, IReadOnlyList<string>? regions = null) =>
        new(now => RegionSpread.Spread(FleetGenerator.Generate(spec, seed, now), regions), $"generated ({spec})");

    /// <summary>A file's fleet; its tenancy is the file's, else <paramref name="tenancyId"/>; an instance's region is the file's, else home.</summary>
    public static FleetSource FromFile(FleetDocument document, int seed, string tenancyId, IReadOnlyList<string>? regions = null) =>
        new(now => RegionSpread.Place(FleetFileBuilder.Build(document, seed, tenancyId, now), regions), $"fleet file {document.Origin}");

    /// <summary>The tenancy a generated fleet has for <paramref name="seed"/>; a file that names none gets the same.</summary>
    public static string DefaultTenancyId(int seed) => new OcidFactory(seed, "fleet").Global("tenancy");
}
