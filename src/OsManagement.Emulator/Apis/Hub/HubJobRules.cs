using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub.Wire;

namespace OsManagement.Emulator.Apis.Hub;

/// <summary>
/// Creates and changes OS Management Hub scheduled jobs with the service's rules: exactly one kind of target, operations
/// that fit the targets' OS and may only be combined when all update packages, an RRULE that says what is wrong in it,
/// a time not in the past, targets that never change, stale etags refused (412). Callers hold the store's lock.
/// </summary>
internal sealed partial class HubJobRules : IScheduledJobRules<HubJobRecord, CreateScheduledJobDetails, UpdateScheduledJobDetails>
{
    private const int MaxRetryIntervals = 10;

    private readonly EmulatorStore _store;

    public HubJobRules(EmulatorStore store) => _store = store;

    public HubJobRecord Create(CreateScheduledJobDetails details, DateTimeOffset now)
    {
        var compartmentId = RequestReader.Required(details.CompartmentId, "compartmentId");
        var scheduleType = RequestReader.Required(details.ScheduleType, "scheduleType");
        var next = details.TimeNextExecution ?? throw OciException.Missing("timeNextExecution");
        var operations = details.Operations is { Count: > 0 } ops ? ops : throw OciException.Missing("operations");
        if (!_store.IsActiveCompartment(compartmentId))
        {
            throw OciException.NotFound($"Compartment {compartmentId}");
        }
        var instances = details.ManagedInstanceIds ?? new List<string>();
        var groups = details.ManagedInstanceGroupIds ?? new List<string>();
        var compartments = details.ManagedCompartmentIds ?? new List<string>();
        var stages = details.LifecycleStageIds ?? new List<string>();
        var sets = details.DynamicSetIds ?? new List<string>();
        var kinds = new[] { instances.Count, groups.Count, compartments.Count, stages.Count, sets.Count }.Count(n => n > 0);
        if (kinds == 0)
        {
            throw OciException.Invalid("A scheduled job needs a target: give managedInstanceIds, managedInstanceGroupIds, managedCompartmentIds, lifecycleStageIds or dynamicSetIds.");
        }
        if (kinds > 1)
        {
            throw OciException.Invalid("A scheduled job operates on one kind of target: give only one of managedInstanceIds, managedInstanceGroupIds, managedCompartmentIds, lifecycleStageIds and dynamicSetIds.");
        }
        CheckUnitTargets(stages, sets, operations);
        if (details.IsSubcompartmentIncluded == true && compartments.Count == 0)
        {
            throw OciException.Invalid("isSubcompartmentIncluded applies only to a job that targets managedCompartmentIds.");
        }
        if (details.Locations is { Count: > 0 } locations)
        {
            if (compartments.Count == 0)
            {
                throw OciException.Invalid("locations can only be set when managedCompartmentIds is given.");
            }
            foreach (var location in locations.Where(l => !HubVocabulary.IsOneOf(l, HubVocabulary.Locations.Words)))
            {
                throw OciException.Invalid($"locations value '{location}' is not one of {string.Join(", ", HubVocabulary.Locations.Words)}.");
            }
        }
        // A job's targets are its region's: another region's instance or group is not found there.
        var instanceRecords = instances.Select(id => Lookups.Instance(_store, id)).ToList();
        var groupRecords = groups.Select(id => HubUnits.Group(_store, id)).ToList();
        foreach (var id in compartments.Where(id => !_store.IsActiveCompartment(id)))
        {
            throw OciException.NotFound($"Compartment {id}");
        }
        var checkedOperations = CheckOperations(operations);
        CheckTargets(checkedOperations, instanceRecords.Select(i => (i.DisplayName, i.IsWindows, "managed instance")),
            groupRecords.Select(g => (g.DisplayName, g.Family == OsFamily.Windows, "managed instance group")));
        var (rule, pending) = CheckSchedule(scheduleType, details.RecurringRule, next, now);

        var job = new HubJobRecord
        {
            Id = _store.RuntimeIds.Regional("osmhscheduledjob"),
            CompartmentId = compartmentId,
            DisplayName = string.IsNullOrWhiteSpace(details.DisplayName)
                ? string.Create(CultureInfo.InvariantCulture, $"scheduled-job-{now:yyyyMMdd-HHmmss}")
                : details.DisplayName,
            Description = details.Description,
            ScheduleType = scheduleType,
            TimeNextExecution = pending,
            RecurringRule = rule,
            ManagedInstanceIds = instances.ToList(),
            ManagedInstanceGroupIds = groups.ToList(),
            ManagedCompartmentIds = compartments.ToList(),
            LifecycleStageIds = stages.ToList(),
            DynamicSetIds = sets.ToList(),
            IsSubcompartmentIncluded = compartments.Count > 0 ? details.IsSubcompartmentIncluded ?? false : null,
            Locations = details.Locations?.ToList(),
            Operations = checkedOperations,
            RetryIntervals = CheckRetryIntervals(details.RetryIntervals),
            FreeformTags = details.FreeformTags ?? new Dictionary<string, string>(),
            DefinedTags = details.DefinedTags ?? new Dictionary<string, Dictionary<string, object>>(),
            TimeCreated = now,
            TimeUpdated = now,
        };
        _store.Hub().Jobs[job.Id] = job;
        return job;
    }

