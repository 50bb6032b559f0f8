using System.Text.RegularExpressions;
using OsManagement.Emulator.Apis.Hub;
using OsManagement.Shared;
using F = OsManagement.Shared.FleetFileFields;

namespace OsManagement.Emulator.Fleet.Files;

/// <summary>
/// A fleet file's <c>jobs</c> (OS Management Hub's scheduled jobs), read last: they name instances, groups, compartments,
/// stages and sets of the file. Checked as the file is: one kind of target, operations the emulator carries out, a
/// schedule it can keep.
/// </summary>
internal static partial class FleetFileReader
{
    [GeneratedRegex(@"^in\s+(?<span>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();

    private sealed partial class Reading
    {
        private void Jobs(JsonFields root)
        {
            foreach (var job in root.Objects(F.Jobs, "job"))
            {
                Job(job);
            }
        }

        private void Job(JsonFields fields)
        {
            fields.RejectUnknown("a job", F.Id, F.Name, F.Description, F.Compartment, F.Schedule, F.NextRun, F.Recurrence, F.Operations, F.Targets);
            var name = fields.String(F.Name);
            if (name is null)
            {
                if (!fields.Has(F.Name))
                {
                    _problems.Add(fields.Path, "a job needs a name. Add \"name\": \"...\".");
                }
                return;
            }
            var rule = fields.String(F.Recurrence);
            var schedule = fields.Enum(F.Schedule, "a schedule", new[] { FleetFileValues.OneTime, FleetFileValues.Recurring })
                ?? (rule is null ? FleetFileValues.OneTime : FleetFileValues.Recurring);
            var recurring = schedule == FleetFileValues.Recurring;
            if (recurring && rule is null)
            {
                _problems.Add(fields.Path, $"job '{name}' is RECURRING and needs its rule: \"recurrence\": \"FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0\".");
            }
            else if (!recurring && rule is not null)
            {
                _problems.Add(fields.Child(F.Recurrence), $"job '{name}' is ONETIME, so it has no recurrence. Leave it out, or make the schedule RECURRING.");
            }
            else if (rule is not null)
            {
                try
                {
                    rule = RecurrenceRule.Parse(rule).Text;
                }
                catch (FormatException error)
                {
                    _problems.Add(fields.Child(F.Recurrence), error.Message);
                }
            }
            var next = NextRun(fields, name);
            var job = new JobSpec
            {
                Id = Id(fields, "scheduled job", "osmhscheduledjob"),
                Name = name,
                Description = fields.String(F.Description),
                Compartment = CompartmentRef(fields, F.Compartment),
                Recurring = recurring,
                NextRun = next ?? new JobTime(null, new IsoDuration(0, 0, TimeSpan.FromDays(1))),
                Rule = recurring ? rule : null,
            };
            foreach (var operation in fields.Objects(F.Operations, "operation"))
            {
                if (Operation(operation) is { } read)
                {
                    job.Operations.Add(read);
                }
            }
            if (job.Operations.Count == 0 && !fields.Has(F.Operations))
            {
                _problems.Add(fields.Path, $"job '{name}' needs its operations: \"operations\": [ {{ \"type\": \"UPDATE_SECURITY\" }} ].");
            }
            if (fields.Object(F.Targets, "A job's targets") is { } targets)
            {
                Targets(targets, job);
            }
            else if (!fields.Has(F.Targets))
            {
                _problems.Add(fields.Path, $"job '{name}' needs its targets, one kind of them: \"targets\": {{ \"instances\": [ \"web-01\" ] }} " +
                    "(or groups, compartments, stages, dynamicSets).");
            }
            _document.Jobs.Add(job);
        }

        /// <summary>The file's compartment with this id, or this path of names from the tenancy.</summary>
        private CompartmentSpec? CompartmentNamed(string reference) =>
            _document.Compartments.FirstOrDefault(c => c.Id == reference || c.PathName.Equals(reference.Trim('/'), StringComparison.OrdinalIgnoreCase));

        private JobTime? NextRun(JsonFields fields, string name)
        {
            var text = fields.String(F.NextRun);
            if (text is null)
            {
                _problems.Add(fields.Path, $"job '{name}' needs its next run: \"nextRun\": \"2026-12-13T03:00:00Z\" or \"in 2 days\".");
                return null;
            }
            if (Ahead().Match(text) is { Success: true } ahead && FleetTime.TryParse(ahead.Groups["span"].Value + " ago", out var span) && span.Ago is { } by)
            {
                return new JobTime(null, by);
            }
            if (FleetTime.TryParse(text, out var time))
            {
                return new JobTime(time, null);
            }
            _problems.Add(fields.Child(F.NextRun), $"'{text}' is not a time the emulator reads. Write \"in 2 days\", \"in 6 hours\", {FleetTime.Forms}.");
            return null;
        }

        private JobOperationSpec? Operation(JsonFields fields)
        {
            fields.RejectUnknown("a job's operation", F.OperationType, F.Packages, F.WindowsUpdates);
            var type = fields.Enum(F.OperationType, "an operation the emulator carries out", FleetFileValues.JobOperations);
            if (type is null)
            {
                if (!fields.Has(F.OperationType))
                {
                    _problems.Add(fields.Path, $"an operation needs its type: {JsonFields.OneOf(FleetFileValues.JobOperations)}.");
                }
                return null;
            }
            return new JobOperationSpec(type, fields.Strings(F.Packages), fields.Strings(F.WindowsUpdates));
        }

        private void Targets(JsonFields fields, JobSpec job)
        {
            fields.RejectUnknown("a job's targets", F.Instances, F.Groups, F.Compartments, F.IncludeSubcompartments, F.Stages, F.DynamicSets);
            var kinds = new[] { F.Instances, F.Groups, F.Compartments, F.Stages, F.DynamicSets }.Where(fields.Has).ToList();
            if (kinds.Count != 1)
            {
                _problems.Add(fields.Path, kinds.Count == 0
                    ? $"job '{job.Name}' has no target. Give one kind: instances, groups, compartments, stages or dynamicSets."
                    : $"job '{job.Name}' names {string.Join(" and ", kinds)}; an OS Management Hub job runs on one kind of target. Keep one.");
            }
            job.Instances.AddRange(InstanceRefs(fields, F.Instances).Select(r => r.Instance));
            job.Groups.AddRange(GroupRefs(fields, F.Groups));
            var index = 0;
            foreach (var reference in fields.Strings(F.Compartments))
            {
                var path = $"{fields.Child(F.Compartments)}[{index++}]";
                if (reference == _document.TenancyId)
                {
                    job.Compartments.Add(null);
                    continue;
                }
                var match = CompartmentNamed(reference);
                if (match is null)
                {
                    _problems.Add(path, $"there is no compartment '{reference}'. Name one by its path of names from the tenancy (\"Production/web\") or by its id (the tenancy by its id).");
                    continue;
                }
                job.Compartments.Add(match);
            }
            if (fields.Bool(F.IncludeSubcompartments) is { } children)
            {
                if (!fields.Has(F.Compartments))
                {
                    _problems.Add(fields.Child(F.IncludeSubcompartments), "includeSubcompartments applies only to a job that runs on compartments. Leave it out.");
                }
                job.IncludeSubcompartments ??= children;
            }
            index = 0;
            foreach (var reference in fields.Strings(F.Stages))
            {
                var path = $"{fields.Child(F.Stages)}[{index++}]";
                var found = _document.LifecycleEnvironments.SelectMany(e => e.Stages.Select(s => (Environment: e, Stage: s)))
                    .Where(p => p.Stage.Id == reference || $"{p.Environment.Name}/{p.Stage.Name}".Equals(reference, StringComparison.OrdinalIgnoreCase)).ToList();
                if (found.Count != 1)
                {
                    _problems.Add(path, $"there is no lifecycle stage '{reference}'. " +
                        "Name a stage of the file's \"lifecycleEnvironments\" by its id or as \"environment/stage\".");
                    continue;
                }
                job.Stages.Add(found[0]);
            }
            index = 0;
            foreach (var reference in fields.Strings(F.DynamicSets))
            {
                var path = $"{fields.Child(F.DynamicSets)}[{index++}]";
                var set = _document.DynamicSets.FirstOrDefault(s => s.Id == reference || s.Name.Equals(reference, StringComparison.OrdinalIgnoreCase));
                if (set is null)
                {
                    _problems.Add(path, $"there is no dynamic set '{reference}'. Name a set of the file's \"dynamicSets\" by its name or id.");
                    continue;
                }
                job.Sets.Add(set);
            }
        }
    }
}
