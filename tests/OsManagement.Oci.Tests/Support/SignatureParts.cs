using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OsManagement.Oci.Tests.Support;

/// <summary>The parameters of a signed request's Authorization header, and the signing string rebuilt independently of the signer.</summary>
public sealed class SignatureParts
{
    public required string KeyId { get; init; }
    public required string Algorithm { get; init; }
    public required string[] Headers { get; init; }
    public required byte[] Signature { get; init; }

    public static SignatureParts Of(HttpRequestMessage request) => Parse(request.Headers.GetValues("Authorization").Single());

    public static SignatureParts Parse(string authorization)
    {
        Assert.StartsWith("Signature version=\"1\",", authorization);
        var parameters = Regex.Matches(authorization, "(\\w+)=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        return new SignatureParts
        {
            KeyId = parameters["keyId"],
            Algorithm = parameters["algorithm"],
            Headers = parameters["headers"].Split(' '),
            Signature = Convert.FromBase64String(parameters["signature"]),
        };
    }

    /// <summary>The signing string from what the message will send: host from the URI as HttpClient sends it.</summary>
    public string RebuildSigningString(HttpRequestMessage request)
    {
        var lines = new List<string>();
        foreach (var name in Headers)
        {
            var value = name switch
            {
                "(request-target)" => request.Method.Method.ToLowerInvariant() + " " + request.RequestUri!.PathAndQuery,
                "date" => request.Headers.Date!.Value.ToString("r", CultureInfo.InvariantCulture),
                "host" => request.RequestUri!.Authority,
                "content-length" => request.Content!.Headers.ContentLength!.Value.ToString(CultureInfo.InvariantCulture),
                "content-type" => request.Content!.Headers.ContentType!.ToString(),
                "x-content-sha256" => request.Content!.Headers.GetValues("x-content-sha256").Single(),
                _ => string.Join(", ", request.Headers.GetValues(name)),
            };
            lines.Add(name + ": " + value);
        }
        return string.Join("\n", lines);
    }

    public bool Verifies(HttpRequestMessage request, RSA publicKey) =>
        publicKey.VerifyData(Encoding.UTF8.GetBytes(RebuildSigningString(request)), Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}
