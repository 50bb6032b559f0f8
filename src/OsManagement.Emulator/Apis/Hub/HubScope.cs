namespace OsManagement.Emulator.Apis.Hub;

/// <summary>Compartment scopes as Hub's lists, analytics and compartment targets read them.</summary>
internal static class HubScope
{
    /// <summary>The given compartments and, with <paramref name="subtree"/>, every compartment below them.</summary>
    public static HashSet<string> Compartments(EmulatorStore store, IEnumerable<string> roots, bool subtree)
    {
        var scope = new HashSet<string>(roots, StringComparer.Ordinal);
        if (!subtree)
        {
            return scope;
        }
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var compartment in store.Fleet.Compartments)
            {
                if (scope.Contains(compartment.ParentId) && scope.Add(compartment.Id))
                {
                    grew = true;
                }
            }
        }
        return scope;
    }

    /// <summary>
    /// The compartments a list covers: the one given (and its subtree when asked), or the whole tenancy when none is given.
    /// </summary>
    public static HashSet<string>? ListScope(EmulatorStore store, string? compartmentId, bool subtree)
    {
        if (compartmentId is null)
        {
            return null;
        }
        Lookups.CheckCompartment(store, compartmentId);
        return Compartments(store, new[] { compartmentId }, subtree);
    }

    public static bool In(HashSet<string>? scope, string compartmentId) => scope is null || scope.Contains(compartmentId);
}
