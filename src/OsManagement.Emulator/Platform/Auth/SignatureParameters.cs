namespace OsManagement.Emulator.Platform.Auth;

/// <summary>The parameters of an <c>Authorization: Signature ...</c> header (draft-cavage-http-signatures).</summary>
internal sealed class SignatureParameters
{
    private SignatureParameters(Dictionary<string, string> values) => Values = values;

    public Dictionary<string, string> Values { get; }

    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses <c>Signature k="v",k="v"</c>; null when the header is not of that form.</summary>
    public static SignatureParameters? Parse(string? header)
    {
        const string scheme = "Signature ";
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = header.AsSpan(scheme.Length);
        while (true)
        {
            text = text.TrimStart(" ,");
            if (text.IsEmpty)
            {
                break;
            }
            var eq = text.IndexOf('=');
            if (eq <= 0 || eq + 1 >= text.Length || text[eq + 1] != '"')
            {
                return null;
            }
            var name = text[..eq].Trim().ToString();
            var rest = text[(eq + 2)..];
            var close = rest.IndexOf('"');
            if (close < 0)
            {
                return null;
            }
            values[name] = rest[..close].ToString();
            text = rest[(close + 1)..];
        }
        return new SignatureParameters(values);
    }
}
