using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using OsManagement.Oci.Engine;

namespace OsManagement.Infrastructure;

/// <summary>
/// Lets work on other threads produce output, errors, verbose lines and progress. Nothing here calls
/// Cmdlet.Write*: items are queued, and the pipeline thread writes them (<see cref="OsmCmdlet"/>).
/// </summary>
public sealed class PipelineQueue
{
    private readonly BlockingCollection<Action<Cmdlet>> _items;

    // The region a view writes for: its records carry it, and (of several regions) its errors name it.
    private readonly string? _region;
    private readonly bool _namesRegionInErrors;

    /// <summary>A queue of its own.</summary>
    public PipelineQueue() => _items = new BlockingCollection<Action<Cmdlet>>();

    private PipelineQueue(BlockingCollection<Action<Cmdlet>> items, string region, bool namesRegionInErrors)
    {
        _items = items;
        _region = region;
        _namesRegionInErrors = namesRegionInErrors;
    }

    /// <summary>
    /// This queue, for what is read in <paramref name="region"/>: records (<see cref="IRegional"/>) carry the region, and
    /// with <paramref name="namesRegionInErrors"/> (several regions) every error says which region it is from.
    /// </summary>
    internal PipelineQueue InRegion(string region, bool namesRegionInErrors) => new(_items, region, namesRegionInErrors);

    /// <summary>Queues an output object.</summary>
    public void WriteObject(object item)
    {
        if (_region is not null && item is IRegional regional)
        {
            regional.Region = _region;
        }
        Add(c => c.WriteObject(item));
    }

    /// <summary>Queues a non-terminating error.</summary>
    public void WriteError(ErrorRecord error)
    {
        if (_namesRegionInErrors && _region is not null)
        {
            error.ErrorDetails = new ErrorDetails(Messages.InRegion(_region, error.ErrorDetails?.Message ?? error.Exception.Message));
        }
        Add(c => c.WriteError(error));
    }

    /// <summary>Queues what a fan-out read: the output object, or a non-terminating error naming what failed.</summary>
    public void Write<T>(Fetched<T> read, Func<T, object> output)
    {
        if (read.Succeeded)
        {
            WriteObject(output(read.Value));
        }
        else
        {
            WriteError(ErrorRecords.FromException(read.Error!, read.Target));
        }
    }

    /// <summary>Queues a verbose line.</summary>
    public void WriteVerbose(string text) => Add(c => c.WriteVerbose(text));

    /// <summary>Queues a warning.</summary>
    public void WriteWarning(string text) => Add(c => c.WriteWarning(text));

    /// <summary>Queues a progress record.</summary>
    public void WriteProgress(ProgressRecord progress) => Add(c => c.WriteProgress(progress));

    internal BlockingCollection<Action<Cmdlet>> Items => _items;

    private void Add(Action<Cmdlet> write)
    {
        // After the pipeline stops, late results from cancelled work are dropped.
        if (!_items.IsAddingCompleted)
        {
            try { _items.Add(write); }
            catch (InvalidOperationException) { }
        }
    }
}
