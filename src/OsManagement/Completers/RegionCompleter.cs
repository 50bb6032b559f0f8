using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsManagement.Oci.Http;

namespace OsManagement.Completers;

/// <summary>Completes OCI region ids (and, for the Get cmdlets that read several regions, * for every subscribed one).</summary>
public sealed class RegionCompleter : IArgumentCompleter
{
    // The cmdlets whose -Region takes several regions or *.
    private static readonly HashSet<string> ReadSeveral = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "Get-OsmComplianceReport", "Get-OsmManagedInstance", "Get-OsmScheduledJob", "Get-OsmWorkRequest",
    };

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var every = ReadSeveral.Contains(commandName) && wordToComplete.Length == 0
            ? new[] { new CompletionResult("'*'", "*", CompletionResultType.ParameterValue, "Every region the tenancy subscribes to") }
            : Enumerable.Empty<CompletionResult>();
        return every.Concat(OciRegions.KnownRegionIds
            .Where(r => r.StartsWith(wordToComplete, System.StringComparison.OrdinalIgnoreCase))
            .Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r)));
    }
}
