<#
.SYNOPSIS
    The demo: starts the emulator with a generated fleet, runs the module against it, stops the emulator.
    build.ps1 demo runs it in a fresh pwsh with the built module.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module OsManagement
Get-Command -Module OsManagement | Format-Table Name, Version | Out-Host
'The demo will start the emulator with a generated fleet, print the compliance report and run a scheduled-job lifecycle once those land.' | Out-Host
