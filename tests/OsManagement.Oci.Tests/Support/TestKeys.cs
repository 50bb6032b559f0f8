using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace OsManagement.Oci.Tests.Support;

/// <summary>Keys generated in-process at test time, in every PEM form OCI users have.</summary>
public static class TestKeys
{
    public const string Passphrase = "correct horse battery staple";

    private static readonly Lazy<RSA> Shared = new(() => RSA.Create(2048));

    /// <summary>One 2048-bit RSA key shared by the tests (generating keys is slow).</summary>
    public static RSA Rsa => Shared.Value;

    /// <summary>"BEGIN RSA PRIVATE KEY".</summary>
    public static string Pkcs1Pem() => Rsa.ExportRSAPrivateKeyPem();

    /// <summary>"BEGIN PRIVATE KEY".</summary>
    public static string Pkcs8Pem() => Rsa.ExportPkcs8PrivateKeyPem();

    /// <summary>"BEGIN ENCRYPTED PRIVATE KEY" (PBES2, AES-256-CBC).</summary>
    public static string EncryptedPkcs8Pem(string passphrase = Passphrase) =>
        Rsa.ExportEncryptedPkcs8PrivateKeyPem(passphrase, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000));

    /// <summary>Legacy OpenSSL form: "BEGIN RSA PRIVATE KEY" with "Proc-Type: 4,ENCRYPTED" and "DEK-Info".</summary>
    public static string LegacyEncryptedPkcs1Pem(string passphrase = Passphrase, string algorithm = "AES-256-CBC")
    {
        var keyPair = DotNetUtilities.GetRsaKeyPair(Rsa.ExportParameters(true));
        using var writer = new StringWriter();
        var pem = new PemWriter(writer);
        pem.WriteObject(new MiscPemGenerator(keyPair.Private, algorithm, passphrase.ToCharArray(), new SecureRandom()));
        pem.Writer.Flush();
        return writer.ToString();
    }

    /// <summary>"BEGIN EC PRIVATE KEY" (SEC 1).</summary>
    public static string EcPem()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ec.ExportECPrivateKeyPem();
    }

    /// <summary>An EC key as "BEGIN PRIVATE KEY".</summary>
    public static string EcPkcs8Pem()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ec.ExportPkcs8PrivateKeyPem();
    }

    public static string PublicKeyPem() => Rsa.ExportSubjectPublicKeyInfoPem();

    public static bool SameKey(RSA a, RSA b) =>
        a.ExportParameters(false).Modulus!.SequenceEqual(b.ExportParameters(false).Modulus!);

    /// <summary>Checks that a message quotes no line of the PEM's base64 body and neither passphrase.</summary>
    public static void AssertNoSecrets(string message, string pem, string? passphrase)
    {
        foreach (var line in pem.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length >= 16 && !trimmed.StartsWith("-----", StringComparison.Ordinal) && !trimmed.Contains(':'))
            {
                Assert.DoesNotContain(trimmed.Substring(0, 16), message);
            }
        }
        if (passphrase is not null)
        {
            Assert.DoesNotContain(passphrase, message);
        }
        Assert.DoesNotContain(Passphrase, message);
    }
}
