using System.Linq;
using HelpBuilder.Pages;
using HelpBuilder.Tests.TestData;

namespace HelpBuilder.Tests;

public sealed class CommandPageParserTests
{
    private readonly CommandPage _page = CommandPageParser.Parse(Samples.Page, "docs/Get-OsmScheduledJob.md");

    [Fact]
    public void Reads_the_front_matter_and_the_cmdlet_name()
    {
        Assert.Equal("Get-OsmScheduledJob", _page.Name);
        Assert.Equal("OsManagement", _page.FrontMatter["Module Name"]);
        Assert.Equal("2.0.0", _page.FrontMatter["schema"]);
        Assert.Equal("https://example.com/help/Get-OsmScheduledJob", _page.OnlineVersion);
    }

    [Fact]
    public void Reads_synopsis_and_description_as_plain_paragraphs()
    {
        Assert.Equal(new[] { "Gets scheduled jobs." }, _page.Synopsis);
        Assert.Equal(new[]
        {
            "The `Get-OsmScheduledJob` cmdlet gets scheduled jobs from a compartment.",
            "See the service docs (https://docs.oracle.com/iaas/os-management/) for details.",
            "- one",
            "- two",
        }, _page.Description);
    }

    [Fact]
    public void Reads_examples_with_title_code_and_remarks()
    {
        Assert.Equal(2, _page.Examples.Count);
        var first = _page.Examples[0];
        Assert.Equal("Example 1: List the jobs of a compartment", first.Title);
        Assert.Equal(new[] { @"PS C:\> Get-OsmScheduledJob -CompartmentId $c" }, first.CodeBlocks);
        Assert.Equal(new[] { "Lists every job.", "It streams them." }, first.Remarks);
        Assert.Empty(_page.Examples[1].Remarks);
    }

    [Fact]
    public void Reads_parameter_descriptions_and_default_values_and_skips_common_parameters()
    {
        Assert.Equal(new[] { "Id", "CompartmentId", "DisplayName", "State", "Upcoming" }, _page.Parameters.Select(p => p.Name));
        var compartment = _page.Parameters.Single(p => p.Name == "CompartmentId");
        Assert.Equal(new[] { "The compartment to list." }, compartment.Description);
        Assert.Equal("The tenancy", compartment.DefaultValue);
        Assert.Null(_page.Parameters.Single(p => p.Name == "Id").DefaultValue);
        Assert.Null(_page.Parameters.Single(p => p.Name == "State").DefaultValue);
    }

    [Fact]
    public void Reads_inputs_outputs_notes_and_related_links()
    {
        Assert.Equal("System.String", Assert.Single(_page.Inputs).TypeName);
        Assert.Equal(new[] { "A compartment id." }, _page.Inputs[0].Description);
        Assert.Equal("OsManagement.OsmScheduledJob", Assert.Single(_page.Outputs).TypeName);
        Assert.Equal(new[] { "Jobs are listed newest first." }, _page.Notes);
        Assert.Equal(new[]
        {
            new RelatedLink("about_OsManagement", "about_OsManagement.md"),
            new RelatedLink("Oracle docs", "https://docs.oracle.com/iaas/os-management/"),
        }, _page.RelatedLinks);
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        var page = CommandPageParser.Parse(Samples.Page.Replace("\n", "\r\n"));
        Assert.Equal(_page.Description, page.Description);
        Assert.Equal(_page.Examples[0].CodeBlocks, page.Examples[0].CodeBlocks);
    }

    [Theory]
    [InlineData("{{ Fill in the Synopsis }}", true)]
    [InlineData("Gets {{ things }} now", true)]
    [InlineData("Gets a hashtable @{ a = 1 }", false)]
    [InlineData("", true)]
    public void Unwritten_text_is_empty_or_a_placeholder(string text, bool unwritten) =>
        Assert.Equal(unwritten, Placeholder.IsUnwritten(new[] { text }));
}
