using System;
using System.Management.Automation;
using System.Net.Http;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>Turns what can go wrong into ErrorRecords with a specific id, a real category and a target.</summary>
internal static class ErrorRecords
{
    public static ErrorRecord FromException(Exception exception, object? target)
    {
        return exception switch
        {
            OsmServiceException service => WithAdvice(new ErrorRecord(service, "Oci" + service.ServiceCode, CategoryFor(service.Kind), target), service.Advice),
            OciConfigException config => new ErrorRecord(config, "OsmConfigInvalid", ErrorCategory.InvalidArgument, target),
            OciAuthenticationException auth => new ErrorRecord(auth, "OsmAuthenticationFailed", ErrorCategory.AuthenticationError, target),
            OciKeyException key => new ErrorRecord(key, "OsmKeyInvalid", ErrorCategory.SecurityError, target),
            Oci.Http.OciProxyException { AuthenticationRequired: true } proxy => new ErrorRecord(proxy, "OsmProxyAuthenticationFailed", ErrorCategory.AuthenticationError, target),
            Oci.Http.OciProxyException proxy => new ErrorRecord(proxy, "OsmProxyFailed", ErrorCategory.ConnectionError, target),
            HttpRequestException http => new ErrorRecord(http, "OsmConnectionFailed", ErrorCategory.ConnectionError, target),
            TimeoutException timeout => new ErrorRecord(timeout, "OsmTimeout", ErrorCategory.OperationTimeout, target),
            ArgumentException argument => new ErrorRecord(argument, "OsmInvalidArgument", ErrorCategory.InvalidArgument, target),
            _ => new ErrorRecord(exception, "OsmUnexpectedError", ErrorCategory.NotSpecified, target),
        };
    }

    private static ErrorRecord WithAdvice(ErrorRecord record, string? advice)
    {
        if (advice is not null)
        {
            record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = advice };
        }
        return record;
    }

    public static ErrorRecord InvalidArgument(string errorId, string message, object? target) =>
        new(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorCategory CategoryFor(ServiceErrorKind kind) => kind switch
    {
        ServiceErrorKind.InvalidInput => ErrorCategory.InvalidArgument,
        ServiceErrorKind.NotAuthenticated => ErrorCategory.AuthenticationError,
        ServiceErrorKind.NotAuthorized => ErrorCategory.PermissionDenied,
        ServiceErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        ServiceErrorKind.Conflict or ServiceErrorKind.ChangedSinceRead => ErrorCategory.ResourceBusy,
        ServiceErrorKind.Throttled => ErrorCategory.LimitsExceeded,
        ServiceErrorKind.Unavailable => ErrorCategory.ConnectionError,
        _ => ErrorCategory.NotSpecified,
    };
}
