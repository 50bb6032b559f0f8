namespace OsManagement.Oci.Engine;

/// <summary>A resource another one names: its OCID and, when the service gives it, its display name.</summary>
public sealed class ResourceRef
{
    /// <summary>A reference to <paramref name="id"/>.</summary>
    public ResourceRef(string id, string? displayName = null)
    {
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>The OCID.</summary>
    public string Id { get; }

    /// <summary>The display name; null when the service gives only the OCID.</summary>
    public string? DisplayName { get; }

    /// <summary>The name, or the OCID when there is none.</summary>
    public string NameOrId => string.IsNullOrEmpty(DisplayName) ? Id : DisplayName!;

    /// <inheritdoc />
    public override string ToString() => NameOrId;
}
