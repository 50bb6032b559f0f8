using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>One region of a command that reads several: its context and the service that answers there.</summary>
internal sealed class RegionalService
{
    public RegionalService(OsmContext context, IOsmService service)
    {
        Context = context;
        Service = service;
    }

    public OsmContext Context { get; }

    public IOsmService Service { get; }

    public string Region => Context.Region;
}
