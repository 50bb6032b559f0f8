using System.Security.Cryptography;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>Who signed a request: the tenancy and principal a keyId stands for, and the key to verify with.</summary>
/// <param name="TenancyId">The caller's tenancy OCID.</param>
/// <param name="PrincipalId">The user (or, later, instance / session) OCID.</param>
/// <param name="PublicKey">Verifies the signature.</param>
internal sealed record CallerIdentity(string TenancyId, string PrincipalId, RSA PublicKey);

/// <summary>
/// Turns a signature's keyId into a caller. API keys use <c>tenancy/user/fingerprint</c>; session tokens and
/// instance principals (keyId <c>ST$&lt;jwt&gt;</c>) can be added as further resolvers.
/// </summary>
internal interface IKeyIdResolver
{
    /// <summary>False when this resolver does not know the keyId.</summary>
    bool TryResolve(string keyId, out CallerIdentity? caller);
}
