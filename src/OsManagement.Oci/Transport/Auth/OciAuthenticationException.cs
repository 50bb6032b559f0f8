using System;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Credentials cannot be obtained or used: an expired session token, an unreachable instance metadata service, a
/// federation call that failed. The message says what to do; it never carries a token, key or Authorization header.
/// </summary>
public sealed class OciAuthenticationException : Exception
{
    public OciAuthenticationException(string message) : base(message) { }

    public OciAuthenticationException(string message, Exception inner) : base(message, inner) { }
}
