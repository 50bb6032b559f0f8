using System;
using System.Linq;
using System.Security.Cryptography;
using Org.BouncyCastle.X509;

namespace OsManagement.Oci.Auth;

/// <summary>
/// An instance's identity from the metadata service: the leaf certificate (its subject names the tenancy), the leaf's
/// private key and the intermediate certificate that issued it. Holds key material: never logged.
/// </summary>
public sealed class InstanceIdentity
{
    private const string TenantPrefix = "opc-tenant:";
    private const string IdentityPrefix = "opc-identity:";

    private InstanceIdentity(byte[] leafDer, RSA leafKey, byte[] intermediateDer, string tenancyId)
    {
        LeafCertificateDer = leafDer;
        LeafKey = leafKey;
        IntermediateCertificateDer = intermediateDer;
        TenancyId = tenancyId;
    }

    /// <summary>The leaf certificate, DER.</summary>
    public byte[] LeafCertificateDer { get; }

    /// <summary>The leaf certificate's private key: signs the federation request.</summary>
    public RSA LeafKey { get; }

    /// <summary>The intermediate certificate, DER.</summary>
    public byte[] IntermediateCertificateDer { get; }

    /// <summary>The tenancy, from the leaf subject's <c>opc-tenant:</c> (or <c>opc-identity:</c>) value.</summary>
    public string TenancyId { get; }

    /// <summary>SHA-256 of the leaf certificate as colon-separated uppercase hex (the federation keyId's fingerprint).</summary>
    public string LeafSha256Fingerprint
    {
        get
        {
            using var sha = SHA256.Create();
            return string.Join(":", sha.ComputeHash(LeafCertificateDer).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Reads the three PEM documents; <paramref name="source"/> names where they came from in errors.</summary>
    /// <exception cref="OciAuthenticationException">A document is not what it should be, or the leaf names no tenancy.</exception>
    public static InstanceIdentity FromPem(string leafPem, string leafKeyPem, string intermediatePem, string source)
    {
        var leaf = ReadCertificate(leafPem, "leaf certificate (identity/cert.pem)", source);
        var intermediate = ReadCertificate(intermediatePem, "intermediate certificate (identity/intermediate.pem)", source);
        RSA key;
        try
        {
            key = PrivateKeyLoader.LoadPem(leafKeyPem, null, "identity/key.pem");
        }
        catch (OciKeyException e)
        {
            throw new OciAuthenticationException($"The leaf key (identity/key.pem) from {source} is not a PEM RSA private key.", e);
        }
        return new InstanceIdentity(leaf.GetEncoded(), key, intermediate.GetEncoded(), TenancyOf(leaf, source));
    }

    /// <summary>The tenancy named in a certificate's subject, as Oracle's SDKs find it.</summary>
    internal static string TenancyOf(X509Certificate certificate, string source)
    {
        foreach (var value in certificate.SubjectDN.GetValueList().Select(v => v ?? ""))
        {
            foreach (var prefix in new[] { TenantPrefix, IdentityPrefix })
            {
                var at = value.IndexOf(prefix, StringComparison.Ordinal);
                if (at >= 0 && value.Length > at + prefix.Length)
                {
                    return value.Substring(at + prefix.Length);
                }
            }
        }
        throw new OciAuthenticationException($"The leaf certificate from {source} names no tenancy (no 'opc-tenant:' value in its subject).");
    }

    private static X509Certificate ReadCertificate(string pem, string what, string source)
    {
        try
        {
            var certificate = new X509CertificateParser().ReadCertificate(System.Text.Encoding.ASCII.GetBytes(pem));
            return certificate ?? throw new OciAuthenticationException($"The {what} from {source} is empty.");
        }
        catch (Exception e) when (e is not OciAuthenticationException)
        {
            throw new OciAuthenticationException($"The {what} from {source} is not a PEM certificate ({e.GetType().Name}).", e);
        }
    }
}
