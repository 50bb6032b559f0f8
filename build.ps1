#Requires -Version 7.2
<#
.SYNOPSIS
    The one entry point for building, testing and showing the OsManagement module.
.DESCRIPTION
    Tasks:
      build    Compiles the solution and lays out the publishable module in out/OsManagement/<version>/,
               with its help built from docs/ (fails when a cmdlet or parameter is undocumented).
      help     Only rebuilds the help of an already built module, and checks that the repository's en-US/ (the help
               as published: MAML and about topic) is in step with docs/. With -UpdatePages it first rewrites the
               SYNTAX sections and parameter yaml blocks of docs/*.md from the built cmdlets (prose is kept), then
               rewrites en-US/.
      test     build, then the xunit suites, Oracle's TypeScript SDK of each service against the emulator
               (tests/conformance, tests/conformance-hub) and the Pester suite (against the built module and the
               emulator, in a fresh pwsh), then the clock-sensitive Pester files again under a clock moved to just
               before a daylight-saving change (libfaketime, installed when missing), and the help's examples that
               read the clock under clocks at four hours of the week; prints the count by part
               (module end-to-end, engine, emulator, help and metadata) and then one line
               'N passed, N failed, N skipped' over all of them (docs/testing.md).
      demo     build, then starts the emulator with a generated fleet and runs the module against its OS Management Hub
               API (with -Classic, against the retired OS Management API).
      bench    build, then the compliance report against a 2,000-instance fleet with 20 ms latency, beside a
               sequential baseline that follows the original script; prints the table (bench/RESULTS.md).
      package  build, then out/packages/OsManagement.<version>.nupkg, installable from a local repository, and the emulator
               as a .NET tool, out/packages/OsManagement.Emulator.<version>.nupkg (command osm-emulator).
      mutate   Mutation testing of the engine's rules (jobs, vocabulary, compliance, scope) with Stryker.NET, pinned in
               dotnet-tools.json and set up in tools/mutation/stryker-config.json: Stryker builds the engine's tests, runs them
               against each mutant, writes its report to out/mutation/ and this prints the score per folder. Not part of test
               (nor CI): it takes tens of minutes on two cores (docs/testing.md).
      clean    Removes out/, .tools/ and every bin/ and obj/ folder.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 test
.EXAMPLE
    dotnet pwsh ./build.ps1 build -SkipHelp; dotnet pwsh ./build.ps1 help -UpdatePages
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'help', 'test', 'demo', 'bench', 'package', 'mutate', 'clean')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # build only: leaves the help out, for work on cmdlets whose pages are not written yet. test, demo and package never skip it.
    [switch] $SkipHelp,

    # help only: rewrites the facts in docs/*.md (SYNTAX, parameter yaml) from the built module, builds the help and
    # writes it to en-US/; run it after a build when the build says the pages or en-US/ are out of date.
    [switch] $UpdatePages,

    # demo only: runs the demo against the retired OS Management service's API instead of OS Management Hub's.
    [switch] $Classic
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ToolsDir = Join-Path $Root '.tools'
$PesterVersion = '5.7.1'
# The documented runbook recipe is also tested under Pester 6 (tests/Pester/Recipe.Tests.ps1), restored beside it.
$Pester6Version = '6.2.0'

function Invoke-Native {
    # Runs a native command and stops the build when it fails.
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList = @())
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE." }
}

function Invoke-Pwsh {
    # Runs a fresh pwsh: this same PowerShell, whether it runs as a dotnet tool (dotnet pwsh) or on its own.
    param([string[]] $ArgumentList)
    $self = [Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') {
        & $self (Join-Path $PSHOME 'pwsh.dll') @ArgumentList
    }
    else {
        & $self @ArgumentList
    }
}

function Get-ModuleVersion {
    # The version is set once, in Directory.Build.props.
    [xml] $props = Get-Content -Raw (Join-Path $Root 'Directory.Build.props')
    return ($props.Project.PropertyGroup | Where-Object { $_['Version'] } | Select-Object -First 1).Version
}

function Get-ModuleFolder { Join-Path $Out "OsManagement/$(Get-ModuleVersion)" }

function Get-EmulatorDll { Join-Path $Out 'emulator/OsManagement.Emulator.dll' }

function Invoke-Build {
    $version = Get-ModuleVersion
    $moduleDir = Get-ModuleFolder
    Write-Host "Building OsManagement $version ($Configuration)"
    Invoke-Native dotnet @('build', (Join-Path $Root 'OsmPs.sln'), '-c', $Configuration, '--nologo', '-v', 'quiet', '-clp:ErrorsOnly')

    # The module folder holds exactly what would be published: the manifest, our assemblies and their
    # runtime dependencies, the format file, the license with the notices of the assemblies we ship, and the help.
    if (Test-Path $moduleDir) { Remove-Item -Recurse -Force $moduleDir }
    $publish = Join-Path $Out 'obj/module'
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/OsManagement/OsManagement.csproj'), '-c', $Configuration,
        '--no-build', '-o', $publish, '--nologo', '-v', 'quiet')
    # Only the cmdlets and the loader sit at the top: the engine and the libraries go to dependencies/, where PowerShell
    # does not look, and the loader hands them privately to our assemblies (src/OsManagement.Loader), so that other
    # modules' versions of them do not clash with ours.
    $topLevel = @('OsManagement.dll', 'OsManagement.Loader.dll')
    $dependencies = Join-Path $moduleDir 'dependencies'
    New-Item -ItemType Directory -Force $moduleDir, $dependencies | Out-Null
    $topLevel | ForEach-Object { Copy-Item (Join-Path $publish $_) $moduleDir }
    Get-ChildItem $publish -Filter *.dll | Where-Object Name -notin $topLevel | Copy-Item -Destination $dependencies
    Copy-Item (Join-Path $Root 'src/OsManagement/OsManagement.Format.ps1xml'), (Join-Path $Root 'src/OsManagement/OsManagement.Types.ps1xml') $moduleDir
    Copy-Item (Join-Path $Root 'LICENSE'), (Join-Path $Root 'THIRD-PARTY-NOTICES.txt') $moduleDir
    $manifest = Get-Content -Raw (Join-Path $Root 'OsManagement.psd1')
    $manifest = $manifest -replace "ModuleVersion(\s*)=\s*'[^']*'", "ModuleVersion`$1= '$version'"
    Set-Content -Path (Join-Path $moduleDir 'OsManagement.psd1') -Value $manifest -NoNewline

    # The emulator is a test and demo tool: it is built beside the module, never inside it.
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/OsManagement.Emulator/OsManagement.Emulator.csproj'), '-c', $Configuration,
        '--no-build', '-o', (Join-Path $Out 'emulator'), '--nologo', '-v', 'quiet')
    if (-not ($SkipHelp -and $Task -eq 'build')) { Invoke-Help }
    Write-Host "Module: $moduleDir"
}

function Invoke-Help {
    # Parameter facts come from the compiled cmdlets (exported by a fresh pwsh), prose from docs/*.md. The build
    # fails when a page's SYNTAX or parameter yaml differs from the cmdlets; -UpdatePages rewrites them.
    param([switch] $UpdatePages)
    $moduleDir = Get-ModuleFolder
    $metadata = Join-Path $Out 'obj/help/commands.json'
    New-Item -ItemType Directory -Force (Split-Path $metadata) | Out-Null
    Invoke-Pwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'tools/Export-CommandMetadata.ps1'),
        '-ModulePath', (Join-Path $moduleDir 'OsManagement.psd1'), '-OutFile', $metadata)
    if ($LASTEXITCODE -ne 0) { throw "Exporting the cmdlets' metadata for the help failed (exit code $LASTEXITCODE)." }
    $builder = Join-Path $Root "tools/HelpBuilder/bin/$Configuration/net10.0/HelpBuilder.dll"
    if (-not (Test-Path $builder)) { throw "HelpBuilder is not built ($builder); run './build.ps1 build -SkipHelp' first." }
    $docs = Join-Path $Root 'docs'
    $builtHelp = Join-Path $moduleDir 'en-US'
    if ($UpdatePages) {
        Invoke-Native dotnet @($builder, '--commands', $metadata, '--docs', $docs, '--update-pages')
    }
    Invoke-Native dotnet @($builder, '--commands', $metadata, '--docs', $docs, '--out', $builtHelp)
    # The repository's en-US/ holds the help the build makes from docs/ (the layout a published module has); the build
    # fails when it is out of step, and -UpdatePages brings it in step.
    $committedHelp = Join-Path $Root 'en-US'
    if ($UpdatePages) {
        if (Test-Path $committedHelp) { Remove-Item -Recurse -Force $committedHelp }
        Copy-Item -Recurse $builtHelp $committedHelp
        Write-Host "Updated $committedHelp"
        return
    }
    $stale = @(Get-ChildItem $builtHelp -File | Where-Object {
            $committed = Join-Path $committedHelp $_.Name
            -not (Test-Path $committed) -or (Get-FileHash $committed).Hash -ne (Get-FileHash $_.FullName).Hash
        }) + @(Get-ChildItem $committedHelp -File -ErrorAction SilentlyContinue | Where-Object { -not (Test-Path (Join-Path $builtHelp $_.Name)) })
    if ($stale.Count -gt 0) {
        throw "en-US/ is out of step with docs/ ($($stale.Name -join ', ')): run 'dotnet pwsh ./build.ps1 help -UpdatePages' and commit en-US/."
    }
}

function Get-PesterPath {
    # Pester is pinned and comes from the NuGet registry, restored into .tools/packages.
    $path = Join-Path $ToolsDir "packages/pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $path) -or -not (Test-Path (Join-Path $ToolsDir "packages/pester/$Pester6Version/tools/Pester.psd1"))) {
        Invoke-Native dotnet @('restore', (Join-Path $Root 'tools/restore/TestTools.csproj'), '--packages', (Join-Path $ToolsDir 'packages'), '--nologo', '-v', 'quiet')
    }
    return $path
}

function Read-TrxCounts {
    # The counters of an xunit result file (TRX); a suite that wrote none (it could not run) counts as one failure.
    param([string] $Path)
    $counts = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    if (-not (Test-Path $Path)) { $counts.Failed = 1; return $counts }
    [xml] $trx = Get-Content -Raw $Path
    $c = $trx.TestRun.ResultSummary.Counters
    $counts.Passed = [int] $c.passed
    $counts.Failed = [int] $c.failed + [int] $c.error + [int] $c.timeout + [int] $c.aborted
    $counts.Skipped = [int] $c.notExecuted
    return $counts
}

# What the count is made of (docs/testing.md): each suite (xunit project, TypeScript SDK suite, Pester file without
# .Tests.ps1) belongs to one part. A suite not named here stops the test task, so that a new one is placed on purpose.
$TestParts = [ordered]@{
    'module end-to-end'  = @('ActionsByName', 'Authentication', 'BadInput', 'Cancellation', 'Compliance', 'ComplianceExposure', 'ComplianceTrend', 'Connection',
        'ContextAndRegion', 'FirstHour', 'Isolation', 'Proxy', 'Recipe', 'Rehearsal', 'Resilience', 'ScheduledJobs', 'Schedules', 'ServiceRules', 'Targets',
        'Units', 'Views', 'WorkRequestsAndActions', 'Regions')
    'engine'             = @('OsManagement.Oci.Tests')
    'emulator'           = @('OsManagement.Emulator.Tests', 'conformance', 'conformance-hub', 'Emulator')
    'help and metadata'  = @('HelpBuilder.Tests', 'Help', 'Examples', 'OcidHints', 'Package')
}

# The Pester files whose tests reason about local dates and times (schedules, skips, SLA due dates, ages, -Since): they
# run a second time under a clock moved to just before a daylight-saving change (Invoke-PesterAcrossDaylightSaving).
$ClockSensitivePester = @('ScheduledJobs', 'WorkRequestsAndActions', 'Compliance', 'ComplianceTrend', 'Schedules', 'Rehearsal')

# A time zone far from UTC and with daylight saving, so the tests prove local times are converted (on a UTC machine they
# could not tell) and, under the moved clock, that nothing adds local days where the service adds hours.
$PesterTimeZone = 'America/Los_Angeles'

function Add-TestCount {
    # Adds a suite's counts to its part of the count (and to the parts' totals).
    param([System.Collections.IDictionary] $Parts, [string] $Suite, $Counts)
    $part = $TestParts.Keys | Where-Object { $Suite -in $TestParts[$_] } | Select-Object -First 1
    if (-not $part) {
        throw "build.ps1 does not know which part of the count the test suite '$Suite' belongs to: add it to `$TestParts in build.ps1 and to docs/testing.md."
    }
    foreach ($key in 'Passed', 'Failed', 'Skipped') { $Parts[$part][$key] += [int] $Counts.$key }
}

function Add-PesterCount {
    # Adds each Pester file's counts (Invoke-PesterSuite.ps1's result) to its part; a failure outside any file (the run
    # itself broke) goes to the module's part, so that the parts add up to the run's totals.
    param([System.Collections.IDictionary] $Parts, $Result)
    $unplaced = [int] $Result.Failed
    foreach ($file in $Result.Files) {
        Add-TestCount $Parts ($file.File -replace '\.Tests\.ps1$') $file
        $unplaced -= [int] $file.Failed
    }
    $Parts['module end-to-end'].Failed += [math]::Max(0, $unplaced)
}

function Get-NextDaylightSavingChange {
    # The first instant after -From at which the zone's offset from UTC changes (within 400 days), to the minute.
    param([Parameter(Mandatory)] [TimeZoneInfo] $Zone, [Parameter(Mandatory)] [DateTimeOffset] $From)
    $offset = $Zone.GetUtcOffset($From)
    $before = $From
    $after = $From.AddHours(6)
    while ($Zone.GetUtcOffset($after) -eq $offset) {
        if (($after - $From).TotalDays -gt 400) { throw "$($Zone.Id) has no daylight-saving change in the next 400 days." }
        $before = $after
        $after = $after.AddHours(6)
    }
    while (($after - $before).TotalSeconds -gt 1) {
        $middle = $before.AddTicks(($after - $before).Ticks / 2)
        if ($Zone.GetUtcOffset($middle) -eq $offset) { $before = $middle } else { $after = $middle }
    }
    # Changes fall on a whole minute; $after is at most a second past it.
    return [DateTimeOffset]::new($after.UtcTicks - $after.UtcTicks % [TimeSpan]::TicksPerMinute, [TimeSpan]::Zero)
}

function Get-FakeTimeLibrary {
    # libfaketime (Debian's faketime package), installed when missing, as the Pester setup installs tinyproxy and Chromium.
    $find = { Get-ChildItem '/usr/lib/*/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1' -ErrorAction SilentlyContinue | Select-Object -First 1 }
    $library = & $find
    if (-not $library) {
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
            throw 'libfaketime is needed to run the clock-sensitive tests across a daylight-saving change, and apt-get is not available to install it.'
        }
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get update -qq 2>&1 | Out-Null
        $output = & apt-get install -y -qq faketime 2>&1
        if ($LASTEXITCODE -ne 0) { throw "Installing Debian's faketime failed (exit code $LASTEXITCODE): $($output -join [Environment]::NewLine)" }
        $library = & $find
        if (-not $library) { throw "Debian's faketime is installed, but libfaketime.so.1 is not where it should be." }
    }
    return $library.FullName
}

