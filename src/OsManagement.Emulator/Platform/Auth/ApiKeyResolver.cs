using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>Trusted API signing keys, looked up by <c>tenancy/user/fingerprint</c>.</summary>
internal sealed class ApiKeyResolver : IKeyIdResolver
{
    private readonly ConcurrentDictionary<string, CallerIdentity> _keys = new(StringComparer.Ordinal);

    /// <summary>Trusts <paramref name="publicKey"/> for the keyId made of the other three values.</summary>
    public void Trust(string tenancyId, string userId, string fingerprint, RSA publicKey) =>
        _keys[$"{tenancyId}/{userId}/{fingerprint}"] = new CallerIdentity(tenancyId, userId, publicKey);

    public bool TryResolve(string keyId, out CallerIdentity? caller)
    {
        if (keyId.StartsWith("ST$", StringComparison.Ordinal))
        {
            caller = null;
            return false;
        }
        return _keys.TryGetValue(keyId, out caller);
    }

    /// <summary>OCI's key fingerprint: MD5 of the DER SubjectPublicKeyInfo, as colon-separated lowercase hex.</summary>
    public static string Fingerprint(RSA key)
    {
#pragma warning disable CA5351 // MD5 is what OCI uses for key fingerprints; it is an identifier, not a security check.
        var hash = MD5.HashData(key.ExportSubjectPublicKeyInfo());
#pragma warning restore CA5351
        return BitConverter.ToString(hash).Replace('-', ':').ToLowerInvariant();
    }
}
