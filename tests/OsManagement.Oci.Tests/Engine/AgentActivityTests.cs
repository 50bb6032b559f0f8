using System;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>
/// An instance's activity, in OS Management Hub's console words ("Viewing Reports for a Group": Active checks in every
/// 2 minutes, Inactive has not for 30 minutes, Offline for 24 hours; the metrics reference: WARNING is Inactive,
/// UNREACHABLE Offline), from its status and its last check-in.
/// </summary>
public sealed class AgentActivityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("NORMAL", 5.0, AgentActivity.Active)]
    [InlineData("NORMAL", 29.9, AgentActivity.Active)]
    [InlineData("NORMAL", 30.0, AgentActivity.Inactive)]
    [InlineData("NORMAL", 45.0, AgentActivity.Inactive)]
    [InlineData("NORMAL", 1439.0, AgentActivity.Inactive)]
    [InlineData("NORMAL", 1440.0, AgentActivity.Offline)]
    [InlineData("WARNING", 45.0, AgentActivity.Inactive)]
    [InlineData("WARNING", 2880.0, AgentActivity.Offline)]
    [InlineData("UNREACHABLE", 1.0, AgentActivity.Offline)]
    [InlineData("unreachable", 2880.0, AgentActivity.Offline)]
    [InlineData("REBOOTING", 45.0, AgentActivity.Rebooting)]
    [InlineData("ONBOARDING", 1.0, AgentActivity.Registering)]
    [InlineData("REGISTRATION_ERROR", 1.0, AgentActivity.RegistrationFailed)]
    [InlineData("DELETING", 1.0, AgentActivity.Unregistering)]
    [InlineData("ERROR", 2880.0, AgentActivity.Error)]
    public void The_status_says_it_and_a_silence_that_long_makes_it_no_better_than_Inactive_or_Offline(string status, double minutesSilent, AgentActivity expected)
    {
        Assert.Equal(expected, AgentActivities.Of(status, Now.AddMinutes(-minutesSilent), Now));
    }

    [Fact]
    public void Without_a_check_in_the_status_alone_says_it_and_an_unknown_status_says_nothing()
    {
        Assert.Equal(AgentActivity.Active, AgentActivities.Of("NORMAL", null, Now));
        Assert.Equal(AgentActivity.Inactive, AgentActivities.Of("WARNING", null, Now));
        Assert.Null(AgentActivities.Of("SLEEPING", Now.AddDays(-3), Now));
        Assert.Null(AgentActivities.Of(null, null, Now));
    }

    [Fact]
    public void Offline_is_stale_and_Inactive_is_not()
    {
        Assert.Equal(AgentActivities.OfflineAfter, Staleness.Threshold);
        Assert.Null(Staleness.Of("WARNING", Now.AddMinutes(-45), Now));
        Assert.Equal(StaleReason.NoRecentCheckin, Staleness.Of("NORMAL", Now.AddDays(-1), Now));
        Assert.Equal("Registration failed", AgentActivity.RegistrationFailed.Words());
        Assert.Equal("Inactive", AgentActivity.Inactive.Words());
    }
}
