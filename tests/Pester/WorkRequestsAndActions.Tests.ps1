# Immediate actions (each creates a work request) and following work requests: get, logs, errors, wait, on OS Management
# Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service); Hub's work request trees and
# re-runs on Hub, and refused before any request on the retired service.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=24,compartments=3,depth=2,groups=2,vulnerable=0.75,windows=0.25,unreachable=3'
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    # Those whose content the module changes directly (on Hub a member's content changes through its group or stage).
    $script:Vulnerable = @(Get-OsmManagedInstance -Recurse | Where-Object SecurityUpdatesAvailable -gt 0 | Select-OsmStandalone -Service $Service)
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "Install-OsmUpdate on $Service" {
    It 'installs security updates on piped instances and -Wait returns finished work requests' {
        $targets = $Vulnerable | Where-Object Status -eq 'NORMAL' | Select-Object -First 3
        $requests = $targets | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        @($requests).Count | Should -Be 3
        $requests | ForEach-Object { $_.IsFinished | Should -BeTrue }
        $requests.ManagedInstanceId | Sort-Object | Should -Be ($targets.Id | Sort-Object)
        foreach ($request in $requests | Where-Object Status -eq 'SUCCEEDED') {
            (Get-OsmManagedInstance -Id $request.ManagedInstanceId).SecurityUpdatesAvailable | Should -Be 0
        }
    }

    It 'without -Wait returns the work request at once' {
        $request = $Vulnerable[-1] | Install-OsmUpdate -UpdateType Bugfix
        $request | Should -BeOfType 'OsManagement.OsmWorkRequest'
        $request.Id | Should -Match '^ocid1\.'
    }

    It 'installs specific updates by name on Linux and Windows instances alike' {
        foreach ($family in 'Linux', 'Windows') {
            $instance = Get-OsmManagedInstance -Recurse -OsFamily $family | Select-OsmStandalone -Service $Service | Where-Object UpdatesAvailable -gt 0 |
                Select-Object -First 1
            $update = $instance | Get-OsmAvailableUpdate | Select-Object -First 1
            $request = Install-OsmUpdate -ManagedInstanceId $instance.Id -Name $update.Name -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
            $request.IsFinished | Should -BeTrue
            if ($request.Status -eq 'SUCCEEDED') {
                ($instance | Get-OsmAvailableUpdate).Name | Should -Not -Contain $update.Name
            }
        }
    }

    It 'updates a whole group from the pipeline' {
        $group = Get-OsmManagedInstanceGroup -Recurse | Select-Object -First 1
        $request = $group | Install-OsmUpdate -UpdateType All
        $request | Should -BeOfType 'OsManagement.OsmWorkRequest'
    }

    It 'names the instance in -WhatIf and sends no action' {
        $before = Get-OsmEmulatorChangeCount $Emulator
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        $Vulnerable[0] | Install-OsmUpdate -UpdateType Security -WhatIf
        Stop-Transcript | Out-Null
        Get-Content -Raw $transcript | Should -BeLike "*$($Vulnerable[0].DisplayName)*"
        Get-OsmEmulatorChangeCount $Emulator | Should -Be $before
    }

    It 'goes on after a bad id in a piped list, with a non-terminating error for it' {
        $unknown = $Vulnerable[0].Id -replace '.{6}$', 'zzzzzz'
        $ids = @($unknown, $Vulnerable[1].Id)
        $requests = $ids | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Install-OsmUpdate -UpdateType Other -ErrorVariable errs -ErrorAction SilentlyContinue
        @($requests).Count | Should -Be 1
        $errs[0].TargetObject | Should -Be $unknown
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe "Install-OsmPackage and Uninstall-OsmPackage on $Service" {
    It 'installs a package and then removes it' {
        $linux = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object Status -eq 'NORMAL' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $install = $linux | Install-OsmPackage -Name 'htop' -Wait -PollInterval 0.2
        $install.Status | Should -Be 'SUCCEEDED'
        $install.Operation | Should -Be 'INSTALL' -Because 'the module''s word is the same on both services'
        $install.OperationType | Should -Be $(if ($Service -eq 'Hub') { 'INSTALL_PACKAGES' } else { 'INSTALL' }) -Because 'OperationType is the service''s own word'
        $remove = $linux | Uninstall-OsmPackage -Name 'htop' -Confirm:$false -Wait -PollInterval 0.2
        $remove.Status | Should -Be 'SUCCEEDED'
    }

    It 'refuses a piped Windows instance before any request, and goes on with the Linux ones' {
        $windows = Get-OsmManagedInstance -Recurse -OsFamily Windows | Select-Object -First 1
        $linux = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object Status -eq 'NORMAL' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $windows | Should -Not -BeNullOrEmpty -Because 'the generated fleet has Windows instances'
        $install = Get-OsmTestOperation $Service installPackageOnManagedInstance
        $before = Get-OsmEmulatorCallCount $Emulator -Operation $install
        $requests = @($windows, $linux) | Install-OsmPackage -Name 'git' -ErrorVariable errs -ErrorAction SilentlyContinue
        @($requests).ManagedInstanceId | Should -Be @($linux.Id)
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmOsFamilyMismatch*'
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errs[0].TargetObject | Should -Be $windows.Id
        $errs[0].Exception.Message | Should -BeLike "*$($windows.DisplayName)*Windows instance*Install-OsmUpdate*"
        Get-OsmEmulatorCallCount $Emulator -Operation $install | Should -Be ($before + 1) -Because 'only the Linux instance was sent'
    }

    It 'asks before removing (ConfirmImpact High)' {
        $attribute = (Get-Command Uninstall-OsmPackage).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        $attribute.ConfirmImpact | Should -Be 'High'
    }
}

Describe "Get-OsmWorkRequest and friends on $Service" {
    BeforeAll {
        $script:Linux = @($Vulnerable | Where-Object OsFamily -eq 'LINUX')
        $script:Job = $Linux[0..1] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'wr-job' -UpdateType Security -At (Get-Date).AddHours(1) -RepeatEvery Day
        $script:Run = $Job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
    }

    It 'gets a job''s work requests by piping the job' {
        $requests = Get-OsmScheduledJob -Id $Job.Id | Get-OsmWorkRequest
        $requests.Id | Sort-Object | Should -Be ($Run.Id | Sort-Object)
    }

    It 'gets work requests by id from the pipeline' {
        ($Run | Get-OsmWorkRequest).Id | Sort-Object | Should -Be ($Run.Id | Sort-Object)
    }

    It 'lists by instance, status and time' {
        $since = (Get-Date).AddMinutes(-10)
        $byInstance = Get-OsmWorkRequest -ManagedInstanceId $Linux[0].Id -Since $since
        $byInstance.Id | Should -Contain ($Run | Where-Object ManagedInstanceId -eq $Linux[0].Id).Id
        Get-OsmWorkRequest -Status Succeeded | ForEach-Object { $_.Status | Should -Be 'SUCCEEDED' }
        Get-OsmWorkRequest -Since (Get-Date).AddDays(1) | Should -BeNullOrEmpty
    }

    It 'lists whole work requests, with their instance, finish time and resources' {
        $listed = Get-OsmWorkRequest -ManagedInstanceId $Linux[0].Id
        $mine = $listed | Where-Object Id -eq ($Run | Where-Object ManagedInstanceId -eq $Linux[0].Id).Id
        $mine | Should -Not -BeNullOrEmpty
        $mine.ManagedInstanceId | Should -Be $Linux[0].Id
        $mine.ManagedInstanceName | Should -Be $Linux[0].DisplayName
        $mine.IsFinished | Should -BeTrue -Because 'Invoke-OsmJobNow -Wait waited for it'
        $mine.TimeStarted | Should -BeOfType [datetime]
        $mine.TimeFinished | Should -BeOfType [datetime]
        $mine.Resources | Should -Not -BeNullOrEmpty
        $all = @(Get-OsmWorkRequest -Recurse)
        $all.Count | Should -BeGreaterThan 2
        $byId = @($all | Get-OsmWorkRequest)
        for ($i = 0; $i -lt $all.Count; $i++) {
            $byId[$i].Id | Should -Be $all[$i].Id
            foreach ($property in 'ManagedInstanceId', 'ManagedInstanceName', 'TimeStarted', 'TimeFinished', 'ParentId') {
                $all[$i].$property | Should -Be $byId[$i].$property -Because "a listed work request carries its $property"
            }
            "$($all[$i].Resources)" | Should -Be "$($byId[$i].Resources)"
        }
    }

    It 'reads the logs of a work request' {
        $log = $Run[0] | Get-OsmWorkRequestLog
        $log | Should -Not -BeNullOrEmpty
        $log[0] | Should -BeOfType 'OsManagement.OsmWorkRequestLogEntry'
        $log[0].Message | Should -Not -BeNullOrEmpty
    }
}

Describe "Wait-OsmWorkRequest on $Service" {
    It 'waits for many at once and outputs each final one' {
        $requests = $Vulnerable | Select-Object -First 4 | Install-OsmUpdate -UpdateType Enhancement
        $final = $requests | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorAction SilentlyContinue
        @($final).Count | Should -Be 4
        $final | ForEach-Object { $_.IsFinished | Should -BeTrue }
    }

    It 'writes a non-terminating error carrying the errors of a FAILED one, so -ErrorAction Stop stops a runbook' {
        # UNREACHABLE instances fail their work requests in the emulator.
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $unreachable | Should -Not -BeNullOrEmpty -Because 'the generated fleet has unreachable stand-alone instances'
        $request = $unreachable | Install-OsmUpdate -UpdateType All
        $final = $request | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $final.Status | Should -Be 'FAILED'
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*'
        $serviceErrors = $request | Get-OsmWorkRequestError
        $serviceErrors | Should -Not -BeNullOrEmpty
        $errs[0].Exception.Message | Should -BeLike "*$($serviceErrors[0].Message)*"
        { $request | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorAction Stop } | Should -Throw
    }

    It 'gives up after -Timeout with an error naming the unfinished work request' {
        # An emulator whose virtual clock barely moves: its work requests cannot finish in time.
        $slow = Start-OsmTestEmulator -Fleet 'instances=4,compartments=1,depth=1,groups=1,vulnerable=1,windows=0' -ExtraArgs @('--clock-speed', '0.0001')
        try {
            $context = Connect-Osm -ConfigFile $slow.configFile -Endpoint $slow.endpoint -Service $Service -PassThru
            $request = Get-OsmManagedInstance -Context $context -Recurse | Select-OsmStandalone -Service $Service | Select-Object -First 1 |
                Install-OsmUpdate -Context $context -UpdateType All
            $request | Should -Not -BeNullOrEmpty
            $request | Wait-OsmWorkRequest -Context $context -Timeout 1 -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            $errs[0].Exception.Message | Should -BeLike "*$($request.Id)*"
        }
        finally {
            Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
            Stop-OsmTestEmulator $slow
        }
    }
}

Describe "Work request trees and re-runs (OS Management Hub), on $Service" {
    BeforeAll {
        function Assert-NeedsHub([scriptblock] $Call, [string] $Feature) {
            $before = Get-OsmEmulatorCallCount $Emulator
            $err = $Call | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
            $err.Exception.Message | Should -BeLike "*$Feature*OS Management Hub feature*Connect-Osm -Service Hub*"
            Get-OsmEmulatorCallCount $Emulator | Should -Be $before
        }
    }

    It 'updates a group with one work request that has a child per member instance' {
        $group = Get-OsmManagedInstanceGroup -Recurse | Where-Object ManagedInstanceCount -gt 1 | Select-Object -First 1
        $group | Should -Not -BeNullOrEmpty -Because 'the generated fleet has a group of several instances'
        $parent = $group | Install-OsmUpdate -UpdateType All -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        @($parent).Count | Should -Be 1
        $parent.IsFinished | Should -BeTrue
        if ($Service -eq 'Classic') { return Assert-NeedsHub { Get-OsmWorkRequest -ParentId $parent.Id } '-ParentId' }
        $parent.ChildrenIds.Count | Should -Be $group.ManagedInstanceCount
        $children = @(Get-OsmWorkRequest -ParentId $parent.Id)
        $children.Id | Should -Be @($parent.ChildrenIds)
        $children.ManagedInstanceId | Sort-Object | Should -Be ($group.ManagedInstanceIds | Sort-Object)
        $children | ForEach-Object { $_.ParentId | Should -Be $parent.Id; $_.Operation | Should -Be 'UPDATEALL' }
    }

    It 'finds the work requests a job started with -ScheduledJobId' {
        $job = $Vulnerable | Where-Object OsFamily -eq 'LINUX' | Select-Object -First 1 |
            New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'initiator' -UpdateType Security -At (Get-Date).AddHours(2) -RepeatEvery Day
        if ($Service -eq 'Classic') { return Assert-NeedsHub { Get-OsmWorkRequest -ScheduledJobId $job.Id } '-ScheduledJobId' }
        $run = @($job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue)
        $run | Should -Not -BeNullOrEmpty
        $run | ForEach-Object { $_.InitiatorId | Should -Be $job.Id }
        $byJob = @(Get-OsmWorkRequest -ScheduledJobId $job.Id)
        foreach ($request in $run) { $byJob.Id | Should -Contain $request.Id }
        $byJob | ForEach-Object { $_.InitiatorId | Should -Be $job.Id }
    }

    It 're-runs a failed work request with Restart-OsmWorkRequest, and -Wait waits for the new one' {
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $failed = $unreachable | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $failed.Status | Should -Be 'FAILED'
        if ($Service -eq 'Classic') { return Assert-NeedsHub { $failed | Restart-OsmWorkRequest } 'Restart-OsmWorkRequest' }
        $rerun = $failed | Restart-OsmWorkRequest -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        @($rerun).Count | Should -Be 1
        $rerun.Id | Should -Not -Be $failed.Id
        $rerun.RerunOfId | Should -Be $failed.Id
        $rerun.IsFinished | Should -BeTrue
        $rerun.ManagedInstanceId | Should -Be $unreachable.Id
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*' -Because 'the instance is still unreachable'
    }

    It 'sends no re-run with -WhatIf' {
        if ($Service -eq 'Classic') { return }
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $failed = $unreachable | Install-OsmUpdate -UpdateType Other -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $before = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest'
        $failed | Restart-OsmWorkRequest -WhatIf | Should -BeNullOrEmpty
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest' | Should -Be $before
    }

    It 'spells statuses the same on both services, with the service''s own word beside' {
        $request = $Vulnerable | Select-Object -Last 1 | Install-OsmUpdate -UpdateType Bugfix -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $request.Status | Should -BeIn 'SUCCEEDED', 'FAILED'
        $request.ServiceStatus | Should -Be $request.Status
    }
}