function Invoke-PesterUnderClock {
    # Runs Pester files with every process's clock (pwsh, the module, the emulators) moved to -At, in $PesterTimeZone.
    # libfaketime's relative offset (FAKETIME=+N seconds) moves each process by the same amount from its real clock, so
    # the module's signed dates and the emulator's clock agree; a fixed start ('@...') would start every process at the
    # same instant and break the signatures. A run whose clock was not moved proves nothing: it counts one failure.
    param([Parameter(Mandatory)] [string] $Pester, [Parameter(Mandatory)] [string] $ResultFile, [Parameter(Mandatory)] [DateTimeOffset] $At,
        [Parameter(Mandatory)] [string[]] $Files, [hashtable] $Environment = @{})
    $library = Get-FakeTimeLibrary
    $offset = [long] [math]::Floor(($At - [DateTimeOffset]::UtcNow).TotalSeconds)
    $saved = @{}
    $environment = @{ TZ = $PesterTimeZone; LD_PRELOAD = $library; FAKETIME = ('{0:+0;-0;+0}' -f $offset) } + $Environment
    foreach ($name in $environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $environment[$name])
    }
    try {
        $paths = $Files | ForEach-Object { Join-Path $Root "tests/Pester/$_.Tests.ps1" }
        Invoke-Pwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1'), '-PesterPath', $Pester,
            '-ModuleRoot', $Out, '-EmulatorDll', (Get-EmulatorDll), '-ResultFile', $ResultFile, '-Path', ($paths -join ',')) | Out-Host
        $exit = $LASTEXITCODE
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    $result = if (Test-Path $ResultFile) { Get-Content -Raw $ResultFile | ConvertFrom-Json } else { $null }
    if ($result -and [math]::Abs(([DateTimeOffset] $result.StartedAt - $At).TotalMinutes) -gt 10) {
        Write-Host ("The Pester run under a moved clock started at $($result.StartedAt), not near $($At.ToString('o')): " +
            "libfaketime ($library) did not move its clock.")
        $result.Failed += 1
    }
    return [pscustomobject]@{ Result = $result; Exit = $exit }
}

