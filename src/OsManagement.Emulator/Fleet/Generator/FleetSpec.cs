namespace OsManagement.Emulator.Fleet.Generator;

/// <summary>
/// The shape of the generated tenancy (<c>--fleet instances=N,compartments=M,depth=D,groups=G,vulnerable=F,windows=F</c>).
/// Extra keys: <c>paas=K</c> instances in ManagedCompartmentForPaaS (not counted in N),
/// <c>unreachable=K</c> and <c>failing=K</c> instances whose work always fails, <c>stale=K</c> instances the fleet
/// calls NORMAL that stopped checking in more than a day ago (so they are UNREACHABLE, and their work does not run either).
/// </summary>
internal sealed record FleetSpec
{
    public int Instances { get; init; } = 12;
    /// <summary>Ordinary ACTIVE compartments; the extras (PaaS, INACTIVE, DELETED) are not counted.</summary>
    public int Compartments { get; init; } = 4;
    public int Depth { get; init; } = 2;
    public int Groups { get; init; } = 3;
    public double Vulnerable { get; init; } = 0.5;
    public double Windows { get; init; } = 0.25;
    /// <summary>Null: 2 when the extras exist, else 0.</summary>
    public int? Paas { get; init; }
    /// <summary>Null: one in 25 instances (at least 1 from 10 instances up).</summary>
    public int? Unreachable { get; init; }
    /// <summary>Null: one in 40 instances (at least 1 from 10 instances up).</summary>
    public int? Failing { get; init; }
    /// <summary>Null: one in 30 instances (at least 1 from 10 instances up) that stopped checking in more than a day ago.</summary>
    public int? Stale { get; init; }

    /// <summary>The extras (ManagedCompartmentForPaaS, one INACTIVE, one DELETED) exist from 4 compartments up.</summary>
    public bool HasExtraCompartments => Compartments >= 4;

    public int PaasInstances => HasExtraCompartments ? Paas ?? 2 : 0;
    public int UnreachableInstances => Math.Min(Instances, Unreachable ?? (Instances >= 10 ? Math.Max(1, Instances / 25) : 0));
    public int FailingInstances => Math.Min(Instances - UnreachableInstances, Failing ?? (Instances >= 10 ? Math.Max(1, Instances / 40) : 0));
    public int StaleInstances => Math.Min(Instances - UnreachableInstances - FailingInstances, Stale ?? (Instances >= 10 ? Math.Max(1, Instances / 30) : 0));
    public int VulnerableInstances => (int)Math.Round(Vulnerable * Instances, MidpointRounding.AwayFromZero);
    public int WindowsInstances => (int)Math.Round(Windows * Instances, MidpointRounding.AwayFromZero);

    /// <summary>Parses the option's text; unknown keys and bad values throw <see cref="FormatException"/>.</summary>
    public static FleetSpec Parse(string text)
    {
        var spec = new FleetSpec();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw new FormatException($"--fleet: '{pair}' is not key=value.");
            }
            var key = pair[..eq].Trim().ToLowerInvariant();
            var value = pair[(eq + 1)..].Trim();
            spec = key switch
            {
                "instances" => spec with { Instances = Count(key, value, 0) },
                "compartments" => spec with { Compartments = Count(key, value, 1) },
                "depth" => spec with { Depth = Count(key, value, 1) },
                "groups" => spec with { Groups = Count(key, value, 0) },
                "vulnerable" => spec with { Vulnerable = Fraction(key, value) },
                "windows" => spec with { Windows = Fraction(key, value) },
                "paas" => spec with { Paas = Count(key, value, 0) },
                "unreachable" => spec with { Unreachable = Count(key, value, 0) },
                "failing" => spec with { Failing = Count(key, value, 0) },
                "stale" => spec with { Stale = Count(key, value, 0) },
                _ => throw new FormatException($"--fleet: unknown key '{key}'."),
            };
        }
        return spec;
    }

    private static int Count(string key, string value, int min) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new FormatException($"--fleet: {key} must be a whole number >= {min}.");

    private static double Fraction(string key, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f >= 0 && f <= 1
            ? f
            : throw new FormatException($"--fleet: {key} must be a fraction between 0 and 1.");

    /// <summary>Key=value form, for logs.</summary>
    public override string ToString() => string.Join(",", new List<string>
    {
        $"instances={Instances}", $"compartments={Compartments}", $"depth={Depth}", $"groups={Groups}",
        FormattableString.Invariant($"vulnerable={Vulnerable}"), FormattableString.Invariant($"windows={Windows}"),
    });
}
