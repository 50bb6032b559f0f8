namespace OsManagement.Infrastructure;

/// <summary>How a target is named in -WhatIf and -Confirm messages.</summary>
internal static class Targets
{
    /// <summary>"name (ocid)" when the name is known for this one id, else the id.</summary>
    public static string Describe(string id, string? name, int idsBound) =>
        !string.IsNullOrEmpty(name) && idsBound == 1 ? $"{name} ({id})" : id;
}
