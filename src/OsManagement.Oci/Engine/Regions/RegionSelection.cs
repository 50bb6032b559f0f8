using System;
using System.Collections.Generic;
using System.Linq;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Engine;

/// <summary>A region the tenancy subscribes to, as Identity lists it.</summary>
public sealed class SubscribedRegion
{
    /// <summary>A subscription (<paramref name="name"/> as Identity spells it, e.g. us-phoenix-1).</summary>
    public SubscribedRegion(string name, string? key, bool isHome, bool isReady)
    {
        Name = name;
        Key = key;
        IsHome = isHome;
        IsReady = isReady;
    }

    /// <summary>The region id, e.g. us-phoenix-1.</summary>
    public string Name { get; }

    /// <summary>Its 3-letter key, e.g. PHX.</summary>
    public string? Key { get; }

    /// <summary>Whether it is the tenancy's home region.</summary>
    public bool IsHome { get; }

    /// <summary>Whether the subscription is READY (not still IN_PROGRESS).</summary>
    public bool IsReady { get; }
}

/// <summary>
/// The regions a Get command reads: the names a user gave <c>-Region</c> (ids or short keys, several, or a comma-separated
/// list), or <c>*</c> for every region the tenancy subscribes to. OS Management Hub is regional: each region is its own
/// service with its own instances, jobs and work requests; compartments are the tenancy's everywhere.
/// </summary>
public sealed class RegionSelection
{
    /// <summary>What <c>-Region</c> takes for every subscribed region.</summary>
    public const string Every = "*";

    private RegionSelection(IReadOnlyList<string> names, bool isEvery)
    {
        Names = names;
        IsEvery = isEvery;
    }

    /// <summary>The regions named, canonical (iad: us-ashburn-1), each once, in the order given; empty for <see cref="Every"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every subscribed region (<c>*</c>): the list comes from Identity (<see cref="Expand"/>).</summary>
    public bool IsEvery { get; }

    /// <summary>More than one region may answer: records say which region each is from, and a region that fails is one error.</summary>
    public bool IsSeveral => IsEvery || Names.Count > 1;

    /// <summary>
    /// Reads what a user gave: each value a region id or short key, or several separated by commas, or <c>*</c> (alone).
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a region (the message names it and the nearest known), or <c>*</c> is given with names.</exception>
    public static RegionSelection Parse(IEnumerable<string> values)
    {
        var given = values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (given.Count == 0)
        {
            throw new ArgumentException("No region given. Give region ids such as us-ashburn-1, short keys such as iad, or * for every subscribed region.");
        }
        if (given.Contains(Every))
        {
            if (given.Count > 1)
            {
                throw new ArgumentException("'*' already means every region the tenancy subscribes to; give it alone, or name the regions instead.");
            }
            return new RegionSelection(Array.Empty<string>(), isEvery: true);
        }
        var names = new List<string>();
        foreach (var name in given.Select(OciRegions.Resolve))
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }
        return new RegionSelection(names, isEvery: false);
    }

    /// <summary>
    /// The regions to read: the names given, or for <see cref="Every"/> the READY subscriptions, home region first (then in
    /// Identity's order). A tenancy that lists none is read in <paramref name="current"/>, the connection's own region.
    /// </summary>
    public IReadOnlyList<string> Expand(IEnumerable<SubscribedRegion> subscriptions, string current)
    {
        if (!IsEvery)
        {
            return Names;
        }
        var ready = subscriptions.Where(s => s.IsReady).OrderByDescending(s => s.IsHome).Select(s => OciRegions.Resolve(s.Name)).Distinct().ToList();
        return ready.Count > 0 ? ready : new[] { current };
    }

    /// <inheritdoc />
    public override string ToString() => IsEvery ? Every : string.Join(",", Names);
}