function Invoke-PesterAcrossDaylightSaving {
    # The clock-sensitive Pester files under a clock 30 hours before the next daylight-saving change of $PesterTimeZone,
    # computed now, so whenever CI runs, a job six hours ahead skipped by two days, or a due date some days on, lies
    # across the change.
    param([Parameter(Mandatory)] [string] $Pester, [Parameter(Mandatory)] [string] $ResultFile)
    $zone = [TimeZoneInfo]::FindSystemTimeZoneById($PesterTimeZone)
    $change = Get-NextDaylightSavingChange -Zone $zone -From ([DateTimeOffset]::UtcNow)
    $fakeStart = $change.AddHours(-30)
    $description = "under a clock moved to $($fakeStart.ToString('yyyy-MM-dd HH:mm')) UTC, 30 hours before the daylight-saving change of " +
        "$($change.ToString('yyyy-MM-dd HH:mm')) UTC in $PesterTimeZone"
    Write-Host "Pester $description"
    $run = Invoke-PesterUnderClock -Pester $Pester -ResultFile $ResultFile -At $fakeStart -Files $ClockSensitivePester
    return [pscustomobject]@{ Result = $run.Result; Exit = $run.Exit; Description = $description }
}

# The hours of the week at which the help's examples that read the clock or give a time run again, in $PesterTimeZone:
# where "tonight", "tomorrow" and "this Saturday" turn (either side of the weekend's midnights), and an evening when
# the date in UTC is already tomorrow's. An example that computes a time from the wrong day fails at one of them.
$ExampleHours = @(
    @{ Day = 'Friday'; Time = '23:30' }, @{ Day = 'Saturday'; Time = '23:30' }, @{ Day = 'Sunday'; Time = '00:30' },
    @{ Day = 'Wednesday'; Time = '19:30' })

