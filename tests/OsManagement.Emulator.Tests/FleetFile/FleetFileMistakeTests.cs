using System.Linq;
using OsManagement.Emulator.Fleet.Files;

namespace OsManagement.Emulator.Tests.FleetFile;

/// <summary>Each mistake a user can make in a fleet file, and what the emulator says about it: where, and the fix.</summary>
public sealed class FleetFileMistakeTests
{
    [Theory]
    // The JSON itself, and ConvertTo-Json's default depth.
    [InlineData("""{ "instances": [ { "name": "x", } """, "line 1, character", "not valid JSON")]
    [InlineData("""[ { "name": "x" } ]""", "$", "The fleet must be a JSON object")]
    [InlineData("""{ "instances": [ { "name": "x", "updates": "System.Collections.Hashtable" } ] }""", "$.instances[0].updates", "ConvertTo-Json -Depth 10")]
    [InlineData("""{ "instances": [ "@{name=web-01; updates=System.Object[]}" ] }""", "$.instances[0]", "ConvertTo-Json -Depth 10")]
    // Names that are no field, and fields given twice.
    [InlineData("""{ "instance": [] }""", "$.instance", "Did you mean 'instances'?")]
    [InlineData("""{ "instances": [ { "statuz": "NORMAL" } ] }""", "$.instances[0].statuz", "Did you mean 'status'?")]
    [InlineData("""{ "instances": [ { "name": "a", "Name": "b" } ] }""", "$.instances[0].Name", "given twice")]
    // Compartments.
    [InlineData("""{ "compartments": [ { "description": "no name" } ] }""", "$.compartments[0]", "needs a name")]
    [InlineData("""{ "compartments": [ { "name": "a/b" } ] }""", "$.compartments[0].name", "without one")]
    [InlineData("""{ "compartments": [ { "name": "Prod" }, { "name": "prod" } ] }""", "$.compartments[1].name", "need different names")]
    [InlineData("""{ "compartments": [ { "name": "Prod", "lifecycleState": "GONE" } ] }""", "$.compartments[0].lifecycleState", "Use ACTIVE, INACTIVE or DELETED")]
    [InlineData("""{ "compartments": [ { "name": "Prod", "compartments": [ { "name": "web" } ] } ], "instances": [ { "compartment": "web" } ] }""",
        "$.instances[0].compartment", "The file's compartments are Prod or Prod/web")]
    // Ids.
    [InlineData("""{ "instances": [ { "id": "i-123" } ] }""", "$.instances[0].id", "Instance OCIDs look like ocid1.instance.oc1.iad.<unique id>")]
    [InlineData("""{ "instances": [ { "id": "ocid1.compartment.oc1..aaaa" } ] }""", "$.instances[0].id", "is not an instance OCID")]
    [InlineData("""{ "tenancyId": "ocid1.compartment.oc1..aaaa" }""", "$.tenancyId", "Tenancy OCIDs look like ocid1.tenancy.oc1..<unique id>")]
    [InlineData("""{ "instances": [ { "id": "ocid1.instance.oc1.iad.aaaa" }, { "id": "ocid1.instance.oc1.iad.aaaa" } ] }""", "$.instances[1].id", "already the id at $.instances[0].id")]
    // Instances.
    [InlineData("""{ "instances": [ { "osFamily": "UBUNTU_22_04" } ] }""", "$.instances[0].osFamily", "ORACLE_LINUX_9")]
    [InlineData("""{ "instances": [ { "status": "REBOOTING" } ] }""", "$.instances[0].status", "Use NORMAL, UNREACHABLE, ERROR or WARNING")]
    [InlineData("""{ "instances": [ { "location": "MOON" } ] }""", "$.instances[0].location", "OCI_COMPUTE")]
    [InlineData("""{ "instances": [ { "rebootRequired": "yes" } ] }""", "$.instances[0].rebootRequired", "true or false (no quotes)")]
    [InlineData("""{ "instances": [ { "lastCheckin": "yesterday" } ] }""", "$.instances[0].lastCheckin", "\"45 days ago\"")]
    [InlineData("""{ "instances": [ { "name": "" } ] }""", "$.instances[0].name", "is empty")]
    [InlineData("""{ "instances": [ { "name": 5 } ] }""", "$.instances[0].name", "must be a string in quotes, not the number 5")]
    // Groups.
    [InlineData("""{ "instances": [ { "group": "web" } ] }""", "$.instances[0].group", "The file has no groups")]
    [InlineData("""{ "groups": [ { "name": "web" }, { "name": "WEB" } ] }""", "$.groups[1].name", "already a group 'WEB'")]
    [InlineData("""{ "groups": [ { "name": "web", "osFamily": "ORACLE_LINUX_8" } ], "instances": [ { "group": "web" } ] }""",
        "$.instances[0].group", "holds ORACLE_LINUX_8 instances (its osFamily at $.groups[0].osFamily), and this instance runs ORACLE_LINUX_9")]
    [InlineData("""{ "groups": [ { "name": "mixed" } ], "instances": [ { "name": "l", "group": "mixed" }, { "osFamily": "WINDOWS", "group": "mixed" } ] }""",
        "$.instances[1].group", "holds ORACLE_LINUX_9 instances (l at $.instances[0])")]
    // Updates.
    [InlineData("""{ "instances": [ { "updates": [ { "severity": "LOW" } ] } ] }""", "$.instances[0].updates[0]", "the package's name")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a" }, { "name": "a" } ] } ] }""", "$.instances[0].updates[1].name", "one update per package")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "classification": "CRITICAL" } ] } ] }""", "$.instances[0].updates[0].classification", "Use SECURITY, BUGFIX, ENHANCEMENT or OTHER")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "severity": "SEVERE" } ] } ] }""", "$.instances[0].updates[0].severity", "Use LOW, MODERATE, IMPORTANT or CRITICAL")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "classification": "BUGFIX", "severity": "LOW" } ] } ] }""", "$.instances[0].updates[0].severity", "only security advisories have a severity")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "classification": "OTHER", "advisory": "ELSA-1" } ] } ] }""", "$.instances[0].updates[0].advisory", "ships without an advisory")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "cves": [ "CVE2026-1" ] } ] } ] }""", "$.instances[0].updates[0].cves", "Write it as CVE-2026-12345")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "issued": "recently" } ] } ] }""", "$.instances[0].updates[0].issued", "RFC 3339")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "kb": "KB1" } ] } ] }""", "$.instances[0].updates[0].kb", "kb is for Windows updates")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "rebootRequired": true } ] } ] }""", "$.instances[0].updates[0].rebootRequired", "kernel update")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "advisory": "ELSA-1", "severity": "LOW" }, { "name": "b", "advisory": "ELSA-1", "severity": "CRITICAL" } ] } ] }""",
        "$.instances[0].updates[1].severity", "advisory ELSA-1 is LOW at $.instances[0].updates[0].severity and CRITICAL here")]
    [InlineData("""{ "instances": [ { "updates": [ { "name": "a", "advisory": "ELSA-1", "issued": "3 days ago" }, { "name": "b", "advisory": "ELSA-1", "issued": "4 days ago" } ] } ] }""",
        "$.instances[0].updates[1].issued", "An advisory has one issue date")]
    [InlineData("""{ "instances": [ { "osFamily": "WINDOWS_SERVER_2019", "updates": [ { "name": "a", "severity": "LOW" } ] } ] }""", "$.instances[0].updates[0].severity", "Windows updates have no advisory")]
    [InlineData("""{ "instances": [ { "osFamily": "WINDOWS_SERVER_2019", "updates": [ { "name": "a", "version": "1" } ] } ] }""", "$.instances[0].updates[0].version", "is for Linux package updates")]
    [InlineData("""{ "instances": [ { "osFamily": "WINDOWS_SERVER_2019", "updates": [ { "name": "a", "updateId": "nope" } ] } ] }""", "$.instances[0].updates[0].updateId", "a GUID")]
    public void AMistakeIsReportedWithTheFileItsPathAndTheFix(string json, string path, string fix)
    {
        var error = Assert.Throws<FleetFileException>(() => FleetFileReader.Parse(json, "/home/me/fleet.json"));
        var problem = Assert.Single(error.Problems, p => p.StartsWith(path + ":", System.StringComparison.Ordinal) || p.StartsWith(path + " ", System.StringComparison.Ordinal)
            || (path.StartsWith("line", System.StringComparison.Ordinal) && p.StartsWith(path, System.StringComparison.Ordinal)));
        Assert.Contains(fix, problem);
        Assert.Contains($"/home/me/fleet.json: {problem}", error.Message);
    }

    [Fact]
    public void EveryMistakeIsListedNotOnlyTheFirst()
    {
        var error = Assert.Throws<FleetFileException>(() => FleetFileReader.Parse("""
            { "instances": [ { "status": "DOWN", "updates": [ { "name": "a", "severity": "HIGH" } ] }, { "osFamily": "SOLARIS" } ] }
            """, "fleet.json"));
        Assert.Equal(new[] { "$.instances[0].status", "$.instances[0].updates[0].severity", "$.instances[1].osFamily" }, error.Problems.Select(p => p[..p.IndexOf(": ", System.StringComparison.Ordinal)]));
        Assert.StartsWith("fleet.json has 3 mistakes:", error.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "no-such-fleet-" + System.Guid.NewGuid().ToString("N") + ".json");
        var error = Assert.Throws<FleetFileException>(() => FleetFileReader.Load(path));
        Assert.Equal($"{path}: the file does not exist. Check the path given to --fleet-file.", error.Message);
    }
}
