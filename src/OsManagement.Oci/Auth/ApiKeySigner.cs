using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Config;

namespace OsManagement.Oci.Auth;

/// <summary>Signs with an API signing key: keyId is tenancy/user/fingerprint.</summary>
public sealed class ApiKeySigner : RequestSigner
{
    private readonly string _keyId;
    private readonly RSA _key;

    public ApiKeySigner(string tenancyId, string userId, string fingerprint, RSA key)
    {
        TenancyId = tenancyId;
        _keyId = $"{tenancyId}/{userId}/{fingerprint}";
        _key = key;
    }

    /// <inheritdoc />
    public override string TenancyId { get; }

    /// <summary>The signer of a profile: checks its keys and loads its private key (decrypted with pass_phrase).</summary>
    public static ApiKeySigner FromProfile(OciConfigProfile profile)
    {
        profile.RequireApiKeyFields();
        var key = PrivateKeyLoader.LoadFile(profile.KeyFile!, profile.PassPhrase);
        return new ApiKeySigner(profile.Tenancy!, profile.User!, profile.Fingerprint!, key);
    }

    /// <inheritdoc />
    protected override Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Task.FromResult((_keyId, _key));
}