    public HubJobRecord Update(HubJobRecord job, UpdateScheduledJobDetails details, string? ifMatch, DateTimeOffset now)
    {
        job.CheckETag(ifMatch);
        var changesMoreThanTheSchedule = details.DisplayName is not null || details.Description is not null || details.ScheduleType is not null
            || details.Operations is not null || details.RetryIntervals is not null;
        if (job.IsRestricted && changesMoreThanTheSchedule)
        {
            throw OciException.Invalid("This scheduled job is restricted: only timeNextExecution, recurringRule and tags can change.");
        }
        var scheduleType = details.ScheduleType ?? job.ScheduleType;
        var rule = details.RecurringRule ?? (details.ScheduleType == "ONETIME" ? null : job.RecurringRule);
        var operations = details.Operations is { } ops ? CheckOperations(ops) : job.Operations;
        if (details.Operations is not null)
        {
            CheckTargets(operations,
                job.ManagedInstanceIds.Select(id => _store.Instances.GetValueOrDefault(id)).OfType<InstanceRecord>().Select(i => (i.DisplayName, i.IsWindows, "managed instance")),
                job.ManagedInstanceGroupIds.Select(id => _store.ReleaseGroups.GetValueOrDefault(id)).OfType<GroupRecord>()
                    .Select(g => (g.DisplayName, g.Family == OsFamily.Windows, "managed instance group")));
        }
        var scheduleChanged = details.TimeNextExecution is not null || details.RecurringRule is not null || details.ScheduleType is not null;
        var (checkedRule, next) = scheduleChanged
            ? CheckSchedule(scheduleType, rule, details.TimeNextExecution ?? job.TimeNextExecution, now, keepPastTime: details.TimeNextExecution is null)
            : (job.RecurringRule, job.TimeNextExecution);
        var retries = details.RetryIntervals is not null ? CheckRetryIntervals(details.RetryIntervals) : job.RetryIntervals;

        if (details.DisplayName is not null) job.DisplayName = details.DisplayName;
        if (details.Description is not null) job.Description = details.Description;
        if (details.FreeformTags is not null) job.FreeformTags = details.FreeformTags;
        if (details.DefinedTags is not null) job.DefinedTags = details.DefinedTags;
        job.ScheduleType = scheduleType;
        job.RecurringRule = checkedRule;
        job.Operations = operations;
        job.RetryIntervals = retries;
        if (scheduleChanged)
        {
            job.TimeNextExecution = next;
            if (details.TimeNextExecution is not null || scheduleType == "RECURRING")
            {
                job.IsPending = true;
                job.LifecycleState = "ACTIVE";
            }
        }
        job.TimeUpdated = now;
        job.Version++;
        return job;
    }

