<#
.SYNOPSIS
    The demo: starts the emulator with a generated fleet, runs the compliance report and a scheduled-job
    lifecycle against it with the built module, and stops the emulator. build.ps1 demo runs it in a fresh pwsh.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [string] $Fleet = 'instances=60,compartments=8,depth=3,groups=3,vulnerable=0.4,windows=0.25',
    [string] $OutDir = (Join-Path ([IO.Path]::GetTempPath()) 'osm-demo')
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module OsManagement
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/OsmTestHelpers.psm1')

function Show-Step([string] $Text) { "`n=== $Text" | Out-Host }
# Output redirected to a file or CI log has no console width: give the tables room.
function Show { $input | Out-String -Width 180 | Out-Host }

Show-Step "Starting the emulator with a generated fleet ($Fleet)"
$emulator = Start-OsmTestEmulator -Fleet $Fleet
try {
    Connect-Osm -ConfigFile $emulator.configFile -Endpoint $emulator.endpoint -PassThru | Show

    Show-Step 'Compartments: Get-OsmCompartment -Recurse'
    Get-OsmCompartment -Recurse | Show

    Show-Step 'Compliance summary: Get-OsmComplianceReport -Recurse -Summary'
    Get-OsmComplianceReport -Recurse -Summary | Format-List | Show

    Show-Step 'Instances missing security updates: Get-OsmComplianceReport -Recurse'
    $report = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $report | Where-Object { -not $_.IsCompliant } | Select-Object -First 10 | Show
    New-Item -ItemType Directory -Force $OutDir | Out-Null
    $html = $report | Export-OsmComplianceReport -Path (Join-Path $OutDir 'compliance.html') -Force -PassThru
    $csv = Join-Path $OutDir 'compliance.csv'
    $report | Export-Csv -Path $csv -NoTypeInformation
    "HTML report: $($html.FullName)`nCSV: $csv" | Show

    Show-Step 'A weekly security job for the vulnerable Linux instances: New-OsmScheduledJob'
    $targets = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object SecurityUpdatesAvailable -gt 0 | Select-Object -First 3
    $job = $targets | New-OsmScheduledJob -CompartmentId $emulator.tenancyId -DisplayName 'weekly-security' `
        -Operation UpdateAll -UpdateType Security -At (Get-Date).AddHours(2) -RepeatEvery Week
    $job | Format-List DisplayName, Recurrence, NextExecution, Action, Targets | Show

    Show-Step 'Run it now and wait: Invoke-OsmJobNow -Wait'
    $job | Invoke-OsmJobNow -Wait -PollInterval 0.5 -ErrorAction Continue | Show

    Show-Step 'Skip the next run: Skip-OsmJob (the next run moves on a week)'
    $before = (Get-OsmScheduledJob -Id $job.Id).NextExecution
    $after = ($job | Skip-OsmJob -PassThru).NextExecution
    "Next run was $before, now $after" | Show

    Show-Step 'Its work requests and their logs: Get-OsmWorkRequest, Get-OsmWorkRequestLog'
    $requests = Get-OsmScheduledJob -Id $job.Id | Get-OsmWorkRequest
    $requests | Show
    $requests | Select-Object -First 1 | Get-OsmWorkRequestLog | Show

    Show-Step 'Compliance after the run: Get-OsmComplianceReport -Recurse -Summary'
    Get-OsmComplianceReport -Recurse -Summary | Format-List Message | Show

    Show-Step 'Remove the job: Remove-OsmScheduledJob -Confirm:$false'
    $job | Remove-OsmScheduledJob -Confirm:$false
    "Jobs named weekly-security left: $(@(Get-OsmScheduledJob -DisplayName 'weekly-security').Count)" | Show
}
finally {
    Disconnect-Osm
    Stop-OsmTestEmulator $emulator
}
