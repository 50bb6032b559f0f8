<#
.SYNOPSIS
    The compliance-report benchmark, on OS Management Hub and on the retired OS Management API, side by side: a
    2,000-instance fleet over 40 compartments, 20 ms added to every response. For each service it runs
    Get-OsmComplianceReport -Recurse and, against the same emulator, a sequential baseline that follows the original
    script's algorithm on that service's API; prints wall time, the ratio, requests made (from the emulator's stats),
    time to the first record and peak memory of each, as Markdown tables (the ones committed in bench/RESULTS.md).
    Then the report alone on Hub under the emulator's --rate-limit (20 requests a second), beside the time the limit
    allows (requests served / the rate), and over 20,000 instances, beside the latency-bound limit: requests /
    ThrottleLimit x latency; and there the summary alone (Hub's analytics). Fails when the runs disagree on the answer, or
    when the report writes an error.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $BaselineDll,
    [string] $Fleet = 'instances=2000,compartments=40,depth=3,groups=10,vulnerable=0.3,windows=0.2',
    [string] $LargeFleet = 'instances=20000,compartments=200,depth=3,groups=20,vulnerable=0.3,windows=0.2',
    [int] $LatencyMs = 20,
    [int] $ThrottleLimit = 32,
    [double] $RateLimit = 20
)
$ErrorActionPreference = 'Stop'
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/OsmTestHelpers.psm1')

function Measure-Run($Emulator, [scriptblock] $Run) {
    Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
    $line = & $Run | Select-Object -Last 1
    if ($LASTEXITCODE -ne 0) { throw "The run failed (exit code $LASTEXITCODE)." }
    $result = $line | ConvertFrom-Json
    $stats = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats'
    $result | Add-Member -NotePropertyName requests -NotePropertyValue ([int] $stats.total - [int] $stats.throttled)
    $result | Add-Member -NotePropertyName throttled -NotePropertyValue ([int] $stats.throttled)
    if ($result.PSObject.Properties['errors'] -and $result.errors -gt 0) { throw "The report wrote $($result.errors) error(s): it must write none." }
    return $result
}

# A real service is always warm: one run of the report, not measured, first gets the emulator's code for that service
# compiled, so the measured report does not pay for what the baseline, run after it, would find done.
function Initialize-Service($Emulator, [string] $Service) {
    Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Measure-Report.ps1'), '-ModuleRoot', $ModuleRoot,
        '-ConfigFile', $Emulator.configFile, '-Endpoint', $Emulator.endpoint, '-ThrottleLimit', $ThrottleLimit, '-Service', $Service) | Out-Null
}

function Measure-Report($Emulator, [string] $Service, [switch] $Summary) {
    $extra = if ($Summary) { @('-Summary') } else { @() }
    Measure-Run $Emulator { Invoke-OsmTestPwsh (@('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Measure-Report.ps1'), '-ModuleRoot', $ModuleRoot,
        '-ConfigFile', $Emulator.configFile, '-Endpoint', $Emulator.endpoint, '-ThrottleLimit', $ThrottleLimit, '-Service', $Service) + $extra) }
}

function Format-Row([string] $Name, $Run) {
    "| $Name | $([math]::Round($Run.wallMs / 1000, 1)) s | $($Run.requests) | $([math]::Round($Run.firstRecordMs / 1000, 2)) s | $($Run.records) | $($Run.peakWorkingSetMb) MB |"
}

$cpu = (Get-Content /proc/cpuinfo -ErrorAction SilentlyContinue | Where-Object { $_ -like 'model name*' } | Select-Object -First 1) -replace '^model name\s*:\s*', ''
$memory = [math]::Round(((Get-Content /proc/meminfo -ErrorAction SilentlyContinue | Select-Object -First 1) -replace '\D', '') / 1MB)
"Fleet: $Fleet; $LatencyMs ms latency per response; report -ThrottleLimit $ThrottleLimit."
"Machine: $([Environment]::ProcessorCount) cores ($cpu), $memory GiB, $([Runtime.InteropServices.RuntimeInformation]::OSDescription), .NET $([Environment]::Version), PowerShell $($PSVersionTable.PSVersion)."

