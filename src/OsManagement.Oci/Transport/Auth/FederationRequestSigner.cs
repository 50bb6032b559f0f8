using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Auth;

/// <summary>Signs the federation request with the leaf certificate's key: keyId <c>tenancy/fed-x509-sha256/fingerprint</c>.</summary>
internal sealed class FederationRequestSigner : RequestSigner
{
    private readonly InstanceIdentity _identity;

    public FederationRequestSigner(InstanceIdentity identity) => _identity = identity;

    public override string TenancyId => _identity.TenancyId;

    protected override Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(($"{_identity.TenancyId}/fed-x509-sha256/{_identity.LeafSha256Fingerprint}", _identity.LeafKey));
}
