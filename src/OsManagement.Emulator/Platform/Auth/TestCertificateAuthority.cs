using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OsManagement.Emulator.Platform.Auth;

/// <summary>
/// The emulator's instance identity PKI: a root CA, an intermediate CA and one instance's leaf certificate whose
/// subject carries the OCI identity values (<c>OU=opc-tenant:&lt;tenancy&gt;</c>, <c>opc-instance</c>, ...). Written
/// to <c>DIR/identity/</c> (<c>ca.pem</c>, <c>intermediate.pem</c>, <c>cert.pem</c>, <c>key.pem</c>) for inspection.
/// The leaf certificate stands for the instance <c>InstanceId</c>.
/// </summary>
internal sealed record TestCertificateAuthority(X509Certificate2 Root, X509Certificate2 Intermediate, X509Certificate2 Leaf, RSA LeafKey, string InstanceId)
{
    public string LeafPem => Leaf.ExportCertificatePem() + "\n";
    public string IntermediatePem => Intermediate.ExportCertificatePem() + "\n";
    public string LeafKeyPem => LeafKey.ExportRSAPrivateKeyPem() + "\n";

    /// <summary>Generates the three certificates (valid from an hour ago for a year) and writes them under <paramref name="stateDir"/>.</summary>
    public static TestCertificateAuthority Create(string stateDir, string tenancyId, string compartmentId, string instanceId, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var (notBefore, notAfter) = (now.AddHours(-1), now.AddYears(1));
        using var rootKey = RSA.Create(2048);
        var rootRequest = CaRequest("CN=OsManagement Emulator Root CA, O=OsManagement Emulator", rootKey, pathLength: 1);
        var root = rootRequest.CreateSelfSigned(notBefore, notAfter);

        var intermediateKey = RSA.Create(2048);
        var intermediateRequest = CaRequest("CN=OsManagement Emulator Intermediate CA, O=OsManagement Emulator", intermediateKey, pathLength: 0);
        var intermediate = intermediateRequest.Create(root, notBefore, notAfter.AddMinutes(-1), Serial());

        var leafKey = RSA.Create(2048);
        var subject = $"CN={instanceId}, OU=opc-certtype:instance, OU=opc-compartment:{compartmentId}, OU=opc-instance:{instanceId}, OU=opc-tenant:{tenancyId}";
        var leafRequest = new CertificateRequest(subject, leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        leafRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leafRequest.PublicKey, false));
        using var intermediateWithKey = intermediate.CopyWithPrivateKey(intermediateKey);
        var leaf = leafRequest.Create(intermediateWithKey, notBefore, notAfter.AddMinutes(-2), Serial());

        var authority = new TestCertificateAuthority(root, intermediate, leaf, leafKey, instanceId);
        var dir = Path.Combine(stateDir, "identity");
        Directory.CreateDirectory(dir);
        Write(Path.Combine(dir, "ca.pem"), root.ExportCertificatePem() + "\n", secret: false);
        Write(Path.Combine(dir, "intermediate.pem"), authority.IntermediatePem, secret: false);
        Write(Path.Combine(dir, "cert.pem"), authority.LeafPem, secret: false);
        Write(Path.Combine(dir, "key.pem"), authority.LeafKeyPem, secret: true);
        return authority;
    }

    /// <summary>Whether <paramref name="leaf"/> chains to this root through one of <paramref name="intermediates"/> at <paramref name="at"/>.</summary>
    public bool IsTrusted(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, DateTimeOffset at, out string failure)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        foreach (var certificate in intermediates)
        {
            chain.ChainPolicy.ExtraStore.Add(certificate);
        }
        if (chain.Build(leaf) && chain.ChainElements.Count == 3)
        {
            failure = "";
            return true;
        }
        failure = chain.ChainStatus.Length > 0 ? chain.ChainStatus[0].StatusInformation.Trim() : "the chain does not end at the emulator's root CA";
        return false;
    }

    private static CertificateRequest CaRequest(string subject, RSA key, int pathLength)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, pathLength, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(12);

    private static void Write(string path, string text, bool secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = secret ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }
        using var stream = new FileStream(path, options);
        stream.Write(System.Text.Encoding.ASCII.GetBytes(text));
    }
}
