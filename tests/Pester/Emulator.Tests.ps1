# Start-OsmEmulator and Stop-OsmEmulator, with the emulator installed as users install it: the osm-emulator .NET tool,
# packed from this build and installed into a tool path of the test's own.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    Import-Module OsManagement -Force
    $script:Feed = Join-Path $TestDrive 'feed'
    $script:ToolPath = Join-Path $TestDrive 'tools'
    $project = Join-Path $PSScriptRoot '../../src/OsManagement.Emulator/OsManagement.Emulator.csproj'
    $packed = & dotnet pack $project -c Release --no-build -o $Feed --nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Packing the emulator tool failed: $($packed -join [Environment]::NewLine)" }
    $installed = & dotnet tool install OsManagement.Emulator --tool-path $ToolPath --add-source $Feed 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Installing the emulator tool failed: $($installed -join [Environment]::NewLine)" }
    $script:Tool = Join-Path $ToolPath 'osm-emulator'
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

    It 'passes latency and faults on to the emulator' {
        $emu = Start-OsmEmulator -Path $Tool -Fleet 'instances=2,compartments=1,depth=1,groups=1' -LatencyMs 400 -Fault @{ 503 = 0.25; reset = 0.01 }
        $Started.Add($emu)
        $commandLine = (Get-Content -Raw "/proc/$($emu.ProcessId)/cmdline") -split "`0"
        $commandLine | Should -Contain '--faults'
        ($commandLine[[array]::IndexOf($commandLine, '--faults') + 1] -split ',' | Sort-Object) | Should -Be @('503=0.25', 'reset=0.01')
        Connect-Osm -ConfigFile $emu.ConfigFile -Endpoint $emu.Endpoint
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $null = Get-OsmCompartment -ErrorAction SilentlyContinue
        $clock.ElapsedMilliseconds | Should -BeGreaterOrEqual 400 -Because 'every response waits -LatencyMs'
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
        $id = $Emu.GetFleet().instances[0].id
        $null = Install-OsmUpdate -ManagedInstanceId $id -UpdateType All -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $Emu.Reset()
        $fresh = Start-OsmEmulator -Path $Tool -Fleet 'instances=4,compartments=2,depth=1,groups=1' -Seed 8
        $Started.Add($fresh)
        $updates = { param($e) $e.GetFleet().instances | ForEach-Object { "$($_.id): $(($_.updates.name | Sort-Object) -join ',')" } }
        & $updates $Emu | Should -Be (& $updates $fresh)
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