function Get-NextLocalTime {
    # The next -Day at -Time on the wall clock of -Zone, after now.
    param([Parameter(Mandatory)] [TimeZoneInfo] $Zone, [Parameter(Mandatory)] [DayOfWeek] $Day, [Parameter(Mandatory)] [TimeSpan] $Time)
    $local = [TimeZoneInfo]::ConvertTime([DateTimeOffset]::UtcNow, $Zone).DateTime
    $wall = $local.Date.AddDays((([int] $Day - [int] $local.DayOfWeek) + 7) % 7) + $Time
    if ($wall -le $local) { $wall = $wall.AddDays(7) }
    return [DateTimeOffset]::new($wall, $Zone.GetUtcOffset($wall))
}

function Invoke-ExamplesRoundTheClock {
    # The help's examples that read the clock or give a time (Examples.Tests.ps1 with OSM_EXAMPLES_AT_HOUR), once at each
    # of $ExampleHours; returns the runs' counts added up.
    param([Parameter(Mandatory)] [string] $Pester, [Parameter(Mandatory)] [string] $Results)
    $zone = [TimeZoneInfo]::FindSystemTimeZoneById($PesterTimeZone)
    $total = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0; Files = [System.Collections.Generic.List[object]]::new() }
    foreach ($hour in $ExampleHours) {
        $at = Get-NextLocalTime -Zone $zone -Day $hour.Day -Time ([TimeSpan] $hour.Time)
        $name = "$($hour.Day) $($hour.Time) in $PesterTimeZone"
        Write-Host "Pester: the examples that read the clock, at $name ($($at.ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC)"
        $file = Join-Path $Results ("pester-examples-{0}.json" -f $hour.Day.ToLowerInvariant())
        $run = Invoke-PesterUnderClock -Pester $Pester -ResultFile $file -At $at -Files 'Examples' -Environment @{ OSM_EXAMPLES_AT_HOUR = $name }
        $result = if ($run.Result) { $run.Result } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; Files = @() } }
        if ($run.Exit -ne 0 -and $result.Failed -eq 0) { $result.Failed = 1 }
        foreach ($key in 'Passed', 'Failed', 'Skipped') { $total.$key += [int] $result.$key }
        foreach ($f in $result.Files) { $total.Files.Add($f) }
    }
    return $total
}

