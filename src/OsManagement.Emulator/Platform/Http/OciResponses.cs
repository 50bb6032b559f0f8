using System.Security.Cryptography;
using System.Text.Json;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>Writes bodies and the headers OCI sends with them.</summary>
internal static class OciResponses
{
    /// <summary>A JSON body serialized with OCI's wire settings.</summary>
    public static IResult Json<T>(T value, int status = 200) => Results.Json(value, WireJson.Options, statusCode: status);

    /// <summary>A page of a list: a bare array, with <c>opc-next-page</c> when more follow.</summary>
    public static IResult Page<T>(HttpContext http, Page<T> page) => Json(NextPage(http, page).Items);

    /// <summary>Says where the next page starts (<c>opc-next-page</c>) when more follow.</summary>
    public static Page<T> NextPage<T>(HttpContext http, Page<T> page)
    {
        if (page.NextToken is not null)
        {
            http.Response.Headers["opc-next-page"] = page.NextToken;
        }
        return page;
    }

    /// <summary>An action's answer: 202 with the new work request's id in <c>opc-work-request-id</c> and no body.</summary>
    public static IResult Accepted(HttpContext http, string workRequestId)
    {
        http.Response.Headers["opc-work-request-id"] = workRequestId;
        return Results.StatusCode(202);
    }

    /// <summary>A resource with its etag.</summary>
    public static IResult WithETag<T>(HttpContext http, T value, string etag, int status = 200)
    {
        http.Response.Headers.ETag = etag;
        return Json(value, status);
    }

    /// <summary>
    /// A resource that is read but never updated with <c>if-match</c> (instances, groups, work requests, compartments):
    /// its etag is a hash of its representation, so it changes exactly when the resource does, as OCI's does.
    /// </summary>
    public static IResult WithContentETag<T>(HttpContext http, T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, WireJson.Options);
        http.Response.Headers.ETag = ContentETag(body);
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>The etag <see cref="WithContentETag"/> gives a resource now, for a change that takes <c>if-match</c>.</summary>
    public static string ContentETag<T>(T value) => ContentETag(JsonSerializer.SerializeToUtf8Bytes(value, WireJson.Options));

    private static string ContentETag(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));

    /// <summary>Writes an error body directly (used by middleware, outside endpoint results).</summary>
    public static Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new ErrorBody(code, message)));
    }
}

