using System;
using System.Collections.Generic;
using System.Linq;

namespace HelpBuilder.Metadata;

/// <summary>One exported cmdlet as the compiled code declares it.</summary>
public sealed class CommandMetadata
{
    public string Name { get; set; } = "";
    public string Verb { get; set; } = "";
    public string Noun { get; set; } = "";

    /// <summary>The MAML file PowerShell looks for, e.g. <c>OsManagement.dll-Help.xml</c>.</summary>
    public string? HelpFile { get; set; }

    public bool SupportsShouldProcess { get; set; }
    public List<string> OutputTypes { get; set; } = new();
    public string? DefaultParameterSet { get; set; }
    public List<ParameterSetMetadata> ParameterSets { get; set; } = new();

    /// <summary>Every parameter once, in declaration order, with -WhatIf and -Confirm last.</summary>
    public IReadOnlyList<string> ParameterNames =>
        ParameterSets.SelectMany(s => s.Parameters).Select(p => p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(n => StandardParameters.IsShouldProcess(n) ? 1 : 0)
            .ToList();

    /// <summary>The parameter sets in the order help shows them: the default set first.</summary>
    public IEnumerable<ParameterSetMetadata> ParameterSetsDefaultFirst =>
        ParameterSets.OrderBy(s => s.IsDefault || s.Name == DefaultParameterSet ? 0 : 1);

    /// <summary>Each set's view of one parameter (a parameter may differ per set, e.g. mandatory in one only).</summary>
    public IReadOnlyList<(ParameterSetMetadata Set, ParameterMetadata Parameter)> Occurrences(string parameterName) =>
        ParameterSets
            .SelectMany(s => s.Parameters.Where(p => p.Name.Equals(parameterName, StringComparison.OrdinalIgnoreCase))
                .Select(p => (s, p)))
            .ToList();

    /// <summary>The types the pipeline parameters take (by value or by property name), each once.</summary>
    public IEnumerable<string> PipelineInputTypes =>
        ParameterSets.SelectMany(s => s.Parameters)
            .Where(p => p.ValueFromPipeline || p.ValueFromPipelineByPropertyName)
            .Select(p => p.TypeFullName)
            .Distinct(StringComparer.Ordinal);
}
