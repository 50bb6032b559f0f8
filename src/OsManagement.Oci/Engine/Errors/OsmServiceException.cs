using System;

namespace OsManagement.Oci.Engine;

/// <summary>What kind of refusal a service answered with, in the terms a user acts on.</summary>
public enum ServiceErrorKind
{
    /// <summary>The request was invalid (a value the service does not take).</summary>
    InvalidInput,

    /// <summary>The request was not authenticated (a refused key or token, clock skew).</summary>
    NotAuthenticated,

    /// <summary>The caller may not do this.</summary>
    NotAuthorized,

    /// <summary>The resource does not exist, or the caller may not see it (OCI does not say which).</summary>
    NotFound,

    /// <summary>The resource is in a state that does not allow this now.</summary>
    Conflict,

    /// <summary>The resource was changed since it was read (its etag no longer matches).</summary>
    ChangedSinceRead,

    /// <summary>Too many requests, still after the retries.</summary>
    Throttled,

    /// <summary>The service failed or was unavailable, still after the retries.</summary>
    Unavailable,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// A service refused a request. The engine's services throw this (or one of its typed kinds) instead of their
/// transport's errors, so callers act on what happened, never on an HTTP status.
/// </summary>
public class OsmServiceException : Exception
{
    /// <summary>A refusal of <paramref name="kind"/>.</summary>
    public OsmServiceException(ServiceErrorKind kind, string serviceCode, string serviceMessage, string message, string? requestId,
        string? advice, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ServiceCode = serviceCode;
        ServiceMessage = serviceMessage;
        RequestId = requestId;
        Advice = advice;
    }

    /// <summary>What kind of refusal it is.</summary>
    public ServiceErrorKind Kind { get; }

    /// <summary>The service's error code (e.g. NotAuthorizedOrNotFound).</summary>
    public string ServiceCode { get; }

    /// <summary>The service's own message.</summary>
    public string ServiceMessage { get; }

    /// <summary>The request id to quote to Oracle.</summary>
    public string? RequestId { get; }

    /// <summary>What the user can do about it, when the module knows more than the service said.</summary>
    public string? Advice { get; }
}

/// <summary>The resource does not exist, or the caller may not see it.</summary>
public sealed class ResourceNotFoundException : OsmServiceException
{
    /// <inheritdoc cref="OsmServiceException(ServiceErrorKind, string, string, string, string?, string?, Exception?)"/>
    public ResourceNotFoundException(string serviceCode, string serviceMessage, string message, string? requestId, string? advice, Exception? innerException = null)
        : base(ServiceErrorKind.NotFound, serviceCode, serviceMessage, message, requestId, advice, innerException)
    {
    }
}

/// <summary>The resource was changed by someone else since it was read: the change was not applied.</summary>
public sealed class ChangedSinceReadException : OsmServiceException
{
    /// <inheritdoc cref="OsmServiceException(ServiceErrorKind, string, string, string, string?, string?, Exception?)"/>
    public ChangedSinceReadException(string serviceCode, string serviceMessage, string message, string? requestId, string? advice, Exception? innerException = null)
        : base(ServiceErrorKind.ChangedSinceRead, serviceCode, serviceMessage, message, requestId, advice, innerException)
    {
    }
}

/// <summary>The service throttled the requests, still after the retries.</summary>
public sealed class ThrottledException : OsmServiceException
{
    /// <inheritdoc cref="OsmServiceException(ServiceErrorKind, string, string, string, string?, string?, Exception?)"/>
    public ThrottledException(string serviceCode, string serviceMessage, string message, string? requestId, string? advice, Exception? innerException = null)
        : base(ServiceErrorKind.Throttled, serviceCode, serviceMessage, message, requestId, advice, innerException)
    {
    }
}

/// <summary>The service refused a value of the request.</summary>
public sealed class InvalidInputException : OsmServiceException
{
    /// <inheritdoc cref="OsmServiceException(ServiceErrorKind, string, string, string, string?, string?, Exception?)"/>
    public InvalidInputException(string serviceCode, string serviceMessage, string message, string? requestId, string? advice, Exception? innerException = null)
        : base(ServiceErrorKind.InvalidInput, serviceCode, serviceMessage, message, requestId, advice, innerException)
    {
    }
}
