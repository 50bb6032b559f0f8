using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsManagement.Infrastructure;
using OsManagement.Oci.Engine;

namespace OsManagement.Commands;

/// <summary>
/// New-OsmScheduledJob: schedules an action on instances, groups or (OS Management Hub) compartments, once (-At) or
/// recurring (-RepeatEvery, or on Hub -RecurrenceRule).
/// Targets piped in are collected and one job is created for all of them. The job's rules are the engine's
/// (<see cref="NewScheduledJob.Validate"/>): what the schedule and action break stops the command before any input is
/// read, what the targets break once they are all known.
/// </summary>
[Cmdlet(VerbsCommon.New, "OsmScheduledJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(OsmScheduledJob))]
public sealed class NewOsmScheduledJobCommand : OsmCmdlet
{
    private readonly List<ResourceRef> _instances = new();
    private readonly List<ResourceRef> _groups = new();
    private readonly List<ResourceRef> _stages = new();
    private readonly List<ResourceRef> _sets = new();
    private readonly HashSet<Oci.Engine.OsFamily> _families = new();
    private bool _processed;
    private TimeZoneInfo? _zone;

    /// <summary>The compartment the job belongs to.</summary>
    [Parameter(Mandatory = true)]
    [ValidateOcid("compartment", "tenancy", Command = typeof(NewOsmScheduledJobCommand))]
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
    // A piped group, stage or set binds its own Id here too (alias Id), so their OCIDs pass binding; ProcessRecord sets the
    // piped ones' ids aside and refuses any other OCID that is not an instance's.
    [ValidateOcid("instance", "managedinstancegroup", "lifecyclestage", "dynamicset", Command = typeof(NewOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.ManagedInstanceCompleter))]
    public string[] ManagedInstanceId { get; set; } = Array.Empty<string>();

    /// <summary>Managed instance groups to act on.</summary>
    [Parameter]
    [ValidateOcid("managedinstancegroup", Command = typeof(NewOsmScheduledJobCommand))]
    public string[] ManagedInstanceGroupId { get; set; } = Array.Empty<string>();

    /// <summary>Groups from Get-OsmManagedInstanceGroup.</summary>
    [Parameter(ValueFromPipeline = true)]
    public OsmManagedInstanceGroup[] ManagedInstanceGroup { get; set; } = Array.Empty<OsmManagedInstanceGroup>();

    /// <summary>Lifecycle stages whose members the job acts on, or (-Operation Promote) that it promotes content into (OS Management Hub).</summary>
    [Parameter]
    [ValidateOcid("lifecyclestage", Command = typeof(NewOsmScheduledJobCommand))]
    public string[] LifecycleStageId { get; set; } = Array.Empty<string>();

    /// <summary>Stages from Get-OsmLifecycleStage.</summary>
    [Parameter(ValueFromPipeline = true)]
    public OsmLifecycleStage[] LifecycleStage { get; set; } = Array.Empty<OsmLifecycleStage>();

    /// <summary>Dynamic sets whose members the job acts on (OS Management Hub; members of a lifecycle stage are left to it).</summary>
    [Parameter]
    [ValidateOcid("dynamicset", Command = typeof(NewOsmScheduledJobCommand))]
    public string[] DynamicSetId { get; set; } = Array.Empty<string>();

    /// <summary>Sets from Get-OsmDynamicSet.</summary>
    [Parameter(ValueFromPipeline = true)]
    public OsmDynamicSet[] DynamicSet { get; set; } = Array.Empty<OsmDynamicSet>();

    /// <summary>Compartments whose instances the job acts on (OS Management Hub): a third kind of target, beside instances and groups.</summary>
    [Parameter]
    [ValidateOcid("compartment", "tenancy", Command = typeof(NewOsmScheduledJobCommand))]
    [ArgumentCompleter(typeof(Completers.CompartmentCompleter))]
    public string[] ManagedCompartmentId { get; set; } = Array.Empty<string>();

    /// <summary>With -ManagedCompartmentId: the instances of their sub-compartments too.</summary>
    [Parameter]
    public SwitchParameter IncludeSubcompartments { get; set; }

    /// <summary>The OS family of the targets: Linux or Windows. Default: from piped instances or the names given, else Linux.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet(nameof(Oci.Engine.OsFamily.Linux), nameof(Oci.Engine.OsFamily.Windows), IgnoreCase = true)]
    public string? OsFamily { get; set; }

    /// <summary>What the job does (default UpdateAll).</summary>
    [Parameter]
    [ValidateSet(nameof(JobOperation.Install), nameof(JobOperation.Update), nameof(JobOperation.Remove), nameof(JobOperation.UpdateAll),
        nameof(JobOperation.Reboot), nameof(JobOperation.Promote), IgnoreCase = true)]
    public string Operation { get; set; } = nameof(JobOperation.UpdateAll);

    /// <summary>
    /// With -Operation UpdateAll: which updates (default All). Several (Security,Bugfix) make one job that installs each
    /// kind, as the console's update categories do (OS Management Hub; Linux instances).
    /// </summary>
    [Parameter]
    [ValidateSet(nameof(UpdateKind.All), nameof(UpdateKind.Security), nameof(UpdateKind.Bugfix), nameof(UpdateKind.Enhancement), nameof(UpdateKind.Other),
        nameof(UpdateKind.Ksplice), IgnoreCase = true)]
    public string[] UpdateType { get; set; } = { nameof(UpdateKind.All) };

    /// <summary>Linux packages to install, update or remove.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? PackageName { get; set; }

    /// <summary>Windows updates to install.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? WindowsUpdateName { get; set; }

    /// <summary>
    /// When it runs; for a recurring job, its first run is the recurrence's first occurrence at or after this time. Read on the
    /// wall clock of -TimeZone (this computer's by default) unless the DateTime is UTC; must be in the future.
    /// </summary>
    [Parameter(Mandatory = true)]
    public DateTime At { get; set; }

    /// <summary>
    /// The zone -At and the rule's days and hours are read in: an IANA id (America/New_York), a Windows id (Eastern Standard
    /// Time) or UTC. Default: this computer's zone.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.TimeZoneCompleter))]
    public string? TimeZone { get; set; }

    /// <summary>Makes the job recurring: Hour, Day, Week or Month.</summary>
    [Parameter]
    [ValidateSet(nameof(IntervalUnit.Hour), nameof(IntervalUnit.Day), nameof(IntervalUnit.Week), nameof(IntervalUnit.Month), IgnoreCase = true)]
    public string? RepeatEvery { get; set; }

    /// <summary>With -RepeatEvery: how many hours, days, weeks or months between runs (default 1).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Interval { get; set; }

    /// <summary>
    /// Makes the job recurring by an iCalendar rule (OS Management Hub), for what an interval cannot say:
    /// 'FREQ=WEEKLY;BYDAY=SU' (Sundays), 'FREQ=MONTHLY;BYDAY=1SU' (the first Sunday of the month). The time of day is -At's
    /// unless the rule gives BYHOUR and BYMINUTE. Its days and hours are read in -TimeZone; it is sent as the rule that runs
    /// at those times in UTC, the clock the service reads it in.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RecurrenceRule { get; set; }

    /// <summary>Minutes to wait before each automatic retry of a failed run, e.g. 5, 15, 60 (OS Management Hub).</summary>
    [Parameter]
    [ValidateRange(1, 10080)]
    public int[]? RetryInterval { get; set; }

    /// <summary>Freeform tags.</summary>
    [Parameter]
    public Hashtable? Tag { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        // A UTC -At means a time in UTC: its rule is read in UTC too, unless -TimeZone says otherwise.
        _zone = ScheduleNotes.Zone(TimeZone, out var zoneError) ?? (At.Kind == DateTimeKind.Utc ? TimeZoneInfo.Utc : null);
        if (zoneError is not null)
        {
            ThrowTerminatingError(zoneError);
        }
        if (Job().Validate(Capabilities, DateTimeOffset.UtcNow).FirstOrDefault(p => p.Aspect != JobAspect.Targets) is { } problem)
        {
            ThrowTerminatingError(JobProblemRecords.ForNewJob(problem, ServiceDefinition, DisplayName));
        }
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _processed = true;
        // A piped group also binds its own Id to -ManagedInstanceId (alias Id): that id is the group's, not an instance's.
        var groupIds = new HashSet<string>(ManagedInstanceGroup.Select(g => g.Id).Concat(LifecycleStage.Select(s => s.Id)).Concat(DynamicSet.Select(s => s.Id)),
            StringComparer.Ordinal);
        var instanceIds = ManagedInstanceId.Where(id => !groupIds.Contains(id)).ToList();
        if (instanceIds.Select(id => ValidateOcidAttribute.Refusal(id, typeof(NewOsmScheduledJobCommand), "instance")).FirstOrDefault(m => m is not null) is { } refusal)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("OsmOcidWrongKind", $"-{nameof(ManagedInstanceId)}: {refusal}", DisplayName));
        }
        _instances.AddRange(instanceIds.Select(id => new ResourceRef(id)));
        _groups.AddRange(ManagedInstanceGroupId.Select(id => new ResourceRef(id)));
        _groups.AddRange(ManagedInstanceGroup.Select(g => new ResourceRef(g.Id, g.DisplayName)));
        _stages.AddRange(LifecycleStageId.Select(id => new ResourceRef(id)));
        _stages.AddRange(LifecycleStage.Select(s => new ResourceRef(s.Id, s.DisplayName)));
        _sets.AddRange(DynamicSetId.Select(id => new ResourceRef(id)));
        _sets.AddRange(DynamicSet.Select(s => new ResourceRef(s.Id, s.DisplayName)));
        if (Vocabulary.TryParse<Oci.Engine.OsFamily>(OsFamily) is { } family)
        {
            _families.Add(family);
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
        var job = Job();
        if (job.Validate(Capabilities, DateTimeOffset.UtcNow).FirstOrDefault() is { } problem)
        {
            ThrowTerminatingError(JobProblemRecords.ForNewJob(problem, ServiceDefinition, DisplayName));
        }
        var plan = job.Schedule.Plan!;
        var kind = job.Operation == JobOperation.UpdateAll ? string.Join(",", job.EffectiveUpdateKinds.Select(OutputText.Upper)) : null;
        ScheduleNotes.Warn(this, plan, ServiceDefinition);
        if (ShouldProcess(DisplayName, $"Create scheduled job {OutputText.Upper(job.Operation)} {kind} {Messages.ScheduleInWords(plan)} on {Targets.Of(job)}"))
        {
            WriteObject(new OsmScheduledJob(CallOrFail(DisplayName, token => Service.CreateScheduledJobAsync(job, token)), _zone));
        }
    }

    // The job as the parameters and the targets collected so far describe it.
    private NewScheduledJob Job() => new()
    {
        CompartmentId = CompartmentId,
        DisplayName = DisplayName,
        Description = Description,
        Instances = _instances.GroupBy(i => i.Id).Select(g => g.First()).ToList(),
        Groups = _groups.GroupBy(g => g.Id).Select(g => g.First()).ToList(),
        Compartments = ManagedCompartmentId.Distinct().ToList(),
        LifecycleStages = _stages.GroupBy(s => s.Id).Select(g => g.First()).ToList(),
        DynamicSets = _sets.GroupBy(s => s.Id).Select(g => g.First()).ToList(),
        IncludeSubcompartments = IncludeSubcompartments,
        TargetOsFamilies = _families.ToList(),
        Operation = Vocabulary.Parse<JobOperation>(Operation),
        UpdateKinds = MyInvocation.BoundParameters.ContainsKey(nameof(UpdateType))
            ? UpdateType.Select(Vocabulary.Parse<UpdateKind>).ToList() : Array.Empty<UpdateKind>(),
        PackageNames = PackageName ?? Array.Empty<string>(),
        WindowsUpdateNames = WindowsUpdateName ?? Array.Empty<string>(),
        Schedule = ScheduleRequest.From(At, RepeatEvery, Interval, RecurrenceRule, _zone),
        RetryIntervals = RetryInterval ?? Array.Empty<int>(),
        Tags = OsmTags.FromHashtable(Tag),
    };
}
