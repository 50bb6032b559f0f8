using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Identity;

/// <summary>Identity (20160918): the tenancy and its compartments, read from the fleet; it keeps nothing of its own.</summary>
internal static class IdentityApi
{
    public static readonly ServedApi Served = new(null, _ => { }, app =>
    {
        app.MapGet("/20160918/compartments", IdentityEndpoints.ListCompartments).WithName("listCompartments");
        app.MapGet("/20160918/compartments/{compartmentId}", IdentityEndpoints.GetCompartment).WithName("getCompartment");
        app.MapGet("/20160918/tenancies/{tenancyId}", IdentityEndpoints.GetTenancy).WithName("getTenancy");
        app.MapGet("/20160918/tenancies/{tenancyId}/regionSubscriptions", IdentityEndpoints.ListRegionSubscriptions).WithName("listRegionSubscriptions");
    });
}
