namespace OsManagement.Oci.Engine;

/// <summary>What a scheduled job (or an action run now) does.</summary>
public enum JobOperation
{
    /// <summary>Installs the named packages, or the named Windows updates.</summary>
    Install,

    /// <summary>Updates the named packages (or installs the named Windows updates).</summary>
    Update,

    /// <summary>Removes the named packages.</summary>
    Remove,

    /// <summary>Installs every available update of a kind (<see cref="UpdateKind"/>; All for every update).</summary>
    UpdateAll,

    /// <summary>Restarts the targets (OS Management Hub only).</summary>
    Reboot,

    /// <summary>Promotes the previous stage's content into the target lifecycle stages (OS Management Hub only).</summary>
    Promote,
}

/// <summary>What each operation takes.</summary>
public static class JobOperations
{
    /// <summary>Install, Update and Remove act on named packages or updates.</summary>
    public static bool TakesNames(this JobOperation operation) => operation is JobOperation.Install or JobOperation.Update or JobOperation.Remove;

    /// <summary>Only UpdateAll takes an update kind.</summary>
    public static bool TakesUpdateKind(this JobOperation operation) => operation == JobOperation.UpdateAll;
}
