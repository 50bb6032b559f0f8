using System;
using System.Collections.Generic;

namespace HelpBuilder.Pages;

/// <summary>What one docs/&lt;Cmdlet&gt;.md page says: the prose of a cmdlet's help. Facts about parameters come from metadata.</summary>
public sealed class CommandPage
{
    public string SourcePath { get; init; } = "";

    /// <summary>The cmdlet name from the page's <c># Verb-Noun</c> heading, or null when the page has none.</summary>
    public string? Name { get; set; }

    public Dictionary<string, string> FrontMatter { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> Synopsis { get; } = new();
    public List<string> Description { get; } = new();
    public List<ExampleSection> Examples { get; } = new();
    public List<ParameterSection> Parameters { get; } = new();
    public List<TypeSection> Inputs { get; } = new();
    public List<TypeSection> Outputs { get; } = new();
    public List<string> Notes { get; } = new();
    public List<RelatedLink> RelatedLinks { get; } = new();

    /// <summary>The <c>online version:</c> front-matter value, or null when blank.</summary>
    public string? OnlineVersion =>
        FrontMatter.TryGetValue("online version", out var uri) && !string.IsNullOrWhiteSpace(uri) ? uri.Trim() : null;
}

/// <summary>One <c>### Example N: title</c> section: its code blocks and the text that explains them.</summary>
public sealed class ExampleSection
{
    public string Title { get; init; } = "";
    public List<string> CodeBlocks { get; } = new();
    public List<string> Remarks { get; } = new();
}

/// <summary>One <c>### -Name</c> section: the description and the default value from its yaml block.</summary>
public sealed class ParameterSection
{
    public string Name { get; init; } = "";
    public List<string> Description { get; } = new();
    public string? DefaultValue { get; set; }
}

/// <summary>One <c>### TypeName</c> entry under INPUTS or OUTPUTS.</summary>
public sealed class TypeSection
{
    public string TypeName { get; init; } = "";
    public List<string> Description { get; } = new();
}

/// <summary>One link under RELATED LINKS.</summary>
public sealed record RelatedLink(string Text, string Uri);
