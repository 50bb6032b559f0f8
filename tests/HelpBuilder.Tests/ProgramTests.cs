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

    private string PagePath => Path.Combine(_docs, "Get-OsmScheduledJob.md");

    /// <summary>The sample docs, with the page's facts in sync unless <paramref name="stale"/>.</summary>
    private void WriteDocs(bool stale = false)
    {
        string page = stale ? Samples.Page : Sync.PageFactsWriter.Rewrite(Samples.Page, Samples.Module().Commands[0]).Text;
        File.WriteAllText(PagePath, page);
        File.WriteAllText(Path.Combine(_docs, "about_OsManagement.md"), Samples.About);
    }

    private int UpdatePages() => Run("--commands", _commands, "--docs", _docs, "--update-pages");

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
    public void Ignores_documents_beside_the_help_that_are_neither_cmdlet_pages_nor_about_topics()
    {
        WriteDocs();
        File.WriteAllText(Path.Combine(_docs, "architecture.md"), "# OsManagement: architecture\n\nThe layout and the flow.\n");
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
    public void Fails_on_a_page_whose_syntax_or_yaml_facts_drifted_and_says_how_to_fix_it()
    {
        WriteDocs(stale: true);
        Assert.Equal(1, Build());

        string errors = _errors.ToString();
        Assert.Contains($"{PagePath}: out of date with the compiled Get-OsmScheduledJob; differs in: ## SYNTAX, -Id, -CompartmentId, -DisplayName, -State, -Upcoming\n", errors.Replace("\r\n", "\n"));
        Assert.Contains("1 page(s) state syntax or parameter facts the cmdlets no longer match: run `dotnet pwsh ./build.ps1 help -UpdatePages` to rewrite them.", errors);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void Fails_when_only_one_yaml_fact_drifted()
    {
        WriteDocs();
        File.WriteAllText(PagePath, File.ReadAllText(PagePath).Replace("Aliases: ScheduledJobId", "Aliases: JobId"));
        Assert.Equal(1, Build());
        Assert.Contains("differs in: -Id\n", _errors.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Update_pages_rewrites_the_facts_so_the_build_passes_and_a_second_run_changes_nothing()
    {
        WriteDocs(stale: true);
        string about = File.ReadAllText(Path.Combine(_docs, "about_OsManagement.md"));

        Assert.Equal(0, UpdatePages());
        Assert.Contains($"Updated {PagePath}: ## SYNTAX, -Id", _output.ToString());
        string updated = File.ReadAllText(PagePath);
        Assert.Equal(Sync.PageFactsWriter.Rewrite(Samples.Page, Samples.Module().Commands[0]).Text, updated);
        Assert.Equal(about, File.ReadAllText(Path.Combine(_docs, "about_OsManagement.md")));
        Assert.Equal(0, Build());

        _output.GetStringBuilder().Clear();
        Assert.Equal(0, UpdatePages());
        Assert.Contains("0 of 1 page(s) rewritten", _output.ToString());
        Assert.Equal(updated, File.ReadAllText(PagePath));
    }

    [Fact]
    public void Update_pages_leaves_pages_of_unknown_cmdlets_alone()
    {
        string gone = Path.Combine(_docs, "Get-OsmGone.md");
        string text = Samples.Page.Replace("# Get-OsmScheduledJob", "# Get-OsmGone");
        File.WriteAllText(gone, text);
        Assert.Equal(0, UpdatePages());
        Assert.Equal(text, File.ReadAllText(gone));
        Assert.Contains("documents no cmdlet OsManagement exports; left as it is", _output.ToString());
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
    [InlineData("--commands", "c.json", "--docs", "d", "--out", "o", "--update-pages")]
    [InlineData("--commands", "c.json", "--docs", "d", "--update-pages", "--new-missing-pages")]
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