function Invoke-Test {
    # Every Pester file must have its part of the count: said before the build and the long run, not after them.
    $known = @($TestParts.Values | ForEach-Object { $_ })
    $unplaced = @(Get-ChildItem (Join-Path $Root 'tests/Pester') -Filter *.Tests.ps1 | ForEach-Object { $_.Name -replace '\.Tests\.ps1$' } |
        Where-Object { $_ -notin $known })
    if ($unplaced.Count -gt 0) {
        throw "build.ps1 does not know which part of the count the Pester file(s) $($unplaced -join ', ') belong to: add each to `$TestParts in build.ps1 and to docs/testing.md."
    }
    Invoke-Build
    $results = Join-Path $Out 'test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    New-Item -ItemType Directory -Force $results | Out-Null
    $parts = [ordered]@{}
    foreach ($part in $TestParts.Keys) { $parts[$part] = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 } }

    $failures = @()
    $xunit = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($project in Get-ChildItem (Join-Path $Root 'tests') -Filter *.Tests.csproj -Recurse) {
        Write-Host "xunit: $($project.BaseName)"
        & dotnet test $project.FullName -c $Configuration --no-build --nologo -v quiet `
            --logger "trx;LogFileName=$($project.BaseName).trx" --results-directory $results
        if ($LASTEXITCODE -ne 0) { $failures += $project.BaseName }
        $counts = Read-TrxCounts (Join-Path $results "$($project.BaseName).trx")
        Add-TestCount $parts $project.BaseName $counts
        foreach ($key in 'Passed', 'Failed', 'Skipped') { $xunit[$key] += $counts[$key] }
    }
    # Oracle's SDK of each generation drives the emulator: OS Management (20190801) and OS Management Hub (20220901).
    $conformance = Invoke-ConformanceTest -Suite 'conformance'
    if ($conformance.Failed -gt 0) { $failures += 'conformance' }
    Add-TestCount $parts 'conformance' $conformance
    $conformanceHub = Invoke-ConformanceTest -Suite 'conformance-hub'
    if ($conformanceHub.Failed -gt 0) { $failures += 'conformance-hub' }
    Add-TestCount $parts 'conformance-hub' $conformanceHub

    # Pester runs in a fresh pwsh, with the built module first on PSModulePath, as a user would have it.
    $pester = Get-PesterPath
    $pesterResult = Join-Path $results 'pester.json'
    $runner = Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1'
    $savedTz = $env:TZ
    $env:TZ = $PesterTimeZone
    try {
        Invoke-Pwsh @('-NoProfile', '-NonInteractive', '-File', $runner, '-PesterPath', $pester, '-ModuleRoot', $Out,
            '-EmulatorDll', (Get-EmulatorDll), '-ResultFile', $pesterResult)
        if ($LASTEXITCODE -ne 0) { $failures += 'Pester' }
    }
    finally { $env:TZ = $savedTz }
    $noRun = [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; Files = @() }
    $p = if (Test-Path $pesterResult) { Get-Content -Raw $pesterResult | ConvertFrom-Json } else { $noRun }
    Add-PesterCount $parts $p

    $dst = $null
    try {
        $dst = Invoke-PesterAcrossDaylightSaving -Pester $pester -ResultFile (Join-Path $results 'pester-daylight-saving.json')
    }
    catch { Write-Host "The clock-sensitive Pester run could not start: $($_.Exception.Message)" }
    $d = if ($dst -and $dst.Result) { $dst.Result } else { $noRun }
    if (-not $dst -or $dst.Exit -ne 0 -or $d.Failed -gt 0) { $failures += 'Pester across daylight saving' }
    Add-PesterCount $parts $d

    $e = $null
    try { $e = Invoke-ExamplesRoundTheClock -Pester $pester -Results $results }
    catch { Write-Host "The help's examples could not run under a moved clock: $($_.Exception.Message)" }
    if (-not $e) { $e = $noRun }
    if ($e.Failed -gt 0) { $failures += 'examples round the clock' }
    Add-PesterCount $parts $e

    $passed = [int] ($parts.Values | ForEach-Object { $_.Passed } | Measure-Object -Sum).Sum
    $failed = [int] ($parts.Values | ForEach-Object { $_.Failed } | Measure-Object -Sum).Sum
    $skipped = [int] ($parts.Values | ForEach-Object { $_.Skipped } | Measure-Object -Sum).Sum
    $dstWords = if ($dst) { $dst.Description } else { 'under a moved clock' }
    Write-Host ''
    Write-Host ("xunit: $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped; " +
        "TypeScript SDK conformance (OS Management): $($conformance.Passed) passed, $($conformance.Failed) failed, $($conformance.Skipped) skipped; " +
        "TypeScript SDK conformance (OS Management Hub): $($conformanceHub.Passed) passed, $($conformanceHub.Failed) failed, $($conformanceHub.Skipped) skipped; " +
        "Pester: $($p.Passed) passed, $($p.Failed) failed, $($p.Skipped) skipped; " +
        "Pester $dstWords`: $($d.Passed) passed, $($d.Failed) failed, $($d.Skipped) skipped; " +
        "the help's examples that read the clock, at $(@($ExampleHours).Count) hours of the week: $($e.Passed) passed, $($e.Failed) failed, $($e.Skipped) skipped")
    Write-Host (@($parts.Keys | ForEach-Object {
                $c = $parts[$_]
                $note = if ($_ -eq 'module end-to-end') { " (of them $($d.Passed + $d.Failed + $d.Skipped) again across daylight saving)" }
                elseif ($_ -eq 'help and metadata') { " (of them $($e.Passed + $e.Failed + $e.Skipped) examples again at other hours)" }
                "${_}: $($c.Passed) passed, $($c.Failed) failed, $($c.Skipped) skipped$note"
            }) -join '; ')
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $failures.Count -gt 0 -or $passed -eq 0) {
        throw "Tests failed: $($failures -join ', ')"
    }
}

