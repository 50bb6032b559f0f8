<#
.SYNOPSIS
    The compliance-report benchmark: a 2,000-instance fleet over 40 compartments, 20 ms added to every response.
    Runs Get-OsmComplianceReport and, against the same emulator, a sequential baseline that follows the original
    script's algorithm; prints wall time, the ratio, requests made (from the emulator's stats), time to the first
    record and peak memory of each, as a Markdown table (the one committed in bench/RESULTS.md).
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $BaselineDll,
    [string] $Fleet = 'instances=2000,compartments=40,depth=3,groups=10,vulnerable=0.3,windows=0.2',
    [int] $LatencyMs = 20,
    [int] $ThrottleLimit = 32
)
$ErrorActionPreference = 'Stop'
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/OsmTestHelpers.psm1')

$emulator = Start-OsmTestEmulator -Fleet $Fleet -ExtraArgs @('--latency-ms', $LatencyMs)
try {
    function Measure-Run([scriptblock] $Run) {
        Invoke-OsmEmulatorAdmin -Emulator $emulator -Path 'stats/reset' -Method POST | Out-Null
        $line = & $Run | Select-Object -Last 1
        if ($LASTEXITCODE -ne 0) { throw "The run failed (exit code $LASTEXITCODE)." }
        $result = $line | ConvertFrom-Json
        $result | Add-Member -NotePropertyName requests -NotePropertyValue (Get-OsmEmulatorCallCount $emulator)
        return $result
    }
    $report = Measure-Run { Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Measure-Report.ps1'), '-ModuleRoot', $ModuleRoot, '-ConfigFile', $emulator.configFile, '-Endpoint', $emulator.endpoint, '-ThrottleLimit', $ThrottleLimit) }
    $baseline = Measure-Run { & dotnet $BaselineDll $emulator.configFile $emulator.endpoint }
    if ($report.records -ne $baseline.records) { throw "The report found $($report.records) vulnerable instances, the baseline $($baseline.records): they must agree." }

    $cpu = (Get-Content /proc/cpuinfo -ErrorAction SilentlyContinue | Where-Object { $_ -like 'model name*' } | Select-Object -First 1) -replace '^model name\s*:\s*', ''
    $memory = [math]::Round(((Get-Content /proc/meminfo -ErrorAction SilentlyContinue | Select-Object -First 1) -replace '\D', '') / 1MB)
    $ratio = [math]::Round($baseline.wallMs / [math]::Max(1, $report.wallMs), 1)
    @"
Fleet: $Fleet; $LatencyMs ms latency per response; report -ThrottleLimit $ThrottleLimit.
Machine: $([Environment]::ProcessorCount) cores ($cpu), $memory GiB, $([Runtime.InteropServices.RuntimeInformation]::OSDescription), .NET $([Environment]::Version), PowerShell $($PSVersionTable.PSVersion).

| run | wall time | requests | first record | vulnerable instances | peak memory |
|---|---:|---:|---:|---:|---:|
| Get-OsmComplianceReport -Recurse | $([math]::Round($report.wallMs / 1000, 1)) s | $($report.requests) | $([math]::Round($report.firstRecordMs / 1000, 2)) s | $($report.records) | $($report.peakWorkingSetMb) MB |
| baseline (the script's algorithm, sequential) | $([math]::Round($baseline.wallMs / 1000, 1)) s | $($baseline.requests) | $([math]::Round($baseline.firstRecordMs / 1000, 2)) s | $($baseline.records) | $($baseline.peakWorkingSetMb) MB |

Speed-up: **$($ratio)x** with $([math]::Round(100 * $report.requests / [math]::Max(1, $baseline.requests)))% of the baseline's requests.
"@
}
finally {
    Stop-OsmTestEmulator $emulator
}
