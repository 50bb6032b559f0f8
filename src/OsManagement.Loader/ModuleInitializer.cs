using System.Management.Automation;

namespace OsManagement.Loader;

/// <summary>
/// Runs when PowerShell imports this nested module, which the manifest lists so that it comes before the cmdlets'
/// assembly (PowerShell reads every type of that assembly, and so needs the engine, before any initializer of its
/// own could run): starts handing the module's dependencies to the module's own assemblies; stops when the module
/// is removed.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport() => DependencyResolver.Instance.Register();

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Instance.Unregister();
}
