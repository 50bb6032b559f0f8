using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using HelpBuilder.Metadata;
using HelpBuilder.Pages;
using static HelpBuilder.Maml.MamlNames;

namespace HelpBuilder.Maml;

/// <summary>
/// Writes MAML command help (the &lt;Assembly&gt;.dll-Help.xml that Get-Help reads for binary modules):
/// facts from the compiled cmdlets, prose from the validated pages.
/// </summary>
public static class MamlWriter
{
    /// <param name="commands">The cmdlets that share one help file.</param>
    /// <param name="pages">A validated page for every command in <paramref name="commands"/>, by cmdlet name.</param>
    public static XDocument Write(IEnumerable<CommandMetadata> commands, IReadOnlyDictionary<string, CommandPage> pages) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(HelpItemsNs + "helpItems", new XAttribute("schema", "maml"),
                commands.Select(c => Command(c, pages[c.Name]))));

    private static XElement Command(CommandMetadata command, CommandPage page) =>
        new(CommandNs + "command",
            new XAttribute(XNamespace.Xmlns + "maml", MamlNs),
            new XAttribute(XNamespace.Xmlns + "command", CommandNs),
            new XAttribute(XNamespace.Xmlns + "dev", DevNs),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelpNs),
            new XElement(CommandNs + "details",
                new XElement(CommandNs + "name", command.Name),
                new XElement(CommandNs + "verb", command.Verb),
                new XElement(CommandNs + "noun", command.Noun),
                Description(page.Synopsis)),
            Description(page.Description),
            new XElement(CommandNs + "syntax",
                command.ParameterSetsDefaultFirst.Select(set => SyntaxItem(command, set, page))),
            new XElement(CommandNs + "parameters",
                command.ParameterNames.Select(name => Parameter(ParameterFacts.ForCommand(command, name), page, inSyntax: false))),
            new XElement(CommandNs + "inputTypes",
                TypeEntries(page.Inputs, command.PipelineInputTypes).Select(t => TypeEntry("inputType", t))),
            new XElement(CommandNs + "returnValues",
                TypeEntries(page.Outputs, command.OutputTypes).Select(t => TypeEntry("returnValue", t))),
            page.Notes.Count == 0 ? null : new XElement(MamlNs + "alertSet", new XElement(MamlNs + "alert", Paras(page.Notes))),
            new XElement(CommandNs + "examples", page.Examples.Select(Example)),
            new XElement(CommandNs + "relatedLinks", Links(page)));

    private static XElement SyntaxItem(CommandMetadata command, ParameterSetMetadata set, CommandPage page) =>
        new(CommandNs + "syntaxItem",
            new XElement(MamlNs + "name", command.Name),
            SyntaxOrder(set.Parameters).Select(p => Parameter(ParameterFacts.ForSet(p), page, inSyntax: true)));

    /// <summary>Positional parameters by position, then mandatory ones, then the rest; -WhatIf and -Confirm last.</summary>
    private static IEnumerable<ParameterMetadata> SyntaxOrder(IEnumerable<ParameterMetadata> parameters) =>
        parameters
            .OrderBy(p => StandardParameters.IsShouldProcess(p.Name) ? 3 : p.Position.HasValue ? 0 : p.Mandatory ? 1 : 2)
            .ThenBy(p => p.Position ?? 0);

    private static XElement Parameter(ParameterFacts facts, CommandPage page, bool inSyntax)
    {
        var section = page.Parameters.FirstOrDefault(s => s.Name.Equals(facts.Name, StringComparison.OrdinalIgnoreCase));
        var description = section is { Description.Count: > 0 } && !Placeholder.IsUnwritten(section.Description)
            ? section.Description
            : new List<string> { StandardParameters.DefaultDescription(facts.Name) ?? "" };
        return new XElement(CommandNs + "parameter",
            new XAttribute("required", facts.Required ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", facts.Globbing ? "true" : "false"),
            new XAttribute("pipelineInput", facts.PipelineInput),
            new XAttribute("position", facts.Position),
            new XAttribute("aliases", facts.Aliases),
            new XElement(MamlNs + "name", facts.Name),
            Description(description),
            inSyntax && facts.ValidValues.Count > 0
                ? new XElement(CommandNs + "parameterValueGroup", facts.ValidValues.Select(v => ParameterValue(v, required: false)))
                : null,
            // PowerShell's own help leaves the value out of a switch in syntax, so it reads [-Force], not [-Force <SwitchParameter>].
            inSyntax && facts.IsSwitch ? null : ParameterValue(facts.TypeName, required: !facts.IsSwitch),
            new XElement(DevNs + "type", new XElement(MamlNs + "name", facts.TypeFullName), new XElement(MamlNs + "uri")),
            new XElement(DevNs + "defaultValue", section?.DefaultValue ?? "None"));
    }

    private static XElement ParameterValue(string text, bool required) =>
        new(CommandNs + "parameterValue",
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", "false"),
            text);

    /// <summary>The page's entries, plus any declared type the page does not mention; "None" when there are none.</summary>
    private static IEnumerable<TypeSection> TypeEntries(IReadOnlyList<TypeSection> documented, IEnumerable<string> declared)
    {
        var entries = documented.ToList();
        foreach (var typeName in declared)
        {
            string shortName = typeName[(typeName.LastIndexOf('.') + 1)..];
            if (!entries.Any(e => e.TypeName.Equals(typeName, StringComparison.OrdinalIgnoreCase)
                                  || e.TypeName.Equals(shortName, StringComparison.OrdinalIgnoreCase)))
                entries.Add(new TypeSection { TypeName = typeName });
        }
        if (entries.Count == 0) entries.Add(new TypeSection { TypeName = "None" });
        return entries;
    }

    private static XElement TypeEntry(string elementName, TypeSection type) =>
        new(CommandNs + elementName,
            new XElement(DevNs + "type", new XElement(MamlNs + "name", type.TypeName)),
            Description(type.Description));

    private static XElement Example(ExampleSection example) =>
        new(CommandNs + "example",
            new XElement(MamlNs + "title", $"---------- {example.Title} ----------"),
            new XElement(DevNs + "code", string.Join("\n\n", example.CodeBlocks)),
            // The trailing empty paragraph puts a blank line between one example and the next title in Get-Help.
            new XElement(DevNs + "remarks", Paras(example.Remarks.Append(""))));

    private static IEnumerable<XElement> Links(CommandPage page)
    {
        if (page.OnlineVersion is { } online) yield return Link("Online Version:", online);
        foreach (var link in page.RelatedLinks)
            yield return Link(link.Text, MarkdownText.IsWebAddress(link.Uri) ? link.Uri : "");
    }

    private static XElement Link(string text, string uri) =>
        new(MamlNs + "navigationLink", new XElement(MamlNs + "linkText", text), new XElement(MamlNs + "uri", uri));

    private static XElement Description(IEnumerable<string> paragraphs) => new(MamlNs + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => new XElement(MamlNs + "para", p));
}
