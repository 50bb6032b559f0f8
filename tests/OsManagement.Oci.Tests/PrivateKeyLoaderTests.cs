using System.IO;
using System.Security.Cryptography;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class PrivateKeyLoaderTests
{
    [Fact]
    public void Loads_unencrypted_pkcs1()
    {
        using var dir = new TempDirectory();
        var pem = TestKeys.Pkcs1Pem();
        Assert.Contains("BEGIN RSA PRIVATE KEY", pem);

        using var key = PrivateKeyLoader.LoadFile(dir.Write("k.pem", pem), null);

        Assert.True(TestKeys.SameKey(TestKeys.Rsa, key));
    }

    [Fact]
    public void Loads_unencrypted_pkcs8_and_ignores_an_unneeded_passphrase()
    {
        using var dir = new TempDirectory();
        var pem = TestKeys.Pkcs8Pem();
        Assert.Contains("BEGIN PRIVATE KEY", pem);

        using var key = PrivateKeyLoader.LoadFile(dir.Write("k.pem", pem), "not needed");

        Assert.True(TestKeys.SameKey(TestKeys.Rsa, key));
    }

    [Fact]
    public void Loads_encrypted_pkcs8()
    {
        using var dir = new TempDirectory();
        var pem = TestKeys.EncryptedPkcs8Pem();
        Assert.Contains("BEGIN ENCRYPTED PRIVATE KEY", pem);

        using var key = PrivateKeyLoader.LoadFile(dir.Write("k.pem", pem), TestKeys.Passphrase);

        Assert.True(TestKeys.SameKey(TestKeys.Rsa, key));
    }

    [Theory]
    [InlineData("AES-256-CBC")]
    [InlineData("AES-128-CBC")]
    [InlineData("DES-EDE3-CBC")]
    public void Loads_legacy_openssl_encrypted_pkcs1(string algorithm)
    {
        using var dir = new TempDirectory();
        var pem = TestKeys.LegacyEncryptedPkcs1Pem(TestKeys.Passphrase, algorithm);
        Assert.Contains("Proc-Type: 4,ENCRYPTED", pem);
        Assert.Contains("DEK-Info: " + algorithm, pem);

        using var key = PrivateKeyLoader.LoadFile(dir.Write("k.pem", pem), TestKeys.Passphrase);

        Assert.True(TestKeys.SameKey(TestKeys.Rsa, key));
    }

    [Fact]
    public void Loaded_key_signs_what_the_public_key_verifies()
    {
        using var key = PrivateKeyLoader.LoadPem(TestKeys.EncryptedPkcs8Pem(), TestKeys.Passphrase);
        var data = new byte[] { 1, 2, 3 };

        var signature = key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.True(TestKeys.Rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Theory]
    [InlineData("pkcs8")]
    [InlineData("legacy")]
    public void Wrong_passphrase_names_the_file_and_the_fix_without_secrets(string form)
    {
        using var dir = new TempDirectory();
        var pem = form == "pkcs8" ? TestKeys.EncryptedPkcs8Pem() : TestKeys.LegacyEncryptedPkcs1Pem();
        var path = dir.Write("k.pem", pem);

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, "wrong-passphrase"));

        Assert.Contains(path, error.Message);
        Assert.Contains("passphrase", error.Message);
        Assert.Contains("wrong", error.Message);
        Assert.Contains("pass_phrase", error.Message);
        TestKeys.AssertNoSecrets(error.ToString(), pem, "wrong-passphrase");
    }

    [Theory]
    [InlineData("pkcs8")]
    [InlineData("legacy")]
    public void Missing_passphrase_says_the_key_is_encrypted(string form)
    {
        using var dir = new TempDirectory();
        var pem = form == "pkcs8" ? TestKeys.EncryptedPkcs8Pem() : TestKeys.LegacyEncryptedPkcs1Pem();
        var path = dir.Write("k.pem", pem);

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, null));

        Assert.Contains("encrypted", error.Message);
        Assert.Contains("pass_phrase", error.Message);
        Assert.Contains(path, error.Message);
        TestKeys.AssertNoSecrets(error.ToString(), pem, null);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "absent.pem");

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, null));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.Contains("key_file", error.Message);
    }

    [Fact]
    public void A_folder_instead_of_a_file_is_reported_as_a_key_error()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(dir.Path, null));

        Assert.Contains(dir.Path, error.Message);
        Assert.Contains("cannot be read", error.Message);
    }

    [Theory]
    [InlineData("sec1")]
    [InlineData("pkcs8")]
    public void EC_key_is_rejected_with_advice_to_use_RSA(string form)
    {
        using var dir = new TempDirectory();
        var pem = form == "sec1" ? TestKeys.EcPem() : TestKeys.EcPkcs8Pem();
        var path = dir.Write("ec.pem", pem);

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, null));

        Assert.Contains(path, error.Message);
        Assert.Contains("not an RSA key", error.Message);
        Assert.Contains("EC", error.Message);
        TestKeys.AssertNoSecrets(error.ToString(), pem, null);
    }

    [Fact]
    public void Public_key_is_rejected()
    {
        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadPem(TestKeys.PublicKeyPem(), null, "'pub.pem'"));

        Assert.Contains("'pub.pem'", error.Message);
        Assert.Contains("not a private key", error.Message);
    }

    [Theory]
    [InlineData("hello, not a key")]
    [InlineData("")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nthis is not base64 !!!\n-----END RSA PRIVATE KEY-----\n")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END RSA PRIVATE KEY-----\n")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n")]
    public void Garbage_is_rejected_with_a_key_error_naming_the_source(string text)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("junk.pem", text);

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, null));

        Assert.Contains(path, error.Message);
        Assert.Contains("PEM", error.Message);
        Assert.DoesNotContain("AAAAAAAAAAAAAAAA", error.ToString());
        Assert.DoesNotContain("MIIBVQIBADANBgkq", error.ToString());
    }

    [Fact]
    public void Truncated_key_is_rejected_without_quoting_it()
    {
        using var dir = new TempDirectory();
        var pem = TestKeys.Pkcs1Pem();
        var lines = pem.Split('\n');
        var truncated = string.Join("\n", lines[..5]) + "\n-----END RSA PRIVATE KEY-----\n";
        var path = dir.Write("cut.pem", truncated);

        var error = Assert.Throws<OciKeyException>(() => PrivateKeyLoader.LoadFile(path, null));

        Assert.Contains(path, error.Message);
        TestKeys.AssertNoSecrets(error.ToString(), pem, null);
    }
}
