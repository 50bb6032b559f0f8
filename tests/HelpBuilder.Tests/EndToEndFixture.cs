using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelpBuilder.Metadata;

namespace HelpBuilder.Tests;

/// <summary>
/// The whole chain once, on the real binary fixture module (Fixture/): Export-CommandMetadata.ps1 in a
/// fresh pwsh, HelpBuilder over Fixture/docs into the module's en-US folder, then Get-Help in another
/// fresh pwsh. The tests assert on what each step produced.
/// </summary>
public sealed class EndToEndFixture : IDisposable
{
    private const string Separator = "=====";
    private readonly TempDirectory _temp = new();

    public EndToEndFixture()
    {
        string modules = _temp.Combine("modules");
        string moduleDir = Path.Combine(modules, "HelpFixture");
        Directory.CreateDirectory(moduleDir);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "HelpFixture.dll"), Path.Combine(moduleDir, "HelpFixture.dll"));
        string fixtureSources = Path.Combine(PowerShell.RepositoryRoot, "tests", "HelpBuilder.Tests", "Fixture");
        File.Copy(Path.Combine(fixtureSources, "HelpFixture.psd1"), Path.Combine(moduleDir, "HelpFixture.psd1"));
        var environment = new Dictionary<string, string>
        {
            ["PSModulePath"] = modules + Path.PathSeparator + Environment.GetEnvironmentVariable("PSModulePath"),
        };

        string commandsJson = _temp.Combine("commands.json");
        ExportResult = PowerShell.RunScript(
            Path.Combine(PowerShell.RepositoryRoot, "tools", "Export-CommandMetadata.ps1"), environment,
            "-ModulePath", Path.Combine(moduleDir, "HelpFixture.psd1"), "-OutFile", commandsJson);
        Metadata = File.Exists(commandsJson) ? MetadataReader.Load(commandsJson) : new ModuleMetadata();

        var output = new StringWriter();
        var errors = new StringWriter();
        BuildExitCode = Program.Run(
            new[] { "--commands", commandsJson, "--docs", Path.Combine(fixtureSources, "docs"), "--out", Path.Combine(moduleDir, "en-US") },
            output, errors);
        BuildErrors = errors.ToString();

        string script = _temp.Combine("read-help.ps1");
        File.WriteAllText(script, $$"""
            $ErrorActionPreference = 'Stop'
            Import-Module HelpFixture
            function Show($name, [scriptblock] $block) { "{{Separator}}$name"; & $block | Out-String -Width 200 }
            Show Full { Get-Help Get-Widget -Full }
            Show Examples { Get-Help Get-Widget -Examples }
            Show ParameterId { Get-Help Get-Widget -Parameter Id }
            Show RemoveFull { Get-Help Remove-Widget -Full }
            Show About { Get-Help about_HelpFixture }
            Show AboutList { Get-Help -Category HelpFile -Name about_HelpFix* | ForEach-Object { "$($_.Name)|$($_.Synopsis)" } }
            """);
        var help = PowerShell.RunScript(script, environment);
        HelpErrors = help.Errors;
        Help = help.Output.Split(Separator, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('\n', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1]);
    }

    public (int ExitCode, string Output, string Errors) ExportResult { get; }
    public ModuleMetadata Metadata { get; }
    public int BuildExitCode { get; }
    public string BuildErrors { get; }
    public string HelpErrors { get; }

    /// <summary>Get-Help's text for each call in the script, by name (Full, Examples, ParameterId, ...).</summary>
    public IReadOnlyDictionary<string, string> Help { get; }

    public void Dispose() => _temp.Dispose();
}
