namespace OsManagement.Emulator.Platform.Auth;

/// <summary>
/// Resolves <c>ST$&lt;token&gt;</c> keyIds (session tokens and instance principals): the token must be one this
/// emulator issued, unexpired and unrevoked; the request must be signed with the session key embedded in it.
/// </summary>
internal sealed class SessionTokenResolver : IKeyIdResolver
{
    private readonly TokenIssuer _issuer;

    public SessionTokenResolver(TokenIssuer issuer) => _issuer = issuer;

    public bool TryResolve(string keyId, out CallerIdentity? caller)
    {
        caller = null;
        if (!keyId.StartsWith("ST$", StringComparison.Ordinal))
        {
            return false;
        }
        var token = _issuer.Validate(keyId[3..], out _);
        if (token is null)
        {
            return false;
        }
        caller = new CallerIdentity(token.TenancyId, token.Subject, token.SessionKey);
        return true;
    }
}
