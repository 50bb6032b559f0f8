namespace OsManagement.Infrastructure;

// Messages about regions: several at once, every subscribed one, and where each is reached.
internal static partial class Messages
{
    public const string EmulatorRegionsNamed =
        "Start-OsmEmulator -Region names the regions the emulated tenancy subscribes to ('*' means the ones a tenancy already has): " +
        "give region ids such as us-ashburn-1,eu-frankfurt-1, home first.";

    public static string RegionsNeedOne(string command, string by) =>
        $"{command} {by} reads one resource, and an OCID belongs to one region: give -Region one region (or none, for the context's), " +
        "or list by compartment to read several regions at once.";

    public static string RegionFailed(string region, string reason) =>
        $"Region {region}: {reason.Trim().TrimEnd('.')}. The other regions were read; check that the tenancy subscribes to {region} " +
        "(Get-OsmContext, or -Region * for the subscribed ones) and that it can be reached.";

    public static string SubscriptionsUnread(string reason) =>
        $"-Region * reads every region the tenancy subscribes to, and Identity's list of them could not be read: {reason.Trim().TrimEnd('.')}. " +
        "Name the regions instead (-Region us-ashburn-1, eu-frankfurt-1), or ask for a policy that lets you inspect the tenancy.";

    public static string InRegion(string region, string message) => $"Region {region}: {message}";

    public static string RegionsRead(System.Collections.Generic.IReadOnlyList<string> regions) =>
        $"Reading {regions.Count} region(s): {string.Join(", ", regions)}.";
}
