using System.Security.Cryptography;
using System.Text.Json;
using OsManagement.Emulator.Platform.Auth;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>The credentials the emulator trusts, as written to the state directory.</summary>
internal sealed record EmulatorCredentials(string TenancyId, string UserId, string Fingerprint, string KeyFile, string ConfigFile, RSA Key);

/// <summary>
/// Writes the state directory: a fresh RSA 2048 key (<c>api_key.pem</c>, PKCS#8, mode 600), an OCI config
/// file (<c>config</c>, profile DEFAULT) pointing at it, and, once listening, <c>emulator.json</c>.
/// </summary>
internal static class StateDirectory
{
    public const string Profile = "DEFAULT";
    public const string Region = "us-ashburn-1";
    public const string DescriptorName = "emulator.json";

    public static EmulatorCredentials Prepare(string dir, string tenancyId, string userId, string region = Region)
    {
        Directory.CreateDirectory(dir);
        File.Delete(Path.Combine(dir, DescriptorName));
        var key = RSA.Create(2048);
        var keyFile = Path.Combine(dir, "api_key.pem");
        WriteAtomically(keyFile, key.ExportPkcs8PrivateKeyPem() + "\n", privateFile: true);
        var fingerprint = ApiKeyResolver.Fingerprint(key);
        var configFile = Path.Combine(dir, "config");
        var config = new StringBuilder()
            .Append("# Written by the OsManagement emulator; valid while it runs.\n")
            .Append('[').Append(Profile).Append("]\n")
            .Append("user=").Append(userId).Append('\n')
            .Append("fingerprint=").Append(fingerprint).Append('\n')
            .Append("key_file=").Append(keyFile).Append('\n')
            .Append("tenancy=").Append(tenancyId).Append('\n')
            .Append("region=").Append(region).Append('\n')
            .ToString();
        WriteAtomically(configFile, config, privateFile: true);
        return new EmulatorCredentials(tenancyId, userId, fingerprint, keyFile, configFile, key);
    }

    /// <summary>Announces the endpoint: <c>emulator.json</c>, written via a temporary file and a rename.</summary>
    public static void WriteDescriptor(string dir, string endpoint, EmulatorCredentials credentials, InstanceIdentityHost? identity = null,
        Regions.EmulatorRegions? regions = null)
    {
        var descriptor = new EmulatorDescriptor(endpoint, credentials.ConfigFile, Profile, credentials.TenancyId, regions?.Home ?? Region,
            Environment.ProcessId,
            identity?.MetadataEndpoint, identity?.FederationEndpoint, identity is null ? null : SessionProfile.Name,
            regions?.Names.ToDictionary(r => r, r => regions.Endpoints[r]));
        WriteAtomically(Path.Combine(dir, DescriptorName), JsonSerializer.Serialize(descriptor, JsonSerializerOptions.Web), privateFile: false);
    }

    public static void RemoveDescriptor(string dir)
    {
        try
        {
            File.Delete(Path.Combine(dir, DescriptorName));
        }
        catch (IOException)
        {
            // Best effort on shutdown.
        }
    }

    private static void WriteAtomically(string path, string text, bool privateFile)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = privateFile
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }
        using (var stream = new FileStream(temp, fileOptions))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>The contents of <c>emulator.json</c>.</summary>
internal sealed record EmulatorDescriptor(string Endpoint, string ConfigFile, string Profile, string TenancyId, string Region, int Pid,
    string? MetadataEndpoint = null, string? FederationEndpoint = null, string? SessionProfile = null,
    IReadOnlyDictionary<string, string>? Regions = null);
