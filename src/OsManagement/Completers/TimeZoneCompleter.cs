using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsManagement.Oci.Engine;

namespace OsManagement.Completers;

/// <summary>Completes time zone ids (America/New_York, UTC...), matching anywhere in the id (york finds America/New_York).</summary>
public sealed class TimeZoneCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = wordToComplete.Trim('\'', '"');
        return TimeZones.Ids
            .Where(z => z.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(z => !z.StartsWith(word, System.StringComparison.OrdinalIgnoreCase)).ThenBy(z => z, System.StringComparer.OrdinalIgnoreCase)
            .Select(z => new CompletionResult(z.Contains(' ') ? $"'{z}'" : z, z, CompletionResultType.ParameterValue, z));
    }
}