function Invoke-ConformanceTest {
    # Oracle's own TypeScript SDK (pinned by the suite's package-lock.json) drives the emulator; node's test runner
    # reports in TAP, whose closing '# pass/# fail/# skipped' lines are summed with the rest. -Suite names the folder
    # under tests/: 'conformance' (OS Management, oci-osmanagement) or 'conformance-hub' (OS Management Hub).
    param([Parameter(Mandatory)] [string] $Suite)
    $folder = Join-Path $Root "tests/$Suite"
    $counts = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    if (-not (Test-Path (Join-Path $folder 'package.json'))) { return $counts }
    Push-Location $folder
    try {
        if (-not (Test-Path 'node_modules')) { Invoke-Native npm @('ci', '--no-audit', '--no-fund', '--loglevel=error') | Out-Host }
        $env:OSM_EMULATOR_DLL = Get-EmulatorDll
        # oci-common writes query times from the local clock and labels them Z: in UTC that is the instant meant.
        $savedTz = $env:TZ
        $env:TZ = 'UTC'
        try { $tap = & node --test --test-reporter=tap 2>&1 | ForEach-Object { "$_" } }
        finally { $env:TZ = $savedTz }
        $exit = $LASTEXITCODE
        Set-Content -Path (Join-Path $Out "test-results/$Suite.tap") -Value $tap
        # A failure's own lines (its YAML block: error, expected, actual, stack) follow its 'not ok' line; show them.
        $inFailure = $false
        foreach ($line in $tap) {
            if ($line -match '^\s*((not )?ok |# Subtest:)') { $inFailure = $line -match '^\s*not ok ' }
            if ($inFailure -or $line -match '^# (tests|pass|fail|skipped)') { Write-Host "${Suite}: $line" }
        }
        foreach ($line in $tap) {
            if ($line -match '^# pass (\d+)') { $counts.Passed = [int] $Matches[1] }
            elseif ($line -match '^# fail (\d+)') { $counts.Failed = [int] $Matches[1] }
            elseif ($line -match '^# skipped (\d+)') { $counts.Skipped = [int] $Matches[1] }
        }
        if ($exit -ne 0 -and $counts.Failed -eq 0) { $counts.Failed = 1 }
    }
    finally {
        Remove-Item Env:OSM_EMULATOR_DLL -ErrorAction SilentlyContinue
        Pop-Location
    }
    return $counts
}

