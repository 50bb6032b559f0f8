namespace OsManagement.Oci.Engine;

/// <summary>
/// The operating system family of an instance, a group, an update or a job. OS Management Hub's detailed families
/// (ORACLE_LINUX_8, WINDOWS_SERVER_2022, ...) map onto these; the detail is kept beside them as data.
/// </summary>
public enum OsFamily
{
    /// <summary>Linux (Oracle Linux, and on Hub also the other Linux distributions).</summary>
    Linux,

    /// <summary>Windows (Windows Server, and on Hub Windows 11).</summary>
    Windows,

    /// <summary>Both families: a job or group that is for either (the services' ALL). Never an instance's family.</summary>
    All,
}
