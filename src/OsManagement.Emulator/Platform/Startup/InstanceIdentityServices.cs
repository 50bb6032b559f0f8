using OsManagement.Emulator.Platform.Auth;

namespace OsManagement.Emulator.Platform.Startup;

/// <summary>
/// Everything behind the emulator's identity listener: the test CA, the token issuer, the x509 federation, the
/// session profile, and the counters and fault switch the admin endpoints expose.
/// </summary>
internal sealed class InstanceIdentityServices
{
    /// <summary>What the metadata service says the region is: a short key, as the real one does for older regions.</summary>
    public const string RegionKey = "iad";
    private int _metadataCalls;
    private int _federationCalls;

    private InstanceIdentityServices(TestCertificateAuthority authority, TokenIssuer issuer, SessionProfile session, TimeProvider time, TimeSpan lifetime)
    {
        Authority = authority;
        Issuer = issuer;
        Session = session;
        TokenLifetime = lifetime;
        Federation = new X509Federation(authority, issuer, time, () => TokenLifetime);
        Resolver = new SessionTokenResolver(issuer);
    }

    public TestCertificateAuthority Authority { get; }
    public TokenIssuer Issuer { get; }
    public X509Federation Federation { get; }
    public SessionProfile Session { get; }

    /// <summary>Resolves <c>ST$</c> keyIds for the API.</summary>
    public SessionTokenResolver Resolver { get; }

    /// <summary>How long new tokens live (<c>--token-lifetime</c>).</summary>
    public TimeSpan TokenLifetime { get; }

    /// <summary>When not 0, the federation endpoint answers with this status (admin switch for error tests).</summary>
    public int FederationFaultStatus { get; set; }

    public int MetadataCalls => Volatile.Read(ref _metadataCalls);
    public int FederationCalls => Volatile.Read(ref _federationCalls);

    public static InstanceIdentityServices Create(string stateDir, EmulatorCredentials credentials, string instanceId, TimeProvider time, TimeSpan lifetime)
    {
        var authority = TestCertificateAuthority.Create(stateDir, credentials.TenancyId, credentials.TenancyId, instanceId, time);
        var issuer = new TokenIssuer(time);
        var session = SessionProfile.Write(stateDir, credentials, issuer, lifetime);
        return new InstanceIdentityServices(authority, issuer, session, time, lifetime);
    }

    public void CountMetadataCall() => Interlocked.Increment(ref _metadataCalls);
    public void CountFederationCall() => Interlocked.Increment(ref _federationCalls);
}
