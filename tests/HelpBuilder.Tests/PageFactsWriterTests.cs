using System;
using System.Linq;
using HelpBuilder.Metadata;
using HelpBuilder.Pages;
using HelpBuilder.Sync;
using HelpBuilder.Tests.TestData;

namespace HelpBuilder.Tests;

/// <summary>Samples.Page states stale facts on purpose: its SYNTAX lacks the ById set and its yaml blocks disagree with the metadata.</summary>
public sealed class PageFactsWriterTests
{
    private static readonly CommandMetadata Command = Samples.Module().Commands[0];
    private readonly PageFacts _rewritten = PageFactsWriter.Rewrite(Samples.Page, Command);

    private static string Section(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        int end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"'{from}' ... '{to}' not found");
        return text[start..end];
    }

    [Fact]
    public void Rewrites_a_stale_syntax_section_with_every_set_default_first()
    {
        Assert.Equal(
            "## SYNTAX\n\n" +
            "### List (Default)\n```powershell\nGet-OsmScheduledJob [-CompartmentId <String>] [-DisplayName <String>] [-State <String>] [-Upcoming] [-WhatIf] [<CommonParameters>]\n```\n\n" +
            "### ById\n```powershell\nGet-OsmScheduledJob [-Id] <String[]> [-WhatIf] [<CommonParameters>]\n```\n\n",
            Section(_rewritten.Text, "## SYNTAX", "## DESCRIPTION"));
        Assert.Contains("## SYNTAX", _rewritten.Changes);
    }

    [Fact]
    public void Rewrites_stale_yaml_facts_from_the_metadata()
    {
        Assert.Equal(
            "```yaml\nType: String[]\nParameter Sets: ById\nAliases: ScheduledJobId\n\nRequired: True\nPosition: 0\nDefault value: None\n" +
            "Accept pipeline input: True (ByPropertyName)\nAccept wildcard characters: False\n```\n\n",
            Section(_rewritten.Text, "```yaml", "### -CompartmentId"));
        Assert.Contains("-Id", _rewritten.Changes);
    }

    [Fact]
    public void Keeps_the_default_value_the_page_gives()
    {
        string compartment = Section(_rewritten.Text, "### -CompartmentId", "### -DisplayName");
        Assert.Contains("Default value: The tenancy\n", compartment);
        Assert.Contains("Accept pipeline input: True (ByValue)\n", compartment);
    }

    [Fact]
    public void Completes_a_partial_yaml_block()
    {
        Assert.Equal(
            "### -DisplayName\nA name filter.\n\n```yaml\nType: String\nParameter Sets: List\nAliases:\n\nRequired: False\nPosition: Named\n" +
            "Default value: None\nAccept pipeline input: False\nAccept wildcard characters: True\n```\n\n",
            Section(_rewritten.Text, "### -DisplayName", "### -State"));
    }

    [Fact]
    public void Adds_a_yaml_block_after_the_description_when_the_page_has_none()
    {
        Assert.Equal(
            "### -State\nThe state.\n\n```yaml\nType: String\nParameter Sets: List\nAliases:\nAccepted values: Active, Deleted\n\nRequired: False\nPosition: Named\n" +
            "Default value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n\n",
            Section(_rewritten.Text, "### -State", "### -Upcoming"));
        Assert.Contains("-State", _rewritten.Changes);
    }

    [Fact]
    public void Leaves_the_prose_untouched()
    {
        foreach (var (from, to) in new[] { ("---", "## SYNTAX"), ("## DESCRIPTION", "## PARAMETERS"), ("### CommonParameters", "[Oracle docs]") })
            Assert.Equal(Section(Samples.Page, from, to), Section(_rewritten.Text, from, to));
        Assert.EndsWith("[Oracle docs](https://docs.oracle.com/iaas/os-management/)", _rewritten.Text);

        var before = CommandPageParser.Parse(Samples.Page);
        var after = CommandPageParser.Parse(_rewritten.Text);
        Assert.Equal(before.Parameters.Select(p => (p.Name, string.Join("|", p.Description), p.DefaultValue)),
            after.Parameters.Select(p => (p.Name, string.Join("|", p.Description), p.DefaultValue)));
        Assert.Equal(before.Examples.SelectMany(e => e.CodeBlocks.Concat(e.Remarks)), after.Examples.SelectMany(e => e.CodeBlocks.Concat(e.Remarks)));
    }

    [Fact]
    public void Rewriting_a_rewritten_page_changes_nothing()
    {
        var again = PageFactsWriter.Rewrite(_rewritten.Text, Command);
        Assert.False(again.Changed);
        Assert.Equal(_rewritten.Text, again.Text);
    }

    [Fact]
    public void Merges_the_blocks_of_sets_that_now_bind_alike_into_one()
    {
        string page = Samples.Page.Replace("### -Upcoming\nOnly jobs due to run.\n",
            "### -Upcoming\nOnly jobs due to run.\n\n### -WhatIf\nShows what would happen.\n\n" +
            "```yaml\nType: SwitchParameter\nParameter Sets: Gone\nAliases: wi\n\nRequired: True\nPosition: Named\nDefault value: False\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n\n" +
            "```yaml\nType: SwitchParameter\nParameter Sets: AlsoGone\nAliases: wi\n\nRequired: False\nPosition: Named\nDefault value: False\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n");
        string text = PageFactsWriter.Rewrite(page, Command).Text;

        Assert.Equal(
            "### -WhatIf\nShows what would happen.\n\n```yaml\nType: SwitchParameter\nParameter Sets: (All)\nAliases: wi\n\nRequired: False\nPosition: Named\n" +
            "Default value: False\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n\n",
            Section(text, "### -WhatIf", "### CommonParameters"));
        Assert.False(PageFactsWriter.Rewrite(text, Command).Changed);
    }

    [Fact]
    public void Splits_a_block_when_the_parameter_binds_differently_per_set_keeping_its_default()
    {
        var module = Samples.Module();
        var command = module.Commands[0];
        command.ParameterSets.Single(s => s.Name == "List").Parameters.Add(new ParameterMetadata
        {
            Name = "Id", TypeName = "String[]", TypeFullName = "System.String[]", Aliases = { "ScheduledJobId" },
        });
        string page = Samples.Page.Replace("Parameter Sets: ById\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: None",
            "Parameter Sets: (All)\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: Every job");
        string text = PageFactsWriter.Rewrite(page, command).Text;

        string id = Section(text, "### -Id", "### -CompartmentId");
        Assert.Contains("Parameter Sets: ById\nAliases: ScheduledJobId\n\nRequired: True\nPosition: 0\nDefault value: Every job\n", id);
        Assert.Contains("```\n\n```yaml\nType: String[]\nParameter Sets: List\nAliases: ScheduledJobId\n\nRequired: False\nPosition: Named\nDefault value: Every job\n", id);
        Assert.False(PageFactsWriter.Rewrite(text, command).Changed);
    }

    [Fact]
    public void Headings_inside_code_blocks_are_left_alone()
    {
        string page = Samples.Page.Replace("Lists every job.\n",
            "Lists every job.\n\n```powershell\n## SYNTAX\n### -Id\n```yaml\nType: Nonsense\n```\n");
        var rewritten = PageFactsWriter.Rewrite(page, Command);
        Assert.Contains("```powershell\n## SYNTAX\n### -Id\n```yaml\nType: Nonsense\n```\n", rewritten.Text);
        Assert.Equal(Section(_rewritten.Text, "## SYNTAX", "## DESCRIPTION"), Section(rewritten.Text, "## SYNTAX", "## DESCRIPTION"));
    }

    [Fact]
    public void Adds_a_missing_syntax_section_after_the_synopsis()
    {
        string page = Samples.Page.Remove(Samples.Page.IndexOf("## SYNTAX", StringComparison.Ordinal),
            Samples.Page.IndexOf("## DESCRIPTION", StringComparison.Ordinal) - Samples.Page.IndexOf("## SYNTAX", StringComparison.Ordinal));
        string text = PageFactsWriter.Rewrite(page, Command).Text;
        Assert.Contains("## SYNOPSIS\nGets scheduled jobs.\n\n## SYNTAX\n\n### List (Default)\n", text);
        Assert.Equal(_rewritten.Text, text);
    }

    [Fact]
    public void Keeps_windows_line_ends()
    {
        string page = Samples.Page.Replace("\n", "\r\n");
        var rewritten = PageFactsWriter.Rewrite(page, Command);
        Assert.Equal(_rewritten.Text.Replace("\n", "\r\n"), rewritten.Text);
        Assert.False(PageFactsWriter.Rewrite(rewritten.Text, Command).Changed);
    }
}
