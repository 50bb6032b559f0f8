namespace OsManagement.Emulator.Fleet;

/// <summary>
/// One vocabulary's words for the fleet's values (an API's wire, the fleet file's format), both ways, in the order the
/// vocabulary lists them (which is the order its messages name them in).
/// </summary>
internal sealed class WordMap<T> where T : notnull
{
    private readonly Dictionary<T, string> _words;
    private readonly Dictionary<string, T> _values;

    public WordMap(params (T Value, string Word)[] pairs)
    {
        _words = pairs.ToDictionary(p => p.Value, p => p.Word);
        _values = pairs.ToDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);
        Words = pairs.Select(p => p.Word).ToArray();
    }

    /// <summary>Every word, in the vocabulary's order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word for a value.</summary>
    public string this[T value] => _words[value];

    /// <summary>The value a word stands for (exact spelling); false for a word the vocabulary does not have.</summary>
    public bool TryValue(string word, out T value) => _values.TryGetValue(word, out value!);

    /// <summary>The value a word the vocabulary has stands for.</summary>
    public T Value(string word) => _values.TryGetValue(word, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(word), word, "Not a word of this vocabulary.");
}
