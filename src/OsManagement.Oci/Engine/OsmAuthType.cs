namespace OsManagement.Oci.Engine;

/// <summary>How requests are signed.</summary>
public enum OsmAuthType
{
    /// <summary>An API signing key from the config profile (user, fingerprint, key_file).</summary>
    ApiKey,

    /// <summary>A session token from <c>oci session authenticate</c> (security_token_file, key_file).</summary>
    SessionToken,

    /// <summary>The instance's own identity, from the instance metadata service.</summary>
    InstancePrincipal,
}
