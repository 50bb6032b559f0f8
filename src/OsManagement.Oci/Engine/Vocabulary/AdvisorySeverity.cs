namespace OsManagement.Oci.Engine;

/// <summary>How severe a security advisory is (OS Management Hub; the retired service does not say). Ordered from least to most severe.</summary>
public enum AdvisorySeverity
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>Important.</summary>
    Important,

    /// <summary>Critical.</summary>
    Critical,
}
