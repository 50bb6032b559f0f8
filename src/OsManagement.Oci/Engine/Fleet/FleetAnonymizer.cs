using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OsManagement.Oci.Engine.Fleet;

/// <summary>
/// Makes a copy safe to share: every OCID becomes an alias of the same kind and region (ocid1.instance.oc1.iad.anon000007),
/// every name an alias of what it names (instance-0007, compartment-02, group-01, ...), the same one wherever it is
/// referred to (a group's members, a stage's, a set's rule, a job's targets), and descriptions go. What is public
/// stays: package names and versions, advisories, CVEs, Windows update titles, OS families, and the name OCI gives
/// the compartments it manages for PaaS (ManagedCompartmentForPaaS), which the compliance report skips by name.
/// Aliases follow the copy's order, so one fleet anonymized twice gives the same file.
/// </summary>
internal static class FleetAnonymizer
{
    public static FleetCopy Anonymize(FleetCopy copy)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string id)
        {
            if (!ids.TryGetValue(id, out var alias))
            {
                var parts = id.Split('.');
                var kind = parts.Length > 1 ? parts[1] : "unknown";
                var region = parts.Length > 3 ? parts[3] : "";
                alias = ids[id] = string.Format(CultureInfo.InvariantCulture, "ocid1.{0}.oc1.{1}.anon{2:D6}", kind, region, ids.Count + 1);
            }
            return alias;
        }
        IReadOnlyList<string> Ids(IEnumerable<string> list) => list.Select(Id).ToList();
        static string Alias(string what, int number, int width) =>
            what + "-" + number.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        var result = new FleetCopy { TenancyId = Id(copy.TenancyId), TenancyName = "tenancy" };
        var number = 0;
        foreach (var c in copy.Compartments)
        {
            var name = c.Name == ComplianceScanner.PaasCompartmentName ? c.Name : Alias("compartment", ++number, 2);
            result.Compartments.Add(new FleetCompartment { Id = Id(c.Id), Name = name, ParentId = Id(c.ParentId) });
        }
        number = 0;
        foreach (var g in copy.Groups)
        {
            result.Groups.Add(new FleetGroup { Id = Id(g.Id), Name = Alias("group", ++number, 2), CompartmentId = Id(g.CompartmentId), OsFamily = g.OsFamily });
        }
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        number = 0;
        foreach (var i in copy.Instances)
        {
            var name = Alias("instance", ++number, 4);
            names[i.Name] = name;
            var instance = new FleetInstance
            {
                Id = Id(i.Id), Name = name, CompartmentId = Id(i.CompartmentId), OsFamily = i.OsFamily, IsWindows = i.IsWindows, Status = i.Status,
                Location = i.Location, LastCheckin = i.LastCheckin, LastBoot = i.LastBoot, RebootRequired = i.RebootRequired,
                GroupId = i.GroupId is null ? null : Id(i.GroupId), StageId = i.StageId is null ? null : Id(i.StageId),
            };
            instance.Updates.AddRange(i.Updates);
            result.Instances.Add(instance);
        }
        number = 0;
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in copy.Environments)
        {
            var environment = new FleetEnvironment
            {
                Id = Id(e.Id), Name = Alias("environment", ++number, 2), CompartmentId = Id(e.CompartmentId), OsFamily = e.OsFamily, Location = e.Location,
            };
            var rank = 0;
            foreach (var s in e.Stages)
            {
                var stage = new FleetStage { Id = Id(s.Id), Name = Alias("stage", ++rank, 1) };
                if (s.ContentId is { } content)
                {
                    stage.ContentId = Id(content);
                    stage.ContentName = contents.TryGetValue(content, out var alias) ? alias : contents[content] = Alias("content", contents.Count + 1, 2);
                }
                stage.MemberIds.AddRange(Ids(s.MemberIds));
                environment.Stages.Add(stage);
            }
            result.Environments.Add(environment);
        }
        number = 0;
        var unmatched = 0;
        foreach (var s in copy.Sets)
        {
            var set = new FleetSet
            {
                Id = Id(s.Id), Name = Alias("set", ++number, 2), CompartmentId = Id(s.CompartmentId), MatchesAny = s.MatchesAny, IncludeChildren = s.IncludeChildren,
                OsFamilies = s.OsFamilies, OsNames = s.OsNames, Architectures = s.Architectures, Statuses = s.Statuses, Locations = s.Locations,
                // A name the rule matches is the instance's alias; one that matches no instance gets its own.
                DisplayNames = s.DisplayNames.Select(n => names.TryGetValue(n, out var alias) ? alias : Alias("unmatched", ++unmatched, 2)).ToList(),
                InstanceIds = Ids(s.InstanceIds), GroupIds = Ids(s.GroupIds), RebootRequired = s.RebootRequired,
            };
            set.ScopeIds.AddRange(Ids(s.ScopeIds));
            result.Sets.Add(set);
        }
        number = 0;
        foreach (var j in copy.Jobs)
        {
            var job = new FleetJob
            {
                Id = Id(j.Id), Name = Alias("job", ++number, 2), CompartmentId = Id(j.CompartmentId), Recurring = j.Recurring, NextRun = j.NextRun, Rule = j.Rule,
                InstanceIds = Ids(j.InstanceIds), GroupIds = Ids(j.GroupIds), CompartmentIds = Ids(j.CompartmentIds), IncludeSubcompartments = j.IncludeSubcompartments,
                StageIds = Ids(j.StageIds), SetIds = Ids(j.SetIds),
            };
            job.Operations.AddRange(j.Operations);
            result.Jobs.Add(job);
        }
        return result;
    }
}
