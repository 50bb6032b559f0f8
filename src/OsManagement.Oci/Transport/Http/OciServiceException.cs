using System;

namespace OsManagement.Oci.Http;

/// <summary>An error the service answered with: HTTP status, service code and message, and the request id to quote to Oracle.</summary>
public sealed class OciServiceException : Exception
{
    public OciServiceException(int statusCode, string serviceCode, string serviceMessage, string? opcRequestId, string method, string path,
        string? advice = null)
        : base($"{serviceCode} ({statusCode}): {serviceMessage} [{method} {path}, opc-request-id: {opcRequestId ?? "none"}]" +
            (advice is null ? "" : " " + advice))
    {
        Advice = advice;
        StatusCode = statusCode;
        ServiceCode = serviceCode;
        ServiceMessage = serviceMessage;
        OpcRequestId = opcRequestId;
        Method = method;
        Path = path;
    }

    public int StatusCode { get; }
    public string ServiceCode { get; }
    public string ServiceMessage { get; }
    public string? OpcRequestId { get; }
    public string Method { get; }
    public string Path { get; }

    /// <summary>What the user can do about it, when the client knows more than the service said (a refused key or token).</summary>
    public string? Advice { get; }
}
