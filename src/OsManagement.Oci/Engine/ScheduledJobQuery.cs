namespace OsManagement.Oci.Engine;

/// <summary>Server-side filters for listing scheduled jobs.</summary>
public sealed class ScheduledJobQuery
{
    public string CompartmentId { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? ManagedInstanceId { get; set; }
    public string? ManagedInstanceGroupId { get; set; }
    public string? OperationType { get; set; }
    public string? LifecycleState { get; set; }
    public string? OsFamily { get; set; }
}
