using System;

namespace OsManagement.Oci.Auth;

/// <summary>A private key cannot be used: missing or unreadable file, wrong passphrase, not an RSA key. Never carries key material.</summary>
public sealed class OciKeyException : Exception
{
    public OciKeyException(string message) : base(message) { }

    public OciKeyException(string message, Exception inner) : base(message, inner) { }
}
