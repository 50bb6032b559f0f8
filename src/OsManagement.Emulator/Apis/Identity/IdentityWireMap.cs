using OsManagement.Emulator.Apis.Identity.Wire;

namespace OsManagement.Emulator.Apis.Identity;

/// <summary>Turns the fleet's tenancy and compartments into Identity's wire shapes. Callers hold the store's lock.</summary>
internal static class IdentityWireMap
{
    /// <summary>A compartment's lifecycleState (Identity also says CREATING and DELETING, which the fleet never is).</summary>
    public static readonly WordMap<CompartmentState> States = new(
        (CompartmentState.Active, "ACTIVE"), (CompartmentState.Inactive, "INACTIVE"), (CompartmentState.Deleted, "DELETED"));

    public static Compartment Compartment(CompartmentRecord c) =>
        new(c.Id, c.ParentId, c.Name, c.Description, c.TimeCreated, States[c.State], c.State == CompartmentState.Active);

    public static Compartment RootCompartment(FleetModel fleet) =>
        new(fleet.TenancyId, null, fleet.TenancyName, "The root compartment of the tenancy", fleet.TenancyCreated, States[CompartmentState.Active], true);

    public static Tenancy Tenancy(FleetModel fleet) => new(fleet.TenancyId, fleet.TenancyName, "Tenancy served by the OsManagement emulator",
        Platform.Regions.EmulatorRegions.KeyOf(fleet.Regions.FirstOrDefault() ?? Platform.Regions.EmulatorRegions.DefaultHome));

    /// <summary>Every region the fleet is served in, READY, the home region first.</summary>
    public static List<RegionSubscription> RegionSubscriptions(FleetModel fleet) => fleet.Regions
        .Select((name, i) => new RegionSubscription(Platform.Regions.EmulatorRegions.KeyOf(name), name, "READY", i == 0)).ToList();
}