$emulator = Start-OsmTestEmulator -Fleet $Fleet -ExtraArgs @('--latency-ms', $LatencyMs)
try {
    foreach ($service in 'Hub', 'Classic') {
        Initialize-Service $emulator $service
        $report = Measure-Report $emulator $service
        $baseline = Measure-Run $emulator { & dotnet $BaselineDll $emulator.configFile $emulator.endpoint $service.ToLowerInvariant() }
        if ($report.records -ne $baseline.records) { throw "On $service the report found $($report.records) vulnerable instances, the baseline $($baseline.records): they must agree." }
        $ratio = [math]::Round($baseline.wallMs / [math]::Max(1, $report.wallMs), 1)
        $title = if ($service -eq 'Hub') { 'OS Management Hub (API 20220901)' } else { 'OS Management, retired (API 20190801)' }
        @"

$title

| run | wall time | requests | first record | vulnerable instances | peak memory |
|---|---:|---:|---:|---:|---:|
$(Format-Row 'Get-OsmComplianceReport -Recurse' $report)
$(Format-Row "baseline (the script's algorithm, sequential)" $baseline)

Speed-up: **$($ratio)x** with $([math]::Round(100 * $report.requests / [math]::Max(1, $baseline.requests)))% of the baseline's requests.
"@
    }
}
finally {
    Stop-OsmTestEmulator $emulator
}

# Under the service's rate limit the report's time should be bound by the limit: the requests it served, at the rate.
$emulator = Start-OsmTestEmulator -Fleet $Fleet -ExtraArgs @('--latency-ms', $LatencyMs, '--rate-limit', $RateLimit)
try {
    Invoke-OsmEmulatorAdmin -Emulator $emulator -Path 'rate-limit' -Method DELETE | Out-Null
    Initialize-Service $emulator 'Hub'
    Invoke-OsmEmulatorAdmin -Emulator $emulator -Path "rate-limit?perSecond=$RateLimit" -Method POST | Out-Null
    $limited = Measure-Report $emulator 'Hub'
    $allowed = $limited.requests / $RateLimit
    @"

OS Management Hub under a rate limit: $Fleet; $LatencyMs ms latency; ``--rate-limit $RateLimit`` (requests a second for the tenancy, 429 beyond); -ThrottleLimit $ThrottleLimit; the report only.

| run | wall time | requests | answered 429 | errors | vulnerable instances | time the limit allows | time / allowed |
|---|---:|---:|---:|---:|---:|---:|---:|
| Get-OsmComplianceReport -Recurse | $([math]::Round($limited.wallMs / 1000, 1)) s | $($limited.requests) | $($limited.throttled) | $($limited.errors) | $($limited.records) | $([math]::Round($allowed, 1)) s | $([math]::Round($limited.wallMs / 1000 / [math]::Max(0.001, $allowed), 2)) |
"@
}
finally {
    Stop-OsmTestEmulator $emulator
}

# At fleet scale the report's time should be bound by latency: its requests, ThrottleLimit at a time, each $LatencyMs ms.
$emulator = Start-OsmTestEmulator -Fleet $LargeFleet -ExtraArgs @('--latency-ms', $LatencyMs)
try {
    Initialize-Service $emulator 'Hub'
    $large = Measure-Report $emulator 'Hub'
    $bound = $large.requests / $ThrottleLimit * $LatencyMs / 1000
    @"

OS Management Hub at fleet scale: $LargeFleet; $LatencyMs ms latency; -ThrottleLimit $ThrottleLimit; the report only.

| run | wall time | requests | first record | vulnerable instances | peak memory | latency-bound limit | time / limit |
|---|---:|---:|---:|---:|---:|---:|---:|
$(Format-Row 'Get-OsmComplianceReport -Recurse' $large) $([math]::Round($bound, 1)) s | $([math]::Round($large.wallMs / 1000 / [math]::Max(0.001, $bound), 2)) |
"@
    # The summary alone over the same instances: Hub's analytics, a handful of requests whatever the fleet's size, and the
    # same number of vulnerable instances as the full report found.
    $summary = Measure-Report $emulator 'Hub' -Summary
    if ($summary.records -ne $large.records) { throw "The summary counted $($summary.records) vulnerable instances, the report found $($large.records): they must agree." }
    @"
| Get-OsmComplianceReport -Recurse -Summary (Hub's analytics) | $([math]::Round($summary.wallMs / 1000, 2)) s | $($summary.requests) | | $($summary.records) | $($summary.peakWorkingSetMb) MB | | |
"@
}
finally {
    Stop-OsmTestEmulator $emulator
}
