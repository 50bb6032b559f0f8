using System;

namespace OsManagement.Oci.Config;

/// <summary>The OCI config file, a profile in it, or a key of a profile is missing or wrong. The message names which, and the fix.</summary>
public sealed class OciConfigException : Exception
{
    public OciConfigException(string message) : base(message) { }

    public OciConfigException(string message, Exception inner) : base(message, inner) { }
}
