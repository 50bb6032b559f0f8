using System;
using OsManagement.Oci.Engine;

namespace OsManagement;

/// <summary>
/// How engine values read in output properties: LINUX, ONETIME, UPDATEALL, SECURITY, BUG, IN_PROGRESS... These
/// spellings are the module's output contract (scripts and CSV exports compare against them), the same whichever
/// service answers: an enum name in capitals, except where the contract keeps an older spelling (BUG for a bug fix
/// update, IN_PROGRESS, CANCELLING), which is the user word the engine accepts beside the name. A value a service
/// sent that the engine does not know reads as the service wrote it.
/// </summary>
internal static class OutputText
{
    /// <summary>A value's name in capitals (LINUX, UPDATEALL).</summary>
    public static string Upper<T>(T value) where T : struct, Enum => value.ToString().ToUpperInvariant();

    /// <summary>A reported value: known ones in capitals, others as the service wrote them.</summary>
    public static string Of<T>(Reported<T> value) where T : struct, Enum => value.Value is { } v ? Upper(v) : value.Text;

    /// <summary>A reported value, or null when the service sent none.</summary>
    public static string? OrNull<T>(Reported<T> value) where T : struct, Enum => value.IsEmpty ? null : Of(value);

    /// <summary>An update's classification: SECURITY, BUG, ENHANCEMENT or OTHER.</summary>
    public static string Classification(UpdateKind kind) =>
        kind == UpdateKind.Bugfix ? UpdateKinds.BugAlias.ToUpperInvariant() : Upper(kind);

    /// <summary>An update's classification as reported.</summary>
    public static string Classification(Reported<UpdateKind> kind) => kind.Value is { } v ? Classification(v) : kind.Text;

    /// <summary>A work request's status: ACCEPTED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELLING, CANCELED (and WAITING, SKIPPED).</summary>
    public static string Status(Reported<WorkRequestStatus> status) => status.Value switch
    {
        WorkRequestStatus.InProgress => WorkRequestStatuses.InProgressAlias.ToUpperInvariant(),
        WorkRequestStatus.Canceling => WorkRequestStatuses.CancelingAlias.ToUpperInvariant(),
        { } v => Upper(v),
        null => status.Text,
    };
}
