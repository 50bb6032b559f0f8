namespace OsManagement.Oci.Auth;

/// <summary>A signer whose credentials are a security token (keyId <c>ST$&lt;token&gt;</c>) that can be renewed.</summary>
public interface ITokenSigner : IRequestSigner
{
    /// <summary>
    /// The service answered 401 to a request signed with <paramref name="keyIdUsed"/>: forget that token so the next
    /// signature uses a renewed one. True when a retry can succeed (the credentials are, or will be, different).
    /// </summary>
    bool Invalidate(string keyIdUsed);
}
