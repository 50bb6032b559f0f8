// The baseline the benchmark compares the report with: the original compliance_report.py's algorithm, kept as it
// was (one request at a time): list the compartments, then for each compartment list its instances, get each instance,
// and for each one with updates list them in pages of 10 (the script's request_options). It prints one JSON line.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Engine;
using OsManagement.Oci.Identity;
using OsManagement.Oci.OsManagement;
using OsManagement.Oci.OsManagement.Models;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: OsManagement.Bench <config file> <endpoint>");
    return 2;
}
using var connection = OsmConnection.Open(new OsmConnectionSettings { ConfigFile = args[0], Endpoint = new Uri(args[1]) });
var client = connection.OsManagement;
var token = CancellationToken.None;
var watch = Stopwatch.StartNew();
double? firstRecord = null;
var vulnerable = 0;
var total = 0;

// find_all_compartments: the tenancy, then its subtree in one listing (ACTIVE, not ManagedCompartmentForPaaS).
var compartments = new List<string> { connection.TenancyId };
await foreach (var c in connection.Identity.ListCompartmentsAsync(new ListCompartmentsRequest { CompartmentId = connection.TenancyId, CompartmentIdInSubtree = true }, token))
{
    if (c.LifecycleState == "ACTIVE" && c.Name != "ManagedCompartmentForPaaS")
    {
        compartments.Add(c.Id!);
    }
}

foreach (var compartment in compartments)
{
    var instances = new List<ManagedInstanceSummary>();
    await foreach (var s in client.ListManagedInstancesAsync(new ListManagedInstancesRequest { CompartmentId = compartment }, token))
    {
        instances.Add(s);
    }
    total += instances.Count;
    foreach (var summary in instances)
    {
        var instance = (await client.GetManagedInstanceAsync(summary.Id!, token)).Value;
        var security = 0;
        if ((instance.UpdatesAvailable ?? 0) > 0)
        {
            if (instance.OsFamily == "LINUX")
            {
                await foreach (var u in client.ListAvailableUpdatesForManagedInstanceAsync(new ListAvailableUpdatesForManagedInstanceRequest
                { ManagedInstanceId = summary.Id!, Limit = 10, SortBy = "TIMECREATED", SortOrder = "ASC" }, token))
                {
                    security += u.UpdateType == "SECURITY" ? 1 : 0;
                }
            }
            else
            {
                await foreach (var u in client.ListAvailableWindowsUpdatesForManagedInstanceAsync(new ListAvailableWindowsUpdatesForManagedInstanceRequest
                { ManagedInstanceId = summary.Id!, Limit = 10, SortBy = "TIMECREATED", SortOrder = "ASC" }, token))
                {
                    security += u.UpdateType == "SECURITY" ? 1 : 0;
                }
            }
        }
        if (security > 0)
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
