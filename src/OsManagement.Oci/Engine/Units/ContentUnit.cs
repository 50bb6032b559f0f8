namespace OsManagement.Oci.Engine;

/// <summary>The kinds of unit a fleet is patched by, beyond one instance and a compartment.</summary>
public enum UnitKind
{
    /// <summary>A managed instance group.</summary>
    Group,

    /// <summary>A stage of a lifecycle environment (dev, test, prod...).</summary>
    LifecycleStage,

    /// <summary>A dynamic set: the instances a matching rule chooses.</summary>
    DynamicSet,
}

/// <summary>A group or lifecycle stage an instance belongs to, through which its content is changed.</summary>
public sealed class ContentUnit
{
    /// <summary>The unit <paramref name="unit"/> of <paramref name="kind"/>, a stage with its <paramref name="environment"/>.</summary>
    public ContentUnit(UnitKind kind, ResourceRef unit, ResourceRef? environment = null)
    {
        Kind = kind;
        Unit = unit;
        Environment = environment;
    }

    /// <summary>A group or a lifecycle stage.</summary>
    public UnitKind Kind { get; }

    /// <summary>The group or stage.</summary>
    public ResourceRef Unit { get; }

    /// <summary>For a stage: its lifecycle environment, when known.</summary>
    public ResourceRef? Environment { get; }

    /// <inheritdoc />
    public override string ToString() => Kind == UnitKind.Group ? $"group {Unit}" : $"lifecycle stage {Unit}";
}
