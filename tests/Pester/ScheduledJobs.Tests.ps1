# Scheduled jobs: create (one-time, recurring, from the pipeline), find, change with etags, run now, skip, remove, on OS
# Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service); what only Hub can do
# is tested on Hub, and refused before any request on the retired service.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=12,compartments=3,depth=2,groups=2,vulnerable=0.5,windows=0.3' -ExtraArgs @('--page-size', '5')
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    # Healthy instances first (their work succeeds, as the fleet's ground truth has it): tests that run a job on $Linux[0] or
    # $Linux[1] judge what the run did.
    $healthy = @((Find-OsmTestInstance $Emulator -Healthy).id)
    $allLinux = @(Get-OsmManagedInstance -Recurse -OsFamily Linux)
    $script:Linux = @($allLinux | Where-Object Id -in $healthy) + @($allLinux | Where-Object Id -notin $healthy)
    $healthy | Should -Contain $Linux[0].Id
    $healthy | Should -Contain $Linux[1].Id
    $script:Windows = @(Get-OsmManagedInstance -Recurse -OsFamily Windows)
    $script:Groups = @(Get-OsmManagedInstanceGroup -Recurse)
    function New-TestJob([string] $Name = "job-$([guid]::NewGuid().ToString('n').Substring(0, 8))", [hashtable] $Extra = @{}) {
        $p = @{ CompartmentId = $Tenancy; DisplayName = $Name; UpdateType = 'Security'; At = (Get-Date).AddHours(6) }
        foreach ($key in $Extra.Keys) { $p[$key] = $Extra[$key] }
        $Linux[0] | New-OsmScheduledJob @p
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "New-OsmScheduledJob on $Service" {
    It 'runs in a time zone away from UTC, so local-to-UTC conversion is really tested' {
        [TimeZoneInfo]::Local.GetUtcOffset([DateTime]::Now) | Should -Not -Be ([TimeSpan]::Zero)
    }

    It 'schedules a one-time job at a local time, sent as UTC' {
        $soon = (Get-Date).AddDays(2)
        $at = $soon.AddTicks(-($soon.Ticks % [TimeSpan]::TicksPerSecond))
        $job = New-TestJob -Extra @{ At = $at }
        $job.ScheduleType | Should -Be 'ONETIME'
        $job.Recurrence | Should -Be 'Once'
        $job.NextExecution | Should -Be $at
        (Get-OsmScheduledJob -Id $job.Id).NextExecution.ToUniversalTime() | Should -Be $at.ToUniversalTime()
    }

    It 'takes a UTC time as UTC' {
        $at = [DateTime]::SpecifyKind([DateTime]::UtcNow.AddDays(3).Date.AddHours(4), 'Utc')
        (New-TestJob -Extra @{ At = $at }).NextExecution.ToUniversalTime() | Should -Be $at
    }

    It 'schedules a recurring job every <Interval> <Unit>' -TestCases @(
        @{ Unit = 'Hour'; Interval = 6; Text = 'Every 6 hours' }
        @{ Unit = 'Day'; Interval = 1; Text = 'Every day' }
        @{ Unit = 'Week'; Interval = 2; Text = 'Every 2 weeks' }
        @{ Unit = 'Month'; Interval = 3; Text = 'Every 3 months' }
    ) {
        $job = New-TestJob -Extra @{ RepeatEvery = $Unit; Interval = $Interval }
        $job.ScheduleType | Should -Be 'RECURRING'
        $job.IntervalType | Should -Be $Unit.ToUpperInvariant()
        $job.IntervalValue | Should -Be $Interval
        $job.Recurrence | Should -Be $Text
    }

    It 'targets instances and groups from the pipeline, in one job' {
        $job = $Linux[0..2] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'piped-instances' -At (Get-Date).AddHours(1)
        @($job).Count | Should -Be 1
        $job.ManagedInstanceIds | Sort-Object | Should -Be ($Linux[0..2].Id | Sort-Object)
        $job.ManagedInstanceNames | Sort-Object | Should -Be ($Linux[0..2].DisplayName | Sort-Object) -Because 'the new job names its targets, though piped instances bind by Id alone'
        $linuxGroups = @($Groups | Where-Object OsFamily -eq 'LINUX')
        $linuxGroups | Should -Not -BeNullOrEmpty -Because 'the generated fleet has Linux groups'
        $groupJob = $linuxGroups | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'piped-groups' -At (Get-Date).AddHours(1)
        $groupJob.ManagedInstanceGroupIds | Sort-Object | Should -Be ($linuxGroups.Id | Sort-Object)
        $groupJob.ManagedInstanceIds | Should -BeNullOrEmpty -Because 'a piped group''s own Id is not an instance'
        $groupJob.Targets | Should -BeLike "*group $($linuxGroups[0].DisplayName)*"
        (Get-OsmScheduledJob -Id $groupJob.Id).Targets | Should -Be $groupJob.Targets -Because 'a job read back names its groups as the one just created does'
    }

    It 'describes the job with -Description, as read back' {
        $job = New-TestJob -Extra @{ Description = 'Monthly security patching of the web tier (CHG0042)' }
        $job.Description | Should -Be 'Monthly security patching of the web tier (CHG0042)'
        (Get-OsmScheduledJob -Id $job.Id).Description | Should -Be $job.Description
    }

    It 'installs named packages, or Windows updates by name' {
        $job = New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'python' -ManagedInstanceId $Linux[0].Id -Operation Install -PackageName python39, git -At (Get-Date).AddHours(1)
        $job.OperationType | Should -Be 'INSTALL'
        $job.PackageNames | Should -Be @('python39', 'git')
        $job.OsFamily | Should -Be 'LINUX'
        $win = New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'kb' -ManagedInstanceId $Windows[0].Id -Operation Install -WindowsUpdateName 'KB5046616' -At (Get-Date).AddHours(1)
        $win.WindowsUpdateNames | Should -Be @('KB5046616')
        $win.OsFamily | Should -Be 'WINDOWS'
    }

    It 'refuses <Case> before any request' -TestCases @(
        @{ Case = 'a time in the past'; Params = @{ At = (Get-Date).AddMinutes(-5) }; Message = '*past*' }
        @{ Case = 'an interval without recurrence'; Params = @{ At = (Get-Date).AddHours(1); Interval = 2 }; Message = '*-RepeatEvery*' }
        @{ Case = 'named packages with UpdateAll'; Params = @{ At = (Get-Date).AddHours(1); PackageName = 'curl' }; Message = '*UpdateAll*' }
        @{ Case = 'Install without packages'; Params = @{ At = (Get-Date).AddHours(1); Operation = 'Install' }; Message = '*-PackageName*' }
        @{ Case = 'a malformed OCID'; Params = @{ At = (Get-Date).AddHours(1); ManagedInstanceId = 'not-an-ocid' }; Message = '*OCID*' }
    ) {
        $before = Get-OsmEmulatorCallCount $Emulator
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'refused'; ManagedInstanceId = $Linux[0].Id }
        foreach ($key in $Params.Keys) { $p[$key] = $Params[$key] }
        { New-OsmScheduledJob @p } | Should -Throw -ExpectedMessage $Message
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'names the zone a past time was read in, and the time there now' {
        # Yesterday's wall-clock time read in Tokyo (ahead of every zone this runs in) is past whatever the hour.
        $at = (Get-Date).AddDays(-1)
        $tokyo = [TimeZoneInfo]::FindSystemTimeZoneById('Asia/Tokyo')
        $now = [TimeZoneInfo]::ConvertTime([DateTimeOffset]::UtcNow, $tokyo).DateTime
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'past' -ManagedInstanceId $Linux[0].Id -At $at -TimeZone Asia/Tokyo } |
            Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike ("-At {0:ddd yyyy-MM-dd HH:mm} (Asia/Tokyo) is in the past: it is {1:ddd yyyy-MM-dd} * there now.*" -f $at, $now)
        $err.Exception.Message | Should -Not -Match ([regex]::Escape((Get-Date).ToString('zzz'))) -Because 'a time read in Tokyo is not one of this computer''s zone'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses targets of two OS families in one job' {
        { @($Linux[0], $Windows[0]) | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'mixed' -At (Get-Date).AddHours(1) } |
            Should -Throw -ExpectedMessage '*one OS family*'
    }

    It 'refuses groups of two OS families in one job, speaking of groups' {
        $mixed = @($Groups | Where-Object OsFamily -eq 'LINUX' | Select-Object -First 1) + @($Groups | Where-Object OsFamily -eq 'WINDOWS' | Select-Object -First 1)
        $mixed.Count | Should -Be 2 -Because 'the generated fleet has a Linux group and a Windows group'
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $mixed | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'mixed-groups' -At (Get-Date).AddHours(1) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmMixedOsFamilies*'
        $err.Exception.Message | Should -BeLike '*Linux and Windows groups*Get-OsmManagedInstanceGroup*'
        $err.Exception.Message | Should -Not -BeLike '*instances*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses <Case> before any request' -TestCases @(
        @{ Case = 'a Linux package on Windows instances'; Family = 'Windows'; Params = @{ Operation = 'Install'; PackageName = 'git' }; Message = '*-PackageName*Windows instances*-WindowsUpdateName*' }
        @{ Case = 'a Windows update on Linux instances'; Family = 'Linux'; Params = @{ Operation = 'Install'; WindowsUpdateName = 'KB5049478' }; Message = '*-WindowsUpdateName*Linux instances*-PackageName*' }
        @{ Case = 'Ksplice on Windows instances'; Family = 'Windows'; Params = @{ UpdateType = 'Ksplice' }; Message = '*Ksplice*Oracle Linux only*Windows instances*' }
        @{ Case = 'a Linux package with -OsFamily Windows'; Family = $null; Params = @{ OsFamily = 'Windows'; Operation = 'Install'; PackageName = 'git' }; Message = '*-PackageName*Windows instances*' }
    ) {
        # Targets piped in carry their OsFamily; without them, the instance is given by id and -OsFamily says the family.
        $targets = switch ($Family) { 'Windows' { $Windows[0] } 'Linux' { $Linux[0] } default { @() } }
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'refused'; At = (Get-Date).AddHours(1) }
        if (-not $Family) { $p.ManagedInstanceId = $Windows[0].Id }
        foreach ($key in $Params.Keys) { $p[$key] = $Params[$key] }
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $targets | New-OsmScheduledJob @p } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmOsFamilyMismatch*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.Exception.Message | Should -BeLike $Message
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses instances and groups in one job (the service takes one or the other) before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        { $Groups[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'both' -ManagedInstanceId $Linux[0].Id -At (Get-Date).AddHours(1) } |
            Should -Throw -ExpectedMessage '*instances or groups, not both*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses a job without targets' {
        { New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'nothing' -At (Get-Date).AddHours(1) } | Should -Throw -ExpectedMessage '*no targets*'
    }

    It 'sends nothing with -WhatIf' {
        $before = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service createScheduledJob)
        New-TestJob -Extra @{ WhatIf = $true } | Should -BeNullOrEmpty
        Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service createScheduledJob) | Should -Be $before
    }
}

