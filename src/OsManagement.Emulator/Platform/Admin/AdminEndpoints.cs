using System.Text.Json;
using OsManagement.Emulator.Platform.Strictness;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// Unsigned, loopback-only controls under <c>/_emulator/</c>: stats, the virtual clock, denials, reset, the
/// fleet (<see cref="FleetAdmin"/>), faults per operation (<see cref="FaultAdmin"/>) and a late job list (<see cref="LagAdmin"/>).
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_emulator");
        admin.MapGet("/stats", (ApiStats stats) => Json(stats.Snapshot()));
        admin.MapPost("/stats/reset", (ApiStats stats) =>
        {
            stats.Reset();
            return Json(stats.Snapshot());
        });
        admin.MapGet("/refusals", (Refusals refusals) => Json(refusals.Snapshot()));
        admin.MapDelete("/refusals", (Refusals refusals) =>
        {
            refusals.Clear();
            return Json(refusals.Snapshot());
        });
        admin.MapGet("/rate-limit", (TenancyRateLimit limit) => Json(new RateLimitBody(limit.PerSecond)));
        admin.MapPost("/rate-limit", (HttpContext http, TenancyRateLimit limit) =>
        {
            var text = http.Request.Query["perSecond"].ToString();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var perSecond) || !(perSecond > 0) || perSecond > 1_000_000)
            {
                throw OciException.Invalid("perSecond must be a number of requests a second above 0, such as 20 or 0.5.");
            }
            limit.Set(perSecond);
            return Json(new RateLimitBody(limit.PerSecond));
        });
        admin.MapDelete("/rate-limit", (TenancyRateLimit limit) =>
        {
            limit.Set(null);
            return Json(new RateLimitBody(limit.PerSecond));
        });
        admin.MapGet("/clock", (EmulatorStore store) => Json(new ClockBody(WireJson.FormatTime(store.Clock.Now), store.Clock.Speed)));
        admin.MapPost("/clock/advance", (HttpContext http, EmulatorStore store) =>
        {
            var by = http.Request.Query["by"].ToString();
            if (!IsoDuration.TryParse(by, out var duration))
            {
                throw OciException.Invalid("by must be a positive ISO 8601 duration such as PT1H, P1D, P2W or P1M.");
            }
            var now = store.Advance(duration);
            return Json(new ClockBody(WireJson.FormatTime(now), store.Clock.Speed));
        });
        admin.MapPost("/deny", (HttpContext http, AccessDenials denials) =>
        {
            var match = http.Request.Query["match"].ToString();
            if (match.Length < 8)
            {
                throw OciException.Invalid("match must be at least 8 characters (an OCID, usually), so it cannot deny everything by accident.");
            }
            denials.Add(match);
            return Json(new DenyBody(denials.Matches));
        });
        admin.MapDelete("/deny", (AccessDenials denials) =>
        {
            denials.Clear();
            return Json(new DenyBody(denials.Matches));
        });
        admin.MapPost("/reset", (EmulatorStore store, EmulatorReset reset) =>
        {
            reset.Run();
            return Json(new ClockBody(WireJson.FormatTime(store.Clock.Now), store.Clock.Speed));
        });
        FleetAdmin.Map(admin);
        FaultAdmin.Map(admin);
        LagAdmin.Map(admin);
    }

    /// <summary>An admin answer: plain camelCase JSON.</summary>
    public static IResult Json<T>(T value) => Results.Json(value, JsonSerializerOptions.Web);

    private sealed record ClockBody(string Now, double Speed);

    private sealed record DenyBody(IReadOnlyList<string> Matches);

    private sealed record RateLimitBody(double? PerSecond);
}
