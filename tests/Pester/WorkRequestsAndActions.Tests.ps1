# Immediate actions (each creates a work request) and following work requests: get, logs, errors, wait, on OS Management
# Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service); Hub's work request trees and
# re-runs on Hub, and refused before any request on the retired service. Every action is judged by what it did: its
# status and count first, then its effect on the emulator's ground truth (GET /_emulator/fleet).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=16,compartments=3,depth=2,groups=2,vulnerable=0.75,windows=0.25'
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    # On OS Management Hub the generated lifecycle stage's members are taken out of it, so that the tests have stand-alone
    # instances enough to change directly (a member's content changes through its stage).
    if ($Service -eq 'Hub') {
        foreach ($stage in Get-OsmLifecycleStage -Recurse | Where-Object ManagedInstanceCount -gt 0) {
            $null = Remove-OsmLifecycleStageMember -LifecycleStageId $stage.Id -ManagedInstanceId $stage.ManagedInstanceIds -Confirm:$false -Wait -PollInterval 0.2
        }
    }
    $script:Vulnerable = @(Get-OsmManagedInstance -Recurse | Where-Object SecurityUpdatesAvailable -gt 0 | Select-OsmStandalone -Service $Service)
    # An instance of the ground truth as it is now.
    function Get-Truth([string] $Id) { Find-OsmTestInstance $Emulator | Where-Object id -eq $Id }
    # The names of the updates of these types an instance of the ground truth misses now.
    function Get-Missing([string] $Id, [string[]] $Types = @('SECURITY', 'BUG', 'ENHANCEMENT', 'OTHER')) {
        @((Get-Truth $Id).updates | Where-Object updateType -in $Types | ForEach-Object name | Sort-Object)
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "Get-OsmWorkRequest and friends on $Service" {
    BeforeAll {
        $script:Linux = @(Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy -Missing SECURITY | Select-Object -First 2)
        # What the job's run will install: each instance's security updates as the fleet has them before it.
        $script:Installing = @{}
        foreach ($i in $Linux) { $Installing[$i.id] = @($i.updates | Where-Object updateType -eq 'SECURITY' | ForEach-Object name) }
        $script:Job = Get-OsmManagedInstance -Id $Linux.id |
            New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'wr-job' -UpdateType Security -At (Get-Date).AddHours(1) -RepeatEvery Day
        $script:Run = @($Job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable runErrors)
        $script:RunErrors = $runErrors
        # One that fails, so the lists have more than one status.
        $script:Unreachable = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX | Where-Object status -eq 'UNREACHABLE' | Select-Object -First 1
        $script:Failed = Install-OsmUpdate -ManagedInstanceId $Unreachable.id -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
    }

    It 'ran the job on its two instances, and both succeeded' {
        $Linux.Count | Should -Be 2 -Because 'the fleet has two healthy Linux instances that miss security updates (this block runs first)'
        $RunErrors | Should -BeNullOrEmpty
        $Run.Count | Should -Be 2
        $Run.Status | Should -Be @('SUCCEEDED', 'SUCCEEDED')
        $Run.ManagedInstanceId | Sort-Object | Should -Be ($Linux.id | Sort-Object)
        $Failed.Status | Should -Be 'FAILED'
    }

    It 'gets a job''s work requests by piping the job' {
        $requests = Get-OsmScheduledJob -Id $Job.Id | Get-OsmWorkRequest
        $requests.Id | Sort-Object | Should -Be ($Run.Id | Sort-Object)
    }

    It 'gets work requests by id from the pipeline' {
        ($Run | Get-OsmWorkRequest).Id | Sort-Object | Should -Be ($Run.Id | Sort-Object)
    }

    It 'lists by instance and time' {
        $since = (Get-Date).AddMinutes(-10)
        $byInstance = Get-OsmWorkRequest -ManagedInstanceId $Linux[0].id -Since $since
        $byInstance.Id | Should -Contain ($Run | Where-Object ManagedInstanceId -eq $Linux[0].id).Id
        $byInstance | ForEach-Object { $_.ManagedInstanceId | Should -Be $Linux[0].id }
        Get-OsmWorkRequest -Recurse -Since (Get-Date).AddDays(1) | Should -BeNullOrEmpty
        # A work request lives in its instance's compartment: -CompartmentId lists that one, the tenancy's root not.
        $mine = ($Run | Where-Object ManagedInstanceId -eq $Linux[0].id).Id
        (Get-OsmWorkRequest -CompartmentId $Linux[0].compartmentId).Id | Should -Contain $mine
        $Linux[0].compartmentId | Should -Not -Be $Tenancy
        (Get-OsmWorkRequest -CompartmentId $Tenancy).Id | Should -Not -Contain $mine
        (Get-OsmWorkRequest -Recurse -Since (Get-Date).AddDays(-1)).Id | Should -Contain $Failed.Id
    }

    It 'lists by status: <Status>' -TestCases @(
        @{ Status = 'Succeeded'; Word = 'SUCCEEDED'; Known = { $Run.Id }; Not = { $Failed.Id } }
        @{ Status = 'Failed'; Word = 'FAILED'; Known = { $Failed.Id }; Not = { $Run.Id } }
    ) {
        $listed = @(Get-OsmWorkRequest -Recurse -Status $Status)
        $listed.Count | Should -BeGreaterThan 0
        $listed.Status | Sort-Object -Unique | Should -Be $Word
        foreach ($id in & $Known) { $listed.Id | Should -Contain $id }
        foreach ($id in & $Not) { $listed.Id | Should -Not -Contain $id }
    }

    It 'lists by operation, in the module''s words and (on Hub) the service''s' {
        $package = Install-OsmPackage -ManagedInstanceId $Linux[0].id -Name 'tmux' -Wait -PollInterval 0.2
        $package.Status | Should -Be 'SUCCEEDED'
        $installs = @(Get-OsmWorkRequest -Recurse -Operation Install)
        $installs.Id | Should -Contain $package.Id
        $installs.Operation | Sort-Object -Unique | Should -Be 'INSTALL'
        $updates = @(Get-OsmWorkRequest -Recurse -Operation UpdateAll)
        foreach ($id in @($Run.Id) + @($Failed.Id)) { $updates.Id | Should -Contain $id }
        $updates.Id | Should -Not -Contain $package.Id
        if ($Service -eq 'Hub') {
            $security = @(Get-OsmWorkRequest -Recurse -Operation UPDATE_SECURITY)
            $security.OperationType | Sort-Object -Unique | Should -Be 'UPDATE_SECURITY'
            foreach ($id in $Run.Id) { $security.Id | Should -Contain $id }
        }
    }

    It 'lists whole work requests, with their instance, finish time and resources' {
        $listed = Get-OsmWorkRequest -ManagedInstanceId $Linux[0].id
        $mine = $listed | Where-Object Id -eq ($Run | Where-Object ManagedInstanceId -eq $Linux[0].id).Id
        $mine | Should -Not -BeNullOrEmpty
        $mine.ManagedInstanceId | Should -Be $Linux[0].id
        $mine.ManagedInstanceName | Should -Be $Linux[0].displayName
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

    It 'reads in the log of each run what it installed, as the fleet had it missing' {
        foreach ($request in $Run) {
            $instance = $Linux | Where-Object id -eq $request.ManagedInstanceId
            $log = @($request | Get-OsmWorkRequestLog)
            $log | Should -Not -BeNullOrEmpty
            $log[0] | Should -BeOfType 'OsManagement.OsmWorkRequestLogEntry'
            $names = $Installing[$instance.id]
            $log.Message | Should -Contain "Installing $($names.Count) update(s) on $($instance.displayName): $($names -join ', ')"
            $log.Message | Should -Contain 'Complete!'
        }
    }

    It 'reads in the errors of a failed one why it failed, as the fleet has it: the agent''s last check-in' {
        $errors = @($Failed | Get-OsmWorkRequestError)
        $errors.Count | Should -BeGreaterThan 0
        $errors[-1].Code | Should -Be 'AgentUnreachable'
        $errors[-1].Message -match "^The managed instance $([regex]::Escape($Unreachable.displayName)) has not checked in since (\S+);" | Should -BeTrue -Because $errors[-1].Message
        ([DateTimeOffset] $Matches[1]).UtcDateTime | Should -Be ([datetime] $Unreachable.timeLastCheckin).ToUniversalTime()
        ($Failed | Get-OsmWorkRequestLog).Message | Should -Contain $errors[-1].Message
    }
}

Describe "Install-OsmUpdate on $Service" {
    It 'installs security updates on piped instances, -Wait returns them finished, and only the security updates are gone' {
        $targets = @(Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy -Missing SECURITY | Select-Object -First 3)
        $targets.Count | Should -Be 3 -Because 'the fleet has healthy Linux instances that miss security updates'
        $others = @{}
        foreach ($t in $targets) { $others[$t.id] = Get-Missing $t.id 'BUG', 'ENHANCEMENT', 'OTHER' }
        $requests = @(Get-OsmManagedInstance -Id $targets.id | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $requests.Count | Should -Be 3
        $requests.Status | Should -Be @('SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED')
        $requests.ManagedInstanceId | Sort-Object | Should -Be ($targets.id | Sort-Object)
        foreach ($t in $targets) {
            Get-Missing $t.id 'SECURITY' | Should -BeNullOrEmpty -Because "$($t.displayName)'s security updates were installed"
            (Get-Missing $t.id 'BUG', 'ENHANCEMENT', 'OTHER') -join ', ' | Should -Be ($others[$t.id] -join ', ') -Because 'the other updates were not asked for'
            (Get-OsmManagedInstance -Id $t.id).SecurityUpdatesAvailable | Should -Be 0
        }
    }

    It 'without -Wait returns the work request at once, which then does its work' {
        $target = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy -Missing BUG | Select-Object -First 1
        $target | Should -Not -BeNullOrEmpty
        $request = Get-OsmManagedInstance -Id $target.id | Install-OsmUpdate -UpdateType Bugfix
        $request | Should -BeOfType 'OsManagement.OsmWorkRequest'
        $request.Id | Should -Match '^ocid1\.'
        $request.ManagedInstanceId | Should -Be $target.id
        ($request | Wait-OsmWorkRequest -PollInterval 0.2).Status | Should -Be 'SUCCEEDED'
        Get-Missing $target.id 'BUG' | Should -BeNullOrEmpty
    }

    It 'installs a specific <Family> update by name, and only that one' -TestCases @(@{ Family = 'LINUX' }, @{ Family = 'WINDOWS' }) {
        $target = Find-OsmTestInstance $Emulator -OsFamily $Family -Healthy -Missing '*' | Where-Object { @($_.updates).Count -gt 1 } |
            Sort-Object { [bool] $_.hubGroupId } | Select-Object -First 1
        if ($Service -eq 'Hub' -and $target.hubGroupId) {
            # On Hub a group member's content changes through its group: this one is taken out to be changed directly.
            Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $target.hubGroupId -ManagedInstanceId $target.id -Confirm:$false
        }
        $target | Should -Not -BeNullOrEmpty -Because "the fleet has a healthy $Family instance with several updates"
        $before = Get-Missing $target.id
        $update = Get-OsmAvailableUpdate -ManagedInstanceId $target.id | Select-Object -First 1
        $update.Name | Should -BeIn $before
        $request = Install-OsmUpdate -ManagedInstanceId $target.id -Name $update.Name -Wait -PollInterval 0.2 -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        @($request).Count | Should -Be 1
        $request.Status | Should -Be 'SUCCEEDED'
        (Get-Missing $target.id) -join ', ' | Should -Be (@($before | Where-Object { $_ -ne $update.Name }) -join ', ')
    }

    It 'updates a whole group from the pipeline: its healthy members are patched, a failing one fails the request' {
        $groups = if ($Service -eq 'Hub') { (Invoke-OsmEmulatorAdmin $Emulator 'fleet').hubGroups } else { (Invoke-OsmEmulatorAdmin $Emulator 'fleet').groups }
        $truth = $groups | Where-Object osFamily -eq 'LINUX' | Sort-Object { @($_.instanceIds).Count } -Descending | Select-Object -First 1
        $members = @(Find-OsmTestInstance $Emulator | Where-Object id -in $truth.instanceIds)
        $members.Count | Should -BeGreaterThan 1
        $failing = @(Find-OsmTestInstance $Emulator -Failing | Where-Object id -in $truth.instanceIds)
        $before = @{}
        foreach ($m in $members) { $before[$m.id] = Get-Missing $m.id 'SECURITY' }
        $request = Get-OsmManagedInstanceGroup -Id $truth.id | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        @($request).Count | Should -Be 1 -Because 'a group''s action is one work request'
        $request.Status | Should -Be $(if ($failing) { 'FAILED' } else { 'SUCCEEDED' })
        $errs.Count | Should -Be $(if ($failing) { 1 } else { 0 })
        foreach ($m in $members) {
            $expected = if ($m.id -in $failing.id) { $before[$m.id] } else { @() }
            (Get-Missing $m.id 'SECURITY') -join ', ' | Should -Be ($expected -join ', ') -Because "$($m.displayName) is $(if ($m.id -in $failing.id) { 'failing' } else { 'healthy' })"
        }
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
        $requests.ManagedInstanceId | Should -Be $Vulnerable[1].Id
        $errs.Count | Should -Be 1
        $errs[0].TargetObject | Should -Be $unknown
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe "Install-OsmPackage and Uninstall-OsmPackage on $Service" {
    It 'installs a package and then removes it, as the instance''s own package state shows' {
        $linux = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy | Select-Object -First 1
        $install = Install-OsmPackage -ManagedInstanceId $linux.id -Name 'htop' -Wait -PollInterval 0.2
        $install.Status | Should -Be 'SUCCEEDED'
        $install.Operation | Should -Be 'INSTALL' -Because 'the module''s word is the same on both services'
        $install.OperationType | Should -Be $(if ($Service -eq 'Hub') { 'INSTALL_PACKAGES' } else { 'INSTALL' }) -Because 'OperationType is the service''s own word'
        ($install | Get-OsmWorkRequestLog).Message | Should -Contain "Installed package htop on $($linux.displayName)."
        $again = Install-OsmPackage -ManagedInstanceId $linux.id -Name 'htop' -Wait -PollInterval 0.2
        ($again | Get-OsmWorkRequestLog).Message | Should -Contain 'Package htop is already installed.' -Because 'the first install really installed it'

        $remove = Uninstall-OsmPackage -ManagedInstanceId $linux.id -Name 'htop' -Confirm:$false -Wait -PollInterval 0.2
        $remove.Status | Should -Be 'SUCCEEDED'
        $remove.Operation | Should -Be 'REMOVE'
        ($remove | Get-OsmWorkRequestLog).Message -like "Removed package htop* from $($linux.displayName)." | Should -Not -BeNullOrEmpty
        $gone = Uninstall-OsmPackage -ManagedInstanceId $linux.id -Name 'htop' -Confirm:$false -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $gone.Status | Should -Be 'FAILED' -Because 'the first removal really removed it'
        $errs.Count | Should -Be 1
    }

    It 'removes a package that has an update waiting, and the update goes with it' {
        $linux = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy -Missing BUG, ENHANCEMENT, OTHER | Select-Object -First 1
        $update = @($linux.updates | Where-Object updateType -ne 'SECURITY')[0]
        $remove = Uninstall-OsmPackage -ManagedInstanceId $linux.id -Name $update.displayName -Confirm:$false -Wait -PollInterval 0.2 -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        $remove.Status | Should -Be 'SUCCEEDED'
        @((Get-Truth $linux.id).updates | Where-Object displayName -eq $update.displayName) | Should -BeNullOrEmpty
    }

    It 'fails <Case> with the service''s reason in the error, as the fleet has it' -TestCases @(
        @{ Case = 'removing a package that is not installed'; Pick = { Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy }; Remove = $true
            Says = { param($i) "PackageNotInstalled: Package not-installed-pkg is not installed on $($i.displayName)." } }
        @{ Case = 'installing on an instance whose package transactions fail'; Pick = {
                # The generated fleet's failing instances are in groups; on Hub one is taken out, to be changed directly.
                $failing = Find-OsmTestInstance $Emulator -OsFamily LINUX -Failing | Where-Object hubStatus -eq 'NORMAL' | Select-Object -First 1
                if ($Service -eq 'Hub' -and $failing.hubGroupId) {
                    Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $failing.hubGroupId -ManagedInstanceId $failing.id -Confirm:$false
                }
                $failing
            }; Remove = $false
            Says = { param($i) "PackageTransactionFailed: The package transaction on $($i.displayName) failed*" } }
        @{ Case = 'installing on an unreachable instance'; Pick = { Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX | Where-Object status -eq 'UNREACHABLE' }; Remove = $false
            Says = { param($i) "AgentUnreachable: The managed instance $($i.displayName) has not checked in since *" } }
    ) {
        $instance = & $Pick | Select-Object -First 1
        $instance | Should -Not -BeNullOrEmpty
        $name = if ($Remove) { 'not-installed-pkg' } else { 'htop' }
        $request = if ($Remove) {
            Uninstall-OsmPackage -ManagedInstanceId $instance.id -Name $name -Confirm:$false -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        }
        else { Install-OsmPackage -ManagedInstanceId $instance.id -Name $name -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue }
        @($request).Count | Should -Be 1
        $request.Status | Should -Be 'FAILED'
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*'
        $errs[0].Exception.Message | Should -BeLike "*$($request.Id)*$(& $Says $instance)*"
        $serviceErrors = @(Get-OsmWorkRequestError -Id $request.Id)
        $serviceErrors.Count | Should -BeGreaterThan 0
        "$($serviceErrors[-1].Code): $($serviceErrors[-1].Message)" | Should -BeLike (& $Says $instance)
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

Describe "Wait-OsmWorkRequest on $Service" {
    It 'waits for many at once and outputs each final one: the healthy instances'' succeeded, the failing one''s failed' {
        $healthy = @(Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -Healthy -Missing ENHANCEMENT | Select-Object -First 3)
        $failing = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -Failing -Missing '*' | Select-Object -First 1
        $failingMissed = Get-Missing $failing.id
        $healthy.Count | Should -Be 3
        $failing | Should -Not -BeNullOrEmpty
        $requests = @($healthy + $failing | ForEach-Object { Install-OsmUpdate -ManagedInstanceId $_.id -UpdateType Enhancement })
        $requests.Count | Should -Be 4
        $final = @($requests | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue)
        $final.Count | Should -Be 4
        $final | ForEach-Object { $_.IsFinished | Should -BeTrue }
        ($final | Where-Object Status -eq 'SUCCEEDED').ManagedInstanceId | Sort-Object | Should -Be ($healthy.id | Sort-Object)
        ($final | Where-Object Status -eq 'FAILED').ManagedInstanceId | Should -Be @($failing.id)
        $errs.Count | Should -Be 1
        $errs[0].TargetObject.ManagedInstanceId | Should -Be $failing.id
        foreach ($i in $healthy) { Get-Missing $i.id 'ENHANCEMENT' | Should -BeNullOrEmpty }
        (Get-Missing $failing.id) -join ', ' | Should -Be ($failingMissed -join ', ') -Because 'a failed work request changes nothing'
    }

    It 'writes a non-terminating error carrying the errors of a FAILED one, so -ErrorAction Stop stops a runbook' {
        # UNREACHABLE instances fail their work requests in the emulator.
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $unreachable | Should -Not -BeNullOrEmpty -Because 'the generated fleet has unreachable stand-alone instances'
        $request = $unreachable | Install-OsmUpdate -UpdateType All
        $final = $request | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $final.Status | Should -Be 'FAILED'
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*'
        # The reasons are the failed children's own errors (the parent's repeat them, one line a child), or, without
        # children, the request's own; each is said once.
        $children = @($final.ChildrenIds | ForEach-Object { Get-OsmWorkRequest -Id $_ } | Where-Object Status -ne 'SUCCEEDED')
        $serviceErrors = @(if ($children.Count -gt 0) { $children | ForEach-Object { Get-OsmWorkRequestError -Id $_.Id } } else { $request | Get-OsmWorkRequestError })
        $serviceErrors | Should -Not -BeNullOrEmpty
        foreach ($reason in $serviceErrors | ForEach-Object { "$($_.Code): $($_.Message.Trim().TrimEnd('.'))" } | Sort-Object -Unique) {
            ([regex]::Matches($errs[0].Exception.Message, [regex]::Escape($reason))).Count | Should -Be 1 -Because "'$reason' is said once in: $($errs[0].Exception.Message)"
        }
        { $request | Wait-OsmWorkRequest -PollInterval 0.2 -ErrorAction Stop } | Should -Throw
    }

    # OS Management Hub also ends a work request SKIPPED (its run did not happen): an error of its own, not a cancel.
    It 'outputs a <Outcome> one and writes its error (<ErrorId>), so -ErrorAction Stop stops a runbook' -TestCases (
        @(@{ Outcome = 'CANCELED'; ErrorId = 'OsmWorkRequestCanceled' }) + @(if ($Service -eq 'Hub') { @{ Outcome = 'SKIPPED'; ErrorId = 'OsmWorkRequestSkipped' } })
    ) {
        param($Outcome, $ErrorId)
        # Neither service's API has a cancel operation (nor has Oracle's SDK of either), so the emulator cannot end a work
        # request CANCELED: a stub answers for the service here, with a work request that the service canceled.
        $id = if ($Service -eq 'Hub') { 'ocid1.osmhworkrequest.oc1.iad.aaaacanceledexample' } else { 'ocid1.osmsworkrequest.oc1.iad.aaaacanceledexample' }
        $version = if ($Service -eq 'Hub') { '20220901' } else { '20190801' }
        $body = @{ id = $id; operationType = $(if ($Service -eq 'Hub') { 'UPDATE_SECURITY' } else { 'UPDATEALL' }); status = $Outcome
            compartmentId = $Tenancy; percentComplete = 40; timeCreated = '2026-11-20T10:00:00.000Z'; timeAccepted = '2026-11-20T10:00:00.000Z'
            timeStarted = '2026-11-20T10:00:01.000Z'; timeFinished = '2026-11-20T10:00:09.000Z'; resources = @() } | ConvertTo-Json
        $stub = Start-OsmTestStubService -Routes @{
            "GET /$version/workRequests/$id" = $body
            "GET /$version/workRequests/$id/errors*" = $(if ($Service -eq 'Hub') { '{"items":[]}' } else { '[]' })
        }
        try {
            $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $stub.Endpoint -Service $Service -PassThru
            $final = Wait-OsmWorkRequest -Context $context -Id $id -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
            @($final).Count | Should -Be 1
            $final.Status | Should -Be $Outcome
            $final.IsFinished | Should -BeTrue
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId*"
            $errs[0].CategoryInfo.Category | Should -Be 'OperationStopped'
            $errs[0].Exception.Message | Should -BeLike "Work request $id (*) $Outcome*Get-OsmWorkRequestLog -Id $id*"
            { Wait-OsmWorkRequest -Context $context -Id $id -PollInterval 0.2 -ErrorAction Stop } | Should -Throw -ExpectedMessage "*$id*$Outcome*"
            @($stub.Requests) | Where-Object { $_ -like "GET /$version/workRequests/$id" } | Should -Not -BeNullOrEmpty
        }
        finally {
            Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
            Stop-OsmTestStubService $stub
        }
    }

    It 'gives up after -Timeout with an error naming the unfinished work request, which the lists show as not yet finished' {
        # An emulator whose virtual clock barely moves: its work requests cannot finish in time.
        $slow = Start-OsmTestEmulator -Fleet 'instances=4,compartments=1,depth=1,groups=1,vulnerable=1,windows=0' -ExtraArgs @('--clock-speed', '0.0001')
        try {
            $context = Connect-Osm -ConfigFile $slow.configFile -Endpoint $slow.endpoint -Service $Service -PassThru
            $request = Get-OsmManagedInstance -Context $context -Recurse | Select-OsmStandalone -Service $Service | Select-Object -First 1 |
                Install-OsmUpdate -Context $context -UpdateType All
            $request | Should -Not -BeNullOrEmpty
            $request | Wait-OsmWorkRequest -Context $context -Timeout 1 -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            $errs[0].Exception.Message | Should -BeLike "*$($request.Id)*"
            (Get-OsmWorkRequest -Context $context -Recurse -Status Accepted).Id | Should -Contain $request.Id
            Get-OsmWorkRequest -Context $context -Recurse -Status Succeeded, Failed | Should -BeNullOrEmpty
            # The actions that wait take -Timeout the same way.
            $linux = Get-OsmManagedInstance -Context $context -Recurse | Select-Object -Last 1
            $package = Install-OsmPackage -Context $context -ManagedInstanceId $linux.Id -Name htop -Wait -Timeout 1 -PollInterval 0.2 -ErrorVariable timedOut -ErrorAction SilentlyContinue
            $package | Should -BeNullOrEmpty
            $timedOut.Count | Should -Be 1
            $timedOut[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestTimeout*'
        }
        finally {
            Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
            Stop-OsmTestEmulator $slow
        }
    }
}

Describe "Work request trees and re-runs (OS Management Hub), on $Service" {
    It 'updates a group with one work request that has a child per member instance' {
        $group = Get-OsmManagedInstanceGroup -Recurse | Where-Object ManagedInstanceCount -gt 1 | Select-Object -First 1
        $group | Should -Not -BeNullOrEmpty -Because 'the generated fleet has a group of several instances'
        $failing = @(Find-OsmTestInstance $Emulator -Failing | Where-Object id -in $group.ManagedInstanceIds)
        $parent = $group | Install-OsmUpdate -UpdateType All -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        @($parent).Count | Should -Be 1
        $parent.Status | Should -Be $(if ($failing) { 'FAILED' } else { 'SUCCEEDED' }) -Because 'a parent fails when a child fails'
        $errs.Count | Should -Be $(if ($failing) { 1 } else { 0 }) -Because 'the parent''s failure is the one error'
        foreach ($id in $group.ManagedInstanceIds | Where-Object { $_ -notin $failing.id }) { Get-Missing $id | Should -BeNullOrEmpty }
        if ($Service -eq 'Classic') { return Assert-OsmTestNeedsHub $Emulator { Get-OsmWorkRequest -ParentId $parent.Id } '-ParentId' }
        $parent.ChildrenIds.Count | Should -Be $group.ManagedInstanceCount
        $children = @(Get-OsmWorkRequest -ParentId $parent.Id)
        $children.Id | Should -Be @($parent.ChildrenIds)
        $children.ManagedInstanceId | Sort-Object | Should -Be ($group.ManagedInstanceIds | Sort-Object)
        $children | ForEach-Object { $_.ParentId | Should -Be $parent.Id; $_.Operation | Should -Be 'UPDATEALL' }
        ($children | Where-Object Status -eq 'FAILED').ManagedInstanceId | Should -Be @($failing.id)
    }

    It 'finds the work requests a job started with -ScheduledJobId' {
        $linux = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy | Select-Object -First 1
        $job = New-OsmScheduledJob -ManagedInstanceId $linux.id -CompartmentId $Tenancy -DisplayName 'initiator' -UpdateType Security -At (Get-Date).AddHours(2) -RepeatEvery Day
        if ($Service -eq 'Classic') { return Assert-OsmTestNeedsHub $Emulator { Get-OsmWorkRequest -ScheduledJobId $job.Id } '-ScheduledJobId' }
        $run = @($job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $run.Count | Should -Be 1
        $run.Status | Should -Be 'SUCCEEDED'
        $run.InitiatorId | Should -Be $job.Id
        $byJob = @(Get-OsmWorkRequest -ScheduledJobId $job.Id)
        $byJob.Id | Should -Contain $run.Id
        $byJob | ForEach-Object { $_.InitiatorId | Should -Be $job.Id }
    }

    It 're-runs a failed work request with Restart-OsmWorkRequest, and -Wait waits for the new one' {
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $failed = $unreachable | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $failed.Status | Should -Be 'FAILED'
        if ($Service -eq 'Classic') { return Assert-OsmTestNeedsHub $Emulator { $failed | Restart-OsmWorkRequest } 'Restart-OsmWorkRequest' }
        $rerun = $failed | Restart-OsmWorkRequest -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        @($rerun).Count | Should -Be 1
        $rerun.Id | Should -Not -Be $failed.Id
        $rerun.RerunOfId | Should -Be $failed.Id
        $rerun.IsFinished | Should -BeTrue
        $rerun.ManagedInstanceId | Should -Be $unreachable.Id
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*' -Because 'the instance is still unreachable'
    }

    It 're-runs a group''s work request on the member given with -ManagedInstanceId only, and refuses an instance not in it' {
        $groups = if ($Service -eq 'Hub') { (Invoke-OsmEmulatorAdmin $Emulator 'fleet').hubGroups } else { (Invoke-OsmEmulatorAdmin $Emulator 'fleet').groups }
        $group = $groups | Where-Object { @($_.instanceIds).Count -gt 1 } | Select-Object -First 1
        $member = Find-OsmTestInstance $Emulator -Healthy | Where-Object id -in $group.instanceIds | Select-Object -First 1
        $member | Should -Not -BeNullOrEmpty -Because 'the group has a healthy member'
        $outsider = Find-OsmTestInstance $Emulator | Where-Object id -notin $group.instanceIds | Select-Object -First 1
        $original = Install-OsmUpdate -ManagedInstanceGroupId $group.id -UpdateType Other -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $original.IsFinished | Should -BeTrue
        if ($Service -eq 'Classic') { return Assert-OsmTestNeedsHub $Emulator { Restart-OsmWorkRequest -Id $original.Id -ManagedInstanceId $member.id } 'Restart-OsmWorkRequest' }
        $rerun = Restart-OsmWorkRequest -Id $original.Id -ManagedInstanceId $member.id -Wait -PollInterval 0.2 -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        @($rerun).Count | Should -Be 1
        $rerun.RerunOfId | Should -Be $original.Id
        $rerun.Status | Should -Be 'SUCCEEDED'
        (Get-OsmWorkRequest -ParentId $rerun.Id).ManagedInstanceId | Should -Be @($member.id) -Because 'only the member named is run again'

        $before = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest'
        Restart-OsmWorkRequest -Id $original.Id -ManagedInstanceId $outsider.id -ErrorVariable refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $refused.Count | Should -Be 1
        $refused[0].Exception.Message | Should -BeLike "*$($outsider.id)*"
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest' | Should -Be ($before + 1) -Because 'the service judged it'
    }

    It 'sends no re-run with -WhatIf' {
        $unreachable = Get-OsmManagedInstance -Recurse | Where-Object Status -eq 'UNREACHABLE' | Select-OsmStandalone -Service $Service | Select-Object -First 1
        $failed = $unreachable | Install-OsmUpdate -UpdateType Other -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $failed.Status | Should -Be 'FAILED'
        $errs.Count | Should -Be 1
        if ($Service -eq 'Classic') { return Assert-OsmTestNeedsHub $Emulator { $failed | Restart-OsmWorkRequest -WhatIf } 'Restart-OsmWorkRequest' }
        $before = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest'
        $failed | Restart-OsmWorkRequest -WhatIf | Should -BeNullOrEmpty
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.rerunWorkRequest' | Should -Be $before
    }

    It 'spells statuses the same on both services, with the service''s own word beside' {
        $healthy = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -Healthy | Select-Object -First 1
        $failing = Find-OsmTestInstance $Emulator -Standalone:($Service -eq 'Hub') -Failing | Select-Object -First 1
        $succeeded = Install-OsmUpdate -ManagedInstanceId $healthy.id -UpdateType Bugfix -Wait -PollInterval 0.2
        $failed = Install-OsmUpdate -ManagedInstanceId $failing.id -UpdateType Bugfix -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $succeeded.Status | Should -Be 'SUCCEEDED'
        $succeeded.ServiceStatus | Should -Be 'SUCCEEDED'
        $failed.Status | Should -Be 'FAILED'
        $failed.ServiceStatus | Should -Be 'FAILED'
    }
}
