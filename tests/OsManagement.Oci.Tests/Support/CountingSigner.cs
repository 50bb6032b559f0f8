using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OsManagement.Oci.Auth;

namespace OsManagement.Oci.Tests.Support;

/// <summary>Marks each signing with its number (Authorization and a date one second later each time), so tests see re-signing per attempt.</summary>
public sealed class CountingSigner : IRequestSigner
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 31, 8, TimeSpan.Zero);
    private int _count;

    public int Count => _count;

    public string TenancyId => "ocid1.tenancy.oc1..test";

    public string? RejectionAdvice { get; init; }

    public Task SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        request.Headers.Remove("date");
        request.Headers.TryAddWithoutValidation("date", Start.AddSeconds(n).ToString("r", CultureInfo.InvariantCulture));
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "Signature test-" + n);
        return Task.CompletedTask;
    }
}
