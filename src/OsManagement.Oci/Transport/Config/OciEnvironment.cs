using System;

namespace OsManagement.Oci.Config;

/// <summary>
/// Where config resolution reads environment variables and the home folder. The process's own by default;
/// tests pass their own so they neither read nor change the real environment.
/// </summary>
internal interface IOciEnvironment
{
    /// <summary>An environment variable's value, or null when it is not set.</summary>
    string? GetVariable(string name);

    /// <summary>The folder ~ stands for.</summary>
    string HomeDirectory { get; }
}

/// <summary>The process's environment variables and the user's home folder (HOME, else the user profile).</summary>
internal sealed class ProcessEnvironment : IOciEnvironment
{
    public static readonly ProcessEnvironment Instance = new();

    private ProcessEnvironment() { }

    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public string HomeDirectory =>
        NonEmpty(Environment.GetEnvironmentVariable("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
