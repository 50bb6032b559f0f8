// Wire model of OS Management Hub's PromoteSoftwareSourceToLifecycleStageDetails (API 20220901; JSON field names as the service sends them).
using System;
using System.Collections.Generic;

namespace OsManagement.Oci.Services.Hub.Models;

/// <summary>Provides detailed information about the lifecycle stage promotion.</summary>
internal sealed class PromoteSoftwareSourceToLifecycleStageDetails
{
    public WorkRequestDetails? WorkRequestDetails { get; set; }
}
