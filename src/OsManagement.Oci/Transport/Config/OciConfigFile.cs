using System;
using System.Collections.Generic;
using System.IO;

namespace OsManagement.Oci.Config;

/// <summary>
/// Reads OCI config files (~/.oci/config): INI profiles, [DEFAULT] inherited by every other profile, '#' and ';'
/// comments. The file comes from the argument, else OCI_CLI_CONFIG_FILE, else OCI_CONFIG_FILE, else ~/.oci/config,
/// else ~/.oraclebmc/config; the profile from the argument, else OCI_CLI_PROFILE, else DEFAULT.
/// </summary>
public static class OciConfigFile
{
    public const string DefaultProfile = "DEFAULT";

    /// <summary>The config file to use when none is given (null when none of the candidates exists).</summary>
    public static string? ResolveDefaultPath() => ResolveDefaultPath(ProcessEnvironment.Instance);

    internal static string? ResolveDefaultPath(IOciEnvironment environment)
    {
        foreach (var variable in new[] { "OCI_CLI_CONFIG_FILE", "OCI_CONFIG_FILE" })
        {
            var fromEnvironment = environment.GetVariable(variable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return ExpandHome(fromEnvironment!, environment.HomeDirectory);
            }
        }
        var primary = ExpandHome("~/.oci/config", environment.HomeDirectory);
        var fallback = ExpandHome("~/.oraclebmc/config", environment.HomeDirectory);
        return File.Exists(primary) ? primary : File.Exists(fallback) ? fallback : null;
    }

    /// <summary>Reads a profile.</summary>
    /// <exception cref="OciConfigException">The file cannot be read, or has no such profile.</exception>
    public static OciConfigProfile Load(string? path = null, string? profile = null) => Load(path, profile, ProcessEnvironment.Instance);

    internal static OciConfigProfile Load(string? path, string? profile, IOciEnvironment environment)
    {
        var file = path is null ? ResolveDefaultPath(environment) : ExpandHome(path, environment.HomeDirectory);
        if (file is null)
        {
            throw new OciConfigException(
                "No OCI config file: neither ~/.oci/config nor ~/.oraclebmc/config exists and OCI_CLI_CONFIG_FILE is not set. " +
                "Create one with 'oci setup config', or pass -ConfigFile.");
        }
        var name = profile ?? NonEmpty(environment.GetVariable("OCI_CLI_PROFILE")) ?? DefaultProfile;
        if (!File.Exists(file))
        {
            throw new OciConfigException($"The OCI config file '{file}' does not exist. Create it with 'oci setup config', or pass the right -ConfigFile.");
        }
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OciConfigException($"The OCI config file '{file}' cannot be read ({e.Message}). Check the path, or pass -ConfigFile.", e);
        }
        var sections = Parse(text, file);
        sections.TryGetValue(DefaultProfile, out var defaults);
        if (!sections.TryGetValue(name, out var values))
        {
            throw new OciConfigException(
                $"The OCI config file '{file}' has no profile [{name}]. Its profiles: {string.Join(", ", sections.Keys)}. Pass one of them with -Profile.");
        }
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (defaults is not null)
        {
            foreach (var pair in defaults)
            {
                merged[pair.Key] = pair.Value;
            }
        }
        foreach (var pair in values)
        {
            merged[pair.Key] = pair.Value;
        }
        return new OciConfigProfile(Path.GetFullPath(file), name, merged, environment.HomeDirectory);
    }

    /// <summary>Parses the INI text into sections; a key outside any section is an error naming the line.</summary>
    internal static Dictionary<string, Dictionary<string, string>> Parse(string text, string file)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                var section = line.Substring(1, line.Length - 2).Trim();
                if (!sections.TryGetValue(section, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections[section] = current;
                }
                continue;
            }
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                throw new OciConfigException($"Line {lineNumber} of '{file}' is neither [profile] nor key=value. Fix or remove it.");
            }
            if (current is null)
            {
                throw new OciConfigException($"Line {lineNumber} of '{file}' sets '{line.Substring(0, equals).Trim()}' before any [profile] header. Put it under [DEFAULT] or a named profile.");
            }
            current[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
        }
        return sections;
    }

    /// <summary>Expands a leading ~ to the user's home folder.</summary>
    public static string ExpandHome(string path) => ExpandHome(path, ProcessEnvironment.Instance.HomeDirectory);

    internal static string ExpandHome(string path, string home)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            return path.Length == 1 ? home : Path.Combine(home, path.Substring(2));
        }
        return path;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
