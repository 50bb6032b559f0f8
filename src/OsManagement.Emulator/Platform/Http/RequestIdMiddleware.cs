namespace OsManagement.Emulator.Platform.Http;

/// <summary>Every response carries <c>opc-request-id</c>: the client's when it sent one, else a new one.</summary>
internal static class RequestIdMiddleware
{
    public static Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var id = http.Request.Headers["opc-request-id"].ToString();
        if (string.IsNullOrEmpty(id))
        {
            id = Guid.NewGuid().ToString("N").ToUpperInvariant();
        }
        http.Response.Headers["opc-request-id"] = id;
        return next();
    }
}
