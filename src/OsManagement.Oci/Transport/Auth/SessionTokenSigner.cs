using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Config;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Signs with a session token from <c>oci session authenticate</c>: keyId <c>ST$&lt;token&gt;</c>, the profile's
/// key_file as the key. Token and key are read again whenever their files change (so <c>oci session refresh</c> in
/// another window takes effect at once), and an expired token fails before anything is sent.
/// </summary>
public sealed class SessionTokenSigner : RequestSigner, ITokenSigner
{
    private readonly object _gate = new();
    private readonly string _profileName;
    private readonly string _tokenFile;
    private readonly string _keyFile;
    private readonly string? _passphrase;
    private readonly Func<DateTimeOffset> _clock;
    private FileStamp _tokenStamp;
    private FileStamp _keyStamp;
    private SecurityToken _token;
    private RSA _key;

    /// <summary>Reads the token and key now, so a missing or expired token fails here.</summary>
    /// <exception cref="OciAuthenticationException">The token file cannot be read, is not a token, or has expired.</exception>
    /// <exception cref="OciKeyException">The key cannot be read.</exception>
    public SessionTokenSigner(string profileName, string tokenFile, string keyFile, string? passphrase, string tenancyId,
        Func<DateTimeOffset>? clock = null)
    {
        _profileName = profileName;
        _tokenFile = tokenFile;
        _keyFile = keyFile;
        _passphrase = passphrase;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        TenancyId = tenancyId;
        (_token, _tokenStamp) = ReadToken();
        (_key, _keyStamp) = ReadKey();
        ThrowIfExpired(_token);
    }

    /// <inheritdoc />
    public override string TenancyId { get; }

    /// <inheritdoc />
    public override string? RejectionAdvice =>
        $"The service did not accept the session token of profile [{_profileName}] ('{_tokenFile}'): it may have been revoked, " +
        $"or have expired on the service's clock. Refresh it with 'oci session refresh --profile {_profileName}', or sign in " +
        $"again with 'oci session authenticate --profile-name {_profileName}'; then run the command again.";

    /// <summary>The token in use now.</summary>
    public SecurityToken Token
    {
        get { lock (_gate) { return _token; } }
    }

    /// <summary>The signer of a profile with security_token_file, key_file and tenancy.</summary>
    public static SessionTokenSigner FromProfile(OciConfigProfile profile)
    {
        profile.RequireSessionTokenFields();
        return new SessionTokenSigner(profile.ProfileName, profile.SecurityTokenFile!, profile.KeyFile!, profile.PassPhrase, profile.Tenancy!);
    }

    /// <inheritdoc />
    public bool Invalidate(string keyIdUsed)
    {
        lock (_gate)
        {
            ReloadIfChanged(force: true);
            return "ST$" + _token.Value != keyIdUsed;
        }
    }

    /// <inheritdoc />
    protected override Task<(string KeyId, RSA Key)> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ReloadIfChanged(force: false);
            ThrowIfExpired(_token);
            return Task.FromResult(("ST$" + _token.Value, _key));
        }
    }

    private void ReloadIfChanged(bool force)
    {
        if (force || FileStamp.Of(_tokenFile) != _tokenStamp)
        {
            (_token, _tokenStamp) = ReadToken();
        }
        if (force || FileStamp.Of(_keyFile) != _keyStamp)
        {
            (_key, _keyStamp) = ReadKey();
        }
    }

    private void ThrowIfExpired(SecurityToken token)
    {
        if (token.IsExpired(_clock()))
        {
            throw new OciAuthenticationException(
                $"The session token of profile [{_profileName}] ('{_tokenFile}') expired at {token.ExpiresAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC. " +
                $"Refresh it with 'oci session refresh --profile {_profileName}' (while the session can still be refreshed), " +
                $"or sign in again with 'oci session authenticate --profile-name {_profileName}'; then run the command again.");
        }
    }

    private (SecurityToken, FileStamp) ReadToken()
    {
        var stamp = FileStamp.Of(_tokenFile);
        string text;
        try
        {
            text = File.ReadAllText(_tokenFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OciAuthenticationException(
                $"The session token file '{_tokenFile}' of profile [{_profileName}] cannot be read ({e.GetType().Name}). " +
                $"Check security_token_file in the profile, or create a session with 'oci session authenticate --profile-name {_profileName}'.", e);
        }
        return (SecurityToken.Parse(text, $"'{_tokenFile}'"), stamp);
    }

    private (RSA, FileStamp) ReadKey()
    {
        var stamp = FileStamp.Of(_keyFile);
        return (PrivateKeyLoader.LoadFile(_keyFile, _passphrase), stamp);
    }

    /// <summary>What tells that a file changed: its write time and length.</summary>
    private readonly struct FileStamp : IEquatable<FileStamp>
    {
        private readonly DateTime _written;
        private readonly long _length;

        private FileStamp(DateTime written, long length)
        {
            _written = written;
            _length = length;
        }

        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.LastWriteTimeUtc, info.Length) : default;
        }

        public bool Equals(FileStamp other) => _written == other._written && _length == other._length;
        public override bool Equals(object? obj) => obj is FileStamp other && Equals(other);
        public override int GetHashCode() => _written.GetHashCode() ^ _length.GetHashCode();
        public static bool operator ==(FileStamp a, FileStamp b) => a.Equals(b);
        public static bool operator !=(FileStamp a, FileStamp b) => !a.Equals(b);
    }
}
