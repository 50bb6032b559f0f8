<#
.SYNOPSIS
    Runs the Pester suite against the built module. build.ps1 starts it in a fresh pwsh -NoProfile.
.DESCRIPTION
    Puts the built module folder first on PSModulePath (so `Import-Module OsManagement` finds the build,
    exactly as a user would), imports the pinned Pester, runs every *.Tests.ps1 beside this script (or those of -Path)
    and writes the counts to -ResultFile as JSON: the totals, each file's (per service), and the clock (UTC) at the
    start, by which build.ps1 sees that a run under a faked clock really ran at the time it meant. Exit code 0 only
    when nothing failed.

    A test file whose param block has a -Service parameter runs once per service it names in that parameter's
    ValidateSet (Hub and Classic): the same tests against OS Management Hub and the retired API, as two Pester
    containers. -Service limits every such file to one service.

    -Path takes files or folders; through pwsh -File (one string), several are separated by commas.
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
$startedAt = [DateTime]::UtcNow
$Path = @($Path | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
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

# A failed setup or teardown (BeforeAll, AfterAll) counts as one failure of its file, as in the totals.
function Get-FailedBlockCount($Block) {
    $own = [int] (0 -lt $Block.ErrorRecord.Count)
    $own + [int] ($Block.Blocks | ForEach-Object { Get-FailedBlockCount $_ } | Measure-Object -Sum).Sum
}
$files = foreach ($container in $result.Containers) {
    [pscustomobject]@{
        File    = [IO.Path]::GetFileName("$($container.Item)")
        Service = if ($container.Data -and $container.Data.ContainsKey('Service')) { $container.Data.Service } else { $null }
        Passed  = $container.PassedCount
        Failed  = $container.FailedCount + (Get-FailedBlockCount $container)
        Skipped = $container.SkippedCount + $container.NotRunCount
    }
}
[pscustomobject]@{
    Passed    = $result.PassedCount
    Failed    = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped   = $result.SkippedCount + $result.NotRunCount
    StartedAt = $startedAt.ToString('o')
    Files     = @($files)
} | ConvertTo-Json -Depth 4 | Set-Content -Path $ResultFile
exit ([int]($result.Result -ne 'Passed'))
