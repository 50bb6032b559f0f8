using System.Text.RegularExpressions;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// Reads the updates an instance misses. A Linux update's advisory is shared by every update that names it: the
/// first mention gives its classification, severity, issue date and CVEs, later ones may leave them out, and a
/// later one that says otherwise is a mistake (CVEs add up). Windows updates have no advisory, as in OS Management Hub.
/// </summary>
internal sealed partial class UpdateReader
{
    private static readonly string[] LinuxOnly = { "advisory", "severity", "issued", "version", "installedVersion", "architecture" };
    private static readonly string[] WindowsOnly = { "kb", "updateId", "rebootRequired" };

    /// <summary>What a security advisory is when the file gives no severity, and when an advisory was issued when it gives no date.</summary>
    public const Severity DefaultSeverity = Severity.Important;
    public static readonly FleetTime DefaultIssued = new(null, new IsoDuration(0, 0, TimeSpan.FromDays(30)));

    [GeneratedRegex(@"^CVE-\d{4}-\d{4,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cve();

    [GeneratedRegex(@"^KB\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kb();

    private readonly FleetDocument _document;
    private readonly FleetFileProblems _problems;
    private readonly Dictionary<string, AdvisorySpec> _advisories = new(StringComparer.OrdinalIgnoreCase);

    public UpdateReader(FleetDocument document, FleetFileProblems problems)
    {
        _document = document;
        _problems = problems;
    }

    public void Read(JsonFields fields, InstanceSpec instance)
    {
        fields.RejectUnknown("an update", "name", "classification", "cves", "advisory", "severity", "issued", "version", "installedVersion",
            "architecture", "kb", "updateId", "rebootRequired");
        var name = fields.String("name");
        if (name is null)
        {
            if (!fields.Has("name"))
            {
                _problems.Add(fields.Path, instance.Os.IsWindows
                    ? "an update needs a name: a Windows update's title, e.g. \"2026-11 Cumulative Update for Windows Server 2022 (KB5046616)\"."
                    : "an update needs a name: the package's name, e.g. \"openssl-libs\".");
            }
            return;
        }
        if (instance.Updates.Any(u => u.Name.Equals(name, StringComparison.Ordinal)))
        {
            _problems.Add(fields.Child("name"), $"{instance.Name} already misses an update named '{name}'. An instance has one update per package (Linux) or title (Windows).");
            return;
        }
        var classification = fields.Enum("classification", "a classification", FleetFileWords.Classifications, FleetFileWords.ClassificationAliases);
        var cves = Cves(fields);
        if (instance.Os.IsWindows)
        {
            Windows(fields, instance, name, classification, cves);
        }
        else
        {
            Linux(fields, instance, name, classification, cves);
        }
    }

    private void Windows(JsonFields fields, InstanceSpec instance, string name, Classification? classification, List<string> cves)
    {
        foreach (var field in LinuxOnly.Where(fields.Has))
        {
            _problems.Add(fields.Child(field), field is "advisory" or "severity" or "issued"
                ? $"Windows updates have no advisory, so no {field}, in OS Management Hub. Leave it out (a Windows update has a classification, CVEs, kb, updateId and rebootRequired)."
                : $"{field} is for Linux package updates; a Windows update is named by its title (name), kb and updateId. Leave it out.");
        }
        var kb = fields.String("kb");
        if (kb is not null && !Kb().IsMatch(kb))
        {
            _problems.Add(fields.Child("kb"), $"'{kb}' is not a KB number. Write it as KB5046616.");
            kb = null;
        }
        var updateId = fields.String("updateId");
        if (updateId is not null && !Guid.TryParse(updateId, out _))
        {
            _problems.Add(fields.Child("updateId"), $"'{updateId}' is not Microsoft's update id, which is a GUID such as 8d3f1e2a-5c4b-4f6e-9a7d-1b2c3d4e5f60. Leave it out and the emulator makes one.");
            updateId = null;
        }
        var update = new UpdateSpec
        {
            Name = name,
            Classification = classification ?? Classification.Security,
            Kb = kb?.ToUpperInvariant(),
            UpdateId = updateId?.ToLowerInvariant(),
            RebootRequired = fields.Bool("rebootRequired"),
        };
        update.Cves.AddRange(cves);
        instance.Updates.Add(update);
    }

    private void Linux(JsonFields fields, InstanceSpec instance, string name, Classification? classification, List<string> cves)
    {
        foreach (var field in WindowsOnly.Where(fields.Has))
        {
            _problems.Add(fields.Child(field), field == "rebootRequired"
                ? "rebootRequired is for Windows updates. A Linux update needs a reboot when it is a kernel update (its name starts with 'kernel'); set the instance's rebootRequired for one that already waits for a reboot."
                : $"{field} is for Windows updates; a Linux update is named by its package (name), version and advisory. Leave it out.");
        }
        var update = new UpdateSpec
        {
            Name = name,
            Version = fields.String("version"),
            InstalledVersion = fields.String("installedVersion"),
            Architecture = fields.String("architecture") ?? "x86_64",
        };
        instance.Updates.Add(update);
        var advisoryName = fields.String("advisory");
        var severity = fields.Enum("severity", "a severity", FleetFileWords.Severities);
        var issuedText = fields.String("issued");
        FleetTime? issued = null;
        if (issuedText is not null)
        {
            if (FleetTime.TryParse(issuedText, out var time))
            {
                issued = time;
            }
            else
            {
                _problems.Add(fields.Child("issued"), $"'{issuedText}' is not a time the emulator reads. Write {FleetTime.Forms}.");
            }
        }

        if (classification == Classification.Other)
        {
            update.Classification = Classification.Other;
            foreach (var field in new[] { "advisory", "severity", "issued", "cves" }.Where(fields.Has))
            {
                _problems.Add(fields.Child(field), $"an OTHER update ships without an advisory in OS Management Hub, so it has no {field}. " +
                    "Leave it out, or classify the update SECURITY, BUGFIX or ENHANCEMENT.");
            }
            return;
        }

        AdvisorySpec advisory;
        if (advisoryName is not null && _advisories.TryGetValue(advisoryName, out var existing))
        {
            advisory = existing;
        }
        else
        {
            advisory = new AdvisorySpec { Name = advisoryName, FirstUpdate = update, FirstInstance = instance };
            _document.Advisories.Add(advisory);
            if (advisoryName is not null)
            {
                _advisories[advisoryName] = advisory;
            }
        }
        Merge(advisory, "classification", classification, FleetFileWords.Classifications, fields, a => a.Classification, (a, v) => a.Classification = v);
        Merge(advisory, "severity", severity, FleetFileWords.Severities, fields, a => a.Severity, (a, v) => a.Severity = v);
        if (issued is { } at)
        {
            if (advisory.Issued is { } earlier && earlier != at)
            {
                _problems.Add(fields.Child("issued"), $"{Label(advisory)} was issued '{issuedText}' here and otherwise at {advisory.GivenAt["issued"]}. An advisory has one issue date: give it once, or the same each time.");
            }
            else if (advisory.Issued is null)
            {
                advisory.Issued = at;
                advisory.GivenAt["issued"] = fields.Child("issued");
            }
        }
        foreach (var cve in cves.Where(c => !advisory.Cves.Contains(c)))
        {
            advisory.Cves.Add(cve);
        }
        update.Advisory = advisory;
    }

    private void Merge<T>(AdvisorySpec advisory, string field, T? value, WordMap<T> words, JsonFields fields, Func<AdvisorySpec, T?> get, Action<AdvisorySpec, T> set)
        where T : struct
    {
        if (value is null)
        {
            return;
        }
        var current = get(advisory);
        if (current is null)
        {
            set(advisory, value.Value);
            advisory.GivenAt[field] = fields.Child(field);
        }
        else if (!current.Value.Equals(value.Value))
        {
            _problems.Add(fields.Child(field), $"{Label(advisory)} is {words[current.Value]} at {advisory.GivenAt[field]} and {words[value.Value]} here. " +
                $"An advisory has one {field}: give it once, or the same each time.");
        }
    }

    /// <summary>Once every update is read: defaults, and what only the whole advisory shows (a severity on a bug fix).</summary>
    public void Finish()
    {
        foreach (var advisory in _document.Advisories)
        {
            advisory.Classification ??= Classification.Security;
            if (advisory.Classification != Classification.Security && advisory.Severity is not null)
            {
                _problems.Add(advisory.GivenAt["severity"], $"only security advisories have a severity, and {Label(advisory)} is {FleetFileWords.Classifications[advisory.Classification.Value]}. " +
                    "Leave severity out, or classify it SECURITY.");
            }
            if (advisory.Classification == Classification.Security)
            {
                advisory.Severity ??= DefaultSeverity;
            }
            advisory.Issued ??= DefaultIssued;
        }
        foreach (var instance in _document.Instances)
        {
            foreach (var update in instance.Updates.Where(u => u.Advisory is not null))
            {
                update.Classification = update.Advisory!.Classification!.Value;
            }
        }
    }

    private List<string> Cves(JsonFields fields)
    {
        var cves = new List<string>();
        foreach (var cve in fields.Strings("cves"))
        {
            if (Cve().IsMatch(cve))
            {
                cves.Add(cve.ToUpperInvariant());
            }
            else
            {
                _problems.Add(fields.Child("cves"), $"'{cve}' is not a CVE id. Write it as CVE-2026-12345.");
            }
        }
        return cves;
    }

    private static string Label(AdvisorySpec advisory) => advisory.Name is null ? "the update's advisory" : $"advisory {advisory.Name}";
}
