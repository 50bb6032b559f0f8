using System;

namespace OsManagement.Oci.Engine;

/// <summary>
/// A value of an engine vocabulary as a service reported it: the value, when the engine knows it, and always the
/// service's own text, so a value the service adds later is shown as it is rather than lost or refused.
/// </summary>
public readonly struct Reported<T> where T : struct, Enum
{
    private readonly string? _text;

    /// <summary>A known value, with the service's text for it.</summary>
    public Reported(T value, string text)
    {
        Value = value;
        _text = text;
    }

    private Reported(string text)
    {
        Value = null;
        _text = text;
    }

    /// <summary>A value the engine does not know (or none: empty text).</summary>
    public static Reported<T> Unknown(string? text) => new(text ?? "");

    /// <summary>The value; null when the engine does not know it.</summary>
    public T? Value { get; }

    /// <summary>The service's own text ("" when it sent none).</summary>
    public string Text => _text ?? "";

    /// <summary>Whether the service sent anything.</summary>
    public bool IsEmpty => Value is null && Text.Length == 0;

    /// <summary>Whether this is <paramref name="value"/>.</summary>
    public bool Is(T value) => Value is { } v && v.Equals(value);

    /// <inheritdoc />
    public override string ToString() => Value?.ToString() ?? Text;
}

/// <summary>Parsing the engine's enums from users' words.</summary>
public static class Vocabulary
{
    /// <summary>An enum name in any case (not a number) as the value.</summary>
    /// <exception cref="ArgumentException">The word names no value.</exception>
    public static T Parse<T>(string word) where T : struct, Enum =>
        TryParse<T>(word) ?? throw new ArgumentException($"'{word}' is not one of {string.Join(", ", Enum.GetNames(typeof(T)))}.", nameof(word));

    /// <summary>An enum name in any case as the value; null for anything else (a number, an unknown name, nothing).</summary>
    public static T? TryParse<T>(string? word) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(word) && char.IsLetter(word!.Trim()[0]) && Enum.TryParse<T>(word.Trim(), true, out var value) && Enum.IsDefined(typeof(T), value)
            ? value
            : null;
}
