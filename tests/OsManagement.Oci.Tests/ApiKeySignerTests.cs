using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;
using OsManagement.Oci.Config;
using OsManagement.Oci.Tests.Support;

namespace OsManagement.Oci.Tests;

public sealed class ApiKeySignerTests
{
    private const string EmptySha256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private static ApiKeySigner NewSigner() => new("ocid1.tenancy.oc1..t", "ocid1.user.oc1..u", "11:22:33", TestKeys.Rsa);

    private static async Task<(HttpRequestMessage Request, SignatureParts Parts)> SignAsync(HttpMethod method, string url, string? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }
        await NewSigner().SignAsync(request, CancellationToken.None);
        return (request, SignatureParts.Of(request));
    }

    [Theory]
    [InlineData("GET", "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs/ocid1.x")]
    [InlineData("GET", "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs?compartmentId=ocid1.c&displayName=a%20b&limit=5")]
    [InlineData("DELETE", "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs/ocid1.x")]
    [InlineData("DELETE", "http://127.0.0.1:5000/20190801/scheduledJobs/ocid1.x?x=1")]
    public async Task Get_and_delete_sign_three_headers_and_verify_with_the_public_key(string method, string url)
    {
        var (request, parts) = await SignAsync(new HttpMethod(method), url, null);

        Assert.Equal("ocid1.tenancy.oc1..t/ocid1.user.oc1..u/11:22:33", parts.KeyId);
        Assert.Equal("rsa-sha256", parts.Algorithm);
        Assert.Equal(new[] { "date", "(request-target)", "host" }, parts.Headers);
        Assert.True(parts.Verifies(request, TestKeys.Rsa));
        Assert.Null(request.Content);
    }

    [Fact]
    public async Task Signing_string_uses_path_query_and_host_with_port()
    {
        var (request, parts) = await SignAsync(HttpMethod.Get, "http://localhost:18080/20160918/compartments?compartmentId=ocid1.tenancy&limit=2", null);

        var date = request.Headers.Date!.Value.ToString("r", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"date: {date}\n" +
            "(request-target): get /20160918/compartments?compartmentId=ocid1.tenancy&limit=2\n" +
            "host: localhost:18080",
            parts.RebuildSigningString(request));
        Assert.True(parts.Verifies(request, TestKeys.Rsa));
    }

    [Fact]
    public async Task A_signature_over_another_request_does_not_verify()
    {
        var (request, parts) = await SignAsync(HttpMethod.Get, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs?limit=5", null);

        request.RequestUri = new Uri("https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs?limit=6");

        Assert.False(parts.Verifies(request, TestKeys.Rsa));
    }

    [Theory]
    [InlineData("POST", "https://osms.us-phoenix-1.oci.oraclecloud.com/20190801/scheduledJobs", "{\"compartmentId\":\"ocid1.c\",\"displayName\":\"né €\"}")]
    [InlineData("POST", "https://osms.us-phoenix-1.oci.oraclecloud.com/20190801/managedInstances/i/actions/packages/install?softwarePackageName=bash", "{}")]
    [InlineData("PUT", "https://osms.us-phoenix-1.oci.oraclecloud.com/20190801/scheduledJobs/x", "{\"displayName\":\"x\"}")]
    [InlineData("POST", "https://osms.us-phoenix-1.oci.oraclecloud.com/20190801/scheduledJobs/x/actions/runNow", "")]
    public async Task Post_and_put_sign_body_headers_and_verify(string method, string url, string body)
    {
        var (request, parts) = await SignAsync(new HttpMethod(method), url, body);

        Assert.Equal(new[] { "date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256" }, parts.Headers);
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.Equal(bytes.Length, request.Content!.Headers.ContentLength);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(bytes)), request.Content.Headers.GetValues("x-content-sha256").Single());
        Assert.True(parts.Verifies(request, TestKeys.Rsa));
        Assert.Equal(body, await request.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_without_content_gets_an_empty_json_body_hashed_with_length_zero()
    {
        var (request, parts) = await SignAsync(HttpMethod.Post, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/scheduledJobs/ocid1.x/actions/runNow", null);

        Assert.Equal(0, request.Content!.Headers.ContentLength);
        Assert.Equal("application/json", request.Content.Headers.ContentType!.ToString());
        Assert.Equal(EmptySha256, request.Content.Headers.GetValues("x-content-sha256").Single());
        Assert.True(parts.Verifies(request, TestKeys.Rsa));
    }

    [Fact]
    public async Task Signing_again_replaces_date_signature_and_hash()
    {
        var (request, _) = await SignAsync(HttpMethod.Post, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/x", "{}");
        request.Headers.Remove("date");
        request.Headers.TryAddWithoutValidation("date", "Mon, 01 Jan 2024 00:00:00 GMT");

        await NewSigner().SignAsync(request, CancellationToken.None);

        Assert.Single(request.Headers.GetValues("date"));
        Assert.NotEqual(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), request.Headers.Date);
        Assert.Single(request.Headers.GetValues("Authorization"));
        Assert.Single(request.Content!.Headers.GetValues("x-content-sha256"));
        Assert.True(SignatureParts.Of(request).Verifies(request, TestKeys.Rsa));
    }

    [Fact]
    public async Task The_date_is_the_current_time_in_RFC_1123_form()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (request, _) = await SignAsync(HttpMethod.Get, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/x", null);

        Assert.Matches("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$", request.Headers.GetValues("date").Single());
        Assert.InRange(request.Headers.Date!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public void FromProfile_loads_the_encrypted_key_and_exposes_the_tenancy()
    {
        using var dir = new TempDirectory();
        dir.Write("key.pem", TestKeys.EncryptedPkcs8Pem());
        var config = dir.Write("config", $"[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nkey_file=key.pem\npass_phrase={TestKeys.Passphrase}\n");

        var signer = ApiKeySigner.FromProfile(OciConfigFile.Load(config, null, new FakeEnvironment(dir.Path)));

        Assert.Equal("ocid1.tenancy.oc1..t", signer.TenancyId);
    }

    [Fact]
    public async Task FromProfile_signs_with_tenancy_user_and_fingerprint_as_key_id()
    {
        using var dir = new TempDirectory();
        dir.Write(".oci/key.pem", TestKeys.Pkcs1Pem());
        var config = dir.Write("config", "[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nkey_file=~/.oci/key.pem\n");
        var signer = ApiKeySigner.FromProfile(OciConfigFile.Load(config, null, new FakeEnvironment(dir.Path)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://osms.us-ashburn-1.oci.oraclecloud.com/20190801/x");

        await signer.SignAsync(request, CancellationToken.None);

        var parts = SignatureParts.Of(request);
        Assert.Equal("ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb", parts.KeyId);
        Assert.True(parts.Verifies(request, TestKeys.Rsa));
    }

    [Fact]
    public void FromProfile_with_a_wrong_passphrase_is_a_key_error_without_the_passphrase()
    {
        using var dir = new TempDirectory();
        var keyPath = dir.Write("key.pem", TestKeys.EncryptedPkcs8Pem());
        var config = dir.Write("config", $"[DEFAULT]\nuser=u\nfingerprint=f\ntenancy=t\nkey_file={keyPath}\npass_phrase=nope-not-it\n");

        var error = Assert.Throws<OciKeyException>(() => ApiKeySigner.FromProfile(OciConfigFile.Load(config, null, new FakeEnvironment(dir.Path))));

        Assert.Contains(keyPath, error.Message);
        Assert.DoesNotContain("nope-not-it", error.ToString());
    }

    [Fact]
    public void FromProfile_with_missing_keys_names_them_before_touching_the_key_file()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("config", "[DEFAULT]\nuser=u\nkey_file=/nonexistent/key.pem\n");

        var error = Assert.Throws<OciConfigException>(() => ApiKeySigner.FromProfile(OciConfigFile.Load(config, null, new FakeEnvironment(dir.Path))));

        Assert.Contains("'fingerprint', 'tenancy'", error.Message);
    }
}
