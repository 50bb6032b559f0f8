using OsManagement.Emulator.Fleet.Files;

namespace OsManagement.Emulator.Platform.Admin;

/// <summary>
/// <c>/_emulator/fleet</c>: <c>GET</c> the ground truth; <c>POST</c> a fleet file's JSON as the body (<c>?source=NAME</c>
/// names it in messages) to load it as a reset does: no jobs or work requests, real time, and from then on what a reset
/// returns to. The tenancy stays the running one, as the config file the emulator wrote signs for it.
/// </summary>
internal static class FleetAdmin
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/fleet", (EmulatorStore store) => AdminEndpoints.Json(store.Execute(now => FleetTruth.From(store, now))));
        admin.MapPost("/fleet", async (HttpContext http, EmulatorStore store, EmulatorReset reset) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var json = await reader.ReadToEndAsync(http.RequestAborted);
            var origin = http.Request.Query["source"].ToString() is { Length: > 0 } source ? source : "the posted fleet";
            FleetDocument document;
            try
            {
                document = FleetFileReader.Parse(json, origin);
            }
            catch (FleetFileException error)
            {
                throw OciException.Invalid(error.Message);
            }
            if (document.TenancyId is { } tenancy && tenancy != store.TenancyId)
            {
                throw OciException.Invalid($"{origin}: $.tenancyId: the running emulator's config file signs for tenancy {store.TenancyId}, not {tenancy}. " +
                    "Leave tenancyId out (the fleet then joins the running tenancy), or start an emulator with --fleet-file for another tenancy.");
            }
            // The regions stay the running ones (each has its endpoint); an instance may name any of them.
            var regions = store.Execute(_ => store.Fleet.Regions.ToList());
            var unserved = document.Instances.Where(i => i.Region is not null && !regions.Contains(i.Region)).ToList();
            if (unserved.Count > 0)
            {
                throw OciException.Invalid(string.Join(" ", unserved.Select(i =>
                    $"{origin}: instance '{i.Name}': region '{i.Region}' is not one the emulator serves ({string.Join(", ", regions)}).")));
            }
            reset.Run(FleetSource.FromFile(document, reset.Seed, store.TenancyId, regions));
            return AdminEndpoints.Json(store.Execute(now => FleetTruth.From(store, now)));
        });
    }
}
