namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// A fleet file that cannot be loaded. The message names the file, and for each mistake its JSON path
/// (<c>$.instances[2].updates[0].severity</c>), what is wrong and how to write it instead.
/// </summary>
internal sealed class FleetFileException : Exception
{
    /// <summary>At most this many mistakes are listed; a count says how many more there are.</summary>
    public const int ListedProblems = 20;

    public FleetFileException(string source, IReadOnlyList<string> problems)
        : base(Describe(source, problems))
    {
        Origin = source;
        Problems = problems;
    }

    /// <summary>The file's path, or what else the fleet came from.</summary>
    public string Origin { get; }

    /// <summary>Each mistake as <c>$.path: what is wrong. The fix.</c></summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string source, IReadOnlyList<string> problems)
    {
        var lines = problems.Take(ListedProblems).Select(p => $"{source}: {p}").ToList();
        if (problems.Count > ListedProblems)
        {
            lines.Add($"{source}: ... and {problems.Count - ListedProblems} more.");
        }
        var heading = problems.Count == 1 ? "" : $"{source} has {problems.Count} mistakes:{Environment.NewLine}";
        return heading + string.Join(Environment.NewLine, lines);
    }
}

/// <summary>The mistakes found so far while reading a fleet file.</summary>
internal sealed class FleetFileProblems
{
    private readonly List<string> _items = new();

    public int Count => _items.Count;

    /// <summary>Notes a mistake at <paramref name="path"/>; <paramref name="message"/> says what is wrong and the fix.</summary>
    public void Add(string path, string message) => _items.Add($"{path}: {message}");

    public IReadOnlyList<string> Items => _items;
}
