namespace OsManagement.Emulator.Platform.Auth;

/// <summary>What the verifier needs from an HTTP request, independent of ASP.NET Core.</summary>
/// <param name="Method">e.g. GET.</param>
/// <param name="Target">The request target exactly as sent: path and query.</param>
/// <param name="Header">Looks a header up by (case-insensitive) name; null when absent.</param>
/// <param name="Body">The body bytes (empty when none).</param>
internal sealed record SignedRequest(string Method, string Target, Func<string, string?> Header, ReadOnlyMemory<byte> Body);
