using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OsManagement.Oci.Config;

/// <summary>One profile of an OCI config file, with [DEFAULT]'s values inherited.</summary>
public sealed class OciConfigProfile
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly string _homeDirectory;

    public OciConfigProfile(string filePath, string profileName, IReadOnlyDictionary<string, string> values)
        : this(filePath, profileName, values, ProcessEnvironment.Instance.HomeDirectory)
    {
    }

    internal OciConfigProfile(string filePath, string profileName, IReadOnlyDictionary<string, string> values, string homeDirectory)
    {
        FilePath = filePath;
        ProfileName = profileName;
        _values = values;
        _homeDirectory = homeDirectory;
    }

    /// <summary>The config file it was read from.</summary>
    public string FilePath { get; }

    /// <summary>The profile's name.</summary>
    public string ProfileName { get; }

    public string? User => Get("user");
    public string? Fingerprint => Get("fingerprint");

    /// <summary>The private key file, with ~ expanded and a relative path taken from the config file's folder.</summary>
    public string? KeyFile => ResolvePath(Get("key_file"));
    public string? Tenancy => Get("tenancy");
    public string? Region => Get("region");
    public string? PassPhrase => Get("pass_phrase");

    /// <summary>The session token file (oci session authenticate), resolved like <see cref="KeyFile"/>.</summary>
    public string? SecurityTokenFile => ResolvePath(Get("security_token_file"));

    /// <summary>A key's value (this profile's, else [DEFAULT]'s), or null.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Checks the keys API-key signing needs; the error names every missing key, the profile and the file.</summary>
    public void RequireApiKeyFields() => Require(
        "'oci setup config' writes a complete API-key profile", "user", "fingerprint", "key_file", "tenancy");

    /// <summary>Checks the keys session-token signing needs.</summary>
    public void RequireSessionTokenFields()
    {
        // 'oci setup config' never writes security_token_file: a session profile comes from 'oci session authenticate'.
        var fix = Get("security_token_file") is null
            ? $"'oci session authenticate --profile-name {ProfileName}' writes a session profile; or choose a -Profile that has one, " +
              "or sign with this profile's API key (-AuthType ApiKey)"
            : $"'oci session authenticate --profile-name {ProfileName}' writes a complete session profile";
        Require(fix, "security_token_file", "key_file", "tenancy");
    }

    /// <summary>Checks that these keys have values; <paramref name="fix"/> says how to get a profile that has them.</summary>
    public void Require(string fix, params string[] keys)
    {
        var missing = keys.Where(k => Get(k) is null).ToList();
        if (missing.Count > 0)
        {
            throw new OciConfigException(
                $"The profile [{ProfileName}] in '{FilePath}' has no {string.Join(", ", missing.Select(k => "'" + k + "'"))}. " +
                $"Add the missing key(s) to the profile (or to [DEFAULT]); {fix}.");
        }
    }

    private string? ResolvePath(string? path)
    {
        if (path is null)
        {
            return null;
        }
        var expanded = OciConfigFile.ExpandHome(path, _homeDirectory);
        return Path.IsPathRooted(expanded) ? expanded : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(FilePath) ?? ".", expanded));
    }
}
