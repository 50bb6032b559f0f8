using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Auth;

/// <summary>
/// OCI request signature version 1 (draft-cavage-http-signatures-08): which headers are signed, and the signing string.
/// </summary>
public static class OciSigningString
{
    /// <summary>Signed for GET, DELETE and HEAD.</summary>
    public static readonly IReadOnlyList<string> GenericHeaders = new[] { "date", "(request-target)", "host" };

    /// <summary>Signed for POST and PUT (they carry a body).</summary>
    public static readonly IReadOnlyList<string> BodyHeaders = new[] { "date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256" };

    /// <summary>Whether a method carries a signed body.</summary>
    public static bool HasBody(string method) =>
        method.Equals("POST", StringComparison.OrdinalIgnoreCase) || method.Equals("PUT", StringComparison.OrdinalIgnoreCase) ||
        method.Equals("PATCH", StringComparison.OrdinalIgnoreCase);

    /// <summary>The headers signed for a method.</summary>
    public static IReadOnlyList<string> HeadersFor(string method) => HasBody(method) ? BodyHeaders : GenericHeaders;

    /// <summary>
    /// One <c>name: value</c> line per signed header, in order, joined by \n; <c>(request-target)</c> is the lowercase
    /// method and the path with its query. <paramref name="headerValue"/> gives a header's value by lowercase name.
    /// </summary>
    public static string Build(string method, string pathAndQuery, IEnumerable<string> headers, Func<string, string?> headerValue) =>
        string.Join("\n", headers.Select(h => h == "(request-target)"
            ? $"(request-target): {method.ToLowerInvariant()} {pathAndQuery}"
            : $"{h}: {headerValue(h) ?? throw new InvalidOperationException($"The request has no '{h}' header to sign.")}"));

    /// <summary>The Authorization header value.</summary>
    public static string AuthorizationHeader(string keyId, IEnumerable<string> headers, string signatureBase64) =>
        $"Signature version=\"1\",keyId=\"{keyId}\",algorithm=\"rsa-sha256\",headers=\"{string.Join(" ", headers)}\",signature=\"{signatureBase64}\"";
}