Describe "Get-OsmScheduledJob on $Service" {
    BeforeAll {
        $script:Weekly = 1..7 | ForEach-Object { New-TestJob -Name "weekly-$_" -Extra @{ RepeatEvery = 'Week'; At = (Get-Date).AddDays($_) } }
    }

    It 'lists every job across pages (page size 5), filtered by a wildcard name' {
        $found = Get-OsmScheduledJob -DisplayName 'weekly-*'
        $found.Id | Sort-Object | Should -Be ($Weekly.Id | Sort-Object)
    }

    It 'returns jobs in full: targets, action, etag' {
        $job = Get-OsmScheduledJob -Id $Weekly[0].Id
        $job.IsDetailed | Should -BeTrue
        $job.ManagedInstanceIds | Should -Be @($Linux[0].Id)
        $job.ManagedInstanceNames | Should -Be @($Linux[0].DisplayName) -Because 'a job read back names its targets, though Hub gives only their OCIDs'
        $job.Action | Should -Be 'UPDATEALL SECURITY'
        $job.ETag | Should -Not -BeNullOrEmpty
    }

    It 'lists upcoming jobs soonest first, before a time' {
        $upcoming = @(Get-OsmScheduledJob -Upcoming -Before (Get-Date).AddDays(3.5) -DisplayName 'weekly-*')
        $upcoming.DisplayName | Should -Be @('weekly-1', 'weekly-2', 'weekly-3')
        $beforeAlone = @(Get-OsmScheduledJob -Before (Get-Date).AddDays(3.5) -DisplayName 'weekly-*')
        $beforeAlone.DisplayName | Should -Be @('weekly-1', 'weekly-2', 'weekly-3') -Because '-Before implies -Upcoming'
    }

    It 'finds jobs of sub-compartments with -Recurse, and their work requests' {
        $sub = (Get-OsmCompartment -Recurse | Where-Object Depth -eq 2 | Select-Object -First 1)
        $sub | Should -Not -BeNullOrEmpty -Because 'the fleet has nested compartments'
        $deep = $Linux[1] | New-OsmScheduledJob -CompartmentId $sub.Id -DisplayName 'deep-job' -At (Get-Date).AddHours(3) -RepeatEvery Day
        (Get-OsmScheduledJob -DisplayName 'deep-job').Id | Should -BeNullOrEmpty -Because 'without -Recurse only the tenancy''s own jobs are listed'
        (Get-OsmScheduledJob -DisplayName 'deep-job' -Recurse).Id | Should -Be @($deep.Id)
        (Get-OsmScheduledJob -CompartmentId $sub.Id).Id | Should -Be @($deep.Id) -Because '-CompartmentId lists that compartment''s own jobs'
        (Get-OsmScheduledJob -Upcoming -Recurse -DisplayName 'deep-job').Id | Should -Be @($deep.Id)
        $run = @($deep | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $run.Count | Should -Be 1
        $run.Status | Should -Be 'SUCCEEDED'
        $run.ManagedInstanceId | Should -Be $Linux[1].Id
        (Get-OsmWorkRequest -Recurse).Id | Should -Contain $run.Id
    }

    It 'finds jobs by the OS family of their targets with -OsFamily' {
        $windowsJob = $Windows[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'family-windows' -UpdateType Security -At (Get-Date).AddHours(5)
        $linuxJob = New-TestJob -Name 'family-linux'
        $windowsJob.OsFamily | Should -Be 'WINDOWS'
        $onWindows = @(Get-OsmScheduledJob -OsFamily Windows)
        $onWindows.Id | Should -Contain $windowsJob.Id
        $onWindows.Id | Should -Not -Contain $linuxJob.Id
        $onWindows.OsFamily | Sort-Object -Unique | Should -Be 'WINDOWS'
        $onLinux = @(Get-OsmScheduledJob -OsFamily Linux)
        $onLinux.Id | Should -Contain $linuxJob.Id
        $onLinux.Id | Should -Not -Contain $windowsJob.Id
        $onLinux.OsFamily | Sort-Object -Unique | Should -Be 'LINUX'
        (Get-OsmScheduledJob -OsFamily All).Id | Should -Contain $windowsJob.Id
    }

    It 'finds jobs by targeted instance' {
        (Get-OsmScheduledJob -ManagedInstanceId $Linux[0].Id).Id | Should -Contain $Weekly[0].Id
        (Get-OsmScheduledJob -ManagedInstanceId $Linux[5].Id).Id | Should -Not -Contain $Weekly[0].Id
    }

    It 'completes -Id by job name' {
        $line = 'Get-OsmScheduledJob -Id weekly-3'
        $completions = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completions.CompletionMatches.CompletionText | Should -Be @($Weekly[2].Id)
        $completions.CompletionMatches[0].ListItemText | Should -Be 'weekly-3'
    }

    It 'exports jobs and their work requests to readable CSV cells' {
        $job = New-TestJob -Extra @{ Tag = @{ owner = 'ops'; env = 'prod' }; RepeatEvery = 'Week' }
        $run = @($job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $run.Count | Should -Be 1
        $run.Status | Should -Be 'SUCCEEDED'
        $row = Get-OsmScheduledJob -Id $job.Id | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.Tags | Should -Be 'env=prod; owner=ops'
        $row.ManagedInstanceIds | Should -Be $Linux[0].Id
        ($row.WorkRequestIds -split '; ' | Sort-Object) | Should -Be ($run.Id | Sort-Object)
        $csv = @(Get-OsmScheduledJob -Id $job.Id) + @($run) | ForEach-Object { $_ | ConvertTo-Csv -NoTypeInformation | Out-String }
        $csv | Should -Not -Match 'System\.(Object|String)\[\]|System\.Collections|OsManagement\.Osm'
        (Get-OsmScheduledJob -Id $job.Id).Tags['owner'] | Should -Be 'ops'
    }

    It 'writes a non-terminating error per unknown id and goes on' {
        $unknown = $Weekly[0].Id -replace '.{6}$', 'zzzzzz'
        $found = Get-OsmScheduledJob -Id $unknown, $Weekly[1].Id -ErrorVariable errs -ErrorAction SilentlyContinue
        $found.Id | Should -Be @($Weekly[1].Id)
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be $unknown
    }
}

Describe "Invoke-OsmJobNow on $Service" {
    It 'runs the jobs found by name now and waits for their work requests' {
        $jobs = 1..2 | ForEach-Object { New-TestJob -Name "runnow-$_" -Extra @{ RepeatEvery = 'Day' } }
        $before = $jobs | ForEach-Object { $_.NextExecution }
        $runsBefore = @(Get-OsmScheduledJob -DisplayName 'runnow-*' | ForEach-Object { @($_.WorkRequestIds).Count })
        $results = @(Get-OsmScheduledJob -DisplayName 'runnow-*' | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $results.Count | Should -Be 2 -Because 'each job has one instance, so each run one work request'
        $results | ForEach-Object { $_ | Should -BeOfType 'OsManagement.OsmWorkRequest'; $_.Status | Should -Be 'SUCCEEDED' }
        $results.ManagedInstanceId | Should -Be @($Linux[0].Id, $Linux[0].Id)
        $after = @(Get-OsmScheduledJob -DisplayName 'runnow-*' | Sort-Object DisplayName)
        $after.NextExecution | Should -Be $before -Because 'running now leaves the schedule alone'
        ($after | ForEach-Object { @($_.WorkRequestIds).Count }) | Should -Be ($runsBefore | ForEach-Object { $_ + 1 })
    }

    It 'returns the job with its new work requests with -PassThru' {
        # OS Management Hub runs only recurring jobs now.
        $job = if ($Service -eq 'Hub') { New-TestJob -Extra @{ RepeatEvery = 'Day' } } else { New-TestJob }
        $after = $job | Invoke-OsmJobNow -PassThru
        @($after).Count | Should -Be 1
        $after.Id | Should -Be $job.Id
        @($after.WorkRequestIds).Count | Should -Be 1 -Because 'the run has one instance'
        (Get-OsmWorkRequest -Id $after.WorkRequestIds).ManagedInstanceId | Should -Be $Linux[0].Id
    }
}

Describe "Skip-OsmJob on $Service" {
    It 'moves the next run of a recurring job on by one interval' {
        $job = New-TestJob -Extra @{ RepeatEvery = 'Day'; Interval = 2 }
        $after = $job | Skip-OsmJob -PassThru
        # In UTC: the service moves the job 48 hours, which across a daylight-saving change is not two local days.
        $after.NextExecution.ToUniversalTime() | Should -Be $job.NextExecution.ToUniversalTime().AddDays(2)
        (Get-OsmScheduledJob -Id $job.Id).NextExecution.ToUniversalTime() | Should -Be $after.NextExecution.ToUniversalTime()
    }

    It 'refuses a one-time job with a clear error and sends nothing' {
        $job = New-TestJob
        $skip = Get-OsmTestOperation $Service skipNextScheduledJobExecution
        $before = Get-OsmEmulatorCallCount $Emulator -Operation $skip
        $job | Skip-OsmJob -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].Exception.Message | Should -BeLike '*runs once*'
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmSkipOneTimeJob*'
        Get-OsmEmulatorCallCount $Emulator -Operation $skip | Should -Be $before
    }

    It 'refuses a one-time job given by -Id after reading it, with the way out, and sends no skip' {
        $job = New-TestJob -Name 'skip-me-by-id'
        $skip = Get-OsmTestOperation $Service skipNextScheduledJobExecution
        $before = Get-OsmEmulatorCallCount $Emulator -Operation $skip
        Skip-OsmJob -Id $job.Id -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmSkipOneTimeJob*'
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $errs[0].TargetObject | Should -Be $job.Id
        $errs[0].Exception.Message | Should -BeLike '*skip-me-by-id runs once*Remove-OsmScheduledJob*Set-OsmScheduledJob -At*'
        Get-OsmEmulatorCallCount $Emulator -Operation $skip | Should -Be $before
        (Get-OsmScheduledJob -Id $job.Id).NextExecution | Should -Be $job.NextExecution
    }
}

Describe "Job OCIDs from the pipeline, on $Service" {
    It 'takes bare job OCIDs piped as strings, as Get-OsmScheduledJob does: <Command>' -TestCases @(
        @{ Command = 'Skip-OsmJob'; Extra = @{ PassThru = $true } }
        @{ Command = 'Set-OsmScheduledJob'; Extra = @{ Description = 'changed from a piped id'; PassThru = $true } }
        @{ Command = 'Invoke-OsmJobNow'; Extra = @{ PassThru = $true } }
        @{ Command = 'Remove-OsmScheduledJob'; Extra = @{ Confirm = $false } }
    ) {
        $job = New-TestJob -Extra @{ RepeatEvery = 'Day'; Interval = 1 }
        $out = @([string] $job.Id | & $Command @Extra -ErrorAction Stop)
        if ($Command -eq 'Remove-OsmScheduledJob') {
            Get-OsmScheduledJob -Id $job.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }
        else {
            $out.Count | Should -Be 1
            $out[0].Id | Should -Be $job.Id
        }
        if ($Command -eq 'Set-OsmScheduledJob') { (Get-OsmScheduledJob -Id $job.Id).Description | Should -Be 'changed from a piped id' }
        if ($Command -eq 'Skip-OsmJob') { $out[0].NextExecution.ToUniversalTime() | Should -Be $job.NextExecution.ToUniversalTime().AddDays(1) }
    }
}

Describe "Set-OsmScheduledJob on $Service" {
    It 'changes name, description, time and recurrence' {
        $job = New-TestJob
        $at = (Get-Date).AddDays(5).Date.AddHours(3)
        $changed = $job | Set-OsmScheduledJob -NewDisplayName 'renamed' -Description 'moved' -At $at -RepeatEvery Month -PassThru
        $changed.DisplayName | Should -Be 'renamed'
        $changed.Description | Should -Be 'moved'
        $changed.NextExecution | Should -Be $at
        $changed.Recurrence | Should -Be 'Every month'
    }

    It 'makes a recurring job run only once more with -Once' {
        $job = New-TestJob -Extra @{ RepeatEvery = 'Week' }
        $job.ScheduleType | Should -Be 'RECURRING'
        $changed = $job | Set-OsmScheduledJob -Once -PassThru
        $changed.ScheduleType | Should -Be 'ONETIME'
        $changed.Recurrence | Should -Be 'Once'
        $changed.NextExecution | Should -Be $job.NextExecution
        (Get-OsmScheduledJob -Id $job.Id).ScheduleType | Should -Be 'ONETIME'
    }

    It 'changes the interval with -RepeatEvery and -Interval, and refuses -Interval alone before any request' {
        $job = New-TestJob -Extra @{ RepeatEvery = 'Day' }
        $changed = Set-OsmScheduledJob -Id $job.Id -RepeatEvery Day -Interval 3 -PassThru
        $changed.Recurrence | Should -Be 'Every 3 days'
        $changed.IntervalValue | Should -Be 3
        (Get-OsmScheduledJob -Id $job.Id).Recurrence | Should -Be 'Every 3 days'
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $changed | Set-OsmScheduledJob -Interval 2 } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidSchedule*'
        $err.Exception.Message | Should -BeLike '*-Interval 2 needs -RepeatEvery*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'replaces the tags with -Tag' {
        $job = New-TestJob -Extra @{ Tag = @{ owner = 'ops'; change = 'CHG0001' } }
        $changed = $job | Set-OsmScheduledJob -Tag @{ owner = 'dba'; window = 'sunday' } -PassThru
        ($changed.Tags.Keys | Sort-Object) | Should -Be @('owner', 'window')
        $read = Get-OsmScheduledJob -Id $job.Id
        $read.Tags['owner'] | Should -Be 'dba'
        $read.Tags['window'] | Should -Be 'sunday'
        $read.Tags.ContainsKey('change') | Should -BeFalse -Because '-Tag replaces the tags'
    }

    It 'changes the update type of an UpdateAll job with -UpdateType <Type>' -TestCases @(
        @{ Type = 'Bugfix'; Action = 'UPDATEALL BUGFIX' }
        @{ Type = 'Enhancement'; Action = 'UPDATEALL ENHANCEMENT' }
        @{ Type = 'All'; Action = 'UPDATEALL ALL' }
    ) {
        $job = New-TestJob
        $job.Action | Should -Be 'UPDATEALL SECURITY'
        ($job | Set-OsmScheduledJob -UpdateType $Type -PassThru).Action | Should -Be $Action
        (Get-OsmScheduledJob -Id $job.Id).Action | Should -Be $Action
    }

    It 'says a deleted job is not found, <How>, and changes nothing' -TestCases @(@{ How = 'by id' }, @{ How = 'piped' }) {
        $job = New-TestJob
        $job | Remove-OsmScheduledJob -Confirm:$false
        $before = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob)
        $changed = if ($How -eq 'by id') { Set-OsmScheduledJob -Id $job.Id -NewDisplayName 'too-late' -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue }
                   else { $job | Set-OsmScheduledJob -NewDisplayName 'too-late' -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue }
        $changed | Should -BeNullOrEmpty
        $errs.Count | Should -Be 1
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be $job.Id
        $errs[0].Exception.Message | Should -BeLike "*$($job.Id)*not found*"
        Get-OsmScheduledJob -DisplayName 'too-late' | Should -BeNullOrEmpty
        $expectedUpdates = if ($How -eq 'by id') { $before } else { $before + 1 }
        Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob) | Should -Be $expectedUpdates -Because 'by id the job is read first; piped, the change is sent with its etag and refused'
    }

    It 'reports a concurrent change as a conflict and does not overwrite it' {
        $job = New-TestJob
        $seen = Get-OsmScheduledJob -Id $job.Id
        Set-OsmScheduledJob -Id $job.Id -NewDisplayName 'changed-by-someone-else'
        $seen | Set-OsmScheduledJob -NewDisplayName 'my-change' -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmScheduledJobChanged*'
        $errs[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
        (Get-OsmScheduledJob -Id $job.Id).DisplayName | Should -Be 'changed-by-someone-else'
    }

    It 'refuses <Case> before any change is sent' -TestCases @(
        @{ Case = '-UpdateType on an Install job'; Job = @{ Operation = 'Install'; PackageName = 'git', 'tmux'; UpdateType = $null }; Change = @{ UpdateType = 'Security' }; ErrorId = 'OsmInvalidSchedule'; Message = '*-UpdateType*UpdateAll jobs only*INSTALL*' }
        @{ Case = '-PackageName on an UpdateAll job'; Job = @{}; Change = @{ PackageName = 'vim' }; ErrorId = 'OsmInvalidSchedule'; Message = '*UpdateAll job*no -PackageName*' }
        @{ Case = '-WindowsUpdateName on a Linux package job'; Job = @{ Operation = 'Install'; PackageName = 'git'; UpdateType = $null }; Change = @{ WindowsUpdateName = 'KB1' }; ErrorId = 'OsmOsFamilyMismatch'; Message = '*-WindowsUpdateName*Linux job*-PackageName*' }
        @{ Case = '-PackageName on a Windows update job'; OnWindows = $true; Job = @{ Operation = 'Install'; WindowsUpdateName = 'KB5046616'; UpdateType = $null }; Change = @{ PackageName = 'git' }; ErrorId = 'OsmOsFamilyMismatch'; Message = '*-PackageName*Windows job*' }
        @{ Case = 'Ksplice on a Windows UpdateAll job'; OnWindows = $true; Job = @{}; Change = @{ UpdateType = 'Ksplice' }; ErrorId = 'OsmOsFamilyMismatch'; Message = '*Ksplice*Windows job*' }
    ) {
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'to-change'; UpdateType = 'Security'; At = (Get-Date).AddHours(6) }
        foreach ($key in $Job.Keys) { if ($null -eq $Job[$key]) { $p.Remove($key) } else { $p[$key] = $Job[$key] } }
        $job = $(if ($OnWindows) { $Windows[0] } else { $Linux[0] }) | New-OsmScheduledJob @p
        foreach ($how in 'by id', 'piped') {
            $before = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob)
            if ($how -eq 'by id') {
                Set-OsmScheduledJob -Id $job.Id @Change -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            } else {
                $job | Set-OsmScheduledJob @Change -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            }
            $errs.Count | Should -Be 1 -Because $how
            $errs[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId*"
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -Be $job.Id
            $errs[0].Exception.Message | Should -BeLike $Message
            Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob) | Should -Be $before -Because $how
        }
        (Get-OsmScheduledJob -Id $job.Id).Action | Should -Be $job.Action
    }

    It 'refuses Linux packages and Windows updates together before any request' {
        $job = New-TestJob
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $job | Set-OsmScheduledJob -PackageName git -WindowsUpdateName KB1 } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidSchedule*'
        $err.Exception.Message | Should -BeLike '*not both*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'still changes the packages of a package job' {
        $job = $Linux[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'packages' -Operation Install -PackageName git -At (Get-Date).AddHours(6)
        ($job | Set-OsmScheduledJob -PackageName git, tmux -PassThru).Action | Should -Be 'INSTALL git; tmux'
    }

    It 'sends no change with -WhatIf' {
        $job = New-TestJob
        $before = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob)
        $job | Set-OsmScheduledJob -NewDisplayName 'whatif' -WhatIf
        Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service updateScheduledJob) | Should -Be $before
    }
}

