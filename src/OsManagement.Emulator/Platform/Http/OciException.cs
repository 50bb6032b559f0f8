namespace OsManagement.Emulator.Platform.Http;

/// <summary>An error the service answers with: HTTP status plus OCI's <c>{"code","message"}</c> body.</summary>
internal sealed class OciException : Exception
{
    public OciException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; }
    public string Code { get; }

    public static OciException NotFound(string what) =>
        new(404, "NotAuthorizedOrNotFound", $"{what} not found or not authorized.");

    public static OciException Missing(string parameter) =>
        new(400, "MissingParameter", $"Missing required parameter '{parameter}'.");

    public static OciException Invalid(string message) => new(400, "InvalidParameter", message);

    public static OciException PreconditionFailed() =>
        new(412, "PreconditionFailed", "The resource has been modified since the if-match etag was read.");
}
