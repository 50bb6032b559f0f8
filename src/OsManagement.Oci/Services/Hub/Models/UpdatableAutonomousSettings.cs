// Wire model of OS Management Hub's UpdatableAutonomousSettings (API 20220901; JSON field names as the service sends them).
namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>The Autonomous Linux settings a user may set on a group.</summary>
internal sealed class UpdatableAutonomousSettings
{
    /// <summary>Indicates whether Autonomous Linux will collect crash files.</summary>
    public bool? IsDataCollectionAuthorized { get; set; }
}
