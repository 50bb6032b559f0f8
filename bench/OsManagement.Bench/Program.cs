// The baseline the benchmark compares the report with: the original compliance_report.py's algorithm, kept as it
// was (one request at a time): list the compartments, then for each compartment list its instances, get each instance,
// and for each one with updates list them in pages of 10 (the script's request_options), counting the security ones.
// `hub` runs it on OS Management Hub's API (20220901), `classic` on the retired service's (20190801), with the
// requests each API has for those steps. It prints one JSON line.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using Classic = OsManagement.Oci.Services.Classic;
using Hub = OsManagement.Oci.Services.Hub;

if (args.Length != 3 || args[2] is not ("hub" or "classic"))
{
    Console.Error.WriteLine("usage: OsManagement.Bench <config file> <endpoint> hub|classic");
    return 2;
}
var onHub = args[2] == "hub";
using var connection = OsmConnection.Open(new OsmConnectionSettings
{
    ConfigFile = args[0],
    Endpoint = new Uri(args[1]),
    Service = onHub ? ServiceRegistry.Hub : ServiceRegistry.Classic,
});
var token = CancellationToken.None;
// The clients are the engine's own (internal; the bench sees them as the tests do), on the connection's pipeline.
var identity = new IdentityClient(connection.Pipeline, connection.IdentityEndpoint);
var hub = new Hub.HubClient(connection.Pipeline, connection.ServiceEndpoint);
var classic = new Classic.ClassicClient(connection.Pipeline, connection.ServiceEndpoint);
var watch = Stopwatch.StartNew();
double? firstRecord = null;
var vulnerable = 0;
var total = 0;

// find_all_compartments: the tenancy, then its subtree in one listing (ACTIVE, not ManagedCompartmentForPaaS).
var compartments = new List<string> { connection.TenancyId };
await foreach (var c in identity.ListCompartmentsAsync(new ListCompartmentsRequest { CompartmentId = connection.TenancyId,
    CompartmentIdInSubtree = true }, token))
{
    if (c.LifecycleState == "ACTIVE" && c.Name != "ManagedCompartmentForPaaS")
    {
        compartments.Add(c.Id!);
    }
}

foreach (var compartment in compartments)
{
    var instances = onHub ? await HubInstances(compartment) : await ClassicInstances(compartment);
    total += instances.Count;
    foreach (var id in instances)
    {
        if (await (onHub ? HubSecurityUpdates(id) : ClassicSecurityUpdates(id)) > 0)
        {
            vulnerable++;
            firstRecord ??= watch.Elapsed.TotalMilliseconds;
        }
    }
}
watch.Stop();
Console.WriteLine(JsonSerializer.Serialize(new
{
    wallMs = Math.Round(watch.Elapsed.TotalMilliseconds),
    firstRecordMs = Math.Round(firstRecord ?? 0),
    records = vulnerable,
    totalInstances = total,
    peakWorkingSetMb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0),
}));
return 0;

async Task<List<string>> HubInstances(string compartment)
{
    var ids = new List<string>();
    await foreach (var s in hub.ListManagedInstancesAsync(new Hub.ListManagedInstancesRequest { CompartmentId = compartment }, token))
    {
        ids.Add(s.Id!);
    }
    return ids;
}

// Get the instance; with updates, list them 10 a page and count the security ones.
async Task<int> HubSecurityUpdates(string id)
{
    var instance = (await hub.GetManagedInstanceAsync(id, token)).Value;
    var security = 0;
    if ((instance.UpdatesAvailable ?? 0) == 0)
    {
        return 0;
    }
    if (instance.OsFamily?.StartsWith("WINDOWS", StringComparison.Ordinal) == true)
    {
        await foreach (var u in hub.ListManagedInstanceAvailableWindowsUpdatesAsync(
            new Hub.ListManagedInstanceAvailableWindowsUpdatesRequest { ManagedInstanceId = id, Limit = 10 }, token))
        {
            security += u.UpdateType == "SECURITY" ? 1 : 0;
        }
    }
    else
    {
        await foreach (var u in hub.ListManagedInstanceUpdatablePackagesAsync(
            new Hub.ListManagedInstanceUpdatablePackagesRequest { ManagedInstanceId = id, Limit = 10 }, token))
        {
            security += u.UpdateType == "SECURITY" ? 1 : 0;
        }
    }
    return security;
}

async Task<List<string>> ClassicInstances(string compartment)
{
    var ids = new List<string>();
    await foreach (var s in classic.ListManagedInstancesAsync(new Classic.ListManagedInstancesRequest { CompartmentId = compartment }, token))
    {
        ids.Add(s.Id!);
    }
    return ids;
}

async Task<int> ClassicSecurityUpdates(string id)
{
    var instance = (await classic.GetManagedInstanceAsync(id, token)).Value;
    var security = 0;
    if ((instance.UpdatesAvailable ?? 0) == 0)
    {
        return 0;
    }
    if (instance.OsFamily == "LINUX")
    {
        await foreach (var u in classic.ListAvailableUpdatesForManagedInstanceAsync(new Classic.ListAvailableUpdatesForManagedInstanceRequest
        { ManagedInstanceId = id, Limit = 10, SortBy = "TIMECREATED", SortOrder = "ASC" }, token))
        {
            security += u.UpdateType == "SECURITY" ? 1 : 0;
        }
    }
    else
    {
        await foreach (var u in classic.ListAvailableWindowsUpdatesForManagedInstanceAsync(new Classic.ListAvailableWindowsUpdatesForManagedInstanceRequest
        { ManagedInstanceId = id, Limit = 10, SortBy = "TIMECREATED", SortOrder = "ASC" }, token))
        {
            security += u.UpdateType == "SECURITY" ? 1 : 0;
        }
    }
    return security;
}
