using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace OsManagement.Oci.Engine;

/// <summary>
/// Which machines are exposed: the CVEs (CVE-2026-1234, or with wildcards CVE-2026-*) and advisories (ELSA-2026-1234,
/// ELSA-2026-*) a compliance report is narrowed to. An update counts when one of its advisories or CVEs matches; an
/// advisory when its name or one of its CVEs does. Matching ignores case; * stands for any run of characters, ? for one.
/// </summary>
public sealed class ExposureQuery
{
    // CVE-YYYY-NNNN (four or more digits), as MITRE numbers them.
    private static readonly Regex CveShape = new(@"^CVE-\d{4}-\d{4,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // With wildcards: CVE- then digits, dashes and wildcards only (CVE-2026-*, CVE-*-1234, CVE-2026-12??).
    private static readonly Regex CveWildcardShape = new(@"^CVE-[0-9*?-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly List<(string Pattern, Regex Match)> _cves;
    private readonly List<(string Pattern, Regex Match)> _advisories;

    private ExposureQuery(IEnumerable<string> cves, IEnumerable<string> advisoryNames)
    {
        _cves = cves.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Select(p => (p, Glob(p))).ToList();
        _advisories = advisoryNames.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => (p, Glob(p))).ToList();
    }

    /// <summary>
    /// The query for these patterns; null (with <paramref name="badCves"/> naming each pattern that is not a CVE id) when
    /// one is not, or when none is given.
    /// </summary>
    public static ExposureQuery? From(IEnumerable<string>? cves, IEnumerable<string>? advisoryNames, out IReadOnlyList<string> badCves)
    {
        var cveList = (cves ?? Enumerable.Empty<string>()).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        var advisoryList = (advisoryNames ?? Enumerable.Empty<string>()).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        badCves = cveList.Where(c => !IsCvePattern(c)).ToList();
        return badCves.Count > 0 || cveList.Count + advisoryList.Count == 0 ? null : new ExposureQuery(cveList, advisoryList);
    }

    /// <summary>Whether <paramref name="pattern"/> is a CVE id (CVE-YYYY-NNNN) or one with wildcards (CVE-2026-*).</summary>
    public static bool IsCvePattern(string pattern)
    {
        var trimmed = pattern.Trim();
        return HasWildcard(trimmed) ? CveWildcardShape.IsMatch(trimmed) : CveShape.IsMatch(trimmed);
    }

    /// <summary>Whether a pattern has a wildcard (* or ?).</summary>
    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(new[] { '*', '?' }) >= 0;

    /// <summary>The CVE patterns, upper case, once each.</summary>
    public IReadOnlyList<string> Cves => _cves.Select(c => c.Pattern).ToList();

    /// <summary>The advisory name patterns, once each.</summary>
    public IReadOnlyList<string> AdvisoryNames => _advisories.Select(a => a.Pattern).ToList();

    /// <summary>Every pattern, the CVEs first.</summary>
    public IReadOnlyList<string> Patterns => Cves.Concat(AdvisoryNames).ToList();

    /// <summary>The CVE patterns <paramref name="cve"/> matches.</summary>
    public IEnumerable<string> CvePatternsOf(string cve) => _cves.Where(c => c.Match.IsMatch(cve)).Select(c => c.Pattern);

    /// <summary>The advisory patterns <paramref name="name"/> matches.</summary>
    public IEnumerable<string> AdvisoryPatternsOf(string name) => _advisories.Where(a => a.Match.IsMatch(name)).Select(a => a.Pattern);

    /// <summary>The patterns an advisory matches, by its name or one of its CVEs.</summary>
    public IEnumerable<string> PatternsOf(string advisoryName, IEnumerable<string> cves) =>
        AdvisoryPatternsOf(advisoryName).Concat(cves.SelectMany(CvePatternsOf)).Distinct(StringComparer.Ordinal);

    /// <summary>Whether a CVE matches one of the CVE patterns.</summary>
    public bool MatchesCve(string cve) => _cves.Any(c => c.Match.IsMatch(cve));

    /// <summary>
    /// Whether an update is one the query asks about: one of its advisories matches (or is among <paramref name="advisories"/>,
    /// those the service found to match beforehand), or one of its CVEs does.
    /// </summary>
    public bool Covers(AvailableUpdate update, ISet<string>? advisories) =>
        update.Errata.Any(e => advisories?.Contains(e) == true || AdvisoryPatternsOf(e).Any()) || update.Cves.Any(MatchesCve);

    /// <summary>Whether an advisory is one the query asks about (as <see cref="Covers(AvailableUpdate, ISet{string})"/>).</summary>
    public bool Covers(MissingAdvisory advisory, ISet<string>? advisories) =>
        (advisory.IsErratum && (advisories?.Contains(advisory.Name) == true || AdvisoryPatternsOf(advisory.Name).Any())) || advisory.Cves.Any(MatchesCve);

    /// <summary>The longest run of a pattern without wildcards: what a service's "name contains" filter can narrow by.</summary>
    public static string LiteralPart(string pattern) =>
        pattern.Split('*', '?').OrderByDescending(part => part.Length).First();

    private static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);
    }
}