function Invoke-Demo {
    Invoke-Build
    $demoArguments = @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'demo/Invoke-Demo.ps1'), '-ModuleRoot', $Out, '-EmulatorDll', (Get-EmulatorDll))
    if ($Classic) { $demoArguments += '-Classic' }
    Invoke-Pwsh $demoArguments
    if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
}

function Invoke-Bench {
    Invoke-Build
    Invoke-Native dotnet @('publish', (Join-Path $Root 'bench/OsManagement.Bench/OsManagement.Bench.csproj'), '-c', $Configuration,
        '--no-build', '-o', (Join-Path $Out 'bench'), '--nologo', '-v', 'quiet')
    Invoke-Pwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'bench/Invoke-Benchmark.ps1'), '-ModuleRoot', $Out,
        '-EmulatorDll', (Get-EmulatorDll), '-BaselineDll', (Join-Path $Out 'bench/OsManagement.Bench.dll'))
    if ($LASTEXITCODE -ne 0) { throw "The benchmark failed (exit code $LASTEXITCODE)." }
}

function Invoke-Package {
    # A .nupkg of exactly the module folder, in the layout PowerShellGet and PSResourceGet install from a local repository.
    Invoke-Build
    $version = Get-ModuleVersion
    $packages = Join-Path $Out 'packages'
    New-Item -ItemType Directory -Force $packages | Out-Null
    Invoke-Pwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Root 'tools/New-ModulePackage.ps1'),
        '-ModuleFolder', (Get-ModuleFolder), '-OutputFolder', $packages)
    if ($LASTEXITCODE -ne 0) { throw "Packing the module failed (exit code $LASTEXITCODE)." }
    Write-Host "Package: $(Join-Path $packages "OsManagement.$version.nupkg")"
    # The emulator as a .NET tool (osm-emulator), for users' own tests: dotnet tool install --add-source out/packages.
    Invoke-Native dotnet @('pack', (Join-Path $Root 'src/OsManagement.Emulator/OsManagement.Emulator.csproj'), '-c', $Configuration,
        '--no-build', '-o', $packages, '--nologo', '-v', 'quiet')
    Write-Host "Package: $(Join-Path $packages "OsManagement.Emulator.$version.nupkg")"
}