Describe "What a job does when it runs, on $Service" {
    BeforeAll {
        # A fleet of its own, with one Linux instance per case missing updates of every type (a kernel update among them),
        # and a group; the job's run is judged by the fleet's ground truth.
        $updates = @(
            @{ name = 'openssl-libs'; severity = 'IMPORTANT' }
            @{ name = 'kernel-uek'; severity = 'IMPORTANT'; version = '5.15.0-300.163.18.el9uek'; installedVersion = '5.15.0-206.153.7.el9uek' }
            @{ name = 'bash'; classification = 'BUGFIX' }
            @{ name = 'tuned'; classification = 'ENHANCEMENT' }
            @{ name = 'tzdata'; classification = 'OTHER' }
        )
        $names = 'security', 'bugfix', 'enhancement', 'other', 'all', 'ksplice', 'pkg-update', 'pkg-remove', 'pkg-install', 'member-1', 'member-2', 'once'
        $fleet = @{
            groups    = @(@{ name = 'web-tier' })
            instances = @($names | ForEach-Object {
                    $instance = @{ name = $_; osFamily = 'ORACLE_LINUX_9'; updates = $updates }
                    if ($_ -like 'member-*') { $instance.group = 'web-tier' }
                    $instance
                })
        }
        $path = Join-Path $TestDrive 'job-fleet.json'
        $fleet | ConvertTo-Json -Depth 10 | Set-Content $path
        $script:Runs = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $path)
        $script:RunsContext = Connect-Osm -ConfigFile $Runs.configFile -Endpoint $Runs.endpoint -Service $Service -PassThru
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
        $script:ByName = @{}
        foreach ($i in Find-OsmTestInstance $Runs) { $ByName[$i.displayName] = $i }
        function Get-RunsMissing([string] $Name) { @((Find-OsmTestInstance $Runs | Where-Object displayName -eq $Name).updates.displayName | Sort-Object) }
        # A job on one instance, run now (Hub runs only recurring jobs now), and its run's work requests.
        function Invoke-JobRun([string] $Name, [hashtable] $Job) {
            $p = @{ Context = $RunsContext; CompartmentId = $Runs.tenancyId; DisplayName = "run-$Name"; ManagedInstanceId = $ByName[$Name].id
                At = (Get-Date).AddHours(4); RepeatEvery = 'Week' }
            foreach ($key in $Job.Keys) { $p[$key] = $Job[$key] }
            $created = New-OsmScheduledJob @p
            $run = @($created | Invoke-OsmJobNow -Context $RunsContext -Wait -PollInterval 0.2 -ErrorVariable runErrors)
            $runErrors | Should -BeNullOrEmpty
            $run.Count | Should -Be 1
            $run.Status | Should -Be 'SUCCEEDED'
            $created
        }
    }

    AfterAll {
        if ($script:Runs) { Stop-OsmTestEmulator $script:Runs }
    }

    It 'installs only the <Type> updates with -UpdateType <Type>' -TestCases @(
        @{ Type = 'Security'; Instance = 'security'; Action = 'UPDATEALL SECURITY'; Left = @('bash', 'tuned', 'tzdata') }
        @{ Type = 'Bugfix'; Instance = 'bugfix'; Action = 'UPDATEALL BUGFIX'; Left = @('kernel-uek', 'openssl-libs', 'tuned', 'tzdata') }
        @{ Type = 'Enhancement'; Instance = 'enhancement'; Action = 'UPDATEALL ENHANCEMENT'; Left = @('bash', 'kernel-uek', 'openssl-libs', 'tzdata') }
        @{ Type = 'Other'; Instance = 'other'; Action = 'UPDATEALL OTHER'; Left = @('bash', 'kernel-uek', 'openssl-libs', 'tuned') }
        @{ Type = 'All'; Instance = 'all'; Action = 'UPDATEALL ALL'; Left = @() }
        @{ Type = 'Ksplice'; Instance = 'ksplice'; Action = 'UPDATEALL KSPLICE'; Left = @('bash', 'openssl-libs', 'tuned', 'tzdata') }
    ) {
        Get-RunsMissing $Instance | Should -Be @('bash', 'kernel-uek', 'openssl-libs', 'tuned', 'tzdata')
        $job = Invoke-JobRun $Instance @{ UpdateType = $Type }
        $job.Action | Should -Be $Action
        (Get-RunsMissing $Instance) -join ', ' | Should -Be ($Left -join ', ')
    }

    It 'updates, removes or installs the named packages with -Operation <Operation>' -TestCases @(
        @{ Operation = 'Update'; Instance = 'pkg-update'; Package = 'bash'; Left = @('kernel-uek', 'openssl-libs', 'tuned', 'tzdata'); Log = 'Installing 1 update(s) on pkg-update: bash-*' }
        @{ Operation = 'Remove'; Instance = 'pkg-remove'; Package = 'tuned'; Left = @('bash', 'kernel-uek', 'openssl-libs', 'tzdata'); Log = 'Removed package tuned-* from pkg-remove.' }
        @{ Operation = 'Install'; Instance = 'pkg-install'; Package = 'htop'; Left = @('bash', 'kernel-uek', 'openssl-libs', 'tuned', 'tzdata'); Log = 'Installed package htop on pkg-install.' }
    ) {
        $job = Invoke-JobRun $Instance @{ Operation = $Operation; PackageName = $Package }
        $job.OperationType | Should -Be $Operation.ToUpperInvariant()
        $job.PackageNames | Should -Be @($Package)
        (Get-RunsMissing $Instance) -join ', ' | Should -Be ($Left -join ', ')
        $request = Get-OsmWorkRequest -Context $RunsContext -Id (Get-OsmScheduledJob -Context $RunsContext -Id $job.Id).WorkRequestIds
        ($request | Get-OsmWorkRequestLog -Context $RunsContext).Message -like $Log | Should -Not -BeNullOrEmpty -Because "the log says what was done ($Log)"
    }

    It 'targets a group given by id with -ManagedInstanceGroupId, patches its members, and is found by it' {
        $group = (Invoke-OsmEmulatorAdmin $Runs 'fleet').$(if ($Service -eq 'Hub') { 'hubGroups' } else { 'groups' }) | Where-Object displayName -eq 'web-tier'
        $group.instanceIds | Sort-Object | Should -Be (@($ByName['member-1'].id, $ByName['member-2'].id) | Sort-Object)
        $job = New-OsmScheduledJob -Context $RunsContext -CompartmentId $Runs.tenancyId -DisplayName 'group-by-id' -ManagedInstanceGroupId $group.id `
            -UpdateType Security -At (Get-Date).AddHours(4) -RepeatEvery Week
        $job.ManagedInstanceGroupIds | Should -Be @($group.id)
        $job.ManagedInstanceIds | Should -BeNullOrEmpty
        $job.Targets | Should -BeLike '*group web-tier*'
        $other = Invoke-JobRun 'security' @{ DisplayName = 'not-the-group'; UpdateType = 'Bugfix' }
        $byGroup = @(Get-OsmScheduledJob -Context $RunsContext -ManagedInstanceGroupId $group.id)
        $byGroup.Id | Should -Be @($job.Id)
        $byGroup.Id | Should -Not -Contain $other.Id
        $run = @($job | Invoke-OsmJobNow -Context $RunsContext -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $run.Count | Should -Be 1 -Because 'a group''s run is one work request'
        $run.Status | Should -Be 'SUCCEEDED'
        foreach ($member in 'member-1', 'member-2') { (Get-RunsMissing $member) -join ', ' | Should -Be 'bash, tuned, tzdata' -Because "$member is in the group" }
    }

    It 'runs a one-time job when its time comes, and lists it by -State as the service keeps it then' {
        $job = New-OsmScheduledJob -Context $RunsContext -CompartmentId $Runs.tenancyId -DisplayName 'once-at-its-time' -ManagedInstanceId $ByName['once'].id `
            -UpdateType Bugfix -At (Get-Date).AddMinutes(2)
        (Get-OsmScheduledJob -Context $RunsContext -State Active).Id | Should -Contain $job.Id
        Get-RunsMissing 'once' | Should -Contain 'bash'
        Invoke-OsmEmulatorAdmin $Runs 'clock/advance?by=PT3M' -Method POST | Out-Null
        Wait-OsmCondition -Because 'the run to finish' -Condition {
            $ids = @((Get-OsmScheduledJob -Context $RunsContext -Id $job.Id).WorkRequestIds)
            $ids.Count -eq 1 -and (Get-OsmWorkRequest -Context $RunsContext -Id $ids).IsFinished
        }
        $request = Get-OsmWorkRequest -Context $RunsContext -Id (Get-OsmScheduledJob -Context $RunsContext -Id $job.Id).WorkRequestIds
        $request.Status | Should -Be 'SUCCEEDED'
        Get-RunsMissing 'once' | Should -Not -Contain 'bash'
        if ($Service -eq 'Hub') {
            # OS Management Hub keeps a one-time job that has run as INACTIVE.
            (Get-OsmScheduledJob -Context $RunsContext -Id $job.Id).LifecycleState | Should -Be 'INACTIVE'
            (Get-OsmScheduledJob -Context $RunsContext -State Inactive).Id | Should -Be @($job.Id)
            (Get-OsmScheduledJob -Context $RunsContext -State Active).Id | Should -Not -Contain $job.Id
        }
        else {
            # The retired service keeps it ACTIVE, with no next run.
            $read = Get-OsmScheduledJob -Context $RunsContext -Id $job.Id
            $read.LifecycleState | Should -Be 'ACTIVE'
            $read.NextExecution | Should -BeNullOrEmpty
            (Get-OsmScheduledJob -Context $RunsContext -State Active).Id | Should -Contain $job.Id
            # It has no INACTIVE state: asking for it finds none, without an error or a request.
            $before = Get-OsmEmulatorCallCount $Runs -Operation (Get-OsmTestOperation $Service listScheduledJobs)
            @(Get-OsmScheduledJob -Context $RunsContext -State Inactive -ErrorAction Stop).Count | Should -Be 0
            Get-OsmEmulatorCallCount $Runs -Operation (Get-OsmTestOperation $Service listScheduledJobs) | Should -Be $before
        }
    }
}

