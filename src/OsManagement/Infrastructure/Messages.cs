namespace OsManagement.Infrastructure;

/// <summary>User-facing messages, kept together.</summary>
internal static class Messages
{
    public const string NotConnectedHint = "Run Connect-Osm (or pass -Context) to choose a config file, profile and region.";

    public static string InvalidOcid(string name, string kind, string value) =>
        $"'{value}' is not a valid {name} OCID. {Capitalized(name)} OCIDs look like {OcidExample(kind)}; copy one from the console or from Get-Osm* output.";

    public static string WrongKindOcid(string name, string kind, string value, string givenName, string givenParameter) =>
        $"'{value}' is a {givenName} OCID, not a {name} OCID ({OcidExample(kind)}). A {givenName} OCID goes to {givenParameter}.";

    // Compartments and tenancies are realm-wide (no region part); the resources OS Management manages are regional.
    private static string OcidExample(string kind) =>
        kind is "compartment" or "tenancy" ? $"ocid1.{kind}.oc1..<unique id>" : $"ocid1.{kind}.oc1.<region>.<unique id>";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string TimeInPast(string parameter, System.DateTime value) =>
        $"-{parameter} {value:yyyy-MM-dd HH:mm:ss zzz} is in the past. Give a future time (local time is converted to UTC), or use Invoke-OsmJobNow to run a job now.";

    public static string InvalidFaultKind(string kind, string[] kinds) =>
        $"-Fault has '{kind}', which the emulator cannot inject. Use the kinds {string.Join(", ", kinds)}, e.g. -Fault @{{ 429 = 0.1; reset = 0.01 }}.";

    public static string InvalidFaultRate(string kind, object? rate) =>
        $"-Fault {kind} = '{rate}' is not a fraction of requests. Give a number from 0 to 1, e.g. {kind} = 0.05 for one request in twenty.";

    public static string FleetFileRejected(string emulatorOutput) =>
        $"The emulator did not start: the fleet file has mistakes. Correct them and start it again.{System.Environment.NewLine}{emulatorOutput}";

    public static string FleetFileNotAFile(string path, string provider, int matches) => matches > 1
        ? $"-FleetFile '{path}' matches {matches} files. Give the path of one fleet file (wildcards are expanded)."
        : $"-FleetFile '{path}' is not a file on the file system ({provider}). Give the path of a JSON fleet file, e.g. -FleetFile ./fleet.json.";
}
