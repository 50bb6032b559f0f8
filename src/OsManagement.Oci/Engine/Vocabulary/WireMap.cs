using System;
using System.Collections.Generic;
using System.Linq;

namespace OsManagement.Oci.Engine;

/// <summary>
/// One service's words for one engine vocabulary, both ways. Each service implementation keeps its maps in one table
/// (e.g. <c>ClassicVocabulary</c>), so no wire word is written anywhere else.
/// </summary>
public sealed class WireMap<T> where T : struct, Enum
{
    private readonly Dictionary<T, string> _toWire = new();
    private readonly Dictionary<string, T> _fromWire = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pairs; the first wire word given for a value is the one sent, every one given is understood.</summary>
    public WireMap(params (T Value, string Wire)[] pairs)
    {
        foreach (var (value, wire) in pairs)
        {
            if (!_toWire.ContainsKey(value))
            {
                _toWire[value] = wire;
            }
            _fromWire[wire] = value;
        }
    }

    /// <summary>The values the service has words for.</summary>
    public IReadOnlyCollection<T> Values => _toWire.Keys.ToList();

    /// <summary>Whether the service can say <paramref name="value"/>.</summary>
    public bool Has(T value) => _toWire.ContainsKey(value);

    /// <summary>The wire word for <paramref name="value"/>.</summary>
    /// <exception cref="NotSupportedException">The service has no word for it (the caller should have judged that before).</exception>
    public string ToWire(T value) => _toWire.TryGetValue(value, out var wire)
        ? wire
        : throw new NotSupportedException($"The service has no {typeof(T).Name} '{value}'.");

    /// <summary>The wire word for <paramref name="value"/>, or null for none.</summary>
    public string? ToWire(T? value) => value is { } v ? ToWire(v) : null;

    /// <summary>What a wire word means, keeping the word itself (a word the table does not know is kept as text).</summary>
    public Reported<T> FromWire(string? wire) =>
        wire is not null && _fromWire.TryGetValue(wire, out var value) ? new Reported<T>(value, wire) : Reported<T>.Unknown(wire);
}
