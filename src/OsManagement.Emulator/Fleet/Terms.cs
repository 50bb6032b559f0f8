namespace OsManagement.Emulator.Fleet;

// The fleet's own words. Each API maps them to its wire (Apis/*/…Vocabulary), the fleet file reads them from its own
// (Files/FleetFileWords); none of them is any API's spelling.

/// <summary>The operating system family an instance runs.</summary>
internal enum OsFamily
{
    Linux,
    Windows,
}

/// <summary>The health of an instance's agent as the fleet describes it.</summary>
internal enum InstanceStatus
{
    Normal,
    /// <summary>The agent is gone: its work fails, its check-ins stopped.</summary>
    Unreachable,
    Error,
    Warning,
}

/// <summary>What an update, and the advisory that ships it, fixes.</summary>
internal enum Classification
{
    Security,
    Bugfix,
    Enhancement,
    /// <summary>Not classified; ships without an advisory.</summary>
    Other,
}

/// <summary>How serious the problem a security advisory fixes is.</summary>
internal enum Severity
{
    Low,
    Moderate,
    Important,
    Critical,
}

/// <summary>Where an instance runs.</summary>
internal enum Location
{
    OnPremise,
    OciCompute,
    Azure,
    Ec2,
    Gcp,
}

/// <summary>Where a compartment is in its life.</summary>
internal enum CompartmentState
{
    Active,
    Inactive,
    Deleted,
}
