using OsManagement.Emulator.Fleet.Files;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// <c>/_emulator/faults</c>: faults switched on per operation at run time.
/// <c>POST ?operation=NAME[&amp;operation=NAME2]&amp;status=503|429|500|reset|4xx[&amp;code=C][&amp;message=M][&amp;rate=F|&amp;count=N]</c>
/// adds a rule, <c>GET</c> lists the rules, <c>DELETE</c> clears them. Operation names are those of <c>/_emulator/stats</c>.
/// </summary>
internal static class FaultAdmin
{
    private static readonly string[] Parameters = { "operation", "status", "code", "message", "rate", "count" };

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/faults", (OperationFaults faults) => AdminEndpoints.Json(new FaultsBody(faults.Snapshot())));
        admin.MapPost("/faults", (HttpContext http, OperationFaults faults, EndpointDataSource endpoints) =>
        {
            var (operations, fault, rate, count) = Read(http.Request.Query, OperationNames(endpoints));
            faults.Add(operations, fault, rate, count);
            return AdminEndpoints.Json(new FaultsBody(faults.Snapshot()));
        });
        admin.MapDelete("/faults", (OperationFaults faults) =>
        {
            faults.Clear();
            return AdminEndpoints.Json(new FaultsBody(faults.Snapshot()));
        });
    }

    /// <summary>Every API operation's name, as the stats count it (listManagedInstances, hub.listManagedInstances, ...).</summary>
    public static IReadOnlyList<string> OperationNames(EndpointDataSource endpoints) => endpoints.Endpoints
        .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
        .OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Reads and checks a rule from the query string; every mistake is a 400 that says how to write it.</summary>
    public static (IReadOnlyList<string> Operations, InjectedFault Fault, double? Rate, int? Count) Read(IQueryCollection query, IReadOnlyList<string> known)
    {
        foreach (var name in query.Keys.Where(k => !Parameters.Contains(k, StringComparer.Ordinal)))
        {
            throw OciException.Invalid($"'{name}' is not a parameter of /_emulator/faults. The parameters are {string.Join(", ", Parameters)}.");
        }
        var operations = new List<string>();
        foreach (var name in query["operation"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var match = known.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var near = NearestNames.To(name, known);
                throw OciException.Invalid($"'{name}' is not an operation the emulator serves. " +
                    (near.Count > 0 ? $"Did you mean {JsonFields.OneOf(near.Select(n => $"'{n}'").ToList())}? " : "") +
                    "Operation names are those /_emulator/stats counts: Oracle's SDK names, with 'hub.' before OS Management Hub's (hub.listManagedInstances).");
            }
            operations.Add(match);
        }
        if (operations.Count == 0)
        {
            throw OciException.Invalid("operation is required: the operation to fail, as /_emulator/stats names it (e.g. hub.listManagedInstances); repeat it for several.");
        }
        var fault = Fault(query["status"].ToString(), Text(query, "code"), Text(query, "message"));
        var rate = Text(query, "rate") is { } rateText
            ? double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0 && r <= 1
                ? r
                : throw OciException.Invalid($"rate '{rateText}' must be a fraction of the calls, above 0 and at most 1 (0.5 fails half of them).")
            : (double?)null;
        var count = Text(query, "count") is { } countText
            ? int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c >= 1
                ? c
                : throw OciException.Invalid($"count '{countText}' must be a whole number of calls, 1 or more (count=2 fails the next two calls).")
            : (int?)null;
        if (rate is not null && count is not null)
        {
            throw OciException.Invalid("Give rate (a fraction of the calls, until cleared) or count (the next N calls), not both.");
        }
        return (operations, fault, rate, count);
    }

    private static InjectedFault Fault(string status, string? code, string? message)
    {
        if (status.Equals("reset", StringComparison.OrdinalIgnoreCase))
        {
            return code is null && message is null
                ? InjectedFault.Reset
                : throw OciException.Invalid("A reset drops the connection after the work is done: it sends no answer, so it takes no code or message.");
        }
        if (status.Length == 0)
        {
            throw OciException.Invalid("status is required: 429, 500, 503 or reset, or another status from 400 to 599 with code=<the error code>.");
        }
        if (!int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 400 || number > 599)
        {
            throw OciException.Invalid($"status '{status}' is not one the emulator injects: give 429, 500, 503 or reset, or another status from 400 to 599 with code=<the error code>.");
        }
        code ??= InjectedFault.Codes.TryGetValue(number, out var known)
            ? known
            : throw OciException.Invalid($"Status {number} needs code=<the error code> OCI would send with it (e.g. code=Conflict), as the emulator knows no default for it.");
        return new InjectedFault(number, code, message ?? $"{code} (injected by /_emulator/faults).");
    }

    private static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    private sealed record FaultsBody(IReadOnlyList<FaultRuleView> Faults);
}
