using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Emulator.Tests.Support;

/// <summary>
/// A minimal OCI request signer for the tests (the client library's signer is written elsewhere).
/// Options let a test break one thing at a time.
/// </summary>
internal sealed class TestSigner : DelegatingHandler
{
    private readonly string _keyId;
    private readonly RSA _key;

    public TestSigner(string keyId, RSA key, HttpMessageHandler? inner = null)
        : base(inner ?? new HttpClientHandler())
    {
        _keyId = keyId;
        _key = key;
    }

    /// <summary>Added to the signed date (to test clock skew).</summary>
    public TimeSpan DateOffset { get; set; }

    /// <summary>Header names left out of the signature (to test missing headers).</summary>
    public string[] Unsigned { get; set; } = Array.Empty<string>();

    /// <summary>Changes the body after signing (to test tampering).</summary>
    public bool TamperBody { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var date = (DateTimeOffset.UtcNow + DateOffset).ToString("r", CultureInfo.InvariantCulture);
        request.Headers.TryAddWithoutValidation("date", date);
        var host = request.RequestUri!.Authority;
        var target = request.RequestUri.PathAndQuery;
        var method = request.Method.Method;
        var names = new[] { "date", "(request-target)", "host" }.ToList();
        var values = new System.Collections.Generic.Dictionary<string, string>
        {
            ["date"] = date,
            ["(request-target)"] = $"{method.ToLowerInvariant()} {target}",
            ["host"] = host,
        };
        if (method is "POST" or "PUT")
        {
            var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var sha = Convert.ToBase64String(SHA256.HashData(body));
            if (TamperBody)
            {
                body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("a", "b", StringComparison.Ordinal) + " ");
            }
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Headers.ContentLength = body.Length;
            request.Content = content;
            request.Headers.TryAddWithoutValidation("x-content-sha256", sha);
            names.AddRange(new[] { "content-length", "content-type", "x-content-sha256" });
            values["content-length"] = body.Length.ToString(CultureInfo.InvariantCulture);
            values["content-type"] = "application/json";
            values["x-content-sha256"] = sha;
        }
        names.RemoveAll(n => Unsigned.Contains(n));
        var signingString = string.Join("\n", names.Select(n => $"{n}: {values[n]}"));
        var signature = Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        request.Headers.TryAddWithoutValidation("authorization",
            $"Signature version=\"1\",keyId=\"{_keyId}\",algorithm=\"rsa-sha256\",headers=\"{string.Join(' ', names)}\",signature=\"{signature}\"");
        return await base.SendAsync(request, cancellationToken);
    }
}
