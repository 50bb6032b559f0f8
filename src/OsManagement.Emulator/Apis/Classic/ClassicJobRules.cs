using OsManagement.Emulator.Apis.Classic.Wire;

namespace OsManagement.Emulator.Apis.Classic;

/// <summary>
/// Creates and changes scheduled jobs with the service's validation: required fields (400 MissingParameter),
/// bad values (400 InvalidParameter), unknown targets or compartments (404), stale etags (412).
/// Callers hold the store's lock.
/// </summary>
internal sealed class ClassicJobRules : IScheduledJobRules<ClassicJobRecord, CreateScheduledJobDetails, UpdateScheduledJobDetails>
{
    private readonly EmulatorStore _store;

    public ClassicJobRules(EmulatorStore store) => _store = store;

    public ClassicJobRecord Create(CreateScheduledJobDetails details, DateTimeOffset now)
    {
        var compartmentId = RequestReader.Required(details.CompartmentId, "compartmentId");
        var displayName = RequestReader.Required(details.DisplayName, "displayName");
        var scheduleType = RequestReader.Required(details.ScheduleType, "scheduleType");
        var operationType = RequestReader.Required(details.OperationType, "operationType");
        var next = details.TimeNextExecution ?? throw OciException.Missing("timeNextExecution");
        if (!_store.IsActiveCompartment(compartmentId))
        {
            throw OciException.NotFound($"Compartment {compartmentId}");
        }
        var instances = details.ManagedInstances ?? new List<NamedId>();
        var groups = details.ManagedInstanceGroups ?? new List<NamedId>();
        if (instances.Count == 0 && groups.Count == 0)
        {
            throw OciException.Invalid("At least one managed instance or managed instance group must be given.");
        }
        if (instances.Count > 0 && groups.Count > 0)
        {
            throw OciException.Invalid("managedInstances and managedInstanceGroups are mutually exclusive.");
        }
        var resolvedInstances = instances.Select(ResolveInstance).ToList();
        var resolvedGroups = groups.Select(ResolveGroup).ToList();
        var families = resolvedInstances.Select(i => i.Os.Family).Concat(resolvedGroups.Select(g => g.Family)).Distinct().ToList();
        var osFamily = details.OsFamily ?? ClassicVocabulary.Family(families.Count == 1 ? families[0] : null);
        if (osFamily is not ("LINUX" or "WINDOWS" or "ALL"))
        {
            throw OciException.Invalid($"osFamily '{osFamily}' is not one of LINUX, WINDOWS, ALL.");
        }

        var job = new ClassicJobRecord
        {
            Id = _store.RuntimeIds.Regional("scheduledjob"),
            CompartmentId = compartmentId,
            DisplayName = displayName,
            Description = details.Description,
            ScheduleType = scheduleType,
            OperationType = operationType,
            UpdateType = details.UpdateType,
            PackageNames = (details.PackageNames ?? new List<PackageName>()).Select(p => p.Name).OfType<string>().ToList(),
            UpdateNames = details.UpdateNames?.ToList() ?? new List<string>(),
            IntervalType = details.IntervalType,
            IntervalValue = details.IntervalValue,
            ManagedInstances = resolvedInstances.Select(i => new NamedId { Id = i.Id, DisplayName = i.DisplayName }).ToList(),
            ManagedInstanceGroups = resolvedGroups.Select(g => new NamedId { Id = g.Id, DisplayName = g.DisplayName }).ToList(),
            FreeformTags = details.FreeformTags ?? new Dictionary<string, string>(),
            DefinedTags = details.DefinedTags ?? new Dictionary<string, Dictionary<string, object>>(),
            OsFamily = osFamily,
            TimeCreated = now,
        };
        Schedule(job, next, now);
        Validate(job);
        _store.Classic().Jobs[job.Id] = job;
        return job;
    }

