using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>A report file is written whole or not at all, and a stopped or failed write leaves no temporary file behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "osm-atomic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    private string[] Leftovers() => Directory.GetFiles(_folder).Where(f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal)).ToArray();

    [Fact]
    public void WritesANewFileInAFolderItCreates()
    {
        var path = Path.Combine(_folder, "sub", "report.json");
        AtomicFile.WriteAllText(path, "{\"instances\":[]}", CancellationToken.None);
        Assert.Equal("{\"instances\":[]}", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(Path.Combine(_folder, "sub")));
    }

    [Fact]
    public void ReplacesAnOldFileWhole()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "report.html");
        File.WriteAllText(path, "old");
        var big = new string('x', 300_000);
        AtomicFile.WriteAllText(path, big, CancellationToken.None);
        Assert.Equal(big, File.ReadAllText(path));
        Assert.Empty(Leftovers());
        Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
    }

    [Fact]
    public void AStoppedWriteLeavesTheOldFileAndNoTemporaryFile()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "report.html");
        File.WriteAllText(path, "the old report");
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteAllText(path, new string('x', 300_000), stop.Token));
        Assert.Equal("the old report", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void AFailedRenameLeavesWhatIsThereAndNoTemporaryFile()
    {
        // A folder where the file should be: the text is written to the temporary file, then the rename fails.
        var path = Path.Combine(_folder, "report.md");
        Directory.CreateDirectory(Path.Combine(path, "inside"));
        Assert.ThrowsAny<Exception>(() => AtomicFile.WriteAllText(path, "# report", CancellationToken.None));
        Assert.True(Directory.Exists(Path.Combine(path, "inside")));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void WritesUtf8WithoutAByteOrderMark()
    {
        var path = Path.Combine(_folder, "report.md");
        AtomicFile.WriteAllText(path, "Résumé", CancellationToken.None);
        Assert.Equal(Encoding.UTF8.GetBytes("Résumé"), File.ReadAllBytes(path));
    }
}
