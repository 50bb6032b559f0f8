using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>Turns exceptions into OCI error bodies: <see cref="OciException"/> as given, anything else a 500.</summary>
internal sealed class ErrorMiddleware
{
    private readonly ILogger _log;

    public ErrorMiddleware(ILogger<ErrorMiddleware> log) => _log = log;

    public async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (OciException error) when (!http.Response.HasStarted)
        {
            await OciResponses.WriteErrorAsync(http, error.Status, error.Code, error.Message);
        }
        catch (BadHttpRequestException error) when (!http.Response.HasStarted)
        {
            await OciResponses.WriteErrorAsync(http, 400, "InvalidParameter", error.Message);
        }
        catch (JsonException) when (!http.Response.HasStarted)
        {
            await OciResponses.WriteErrorAsync(http, 400, "InvalidParameter", "The request body is not valid JSON for this operation.");
        }
        catch (Exception error) when (!http.Response.HasStarted && error is not OperationCanceledException)
        {
            _log.LogError(error, "Unhandled error in {Path}", http.Request.Path.Value);
            await OciResponses.WriteErrorAsync(http, 500, "InternalServerError", "An internal error occurred.");
        }
    }
}
