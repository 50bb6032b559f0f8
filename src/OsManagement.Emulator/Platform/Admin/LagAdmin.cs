using OsManagement.Emulator.Apis.Hub;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// <c>/_emulator/lag</c>: a late list, switched on at run time. <c>POST ?jobWorkRequestIds=PT10M</c>: from now on an OS
/// Management Hub job lists a run's work requests in its <c>workRequestIds</c> only that long (virtual time) after they
/// are made, as an eventually consistent read could; the work requests themselves, and
/// <c>listWorkRequests?initiatorId=</c>, have them at once. <c>DELETE</c> lifts it; a reset forgets it.
/// </summary>
internal static class LagAdmin
{
    private const string JobWorkRequestIds = "jobWorkRequestIds";

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/lag", (EmulatorStore store) => AdminEndpoints.Json(store.Execute(_ => Body(store))));
        admin.MapPost("/lag", (HttpContext http, EmulatorStore store) =>
        {
            foreach (var name in http.Request.Query.Keys.Where(k => k != JobWorkRequestIds))
            {
                throw OciException.Invalid($"'{name}' is not a parameter of /_emulator/lag; give {JobWorkRequestIds}=<an ISO 8601 duration such as PT10M>.");
            }
            var text = http.Request.Query[JobWorkRequestIds].ToString();
            if (!IsoDuration.TryParse(text, out var duration) || duration.Years > 0 || duration.Months > 0)
            {
                throw OciException.Invalid(
                    $"{JobWorkRequestIds} must be a positive ISO 8601 duration in weeks, days, hours, minutes or seconds, such as PT10M or P1D.");
            }
            return AdminEndpoints.Json(store.Execute(_ =>
            {
                store.Hub().JobListingLag = duration.Rest;
                return Body(store);
            }));
        });
        admin.MapDelete("/lag", (EmulatorStore store) => AdminEndpoints.Json(store.Execute(_ =>
        {
            store.Hub().JobListingLag = TimeSpan.Zero;
            return Body(store);
        })));
    }

    private static LagBody Body(EmulatorStore store) =>
        new(store.Hub().JobListingLag is { Ticks: > 0 } lag ? System.Xml.XmlConvert.ToString(lag) : null);

    private sealed record LagBody(string? JobWorkRequestIds);
}
