using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.OsManagement.Models;

namespace OsManagement.Commands;

/// <summary>
/// New-OsmScheduledJob: schedules an action on instances and groups, once (-At) or recurring (-RepeatEvery).
/// Targets piped in are collected and one job is created for all of them.
/// </summary>
[Cmdlet(VerbsCommon.New, "OsmScheduledJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class NewOsmScheduledJobCommand : OsmCmdlet
{
    private readonly List<NamedId> _instances = new();
    private readonly List<NamedId> _groups = new();
    private readonly HashSet<string> _families = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset _at;
    private bool _processed;

    /// <summary>The compartment the job belongs to.</summary>
    [Parameter(Mandatory = true)]
    [ValidateOcid("compartment", "tenancy")]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string CompartmentId { get; set; } = "";

    /// <summary>The job's name.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string DisplayName { get; set; } = "";

    /// <summary>What the job is for.</summary>
    [Parameter]
    public string? Description { get; set; }

    /// <summary>Managed instances to act on (pipe in Get-OsmManagedInstance output).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    // A piped group binds its own Id here too (alias Id), so group OCIDs pass binding; ProcessRecord sets the
    // piped groups' ids aside and refuses any other group OCID.
    [ValidateOcid("instance", "managedinstancegroup")]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>Managed instance groups to act on.</summary>
    [Parameter]
    [ValidateOcid("managedinstancegroup")]
    public string[] ManagedInstanceGroupId { get; set; } = Array.Empty<string>();

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>The OS family of the targets: Linux or Windows. Default: from piped instances or the names given, else Linux.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Linux", "Windows", IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>What the job does (default UpdateAll).</summary>
    [Parameter]
    public OsmJobOperation Operation { get; set; } = OsmJobOperation.UpdateAll;

    /// <summary>With -Operation UpdateAll: which updates (default All).</summary>
    [Parameter]
    public OsmUpdateType UpdateType { get; set; } = OsmUpdateType.All;

    /// <summary>Linux packages to install, update or remove.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? PackageName { get; set; }

    /// <summary>Windows updates to install.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? WindowsUpdateName { get; set; }

    /// <summary>When it runs (first run of a recurring job). Local time unless the DateTime says UTC; must be in the future.</summary>
    [Parameter(Mandatory = true)]
    public DateTime At { get; set; }

    /// <summary>Makes the job recurring: Hour, Day, Week or Month.</summary>
    [Parameter]
    public OsmInterval? RepeatEvery { get; set; }

    /// <summary>With -RepeatEvery: how many hours, days, weeks or months between runs (default 1).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Interval { get; set; }

    /// <summary>Freeform tags.</summary>
    [Parameter]
    public Hashtable? Tag { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        try
        {
            JobSchedule.CheckInterval(RepeatEvery, Interval);
            JobSchedule.CheckOperation(Operation, PackageName, WindowsUpdateName, MyInvocation.BoundParameters.ContainsKey(nameof(UpdateType)));
            _at = JobSchedule.ToFutureUtc(At, nameof(At));
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmInvalidSchedule", e.Message, DisplayName));
        }
        base.BeginProcessing();
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _processed = true;
        // A piped group also binds its own Id to -ManagedInstanceId (alias Id): that id is the group's, not an instance's.
        var groupIds = new HashSet<string>(ManagedInstanceGroup.Select(g => g.Id), StringComparer.Ordinal);
        var instanceIds = ManagedInstanceId.Where(id => !groupIds.Contains(id)).ToList();
        if (instanceIds.Select(id => ValidateOcidAttribute.Refusal(id, "instance")).FirstOrDefault(m => m is not null) is { } refusal)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmOcidWrongKind", $"-{nameof(ManagedInstanceId)}: {refusal}", DisplayName));
        }
        _instances.AddRange(instanceIds.Select(id => new NamedId { Id = id }));
        _groups.AddRange(ManagedInstanceGroupId.Select(id => new NamedId { Id = id }));
        _groups.AddRange(ManagedInstanceGroup.Select(g => new NamedId { Id = g.Id, DisplayName = g.DisplayName }));
        if (OsFamily is not null)
        {
            _families.Add(OsFamily);
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (!_processed)
        {
            // An empty pipeline runs no ProcessRecord: the targets given as arguments still count.
            ProcessRecord();
        }
        var instances = _instances.GroupBy(i => i.Id).Select(g => g.First()).ToList();
        var groups = _groups.GroupBy(g => g.Id).Select(g => g.First()).ToList();
        if (instances.Count + groups.Count == 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmNoTargets",
                "The job has no targets: give -ManagedInstanceId or -ManagedInstanceGroupId, or pipe in Get-OsmManagedInstance or Get-OsmManagedInstanceGroup output.", DisplayName));
        }
        if (instances.Count > 0 && groups.Count > 0)
        {
            // The service takes managedInstances or managedInstanceGroups, never both (CreateScheduledJobDetails).
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmMixedTargets",
                $"A scheduled job targets instances or groups, not both ({instances.Count} instance(s) and {groups.Count} group(s) were given). Create one job for the instances and another for the groups.", DisplayName));
        }
        if (_families.Count > 1)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmMixedOsFamilies", groups.Count > 0
                ? "The targets are Linux and Windows groups; a job acts on one OS family. Create one job per family (pick the groups by their OsFamily: Get-OsmManagedInstanceGroup | Where-Object OsFamily -eq 'LINUX')."
                : "The targets are Linux and Windows instances; a job acts on one OS family. Create one job per family (filter with Get-OsmManagedInstance -OsFamily).", DisplayName));
        }
        try
        {
            // The family the targets say they are (piped objects, or -OsFamily); unknown when none was given.
            JobSchedule.CheckOsFamily(_families.FirstOrDefault(), PackageName, WindowsUpdateName,
                Operation == OsmJobOperation.UpdateAll ? UpdateType : null, f => $"the targets are {f} {(groups.Count > 0 ? "groups" : "instances")}");
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmOsFamilyMismatch", e.Message, DisplayName));
        }
        var family = WindowsUpdateName is { Length: > 0 } ? "WINDOWS"
            : PackageName is { Length: > 0 } ? "LINUX"
            : _families.FirstOrDefault()?.ToUpperInvariant() ?? "LINUX";

        var details = new CreateScheduledJobDetails
        {
            CompartmentId = CompartmentId,
            DisplayName = DisplayName,
            Description = Description,
            ScheduleType = RepeatEvery is null ? ScheduleTypes.Onetime : ScheduleTypes.Recurring,
            TimeNextExecution = _at,
            IntervalType = RepeatEvery is null ? null : JobSchedule.ToWire(RepeatEvery.Value),
            IntervalValue = RepeatEvery is null ? null : JobSchedule.IntervalValue(Interval),
            ManagedInstances = instances.Count > 0 ? instances : null,
            ManagedInstanceGroups = groups.Count > 0 ? groups : null,
            OperationType = JobSchedule.ToWire(Operation),
            UpdateType = Operation == OsmJobOperation.UpdateAll ? UpdateTypeNames.ToWire(UpdateType) : null,
            PackageNames = PackageName?.Select(n => new PackageName { Name = n }).ToList(),
            UpdateNames = WindowsUpdateName?.ToList(),
            OsFamily = family,
            FreeformTags = JobSchedule.Tags(Tag),
        };

        var schedule = RepeatEvery is null ? $"once at {_at.LocalDateTime:g}" : $"every {JobSchedule.IntervalValue(Interval)} {RepeatEvery} from {_at.LocalDateTime:g}";
        if (!ShouldProcess(DisplayName, $"Create scheduled job {details.OperationType} {details.UpdateType} {schedule} on {instances.Count} instance(s) and {groups.Count} group(s)"))
        {
            return;
        }
        try
        {
            var created = Call(token => Service.CreateScheduledJobAsync(details, token));
            WriteObject(new OsmScheduledJob(created.Value, created.ETag));
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            Fail(e, DisplayName);
        }
    }
}
