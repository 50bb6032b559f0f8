using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace OsManagement.Oci.Http;

/// <summary>Turns what a proxy did to a request into an <see cref="OciProxyException"/> that names the proxy.</summary>
public static class OciProxyFailure
{
    /// <summary>
    /// <paramref name="error"/>, a request to <paramref name="destination"/> that got no response, as a failure of its
    /// proxy; null when the request went direct.
    /// </summary>
    public static OciProxyException? Explain(OciProxy proxy, Uri destination, string request, Exception error)
    {
        if (proxy.AddressFor(destination) is not { } address)
        {
            return null;
        }
        var status = StatusOf(error);
        if (status == 407)
        {
            return AuthenticationRequired(proxy, destination, request, error);
        }
        var where = $"the proxy {address} (set by {proxy.OriginFor(destination)})";
        if (Find<AuthenticationException>(error) is { } tls)
        {
            return new OciProxyException(
                $"{request} went through {where}, but no TLS connection to {destination.Authority} could be made through it: {tls.Message.TrimEnd('.')}. " +
                $"A proxy that inspects TLS needs its root certificate trusted on this machine. {proxy.AdviceFor(destination)}",
                address, authenticationRequired: false, retryable: false, error);
        }
        // Through a proxy every connection is to the proxy, so a connection that cannot be made is the proxy's, and stays so;
        // a tunnel (CONNECT) the proxy refused with a 4xx other than 429 is refused again, as its own 4xx answers are.
        var unreachable = Find<SocketException>(error) is { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NoData };
        var refused = status is >= 400 and < 500 and not 429;
        return new OciProxyException(
            $"{request} could not go through {where}: {Reason(error)}. {proxy.AdviceFor(destination)}",
            address, authenticationRequired: false, retryable: !unreachable && !refused, error);
    }

    /// <summary>
    /// A response without OCI's opc-request-id to a proxied request: the proxy's own answer (an error page), not the
    /// service's. Null when the request went direct.
    /// </summary>
    public static OciProxyException? Answered(OciProxy proxy, Uri destination, string request, HttpStatusCode status, string? reason)
    {
        if (proxy.AddressFor(destination) is not { } address)
        {
            return null;
        }
        // 407 is the standard refusal; some proxies (tinyproxy) answer 401 to a wrong password.
        if (status is HttpStatusCode.ProxyAuthenticationRequired or HttpStatusCode.Unauthorized)
        {
            return AuthenticationRequired(proxy, destination, request, null, (int)status, reason);
        }
        var code = (int)status;
        return new OciProxyException(
            $"The proxy {address} (set by {proxy.OriginFor(destination)}) answered {request} itself, with {code} {reason}, instead of passing it to {destination.Authority} " +
            $"(the answer has no opc-request-id, so it is not OCI's). {proxy.AdviceFor(destination)}",
            address, authenticationRequired: false, retryable: code == 429 || code >= 500);
    }

    /// <summary>The proxy refused a request to <paramref name="destination"/> for want of (right) credentials.</summary>
    public static OciProxyException AuthenticationRequired(OciProxy proxy, Uri destination, string request, Exception? error = null,
        int status = 407, string? reason = "Proxy Authentication Required")
    {
        var address = proxy.AddressFor(destination) ?? destination;
        var origin = proxy.OriginFor(destination);
        var fix = proxy.HasCredentialFor(destination)
            ? "It did not accept the user name and password given: check " + (proxy.Source == OciProxySource.Parameter ? "-ProxyCredential." : $"the user:password@ in {origin}.")
            : "It asks for a user name and password: pass them with Connect-Osm -Proxy <address> -ProxyCredential (Get-Credential)" +
              (proxy.Source == OciProxySource.Environment ? $", or put user:password@ before the host in {origin}." : ".");
        return new OciProxyException($"The proxy {address} (set by {origin}) refused {request}: {status} {reason}. {fix}",
            address, authenticationRequired: true, retryable: false, error);
    }

    /// <summary>What went wrong, from the exception that says it (HttpClient's outer messages often only say "see inner exception").</summary>
    public static string Reason(Exception error)
    {
        while (error.InnerException is not null && error.Message.IndexOf("inner exception", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            error = error.InnerException;
        }
        return error.Message.TrimEnd('.');
    }

    // HttpRequestException.StatusCode (.NET 5 and later: a CONNECT the proxy refused) is not in netstandard2.0.
    private static int? StatusOf(Exception error) =>
        error.GetType().GetProperty("StatusCode")?.GetValue(error) is HttpStatusCode status ? (int)status : null;

    private static T? Find<T>(Exception? error) where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found)
            {
                return found;
            }
        }
        return null;
    }
}
