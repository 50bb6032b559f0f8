using System;
using System.IO;
using System.Text;
using System.Threading;

namespace OsManagement.Oci.Engine;

/// <summary>
/// Writes a file whole or not at all: the text goes to a temporary file in the same folder (so the rename stays on one
/// volume), flushed to disk, which then takes the file's place in one rename. A write that fails or is stopped part-way
/// leaves the file as it was (or absent) and removes its temporary file; a reader never sees half a report.
/// </summary>
public static class AtomicFile
{
    /// <summary>How a temporary file's name ends: ".report.html.1a2b3c4d.tmp" beside report.html.</summary>
    public const string TemporarySuffix = ".tmp";

    // Small enough that a stop is noticed within a moment, large enough that a big report is a few writes.
    private const int Chunk = 64 * 1024;

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte order mark) to <paramref name="path"/>, creating its folder.</summary>
    /// <exception cref="OperationCanceledException">Stopped before the rename: the file is as it was.</exception>
    /// <exception cref="IOException">The write or the rename failed: the file is as it was.</exception>
    public static void WriteAllText(string path, string text, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{full}' has no folder.");
        Directory.CreateDirectory(folder);
        var temporary = TemporaryPathFor(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, Chunk))
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), Chunk);
                for (var at = 0; at < text.Length; at += Chunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.Write(text.ToCharArray(at, Math.Min(Chunk, text.Length - at)));
                }
                writer.Flush();
                stream.Flush(true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(full))
            {
                File.Replace(temporary, full, null);
            }
            else
            {
                File.Move(temporary, full);
            }
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A temporary file's path beside <paramref name="fullPath"/>, hidden on Unix (a leading dot) and unique.</summary>
    public static string TemporaryPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath) ?? "", $".{Path.GetFileName(fullPath)}.{Guid.NewGuid().ToString("N").Substring(0, 8)}{TemporarySuffix}");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own error is the one to report.
        }
    }
}
