namespace OsManagement.Oci.Http;

/// <summary>A response: the body as a model, and the headers callers use.</summary>
public sealed class OciResponse<T>
{
    public OciResponse(T value, string? etag, string? opcRequestId, string? opcWorkRequestId, string? nextPage)
    {
        Value = value;
        ETag = etag;
        OpcRequestId = opcRequestId;
        OpcWorkRequestId = opcWorkRequestId;
        NextPage = nextPage;
    }

    public T Value { get; }
    public string? ETag { get; }
    public string? OpcRequestId { get; }

    /// <summary>The work request an action created.</summary>
    public string? OpcWorkRequestId { get; }

    /// <summary>The token of the next page of a list, or null on the last page.</summary>
    public string? NextPage { get; }
}

/// <summary>The body of a response that has none.</summary>
public sealed class OciEmpty
{
    public static readonly OciEmpty Value = new();
}
