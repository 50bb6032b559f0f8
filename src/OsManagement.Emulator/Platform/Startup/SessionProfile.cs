using System.Security.Cryptography;
using OsManagement.Emulator.Platform.Auth;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>
/// The <c>[SESSION]</c> profile, like the one <c>oci session authenticate</c> leaves: a token this emulator issued in
/// <c>DIR/session_token</c> and a profile in <c>DIR/config</c> with <c>security_token_file</c>. It inherits
/// <c>key_file</c>, <c>tenancy</c> and <c>region</c> from <c>[DEFAULT]</c>, so the API key doubles as the session key
/// (the token is bound to it) and no key appears twice in the file.
/// </summary>
internal sealed class SessionProfile(RSA key, TokenIssuer issuer, EmulatorCredentials credentials, string tokenFile)
{
    public const string Name = "SESSION";

    public string TokenFile { get; } = tokenFile;

    /// <summary>Writes a first token of <paramref name="lifetime"/> and appends the profile to the config file.</summary>
    public static SessionProfile Write(string dir, EmulatorCredentials credentials, TokenIssuer issuer, TimeSpan lifetime)
    {
        var profile = new SessionProfile(credentials.Key, issuer, credentials, Path.Combine(dir, "session_token"));
        profile.IssueToken(lifetime);
        var section = new StringBuilder()
            .Append("\n# A session-token profile (oci session authenticate); key_file, tenancy and region come from [DEFAULT].\n")
            .Append('[').Append(Name).Append("]\n")
            .Append("security_token_file=").Append(profile.TokenFile).Append('\n')
            .ToString();
        File.AppendAllText(credentials.ConfigFile, section);
        return profile;
    }

    /// <summary>Replaces the token file (via a rename, as the CLI does) with a new token; returns its expiry.</summary>
    public DateTimeOffset IssueToken(TimeSpan lifetime)
    {
        var token = issuer.Issue(credentials.TenancyId, credentials.UserId, "login", key, lifetime);
        var temp = TokenFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        WritePrivate(temp, token);
        File.Move(temp, TokenFile, overwrite: true);
        return issuer.Validate(token, out _)?.ExpiresAt ?? DateTimeOffset.MinValue;
    }

    private static void WritePrivate(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        stream.Write(Encoding.ASCII.GetBytes(text));
    }
}