    public ClassicJobRecord Update(ClassicJobRecord job, UpdateScheduledJobDetails details, string? ifMatch, DateTimeOffset now)
    {
        job.CheckETag(ifMatch);
        var copy = Snapshot(job);
        try
        {
            if (details.DisplayName is not null) job.DisplayName = details.DisplayName;
            if (details.Description is not null) job.Description = details.Description;
            if (details.ScheduleType is not null) job.ScheduleType = details.ScheduleType;
            if (details.IntervalType is not null) job.IntervalType = details.IntervalType;
            if (details.IntervalValue is not null) job.IntervalValue = details.IntervalValue;
            if (details.OperationType is not null) job.OperationType = details.OperationType;
            if (details.UpdateType is not null) job.UpdateType = details.UpdateType;
            if (details.PackageNames is not null) job.PackageNames = details.PackageNames.Select(p => p.Name).OfType<string>().ToList();
            if (details.UpdateNames is not null) job.UpdateNames = details.UpdateNames.ToList();
            if (details.FreeformTags is not null) job.FreeformTags = details.FreeformTags;
            if (details.DefinedTags is not null) job.DefinedTags = details.DefinedTags;
            if (details.TimeNextExecution is { } next)
            {
                Schedule(job, next, now);
            }
            else if (details.IntervalType is not null || details.IntervalValue is not null || details.ScheduleType is not null)
            {
                // The interval changed: count occurrences afresh from the pending execution.
                job.Anchor = job.TimeNextExecution ?? job.Anchor;
                job.OccurrenceIndex = 0;
            }
            Validate(job);
        }
        catch
        {
            Restore(job, copy);
            throw;
        }
        job.Version++;
        return job;
    }

    private static void Schedule(ClassicJobRecord job, DateTimeOffset next, DateTimeOffset now)
    {
        if (next < now - ScheduledJobRecord.PastTolerance)
        {
            throw OciException.Invalid("timeNextExecution must be in the future.");
        }
        var utc = next.ToUniversalTime();
        job.TimeNextExecution = utc;
        job.Anchor = utc;
        job.OccurrenceIndex = 0;
    }

    private static void Validate(ClassicJobRecord job)
    {
        if (job.ScheduleType is not ("ONETIME" or "RECURRING"))
        {
            throw OciException.Invalid($"scheduleType '{job.ScheduleType}' is not one of ONETIME, RECURRING.");
        }
        if (!ClassicVocabulary.OperationTypes.Contains(job.OperationType))
        {
            throw OciException.Invalid($"operationType '{job.OperationType}' is not a valid operation type.");
        }
        if (job.ScheduleType == "RECURRING")
        {
            if (job.IntervalType is null)
            {
                throw OciException.Missing("intervalType");
            }
            if (!Recurrence.IsIntervalType(job.IntervalType))
            {
                throw OciException.Invalid($"intervalType '{job.IntervalType}' is not one of HOUR, DAY, WEEK, MONTH.");
            }
            if (job.IntervalValue is null)
            {
                throw OciException.Missing("intervalValue");
            }
            if (!int.TryParse(job.IntervalValue, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw OciException.Invalid("intervalValue must be a positive whole number.");
            }
        }
        if (job.UpdateType is not null && !ClassicVocabulary.PackageUpdateTypes.Contains(job.UpdateType))
        {
            throw OciException.Invalid($"updateType '{job.UpdateType}' is not a valid package update type.");
        }
        if (job.OperationType is "INSTALL" or "UPDATE" or "REMOVE"
            && job.PackageNames.Count == 0 && job.UpdateNames.Count == 0)
        {
            throw OciException.Missing("packageNames");
        }
    }

    // A job's targets are its region's: another region's instance or group is not found there.
    private InstanceRecord ResolveInstance(NamedId id) => Lookups.Instance(_store, id.Id ?? "");

    private GroupRecord ResolveGroup(NamedId id) => ClassicGroupEndpoints.Find(_store, id.Id);


    private sealed record JobSnapshot(string DisplayName, string? Description, string ScheduleType, DateTimeOffset? Next, string? IntervalType,
        string? IntervalValue, DateTimeOffset Anchor, int Index, string OperationType, string? UpdateType, List<string> PackageNames,
        List<string> UpdateNames, Dictionary<string, string> FreeformTags, Dictionary<string, Dictionary<string, object>> DefinedTags);

    private static JobSnapshot Snapshot(ClassicJobRecord j) => new(j.DisplayName, j.Description, j.ScheduleType, j.TimeNextExecution, j.IntervalType,
        j.IntervalValue, j.Anchor, j.OccurrenceIndex, j.OperationType, j.UpdateType, j.PackageNames, j.UpdateNames, j.FreeformTags, j.DefinedTags);

    private static void Restore(ClassicJobRecord j, JobSnapshot s)
    {
        j.DisplayName = s.DisplayName; j.Description = s.Description; j.ScheduleType = s.ScheduleType; j.TimeNextExecution = s.Next;
        j.IntervalType = s.IntervalType; j.IntervalValue = s.IntervalValue; j.Anchor = s.Anchor; j.OccurrenceIndex = s.Index;
        j.OperationType = s.OperationType; j.UpdateType = s.UpdateType; j.PackageNames = s.PackageNames; j.UpdateNames = s.UpdateNames;
        j.FreeformTags = s.FreeformTags; j.DefinedTags = s.DefinedTags;
    }
}
