using System;

namespace OsManagement.Oci.Engine;

/// <summary>What a fan-out read for one target: the value, or why it could not be read.</summary>
public sealed class Fetched<T>
{
    private Fetched(string target, T value, Exception? error)
    {
        Target = target;
        Value = value;
        Error = error;
    }

    /// <summary>A value read for <paramref name="target"/>.</summary>
    public static Fetched<T> Of(string target, T value) => new(target, value, null);

    /// <summary>A failure to read <paramref name="target"/> (an OCID: the resource, or the compartment that could not be listed).</summary>
    public static Fetched<T> Failed(string target, Exception error) => new(target, default!, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The OCID this is about.</summary>
    public string Target { get; }

    /// <summary>The value; default when the read failed.</summary>
    public T Value { get; }

    /// <summary>Why the read failed; null when it succeeded.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the read succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>This failure as a failure of another type.</summary>
    public Fetched<TOther> AsFailure<TOther>() => Fetched<TOther>.Failed(Target, Error ?? throw new InvalidOperationException("Not a failure."));
}
