using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using OsManagement.Emulator.Platform.Auth;

namespace OsManagement.Emulator.Tests;

public sealed class SignatureVerifierTests
{
    private const string Tenancy = "ocid1.tenancy.oc1..aaaa";
    private const string User = "ocid1.user.oc1..bbbb";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private readonly RSA _key = RSA.Create(2048);
    private readonly SignatureVerifier _verifier;
    private readonly string _keyId;

    public SignatureVerifierTests()
    {
        var keys = new ApiKeyResolver();
        var fingerprint = ApiKeyResolver.Fingerprint(_key);
        _keyId = $"{Tenancy}/{User}/{fingerprint}";
        var publicOnly = RSA.Create();
        publicOnly.ImportSubjectPublicKeyInfo(_key.ExportSubjectPublicKeyInfo(), out _);
        keys.Trust(Tenancy, User, fingerprint, publicOnly);
        _verifier = new SignatureVerifier(new CompositeKeyIdResolver(keys), new Support.ManualTimeProvider(Now));
    }

    /// <summary>Builds a signed request; the arguments each break one thing.</summary>
    private SignedRequest Sign(string method = "GET", string body = "", string[]? signed = null, RSA? key = null, TimeSpan skew = default,
        string? keyId = null, string? sentBody = null, string dateHeader = "date")
    {
        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [dateHeader] = (Now + skew).ToString("r", CultureInfo.InvariantCulture),
            ["host"] = "127.0.0.1:4000",
        };
        var target = "/20190801/managedInstances?compartmentId=ocid1.compartment.oc1..x&limit=5";
        var names = signed ?? (method is "POST" or "PUT"
            ? new[] { dateHeader, "(request-target)", "host", "content-length", "content-type", "x-content-sha256" }
            : new[] { dateHeader, "(request-target)", "host" });
        if (method is "POST" or "PUT")
        {
            headers["content-length"] = bodyBytes.Length.ToString(CultureInfo.InvariantCulture);
            headers["content-type"] = "application/json";
            headers["x-content-sha256"] = Convert.ToBase64String(SHA256.HashData(bodyBytes));
        }
        var signingString = string.Join("\n", names.Select(n => n == "(request-target)" ? $"{n}: {method.ToLowerInvariant()} {target}" : $"{n}: {headers[n]}"));
        var signature = Convert.ToBase64String((key ?? _key).SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        headers["authorization"] = $"Signature version=\"1\",keyId=\"{keyId ?? _keyId}\",algorithm=\"rsa-sha256\",headers=\"{string.Join(' ', names)}\",signature=\"{signature}\"";
        var actualBody = Encoding.UTF8.GetBytes(sentBody ?? body);
        return new SignedRequest(method, target, name => headers.TryGetValue(name, out var v) ? v : null, actualBody);
    }

    private void Rejected(SignedRequest request, string because)
    {
        Assert.Null(_verifier.Verify(request, out var failure));
        Assert.Contains(because, failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AGoodGetIsAccepted()
    {
        var caller = _verifier.Verify(Sign(), out var failure);
        Assert.Null(failure);
        Assert.Equal(User, caller!.PrincipalId);
        Assert.Equal(Tenancy, caller.TenancyId);
    }

    [Fact]
    public void XDateMayStandInForDate() => Assert.NotNull(_verifier.Verify(Sign(dateHeader: "x-date"), out _));

    [Fact]
    public void AGoodPostIsAccepted() => Assert.NotNull(_verifier.Verify(Sign("POST", "{\"a\":1}"), out _));

    [Fact]
    public void AnEmptyPostBodyStillNeedsItsHash() => Assert.NotNull(_verifier.Verify(Sign("POST", ""), out _));

    [Fact]
    public void AMissingAuthorizationHeaderIsRejected() =>
        Rejected(new SignedRequest("GET", "/", _ => null, ReadOnlyMemory<byte>.Empty), "Authorization");

    [Fact]
    public void HostMustBeSigned() => Rejected(Sign(signed: new[] { "date", "(request-target)" }), "host");

    [Fact]
    public void PostsMustSignTheBodyHeaders() =>
        Rejected(Sign("POST", "{}", signed: new[] { "date", "(request-target)", "host" }), "x-content-sha256");

    [Fact]
    public void AnotherKeyIsRejected() => Rejected(Sign(key: RSA.Create(2048)), "does not verify");

    [Fact]
    public void AnUnknownKeyIdIsRejected() => Rejected(Sign(keyId: $"{Tenancy}/{User}/00:11"), "keyId");

    [Fact]
    public void SessionTokenKeyIdsAreNotKnownYet() => Rejected(Sign(keyId: "ST$eyJhbGciOi.x.y"), "keyId");

    [Fact]
    public void ATamperedBodyIsRejected() => Rejected(Sign("POST", "{\"a\":1}", sentBody: "{\"a\":2}"), "x-content-sha256");

    [Theory]
    [InlineData(6)]
    [InlineData(-6)]
    public void ADateMoreThanFiveMinutesOffIsRejected(int minutes) =>
        Rejected(Sign(skew: TimeSpan.FromMinutes(minutes)), "5 minutes");

    [Fact]
    public void ADateFourMinutesOffIsFine() => Assert.NotNull(_verifier.Verify(Sign(skew: TimeSpan.FromMinutes(4)), out _));

    [Fact]
    public void TheFingerprintIsTheMd5OfThePublicKeyInColonHex()
    {
        var fingerprint = ApiKeyResolver.Fingerprint(_key);
        Assert.Matches("^([0-9a-f]{2}:){15}[0-9a-f]{2}$", fingerprint);
#pragma warning disable CA5351
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(_key.ExportSubjectPublicKeyInfo())), fingerprint.Replace(":", "", StringComparison.Ordinal));
#pragma warning restore CA5351
    }
}
