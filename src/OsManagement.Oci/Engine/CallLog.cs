using System.Globalization;
using OsManagement.Oci.Http;

namespace OsManagement.Oci.Engine;

/// <summary>How an HTTP call made for a service reads in a verbose line. Nothing secret is in it.</summary>
public static class CallLog
{
    /// <summary>"GET /20190801/managedInstances/... -> 200 in 23 ms (opc-request-id ...)", with the attempt when retried.</summary>
    public static string Describe(OciCallRecord record) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} -> {2} in {3:0} ms (opc-request-id {4}{5})",
        record.Method, record.Path, record.StatusCode, record.Duration.TotalMilliseconds, record.OpcRequestId,
        record.Attempt > 1 ? ", attempt " + record.Attempt : "");
}
