namespace OsManagement.Emulator.Platform.Http;

/// <summary>The ways an injected fault makes a request fail.</summary>
internal enum FaultKind
{
    None,
    /// <summary>429 TooManyRequests with Retry-After.</summary>
    TooManyRequests,
    /// <summary>500 InternalServerError.</summary>
    InternalServerError,
    /// <summary>503 ServiceUnavailable.</summary>
    ServiceUnavailable,
    /// <summary>The request is carried out, then the connection is aborted before the response is sent.</summary>
    Reset,
}

/// <summary>
/// Decides which API requests fail (<c>--faults 429=0.1,500=0.02,503=0.01,reset=0.01</c>). Draws come from a
/// generator seeded with the emulator's seed, so the n-th request always gets the same verdict.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Random _random;
    private readonly (FaultKind Kind, double Rate)[] _rates;

    public FaultInjector(IReadOnlyDictionary<FaultKind, double> rates, int seed)
    {
        _random = new Random(unchecked(seed * 7919 + 17));
        var list = new List<(FaultKind, double)>();
        foreach (var kind in new[] { FaultKind.TooManyRequests, FaultKind.InternalServerError, FaultKind.ServiceUnavailable, FaultKind.Reset })
        {
            if (rates.TryGetValue(kind, out var rate) && rate > 0)
            {
                list.Add((kind, rate));
            }
        }
        _rates = list.ToArray();
    }

    public bool Enabled => _rates.Length > 0;

    public FaultKind Next()
    {
        if (_rates.Length == 0)
        {
            return FaultKind.None;
        }
        double roll;
        lock (_gate)
        {
            roll = _random.NextDouble();
        }
        foreach (var (kind, rate) in _rates)
        {
            if (roll < rate)
            {
                return kind;
            }
            roll -= rate;
        }
        return FaultKind.None;
    }

    /// <summary>Parses <c>429=0.1,500=0.02,503=0.01,reset=0.01</c>; rates must add up to at most 1.</summary>
    public static Dictionary<FaultKind, double> ParseRates(string text)
    {
        var rates = new Dictionary<FaultKind, double>();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            var kind = parts[0].ToLowerInvariant() switch
            {
                "429" => FaultKind.TooManyRequests,
                "500" => FaultKind.InternalServerError,
                "503" => FaultKind.ServiceUnavailable,
                "reset" => FaultKind.Reset,
                _ => throw new FormatException($"--faults: unknown fault '{parts[0]}' (use 429, 500, 503, reset)."),
            };
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate < 0 || rate > 1)
            {
                throw new FormatException($"--faults: '{pair}' needs a rate between 0 and 1.");
            }
            rates[kind] = rate;
        }
        var total = 0.0;
        foreach (var rate in rates.Values)
        {
            total += rate;
        }
        if (total > 1 + 1e-9)
        {
            throw new FormatException("--faults: the rates add up to more than 1.");
        }
        return rates;
    }
}
