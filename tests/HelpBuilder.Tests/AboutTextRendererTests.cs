using System.Linq;
using HelpBuilder.About;
using HelpBuilder.Tests.TestData;

namespace HelpBuilder.Tests;

public sealed class AboutTextRendererTests
{
    private readonly string _text = AboutTextRenderer.Render(AboutTopicParser.Parse(Samples.About));

    [Fact]
    public void Renders_the_whole_topic_wrapped_at_80_columns()
    {
        const string expected =
            "TOPIC\n" +
            "    about_OsManagement\n" +
            "\n" +
            "SHORT DESCRIPTION\n" +
            "    Manages OS updates and scheduled jobs on Oracle Cloud instances.\n" +
            "\n" +
            "LONG DESCRIPTION\n" +
            "    The OsManagement module wraps the OS Management service. This sentence is\n" +
            "    long enough that it must wrap at eighty columns.\n" +
            "\n" +
            "    CONNECTING\n" +
            "\n" +
            "    1. Run `Connect-Osm` once per session, with a profile name if it is not\n" +
            "       DEFAULT in the config file.\n" +
            "    2. Run any other cmdlet.\n" +
            "\n" +
            "        Connect-Osm -Profile DEFAULT\n" +
            "\n" +
            "SEE ALSO\n" +
            "    Get-Help Connect-Osm\n";
        Assert.Equal(expected, _text);
    }

    [Fact]
    public void No_line_is_longer_than_80_characters() =>
        Assert.All(_text.Split('\n'), line => Assert.True(line.Length <= 80, line));

    [Fact]
    public void The_short_description_is_read_for_validation() =>
        Assert.Equal("Manages OS updates and scheduled jobs on Oracle Cloud instances.", AboutTopicParser.Parse(Samples.About).ShortDescription);

    [Fact]
    public void A_word_longer_than_a_line_gets_a_line_of_its_own()
    {
        string longWord = new('x', 90);
        var lines = AboutTextRenderer.Wrap("before " + longWord + " after", "    ", "    ", 80).ToList();
        Assert.Equal(new[] { "    before", "    " + longWord, "    after" }, lines);
    }

    [Fact]
    public void Hard_line_breaks_are_kept() =>
        Assert.Equal(new[] { "    one", "    two" }, AboutTextRenderer.Wrap("one\ntwo", "    ", "    ", 80));
}
