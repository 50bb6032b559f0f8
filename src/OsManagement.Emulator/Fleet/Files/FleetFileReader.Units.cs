using OsManagement.Shared;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>A fleet file's <c>lifecycleEnvironments</c> and <c>dynamicSets</c>, read after its instances, which they name.</summary>
internal static partial class FleetFileReader
{
    private sealed partial class Reading
    {
        /// <summary>OS Management Hub: "Rank two, three, four or five": an environment has up to five stages.</summary>
        private const int MaxStages = 5;

        private void Units(JsonFields root)
        {
            var taken = new Dictionary<InstanceSpec, string>();
            var contents = new Dictionary<string, ContentSpec>(StringComparer.OrdinalIgnoreCase);
            foreach (var environment in root.Objects("lifecycleEnvironments", "lifecycle environment"))
            {
                Environment(environment, taken, contents);
            }
            foreach (var set in root.Objects("dynamicSets", "dynamic set"))
            {
                Set(set);
            }
        }

        private void Environment(JsonFields fields, Dictionary<InstanceSpec, string> taken, Dictionary<string, ContentSpec> contents)
        {
            fields.RejectUnknown("a lifecycle environment", "id", "name", "description", "compartment", "osFamily", "location", "stages", FleetFileFields.Region);
            var name = fields.String("name");
            if (name is null)
            {
                if (!fields.Has("name"))
                {
                    _problems.Add(fields.Path, "a lifecycle environment needs a name. Add \"name\": \"...\".");
                }
                return;
            }
            if (_document.LifecycleEnvironments.Any(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                _problems.Add(fields.Child("name"), $"there is already a lifecycle environment '{name}'. Give each its own name.");
                return;
            }
            var release = Release(fields);
            if (release is { IsWindows: true })
            {
                _problems.Add(fields.Child("osFamily"), $"{FleetFileWords.Releases[release]} is a Windows release; the emulator's lifecycle environments hold Oracle Linux instances (their content is software sources). Use ORACLE_LINUX_6 to ORACLE_LINUX_10.");
                release = null;
            }
            var environment = new EnvironmentSpec
            {
                Id = Id(fields, "lifecycle environment", "osmhlifecycleenvironment"),
                Name = name,
                Description = fields.String("description"),
                Compartment = CompartmentRef(fields, "compartment"),
                Region = fields.String(FleetFileFields.Region),
                Release = release,
                Location = fields.Enum("location", "a location", FleetFileWords.Locations),
            };
            var stages = fields.Objects("stages", "stage").ToList();
            if (stages.Count == 0 && !fields.Has("stages"))
            {
                _problems.Add(fields.Path, $"lifecycle environment '{name}' needs its stages, in order: \"stages\": [ {{ \"name\": \"dev\" }}, {{ \"name\": \"test\" }}, {{ \"name\": \"prod\" }} ].");
            }
            if (stages.Count > MaxStages)
            {
                _problems.Add(fields.Child("stages"), $"has {stages.Count} stages; OS Management Hub takes at most {MaxStages}. Leave out the ones you do not need.");
            }
            foreach (var stage in stages.Take(MaxStages))
            {
                Stage(stage, environment, taken, contents);
            }
            _document.LifecycleEnvironments.Add(environment);
        }

        private void Stage(JsonFields fields, EnvironmentSpec environment, Dictionary<InstanceSpec, string> taken, Dictionary<string, ContentSpec> contents)
        {
            fields.RejectUnknown("a lifecycle stage", "id", "name", "members", "content");
            var name = fields.String("name");
            if (name is null || environment.Stages.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                _problems.Add(name is null ? fields.Path : fields.Child("name"), name is null
                    ? "a stage needs a name (dev, test, prod...). Add \"name\": \"...\"."
                    : $"lifecycle environment '{environment.Name}' already has a stage '{name}'. Give each stage its own name.");
                return;
            }
            var stage = new StageSpec { Id = Id(fields, "lifecycle stage", "osmhlifecyclestage"), Name = name };
            foreach (var (member, path) in InstanceRefs(fields, "members"))
            {
                if (taken.TryGetValue(member, out var first))
                {
                    _problems.Add(path, $"instance '{member.Name}' is already a member of a stage at {first}. An instance is in one lifecycle stage at most.");
                    continue;
                }
                if (member.Group is { } group)
                {
                    _problems.Add(path, $"instance '{member.Name}' is in group '{group.Name}'. An instance is in a group or a lifecycle stage, not both: take its \"group\" out, or leave it out of this stage.");
                    continue;
                }
                environment.Release ??= member.Os;
                environment.Location ??= member.Location;
                if (member.Os != environment.Release || member.Location != environment.Location)
                {
                    var words = FleetFileWords.Releases;
                    _problems.Add(path, $"instance '{member.Name}' runs {words[member.Os]} at {FleetFileWords.Locations[member.Location]}, and lifecycle environment '{environment.Name}' holds {words[environment.Release]} instances at {FleetFileWords.Locations[environment.Location.Value]}. " +
                        "A lifecycle environment's instances share one OS version and location: put this one in an environment of its own.");
                    continue;
                }
                taken[member] = path;
                stage.Members.Add(member);
            }
            if (fields.Object("content", "A stage's content") is { } content)
            {
                stage.Content = Content(content, environment, stage, contents);
            }
            environment.Stages.Add(stage);
        }

        private ContentSpec? Content(JsonFields fields, EnvironmentSpec environment, StageSpec stage, Dictionary<string, ContentSpec> contents)
        {
            fields.RejectUnknown("a stage's content", "id", "name", "through", "advisories", "packages");
            var name = fields.String("name") ?? $"{environment.Name}-{stage.Name}";
            var described = fields.Has("id") || fields.Has("through") || fields.Has("advisories") || fields.Has("packages");
            if (contents.TryGetValue(name, out var known))
            {
                if (described)
                {
                    _problems.Add(fields.Path, $"content '{name}' is described at an earlier stage already. Name it alone here (\"content\": {{ \"name\": \"{name}\" }}) to hold the same content, or give this one another name.");
                }
                return known;
            }
            var content = new ContentSpec { Id = Id(fields, "software source", "osmhsoftwaresource"), Name = name, Through = Time(fields, "through") };
            content.Packages.AddRange(fields.Strings("packages"));
            var advisories = _document.Advisories.Where(a => a.Name is not null).Select(a => a.Name!).ToList();
            foreach (var advisory in fields.Strings("advisories"))
            {
                if (!advisories.Contains(advisory, StringComparer.OrdinalIgnoreCase))
                {
                    var nearest = NearestNames.To(advisory, advisories, max: 1) is [var guess] ? $" Did you mean '{guess}'?" : "";
                    _problems.Add(fields.Child("advisories"), $"no update of the file names advisory '{advisory}'.{nearest} A stage's content holds advisories the instances' updates name.");
                    continue;
                }
                content.Advisories.Add(advisory);
            }
            contents[name] = content;
            return content;
        }

        private void Set(JsonFields fields)
        {
            fields.RejectUnknown("a dynamic set", "id", "name", "description", "compartment", "match", "compartments", "includeChildren", "rule", FleetFileFields.Region);
            var name = fields.String("name");
            if (name is null || _document.DynamicSets.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                _problems.Add(name is null ? fields.Path : fields.Child("name"), name is null
                    ? "a dynamic set needs a name. Add \"name\": \"...\"."
                    : $"there is already a dynamic set '{name}'. Give each its own name.");
                return;
            }
            var rule = fields.Object("rule", "A dynamic set's rule");
            rule?.RejectUnknown("a dynamic set's rule", "osFamilies", "osNames", "architectures", "statuses", "locations", "displayNames", "instances",
                "groups", "rebootRequired");
            var set = new SetSpec
            {
                Id = Id(fields, "dynamic set", "osmhdynamicset"),
                Name = name,
                Description = fields.String("description"),
                Compartment = CompartmentRef(fields, "compartment"),
                Region = fields.String(FleetFileFields.Region),
                MatchesAll = fields.Enum("match", "a match type", new[] { "ALL", "ANY" }) != "ANY",
                Releases = rule is null || !rule.Has("osFamilies") ? null : Words(rule, "osFamilies", "an OS family the emulator knows", FleetFileWords.Releases),
                Families = rule is null || !rule.Has("osNames") ? null : Words(rule, "osNames", "an OS name", OsNames),
                Architectures = rule is null || !rule.Has("architectures") ? null
                    : Words(rule, "architectures", "an architecture", Architectures).Select(a => a.ToLowerInvariant()).ToList(),
                Statuses = rule is null || !rule.Has("statuses") ? null : Words(rule, "statuses", "an instance status the emulator plays", FleetFileWords.Statuses),
                Locations = rule is null || !rule.Has("locations") ? null : Words(rule, "locations", "a location", FleetFileWords.Locations),
                DisplayNames = rule is null || !rule.Has("displayNames") ? null : rule.Strings("displayNames"),
                Instances = rule is null || !rule.Has("instances") ? null : InstanceRefs(rule, "instances").Select(r => r.Instance).ToList(),
                Groups = rule is null || !rule.Has("groups") ? null : GroupRefs(rule, "groups"),
                RebootRequired = rule?.Bool("rebootRequired"),
            };
            foreach (var scope in ScopeRefs(fields))
            {
                set.Scopes.Add(scope);
            }
            _document.DynamicSets.Add(set);
        }

        private static readonly WordMap<OsFamily> OsNames = new((OsFamily.Linux, "ORACLE_LINUX"), (OsFamily.Windows, "WINDOWS_SERVER"));

        private static readonly WordMap<string> Architectures = new(("x86_64", "X86_64"), ("aarch64", "AARCH64"));

        private List<T> Words<T>(JsonFields fields, string name, string what, WordMap<T> words) where T : notnull
        {
            var values = new List<T>();
            foreach (var word in fields.Strings(name))
            {
                var match = words.Words.FirstOrDefault(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    _problems.Add(fields.Child(name), $"'{word}' is not {what}. Use {JsonFields.OneOf(words.Words)}.");
                    continue;
                }
                values.Add(words.Value(match));
            }
            return values;
        }

        /// <summary>The compartments a set looks in (names or ids; default the tenancy), with their sub-compartments unless includeChildren is false.</summary>
        private List<(CompartmentSpec?, bool)> ScopeRefs(JsonFields fields)
        {
            var children = fields.Bool("includeChildren") ?? true;
            var scopes = new List<(CompartmentSpec?, bool)>();
            var index = 0;
            foreach (var reference in fields.Strings("compartments"))
            {
                var path = $"{fields.Child("compartments")}[{index++}]";
                if (reference == _document.TenancyId)
                {
                    scopes.Add((null, children));
                    continue;
                }
                var match = CompartmentNamed(reference);
                if (match is null)
                {
                    _problems.Add(path, $"there is no compartment '{reference}'. Name one by its path of names from the tenancy (\"Production/web\") or by its id; leave \"compartments\" out for the whole tenancy.");
                    continue;
                }
                scopes.Add((match, children));
            }
            if (scopes.Count == 0 && !fields.Has("compartments"))
            {
                scopes.Add((null, children));
            }
            return scopes;
        }

        /// <summary>Instances named (by name or id) in a list; each one a mistake when the file has none or several by that name.</summary>
        private List<(InstanceSpec Instance, string Path)> InstanceRefs(JsonFields fields, string name)
        {
            var found = new List<(InstanceSpec, string)>();
            var index = 0;
            foreach (var reference in fields.Strings(name))
            {
                var path = $"{fields.Child(name)}[{index++}]";
                var matches = _document.Instances.Where(i => i.Id == reference || i.Name.Equals(reference, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matches.Count == 1)
                {
                    found.Add((matches[0], path));
                    continue;
                }
                _problems.Add(path, matches.Count == 0
                    ? $"there is no instance '{reference}'. Name an instance of the file's \"instances\" by its name or id{(NearestNames.To(reference, _document.Instances.Select(i => i.Name).ToList(), max: 1) is [var guess] ? $" (did you mean '{guess}'?)" : "")}."
                    : $"{matches.Count} instances are named '{reference}'. Name this one by its id.");
            }
            return found;
        }

        private List<GroupSpec> GroupRefs(JsonFields fields, string name)
        {
            var found = new List<GroupSpec>();
            foreach (var reference in fields.Strings(name))
            {
                if (_groups.TryGetValue(reference, out var group))
                {
                    found.Add(group);
                    continue;
                }
                _problems.Add(fields.Child(name), $"there is no group '{reference}'. Name a group of the file's \"groups\" by its name or id.");
            }
            return found;
        }
    }
}
