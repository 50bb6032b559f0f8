using OsManagement.Emulator.Platform.Startup;

namespace OsManagement.Emulator.Apis.Identity;

/// <summary>Identity (20160918): the tenancy and its compartments, read from the fleet; it keeps nothing of its own.</summary>
internal static class IdentityApi
{
    public static readonly ServedApi Served = new(null, _ => { }, IdentityEndpoints.Map);
}
