using System;
using System.Linq;
using OsManagement.Emulator.Apis;
using OsManagement.Emulator.Apis.Classic;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Emulator.Apis.Identity;
using OsManagement.Emulator.Fleet;
using OsManagement.Emulator.Fleet.Files;
using OsManagement.Emulator.Fleet.Work;

namespace OsManagement.Emulator.Tests;

/// <summary>The fleet's own words, and how each API (and the fleet file) spells them, both ways.</summary>
public sealed class VocabularyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every value of the fleet's word has exactly one word in the map, and that word leads back to it.</summary>
    private static void CoversBothWays<T>(WordMap<T> map) where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Length, map.Words.Count);
        Assert.Equal(map.Words.Count, map.Words.Distinct().Count());
        Assert.All(Enum.GetValues<T>(), value => Assert.Equal(value, map.Value(map[value])));
    }

    [Fact]
    public void EveryMapCoversEveryValueOfTheFleetBothWays()
    {
        CoversBothWays(ClassicVocabulary.Families);
        CoversBothWays(ClassicVocabulary.AvailableUpdateTypes);
        CoversBothWays(OsManagementWords.InstanceStatuses);
        CoversBothWays(OsManagementWords.WorkStatuses);
        CoversBothWays(ClassicVocabulary.Effects);
        CoversBothWays(HubVocabulary.Locations);
        CoversBothWays(HubVocabulary.Classifications);
        CoversBothWays(HubVocabulary.Severities);
        CoversBothWays(IdentityWireMap.States);
        CoversBothWays(FleetFileWords.Statuses);
        CoversBothWays(FleetFileWords.Locations);
        CoversBothWays(FleetFileWords.Classifications);
        CoversBothWays(FleetFileWords.Severities);
        CoversBothWays(FleetFileWords.CompartmentStates);
    }

    [Fact]
    public void HubNamesEachReleaseByItsDetailedFamilyAndTheRetiredApiByItsFamilyOnly()
    {
        Assert.Equal("ORACLE_LINUX_8", HubVocabulary.Releases[OsRelease.OracleLinux(8)]);
        Assert.Equal("WINDOWS_SERVER_2022", HubVocabulary.Releases[OsRelease.WindowsServer("2022")]);
        Assert.All(OsRelease.All, release =>
        {
            Assert.Equal(release, HubVocabulary.Releases.Value(HubVocabulary.Releases[release]));
            Assert.Contains(HubVocabulary.Releases[release], HubVocabulary.OsFamilies);
            Assert.Equal(release.IsWindows ? "WINDOWS" : "LINUX", ClassicVocabulary.Families[release.Family]);
        });
        Assert.Equal(OsFamily.Windows, ClassicVocabulary.Families.Value("WINDOWS"));
        Assert.Equal("ALL", ClassicVocabulary.Family(null));
        Assert.Equal("LINUX", ClassicVocabulary.Family(OsFamily.Linux));
        Assert.Equal(("ORACLE", "MICROSOFT"), (HubVocabulary.Vendor(OsFamily.Linux), HubVocabulary.Vendor(OsFamily.Windows)));
    }

    [Fact]
    public void ABugFixIsBugToTheRetiredApiAndBugfixToHub()
    {
        Assert.Equal("BUG", ClassicVocabulary.AvailableUpdateTypes[Classification.Bugfix]);
        Assert.Equal("BUGFIX", HubVocabulary.Classifications[Classification.Bugfix]);
        Assert.Equal(Classification.Bugfix, ClassicVocabulary.AvailableUpdateTypes.Value("BUG"));
        Assert.Equal(Classification.Bugfix, HubVocabulary.Classifications.Value("BUGFIX"));
        Assert.False(HubVocabulary.Classifications.TryValue("BUG", out _));
        Assert.Equal(new[] { "SECURITY", "ENHANCEMENT", "OTHER" },
            new[] { Classification.Security, Classification.Enhancement, Classification.Other }.Select(c => ClassicVocabulary.AvailableUpdateTypes[c]));
        Assert.Equal(new[] { "LOW", "MODERATE", "IMPORTANT", "CRITICAL" }, HubVocabulary.Severities.Words);
    }

    [Fact]
    public void HubShowsTheOneStatusTheCheckinsGiveAndARebootAsRebootingWhileTheRetiredApiKeepsTheFleetsStatus()
    {
        var instance = new InstanceRecord
        {
            Id = "ocid1.instance.oc1.iad.x", DisplayName = "web-01", Description = "", CompartmentId = "c", Os = OsRelease.OracleLinux(9),
            OsName = "Oracle Linux Server", OsVersion = "9.5", OsKernelVersion = "k", Status = InstanceStatus.Normal, TimeCreated = Now,
            LastCheckin = Now.AddMinutes(-10), LastBoot = Now.AddDays(-3),
        };
        Assert.Equal("NORMAL", HubVocabulary.StatusAt(instance, Now));
        // "Viewing Reports for a Group": Inactive (WARNING) after 30 minutes without a check-in, Offline (UNREACHABLE) after 24 hours.
        Assert.Equal("NORMAL", HubVocabulary.StatusAt(instance, Now.AddMinutes(19)));
        Assert.Equal("WARNING", HubVocabulary.StatusAt(instance, Now.AddMinutes(20)));
        Assert.Equal("WARNING", HubVocabulary.StatusAt(instance, Now.AddHours(23)));
        Assert.Equal("UNREACHABLE", HubVocabulary.StatusAt(instance, Now.AddHours(24)));
        Assert.Equal("NORMAL", OsManagementWords.InstanceStatuses[instance.Status]);
        instance.IsRebooting = true;
        Assert.Equal("REBOOTING", HubVocabulary.StatusAt(instance, Now));
    }

    [Fact]
    public void AnAgentThatStillChecksInStaysNormalAcrossAnyJumpOfTheClockAndTheFleetsWorseStatusWins()
    {
        var instance = new InstanceRecord
        {
            Id = "ocid1.instance.oc1.iad.y", DisplayName = "web-02", Description = "", CompartmentId = "c", Os = OsRelease.OracleLinux(9),
            OsName = "Oracle Linux Server", OsVersion = "9.5", OsKernelVersion = "k", Status = InstanceStatus.Error, TimeCreated = Now,
            LastCheckin = Now.AddMinutes(-1), CheckinLag = TimeSpan.FromMinutes(1), LastBoot = Now.AddDays(-3),
        };
        Assert.Equal(Now.AddDays(9).AddMinutes(-1), instance.LastCheckinAt(Now.AddDays(9)));
        Assert.Equal(InstanceStatus.Error, instance.StatusAt(Now.AddDays(9)));
        Assert.True(instance.TakesWorkAt(Now.AddDays(9)));
        instance.CheckinLag = null;
        Assert.Equal(InstanceStatus.Error, instance.StatusAt(Now.AddHours(1)));
        Assert.Equal(InstanceStatus.Unreachable, instance.StatusAt(Now.AddDays(2)));
        Assert.False(instance.TakesWorkAt(Now.AddDays(2)));
    }

    [Theory]
    [InlineData(null, "UpdateAll", null)]
    [InlineData("ALL", "UpdateAll", null)]
    [InlineData("SECURITY", "UpdateAll", "Security")]
    [InlineData("BUGFIX", "UpdateAll", "Bugfix")]
    [InlineData("ENHANCEMENT", "UpdateAll", "Enhancement")]
    [InlineData("OTHER", "UpdateAll", "Other")]
    [InlineData("KSPLICE", "UpdateKernels", null)]
    public void TheRetiredApisUpdateTypesBecomeWhatTheWorkInstalls(string? packageUpdateType, string kind, string? classification)
    {
        var plan = ClassicVocabulary.UpdateAll(packageUpdateType);
        Assert.Equal((Enum.Parse<WorkKind>(kind), classification is null ? (Classification?)null : Enum.Parse<Classification>(classification)),
            (plan.Kind, plan.Classification));
    }

    [Fact]
    public void TheFleetFileTakesHubsWordsAndTheRetiredApisFamiliesAsAliases()
    {
        Assert.Equal(HubVocabulary.Releases.Words, FleetFileWords.Releases.Words);
        Assert.Equal(HubVocabulary.Locations.Words, FleetFileWords.Locations.Words);
        Assert.Equal(HubVocabulary.Classifications.Words, FleetFileWords.Classifications.Words);
        Assert.Equal(HubVocabulary.Severities.Words, FleetFileWords.Severities.Words);
        Assert.Equal(OsManagementWords.InstanceStatuses.Words, FleetFileWords.Statuses.Words);
        Assert.Equal(IdentityWireMap.States.Words, FleetFileWords.CompartmentStates.Words);
        var aliases = FleetFileWords.ReleaseAliases;
        Assert.Equal(("ORACLE_LINUX_9", "WINDOWS_SERVER_2022"), (aliases["linux"], aliases["Windows"]));
        Assert.Equal("BUGFIX", FleetFileWords.ClassificationAliases["bug"]);
    }

    [Fact]
    public void AWordAVocabularyDoesNotHaveIsRefused()
    {
        Assert.False(HubVocabulary.Locations.TryValue("ON_PREM", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => HubVocabulary.Locations.Value("ON_PREM"));
        Assert.False(ClassicVocabulary.Families.TryValue("ALL", out _));
    }
}
