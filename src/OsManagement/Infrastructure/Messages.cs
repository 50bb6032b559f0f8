namespace OsManagement.Infrastructure;

/// <summary>User-facing messages, kept together.</summary>
internal static class Messages
{
    public const string NotConnectedHint = "Run Connect-Osm (or pass -Context) to choose a config file, profile and region.";

    public static string InvalidOcid(string kind, string value) =>
        $"'{value}' is not a valid {kind} OCID. An OCID looks like ocid1.{kind}.oc1..<unique id>; copy it from the console or from Get-Osm* output.";

    public static string TimeInPast(string parameter, System.DateTime value) =>
        $"-{parameter} {value:yyyy-MM-dd HH:mm:ss zzz} is in the past. Give a future time (local time is converted to UTC), or use Invoke-OsmJobNow to run a job now.";
}
