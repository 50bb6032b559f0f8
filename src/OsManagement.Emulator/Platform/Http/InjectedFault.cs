namespace OsManagement.Emulator.Platform.Http;

/// <summary>
/// How an injected fault fails a request: an OCI error (status, code, message), or <see cref="Reset"/> (the work is
/// done, then the connection drops before the answer).
/// </summary>
internal sealed record InjectedFault(int Status, string Code, string Message)
{
    public static readonly InjectedFault Reset = new(0, "", "");

    /// <summary>The error codes OCI answers these statuses with; other statuses need a code given.</summary>
    public static readonly IReadOnlyDictionary<int, string> Codes = new Dictionary<int, string>
    {
        [400] = "InvalidParameter",
        [401] = "NotAuthenticated",
        [404] = "NotAuthorizedOrNotFound",
        [409] = "IncorrectState",
        [412] = "PreconditionFailed",
        [429] = "TooManyRequests",
        [500] = "InternalServerError",
        [503] = "ServiceUnavailable",
    };

    public bool IsReset => Status == 0;

    /// <summary>Its key in <c>/_emulator/stats</c> faults and in <c>/_emulator/faults</c>: "503", "404", "reset".</summary>
    public string Key => IsReset ? "reset" : Status.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fault a <c>--faults</c> draw stands for; null for none.</summary>
    public static InjectedFault? Of(FaultKind kind) => kind switch
    {
        FaultKind.TooManyRequests => new(429, "TooManyRequests", "Too many requests for the tenancy."),
        FaultKind.InternalServerError => new(500, "InternalServerError", "An internal error occurred (injected)."),
        FaultKind.ServiceUnavailable => new(503, "ServiceUnavailable", "The service is temporarily unavailable (injected)."),
        FaultKind.Reset => Reset,
        _ => null,
    };
}
