using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Engine;

/// <summary>A queue that producers add to while a consumer reads it as a stream, until it is completed.</summary>
internal sealed class BlockingWorkList<T>
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly SemaphoreSlim _available = new(0);
    private volatile bool _completed;

    public void Add(T item)
    {
        _items.Enqueue(item);
        _available.Release();
    }

    public void Complete()
    {
        _completed = true;
        _available.Release();
    }

    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (_items.TryDequeue(out var item))
            {
                yield return item;
            }
            else if (_completed)
            {
                yield break;
            }
        }
    }
}
