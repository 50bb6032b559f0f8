namespace OsManagement.Emulator.Apis;

/// <summary>
/// A scheduled job as both OS Management APIs keep one: what it is called and where, its tags, the work it made, its
/// lifecycle and its etag. Each API adds its schedule, its targets and what the job does.
/// </summary>
internal abstract class ScheduledJobRecord
{
    /// <summary>How far in the past (virtual time) a timeNextExecution may be, for clients whose clocks lag.</summary>
    public static readonly TimeSpan PastTolerance = TimeSpan.FromMinutes(5);

    public required string Id { get; init; }
    public required string CompartmentId { get; set; }
    /// <summary>The region whose endpoint made it (a job lives in one region, as its instances do); empty: home.</summary>
    public string Region { get; init; } = Platform.Regions.RequestRegion.Current ?? "";
    public required string DisplayName { get; set; }
    public string? Description { get; set; }
    /// <summary>ONETIME or RECURRING.</summary>
    public required string ScheduleType { get; set; }
    public DateTimeOffset? TimeLastExecution { get; set; }
    /// <summary>The top-level work requests its runs made (cleaned-up ones leave).</summary>
    public List<string> WorkRequestIds { get; } = new();
    public string LifecycleState { get; set; } = "ACTIVE";
    public Dictionary<string, string> FreeformTags { get; set; } = new();
    public Dictionary<string, Dictionary<string, object>> DefinedTags { get; set; } = new();
    public bool IsRestricted { get; init; }
    public required DateTimeOffset TimeCreated { get; init; }
    /// <summary>Bumped on every change; the etag is derived from it.</summary>
    public int Version { get; set; } = 1;

    public string ETag => ETags.For(Id, Version);

    /// <summary>412 when <paramref name="ifMatch"/> names another version of the job; none (or <c>*</c>) matches any.</summary>
    public void CheckETag(string? ifMatch)
    {
        if (!string.IsNullOrEmpty(ifMatch) && ifMatch != "*" && ifMatch.Trim('"') != ETag)
        {
            throw OciException.PreconditionFailed();
        }
    }

    /// <summary>Deleted: 404 from now on, out of every list, never run again.</summary>
    public void Delete(string? ifMatch)
    {
        CheckETag(ifMatch);
        LifecycleState = "DELETED";
        StopRunning();
        Version++;
    }

    /// <summary>Moves the job to another ACTIVE compartment (404 for one that is not).</summary>
    public void MoveTo(EmulatorStore store, string? compartmentId, string? ifMatch)
    {
        CheckETag(ifMatch);
        var target = RequestReader.Required(compartmentId, "compartmentId");
        if (!store.IsActiveCompartment(target))
        {
            throw OciException.NotFound($"Compartment {target}");
        }
        CompartmentId = target;
        Version++;
    }

    /// <summary>Takes the job off the schedule (it was deleted).</summary>
    protected abstract void StopRunning();
}
