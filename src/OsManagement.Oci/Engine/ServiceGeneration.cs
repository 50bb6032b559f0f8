namespace OsManagement.Oci.Engine;

/// <summary>Which generation of OS Management a connection talks to.</summary>
public enum ServiceGeneration
{
    /// <summary>OS Management Hub (API 20220901), the service every tenancy runs today.</summary>
    Hub,

    /// <summary>The retired OS Management service (API 20190801), which Oracle ended on 2025-04-23.</summary>
    Classic,
}
