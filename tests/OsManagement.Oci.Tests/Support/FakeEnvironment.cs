using System.Collections.Generic;
using OsManagement.Oci.Config;

namespace OsManagement.Oci.Tests.Support;

/// <summary>Environment variables and a home folder for config resolution, without touching the process.</summary>
internal sealed class FakeEnvironment : IOciEnvironment
{
    public FakeEnvironment(string home) => HomeDirectory = home;

    public Dictionary<string, string> Variables { get; } = new();

    public string HomeDirectory { get; }

    public string? GetVariable(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}
