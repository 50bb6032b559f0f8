using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OsManagement.Oci.Auth;

/// <summary>Signs a request (adds date, body hash and Authorization headers) just before it is sent.</summary>
public interface IRequestSigner
{
    /// <summary>The tenancy the credentials belong to.</summary>
    string TenancyId { get; }

    /// <summary>Signs the request; called again on every retry (the date changes).</summary>
    Task SignAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
