// Wire model of OS Management Hub's list responses (ManagedInstanceCollection, WorkRequestSummaryCollection, ...).
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>
/// One page of a Hub list: its items wrapped in an object (<c>{"items": [...]}</c>), where the retired service sent a
/// bare array. Every *Collection model of the SDK has this one field; the client's list streams unwrap it.
/// </summary>
internal sealed class ItemCollection<T>
{
    /// <summary>The items of this page.</summary>
    public List<T>? Items { get; set; }
}
