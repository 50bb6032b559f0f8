using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OsManagement.Loader;

/// <summary>
/// Hands the module's dependencies, shipped in its <c>dependencies/</c> folder out of PowerShell's sight, to the
/// module's own assemblies only: the cmdlets (OsManagement.dll), the engine (OsManagement.Oci) and the dependencies
/// themselves. Requests from anyone else are left alone.
/// <para>
/// On PowerShell 7 the engine and the libraries only it uses (BouncyCastle) are loaded into a load context of their
/// own when the module is imported, so the engine binds to our copies whatever versions the session already has, and
/// the session's copies stay what everyone else sees. Two kinds of dependency follow the ordinary rules instead: what
/// the runtime itself provides at our version or newer (System.Text.Json and the System.* packages on .NET: no module
/// can replace those, and a second copy would split their types), and a library the cmdlets use as well as the engine
/// (Microsoft.Bcl.AsyncInterfaces, whose IAsyncEnumerable crosses between them), which must be one copy for both:
/// when nothing else provides it, both get ours from the module's context.
/// </para>
/// <para>
/// Windows PowerShell has no load contexts: the same requests are answered with Assembly.LoadFrom from the
/// dependencies folder, which finds the module's files but cannot keep two versions of one assembly apart.
/// </para>
/// </summary>
internal sealed class DependencyResolver
{
    /// <summary>The folder beside the module's DLLs that holds everything they depend on.</summary>
    public const string FolderName = "dependencies";

    /// <summary>The load context's name on PowerShell 7.</summary>
    public const string ContextName = "OsManagement";

    private const string CmdletsName = "OsManagement";
    private const string EngineName = "OsManagement.Oci";
    private static readonly object Gate = new();
    private static DependencyResolver? _instance;

    private readonly string _folder;
    private readonly Assembly _cmdlets;
    private readonly Dictionary<string, string> _files;
    private readonly PrivateLoadContext? _context;
    private int _registrations;

    private DependencyResolver(string moduleFolder)
    {
        _folder = Path.Combine(moduleFolder, FolderName);
        _files = Directory.Exists(_folder)
            ? Directory.GetFiles(_folder, "*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // PowerShell loads the cmdlets from this same path right after this nested module; loading it first only reads it.
        _cmdlets = Assembly.LoadFrom(Path.Combine(moduleFolder, CmdletsName + ".dll"));
        _context = PrivateLoadContext.TryCreate(ContextName);
        if (_context is not null)
        {
            // Loaded up front: a load context looks in its own cache before the default context, so the engine's first
            // request for BouncyCastle would otherwise be answered with whatever version the session loaded before us.
            var shared = new HashSet<string>(_cmdlets.GetReferencedAssemblies().Select(a => a.Name), StringComparer.OrdinalIgnoreCase);
            foreach (var file in _files)
            {
                if (file.Key.Equals(EngineName, StringComparison.OrdinalIgnoreCase) || (!shared.Contains(file.Key) && !RuntimeProvides(file.Value)))
                {
                    _context.Load(file.Value);
                }
            }
        }
    }

    /// <summary>The resolver of the module this assembly was loaded from.</summary>
    public static DependencyResolver Instance
    {
        get
        {
            lock (Gate)
            {
                return _instance ??= new DependencyResolver(Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location)!);
            }
        }
    }

    /// <summary>Starts answering (once per process, however many runspaces import the module).</summary>
    public void Register()
    {
        lock (Gate)
        {
            if (_registrations++ == 0)
            {
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
            }
        }
    }

    /// <summary>Stops answering when the last import is removed.</summary>
    public void Unregister()
    {
        lock (Gate)
        {
            if (_registrations > 0 && --_registrations == 0)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
            }
        }
    }

    private Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null || !_files.TryGetValue(name, out var path) || !IsOurs(args.RequestingAssembly))
        {
            return null;
        }
        return _context is not null ? _context.Load(path) : Assembly.LoadFrom(path);
    }

    // .NET always names the requesting assembly; .NET Framework may not, and then the name alone decides (as PSResourceGet does).
    private bool IsOurs(Assembly? requester) =>
        requester is null
            ? _context is null
            : requester == _cmdlets
              || (_context?.Owns(requester) ?? false)
              || (!requester.IsDynamic && _folder.Equals(Path.GetDirectoryName(requester.Location), StringComparison.OrdinalIgnoreCase));

    // The runtime's own assemblies (the trusted platform assemblies of .NET and PowerShell) win in the default context.
    private static bool RuntimeProvides(string file)
    {
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list)
        {
            return false;
        }
        var name = Path.GetFileName(file);
        var platform = list.Split(Path.PathSeparator).FirstOrDefault(p => Path.GetFileName(p).Equals(name, StringComparison.OrdinalIgnoreCase));
        return platform is not null && AssemblyName.GetAssemblyName(platform).Version >= AssemblyName.GetAssemblyName(file).Version;
    }
}
