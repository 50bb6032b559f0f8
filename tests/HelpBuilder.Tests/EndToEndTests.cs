using System.Linq;
using System.Text.RegularExpressions;
using HelpBuilder.Metadata;

namespace HelpBuilder.Tests;

/// <summary>Export-CommandMetadata.ps1, HelpBuilder and PowerShell's own Get-Help, together on a real binary module.</summary>
public sealed class EndToEndTests : IClassFixture<EndToEndFixture>
{
    private readonly EndToEndFixture _run;

    public EndToEndTests(EndToEndFixture run) => _run = run;

    private string HelpText(string name)
    {
        Assert.True(_run.Help.ContainsKey(name), $"no '{name}' output; pwsh errors:\n{_run.HelpErrors}");
        // Get-Help wraps and indents; compare with runs of white space made single.
        return Regex.Replace(_run.Help[name], @"\s+", " ");
    }

    private CommandMetadata Command(string name) => _run.Metadata.Commands.Single(c => c.Name == name);

    [Fact]
    public void The_export_script_writes_every_exported_cmdlet()
    {
        Assert.True(_run.ExportResult.ExitCode == 0, _run.ExportResult.Errors);
        Assert.Equal("HelpFixture", _run.Metadata.ModuleName);
        Assert.Equal(new[] { "Get-Widget", "Remove-Widget" }, _run.Metadata.Commands.Select(c => c.Name));
        Assert.Equal("HelpFixture.dll-Help.xml", Command("Get-Widget").HelpFile);
    }

    [Fact]
    public void The_export_script_reads_parameter_facts_from_the_compiled_cmdlet()
    {
        var get = Command("Get-Widget");
        Assert.Equal("List", get.DefaultParameterSet);
        Assert.Equal(new[] { "HelpFixture.Widget" }, get.OutputTypes);
        Assert.False(get.SupportsShouldProcess);
        var id = get.ParameterSets.Single(s => s.Name == "ById").Parameters.Single(p => p.Name == "Id");
        Assert.True(id.Mandatory);
        Assert.Equal(0, id.Position);
        Assert.True(id.ValueFromPipelineByPropertyName);
        Assert.False(id.ValueFromPipeline);
        Assert.Equal(new[] { "WidgetId" }, id.Aliases);
        Assert.Equal("String[]", id.TypeName);
        Assert.Equal("System.String[]", id.TypeFullName);

        var list = get.ParameterSets.Single(s => s.Name == "List");
        Assert.True(list.IsDefault);
        Assert.True(list.Parameters.Single(p => p.Name == "Name").SupportsWildcards);
        Assert.Equal(new[] { "Red", "Blue" }, list.Parameters.Single(p => p.Name == "Color").ValidValues);
        Assert.Equal("DateTime", list.Parameters.Single(p => p.Name == "Since").TypeName);
        Assert.True(list.Parameters.Single(p => p.Name == "Detailed").IsSwitch);
        Assert.Null(list.Parameters.Single(p => p.Name == "Detailed").Position);
    }

    [Fact]
    public void The_export_script_leaves_out_common_parameters_but_keeps_WhatIf_and_Confirm()
    {
        var remove = Command("Remove-Widget");
        Assert.True(remove.SupportsShouldProcess);
        Assert.Equal(new[] { "Id", "WhatIf", "Confirm" }, remove.ParameterNames);
        var id = remove.ParameterSets.Single().Parameters.Single(p => p.Name == "Id");
        Assert.True(id.ValueFromPipeline && id.ValueFromPipelineByPropertyName);
        Assert.DoesNotContain(_run.Metadata.Commands.SelectMany(c => c.ParameterNames), n => n is "Verbose" or "ErrorAction" or "ProgressAction" or "OutVariable");
    }

    [Fact]
    public void The_fixture_docs_build() => Assert.True(_run.BuildExitCode == 0, _run.BuildErrors);

    [Fact]
    public void Get_Help_Full_shows_synopsis_description_syntax_and_parameters()
    {
        string full = HelpText("Full");
        Assert.Contains("SYNOPSIS Gets widgets from the widget store.", full);
        Assert.Contains("The `Get-Widget` cmdlet gets widgets. Without parameters it lists every widget", full);
        Assert.Contains("Get-Widget [-Name <String>] [-Color {Red | Blue}] [-Since <DateTime>] [-Detailed] [<CommonParameters>]", full);
        Assert.Contains("Get-Widget [-Id] <String[]>", full);
        Assert.Contains("-Id <String[]> The ids of the widgets to get. Required? true Position? 0 Default value None Accept pipeline input? True (ByPropertyName) Aliases WidgetId Accept wildcard characters? false", full);
        Assert.Contains("-Name <String> The name of the widgets to get. Wildcards are allowed. Required? false Position? named Default value None Accept pipeline input? False Aliases none Accept wildcard characters? true", full);
        Assert.Contains("Default value Red", full);
        Assert.Contains("OUTPUTS HelpFixture.Widget", full);
        Assert.Contains("Widgets are cached for a minute.", full);
        Assert.Contains("Online Version: https://example.com/help/Get-Widget", full);
    }

    [Fact]
    public void Get_Help_Examples_shows_every_example_with_code_and_remarks()
    {
        string examples = HelpText("Examples");
        Assert.Contains("Example 1: List the red widgets", examples);
        Assert.Contains(@"PS C:\> Get-Widget -Color Red This command lists the red widgets.", examples);
        Assert.Contains("Example 2: Get one widget", examples);
        Assert.Contains("Get-Widget -Id w1 Gets widget w1.", examples);
    }

    [Fact]
    public void Get_Help_Parameter_shows_the_description_and_facts() =>
        Assert.Contains("-Id <String[]> The ids of the widgets to get. Required? true Position? 0", HelpText("ParameterId"));

    [Fact]
    public void WhatIf_and_Confirm_get_their_standard_descriptions()
    {
        string remove = HelpText("RemoveFull");
        Assert.Contains("Remove-Widget -Id <String> [-WhatIf] [-Confirm] [<CommonParameters>]", remove);
        Assert.Contains("-WhatIf [<SwitchParameter>] Shows what would happen if the cmdlet runs. The cmdlet is not run.", remove);
        Assert.Contains("-Confirm [<SwitchParameter>] Prompts you for confirmation before running the cmdlet.", remove);
        Assert.Contains("Accept pipeline input? True (ByPropertyName, ByValue)", remove);
    }

    [Fact]
    public void Get_Help_finds_the_about_topic_in_the_module_folder()
    {
        Assert.Contains("TOPIC about_HelpFixture SHORT DESCRIPTION Explains widgets", HelpText("About"));
        Assert.Contains("about_HelpFixture|Explains widgets and how the HelpFixture module manages them.", HelpText("AboutList"));
    }
}
