// Wire model of OS Management Hub's RebootLifecycleStageDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides the information used for the reboot job.</summary>
internal sealed class RebootLifecycleStageDetails
{
    /// <summary>The number of minutes the service waits for the reboot to complete. If the instance doesn't reboot within this time, the reboot job status is set to failed.</summary>
    public int? RebootTimeoutInMins { get; set; }

    public WorkRequestDetails? WorkRequestDetails { get; set; }
}
