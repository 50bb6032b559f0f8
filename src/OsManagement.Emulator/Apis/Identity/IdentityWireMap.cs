using OsManagement.Emulator.Apis.Identity.Wire;

namespace OsManagement.Emulator.Apis.Identity;

/// <summary>Turns the fleet's tenancy and compartments into Identity's wire shapes. Callers hold the store's lock.</summary>
internal static class IdentityWireMap
{
    /// <summary>A compartment's lifecycleState (Identity also says CREATING and DELETING, which the fleet never is).</summary>
    public static readonly WordMap<CompartmentState> States = new(
        (CompartmentState.Active, "ACTIVE"), (CompartmentState.Inactive, "INACTIVE"), (CompartmentState.Deleted, "DELETED"));

    public static Compartment Compartment(CompartmentRecord c) => new()
    {
        Id = c.Id,
        CompartmentId = c.ParentId,
        Name = c.Name,
        Description = c.Description,
        TimeCreated = c.TimeCreated,
        LifecycleState = States[c.State],
        IsAccessible = c.State == CompartmentState.Active,
        FreeformTags = new(),
        DefinedTags = new(),
    };

    public static Compartment RootCompartment(FleetModel fleet) => new()
    {
        Id = fleet.TenancyId,
        Name = fleet.TenancyName,
        Description = "The root compartment of the tenancy",
        TimeCreated = fleet.TenancyCreated,
        LifecycleState = States[CompartmentState.Active],
        IsAccessible = true,
        FreeformTags = new(),
        DefinedTags = new(),
    };

    public static Tenancy Tenancy(FleetModel fleet) => new()
    {
        Id = fleet.TenancyId,
        Name = fleet.TenancyName,
        Description = "Tenancy served by the OsManagement emulator",
        HomeRegionKey = "IAD",
        FreeformTags = new(),
        DefinedTags = new(),
    };
}
