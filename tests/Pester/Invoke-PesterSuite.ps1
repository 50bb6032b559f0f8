<#
.SYNOPSIS
    Runs the Pester suite against the built module. build.ps1 starts it in a fresh pwsh -NoProfile.
.DESCRIPTION
    Puts the built module folder first on PSModulePath (so `Import-Module OsManagement` finds the build,
    exactly as a user would), imports the pinned Pester, runs every *.Tests.ps1 beside this script and
    writes the counts to -ResultFile as JSON. Exit code 0 only when nothing failed.

    A test file whose param block has a -Service parameter runs once per service it names in that parameter's
    ValidateSet (Hub and Classic): the same tests against OS Management Hub and the retired API, as two Pester
    containers. -Service limits every such file to one service.
#>
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [Parameter(Mandatory)] [string] $ResultFile,
    [string[]] $Path = @($PSScriptRoot),
    [ValidateSet('Hub', 'Classic')] [string] $Service
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module $PesterPath -Force

# One container per file, or per file and service for the files that take -Service.
$containers = foreach ($file in Get-ChildItem $Path -Filter *.Tests.ps1 -Recurse | Sort-Object FullName) {
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref] $null, [ref] $null)
    $serviceParameter = $ast.ParamBlock.Parameters | Where-Object { $_.Name.VariablePath.UserPath -eq 'Service' }
    if (-not $serviceParameter) {
        New-PesterContainer -Path $file.FullName
        continue
    }
    $services = $serviceParameter.Attributes | Where-Object { $_.TypeName.Name -eq 'ValidateSet' } |
        ForEach-Object { $_.PositionalArguments.Value }
    foreach ($name in $services | Where-Object { -not $Service -or $_ -eq $Service }) {
        New-PesterContainer -Path $file.FullName -Data @{ Service = $name }
    }
}

$config = New-PesterConfiguration
$config.Run.Container = @($containers)
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
