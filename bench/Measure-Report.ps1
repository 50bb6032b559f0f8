<#
.SYNOPSIS
    Runs Get-OsmComplianceReport once against a running emulator and prints one JSON line of measurements:
    wall time, time to the first record, records, errors written, and this process's peak memory. Called by Invoke-Benchmark.ps1
    in a fresh pwsh so its memory is its own.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $ConfigFile,
    [Parameter(Mandatory)] [string] $Endpoint,
    [int] $ThrottleLimit = 32,
    [ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub',
    # The summary alone (on Hub from its analytics): records is then the summary's vulnerable instances.
    [switch] $Summary
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module OsManagement
Connect-Osm -ConfigFile $ConfigFile -Endpoint $Endpoint -Service $Service
$watch = [Diagnostics.Stopwatch]::StartNew()
$first = $null
$count = 0
Get-OsmComplianceReport -Recurse -ThrottleLimit $ThrottleLimit -Summary:$Summary -ProgressAction SilentlyContinue -WarningAction SilentlyContinue -ErrorVariable errs -ErrorAction SilentlyContinue | ForEach-Object {
    if ($null -eq $first) { $first = $watch.Elapsed.TotalMilliseconds }
    $count = if ($Summary) { $_.VulnerableInstances } else { $count + 1 }
}
$watch.Stop()
$process = [Diagnostics.Process]::GetCurrentProcess()
[pscustomobject]@{
    wallMs         = [math]::Round($watch.Elapsed.TotalMilliseconds)
    firstRecordMs  = [math]::Round($first)
    records        = $count
    errors         = $errs.Count
    peakWorkingSetMb = [math]::Round($process.PeakWorkingSet64 / 1MB)
} | ConvertTo-Json -Compress
