#Requires -Version 7.2
<#
.SYNOPSIS
    Makes the README's picture of the HTML compliance report from the current page: the built module (./build.ps1
    build) reports on the emulator's generated fleet, Export-OsmComplianceReport writes the page, and headless Chromium
    takes a 1280 x 1400 screenshot of it, scrollbars included, as a reader's window would show it.
.PARAMETER ConnectArguments
    Extra Connect-Osm parameters (for example @{ Service = 'Classic' } for the retired API's page).
.EXAMPLE
    dotnet pwsh ./build.ps1 build; dotnet pwsh ./tools/New-ComplianceScreenshot.ps1
#>
[CmdletBinding()]
param(
    [string] $OutFile = (Join-Path $PSScriptRoot '../docs/images/compliance-report.png'),
    [string] $Fleet = 'instances=60,compartments=9,depth=4,groups=3,vulnerable=0.4,windows=0.25',
    [hashtable] $ConnectArguments = @{}
)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot
Import-Module (Join-Path $root 'out/OsManagement/0.1.0/OsManagement.psd1') -Force
$chromium = (Get-Command chromium, chromium-browser -ErrorAction SilentlyContinue | Select-Object -First 1).Source
if (-not $chromium) { throw 'Chromium is needed for the screenshot: install it (apt-get install chromium).' }
$work = Join-Path ([IO.Path]::GetTempPath()) ('osm-screenshot-' + [guid]::NewGuid().ToString('n'))
$emulator = Start-OsmEmulator -Fleet $Fleet -Path (Join-Path $root 'out/emulator/OsManagement.Emulator.dll')
try {
    Connect-Osm -ConfigFile $emulator.ConfigFile -Endpoint $emulator.Endpoint @ConnectArguments
    $page = Join-Path $work 'compliance.html'
    Get-OsmComplianceReport -Recurse -IncludeCompliant -WarningAction SilentlyContinue | Export-OsmComplianceReport -Path $page
    & $chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update `
        "--user-data-dir=$(Join-Path $work 'profile')" "--screenshot=$([IO.Path]::GetFullPath($OutFile))" '--window-size=1280,1400' "file://$page" 2>$null | Out-Null
    Get-Item $OutFile
}
finally {
    Disconnect-Osm
    $emulator | Stop-OsmEmulator
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
