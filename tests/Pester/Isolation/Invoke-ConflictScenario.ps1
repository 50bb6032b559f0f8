<#
.SYNOPSIS
    Run by Isolation.Tests.ps1 in a fresh pwsh: loads other versions of the module's libraries into the session
    before the module (-Order ConflictFirst) or after it (-Order ModuleFirst), uses the module against a running
    emulator (connects, lists, reports, signs as a user and as an instance) and writes what it saw as JSON.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string[]] $ConflictingDll,
    [Parameter(Mandatory)] [ValidateSet('ConflictFirst', 'ModuleFirst')] [string] $Order,
    [Parameter(Mandatory)] [string] $EmulatorFile,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$emulator = Get-Content -Raw $EmulatorFile | ConvertFrom-Json
$ConflictingDll = $ConflictingDll -split ','   # pwsh -File passes the list as one string
$names = $ConflictingDll | ForEach-Object { [IO.Path]::GetFileNameWithoutExtension($_) }

function Get-Seen([string] $Name) {
    # What the session (the default load context, where scripts and other modules load) has under that name.
    $assembly = [Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { $_.GetName().Name -eq $Name } | Select-Object -First 1
    if (-not $assembly) { return $null }
    [ordered]@{ FileVersion = [Diagnostics.FileVersionInfo]::GetVersionInfo($assembly.Location).FileVersion; Location = $assembly.Location }
}

function Add-Conflicts {
    # As another module would: Add-Type -Path (Assembly.LoadFrom) each file.
    foreach ($dll in $ConflictingDll) {
        try { Add-Type -Path $dll; [ordered]@{ Path = $dll; Error = $null } }
        catch { [ordered]@{ Path = $dll; Error = $_.Exception.Message } }
    }
}

function Use-Module {
    # Connects, lists, reports and signs, as an API-key user and as an instance principal (whose federation request
    # BouncyCastle builds).
    Connect-Osm -ConfigFile $emulator.configFile -Endpoint $emulator.endpoint
    $json = Join-Path ([IO.Path]::GetTempPath()) ("osm-isolation-" + [guid]::NewGuid().ToString('n') + '.json')
    $report = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $report | Export-OsmComplianceReport -Path $json
    $result = [ordered]@{
        Instances          = @(Get-OsmManagedInstance -Recurse).Count
        ReportRecords      = @($report).Count
        JsonReportRecords  = @((Get-Content -Raw $json | ConvertFrom-Json).instances).Count
        SummaryInstances   = (Get-OsmComplianceReport -Recurse -Summary).TotalInstances
    }
    Remove-Item $json
    Connect-Osm -AuthType InstancePrincipal -Endpoint $emulator.endpoint -MetadataEndpoint $emulator.metadataEndpoint -FederationEndpoint $emulator.federationEndpoint
    $result.InstancePrincipalCompartments = @(Get-OsmCompartment -Recurse).Count
    return $result
}

$record = [ordered]@{ Order = $Order }
if ($Order -eq 'ConflictFirst') {
    $record.ConflictLoads = @(Add-Conflicts)
    $record.Before = [ordered]@{}; foreach ($n in $names) { $record.Before[$n] = Get-Seen $n }
    Import-Module $ModulePath
    $record.Results = Use-Module
}
else {
    Import-Module $ModulePath
    $record.ResultsBefore = Use-Module
    $record.ConflictLoads = @(Add-Conflicts)
    $record.Before = [ordered]@{}; foreach ($n in $names) { $record.Before[$n] = Get-Seen $n }
    # The module keeps working beside them, and after it is removed and imported again.
    Remove-Module OsManagement
    Import-Module $ModulePath
    $record.Results = Use-Module
}
$record.After = [ordered]@{}; foreach ($n in $names) { $record.After[$n] = Get-Seen $n }
$engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'OsManagement.Oci' }
$context = [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine)
$record.EngineContext = $context.Name
$record.ContextAssemblies = @($context.Assemblies | Where-Object Location | ForEach-Object {
        [ordered]@{ Name = $_.GetName().Name; FileVersion = [Diagnostics.FileVersionInfo]::GetVersionInfo($_.Location).FileVersion; Location = $_.Location } })
# What a script that names a BouncyCastle type gets.
$record.ScriptBouncyCastle = [Diagnostics.FileVersionInfo]::GetVersionInfo([Org.BouncyCastle.Crypto.Digests.Sha256Digest].Assembly.Location).FileVersion
$record | ConvertTo-Json -Depth 6 | Set-Content -Path $OutFile
