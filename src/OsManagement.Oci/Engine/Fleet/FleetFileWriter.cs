using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OsManagement.Shared;
using F = OsManagement.Shared.FleetFileFields;

namespace OsManagement.Oci.Engine.Fleet;

/// <summary>
/// Writes a copy as the emulator's fleet file (its README, "A fleet from a file"; the names from src/Shared): compartments
/// nested under their parents, everything named by its OCID, times absolute (UTC), and only what differs from what the
/// emulator assumes when a field is left out. The file is written whole beside its destination and then moved over it,
/// so a reader never meets half a file and a failed export leaves the old one.
/// </summary>
internal static class FleetFileWriter
{
    public static void Write(FleetCopy copy, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = File.Create(temporary))
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                Fleet(json, copy);
            }
            if (File.Exists(path))
            {
                File.Replace(temporary, path, null);
            }
            else
            {
                File.Move(temporary, path);
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The copy as fleet file JSON.</summary>
    public static string ToJson(FleetCopy copy)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Fleet(json, copy);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Fleet(Utf8JsonWriter json, FleetCopy copy)
    {
        json.WriteStartObject();
        json.WriteString(F.TenancyId, copy.TenancyId);
        Optional(json, F.TenancyName, copy.TenancyName);
        var children = copy.Compartments.ToLookup(c => c.ParentId, StringComparer.Ordinal);
        json.WriteStartArray(F.Compartments);
        foreach (var compartment in children[copy.TenancyId])
        {
            Compartment(json, compartment, children);
        }
        json.WriteEndArray();

        json.WriteStartArray(F.Groups);
        foreach (var g in copy.Groups)
        {
            json.WriteStartObject();
            json.WriteString(F.Id, g.Id);
            json.WriteString(F.Name, g.Name);
            Optional(json, F.Description, g.Description);
            json.WriteString(F.Compartment, g.CompartmentId);
            Optional(json, F.OsFamily, g.OsFamily);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray(F.Instances);
        foreach (var i in copy.Instances)
        {
            Instance(json, i);
        }
        json.WriteEndArray();

        json.WriteStartArray(F.LifecycleEnvironments);
        var contents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in copy.Environments)
        {
            json.WriteStartObject();
            json.WriteString(F.Id, e.Id);
            json.WriteString(F.Name, e.Name);
            Optional(json, F.Description, e.Description);
            json.WriteString(F.Compartment, e.CompartmentId);
            Optional(json, F.OsFamily, e.OsFamily);
            Optional(json, F.Location, e.Location);
            json.WriteStartArray(F.Stages);
            foreach (var s in e.Stages)
            {
                json.WriteStartObject();
                json.WriteString(F.Id, s.Id);
                json.WriteString(F.Name, s.Name);
                Strings(json, F.Members, s.MemberIds);
                if (s.ContentId is { } content && !string.IsNullOrEmpty(s.ContentName))
                {
                    // Described at its first stage; later stages that hold the same source name it alone.
                    json.WriteStartObject(F.Content);
                    if (contents.Add(content))
                    {
                        json.WriteString(F.Id, content);
                    }
                    json.WriteString(F.Name, s.ContentName);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray(F.DynamicSets);
        foreach (var s in copy.Sets)
        {
            Set(json, s);
        }
        json.WriteEndArray();

        json.WriteStartArray(F.Jobs);
        foreach (var j in copy.Jobs)
        {
            Job(json, j);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Compartment(Utf8JsonWriter json, FleetCompartment compartment, ILookup<string, FleetCompartment> children)
    {
        json.WriteStartObject();
        json.WriteString(F.Id, compartment.Id);
        json.WriteString(F.Name, compartment.Name);
        Optional(json, F.Description, compartment.Description);
        if (children[compartment.Id].Any())
        {
            json.WriteStartArray(F.Compartments);
            foreach (var child in children[compartment.Id])
            {
                Compartment(json, child, children);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Instance(Utf8JsonWriter json, FleetInstance i)
    {
        json.WriteStartObject();
        json.WriteString(F.Id, i.Id);
        json.WriteString(F.Name, i.Name);
        Optional(json, F.Description, i.Description);
        json.WriteString(F.Compartment, i.CompartmentId);
        json.WriteString(F.OsFamily, i.OsFamily);
        json.WriteString(F.Status, i.Status);
        Optional(json, F.Group, i.GroupId);
        Optional(json, F.Location, i.Location);
        Optional(json, F.LastCheckin, i.LastCheckin);
        Optional(json, F.LastBoot, i.LastBoot);
        if (i.RebootRequired)
        {
            json.WriteBoolean(F.RebootRequired, true);
        }
        json.WriteStartArray(F.Updates);
        foreach (var u in i.Updates)
        {
            json.WriteStartObject();
            json.WriteString(F.Name, u.Name);
            json.WriteString(F.Classification, u.Classification);
            Optional(json, F.Advisory, u.Advisory);
            Optional(json, F.Severity, u.Severity);
            Optional(json, F.Issued, u.Issued);
            if (u.Cves.Count > 0)
            {
                Strings(json, F.Cves, u.Cves);
            }
            Optional(json, F.Version, u.Version);
            Optional(json, F.InstalledVersion, u.InstalledVersion);
            Optional(json, F.Architecture, u.Architecture);
            Optional(json, F.UpdateId, u.UpdateId);
            if (u.RebootRequired is { } reboot)
            {
                json.WriteBoolean(F.RebootRequired, reboot);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Set(Utf8JsonWriter json, FleetSet s)
    {
        json.WriteStartObject();
        json.WriteString(F.Id, s.Id);
        json.WriteString(F.Name, s.Name);
        Optional(json, F.Description, s.Description);
        json.WriteString(F.Compartment, s.CompartmentId);
        json.WriteString(F.Match, s.MatchesAny ? FleetFileValues.MatchAny : FleetFileValues.MatchAll);
        if (s.ScopeIds.Count > 0)
        {
            Strings(json, F.Compartments, s.ScopeIds);
        }
        json.WriteBoolean(F.IncludeChildren, s.IncludeChildren);
        json.WriteStartObject(F.Rule);
        NonEmpty(json, F.OsFamilies, s.OsFamilies);
        NonEmpty(json, F.OsNames, s.OsNames);
        NonEmpty(json, F.Architectures, s.Architectures);
        NonEmpty(json, F.Statuses, s.Statuses);
        NonEmpty(json, F.Locations, s.Locations);
        NonEmpty(json, F.DisplayNames, s.DisplayNames);
        NonEmpty(json, F.Instances, s.InstanceIds);
        NonEmpty(json, F.Groups, s.GroupIds);
        if (s.RebootRequired is { } reboot)
        {
            json.WriteBoolean(F.RebootRequired, reboot);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Job(Utf8JsonWriter json, FleetJob j)
    {
        json.WriteStartObject();
        json.WriteString(F.Id, j.Id);
        json.WriteString(F.Name, j.Name);
        Optional(json, F.Description, j.Description);
        json.WriteString(F.Compartment, j.CompartmentId);
        json.WriteString(F.Schedule, j.Recurring ? FleetFileValues.Recurring : FleetFileValues.OneTime);
        Optional(json, F.NextRun, j.NextRun);
        Optional(json, F.Recurrence, j.Rule);
        json.WriteStartArray(F.Operations);
        foreach (var o in j.Operations)
        {
            json.WriteStartObject();
            json.WriteString(F.OperationType, o.Type);
            NonEmpty(json, F.Packages, o.Packages);
            NonEmpty(json, F.WindowsUpdates, o.WindowsUpdates);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject(F.Targets);
        NonEmpty(json, F.Instances, j.InstanceIds);
        NonEmpty(json, F.Groups, j.GroupIds);
        NonEmpty(json, F.Compartments, j.CompartmentIds);
        if (j.CompartmentIds.Count > 0 && j.IncludeSubcompartments is { } children)
        {
            json.WriteBoolean(F.IncludeSubcompartments, children);
        }
        NonEmpty(json, F.Stages, j.StageIds);
        NonEmpty(json, F.DynamicSets, j.SetIds);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
    }

    private static void NonEmpty(Utf8JsonWriter json, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0)
        {
            Strings(json, name, values);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
