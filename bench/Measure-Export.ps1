<#
.SYNOPSIS
    Export-OsmFleet beside Get-OsmComplianceReport on the benchmark's fleet (2,000 instances, 20 ms added to every
    response): for OS Management Hub, the report as the benchmark runs it, the report that reads what the export reads
    (-UpdateType All -IncludeCompliant -Detailed: every instance, in full, every kind of update), and the export; each one's wall time and
    requests (counted by the emulator, /_emulator/stats), in one process, one after another, after an untimed warm-up report. Prints a Markdown table
    for bench/RESULTS.md. Needs a build (dotnet pwsh ./build.ps1 build).
.EXAMPLE
    dotnet pwsh ./bench/Measure-Export.ps1
#>
param(
    [string] $ModuleRoot = (Join-Path $PSScriptRoot '../out'),
    [string] $EmulatorDll = (Join-Path $PSScriptRoot '../out/emulator/OsManagement.Emulator.dll'),
    [string] $Fleet = 'instances=2000,compartments=40,depth=3,groups=10,vulnerable=0.3,windows=0.2',
    [int] $LatencyMs = 20,
    [int] $ThrottleLimit = 32
)
$ErrorActionPreference = 'Stop'
$env:OSM_TEST_EMULATOR_DLL = (Resolve-Path $EmulatorDll).Path
$env:PSModulePath = (Resolve-Path $ModuleRoot).Path + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module OsManagement -Force
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/OsmTestHelpers.psm1')

function Measure-Run($Emulator, [string] $Name, [scriptblock] $Run) {
    Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $count = @(& $Run).Count
    $watch.Stop()
    [pscustomobject]@{ Name = $Name; Seconds = $watch.Elapsed.TotalSeconds; Requests = Get-OsmEmulatorCallCount $Emulator; Output = $count }
}

"Fleet: $Fleet; $LatencyMs ms latency per response; -ThrottleLimit $ThrottleLimit; OS Management Hub."
$emulator = Start-OsmTestEmulator -Fleet $Fleet -ExtraArgs @('--latency-ms', $LatencyMs)
$file = Join-Path ([IO.Path]::GetTempPath()) ("osm-bench-fleet-" + [guid]::NewGuid().ToString('n') + '.json')
try {
    Connect-Osm -ConfigFile $emulator.configFile -Endpoint $emulator.endpoint -Service Hub
    $quiet = @{ ThrottleLimit = $ThrottleLimit; ProgressAction = 'SilentlyContinue'; WarningAction = 'SilentlyContinue' }
    # One untimed run first, so no timed run pays for loading and compiling the module's code.
    $null = Get-OsmComplianceReport -Recurse @quiet
    $runs = @(
        Measure-Run $emulator 'Get-OsmComplianceReport -Recurse' { Get-OsmComplianceReport -Recurse @quiet }
        Measure-Run $emulator 'Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant -Detailed' { Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant -Detailed @quiet }
        Measure-Run $emulator 'Export-OsmFleet' { Export-OsmFleet -Path $file @quiet }
    )
    $export = $runs[2]
    $size = [math]::Round((Get-Item $file).Length / 1MB, 1)
    ''
    '| run | wall time | requests |'
    '|---|---:|---:|'
    foreach ($run in $runs) { "| $($run.Name) | $([math]::Round($run.Seconds, 1)) s | $($run.Requests) |" }
    ''
    "The export's file: $size MB. Its requests are $([math]::Round(100 * $export.Requests / $runs[1].Requests))% of the report's that reads every " +
        "instance and update, $([math]::Round(100 * $export.Requests / $runs[0].Requests))% of the default report's; its time $([math]::Round($export.Seconds / $runs[0].Seconds, 1))x the default report's."
}
finally {
    Disconnect-Osm
    Stop-OsmTestEmulator $emulator
    Remove-Item $file -ErrorAction SilentlyContinue
}