function Invoke-Mutate {
    # Stryker.NET mutates the folders its config names and, for each mutant, runs the engine's xunit tests that cover it
    # (coverage per test): a mutant no test notices survives. Stryker builds the tests itself (Release), once.
    $config = Join-Path $Root 'tools/mutation/stryker-config.json'
    $output = Join-Path $Out 'mutation'
    if (Test-Path $output) { Remove-Item -Recurse -Force $output }
    Invoke-Native dotnet @('tool', 'restore')
    $watch = [Diagnostics.Stopwatch]::StartNew()
    # Stryker reads the config's paths from where it runs.
    Push-Location (Split-Path $config)
    try {
        Invoke-Native dotnet @('stryker', '--config-file', (Split-Path -Leaf $config), '--output', $output, '--skip-version-check')
    }
    finally { Pop-Location }
    $watch.Stop()
    # Stryker leaves its instrumented engine in the tests' output: build them again, so a later test run tests the engine.
    Invoke-Native dotnet @('build', (Join-Path $Root 'tests/OsManagement.Oci.Tests/OsManagement.Oci.Tests.csproj'), '-c', $Configuration,
        '--no-incremental', '--nologo', '-v', 'quiet', '-clp:ErrorsOnly')
    $report = Join-Path $output 'reports/mutation-report.json'
    if (-not (Test-Path $report)) { throw "Stryker wrote no report ($report)." }
    Write-Host ''
    Write-MutationScore -Report $report
    Write-Host ("Stryker took {0:hh\:mm\:ss}; report: {1}" -f $watch.Elapsed, (Join-Path $output 'reports/mutation-report.html'))
}

function Write-MutationScore {
    # The score per folder, as Stryker counts it: mutants the tests detect (killed, or timed out) over those that could
    # be tested (detected, survived, not covered by any test). Compile errors and ignored mutants are left out.
    param([Parameter(Mandatory)] [string] $Report)
    $json = Get-Content -Raw $Report | ConvertFrom-Json
    $rows = [ordered]@{}
    foreach ($file in $json.files.PSObject.Properties) {
        $path = [IO.Path]::GetRelativePath($Root, [IO.Path]::GetFullPath($file.Name, (Join-Path $Root 'tools/mutation'))) -replace '\\', '/'
        $folder = Split-Path -Parent $path
        if (-not $rows.Contains($folder)) { $rows[$folder] = [ordered]@{ Killed = 0; Timeout = 0; Survived = 0; NoCoverage = 0 } }
        foreach ($mutant in $file.Value.mutants) {
            if ($rows[$folder].Contains($mutant.status)) { $rows[$folder][$mutant.status]++ }
        }
    }
    $total = [ordered]@{ Killed = 0; Timeout = 0; Survived = 0; NoCoverage = 0 }
    # Stryker lists every file it compiled; folders outside the config's mutate patterns have no mutant to count.
    $lines = foreach ($folder in $rows.Keys | Sort-Object) {
        $r = $rows[$folder]
        if (($r.Values | Measure-Object -Sum).Sum -eq 0) { continue }
        foreach ($key in @($total.Keys)) { $total[$key] += $r[$key] }
        Format-MutationRow $folder $r
    }
    $lines + (Format-MutationRow 'all' $total) | Format-Table -AutoSize | Out-String -Width 200 | Out-Host
}

function Format-MutationRow {
    param([string] $Folder, [System.Collections.IDictionary] $Counts)
    $detected = $Counts.Killed + $Counts.Timeout
    $valid = $detected + $Counts.Survived + $Counts.NoCoverage
    [pscustomobject]@{
        Folder     = $Folder
        Killed     = $Counts.Killed
        Timeout    = $Counts.Timeout
        Survived   = $Counts.Survived
        NoCoverage = $Counts.NoCoverage
        Score      = if ($valid -gt 0) { '{0:N1}%' -f (100.0 * $detected / $valid) } else { 'n/a' }
    }
}

function Invoke-Clean {
    foreach ($path in @($Out, $ToolsDir)) { if (Test-Path $path) { Remove-Item -Recurse -Force $path } }
    Get-ChildItem $Root -Directory -Recurse -Include bin, obj |
        Where-Object { $_.FullName -notmatch 'node_modules' } |
        Remove-Item -Recurse -Force
}

switch ($Task) {
    'build' { Invoke-Build }
    'help' { Invoke-Help -UpdatePages:$UpdatePages }
    'test' { Invoke-Test }
    'demo' { Invoke-Demo }
    'bench' { Invoke-Bench }
    'package' { Invoke-Package }
    'mutate' { Invoke-Mutate }
    'clean' { Invoke-Clean }
}
