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

    public ApiKeySigner(string tenancyId, string userId, string fingerprint, RSA key, string? rejectionAdvice = null)
    {
        TenancyId = tenancyId;
        _keyId = $"{tenancyId}/{userId}/{fingerprint}";
        _key = key;
        RejectionAdvice = rejectionAdvice;
    }

    /// <inheritdoc />
    public override string TenancyId { get; }

    /// <inheritdoc />
    public override string? RejectionAdvice { get; }

    /// <summary>The signer of a profile: checks its keys and loads its private key (decrypted with pass_phrase).</summary>
    public static ApiKeySigner FromProfile(OciConfigProfile profile)
    {
        profile.RequireApiKeyFields();
        var key = PrivateKeyLoader.LoadFile(profile.KeyFile!, profile.PassPhrase);
        return new ApiKeySigner(profile.Tenancy!, profile.User!, profile.Fingerprint!, key,
            $"The service did not accept the API key of profile [{profile.ProfileName}] in '{profile.FilePath}'. Check that its " +
            "user and tenancy are the right OCIDs, that fingerprint is the fingerprint of a public key uploaded to that user " +
            "(Identity > Users > API Keys), that key_file is the matching private key, and that this computer's clock is right.");
    }

    /// <inheritdoc />
    protected override Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Task.FromResult((_keyId, _key));
}
