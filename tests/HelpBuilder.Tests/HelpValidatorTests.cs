using System.Collections.Generic;
using System.Linq;
using HelpBuilder.About;
using HelpBuilder.Pages;
using HelpBuilder.Tests.TestData;
using HelpBuilder.Validation;

namespace HelpBuilder.Tests;

public sealed class HelpValidatorTests
{
    private const string PagePath = "docs/Get-OsmScheduledJob.md";
    private const string AboutPath = "docs/about_OsManagement.md";

    private static List<HelpProblem> Validate(string page, string? about = Samples.About, string pagePath = PagePath) =>
        Validate(new[] { (page, pagePath) }, about);

    private static List<HelpProblem> Validate(IEnumerable<(string Markdown, string Path)> pages, string? about = Samples.About) =>
        HelpValidator.Validate(
            Samples.Module(),
            pages.Select(p => CommandPageParser.Parse(p.Markdown, p.Path)).ToList(),
            about is null ? null : AboutTopicParser.Parse(about, AboutPath));

    private static string Only(List<HelpProblem> problems) => Assert.Single(problems).ToString();

    [Fact]
    public void A_complete_page_has_no_problems() => Assert.Empty(Validate(Samples.Page));

    [Fact]
    public void An_exported_cmdlet_without_a_page_is_reported()
    {
        var problem = Only(Validate(Enumerable.Empty<(string, string)>()));
        Assert.Contains("Get-OsmScheduledJob: has no page", problem);
        Assert.Contains("--new-page Get-OsmScheduledJob", problem);
    }

    [Fact]
    public void A_page_for_a_cmdlet_that_is_not_exported_is_reported()
    {
        var problems = Validate(new[] { (Samples.Page, PagePath), (Samples.Page.Replace("# Get-OsmScheduledJob", "# Get-OsmGone"), "docs/Get-OsmGone.md") });
        Assert.Equal("docs/Get-OsmGone.md: documents 'Get-OsmGone', which OsManagement does not export", Only(problems));
    }

    [Fact]
    public void A_page_without_a_cmdlet_heading_is_reported()
    {
        var problems = Validate(new[] { (Samples.Page, PagePath), ("## SYNOPSIS\nx\n", "docs/Stray.md") });
        Assert.Equal("docs/Stray.md: has no '# Verb-Noun' heading naming its cmdlet", Only(problems));
    }

    [Fact]
    public void A_second_page_for_the_same_cmdlet_is_reported() =>
        Assert.Contains("already documents", Only(Validate(new[] { (Samples.Page, PagePath), (Samples.Page, "docs/Get-OsmScheduledJob.md") })));

    [Fact]
    public void A_page_named_after_another_cmdlet_is_reported() =>
        Assert.Contains("should be named Get-OsmScheduledJob.md", Only(Validate(Samples.Page, pagePath: "docs/Get-Job.md")));

