using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Platform.Http;

/// <summary>Reads query parameters and JSON bodies the way the service validates them.</summary>
internal static class RequestReader
{
    /// <summary>The request's paging and sorting (<c>limit</c> capped at <c>--page-size</c>).</summary>
    public static ListQuery Paging(this HttpContext http, ListSorts sorts) =>
        ListQuery.Parse(http.Request.Query, http.RequestServices.GetRequiredService<EmulatorOptions>().PageSize, sorts);

    public static string? Query(this HttpContext http, string name)
    {
        var value = http.Request.Query[name].ToString();
        return value.Length == 0 ? null : value;
    }

    public static string RequiredQuery(this HttpContext http, string name) =>
        http.Query(name) ?? throw OciException.Missing(name);

    /// <summary>A body field that must be given: 400 MissingParameter when it is absent or blank.</summary>
    public static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw OciException.Missing(name) : value;

    public static bool? BoolQuery(this HttpContext http, string name) => http.Query(name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => throw OciException.Invalid($"{name} must be true or false."),
    };

    public static DateTimeOffset TimeQuery(this HttpContext http, string name) =>
        ParseTime(http.RequiredQuery(name)) ?? throw OciException.Invalid($"{name} must be an RFC 3339 time.");

    // Oracle's TypeScript SDK (oci-common's formatDateToRFC3339) writes query times without padding the hour
    // ('2026-12-01T5:59:00Z'), and the service takes them; so an hour of one digit is accepted, as it is there.
    private static readonly Regex SdkTime = new(
        @"^(?<date>\d{4}-\d{2}-\d{2})[Tt ](?<hour>\d{1,2})(?<rest>:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)$",
        RegexOptions.CultureInvariant);

    /// <summary>An RFC 3339 time as the service accepts it (UTC when no offset is given), or null.</summary>
    internal static DateTimeOffset? ParseTime(string text)
    {
        var match = SdkTime.Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var normalized = $"{match.Groups["date"].Value}T{match.Groups["hour"].Value.PadLeft(2, '0')}{match.Groups["rest"].Value}";
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }

    /// <summary>One of the allowed values, or null when absent; anything else is a 400.</summary>
    public static string? EnumQuery(this HttpContext http, string name, params string[] allowed)
    {
        var value = http.Query(name);
        if (value is not null && Array.IndexOf(allowed, value) < 0)
        {
            throw OciException.Invalid($"{name} must be one of {string.Join(", ", allowed)}.");
        }
        return value;
    }

    /// <summary>The JSON body (already read and verified by the gate) as <typeparamref name="T"/>.</summary>
    public static T Body<T>(this HttpContext http) where T : class
    {
        var bytes = http.Items[ApiGate.BodyItem] as byte[] ?? Array.Empty<byte>();
        if (bytes.Length == 0)
        {
            throw OciException.Missing("body");
        }
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(bytes, WireJson.Options)
                ?? throw OciException.Missing("body");
        }
        catch (System.Text.Json.JsonException)
        {
            throw OciException.Invalid("The request body is not valid JSON for this operation.");
        }
    }

    public static string? IfMatch(this HttpContext http)
    {
        var value = http.Request.Headers.IfMatch.ToString();
        return value.Length == 0 ? null : value;
    }
}
