using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Engine;

/// <summary>
/// Turns the OCI transport's errors into the engine's: every service implementation sends its calls through here, so
/// no caller above the engine sees an HTTP status.
/// </summary>
internal static class ServiceErrors
{
    /// <summary>The engine's exception for a service error (same message; the original is the inner exception).</summary>
    public static OsmServiceException Translate(OciServiceException e) => e.StatusCode switch
    {
        400 => new InvalidInputException(e.ServiceCode, e.ServiceMessage, e.Message, e.OpcRequestId, e.Advice, e),
        404 => new ResourceNotFoundException(e.ServiceCode, e.ServiceMessage, e.Message, e.OpcRequestId, e.Advice, e),
        412 => new ChangedSinceReadException(e.ServiceCode, e.ServiceMessage, e.Message, e.OpcRequestId, e.Advice, e),
        429 => new ThrottledException(e.ServiceCode, e.ServiceMessage, e.Message, e.OpcRequestId, e.Advice, e),
        _ => new OsmServiceException(KindOf(e.StatusCode), e.ServiceCode, e.ServiceMessage, e.Message, e.OpcRequestId, e.Advice, e),
    };

    private static ServiceErrorKind KindOf(int status) => status switch
    {
        401 => ServiceErrorKind.NotAuthenticated,
        403 => ServiceErrorKind.NotAuthorized,
        409 => ServiceErrorKind.Conflict,
        >= 500 => ServiceErrorKind.Unavailable,
        _ => ServiceErrorKind.Other,
    };

    /// <summary>Runs one call, translating its error.</summary>
    public static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (OciServiceException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>Runs one call without a result, translating its error.</summary>
    public static async Task Call(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (OciServiceException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>A stream whose errors are translated (a yield cannot sit inside a try with a catch, so the enumerator is driven by hand).</summary>
    public static async IAsyncEnumerable<T> Stream<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OciServiceException e)
                {
                    throw Translate(e);
                }
                if (!more)
                {
                    yield break;
                }
                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
