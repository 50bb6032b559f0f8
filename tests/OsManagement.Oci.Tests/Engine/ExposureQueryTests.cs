using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Engine;

namespace OsManagement.Oci.Tests.Engine;

/// <summary>-Cve and -AdvisoryName: what a CVE pattern is, and what a pattern matches.</summary>
public sealed class ExposureQueryTests
{
    [Theory]
    [InlineData("CVE-2026-1234")]
    [InlineData("cve-2026-123456")]
    [InlineData("CVE-2026-*")]
    [InlineData("CVE-*")]
    [InlineData("CVE-2026-12??")]
    [InlineData(" CVE-2026-1234 ")]
    public void ACveIdOrOneWithWildcardsIsACvePattern(string pattern) => Assert.True(ExposureQuery.IsCvePattern(pattern));

    [Theory]
    [InlineData("2026-1234")]
    [InlineData("CVE-26-1234")]
    [InlineData("CVE-2026-123")]
    [InlineData("CVE-2026-12a4")]
    [InlineData("ELSA-2026-1234")]
    [InlineData("CVE2026-1234")]
    [InlineData("CVE-2026-*x")]
    [InlineData("*")]
    public void AnythingElseIsNot(string pattern) => Assert.False(ExposureQuery.IsCvePattern(pattern));

    [Fact]
    public void AQueryWithABadCveIsRefusedNamingIt()
    {
        var query = ExposureQuery.From(new[] { "CVE-2026-1234", "ELSA-2026-1" }, null, out var bad);

        Assert.Null(query);
        Assert.Equal(new[] { "ELSA-2026-1" }, bad);
    }

    [Fact]
    public void PatternsMatchIgnoringCaseWithStarAndQuestionMark()
    {
        var query = ExposureQuery.From(new[] { "cve-2026-*", "CVE-2025-000?" }, new[] { "ELSA-2026-1*", "elba-2025-0001" }, out _)!;

        Assert.Equal(new[] { "CVE-2026-*", "CVE-2025-000?" }, query.Cves);
        Assert.True(query.MatchesCve("CVE-2026-99999"));
        Assert.True(query.MatchesCve("CVE-2025-0007"));
        Assert.False(query.MatchesCve("CVE-2025-00071"));
        Assert.False(query.MatchesCve("CVE-2024-0001"));
        Assert.Equal(new[] { "ELSA-2026-1*" }, query.AdvisoryPatternsOf("elsa-2026-1234"));
        Assert.Equal(new[] { "elba-2025-0001" }, query.AdvisoryPatternsOf("ELBA-2025-0001"));
        Assert.Empty(query.AdvisoryPatternsOf("ELSA-2026-2000"));
        Assert.Equal(new[] { "ELSA-2026-1*", "CVE-2026-*" }, query.PatternsOf("ELSA-2026-1000", new[] { "CVE-2026-5", "CVE-2023-1111" }));
    }

    [Fact]
    public void AnUpdateIsCoveredByOneOfItsAdvisoriesOrCvesOrAnAdvisoryTheServiceMatchedBeforehand()
    {
        var query = ExposureQuery.From(new[] { "CVE-2026-1234" }, new[] { "ELSA-2026-0001" }, out _)!;
        AvailableUpdate Update(string[] errata, string[] cves) => new() { Name = "p", Errata = errata, Cves = cves };

        Assert.True(query.Covers(Update(new[] { "ELSA-2026-0001" }, Array.Empty<string>()), null));
        Assert.True(query.Covers(Update(Array.Empty<string>(), new[] { "CVE-2026-1234" }), null));
        Assert.False(query.Covers(Update(new[] { "ELSA-2026-0002" }, new[] { "CVE-2026-9999" }), null));
        Assert.True(query.Covers(Update(new[] { "ELSA-2026-0002" }, Array.Empty<string>()),
            new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "elsa-2026-0002" }));
    }

    [Fact]
    public void TheLiteralPartIsTheLongestRunWithoutWildcards()
    {
        Assert.Equal("ELSA-2026-", ExposureQuery.LiteralPart("ELSA-2026-*"));
        Assert.Equal("A-2026-1234", ExposureQuery.LiteralPart("EL?A-2026-1234"));
        Assert.Equal("", ExposureQuery.LiteralPart("*"));
    }

    [Fact]
    public void OfSeveralRegionsAPatternIsUnmatchedOnlyWhenNoRegionMatchedIt()
    {
        var ashburn = new[] { new UnmatchedPattern("CVE-2026-1", true, false), new UnmatchedPattern("CVE-2026-2", true, true), new UnmatchedPattern("ELSA-1", false, null) };
        var frankfurt = new[] { new UnmatchedPattern("CVE-2026-2", true, false), new UnmatchedPattern("ELSA-1", false, false) };
        var unmatched = UnmatchedPattern.InEvery(new IReadOnlyList<UnmatchedPattern>[] { ashburn, frankfurt });
        Assert.Equal(new[] { "CVE-2026-2", "ELSA-1" }, unmatched.Select(u => u.Pattern));
        Assert.Equal(new bool?[] { true, null }, unmatched.Select(u => u.ServiceKnowsIt));
        Assert.Empty(UnmatchedPattern.InEvery(Array.Empty<IReadOnlyList<UnmatchedPattern>>()));
    }
}
