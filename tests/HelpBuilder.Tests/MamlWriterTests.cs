using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using HelpBuilder.Maml;
using HelpBuilder.Pages;
using HelpBuilder.Tests.TestData;

namespace HelpBuilder.Tests;

public sealed class MamlWriterTests
{
    private static readonly XNamespace Maml = MamlNames.MamlNs;
    private static readonly XNamespace Command = MamlNames.CommandNs;
    private static readonly XNamespace Dev = MamlNames.DevNs;

    private readonly XElement _command;

    public MamlWriterTests()
    {
        var module = Samples.Module();
        var page = CommandPageParser.Parse(Samples.Page, "Get-OsmScheduledJob.md");
        var document = MamlWriter.Write(module.Commands, new Dictionary<string, CommandPage> { [page.Name!] = page });
        // Round-trip through text so the test sees what Get-Help will read.
        var text = document.Declaration + "\n" + document.ToString();
        _command = XDocument.Parse(text).Root!.Element(Command + "command")!;
    }

    private XElement Parameter(string name) =>
        _command.Element(Command + "parameters")!.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == name);

    private static IEnumerable<string> Paras(XElement? parent) =>
        parent!.Element(Maml + "description")!.Elements(Maml + "para").Select(p => p.Value);

    [Fact]
    public void Is_well_formed_maml_with_the_help_items_root()
    {
        var module = Samples.Module();
        var page = CommandPageParser.Parse(Samples.Page);
        var document = MamlWriter.Write(module.Commands, new Dictionary<string, CommandPage> { [page.Name!] = page });
        using var stream = new MemoryStream();
        document.Save(stream);
        stream.Position = 0;
        using var reader = XmlReader.Create(stream);
        while (reader.Read()) { }

        Assert.Equal(XName.Get("helpItems", "http://msh"), document.Root!.Name);
        Assert.Equal("maml", document.Root.Attribute("schema")!.Value);
        Assert.Single(document.Root.Elements(Command + "command"));
    }

    [Fact]
    public void Details_hold_name_verb_noun_and_the_synopsis()
    {
        var details = _command.Element(Command + "details")!;
        Assert.Equal("Get-OsmScheduledJob", details.Element(Command + "name")!.Value);
        Assert.Equal("Get", details.Element(Command + "verb")!.Value);
        Assert.Equal("OsmScheduledJob", details.Element(Command + "noun")!.Value);
        Assert.Equal(new[] { "Gets scheduled jobs." }, Paras(details));
        Assert.Equal(4, Paras(_command).Count());
    }

    [Fact]
    public void Parameter_facts_come_from_the_metadata_not_the_page_yaml()
    {
        var id = Parameter("Id");
        Assert.Equal("true", id.Attribute("required")!.Value);
        Assert.Equal("True (ByPropertyName)", id.Attribute("pipelineInput")!.Value);
        Assert.Equal("0", id.Attribute("position")!.Value);
        Assert.Equal("ScheduledJobId", id.Attribute("aliases")!.Value);
        Assert.Equal("false", id.Attribute("globbing")!.Value);
        Assert.Equal("String[]", id.Element(Command + "parameterValue")!.Value);
        Assert.Equal("System.String[]", id.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(new[] { "The OCIDs of the jobs." }, Paras(id));

        var compartment = Parameter("CompartmentId");
        Assert.Equal("True (ByValue)", compartment.Attribute("pipelineInput")!.Value);
        Assert.Equal("named", compartment.Attribute("position")!.Value);
        Assert.Equal("none", compartment.Attribute("aliases")!.Value);
        Assert.Equal("The tenancy", compartment.Element(Dev + "defaultValue")!.Value);

        Assert.Equal("true", Parameter("DisplayName").Attribute("globbing")!.Value);
        Assert.Equal("None", Parameter("DisplayName").Element(Dev + "defaultValue")!.Value);
    }

    [Fact]
    public void Parameters_are_listed_once_with_WhatIf_last_and_given_its_standard_description()
    {
        var names = _command.Element(Command + "parameters")!.Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value);
        Assert.Equal(new[] { "Id", "CompartmentId", "DisplayName", "State", "Upcoming", "WhatIf" }, names);
        Assert.Equal(new[] { "Shows what would happen if the cmdlet runs. The cmdlet is not run." }, Paras(Parameter("WhatIf")));
        Assert.Equal("wi", Parameter("WhatIf").Attribute("aliases")!.Value);
    }

    [Fact]
    public void Syntax_has_one_item_per_parameter_set_default_first()
    {
        var items = _command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("Get-OsmScheduledJob", i.Element(Maml + "name")!.Value));
        var listSet = items[0].Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value);
        Assert.Equal(new[] { "CompartmentId", "DisplayName", "State", "Upcoming", "WhatIf" }, listSet);
        var byId = items[1].Elements(Command + "parameter").ToList();
        Assert.Equal(new[] { "Id", "WhatIf" }, byId.Select(p => p.Element(Maml + "name")!.Value));
        Assert.Equal("true", byId[0].Attribute("required")!.Value);
    }

    [Fact]
    public void Syntax_leaves_switch_values_out_and_lists_accepted_values()
    {
        var listSet = _command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").First();
        var upcoming = listSet.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "Upcoming");
        Assert.Null(upcoming.Element(Command + "parameterValue"));
        Assert.Equal("SwitchParameter", Parameter("Upcoming").Element(Command + "parameterValue")!.Value);

        var state = listSet.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "State");
        var values = state.Element(Command + "parameterValueGroup")!.Elements(Command + "parameterValue").Select(v => v.Value);
        Assert.Equal(new[] { "Active", "Deleted" }, values);
    }

    [Fact]
    public void Inputs_outputs_and_notes_come_from_the_page()
    {
        var input = _command.Element(Command + "inputTypes")!.Element(Command + "inputType")!;
        Assert.Equal("System.String", input.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(new[] { "A compartment id." }, Paras(input));
        var output = Assert.Single(_command.Element(Command + "returnValues")!.Elements(Command + "returnValue"));
        Assert.Equal("OsManagement.OsmScheduledJob", output.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        var alert = _command.Element(Maml + "alertSet")!.Element(Maml + "alert")!;
        Assert.Equal(new[] { "Jobs are listed newest first." }, alert.Elements(Maml + "para").Select(p => p.Value));
    }

    [Fact]
    public void Declared_output_types_missing_from_the_page_are_added()
    {
        var module = Samples.Module();
        var page = CommandPageParser.Parse(Samples.Page.Replace("### OsManagement.OsmScheduledJob", "### OsmScheduledJob"));
        page.Outputs.Clear();
        var document = MamlWriter.Write(module.Commands, new Dictionary<string, CommandPage> { [page.Name!] = page });
        var names = document.Descendants(Command + "returnValue").Select(r => r.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(new[] { "OsManagement.OsmScheduledJob" }, names);

        var shortName = CommandPageParser.Parse(Samples.Page.Replace("### OsManagement.OsmScheduledJob", "### OsmScheduledJob"));
        document = MamlWriter.Write(module.Commands, new Dictionary<string, CommandPage> { [shortName.Name!] = shortName });
        Assert.Single(document.Descendants(Command + "returnValue"));
    }

    [Fact]
    public void Examples_hold_title_code_and_remarks()
    {
        var examples = _command.Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.Equal(2, examples.Count);
        Assert.Contains("Example 1: List the jobs of a compartment", examples[0].Element(Maml + "title")!.Value);
        Assert.Equal(@"PS C:\> Get-OsmScheduledJob -CompartmentId $c", examples[0].Element(Dev + "code")!.Value);
        var remarks = examples[0].Element(Dev + "remarks")!.Elements(Maml + "para").Select(p => p.Value).Where(p => p.Length > 0);
        Assert.Equal(new[] { "Lists every job.", "It streams them." }, remarks);
    }

    [Fact]
    public void Related_links_start_with_the_online_version_and_keep_only_web_addresses()
    {
        var links = _command.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink")
            .Select(l => (l.Element(Maml + "linkText")!.Value, l.Element(Maml + "uri")!.Value)).ToList();
        Assert.Equal(new[]
        {
            ("Online Version:", "https://example.com/help/Get-OsmScheduledJob"),
            ("about_OsManagement", ""),
            ("Oracle docs", "https://docs.oracle.com/iaas/os-management/"),
        }, links);
    }
}
