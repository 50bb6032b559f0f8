using System;
using System.Text;
using System.Text.Json;

namespace OsManagement.Oci.Auth;

/// <summary>
/// An OCI security token: a JWT whose claims this class reads without checking its signature (the service does).
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class SecurityToken
{
    private readonly JsonElement _claims;

    private SecurityToken(string value, JsonElement claims, DateTimeOffset expiresAt, DateTimeOffset? issuedAt)
    {
        Value = value;
        _claims = claims;
        ExpiresAt = expiresAt;
        IssuedAt = issuedAt;
    }

    /// <summary>The token itself (secret: it goes only into the signature's keyId).</summary>
    public string Value { get; }

    /// <summary>The exp claim.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The iat claim, when there is one.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>Reads a JWT; <paramref name="source"/> names it in errors (a file, "the federation response").</summary>
    /// <exception cref="OciAuthenticationException">It is not a JWT with a numeric exp claim.</exception>
    public static SecurityToken Parse(string token, string source)
    {
        var value = token.Trim();
        var parts = value.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0)
        {
            throw new OciAuthenticationException($"The security token from {source} is not a JWT (header.payload.signature).");
        }
        JsonElement claims;
        try
        {
            using var document = JsonDocument.Parse(Base64Url.Decode(parts[1]));
            claims = document.RootElement.Clone();
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw new OciAuthenticationException($"The security token from {source} has an unreadable payload ({e.GetType().Name}).");
        }
        if (claims.ValueKind != JsonValueKind.Object || !TryGetSeconds(claims, "exp", out var exp))
        {
            throw new OciAuthenticationException($"The security token from {source} has no expiry (exp claim).");
        }
        return new SecurityToken(value, claims, exp, TryGetSeconds(claims, "iat", out var iat) ? iat : null);
    }

    /// <summary>A string claim, or null.</summary>
    public string? GetClaim(string name) =>
        _claims.TryGetProperty(name, out var claim) && claim.ValueKind == JsonValueKind.String ? claim.GetString() : null;

    /// <summary>Whether the token has expired at <paramref name="now"/>.</summary>
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Describes the token without revealing it.</summary>
    public override string ToString() => $"security token (expires {ExpiresAt:u})";

    private static bool TryGetSeconds(JsonElement claims, string name, out DateTimeOffset time)
    {
        if (claims.TryGetProperty(name, out var claim) && claim.ValueKind == JsonValueKind.Number && claim.TryGetDouble(out var seconds))
        {
            time = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
            return true;
        }
        time = default;
        return false;
    }
}

/// <summary>Base64url (RFC 4648 section 5) without padding, as JWTs use it.</summary>
internal static class Base64Url
{
    public static byte[] Decode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Invalid base64url length.") };
        return Convert.FromBase64String(s);
    }

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));
}