/// <summary>
/// What a service found out, before the scan, about the advisories an <see cref="ExposureQuery"/> names
/// (<see cref="IOsmService.FindExposedInstancesAsync"/>).
/// </summary>
public sealed class Exposure
{
    /// <summary>Nothing found out beforehand: each instance's updates are matched against the query.</summary>
    public static Exposure Unknown { get; } = new(null, null, null);

    /// <summary>What the service found: the matching advisories with their CVEs, and a finder of the instances that miss one.</summary>
    public Exposure(IReadOnlyDictionary<string, IReadOnlyList<string>>? advisories, AffectedInstanceFinder? finder, ISet<string>? knownPatterns)
    {
        Advisories = advisories;
        Finder = finder;
        KnownPatterns = knownPatterns;
        AdvisoryNames = advisories is null ? null : new HashSet<string>(advisories.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The service's advisories that match the query, each with the CVEs it fixes; null when the service does not list them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Advisories { get; }

    /// <summary>Their names (null with <see cref="Advisories"/>).</summary>
    public ISet<string>? AdvisoryNames { get; }

    /// <summary>Names the instances of a compartment that miss one of <see cref="Advisories"/>; null: each instance with updates is read.</summary>
    public AffectedInstanceFinder? Finder { get; }

    /// <summary>The patterns some advisory of the service matched; null when the service does not say (each is then judged by the instances).</summary>
    public ISet<string>? KnownPatterns { get; }
}

/// <summary>A pattern of an <see cref="ExposureQuery"/> that no instance in scope was found to miss.</summary>
public sealed class UnmatchedPattern
{
    /// <summary>A pattern no instance matched.</summary>
    public UnmatchedPattern(string pattern, bool isCve, bool? serviceKnowsIt)
    {
        Pattern = pattern;
        IsCve = isCve;
        ServiceKnowsIt = serviceKnowsIt;
    }

    /// <summary>The CVE or advisory pattern as given (CVEs upper case).</summary>
    public string Pattern { get; }

    /// <summary>A CVE pattern (else an advisory name).</summary>
    public bool IsCve { get; }

    /// <summary>Whether some advisory the service knows matches it (false: none does; null: the service does not say).</summary>
    public bool? ServiceKnowsIt { get; }

    /// <summary>
    /// Of scans of several regions, the patterns none of them matched: a pattern matched in one region is not unmatched in the
    /// tenancy. The service knows one when any region's service does.
    /// </summary>
    public static IReadOnlyList<UnmatchedPattern> InEvery(IReadOnlyCollection<IReadOnlyList<UnmatchedPattern>> perScan)
    {
        var result = new List<UnmatchedPattern>();
        foreach (var first in perScan.FirstOrDefault() ?? Array.Empty<UnmatchedPattern>())
        {
            var each = perScan.Select(scan => scan.FirstOrDefault(u => u.Pattern == first.Pattern)).ToList();
            if (each.Any(u => u is null))
            {
                continue;
            }
            var known = each.Any(u => u!.ServiceKnowsIt == true) ? true : each.Any(u => u!.ServiceKnowsIt is null) ? (bool?)null : false;
            result.Add(new UnmatchedPattern(first.Pattern, first.IsCve, known));
        }
        return result;
    }
}
