using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OsManagement;

/// <summary>
/// Checks, at parameter binding and so before any request, that a value is an OCID and not one of a kind this
/// module knows to be another (an instance OCID given as a job's -Id). Kinds it does not know pass: OCI may use
/// kinds we have not seen, so only a definite mix-up is refused. Both generations' kinds are known: a scheduled job
/// is ocid1.scheduledjob on the retired service and ocid1.osmhscheduledjob on OS Management Hub.
/// </summary>
/// <remarks>
/// The refusal says where the OCID the user gave does go: a parameter of the same cmdlet that takes it (found in
/// <see cref="Command"/>'s parameters), else the command that reads that kind of resource. Every hint names a parameter
/// or command that exists where the user is.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateOcidAttribute : ValidateEnumeratedArgumentsAttribute
{
    private static readonly Regex Shape = new(@"^ocid1\.(?<kind>[a-z0-9]+)\.[a-z0-9-]+\.[a-z0-9-]*\.[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    /// <summary>What the module knows, by resource: its OCID kinds (the second part of an OCID), its name, and the command that reads one.</summary>
    private static readonly IReadOnlyDictionary<string, (string[] Kinds, string Name, string Reader)> Resources = new Dictionary<string, (string[], string, string)>
    {
        ["instance"] = (new[] { "instance" }, "managed instance", "Get-OsmManagedInstance -Id"),
        ["managedinstancegroup"] = (new[] { "managedinstancegroup", "osmhmanagedinstancegroup" }, "managed instance group", "Get-OsmManagedInstanceGroup -Id"),
        ["scheduledjob"] = (new[] { "scheduledjob", "osmhscheduledjob" }, "scheduled job", "Get-OsmScheduledJob -Id"),
        ["workrequest"] = (new[] { "osmsworkrequest", "osmhworkrequest" }, "work request", "Get-OsmWorkRequest -Id"),
        ["compartment"] = (new[] { "compartment" }, "compartment", "Get-OsmManagedInstance -CompartmentId"),
        ["tenancy"] = (new[] { "tenancy" }, "tenancy", "Get-OsmManagedInstance -CompartmentId"),
        ["lifecycleenvironment"] = (new[] { "osmhlifecycleenvironment" }, "lifecycle environment", "Get-OsmLifecycleEnvironment -Id"),
        ["lifecyclestage"] = (new[] { "osmhlifecyclestage" }, "lifecycle stage", "Get-OsmLifecycleStage -Id"),
        ["dynamicset"] = (new[] { "osmhdynamicset" }, "dynamic set", "Get-OsmDynamicSet -Id"),
        ["softwaresource"] = (new[] { "osmhsoftwaresource" }, "software source", "Invoke-OsmLifecyclePromotion -SoftwareSourceId"),
    };

    private readonly string[] _resources;

    /// <summary>
    /// Accepts OCIDs of these resources ("instance", "managedinstancegroup", "scheduledjob", "workrequest",
    /// "compartment", "tenancy"), in either generation's kinds, and of kinds this module does not know.
    /// </summary>
    public ValidateOcidAttribute(string resource, params string[] otherResources)
    {
        _resources = otherResources.Prepend(resource).ToArray();
        foreach (var name in _resources)
        {
            if (!Resources.ContainsKey(name))
            {
                throw new ArgumentException($"'{name}' is not a resource ValidateOcid knows: {string.Join(", ", Resources.Keys)}.");
            }
        }
    }

    /// <summary>The cmdlet the parameter belongs to: a refusal names its parameter that takes the OCID given, when it has one.</summary>
    public Type? Command { get; set; }

    /// <summary>Every OCID kind the module knows (the second part of an OCID), for tests of the hints.</summary>
    public static IReadOnlyList<string> KnownKinds { get; } = Resources.Values.SelectMany(r => r.Kinds).Distinct().ToList();

    /// <summary>The OCID kinds this parameter takes.</summary>
    public IReadOnlyList<string> Kinds => _resources.SelectMany(r => Resources[r].Kinds).ToList();

    /// <inheritdoc />
    protected override void ValidateElement(object element)
    {
        var value = element as string ?? (element as PSObject)?.BaseObject as string ?? element?.ToString() ?? "";
        if (Refusal(value, Command, _resources) is { } message)
        {
            throw new ValidationMetadataException(message);
        }
    }

    /// <summary>Why <paramref name="value"/> is not an OCID of one of <paramref name="resources"/>; null when it may be.</summary>
    internal static string? Refusal(string value, Type? command, params string[] resources)
    {
        var match = Shape.Match(value);
        var expected = Resources[resources[0]];
        var example = expected.Kinds.Last();
        if (!match.Success)
        {
            return Infrastructure.Messages.InvalidOcid(expected.Name, example, value);
        }
        var kind = match.Groups["kind"].Value;
        if (resources.Any(r => Resources[r].Kinds.Contains(kind)))
        {
            return null;
        }
        var given = Resources.Values.FirstOrDefault(r => r.Kinds.Contains(kind));
        if (given.Name is null)
        {
            return null;
        }
        var hint = ParameterFor(command, kind) is { } parameter
            ? Infrastructure.Messages.OcidGoesTo(given.Name, parameter)
            : Infrastructure.Messages.OcidIsReadBy(given.Name, given.Reader, value);
        return Infrastructure.Messages.WrongKindOcid(expected.Name, example, value, given.Name, hint);
    }

    // The cmdlet's parameter for an OCID of this kind, if any: one made for it first (-ManagedInstanceGroupId for a
    // group, though -ManagedInstanceId also lets piped groups through), else any that takes it.
    private static string? ParameterFor(Type? command, string kind)
    {
        var taking = command?.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
            .Select(p => (p.Name, Ocid: p.GetCustomAttribute<ValidateOcidAttribute>()))
            .Where(p => p.Ocid is not null && p.Ocid.Kinds.Contains(kind))
            .ToList();
        return taking is null || taking.Count == 0 ? null
            : taking.FirstOrDefault(p => Resources[p.Ocid!._resources[0]].Kinds.Contains(kind)).Name ?? taking[0].Name;
    }
}
