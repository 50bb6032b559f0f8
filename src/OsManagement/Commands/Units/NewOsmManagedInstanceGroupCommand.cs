using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// New-OsmManagedInstanceGroup: creates a group (OS Management Hub) for instances of one OS version, architecture and
/// location, with its first members (piped or given). The OS, architecture and location are given or taken from the
/// first member; every member is read and judged by the service's rules before any request, and one that breaks them
/// is an error of its own while the group is made with the others.
/// </summary>
[Cmdlet(VerbsCommon.New, "OsmManagedInstanceGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmManagedInstanceGroup))]
public sealed class NewOsmManagedInstanceGroupCommand : OsmCmdlet
{
    private readonly List<string> _members = new();

    /// <summary>The group's name.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string DisplayName { get; set; } = "";

    /// <summary>The compartment the group belongs to (its members may be in others).</summary>
    [Parameter(Mandatory = true)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(NewOsmManagedInstanceGroupCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string CompartmentId { get; set; } = "";

    /// <summary>What the group is for.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>Its first members (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateOcid("instance", Command = typeof(NewOsmManagedInstanceGroupCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>The OS its members run, as Get-OsmManagedInstance shows it in OsFamilyDetail (ORACLE_LINUX_9...); default: the first member's.</summary>
    [Parameter]
    [ValidateSet("ORACLE_LINUX_6", "ORACLE_LINUX_7", "ORACLE_LINUX_8", "ORACLE_LINUX_9", "ORACLE_LINUX_10", "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019",
        "WINDOWS_SERVER_2022", "WINDOWS_SERVER_2025", IgnoreCase = true)]
    public string? OsFamilyDetail { get; set; }

    /// <summary>The CPU architecture of its members; default: the first member's, else X86_64.</summary>
    [Parameter]
    [ValidateSet("X86_64", "AARCH64", IgnoreCase = true)]
    public string? Architecture { get; set; }

    /// <summary>Where its members run; default: the first member's, else OCI_COMPUTE.</summary>
    [Parameter]
    [ValidateSet("OCI_COMPUTE", "ON_PREMISE", "AZURE", "EC2", "GCP", IgnoreCase = true)]
    public string? Location { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        RefuseUnlessSupported(FeatureRules.Lacking(Capabilities, ServiceFeature.GroupManagement), "OsmNeedsHub", null, DisplayName);
    }

    /// <inheritdoc />
    protected override void ProcessRecord() => _members.AddRange(ManagedInstanceId);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var members = RunAsync(async (queue, token) =>
        {
            var read = new List<ManagedInstanceRecord>();
            await foreach (var fetched in new FanOut(FanOut.DefaultThrottleLimit).ReadEach(_members.Distinct(StringComparer.Ordinal),
                Service.GetManagedInstanceAsync, token).ConfigureAwait(false))
            {
                if (fetched.Succeeded)
                {
                    read.Add(fetched.Value);
                }
                else
                {
                    queue.WriteError(ErrorRecords.FromException(fetched.Error!, fetched.Target));
                }
            }
            return read;
        });
        var group = new NewInstanceGroup
        {
            CompartmentId = CompartmentId,
            DisplayName = DisplayName,
            Description = Description,
            OsFamilyDetail = OsFamilyDetail?.ToUpperInvariant(),
            Architecture = Architecture?.ToUpperInvariant(),
            Location = Location?.ToUpperInvariant(),
            Members = members,
        };
        var problems = group.Validate(Capabilities);
        if (problems.FirstOrDefault(p => !p.IsAboutOneInstance) is { } stop)
        {
            ThrowTerminatingError(UnitProblemRecords.Record(stop, ServiceDefinition, DisplayName));
        }
        foreach (var problem in problems)
        {
            WriteError(UnitProblemRecords.Record(problem, ServiceDefinition, DisplayName));
        }
        // The shape is the one asked or the first member's, whether or not that member may join.
        group.OsFamilyDetail = group.EffectiveOsFamilyDetail;
        group.Architecture = group.EffectiveArchitecture;
        group.Location = group.EffectiveLocation;
        group.Members = members.Where(m => problems.All(p => p.Instance?.Id != m.Id)).ToList();
        var what = $"Create group for {group.OsFamilyDetail} on {group.Architecture} at {group.Location} with {group.Members.Count} member(s)" +
            (group.Members.Count > 0 ? $": {MemberChecks.Names(group.Members)}" : "");
        if (!ShouldProcess(DisplayName, what))
        {
            return;
        }
        var created = CallOrFail(DisplayName, token => Service.Units().CreateGroupAsync(group, token));
        created.Members = created.Members.Select(m => group.Members.FirstOrDefault(r => r.Id == m.Id) is { } known ? new ResourceRef(m.Id, known.DisplayName) : m).ToList();
        WriteObject(new OsmManagedInstanceGroup(created));
    }
}
