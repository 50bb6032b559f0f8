using System;
using System.Net.Http;

namespace OsManagement.Oci.Http;

/// <summary>A request could not go through its proxy: the message names the proxy, where it was set, and what to check.</summary>
public sealed class OciProxyException : HttpRequestException
{
    public OciProxyException(string message, Uri proxy, bool authenticationRequired, bool retryable, Exception? inner = null) : base(message, inner)
    {
        Proxy = proxy;
        AuthenticationRequired = authenticationRequired;
        Retryable = retryable;
    }

    /// <summary>The proxy's address (no user name or password).</summary>
    public Uri Proxy { get; }

    /// <summary>The proxy asked for a user name and password, or did not accept the ones given.</summary>
    public bool AuthenticationRequired { get; }

    /// <summary>Whether trying again may help (the proxy's upstream failed) or not (it refuses us, or cannot be reached at all).</summary>
    public bool Retryable { get; }
}
