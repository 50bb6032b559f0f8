using System.Text.RegularExpressions;

namespace OsManagement.Emulator.Platform.Regions;

/// <summary>
/// The regions the emulated tenancy subscribes to (<c>--regions</c>), its home region first, and the local port each one
/// listens on once started. Compartments and Identity are tenancy-wide, as in OCI; every endpoint answers them.
/// </summary>
internal sealed partial class EmulatorRegions
{
    /// <summary>The region a single-region emulator plays (its config file's region).</summary>
    public const string DefaultHome = "us-ashburn-1";

    private readonly Dictionary<int, string> _byPort = new();

    public EmulatorRegions(IReadOnlyList<string> names) => Names = names.Count > 0 ? names : new[] { DefaultHome };

    /// <summary>The regions, home first.</summary>
    public IReadOnlyList<string> Names { get; }

    public string Home => Names[0];

    /// <summary>Each region's endpoint, once listening (<c>emulator.json</c>'s <c>regions</c>).</summary>
    public Dictionary<string, string> Endpoints { get; } = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="region"/> listens at <paramref name="endpoint"/> on <paramref name="port"/>.</summary>
    public void Listening(string region, string endpoint, int port)
    {
        _byPort[port] = region;
        Endpoints[region] = endpoint;
    }

    /// <summary>The region whose endpoint a request arrived at (the home region for one this emulator did not open).</summary>
    public string ServedAt(int localPort) => _byPort.TryGetValue(localPort, out var region) ? region : Home;

    /// <summary>
    /// Reads <c>--regions us-ashburn-1,eu-frankfurt-1</c>: region ids (area-city-number), none twice; the first is home.
    /// </summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToList();
        if (names.Count == 0)
        {
            throw new FormatException("--regions needs at least one region id, such as us-ashburn-1,eu-frankfurt-1.");
        }
        foreach (var name in names.Where(n => !Shape().IsMatch(n)))
        {
            throw new FormatException($"--regions: '{name}' is not a region id; give ids such as us-ashburn-1,eu-frankfurt-1.");
        }
        foreach (var twice in names.GroupBy(n => n).Where(g => g.Count() > 1))
        {
            throw new FormatException($"--regions names {twice.Key} twice; give each region once.");
        }
        return names;
    }

    /// <summary>The 3-letter key Identity gives a region (IAD for us-ashburn-1): the known ones, else the city's first letters.</summary>
    public static string KeyOf(string region) => Keys.TryGetValue(region, out var key) ? key
        : new string(region.Split('-')[1].Take(3).ToArray()).ToUpperInvariant();

    // The regions tests and examples use; Identity's list has a key for every region.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["us-ashburn-1"] = "IAD", ["us-phoenix-1"] = "PHX", ["eu-frankfurt-1"] = "FRA", ["uk-london-1"] = "LHR", ["ap-tokyo-1"] = "NRT",
        ["eu-amsterdam-1"] = "AMS", ["ap-sydney-1"] = "SYD", ["ca-toronto-1"] = "YYZ", ["sa-saopaulo-1"] = "GRU", ["us-chicago-1"] = "ORD",
    };

    [GeneratedRegex("^[a-z]+(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
