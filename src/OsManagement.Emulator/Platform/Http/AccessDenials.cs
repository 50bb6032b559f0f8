namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// Resources the caller may not read, as IAM would hide them: any API request whose path and query contain one of
/// these strings (an OCID, usually) is answered 404 NotAuthorizedOrNotFound. Set with
/// <c>POST /_emulator/deny?match=...</c>, cleared with <c>DELETE /_emulator/deny</c> and by reset; lets tests make
/// one instance or compartment fail, every time, among many that work.
/// </summary>
internal sealed class AccessDenials
{
    private readonly object _gate = new();
    private string[] _matches = Array.Empty<string>();

    public IReadOnlyList<string> Matches
    {
        get { lock (_gate) { return _matches; } }
    }

    public void Add(string match)
    {
        lock (_gate)
        {
            _matches = _matches.Append(match).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _matches = Array.Empty<string>();
        }
    }

    public bool Denies(string target)
    {
        var matches = Matches;
        return matches.Count > 0 && matches.Any(m => target.Contains(m, StringComparison.Ordinal));
    }
}