Describe "Remove-OsmScheduledJob on $Service" {
    It 'is a high-impact change (asks first unless -Confirm:$false)' {
        $attribute = (Get-Command Remove-OsmScheduledJob).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        $attribute.ConfirmImpact | Should -Be 'High'
    }

    It 'names the job in the -WhatIf message and sends no delete' {
        $job = New-TestJob -Name 'the-job-to-keep'
        $before = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service deleteScheduledJob)
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        $job | Remove-OsmScheduledJob -WhatIf
        Stop-Transcript | Out-Null
        Get-Content -Raw $transcript | Should -BeLike '*the-job-to-keep*'
        Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service deleteScheduledJob) | Should -Be $before
    }

    It 'deletes with -Confirm:$false' {
        $job = New-TestJob
        $job | Remove-OsmScheduledJob -Confirm:$false
        Get-OsmScheduledJob -Id $job.Id -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'writes a non-terminating error for an unknown id and deletes the other jobs' {
        $jobs = 1..2 | ForEach-Object { New-TestJob -Name "remove-$_" }
        $unknown = $jobs[0].Id -replace '.{6}$', 'zzzzzz'
        $delete = Get-OsmTestOperation $Service deleteScheduledJob
        $before = Get-OsmEmulatorCallCount $Emulator -Operation $delete
        @($jobs[0].Id, $unknown, $jobs[1].Id) | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
            Remove-OsmScheduledJob -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs.Count | Should -Be 1
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be $unknown
        Get-OsmScheduledJob -DisplayName 'remove-*' | Should -BeNullOrEmpty
        Get-OsmEmulatorCallCount $Emulator -Operation $delete | Should -Be ($before + 2) -Because 'the unknown job is not found when its name is read'
    }

    It 'deletes a piped job also when it changed since it was read (a run changes it too), as a cleanup after running it needs' {
        # Unlike Set-OsmScheduledJob, a delete sends no etag: the job is deleted as it is now. Running a job changes it
        # (its work requests, its etag), so `finally { $job | Remove-OsmScheduledJob }` after a run must still delete it.
        $job = New-TestJob -Name 'read-before-the-change' -Extra @{ RepeatEvery = 'Day' }
        Set-OsmScheduledJob -Id $job.Id -NewDisplayName 'renamed-by-someone-else' -At (Get-Date).AddDays(9)
        $run = @($job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable runErrors)
        $runErrors | Should -BeNullOrEmpty
        $run.Status | Should -Be 'SUCCEEDED'
        (Get-OsmScheduledJob -Id $job.Id).ETag | Should -Not -Be $job.ETag
        $job | Remove-OsmScheduledJob -Confirm:$false -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        Get-OsmScheduledJob -Id $job.Id -ErrorVariable missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-OsmWorkRequest -Id $run.Id).Id | Should -Be $run.Id -Because 'the work its runs started stays visible'
    }
}

