using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace OsManagement;

/// <summary>
/// Checks, at parameter binding and so before any request, that a value is an OCID and not one of a kind this
/// module knows to be another (an instance OCID given as a job's -Id). Kinds it does not know pass: OCI may use
/// kinds we have not seen, so only a definite mix-up is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateOcidAttribute : ValidateEnumeratedArgumentsAttribute
{
    private static readonly Regex Shape = new(@"^ocid1\.(?<kind>[a-z0-9]+)\.[a-z0-9-]+\.[a-z0-9-]*\.[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    /// <summary>The kinds (the second part of an OCID) this module knows, each with its name and the parameter it goes to.</summary>
    private static readonly IReadOnlyDictionary<string, (string Name, string Parameter)> KnownKinds = new Dictionary<string, (string, string)>
    {
        ["instance"] = ("managed instance", "-ManagedInstanceId"),
        ["managedinstancegroup"] = ("managed instance group", "-ManagedInstanceGroupId"),
        ["scheduledjob"] = ("scheduled job", "-ScheduledJobId"),
        ["osmsworkrequest"] = ("work request", "-WorkRequestId"),
        ["compartment"] = ("compartment", "-CompartmentId"),
        ["tenancy"] = ("tenancy", "-CompartmentId"),
    };

    private readonly string[] _kinds;

    /// <summary>Accepts OCIDs of these kinds (e.g. "compartment", "tenancy"), and of kinds this module does not know.</summary>
    public ValidateOcidAttribute(string kind, params string[] otherKinds) => _kinds = otherKinds.Prepend(kind).ToArray();

    /// <inheritdoc />
    protected override void ValidateElement(object element)
    {
        var value = element as string ?? (element as PSObject)?.BaseObject as string ?? element?.ToString() ?? "";
        if (Refusal(value, _kinds) is { } message)
        {
            throw new ValidationMetadataException(message);
        }
    }

    /// <summary>Why <paramref name="value"/> is not an OCID of one of <paramref name="kinds"/>; null when it may be.</summary>
    internal static string? Refusal(string value, params string[] kinds)
    {
        var match = Shape.Match(value);
        var expected = KnownKinds[kinds[0]].Name;
        if (!match.Success)
        {
            return Infrastructure.Messages.InvalidOcid(expected, kinds[0], value);
        }
        var kind = match.Groups["kind"].Value;
        return !kinds.Contains(kind) && KnownKinds.TryGetValue(kind, out var given)
            ? Infrastructure.Messages.WrongKindOcid(expected, kinds[0], value, given.Name, given.Parameter)
            : null;
    }
}
