using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Auth;

/// <summary>Signs a request (adds date, body hash and Authorization headers) just before it is sent.</summary>
public interface IRequestSigner
{
    /// <summary>The tenancy the credentials belong to.</summary>
    string TenancyId { get; }

    /// <summary>
    /// What to check when the service answers 401 (NotAuthenticated) to these credentials, naming the profile and the
    /// command that fixes it; null when there is nothing more specific to say than the service's own message.
    /// </summary>
    string? RejectionAdvice { get; }

    /// <summary>Signs the request; called again on every retry (the date changes).</summary>
    Task SignAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