    [Fact]
    public void A_parameter_without_a_section_is_reported()
    {
        var page = Samples.Page.Replace("### -Upcoming\nOnly jobs due to run.\n", "");
        Assert.Equal($"{PagePath}: parameter -Upcoming has no '### -Upcoming' section", Only(Validate(page)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{{ Fill Upcoming Description }}\n")]
    public void A_parameter_with_an_empty_description_is_reported(string description)
    {
        var page = Samples.Page.Replace("### -Upcoming\nOnly jobs due to run.\n", "### -Upcoming\n" + description);
        Assert.Contains("parameter -Upcoming has no description", Only(Validate(page)));
    }

    [Fact]
    public void A_documented_parameter_the_cmdlet_does_not_have_is_reported()
    {
        var page = Samples.Page.Replace("### CommonParameters", "### -Force\nForces it.\n\n### CommonParameters");
        Assert.Equal($"{PagePath}: documents parameter -Force, which Get-OsmScheduledJob does not have", Only(Validate(page)));
    }

    [Fact]
    public void A_parameter_documented_twice_is_reported()
    {
        var page = Samples.Page.Replace("### CommonParameters", "### -State\nAgain.\n\n### CommonParameters");
        Assert.Contains("documents parameter -State twice", Only(Validate(page)));
    }

    [Fact]
    public void WhatIf_needs_no_section_but_a_placeholder_in_one_is_reported()
    {
        Assert.Empty(Validate(Samples.Page));
        var page = Samples.Page.Replace("### CommonParameters", "### -WhatIf\n{{ Fill WhatIf Description }}\n\n### CommonParameters");
        Assert.Contains("parameter -WhatIf has no description", Only(Validate(page)));
    }

    [Theory]
    [InlineData("## SYNOPSIS\nGets scheduled jobs.\n", "## SYNOPSIS\n", "## SYNOPSIS is empty")]
    [InlineData("## SYNOPSIS\nGets scheduled jobs.\n", "## SYNOPSIS\n{{ Fill in the Synopsis }}\n", "## SYNOPSIS is empty")]
    [InlineData("## DESCRIPTION\nThe `Get-OsmScheduledJob` cmdlet gets **scheduled jobs**\nfrom a compartment.\n\nSee [the service docs](https://docs.oracle.com/iaas/os-management/) for details.\n\n- one\n- two\n",
                "## DESCRIPTION\n", "## DESCRIPTION is empty")]
    public void Empty_synopsis_or_description_is_reported(string section, string replacement, string expected)
    {
        Assert.Contains(section, Samples.Page);
        Assert.Contains(expected, Only(Validate(Samples.Page.Replace(section, replacement))));
    }

    [Fact]
    public void A_page_without_examples_is_reported()
    {
        string page = Samples.Page[..Samples.Page.IndexOf("## EXAMPLES")] + "## EXAMPLES\n\n" + Samples.Page[Samples.Page.IndexOf("## PARAMETERS")..];
        Assert.Contains("## EXAMPLES has no", Only(Validate(page)));
    }

    [Fact]
    public void An_example_without_code_is_reported()
    {
        var page = Samples.Page.Replace("```powershell\nGet-OsmScheduledJob -Id ocid1.job\n```\n", "Just words.\n");
        Assert.Contains("example 'Example 2: Get a job by id' has no code block", Only(Validate(page)));
    }

    [Fact]
    public void A_related_link_to_a_missing_page_is_reported()
    {
        var page = Samples.Page.Replace("[about_OsManagement](about_OsManagement.md)", "[Get-OsmNothing](Get-OsmNothing.md)");
        Assert.Contains("related link 'Get-OsmNothing' points to Get-OsmNothing.md, which does not exist", Only(Validate(page)));
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var page = Samples.Page.Replace("Gets scheduled jobs.", "").Replace("The OCIDs of the jobs.", "")
            .Replace("### CommonParameters", "### -Force\nForces it.\n\n### CommonParameters");
        var problems = Validate(page, about: null).Select(p => p.Message).ToList();
        Assert.Equal(new[]
        {
            "## SYNOPSIS is empty or still a {{ placeholder }}",
            "documents parameter -Force, which Get-OsmScheduledJob does not have",
            "parameter -Id has no description (empty or still a {{ placeholder }})",
            "related link 'about_OsManagement' points to about_OsManagement.md, which does not exist",
            "the about topic is missing; write docs/about_OsManagement.md",
        }, problems);
    }

    [Fact]
    public void A_missing_about_topic_is_reported()
    {
        var page = Samples.Page.Replace("[about_OsManagement](about_OsManagement.md)", "");
        Assert.Equal("about_OsManagement.md: the about topic is missing; write docs/about_OsManagement.md", Only(Validate(page, about: null)));
    }

    [Fact]
    public void An_about_topic_without_short_description_is_reported()
    {
        var about = Samples.About.Replace("Manages OS updates and scheduled jobs on Oracle Cloud instances.\n", "");
        Assert.Contains("## SHORT DESCRIPTION is empty", Only(Validate(Samples.Page, about)));
    }

    [Fact]
    public void An_about_short_description_longer_than_one_line_is_reported()
    {
        var about = Samples.About.Replace("on Oracle Cloud instances.", "on Oracle Cloud instances, from PowerShell, quickly.");
        Assert.Contains("keep it to 76 so it fits one line", Only(Validate(Samples.Page, about)));
    }

    [Fact]
    public void An_about_topic_with_the_wrong_name_is_reported() =>
        Assert.Contains("should start with '# about_OsManagement'", Only(Validate(Samples.Page, Samples.About.Replace("# about_OsManagement", "# about_Other"))));

    [Fact]
    public void An_about_code_line_too_long_for_80_columns_is_reported()
    {
        var about = Samples.About.Replace("Connect-Osm -Profile DEFAULT", "Connect-Osm -Profile DEFAULT " + new string('x', 60));
        Assert.Contains("code line longer than 72 characters", Only(Validate(Samples.Page, about)));
    }
}
