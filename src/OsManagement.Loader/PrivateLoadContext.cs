using System;
using System.Collections.Generic;
using System.Reflection;

namespace OsManagement.Loader;

/// <summary>
/// The module's own AssemblyLoadContext on PowerShell 7, reached through reflection because this assembly targets
/// netstandard2.0, where the type cannot be named. Windows PowerShell (.NET Framework) has no load contexts:
/// <see cref="TryCreate"/> returns null there.
/// </summary>
internal sealed class PrivateLoadContext
{
    private readonly object _context;
    private readonly MethodInfo _loadFromAssemblyPath;
    private readonly MethodInfo _getLoadContext;
    private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);

    private PrivateLoadContext(Type contextType, string name)
    {
        var constructor = contextType.GetConstructor(new[] { typeof(string), typeof(bool) })
            ?? throw new MissingMethodException(contextType.FullName, ".ctor(string, bool)");
        _context = constructor.Invoke(new object[] { name, false });
        _loadFromAssemblyPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })
            ?? throw new MissingMethodException(contextType.FullName, "LoadFromAssemblyPath");
        _getLoadContext = contextType.GetMethod("GetLoadContext", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(Assembly) }, null)
            ?? throw new MissingMethodException(contextType.FullName, "GetLoadContext");
        Name = name;
    }

    /// <summary>The context's name, as <c>[System.Runtime.Loader.AssemblyLoadContext]::All</c> shows it.</summary>
    public string Name { get; }

    /// <summary>A new, non-collectible context on .NET; null on .NET Framework.</summary>
    public static PrivateLoadContext? TryCreate(string name)
    {
        var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
        return contextType is null ? null : new PrivateLoadContext(contextType, name);
    }

    /// <summary>The assembly at <paramref name="path"/>, loaded into this context once.</summary>
    public Assembly Load(string path)
    {
        lock (_loaded)
        {
            if (!_loaded.TryGetValue(path, out var assembly))
            {
                assembly = (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path });
                _loaded[path] = assembly;
            }
            return assembly;
        }
    }

    /// <summary>Whether <paramref name="assembly"/> was loaded into this context.</summary>
    public bool Owns(Assembly assembly) => ReferenceEquals(_getLoadContext.Invoke(null, new object[] { assembly }), _context);
}
