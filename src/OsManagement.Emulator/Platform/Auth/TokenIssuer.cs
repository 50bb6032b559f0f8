using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>A token the issuer accepted: who it stands for and the session key that must sign requests made with it.</summary>
internal sealed record ValidatedToken(string TenancyId, string Subject, string TokenType, RSA SessionKey, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and checks OCI-style security tokens: RS256 JWTs signed with the emulator's own key, carrying the session
/// public key as a <c>jwk</c> claim (a JSON string, as OCI's tokens do). <see cref="RevokeAll"/> invalidates every
/// token issued so far.
/// </summary>
internal sealed class TokenIssuer
{
    public const string Issuer = "authService.oracle.com";
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly TimeProvider _time;
    private int _generation;
    private int _issued;

    public TokenIssuer(TimeProvider time) => _time = time;

    /// <summary>Tokens issued since start.</summary>
    public int IssuedCount => Volatile.Read(ref _issued);

    /// <summary>A token for <paramref name="subject"/> in <paramref name="tenancyId"/>, bound to <paramref name="sessionKey"/>.</summary>
    public string Issue(string tenancyId, string subject, string tokenType, RSA sessionKey, TimeSpan lifetime, JsonObject? extraClaims = null)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var parameters = sessionKey.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kid"] = Guid.NewGuid().ToString("N"),
            ["n"] = Base64Url(parameters.Modulus!),
            ["e"] = Base64Url(parameters.Exponent!),
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
        };
        var claims = extraClaims ?? new JsonObject();
        claims["iss"] = Issuer;
        claims["sub"] = subject;
        claims["tenant"] = tenancyId;
        claims["ttype"] = tokenType;
        claims["iat"] = now;
        claims["exp"] = now + (long)Math.Max(1, Math.Ceiling(lifetime.TotalSeconds));
        claims["jti"] = Guid.NewGuid().ToString();
        claims["gen"] = Volatile.Read(ref _generation);
        claims["jwk"] = jwk.ToJsonString();
        var header = Base64Url(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"asw\"}"));
        var payload = Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = _signingKey.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Interlocked.Increment(ref _issued);
        return header + "." + payload + "." + Base64Url(signature);
    }

    /// <summary>Every token issued until now stops working.</summary>
    public void RevokeAll() => Interlocked.Increment(ref _generation);

    /// <summary>Checks the token's signature, expiry and revocation, and reads its session key.</summary>
    public ValidatedToken? Validate(string token, out string failure)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            failure = "The security token is not a JWT.";
            return null;
        }
        try
        {
            if (!_signingKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                failure = "The security token was not issued by this service.";
                return null;
            }
            var claims = JsonNode.Parse(FromBase64Url(parts[1]))!.AsObject();
            var expires = DateTimeOffset.FromUnixTimeSeconds(claims["exp"]!.GetValue<long>());
            if (_time.GetUtcNow() >= expires)
            {
                failure = "The security token has expired.";
                return null;
            }
            if (claims["gen"]!.GetValue<int>() < Volatile.Read(ref _generation))
            {
                failure = "The security token has been revoked.";
                return null;
            }
            var jwk = JsonNode.Parse(claims["jwk"]!.GetValue<string>())!.AsObject();
            var key = RSA.Create();
            key.ImportParameters(new RSAParameters
            {
                Modulus = FromBase64Url(jwk["n"]!.GetValue<string>()),
                Exponent = FromBase64Url(jwk["e"]!.GetValue<string>()),
            });
            failure = "";
            return new ValidatedToken(claims["tenant"]!.GetValue<string>(), claims["sub"]!.GetValue<string>(),
                claims["ttype"]!.GetValue<string>(), key, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NullReferenceException or CryptographicException)
        {
            failure = "The security token is malformed.";
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4));
    }
}
