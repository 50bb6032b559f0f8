using System;
using System.Collections.Generic;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests;

public sealed class SigningStringTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    [InlineData("get")]
    public void Methods_without_body_sign_date_target_and_host(string method)
    {
        Assert.Equal(new[] { "date", "(request-target)", "host" }, OciSigningString.HeadersFor(method));
        Assert.False(OciSigningString.HasBody(method));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("put")]
    public void Methods_with_body_also_sign_length_type_and_hash(string method)
    {
        Assert.Equal(new[] { "date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256" }, OciSigningString.HeadersFor(method));
        Assert.True(OciSigningString.HasBody(method));
    }

    [Fact]
    public void Get_signing_string_is_one_line_per_header_with_lowercase_method_and_query()
    {
        var values = new Dictionary<string, string>
        {
            ["date"] = "Thu, 05 Jan 2014 21:31:40 GMT",
            ["host"] = "identity.eu-frankfurt-1.oci.oraclecloud.com",
        };

        var text = OciSigningString.Build("GET", "/20160918/compartments?compartmentId=ocid1.tenancy&limit=2", OciSigningString.HeadersFor("GET"), h => values.GetValueOrDefault(h));

        Assert.Equal(
            "date: Thu, 05 Jan 2014 21:31:40 GMT\n" +
            "(request-target): get /20160918/compartments?compartmentId=ocid1.tenancy&limit=2\n" +
            "host: identity.eu-frankfurt-1.oci.oraclecloud.com",
            text);
    }

    [Fact]
    public void Post_signing_string_adds_length_type_and_hash_in_order()
    {
        var values = new Dictionary<string, string>
        {
            ["date"] = "Thu, 05 Jan 2014 21:31:40 GMT",
            ["host"] = "osms.us-ashburn-1.oci.oraclecloud.com",
            ["content-length"] = "316",
            ["content-type"] = "application/json",
            ["x-content-sha256"] = "V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=",
        };

        var text = OciSigningString.Build("POST", "/20190801/scheduledJobs", OciSigningString.HeadersFor("POST"), h => values.GetValueOrDefault(h));

        Assert.Equal(
            "date: Thu, 05 Jan 2014 21:31:40 GMT\n" +
            "(request-target): post /20190801/scheduledJobs\n" +
            "host: osms.us-ashburn-1.oci.oraclecloud.com\n" +
            "content-length: 316\n" +
            "content-type: application/json\n" +
            "x-content-sha256: V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=",
            text);
    }

    [Fact]
    public void Missing_signed_header_is_an_error_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            OciSigningString.Build("GET", "/", OciSigningString.HeadersFor("GET"), h => h == "date" ? "x" : null));

        Assert.Contains("'host'", error.Message);
    }

    [Fact]
    public void Authorization_header_has_the_version_1_layout()
    {
        var header = OciSigningString.AuthorizationHeader("t/u/f", OciSigningString.HeadersFor("GET"), "c2ln");

        Assert.Equal("Signature version=\"1\",keyId=\"t/u/f\",algorithm=\"rsa-sha256\",headers=\"date (request-target) host\",signature=\"c2ln\"", header);
    }
}
