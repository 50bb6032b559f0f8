namespace OsManagement.Infrastructure;

/// <summary>An output record that says which region it was read in (OS Management Hub is regional).</summary>
internal interface IRegional
{
    /// <summary>The region id, e.g. us-ashburn-1.</summary>
    string? Region { get; set; }
}
