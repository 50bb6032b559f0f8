using System.Security.Cryptography;

namespace OsManagement.Oci.Auth;

/// <summary>A security token and the session key it was issued for (the key signs requests made with the token).</summary>
public sealed class SessionCredentials
{
    public SessionCredentials(SecurityToken token, RSA key)
    {
        Token = token;
        Key = key;
    }

    public SecurityToken Token { get; }

    public RSA Key { get; }

    /// <summary>The signature keyId: <c>ST$</c> and the token.</summary>
    public string KeyId => "ST$" + Token.Value;
}
