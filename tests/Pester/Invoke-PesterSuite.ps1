<#
.SYNOPSIS
    Runs the Pester suite against the built module. build.ps1 starts it in a fresh pwsh -NoProfile.
.DESCRIPTION
    Puts the built module folder first on PSModulePath (so `Import-Module OsManagement` finds the build,
    exactly as a user would), imports the pinned Pester, runs every *.Tests.ps1 beside this script and
    writes the counts to -ResultFile as JSON. Exit code 0 only when nothing failed.
#>
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $ResultFile,
    [string[]] $Path = @($PSScriptRoot)
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module $PesterPath -Force

$config = New-PesterConfiguration
$config.Run.Path = $Path
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$config.Should.ErrorAction = 'Stop'
$result = Invoke-Pester -Configuration $config

[pscustomobject]@{
    Passed  = $result.PassedCount
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount + $result.NotRunCount
} | ConvertTo-Json | Set-Content -Path $ResultFile
exit ([int]($result.Result -ne 'Passed'))
