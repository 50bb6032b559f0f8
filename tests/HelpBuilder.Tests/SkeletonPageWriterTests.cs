using System.Linq;
using HelpBuilder.About;
using HelpBuilder.Pages;
using HelpBuilder.Skeleton;
using HelpBuilder.Tests.TestData;
using HelpBuilder.Validation;

namespace HelpBuilder.Tests;

public sealed class SkeletonPageWriterTests
{
    private readonly string _skeleton = SkeletonPageWriter.Write(Samples.Module(), Samples.Module().Commands[0]);

    [Fact]
    public void Has_the_platyPS_schema_front_matter_and_sections()
    {
        Assert.StartsWith("---\nexternal help file: OsManagement.dll-Help.xml\nModule Name: OsManagement\nonline version:\nschema: 2.0.0\n---\n", _skeleton);
        var headings = _skeleton.Split('\n').Where(l => l.StartsWith("## ")).ToList();
        Assert.Equal(new[] { "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION", "## EXAMPLES", "## PARAMETERS", "## INPUTS", "## OUTPUTS", "## NOTES", "## RELATED LINKS" }, headings);
    }

    [Fact]
    public void Writes_syntax_from_the_metadata_default_set_first()
    {
        Assert.Contains("### List (Default)\n```powershell\nGet-OsmScheduledJob [-CompartmentId <String>] [-DisplayName <String>] [-State <String>] [-Upcoming] [-WhatIf] [<CommonParameters>]\n```", _skeleton);
        Assert.Contains("### ById\n```powershell\nGet-OsmScheduledJob [-Id] <String[]> [-WhatIf] [<CommonParameters>]\n```", _skeleton);
    }

    [Fact]
    public void Is_in_sync_with_the_cmdlet_from_the_start()
    {
        var rewritten = Sync.PageFactsWriter.Rewrite(_skeleton, Samples.Module().Commands[0]);
        Assert.Empty(rewritten.Changes);
        Assert.Equal(_skeleton, rewritten.Text);
    }

    [Fact]
    public void Writes_a_yaml_block_with_the_facts_of_each_parameter()
    {
        Assert.Contains("### -Id\n{{ What -Id does. }}\n\n```yaml\nType: String[]\nParameter Sets: ById\nAliases: ScheduledJobId\n\nRequired: True\nPosition: 0\nDefault value: None\nAccept pipeline input: True (ByPropertyName)\nAccept wildcard characters: False\n```", _skeleton);
        Assert.Contains("Parameter Sets: (All)\nAliases: wi\n", _skeleton);
        Assert.Contains("Accepted values: Active, Deleted\n", _skeleton);
    }

    [Fact]
    public void Fails_validation_until_the_placeholders_are_replaced()
    {
        var page = CommandPageParser.Parse(_skeleton, "docs/Get-OsmScheduledJob.md");
        var about = AboutTopicParser.Parse(Samples.About, "docs/about_OsManagement.md");
        var problems = HelpValidator.Validate(Samples.Module(), new[] { page }, about).Select(p => p.Message).ToList();
        Assert.Contains("## SYNOPSIS is empty or still a {{ placeholder }}", problems);
        Assert.Contains("## DESCRIPTION is empty or still a {{ placeholder }}", problems);
        Assert.Contains(problems, p => p.StartsWith("example 'Example 1: {{ Title }}'"));
        Assert.Equal(5, problems.Count(p => p.StartsWith("parameter -")));
        Assert.DoesNotContain(problems, p => p.Contains("WhatIf"));
    }

    [Fact]
    public void Validates_once_the_prose_is_written()
    {
        string written = _skeleton
            .Replace("{{ One sentence: what Get-OsmScheduledJob does. }}", "Gets jobs.")
            .Replace("{{ What the cmdlet does, what it needs, and what it outputs. }}", "Gets scheduled jobs.")
            .Replace("{{ Title }}", "List jobs")
            .Replace("{{ parameters }}", "-CompartmentId $c")
            .Replace("{{ What the example does and what it shows. }}", "Lists jobs.");
        foreach (var name in new[] { "Id", "CompartmentId", "DisplayName", "State", "Upcoming" })
            written = written.Replace($"{{{{ What -{name} does. }}}}", $"The {name}.");
        var page = CommandPageParser.Parse(written, "docs/Get-OsmScheduledJob.md");
        var about = AboutTopicParser.Parse(Samples.About, "docs/about_OsManagement.md");
        Assert.Empty(HelpValidator.Validate(Samples.Module(), new[] { page }, about));
    }
}
