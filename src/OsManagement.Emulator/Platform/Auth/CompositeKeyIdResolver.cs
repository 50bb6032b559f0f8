namespace OsManagement.Emulator.Platform.Auth;

/// <summary>Asks each resolver in turn; the first that knows the keyId wins.</summary>
internal sealed class CompositeKeyIdResolver : IKeyIdResolver
{
    private readonly IReadOnlyList<IKeyIdResolver> _resolvers;

    public CompositeKeyIdResolver(params IKeyIdResolver[] resolvers) => _resolvers = resolvers;

    public bool TryResolve(string keyId, out CallerIdentity? caller)
    {
        foreach (var resolver in _resolvers)
        {
            if (resolver.TryResolve(keyId, out caller))
            {
                return true;
            }
        }
        caller = null;
        return false;
    }
}
