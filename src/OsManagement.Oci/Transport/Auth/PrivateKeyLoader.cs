using System;
using System.IO;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace OsManagement.Oci.Auth;

/// <summary>
/// Loads PEM RSA private keys: PKCS#1 ("RSA PRIVATE KEY", also OpenSSL-encrypted with Proc-Type/DEK-Info) and PKCS#8
/// ("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"). BouncyCastle parses; the result is a framework RSA, so no BouncyCastle
/// type leaves this class. Errors name the file and the fix, never the key.
/// </summary>
public static class PrivateKeyLoader
{
    /// <summary>Loads the key in <paramref name="path"/>, decrypting it with <paramref name="passphrase"/> when it is encrypted.</summary>
    public static RSA LoadFile(string path, string? passphrase)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new OciKeyException($"The private key file '{path}' does not exist. Check key_file in the config profile.");
        }
        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OciKeyException($"The private key file '{path}' cannot be read ({e.GetType().Name}). Check key_file in the config profile and the file's permissions.", e);
        }
        return LoadPem(pem, passphrase, $"'{path}'");
    }

    /// <summary>Loads a key from PEM text; <paramref name="source"/> names it in errors.</summary>
    public static RSA LoadPem(string pem, string? passphrase, string source = "the key")
    {
        // BouncyCastle wraps what the password finder throws for PKCS#8, so say "encrypted, no passphrase" up front.
        if (passphrase is null && IsEncrypted(pem))
        {
            throw Passphrase.Missing(source);
        }
        object? parsed;
        try
        {
            using var reader = new StringReader(pem);
            parsed = new PemReader(reader, new Passphrase(passphrase, source)).ReadObject();
        }
        catch (OciKeyException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidCipherTextException or PemException or IOException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new OciKeyException(passphrase is null
                ? $"The private key {source} could not be read: it is not a valid PEM key. key_file must point to the PEM private key of the API key."
                : $"The private key {source} could not be decrypted: the passphrase (pass_phrase in the config profile) is wrong, or the file is not a PEM key.", e);
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("Org.BouncyCastle", StringComparison.Ordinal) == true)
        {
            throw new OciKeyException($"The private key {source} could not be read or decrypted ({e.GetType().Name}). Check key_file and pass_phrase in the config profile.", e);
        }

        var key = parsed switch
        {
            AsymmetricCipherKeyPair pair => pair.Private,
            AsymmetricKeyParameter single when single.IsPrivate => single,
            null => throw new OciKeyException($"The private key {source} holds no PEM key. key_file must point to the PEM private key of the API key."),
            _ => throw new OciKeyException($"The private key {source} holds a {parsed.GetType().Name.Replace("Parameters", "")}, not a private key. key_file must point to the private key."),
        };
        if (key is not RsaPrivateCrtKeyParameters rsaKey)
        {
            throw new OciKeyException($"The private key {source} is not an RSA key ({key.GetType().Name.Replace("PrivateKeyParameters", "")}). OCI API keys are RSA: generate one with 'oci setup keys'.");
        }
        var rsa = RSA.Create();
        rsa.ImportParameters(DotNetUtilities.ToRSAParameters(rsaKey));
        return rsa;
    }

    private static bool IsEncrypted(string pem) =>
        pem.IndexOf("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal) >= 0 ||
        pem.IndexOf("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal) >= 0;

    private sealed class Passphrase : IPasswordFinder
    {
        private readonly string? _value;
        private readonly string _source;

        public Passphrase(string? value, string source)
        {
            _value = value;
            _source = source;
        }

        public char[] GetPassword() => _value?.ToCharArray() ?? throw Missing(_source);

        public static OciKeyException Missing(string source) =>
            new($"The private key {source} is encrypted and the config profile has no pass_phrase. Add pass_phrase=<passphrase> to the profile.");
    }
}
