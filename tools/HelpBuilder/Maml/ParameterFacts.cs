using System.Collections.Generic;
using System.Linq;
using HelpBuilder.Metadata;

namespace HelpBuilder.Maml;

/// <summary>
/// The MAML attribute values of a parameter, from the compiled cmdlet. For one parameter set they are
/// exact; for the command-wide parameter list they are merged over every set the parameter is in
/// (required if mandatory in any set, as PowerShell's own help does; pipeline input is the union).
/// </summary>
public sealed record ParameterFacts(
    string Name,
    string TypeName,
    string TypeFullName,
    bool IsSwitch,
    bool Required,
    string Position,
    string PipelineInput,
    bool Globbing,
    string Aliases,
    IReadOnlyList<string> ValidValues)
{
    public static ParameterFacts ForSet(ParameterMetadata p) => Merge(new[] { p }, p.Position);

    public static ParameterFacts ForCommand(CommandMetadata command, string parameterName)
    {
        var occurrences = command.Occurrences(parameterName);
        var inDefaultSet = occurrences.FirstOrDefault(o => o.Set.IsDefault || o.Set.Name == command.DefaultParameterSet);
        int? position = inDefaultSet.Parameter?.Position
                        ?? occurrences.Select(o => o.Parameter.Position).FirstOrDefault(p => p.HasValue);
        return Merge(occurrences.Select(o => o.Parameter).ToList(), position);
    }

    private static ParameterFacts Merge(IReadOnlyList<ParameterMetadata> occurrences, int? position)
    {
        var first = occurrences[0];
        return new ParameterFacts(
            first.Name,
            first.TypeName,
            first.TypeFullName,
            first.IsSwitch,
            occurrences.Any(p => p.Mandatory),
            position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named",
            PipelineText(occurrences.Any(p => p.ValueFromPipelineByPropertyName), occurrences.Any(p => p.ValueFromPipeline)),
            occurrences.Any(p => p.SupportsWildcards),
            first.Aliases.Count == 0 ? "none" : string.Join(", ", first.Aliases),
            first.ValidValues);
    }

    /// <summary>platyPS's wording: False, True (ByValue), True (ByPropertyName), True (ByPropertyName, ByValue).</summary>
    public static string PipelineText(bool byPropertyName, bool byValue) => (byPropertyName, byValue) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByPropertyName)",
        (false, true) => "True (ByValue)",
        _ => "False",
    };
}
