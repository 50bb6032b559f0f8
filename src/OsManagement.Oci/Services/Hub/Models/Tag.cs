// Wire model of OS Management Hub's Tag (API 20220901; JSON field names as the service sends them).
namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>A tag a dynamic set's rule matches: FREEFORM (key and value) or DEFINED (namespace.key and value).</summary>
internal sealed class Tag
{
    /// <summary>The key of the tag.</summary>
    public string? Key { get; set; }

    /// <summary>The value associated with the tag key.</summary>
    public string? Value { get; set; }

    /// <summary>The tag's kind: FREEFORM or DEFINED.</summary>
    public string? Type { get; set; }
}
