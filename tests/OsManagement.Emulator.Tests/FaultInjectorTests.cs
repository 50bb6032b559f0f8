using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Emulator.Platform.Http;

namespace OsManagement.Emulator.Tests;

public sealed class FaultInjectorTests
{
    [Fact]
    public void RatesComeOutAsConfigured()
    {
        var injector = new FaultInjector(FaultInjector.ParseRates("429=0.1,500=0.02,503=0.01,reset=0.01"), seed: 7);
        const int draws = 50_000;
        var counts = Enumerable.Range(0, draws).Select(_ => injector.Next()).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(counts[FaultKind.TooManyRequests] / (double)draws, 0.09, 0.11);
        Assert.InRange(counts[FaultKind.InternalServerError] / (double)draws, 0.016, 0.024);
        Assert.InRange(counts[FaultKind.ServiceUnavailable] / (double)draws, 0.007, 0.013);
        Assert.InRange(counts[FaultKind.Reset] / (double)draws, 0.007, 0.013);
    }

    [Fact]
    public void TheSameSeedGivesTheSameSequence()
    {
        var rates = FaultInjector.ParseRates("429=0.3,reset=0.2");
        var a = new FaultInjector(rates, 5);
        var b = new FaultInjector(rates, 5);
        var c = new FaultInjector(rates, 6);
        var sa = Enumerable.Range(0, 200).Select(_ => a.Next()).ToList();
        Assert.Equal(sa, Enumerable.Range(0, 200).Select(_ => b.Next()));
        Assert.NotEqual(sa, Enumerable.Range(0, 200).Select(_ => c.Next()));
    }

    [Fact]
    public void NoRatesMeansNoFaults()
    {
        var injector = new FaultInjector(new Dictionary<FaultKind, double>(), 1);
        Assert.False(injector.Enabled);
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(FaultKind.None, injector.Next()));
    }

    [Theory]
    [InlineData("418=0.1")]
    [InlineData("429=2")]
    [InlineData("429")]
    [InlineData("429=0.6,500=0.6")]
    public void BadSpecsAreRejected(string spec) => Assert.Throws<FormatException>(() => FaultInjector.ParseRates(spec));
}
