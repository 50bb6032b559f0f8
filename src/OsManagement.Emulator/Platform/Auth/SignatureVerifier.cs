using System.Security.Cryptography;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>
/// Verifies OCI request signatures (version 1, rsa-sha256). GET/DELETE/HEAD must sign
/// <c>date</c> or <c>x-date</c>, <c>(request-target)</c> and <c>host</c>; POST/PUT/PATCH also
/// <c>content-length</c>, <c>content-type</c> and <c>x-content-sha256</c>, and the body must hash to the
/// latter. The date must be within 5 minutes of real time.
/// </summary>
internal sealed class SignatureVerifier
{
    /// <summary>How far a request's date may be from real time.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] BodyHeaders = { "content-length", "content-type", "x-content-sha256" };

    private readonly IKeyIdResolver _resolver;
    private readonly TimeProvider _time;

    public SignatureVerifier(IKeyIdResolver resolver, TimeProvider time)
    {
        _resolver = resolver;
        _time = time;
    }

    /// <summary>The caller, or null with a reason (safe to show: it never contains header values or keys).</summary>
    public CallerIdentity? Verify(SignedRequest request, out string? failure)
    {
        var parameters = SignatureParameters.Parse(request.Header("authorization"));
        if (parameters is null)
        {
            return Fail("The Authorization header is missing or is not an OCI signature.", out failure);
        }
        if (parameters.Get("version") is { } version && version != "1")
        {
            return Fail("Unsupported signature version.", out failure);
        }
        if (!string.Equals(parameters.Get("algorithm") ?? "rsa-sha256", "rsa-sha256", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("Unsupported signature algorithm; use rsa-sha256.", out failure);
        }
        var keyId = parameters.Get("keyId");
        var signatureText = parameters.Get("signature");
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(signatureText))
        {
            return Fail("The signature has no keyId or no signature value.", out failure);
        }

        var signed = (parameters.Get("headers") ?? "date").ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var missing = RequiredHeaders(request.Method, signed).Where(h => !signed.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            return Fail($"Required headers are not signed: {string.Join(", ", missing)}.", out failure);
        }

        var dateText = signed.Contains("x-date") ? request.Header("x-date") : request.Header("date");
        if (dateText is null || !DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return Fail("The request date is missing or malformed.", out failure);
        }
        if ((_time.GetUtcNow() - date).Duration() > MaxSkew)
        {
            return Fail("The request date is more than 5 minutes from the server's time.", out failure);
        }

        if (signed.Contains("x-content-sha256"))
        {
            var expected = Convert.ToBase64String(SHA256.HashData(request.Body.Span));
            if (request.Header("x-content-sha256") != expected)
            {
                return Fail("x-content-sha256 does not match the body.", out failure);
            }
            if (request.Header("content-length") is { } length && length != request.Body.Length.ToString(CultureInfo.InvariantCulture))
            {
                return Fail("content-length does not match the body.", out failure);
            }
        }

        var signingString = new StringBuilder();
        foreach (var name in signed)
        {
            string? value = name == "(request-target)"
                ? $"{request.Method.ToLowerInvariant()} {request.Target}"
                : request.Header(name);
            if (value is null)
            {
                return Fail($"Signed header '{name}' is not in the request.", out failure);
            }
            if (signingString.Length > 0)
            {
                signingString.Append('\n');
            }
            signingString.Append(name).Append(": ").Append(value);
        }

        if (!_resolver.TryResolve(keyId, out var caller) || caller is null)
        {
            return Fail("The keyId is not known.", out failure);
        }
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(signatureText);
        }
        catch (FormatException)
        {
            return Fail("The signature is not base64.", out failure);
        }
        var data = Encoding.UTF8.GetBytes(signingString.ToString());
        if (!caller.PublicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return Fail("The signature does not verify.", out failure);
        }
        failure = null;
        return caller;
    }

    private static IEnumerable<string> RequiredHeaders(string method, List<string> signed)
    {
        yield return signed.Contains("x-date") ? "x-date" : "date";
        yield return "(request-target)";
        yield return "host";
        if (method is "POST" or "PUT" or "PATCH")
        {
            foreach (var header in BodyHeaders)
            {
                yield return header;
            }
        }
    }

    private static CallerIdentity? Fail(string reason, out string? failure)
    {
        failure = reason;
        return null;
    }
}