Describe "What OS Management Hub adds to scheduled jobs, on $Service" {
    BeforeAll {
        # Hub's rules run in UTC: the next Sunday at 03:00 UTC, whatever the machine's time zone.
        $utcNow = [DateTime]::UtcNow
        $script:Sunday = [DateTime]::SpecifyKind($utcNow.Date.AddHours(3), 'Utc')
        while ($Sunday.DayOfWeek -ne 'Sunday' -or $Sunday -le $utcNow.AddHours(1)) { $script:Sunday = $Sunday.AddDays(1) }
        # On the retired service, what only Hub can do is refused before any request, naming the feature and the way to Hub.
        function Assert-NeedsHub([scriptblock] $Call, [string] $Feature) {
            $before = Get-OsmEmulatorCallCount $Emulator
            $err = $Call | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
            $err.Exception.Message | Should -BeLike "*$Feature*OS Management Hub feature*Connect-Osm -Service Hub*"
            Get-OsmEmulatorCallCount $Emulator | Should -Be $before
        }
    }

    It 'schedules a weekly job on Sundays at 03:00 by -RecurrenceRule, and a skip moves it to the following Sunday' {
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'sundays'; UpdateType = 'Security'; At = $Sunday; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SU' }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $Linux[0] | New-OsmScheduledJob @p } '-RecurrenceRule' }
        $job = $Linux[0] | New-OsmScheduledJob @p
        $job.ScheduleType | Should -Be 'RECURRING'
        $job.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $job.Recurrence | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $job.NextExecution.ToUniversalTime() | Should -Be $Sunday
        $skipped = $job | Skip-OsmJob -PassThru
        $skipped.NextExecution.ToUniversalTime() | Should -Be $Sunday.AddDays(7)
        (Get-OsmScheduledJob -Id $job.Id).RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
    }

    It 'skips to the next occurrence of a rule an interval cannot say: the first Sunday of the month' {
        $firstSunday = [DateTime]::SpecifyKind((Get-Date -Year ($Sunday.Year + 1) -Month 1 -Day 1).Date.AddHours(3), 'Utc')
        while ($firstSunday.DayOfWeek -ne 'Sunday') { $firstSunday = $firstSunday.AddDays(1) }
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'first-sundays'; At = $firstSunday; RecurrenceRule = 'FREQ=MONTHLY;BYDAY=1SU' }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $Linux[0] | New-OsmScheduledJob @p } '-RecurrenceRule' }
        $job = $Linux[0] | New-OsmScheduledJob @p
        $next = [DateTime]::SpecifyKind($firstSunday.Date.AddMonths(1).AddDays(1 - $firstSunday.Day).AddHours(3), 'Utc')
        while ($next.DayOfWeek -ne 'Sunday') { $next = $next.AddDays(1) }
        ($job | Skip-OsmJob -PassThru).NextExecution.ToUniversalTime() | Should -Be $next
    }

    It 'takes a rule that is an interval as one, on both services' {
        $job = $Linux[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'every-2-days' -At (Get-Date).AddHours(2) -RecurrenceRule 'FREQ=DAILY;INTERVAL=2'
        $job.Recurrence | Should -Be 'Every 2 days'
        $job.IntervalType | Should -Be 'DAY'
        $job.IntervalValue | Should -Be 2
        $job.RecurrenceRule | Should -Be 'FREQ=DAILY;INTERVAL=2'
    }

    It 'refuses <Case> before any request, saying what is wrong in it' -TestCases @(
        @{ Case = 'a day that is not one'; Rule = 'FREQ=WEEKLY;BYDAY=SUN'; Message = "*-RecurrenceRule 'FREQ=WEEKLY;BYDAY=SUN'*BYDAY value 'SUN' is not a day*MO, TU, WE, TH, FR, SA or SU*" }
        @{ Case = 'a rule without FREQ'; Rule = 'BYDAY=SU'; Message = '*no FREQ*FREQ=YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY*' }
        @{ Case = 'COUNT, which Hub does not take'; Rule = 'FREQ=DAILY;COUNT=3'; Message = '*COUNT is not a part OS Management Hub takes*Remove-OsmScheduledJob*' }
        @{ Case = 'an hour out of range'; Rule = 'FREQ=DAILY;BYHOUR=24'; Message = '*BYHOUR=24 is out of range; BYHOUR takes 0 to 23*' }
    ) {
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $Linux[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'bad-rule' -At (Get-Date).AddHours(2) -RecurrenceRule $Rule } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidSchedule*'
        $err.Exception.Message | Should -BeLike $Message
        $err.Exception.Message | Should -BeLike "*Examples: 'FREQ=WEEKLY;BYDAY=SU'*"
        { Set-OsmScheduledJob -Id 'ocid1.osmhscheduledjob.oc1.iad.aaaa' -RecurrenceRule $Rule } | Should -Throw -ExpectedMessage $Message
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'changes a job to a rule with Set-OsmScheduledJob -RecurrenceRule' {
        $job = New-TestJob -Extra @{ RepeatEvery = 'Day' }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $job | Set-OsmScheduledJob -RecurrenceRule 'FREQ=WEEKLY;BYDAY=MO,FR' } '-RecurrenceRule' }
        $changed = $job | Set-OsmScheduledJob -RecurrenceRule 'FREQ=WEEKLY;BYDAY=MO,FR' -PassThru
        # The rule is read in the local zone; the service holds it in UTC (Tuesdays and Saturdays when the job's local time is in the evening).
        $changed.LocalRecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=MO,FR'
        $changed.NextRuns.Local.DayOfWeek | Sort-Object -Unique | Should -Be @('Monday', 'Friday')
        $changed.NextRuns.Utc | Should -Be ($changed.NextRuns.Local | ForEach-Object ToUniversalTime)
    }

    It 'targets a compartment and its sub-compartments with -ManagedCompartmentId -IncludeSubcompartments' {
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'whole-tenancy'; UpdateType = 'Security'; At = (Get-Date).AddHours(4); ManagedCompartmentId = $Tenancy; IncludeSubcompartments = $true }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { New-OsmScheduledJob @p } '-ManagedCompartmentId' }
        $job = New-OsmScheduledJob @p
        $job.ManagedCompartmentIds | Should -Be @($Tenancy)
        $job.IncludeSubcompartments | Should -BeTrue
        $job.ManagedInstanceIds | Should -BeNullOrEmpty
        $job.Targets | Should -Be "compartment $Tenancy and below"
        (Get-OsmScheduledJob -Id $job.Id).ManagedCompartmentIds | Should -Be @($Tenancy)
    }

    It 'refuses a compartment with instances in one job, before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        { $Linux[0] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'mixed-kinds' -At (Get-Date).AddHours(4) -ManagedCompartmentId $Tenancy } |
            Should -Throw -ExpectedMessage $(if ($Service -eq 'Hub') { '*one kind of target*1 instance(s)*1 compartment(s)*' } else { '*-ManagedCompartmentId*OS Management Hub feature*' })
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'reboots on a schedule with -Operation Reboot' {
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'reboot'; Operation = 'Reboot'; At = (Get-Date).AddHours(4) }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $Linux[0] | New-OsmScheduledJob @p } '-Operation Reboot' }
        $job = $Linux[0] | New-OsmScheduledJob @p
        $job.OperationType | Should -Be 'REBOOT'
        $job.Action | Should -Be 'REBOOT'
        (Get-OsmScheduledJob -Operation Reboot -DisplayName 'reboot').Id | Should -Be @($job.Id)
    }

    It 'retries failed runs after the minutes of -RetryInterval' {
        $p = @{ CompartmentId = $Tenancy; DisplayName = 'retrying'; UpdateType = 'Security'; At = (Get-Date).AddHours(4); RetryInterval = 5, 15 }
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $Linux[0] | New-OsmScheduledJob @p } '-RetryInterval' }
        $job = $Linux[0] | New-OsmScheduledJob @p
        $job.RetryIntervals | Should -Be @(5, 15)
        ($job | Set-OsmScheduledJob -RetryInterval 10 -PassThru).RetryIntervals | Should -Be @(10)
    }

    It 'refuses to run a one-time job now on Hub, with the fix, and sends no runNow' {
        $job = New-TestJob
        if ($Service -eq 'Classic') { return ($job | Invoke-OsmJobNow -PassThru).WorkRequestIds.Count | Should -BeGreaterThan 0 }
        $runNow = Get-OsmTestOperation $Service runScheduledJobNow
        $runsBefore = Get-OsmEmulatorCallCount $Emulator -Operation $runNow
        $before = Get-OsmEmulatorCallCount $Emulator
        $job | Invoke-OsmJobNow -Wait -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmRunOneTimeJobNow*'
        $errs[0].Exception.Message | Should -BeLike "*runs once*only recurring jobs now*Set-OsmScheduledJob -Id $($job.Id) -At (Get-Date).AddMinutes(1)*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before -Because 'a piped job says it runs once: nothing is sent'
        Invoke-OsmJobNow -Id $job.Id -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmRunOneTimeJobNow*'
        Get-OsmEmulatorCallCount $Emulator -Operation $runNow | Should -Be $runsBefore
    }
}
