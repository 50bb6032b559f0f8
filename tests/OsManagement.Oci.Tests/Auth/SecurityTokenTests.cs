using System;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests.Auth;

public sealed class SecurityTokenTests
{
    [Fact]
    public void ReadsExpiryIssueTimeAndClaims()
    {
        var exp = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(20).ToUnixTimeSeconds());
        var iat = exp.AddMinutes(-20);
        var token = SecurityToken.Parse(AuthFakes.Jwt(exp, iat, "ocid1.user.oc1..me") + "\n", "test");
        Assert.Equal(exp, token.ExpiresAt);
        Assert.Equal(iat, token.IssuedAt);
        Assert.Equal("ocid1.user.oc1..me", token.GetClaim("sub"));
        Assert.Null(token.GetClaim("exp"));
        Assert.False(token.IsExpired(exp.AddSeconds(-1)));
        Assert.True(token.IsExpired(exp));
        Assert.DoesNotContain(token.Value, token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', token.Value);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.!!!.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln")]
    public void RejectsWhatIsNotATokenWithAnExpiryWithoutQuotingIt(string text)
    {
        var error = Assert.Throws<OciAuthenticationException>(() => SecurityToken.Parse(text, "'/tmp/token'"));
        Assert.Contains("'/tmp/token'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
    }
}
