using System.IO;
using System.Xml.Linq;
using HelpBuilder.Tests.TestData;

namespace HelpBuilder.Tests;

public sealed class ProgramTests : System.IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private readonly string _commands;
    private readonly string _docs;
    private readonly string _out;

    public ProgramTests()
    {
        _commands = _temp.Combine("commands.json");
        _docs = _temp.Combine("docs");
        _out = _temp.Combine("out", "en-US");
        File.WriteAllText(_commands, Samples.MetadataJson);
        Directory.CreateDirectory(_docs);
    }

    public void Dispose() => _temp.Dispose();

    private int Run(params string[] args) => Program.Run(args, _output, _errors);

    private int Build() => Run("--commands", _commands, "--docs", _docs, "--out", _out);

    private void WriteDocs()
    {
        File.WriteAllText(Path.Combine(_docs, "Get-OsmScheduledJob.md"), Samples.Page);
        File.WriteAllText(Path.Combine(_docs, "about_OsManagement.md"), Samples.About);
    }

    [Fact]
    public void Builds_the_maml_and_the_about_text()
    {
        WriteDocs();
        Assert.Equal(0, Build());

        var maml = XDocument.Load(Path.Combine(_out, "OsManagement.dll-Help.xml"));
        Assert.Single(maml.Root!.Elements());
        string about = File.ReadAllText(Path.Combine(_out, "about_OsManagement.help.txt"));
        Assert.StartsWith("TOPIC\n    about_OsManagement\n", about);
    }

    [Fact]
    public void Ignores_the_template_and_other_underscore_files()
    {
        WriteDocs();
        File.WriteAllText(Path.Combine(_docs, "_template.md"), "# Verb-OsmNoun\n\n## SYNOPSIS\n");
        Assert.Equal(0, Build());
    }

    [Fact]
    public void Fails_with_every_problem_listed_and_writes_nothing()
    {
        File.WriteAllText(Path.Combine(_docs, "Get-OsmGone.md"), Samples.Page.Replace("# Get-OsmScheduledJob", "# Get-OsmGone"));
        Assert.Equal(1, Build());

        string errors = _errors.ToString();
        Assert.Contains("3 problem(s)", errors);
        Assert.Contains("documents 'Get-OsmGone', which OsManagement does not export", errors);
        Assert.Contains("Get-OsmScheduledJob: has no page", errors);
        Assert.Contains("the about topic is missing", errors);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void New_page_writes_a_skeleton_and_never_overwrites()
    {
        Assert.Equal(0, Run("--commands", _commands, "--docs", _docs, "--new-page", "get-osmscheduledjob"));
        string path = Path.Combine(_docs, "Get-OsmScheduledJob.md");
        Assert.Contains("# Get-OsmScheduledJob\n", File.ReadAllText(path));

        File.WriteAllText(path, "mine");
        Assert.Equal(1, Run("--commands", _commands, "--docs", _docs, "--new-page", "Get-OsmScheduledJob"));
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Contains("already exists", _errors.ToString());
    }

    [Fact]
    public void New_page_refuses_a_cmdlet_that_is_not_exported()
    {
        Assert.Equal(1, Run("--commands", _commands, "--docs", _docs, "--new-page", "Get-OsmGone"));
        Assert.Contains("Get-OsmGone: OsManagement does not export this cmdlet", _errors.ToString());
        Assert.Empty(Directory.GetFiles(_docs));
    }

    [Fact]
    public void New_missing_pages_writes_only_the_pages_that_do_not_exist()
    {
        Assert.Equal(0, Run("--commands", _commands, "--docs", _docs, "--new-missing-pages"));
        Assert.True(File.Exists(Path.Combine(_docs, "Get-OsmScheduledJob.md")));
        Assert.Equal(0, Run("--commands", _commands, "--docs", _docs, "--new-missing-pages"));
    }

    [Theory]
    [InlineData("--docs", "d", "--out", "o")]
    [InlineData("--commands", "c.json", "--docs", "d")]
    [InlineData("--commands", "c.json", "--docs", "d", "--out", "o", "--bogus", "x")]
    [InlineData("stray")]
    public void Bad_usage_exits_2_with_the_usage(params string[] args)
    {
        Assert.Equal(2, Run(args));
        Assert.Contains("Usage:", _errors.ToString());
    }

    [Fact]
    public void A_missing_metadata_file_says_how_to_make_one()
    {
        Assert.Equal(2, Run("--commands", _temp.Combine("nope.json"), "--docs", _docs, "--out", _out));
        Assert.Contains("Export-CommandMetadata.ps1", _errors.ToString());
    }
}