    /// <summary>The operations, checked: known, emulated, combinable, each with what it needs.</summary>
    private static List<ScheduledJobOperation> CheckOperations(List<ScheduledJobOperation> operations)
    {
        if (operations.Count == 0)
        {
            throw OciException.Missing("operations");
        }
        foreach (var op in operations)
        {
            var type = op.OperationType ?? throw OciException.Missing("operations[].operationType");
            if (!HubVocabulary.IsOneOf(type, HubVocabulary.JobOperationTypes))
            {
                throw OciException.Invalid($"operationType '{type}' is not an OS Management Hub operation type.");
            }
            if (!HubVocabulary.EmulatedOperations.Contains(type))
            {
                throw OciException.Invalid($"operationType {type} is not carried out by the emulator; it runs package, Windows update and reboot operations.");
            }
            if (type is "INSTALL_PACKAGES" or "UPDATE_PACKAGES" or "REMOVE_PACKAGES" && op.PackageNames is not { Count: > 0 })
            {
                throw OciException.Invalid($"operationType {type} needs packageNames.");
            }
            if (type == "INSTALL_WINDOWS_UPDATES" && op.WindowsUpdateNames is not { Count: > 0 })
            {
                throw OciException.Invalid("operationType INSTALL_WINDOWS_UPDATES needs windowsUpdateNames (Microsoft's update ids).");
            }
            if (op.RebootTimeoutInMins is not null && type != "REBOOT")
            {
                throw OciException.Invalid($"rebootTimeoutInMins applies only to REBOOT, not {type}.");
            }
            HubUnits.RebootTimeout(op.RebootTimeoutInMins);
        }
        if (operations.Count > 1 && operations.Any(o => !HubVocabulary.UpdateOperations.Contains(o.OperationType!)))
        {
            throw OciException.Invalid($"A scheduled job has one operation unless all of them update packages (UPDATE_*); got {string.Join(", ", operations.Select(o => o.OperationType))}.");
        }
        if (operations.Select(o => o.OperationType).Distinct().Count() != operations.Count)
        {
            throw OciException.Invalid("operations names the same operationType twice.");
        }
        return operations.Select(o => new ScheduledJobOperation
        {
            OperationType = o.OperationType,
            PackageNames = o.PackageNames?.ToList(),
            WindowsUpdateNames = o.WindowsUpdateNames?.ToList(),
            RebootTimeoutInMins = o.RebootTimeoutInMins,
        }).ToList();
    }

    /// <summary>Linux operations need Linux targets, Windows ones Windows targets; a reboot takes either.</summary>
    private static void CheckTargets(List<ScheduledJobOperation> operations, params IEnumerable<(string Name, bool IsWindows, string Kind)>[] targets)
    {
        var windows = operations.Select(o => HubVocabulary.ForWindows(o.OperationType!)).FirstOrDefault(w => w is not null);
        if (windows is null)
        {
            return;
        }
        foreach (var (name, isWindows, kind) in targets.SelectMany(t => t))
        {
            if (isWindows != windows)
            {
                throw OciException.Invalid(windows == true
                    ? $"{operations[0].OperationType} installs Windows updates, but {kind} {name} runs Linux."
                    : $"{operations[0].OperationType} works on Linux packages, but {kind} {name} runs Windows; use the Windows update operations.");
            }
        }
    }

    /// <summary>A one-time job runs once at its time; a recurring one needs a rule with an occurrence.</summary>
    private static (string? Rule, DateTimeOffset Next) CheckSchedule(string scheduleType, string? rule, DateTimeOffset next, DateTimeOffset now, bool keepPastTime = false)
    {
        if (!HubVocabulary.IsOneOf(scheduleType, HubVocabulary.ScheduleTypes))
        {
            throw OciException.Invalid($"scheduleType '{scheduleType}' is not one of ONETIME, RECURRING.");
        }
        if (!keepPastTime && next < now - ScheduledJobRecord.PastTolerance)
        {
            throw OciException.Invalid($"timeNextExecution {WireJson.FormatTime(next)} is in the past; give a future time.");
        }
        var utc = next.ToUniversalTime();
        if (scheduleType == "ONETIME")
        {
            if (rule is not null)
            {
                throw OciException.Invalid("recurringRule applies only to a RECURRING job; leave it out of a ONETIME one.");
            }
            return (null, utc);
        }
        if (rule is null)
        {
            throw OciException.Invalid("A RECURRING job needs a recurringRule, such as 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0'.");
        }
        RecurrenceRule parsed;
        try
        {
            parsed = RecurrenceRule.Parse(rule);
        }
        catch (FormatException error)
        {
            throw OciException.Invalid(error.Message);
        }
        if (parsed.NextAfter(utc, utc) is null)
        {
            throw OciException.Invalid($"recurringRule '{rule}' has no occurrence after {WireJson.FormatTime(utc)} within ten years.");
        }
        return (parsed.Text, utc);
    }

    private static List<int>? CheckRetryIntervals(List<int>? intervals)
    {
        if (intervals is null)
        {
            return null;
        }
        if (intervals.Count > MaxRetryIntervals || intervals.Any(i => i < 1))
        {
            throw OciException.Invalid(string.Create(CultureInfo.InvariantCulture, $"retryIntervals takes at most {MaxRetryIntervals} waits of at least 1 minute each."));
        }
        return intervals.ToList();
    }
}
