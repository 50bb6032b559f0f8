using System;
using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>A unit rule's problem as an ErrorRecord: one ErrorId per rule, its instance (or unit) as the target.</summary>
internal static class UnitProblemRecords
{
    public static ErrorRecord Record(UnitProblem problem, ServiceDefinition service, object? target, string? groupCommand = null, string? stageCommand = null)
    {
        var message = Messages.ForUnit(problem, service, groupCommand, stageCommand);
        var on = (object?)problem.Instance?.Id ?? target;
        return problem.Kind switch
        {
            UnitProblemKind.FeatureNotSupported => new ErrorRecord(new NotSupportedException(message), "OsmNeedsHub", ErrorCategory.InvalidOperation, on),
            UnitProblemKind.ChangeThroughUnit => new ErrorRecord(new InvalidOperationException(message), "OsmChangeThroughUnit", ErrorCategory.InvalidOperation, on),
            UnitProblemKind.AlreadyInUnit or UnitProblemKind.GroupHasMembers =>
                new ErrorRecord(new InvalidOperationException(message), ErrorId(problem.Kind), ErrorCategory.ResourceExists, on),
            _ => ErrorRecords.InvalidArgument(ErrorId(problem.Kind), message, on),
        };
    }

    private static string ErrorId(UnitProblemKind kind) => kind switch
    {
        UnitProblemKind.NoOsForGroup => "OsmGroupNeedsOs",
        UnitProblemKind.OtherOsVersion or UnitProblemKind.OtherArchitecture or UnitProblemKind.OtherLocation => "OsmUnitMismatch",
        UnitProblemKind.AlreadyInUnit => "OsmAlreadyInUnit",
        UnitProblemKind.NotAMember => "OsmNotAMember",
        UnitProblemKind.GroupHasMembers => "OsmGroupHasMembers",
        _ => "OsmPromotionOrder",
    };
}
