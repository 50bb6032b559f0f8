using System;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace OsManagement;

/// <summary>
/// Checks, at parameter binding and so before any request, that a value is an OCID of one of the given
/// resource types (any type when none is given).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateOcidAttribute : ValidateEnumeratedArgumentsAttribute
{
    private static readonly Regex Shape = new(@"^ocid1\.(?<type>[a-z0-9]+)\.[a-z0-9-]+\.[a-z0-9-]*\.[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);
    private readonly string[] _types;

    /// <summary>Accepts OCIDs of these resource types (e.g. "compartment", "tenancy").</summary>
    public ValidateOcidAttribute(params string[] types) => _types = types;

    /// <inheritdoc />
    protected override void ValidateElement(object element)
    {
        var value = element as string ?? (element as PSObject)?.BaseObject as string ?? element?.ToString() ?? "";
        var match = Shape.Match(value);
        if (!match.Success || (_types.Length > 0 && !_types.Contains(match.Groups["type"].Value)))
        {
            throw new ValidationMetadataException(Infrastructure.Messages.InvalidOcid(_types.Length > 0 ? _types[0] : "resource", value));
        }
    }
}
