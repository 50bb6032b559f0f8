using System.Text.Json;
using System.Text.RegularExpressions;
using OsManagement.Shared;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// Reads a user's fleet file (the schema is in the emulator's README, "A fleet from a file") and checks all of it,
/// so a mistake is reported with its JSON path and fix before the emulator listens, not found later as a test that
/// fails for no visible reason. Comments and trailing commas are allowed, as people write JSON by hand.
/// </summary>
internal static partial class FleetFileReader
{
    [GeneratedRegex(@"^ocid1\.(?<kind>[a-z0-9]+)\.[a-z0-9-]+\.[a-z0-9-]*\.[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Ocid();

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static FleetDocument Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = e is FileNotFoundException or DirectoryNotFoundException
                ? "the file does not exist. Check the path given to --fleet-file."
                : $"the file cannot be read ({e.Message}).";
            throw new FleetFileException(path, new[] { problem });
        }
        return Parse(json, path);
    }

    /// <summary>Reads and checks fleet JSON; <paramref name="origin"/> names it in messages.</summary>
    public static FleetDocument Parse(string json, string origin)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, character {e.BytePositionInLine + 1}" : "the start";
            throw new FleetFileException(origin, new[]
            {
                $"{where}: this is not valid JSON ({FirstSentence(e.Message)}). Check the quotes, commas and brackets there, or write the file with ConvertTo-Json -Depth 10.",
            });
        }
        using (parsed)
        {
            var problems = new FleetFileProblems();
            var document = new FleetDocument { Origin = origin };
            if (JsonFields.Read(parsed.RootElement, "$", "The fleet", problems) is { } root)
            {
                new Reading(document, problems).Root(root);
            }
            if (problems.Count > 0)
            {
                throw new FleetFileException(origin, problems.Items);
            }
            return document;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>One reading of one file: the ids seen so far and the names references resolve to.</summary>
    private sealed partial class Reading
    {
        private readonly FleetDocument _document;
        private readonly FleetFileProblems _problems;
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, GroupSpec> _groups = new(StringComparer.OrdinalIgnoreCase);

        public Reading(FleetDocument document, FleetFileProblems problems)
        {
            _document = document;
            _problems = problems;
        }

        public void Root(JsonFields root)
        {
            root.RejectUnknown("the fleet", "$schema", "tenancyId", "tenancyName", "compartments", "groups", "instances", "lifecycleEnvironments", "dynamicSets", "jobs");
            _document.TenancyId = Id(root, "tenancy", "tenancy");
            _document.TenancyName = root.String("tenancyName");
            foreach (var compartment in root.Objects("compartments", "compartment"))
            {
                Compartment(compartment, null);
            }
            foreach (var group in root.Objects("groups", "group"))
            {
                Group(group);
            }
            var updates = new UpdateReader(_document, _problems);
            var index = 0;
            foreach (var instance in root.Objects("instances", "instance"))
            {
                Instance(instance, ++index, updates);
            }
            updates.Finish();
            Units(root);
            Jobs(root);
        }

        private void Compartment(JsonFields fields, CompartmentSpec? parent)
        {
            fields.RejectUnknown("a compartment", "id", "name", "description", "lifecycleState", "compartments");
            var name = fields.String("name");
            if (name is null && !fields.Has("name"))
            {
                _problems.Add(fields.Path, "a compartment needs a name (instances and groups name it by its path, e.g. \"Production/web\"). Add \"name\": \"...\".");
            }
            if (name is not null && name.Contains('/', StringComparison.Ordinal))
            {
                _problems.Add(fields.Child("name"), $"'{name}' has a '/', which separates the names in a compartment's path. Name it without one.");
                name = null;
            }
            var pathName = parent is null ? name : $"{parent.PathName}/{name}";
            if (name is not null && _document.Compartments.Any(c => c.Parent == parent && c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                _problems.Add(fields.Child("name"), $"there is already a compartment '{pathName}'. Compartments under one parent need different names (OCI compares them without regard to case).");
                name = null;
            }
            var spec = new CompartmentSpec
            {
                Id = Id(fields, "compartment", "compartment"),
                Name = name ?? "",
                Description = fields.String("description"),
                State = fields.Enum("lifecycleState", "a compartment's lifecycle state", FleetFileWords.CompartmentStates, CompartmentState.Active),
                Parent = parent,
                PathName = pathName ?? "",
            };
            if (name is not null)
            {
                _document.Compartments.Add(spec);
            }
            foreach (var child in fields.Objects("compartments", "compartment"))
            {
                Compartment(child, spec);
            }
        }

        private void Group(JsonFields fields)
        {
            fields.RejectUnknown("a group", "id", "name", "description", "compartment", "osFamily", FleetFileFields.Region);
            var name = fields.String("name");
            if (name is null)
            {
                if (!fields.Has("name"))
                {
                    _problems.Add(fields.Path, "a group needs a name (instances join it by name). Add \"name\": \"...\".");
                }
                return;
            }
            if (_groups.ContainsKey(name))
            {
                _problems.Add(fields.Child("name"), $"there is already a group '{name}'. Give each group its own name.");
                return;
            }
            var family = Release(fields);
            var group = new GroupSpec
            {
                Id = Id(fields, "group", "osmhmanagedinstancegroup", "managedinstancegroup"),
                Name = name,
                Description = fields.String("description"),
                Compartment = CompartmentRef(fields, "compartment"),
                Region = fields.String(FleetFileFields.Region),
                Release = family,
                FamilyOrigin = family is null ? null : $"its osFamily at {fields.Child("osFamily")}",
            };
            _groups[name] = group;
            if (group.Id is not null)
            {
                _groups[group.Id] = group;
            }
            _document.Groups.Add(group);
        }

        private void Instance(JsonFields fields, int number, UpdateReader updates)
        {
            fields.RejectUnknown("an instance", "id", "name", "description", "compartment", "osFamily", "osName", "osVersion", "kernel",
                "status", "group", "location", "lastCheckin", "lastBoot", "rebootRequired", "failsUpdates", "updates", FleetFileFields.Region);
            var os = Release(fields) ?? OsRelease.OracleLinux(9);
            var instance = new InstanceSpec
            {
                Id = Id(fields, "instance", "instance"),
                Name = fields.String("name") ?? $"instance-{number}",
                Description = fields.String("description"),
                Compartment = CompartmentRef(fields, "compartment"),
                Region = fields.String(FleetFileFields.Region),
                Os = os,
                OsName = fields.String("osName"),
                OsVersion = fields.String("osVersion"),
                Kernel = fields.String("kernel"),
                Status = fields.Enum("status", "an instance status the emulator plays", FleetFileWords.Statuses, InstanceStatus.Normal),
                Location = fields.Enum("location", "a location", FleetFileWords.Locations, Location.OciCompute),
                LastCheckin = Time(fields, "lastCheckin"),
                LastBoot = Time(fields, "lastBoot"),
                RebootRequired = fields.Bool("rebootRequired") ?? false,
                FailsUpdates = fields.Bool("failsUpdates") ?? false,
            };
            instance.Group = GroupRef(fields, instance);
            _document.Instances.Add(instance);
            foreach (var update in fields.Objects("updates", "update"))
            {
                updates.Read(update, instance);
            }
        }

        private GroupSpec? GroupRef(JsonFields fields, InstanceSpec instance)
        {
            var name = fields.String("group");
            if (name is null)
            {
                return null;
            }
            if (!_groups.TryGetValue(name, out var group))
            {
                var known = _document.Groups.Count == 0 ? "The file has no groups: add it under \"groups\"." : $"The file's groups are {JsonFields.OneOf(_document.Groups.Select(g => g.Name).ToList())}.";
                _problems.Add(fields.Child("group"), $"there is no group '{name}'. Name a group of the file's \"groups\" by its name or id. {known}");
                return null;
            }
            if (group.Release is null)
            {
                group.Release = instance.Os;
                group.FamilyOrigin = $"{instance.Name} at {fields.Path}";
            }
            else if (group.Release != instance.Os)
            {
                var words = FleetFileWords.Releases;
                _problems.Add(fields.Child("group"), $"group '{group.Name}' holds {words[group.Release]} instances ({group.FamilyOrigin}), and this instance runs {words[instance.Os]}. " +
                    "An OS Management Hub group holds one OS family: put this instance in a group of its own family.");
                return null;
            }
            return group;
        }

        private static OsRelease? Release(JsonFields fields) =>
            fields.Enum("osFamily", "an OS family the emulator knows", FleetFileWords.Releases.Words, FleetFileWords.ReleaseAliases) is { } word
                ? FleetFileWords.Releases.Value(word)
                : null;

        private CompartmentSpec? CompartmentRef(JsonFields fields, string name)
        {
            var reference = fields.String(name);
            if (reference is null || reference == _document.TenancyId)
            {
                return null;
            }
            var match = reference.StartsWith("ocid1.", StringComparison.Ordinal)
                ? _document.Compartments.FirstOrDefault(c => c.Id == reference)
                : _document.Compartments.FirstOrDefault(c => c.PathName.Equals(reference.Trim('/'), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var known = _document.Compartments.Count == 0
                    ? "The file has no compartments: add it under \"compartments\"."
                    : $"The file's compartments are {JsonFields.OneOf(_document.Compartments.Select(c => c.PathName).Take(12).ToList())}{(_document.Compartments.Count > 12 ? ", ..." : "")}.";
                _problems.Add(fields.Child(name), $"there is no compartment '{reference}'. Name one by its path of names from the tenancy (\"Production/web\") or by its id, " +
                    $"or leave {name} out for the tenancy itself (the root compartment). {known}");
            }
            return match;
        }

        private FleetTime? Time(JsonFields fields, string name)
        {
            var text = fields.String(name);
            if (text is null)
            {
                return null;
            }
            if (FleetTime.TryParse(text, out var time))
            {
                return time;
            }
            _problems.Add(fields.Child(name), $"'{text}' is not a time the emulator reads. Write {FleetTime.Forms}.");
            return null;
        }

        /// <summary>The object's id when given: an OCID of one of <paramref name="kinds"/>, used nowhere else in the file.</summary>
        private string? Id(JsonFields fields, string what, params string[] kinds)
        {
            var name = what == "tenancy" ? "tenancyId" : "id";
            var id = fields.String(name);
            if (id is null)
            {
                return null;
            }
            var match = Ocid().Match(id);
            if (!match.Success || !kinds.Contains(match.Groups["kind"].Value))
            {
                var example = kinds[0] is "tenancy" or "compartment" ? $"ocid1.{kinds[0]}.oc1..<unique id>" : $"ocid1.{kinds[0]}.oc1.iad.<unique id>";
                _problems.Add(fields.Child(name), $"'{id}' is not {(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {what} OCID. {Capitalized(what)} OCIDs look like {example}; or leave {name} out and the emulator makes one.");
                return null;
            }
            if (_ids.TryGetValue(id, out var first))
            {
                _problems.Add(fields.Child(name), $"'{id}' is already the id at {first}. Every id must be different; leave {name} out and the emulator makes one.");
                return null;
            }
            _ids[id] = fields.Child(name);
            return id;
        }

        private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }
}
