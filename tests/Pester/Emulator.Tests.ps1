# Start-OsmEmulator and Stop-OsmEmulator, with the emulator installed as users install it: the osm-emulator .NET tool,
# packed from this build and installed into a tool path of the test's own.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    Import-Module OsManagement -Force
    $script:ToolPath = Join-Path $TestDrive 'tools'
    $script:Tool = Install-OsmTestEmulatorTool -ToolPath $ToolPath
    $script:Started = [System.Collections.Generic.List[object]]::new()

    function Test-ProcessAlive([int] $Id) { $null -ne (Get-Process -Id $Id -ErrorAction SilentlyContinue) }
}

AfterAll {
    $Started | Where-Object { -not $_.HasExited } | Stop-OsmEmulator -Confirm:$false
    Disconnect-Osm
}

Describe 'Start-OsmEmulator' {
    It 'runs the installed tool from a tool path, and the module connects to it' {
        $emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=6,compartments=2,depth=1,groups=1' -Seed 5
        $Started.Add($emu)
        $emu | Should -BeOfType ([OsManagement.OsmEmulator])
        $emu.Endpoint | Should -Match '^http://127\.0\.0\.1:\d+$'
        $emu.TenancyId | Should -BeLike 'ocid1.tenancy.*'
        Test-Path $emu.ConfigFile | Should -BeTrue
        Test-ProcessAlive $emu.ProcessId | Should -BeTrue
        Connect-Osm -ConfigFile $emu.ConfigFile -Endpoint $emu.Endpoint
        $instances = @(Get-OsmManagedInstance -Recurse)
        $instances.Count | Should -Be 6
        ($instances.Id | Sort-Object) | Should -Be ($emu.GetFleet().instances.id | Sort-Object)
    }

    It 'takes the folder of a --tool-path install as -Path, as the README says' {
        $emu = Start-OsmEmulator -Path $ToolPath -Fleet 'instances=2,compartments=1,depth=1,groups=1'
        $Started.Add($emu)
        $emu.Command | Should -Be (Resolve-Path $Tool).Path
        $emu.GetFleet().instances.Count | Should -Be 2
        $empty = Join-Path $TestDrive 'no-tool-here'
        New-Item -ItemType Directory $empty | Out-Null
        { Start-OsmEmulator -Path $empty } | Should -Throw -ExpectedMessage "*'$empty' has no osm-emulator in it*dotnet tool install*"
    }

    It 'finds the installed tool on PATH when -Path is not given' {
        $saved = $env:PATH
        try {
            $env:PATH = $ToolPath + [IO.Path]::PathSeparator + $env:PATH
            $emu = Start-OsmEmulator -Fleet 'instances=2,compartments=1,depth=1,groups=1'
            $Started.Add($emu)
        }
        finally { $env:PATH = $saved }
        $emu.Command | Should -Be (Resolve-Path $Tool).Path
        $emu.GetFleet().instances.Count | Should -Be 2
    }

    It 'says how to install the tool when it is not installed, and starts nothing' {
        $savedPath, $savedHome = $env:PATH, $env:HOME
        try {
            $env:PATH = ''
            $env:HOME = Join-Path $TestDrive 'empty-home'
            $err = { Start-OsmEmulator } | Should -Throw -PassThru
        }
        finally { $env:PATH, $env:HOME = $savedPath, $savedHome }
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmEmulatorNotInstalled*'
        $err.Exception.Message | Should -BeLike "*dotnet tool install --global OsManagement.Emulator*-Path*"
        # The module under test is a build's: the emulator the build left beside it is named, to start at once.
        $built = [IO.Path]::GetFullPath((Join-Path (Get-Module OsManagement).ModuleBase '../../emulator/OsManagement.Emulator.dll'))
        $err.Exception.Message | Should -BeLike "*The build this module came from left one at $built*Start-OsmEmulator -Path '$built'*"
    }

    It 'passes the fleet, seed and page size on: the same seed gives the same tenancy' {
        $a = Start-OsmEmulator -Path $Tool -Fleet 'instances=5,compartments=2,depth=1,groups=1' -Seed 99 -PageSize 2
        $b = Start-OsmEmulator -Path $Tool -Fleet 'instances=5,compartments=2,depth=1,groups=1' -Seed 99
        $Started.Add($a); $Started.Add($b)
        $a.GetFleet().instances.displayName | Should -Be $b.GetFleet().instances.displayName
        $a.TenancyId | Should -Be $b.TenancyId
        Connect-Osm -ConfigFile $a.ConfigFile -Endpoint $a.Endpoint
        $a.ResetStats()
        @(Get-OsmManagedInstance -Recurse).Count | Should -Be 5
        $a.GetCallCount('hub.listManagedInstances') | Should -BeGreaterThan 2 -Because 'pages of 2 take several requests (OS Management Hub answers by default)'
    }

    It 'passes latency, faults and the clock''s speed on to the emulator' {
        $emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=2,compartments=1,depth=1,groups=1' -LatencyMs 400 -Fault @{ 503 = 0.25; reset = 0.01 } -ClockSpeed 60
        $Started.Add($emu)
        $commandLine = (Get-Content -Raw "/proc/$($emu.ProcessId)/cmdline") -split "`0"
        $commandLine | Should -Contain '--faults'
        ($commandLine[[array]::IndexOf($commandLine, '--faults') + 1] -split ',' | Sort-Object) | Should -Be @('503=0.25', 'reset=0.01')
        $emu.GetClock().speed | Should -Be 60
        Connect-Osm -ConfigFile $emu.ConfigFile -Endpoint $emu.Endpoint
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $null = Get-OsmCompartment -ErrorAction SilentlyContinue
        $clock.ElapsedMilliseconds | Should -BeGreaterOrEqual 400 -Because 'every response waits -LatencyMs'
    }

    It 'passes a rate limit on: the tenancy is throttled, and the module slows down and still gets every answer' {
        $emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=8,compartments=2,depth=1,groups=1' -RateLimit 2
        $Started.Add($emu)
        $commandLine = (Get-Content -Raw "/proc/$($emu.ProcessId)/cmdline") -split "`0"
        $commandLine[[array]::IndexOf($commandLine, '--rate-limit') + 1] | Should -Be '2'
        $emu.InvokeAdmin('GET', 'rate-limit', $null).perSecond | Should -Be 2
        Connect-Osm -ConfigFile $emu.ConfigFile -Endpoint $emu.Endpoint
        # Every instance read in full, 8 at a time, against a tenancy that takes 2 requests a second.
        $instances = @(Get-OsmManagedInstance -Recurse -ThrottleLimit 8 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $instances.Id | Sort-Object | Should -Be ($emu.GetFleet().instances.id | Sort-Object)
        $emu.GetStats().throttled | Should -BeGreaterThan 0 -Because 'the reads met the limit'
    }

    It 'refuses <Case> before starting anything' -TestCases @(
        @{ Case = 'a fault kind the emulator does not know'; Fault = @{ 418 = 0.1 }; Message = "*'418'*429, 500, 503, reset*" }
        @{ Case = 'a fault rate above 1'; Fault = @{ 429 = 2 }; Message = '*429*from 0 to 1*' }
        @{ Case = 'a fault rate that is no number'; Fault = @{ reset = 'often' }; Message = "*'often'*from 0 to 1*" }
    ) {
        $before = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Count
        $err = { Start-OsmEmulator -Path $Tool -Fault $Fault } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidFault*'
        $err.Exception.Message | Should -BeLike $Message
        @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Count | Should -Be $before
    }

    It 'reports what the emulator said when it cannot start' {
        $err = { Start-OsmEmulator -Path $Tool -Fleet 'instances=lots' } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmEmulatorStartFailed*'
        $err.Exception.Message | Should -BeLike '*exited with code 2*instances*'
    }

    It 'stops by itself when the PowerShell session that started it ends' {
        $script = "Import-Module OsManagement; (Start-OsmEmulator -Path '$Tool' -Fleet 'instances=1,compartments=1,depth=1,groups=1').ProcessId"
        $childPid = [int] (Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-Command', $script) | Select-Object -Last 1)
        $childPid | Should -BeGreaterThan 0
        Wait-OsmCondition { -not (Test-ProcessAlive $childPid) } -TimeoutSeconds 30 -Because "the emulator (pid $childPid) to exit after its session"
    }
}

Describe 'The emulator''s admin helpers' {
    BeforeAll {
        $script:Emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=4,compartments=2,depth=1,groups=1' -Seed 8
        $Started.Add($Emu)
        Connect-Osm -ConfigFile $Emu.ConfigFile -Endpoint $Emu.Endpoint
    }

    It 'moves the clock on by a duration or a timespan' {
        $now = [DateTimeOffset] $Emu.GetClock().now
        # The clock also runs at real speed between the calls, hence the ranges.
        [math]::Floor(([DateTimeOffset] $Emu.AdvanceClock('P1D').now - $now).TotalHours) | Should -Be 24
        [math]::Floor(([DateTimeOffset] $Emu.AdvanceClock([timespan]::FromHours(6)).now - $now).TotalHours) | Should -Be 30
    }

    It 'hides a resource as IAM would, and shows it again' {
        $id = $Emu.GetFleet().instances[0].id
        $null = $Emu.Deny($id)
        { Get-OsmManagedInstance -Id $id -ErrorAction Stop } | Should -Throw -ExpectedMessage '*'
        $Emu.RemoveDenials()
        (Get-OsmManagedInstance -Id $id).Id | Should -Be $id
    }

    It 'counts the requests it answered, and resets the counts' {
        $Emu.ResetStats()
        $null = Get-OsmCompartment
        $Emu.GetCallCount() | Should -BeGreaterThan 0
        $Emu.ResetStats()
        $Emu.GetCallCount() | Should -Be 0
    }

    It 'goes back to the generated fleet on Reset' {
        $target = $Emu.GetFleet().instances | Where-Object { $_.hubStatus -eq 'NORMAL' -and -not $_.failsUpdates -and -not $_.hubGroupId -and -not $_.lifecycleStageId -and @($_.updates).Count } | Select-Object -First 1
        $target | Should -Not -BeNullOrEmpty -Because 'the fleet has a healthy instance with updates'
        $request = Install-OsmUpdate -ManagedInstanceId $target.id -UpdateType All -Wait -PollInterval 0.2 -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        @($request).Count | Should -Be 1
        $request.Status | Should -Be 'SUCCEEDED'
        ($Emu.GetFleet().instances | Where-Object id -eq $target.id).updates | Should -BeNullOrEmpty -Because 'the update changed the fleet before the reset'
        $Emu.Reset()
        $fresh = Start-OsmEmulator -Path $Tool -Fleet 'instances=4,compartments=2,depth=1,groups=1' -Seed 8
        $Started.Add($fresh)
        $updates = { param($e) $e.GetFleet().instances | ForEach-Object { "$($_.id): $(($_.updates.name | Sort-Object) -join ',')" } }
        & $updates $Emu | Should -Be (& $updates $fresh)
        @(($Emu.GetFleet().instances | Where-Object id -eq $target.id).updates).Count | Should -Be @($target.updates).Count
        Get-OsmWorkRequest -Recurse | Should -BeNullOrEmpty -Because 'a reset forgets the work requests'
    }
}

Describe 'A fleet file of your own' {
    BeforeAll {
        # As a user writes one by hand: compartments in a tree, Linux and Windows instances, a group, missing updates.
        Set-Content -Path (Join-Path $TestDrive 'fleet.json') -Value @'
{
  "compartments": [
    { "name": "Production", "compartments": [ { "name": "web" } ] },
    { "name": "Finance" },
    { "name": "old-project", "lifecycleState": "INACTIVE" }
  ],
  "groups": [ { "name": "web-servers", "compartment": "Production" } ],
  "instances": [
    { "name": "web-01", "compartment": "Production/web", "group": "web-servers",
      "updates": [
        { "name": "openssl-libs", "severity": "CRITICAL", "advisory": "ELSA-2026-1234", "issued": "45 days ago", "cves": [ "CVE-2026-1111", "CVE-2026-2222" ] },
        { "name": "bash", "classification": "BUGFIX" }
      ] },
    { "name": "web-02", "compartment": "Production/web", "group": "web-servers",
      "updates": [ { "name": "bash", "classification": "BUGFIX" } ] },
    { "name": "FIN-APP-01", "compartment": "Finance", "osFamily": "WINDOWS_SERVER_2022", "status": "UNREACHABLE",
      "updates": [ { "name": "2026-11 Cumulative Update for Windows Server 2022 (KB5046616)", "cves": [ "CVE-2026-4444" ] } ] }
  ]
}
'@
        # A PowerShell path: -FleetFile is resolved through the provider, as every path a cmdlet takes.
        $script:Own = Start-OsmEmulator -Path $Tool -FleetFile 'TestDrive:/fleet.json'
        $Started.Add($Own)
        $Own | Connect-Osm
    }

    It 'shows the compartments, instances and groups the file describes through the cmdlets' {
        (Get-OsmCompartment -Recurse).Name | Sort-Object | Should -Be @('Finance', 'Production', 'web') -Because 'an INACTIVE compartment is no part of the ACTIVE tree'
        $instances = Get-OsmManagedInstance -Recurse | Sort-Object DisplayName
        $instances.DisplayName | Should -Be @('FIN-APP-01', 'web-01', 'web-02')
        $instances[0].OsFamily | Should -BeLike '*windows*'
        $instances[0].OsName | Should -Be 'Windows Server 2022 Datacenter'
        $instances[0].Status | Should -Be 'UNREACHABLE'
        $instances[1].OsName | Should -Be 'Oracle Linux Server'
        $group = Get-OsmManagedInstanceGroup -CompartmentId (Get-OsmCompartment -Name 'Production').Id
        $group.DisplayName | Should -Be 'web-servers'
        $group.ManagedInstanceNames | Sort-Object | Should -Be @('web-01', 'web-02')
    }

    It 'gives each instance the updates the file lists, with their advisory and CVEs, and the report counts them' {
        $web01 = Get-OsmManagedInstance -Recurse -DisplayName 'web-01'
        $web01.SecurityUpdatesAvailable | Should -Be 1
        $openssl = Get-OsmAvailableUpdate -ManagedInstanceId $web01.Id | Where-Object DisplayName -EQ 'openssl-libs'
        $openssl.Errata | Should -Be @('ELSA-2026-1234')
        $openssl.Cves | Should -Be @('CVE-2026-1111', 'CVE-2026-2222')
        $report = Get-OsmComplianceReport -Recurse | Sort-Object DisplayName
        $report.DisplayName | Should -Be @('FIN-APP-01', 'web-01') -Because 'web-02 misses a bug fix only'
        $report[1].Cves | Should -Be @('CVE-2026-1111', 'CVE-2026-2222')
        $issued = [datetimeoffset] $Own.GetFleet().instances.Where({ $_.displayName -eq 'web-01' }).advisories.Where({ $_.name -eq 'ELSA-2026-1234' }).timeIssued
        ([datetimeoffset] $Own.GetClock().now - $issued).TotalDays | Should -BeGreaterOrEqual 45 -Because 'the file says "issued": "45 days ago"'
    }

    It 'goes back to the fleet as the file describes it on Reset, after the cmdlets changed it' {
        $web01 = Get-OsmManagedInstance -Recurse -DisplayName 'web-01'
        # web-01 is a member of web-servers: its content changes through the group.
        $null = Install-OsmUpdate -ManagedInstanceGroupId $web01.ManagedInstanceGroupIds[0] -UpdateType All -Wait -PollInterval 0.2
        $Own.GetFleet().instances.Where({ $_.id -eq $web01.Id }).updates | Should -BeNullOrEmpty
        $Own.Reset()
        ($Own.GetFleet().instances.Where({ $_.id -eq $web01.Id }).updates.displayName | Sort-Object) | Should -Be @('bash', 'openssl-libs')
        (Get-OsmManagedInstance -Id $web01.Id).SecurityUpdatesAvailable | Should -Be 1
    }

    It 'loads a fleet built in PowerShell into the running emulator, and Reset then returns to that one' {
        try {
            $Own.LoadFleet(@{
                    compartments = @(@{ name = 'Lab' })
                    instances    = @(@{ name = 'lab-01'; compartment = 'Lab'; updates = @(@{ name = 'sudo'; severity = 'LOW'; cves = 'CVE-2026-7777' }) })
                })
            (Get-OsmManagedInstance -Recurse).DisplayName | Should -Be 'lab-01'
            $Own.Reset()
            (Get-OsmComplianceReport -Recurse).Cves | Should -Be 'CVE-2026-7777'
            $Own.TenancyId | Should -Be $Own.GetFleet().tenancyId -Because 'the config file the emulator wrote still signs for its tenancy'
        }
        finally { $Own.LoadFleet((Join-Path $TestDrive 'fleet.json')) }
        (Get-OsmManagedInstance -Recurse).Count | Should -Be 3
    }

    It 'refuses a file with mistakes before anything starts, naming the file, the JSON path and the fix' {
        $bad = Join-Path $TestDrive 'bad-fleet.json'
        @{ instances = @(@{ name = 'web-01'; updates = @(@{ name = 'openssl'; severity = 'HIGH' }) }) } | ConvertTo-Json -Depth 10 | Set-Content $bad
        $before = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Count
        $err = { Start-OsmEmulator -Path $Tool -FleetFile $bad } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmFleetFileInvalid*'
        $err.Exception.Message | Should -BeLike "*$bad`: `$.instances[[]0].updates[[]0].severity: 'HIGH' is not a severity. Use LOW, MODERATE, IMPORTANT or CRITICAL.*"
        @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Count | Should -Be $before
        { $Own.LoadFleet($bad) } | Should -Throw "*severity: 'HIGH' is not a severity*"
    }

    It 'says when the fleet file is not there' {
        $err = { Start-OsmEmulator -Path $Tool -FleetFile (Join-Path $TestDrive 'missing.json') } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmFleetFileNotFound*'
        $err.Exception.Message | Should -BeLike '*missing.json*'
    }
}

Describe 'Faults switched on per operation' {
    BeforeAll {
        $script:Faulty = Start-OsmEmulator -Path $Tool -Fleet 'instances=4,compartments=2,depth=1,groups=1' -Seed 9
        $Started.Add($Faulty)
        $Faulty | Connect-Osm
        $script:Id = $Faulty.GetFleet().instances[0].id
        # Each operation under both APIs' names: the module speaks whichever its connection chose.
        $script:GetInstance = @('getManagedInstance', 'hub.getManagedInstance')
        $script:ListInstances = @('listManagedInstances', 'hub.listManagedInstances')
    }

    AfterEach { $Faulty.ClearFaults() }

    It 'fails the cmdlet that makes that call and not another, until the faults are cleared' {
        $Faulty.SetFault($GetInstance, 404)
        { Get-OsmManagedInstance -Id $Id -ErrorAction Stop } | Should -Throw '*NotAuthorizedOrNotFound*'
        @(Get-OsmCompartment -Recurse).Count | Should -Be 2
        $Faulty.GetFaults().hits | Should -Be 1
        $Faulty.ClearFaults()
        (Get-OsmManagedInstance -Id $Id).Id | Should -Be $Id
    }

    It 'fails only the next calls when given a count, which the module''s retries get past' {
        $Faulty.ResetStats()
        $Faulty.SetFault($ListInstances, 503, 2)
        @(Get-OsmManagedInstance -Recurse).Count | Should -Be 4
        $Faulty.GetStats().faults.'503' | Should -Be 2
        $Faulty.GetFaults() | Should -BeNullOrEmpty -Because 'a rule of two calls goes once it has failed two'
    }

    It 'answers with the error code and message given' {
        $Faulty.SetFault($GetInstance, 409, @{ Code = 'Conflict'; Message = 'The instance is being moved.' })
        { Get-OsmManagedInstance -Id $Id -ErrorAction Stop } | Should -Throw '*The instance is being moved.*'
    }

    It 'says what is wrong with a rule, and which names it knows' {
        { $Faulty.SetFault('listManagedInstance', 503) } | Should -Throw "*Did you mean 'listManagedInstances'*"
        { $Faulty.SetFault($GetInstance, 418) } | Should -Throw '*needs code=*'
        $Faulty.GetFaults() | Should -BeNullOrEmpty
    }
}

Describe 'Stop-OsmEmulator' {
    It 'stops exactly that emulator and removes the temporary folder it made' {
        $one = Start-OsmEmulator -Path $Tool -Fleet 'instances=1,compartments=1,depth=1,groups=1'
        $two = Start-OsmEmulator -Path $Tool -Fleet 'instances=1,compartments=1,depth=1,groups=1'
        $Started.Add($one); $Started.Add($two)
        $stopped = $one | Stop-OsmEmulator -PassThru
        $stopped.HasExited | Should -BeTrue
        Test-ProcessAlive $one.ProcessId | Should -BeFalse
        Test-Path $one.StateDirectory | Should -BeFalse
        Test-ProcessAlive $two.ProcessId | Should -BeTrue
        $two.GetFleet().instances.Count | Should -Be 1
    }

    It 'keeps a state folder the user gave' {
        $folder = Join-Path $TestDrive 'kept-state'
        $emu = Start-OsmEmulator -Path $Tool -StateDirectory $folder -Fleet 'instances=1,compartments=1,depth=1,groups=1'
        $Started.Add($emu)
        Stop-OsmEmulator $emu
        Test-Path (Join-Path $folder 'config') | Should -BeTrue
    }

    It 'does nothing with -WhatIf, and is no error on an emulator already stopped' {
        $emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=1,compartments=1,depth=1,groups=1'
        $Started.Add($emu)
        Stop-OsmEmulator $emu -WhatIf
        Test-ProcessAlive $emu.ProcessId | Should -BeTrue
        Stop-OsmEmulator $emu
        { Stop-OsmEmulator $emu -ErrorAction Stop } | Should -Not -Throw
    }
}
