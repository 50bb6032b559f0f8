# The units a fleet is patched by (issue 21): lifecycle environments and stages with promotion, groups one manages and
# their members, dynamic sets, reboots, stages and sets as targets of jobs and actions, advisories installed where they
# are missing; and the rule that a member of a group or stage is changed through it (issue 20.2). On the retired API
# each is refused before any request, naming the OS Management Hub feature.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=40,compartments=3,depth=2,groups=3,vulnerable=0.8,windows=0.2'
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
    function Assert-NeedsHub([scriptblock] $Call, [string] $Feature) {
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = $Call | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
        $err.Exception.Message | Should -BeLike "*$Feature*OS Management Hub feature*Connect-Osm -Service Hub*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before -Because 'nothing is sent'
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

if ($Service -eq 'Classic') {
Describe "On the retired API, $Service" {
    It 'refuses <Name> before any request, naming the Hub feature' -TestCases @(
        @{ Name = 'Get-OsmLifecycleEnvironment'; Call = { Get-OsmLifecycleEnvironment }; Feature = 'Lifecycle environments' }
        @{ Name = 'Get-OsmLifecycleStage'; Call = { Get-OsmLifecycleStage }; Feature = 'Lifecycle environments' }
        @{ Name = 'Invoke-OsmLifecyclePromotion'; Call = { Invoke-OsmLifecyclePromotion -LifecycleStageId 'ocid1.osmhlifecyclestage.oc1.iad.aaaa' }; Feature = 'Lifecycle environments' }
        @{ Name = 'Add-OsmLifecycleStageMember'; Call = { Add-OsmLifecycleStageMember -LifecycleStageId 'ocid1.osmhlifecyclestage.oc1.iad.aaaa' -ManagedInstanceId 'ocid1.instance.oc1.iad.aaaa' }; Feature = 'Lifecycle environments' }
        @{ Name = 'New-OsmManagedInstanceGroup'; Call = { New-OsmManagedInstanceGroup -DisplayName g -CompartmentId $Tenancy -OsFamilyDetail ORACLE_LINUX_9 }; Feature = 'Creating and changing groups' }
        @{ Name = 'Remove-OsmManagedInstanceGroup'; Call = { Remove-OsmManagedInstanceGroup -Id 'ocid1.managedinstancegroup.oc1.iad.aaaa' -Confirm:$false }; Feature = 'Creating and changing groups' }
        @{ Name = 'Add-OsmManagedInstanceGroupMember'; Call = { Add-OsmManagedInstanceGroupMember -ManagedInstanceGroupId 'ocid1.managedinstancegroup.oc1.iad.aaaa' -ManagedInstanceId 'ocid1.instance.oc1.iad.aaaa' }; Feature = 'Creating and changing groups' }
        @{ Name = 'Get-OsmDynamicSet'; Call = { Get-OsmDynamicSet }; Feature = 'Dynamic sets' }
        @{ Name = 'Restart-OsmManagedInstance'; Call = { Restart-OsmManagedInstance -ManagedInstanceId 'ocid1.instance.oc1.iad.aaaa' }; Feature = 'The Reboot operation' }
        @{ Name = 'New-OsmScheduledJob -LifecycleStageId'; Call = { New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName j -At (Get-Date).AddHours(1) -LifecycleStageId 'ocid1.osmhlifecyclestage.oc1.iad.aaaa' }; Feature = 'Lifecycle environments' }
        @{ Name = 'New-OsmScheduledJob -Operation Promote'; Call = { New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName j -At (Get-Date).AddHours(1) -Operation Promote -ManagedInstanceId 'ocid1.instance.oc1.iad.aaaa' }; Feature = 'Lifecycle environments' }
    ) {
        Assert-NeedsHub $Call $Feature
    }

    It 'refuses a dynamic set target of an action per target, naming the Hub feature, and sends nothing' {
        $before = Get-OsmEmulatorCallCount $Emulator
        Install-OsmUpdate -DynamicSetId 'ocid1.osmhdynamicset.oc1.iad.aaaa' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
        $errs[0].Exception.Message | Should -BeLike '*Dynamic sets*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'changes a group member''s packages directly, as the retired service does' {
        $member = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 -and $_.Status -eq 'NORMAL' } | Select-Object -First 1
        $member | Install-OsmUpdate -UpdateType Other | Should -BeOfType 'OsManagement.OsmWorkRequest'
    }
}
}

if ($Service -eq 'Hub') {
Describe "Lifecycle environments and promotion on $Service" {
    BeforeAll {
        $script:Environment = Get-OsmLifecycleEnvironment -Recurse
        $script:Stages = @($Environment | Get-OsmLifecycleStage)
        $script:Dev, $script:Test, $script:Prod = $Stages
    }

    It 'reads the environment with its stages in order, their content and members, as the emulator has them' {
        $expected = $Truth.lifecycleEnvironments[0]
        $Environment.Id | Should -Be $expected.id
        $Environment.StageNames | Should -Be 'dev > test > prod'
        (($Stages | ForEach-Object Rank) -join ',') | Should -Be '1,2,3'
        foreach ($stage in $Stages) {
            $truthStage = $expected.stages | Where-Object id -eq $stage.Id
            $stage.SoftwareSourceId | Should -Be $truthStage.softwareSourceId
            ($stage.ManagedInstanceIds | Sort-Object) | Should -Be ($truthStage.instanceIds | Sort-Object)
            $stage.LifecycleEnvironmentName | Should -Be $Environment.DisplayName
        }
        (Get-OsmLifecycleStage -Id $Test.Id).ManagedInstanceNames | Should -Be $Test.ManagedInstanceNames
        (Get-OsmLifecycleStage -LifecycleEnvironmentId $Environment.Id -DisplayName prod).Id | Should -Be $Prod.Id
    }

    It 'shows each instance its stage and environment' {
        $member = Get-OsmManagedInstance -Id $Test.ManagedInstanceIds[0]
        ($member.LifecycleStageId, $member.LifecycleStageName, $member.LifecycleEnvironmentName) | Should -Be ($Test.Id, 'test', $Environment.DisplayName)
    }

    It 'refuses a promotion out of order before any request' {
        $before = Get-OsmEmulatorChangeCount $Emulator
        $Dev | Invoke-OsmLifecyclePromotion -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmPromotionOrder*'
        $errs[0].Exception.Message | Should -BeLike '*first stage*-SoftwareSourceId*'
        $Test | Invoke-OsmLifecyclePromotion -SoftwareSourceId $Prod.SoftwareSourceId -ErrorVariable errs2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs2[0].Exception.Message | Should -BeLike "*stage before it, lifecycle stage dev*$($Dev.SoftwareSourceName)*"
        Get-OsmEmulatorChangeCount $Emulator | Should -Be $before
    }

    It 'promote to test, patch test, check, promote to prod' {
        $member = $Test.ManagedInstanceIds[0]
        $brought = @(($Truth.instances | Where-Object id -eq $member).withheldUpdates)
        $brought | Should -Not -BeNullOrEmpty -Because 'test holds last week''s content'
        $before = (Get-OsmManagedInstance -Id $member).UpdatesAvailable

        $promotion = $Test | Invoke-OsmLifecyclePromotion -Wait -PollInterval 0.2
        ($promotion.Status, $promotion.OperationType) | Should -Be ('SUCCEEDED', 'LIFECYCLE_PROMOTION')
        (Get-OsmLifecycleStage -Id $Test.Id).SoftwareSourceId | Should -Be $Dev.SoftwareSourceId
        (Get-OsmManagedInstance -Id $member).UpdatesAvailable | Should -Be ($before + $brought.Count) -Because 'the members now miss what the promotion brought'
        $missing = (Get-OsmAvailableUpdate -ManagedInstanceId $member).Name
        foreach ($name in $brought) { $missing | Should -Contain $name }

        $patch = $Test | Install-OsmUpdate -Wait -PollInterval 0.2
        $patch.Status | Should -Be 'SUCCEEDED'
        $patch.ChildrenIds.Count | Should -Be $Test.ManagedInstanceCount
        Get-OsmComplianceReport -Recurse -WarningAction SilentlyContinue | Where-Object { $Test.ManagedInstanceIds -contains $_.ManagedInstanceId } | Should -BeNullOrEmpty

        ($Prod | Invoke-OsmLifecyclePromotion -Wait -PollInterval 0.2).Status | Should -Be 'SUCCEEDED'
        (Get-OsmLifecycleStage -Id $Prod.Id).SoftwareSourceId | Should -Be $Dev.SoftwareSourceId
    }

    It 'schedules a promotion as a job on a stage (-Operation Promote), and a patch job on piped stages' {
        $job = $Prod | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'promote-prod' -Operation Promote -At (Get-Date).AddDays(1)
        $job.LifecycleStageIds | Should -Be @($Prod.Id)
        $job.Targets | Should -BeLike "*lifecycle stage $($Prod.Id)*"
        $patch = $Test, $Prod | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'patch-stages' -UpdateType Security -At (Get-Date).AddDays(1)
        ($patch.LifecycleStageIds | Sort-Object) | Should -Be (@($Test.Id, $Prod.Id) | Sort-Object)
        (Get-OsmScheduledJob -Id $patch.Id).LifecycleStageIds.Count | Should -Be 2
        { $Test | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName bad -ManagedInstanceId $Truth.instances[0].id -At (Get-Date).AddDays(1) } |
            Should -Throw -ErrorId 'OsmMixedTargets*'
    }

    It 'attaches an instance to a stage by the rules and detaches it' {
        $candidate = Get-OsmManagedInstance -Recurse | Select-OsmStandalone |
            Where-Object { $_.OsFamilyDetail -eq $Environment.OsFamilyDetail -and $_.Location -eq $Environment.Location } | Select-Object -First 1
        $other = Get-OsmManagedInstance -Recurse | Select-OsmStandalone | Where-Object OsFamilyDetail -ne $Environment.OsFamilyDetail | Select-Object -First 1
        $attached = $candidate, $other | Add-OsmLifecycleStageMember -LifecycleStageId $Prod.Id -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $attached.Status | Should -Be 'SUCCEEDED'
        $errs.Count | Should -Be 1
        ($errs[0].FullyQualifiedErrorId, $errs[0].TargetObject) | Should -Be ('OsmUnitMismatch,OsManagement.Commands.AddOsmLifecycleStageMemberCommand', $other.Id)
        (Get-OsmManagedInstance -Id $candidate.Id).LifecycleStageId | Should -Be $Prod.Id
        ($candidate | Remove-OsmLifecycleStageMember -LifecycleStageId $Prod.Id -Confirm:$false -Wait -PollInterval 0.2).Status | Should -Be 'SUCCEEDED'
        (Get-OsmManagedInstance -Id $candidate.Id).LifecycleStageId | Should -BeNullOrEmpty
    }
}
}

if ($Service -eq 'Hub') {
Describe "Members are changed through their group or stage, on $Service" {
    It 'refuses each group or stage member with one error naming its unit and command, and patches the others' {
        $all = @(Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object Status -eq 'NORMAL')
        $members = @($all | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 -or $_.LifecycleStageId })
        $standalone = @($all | Select-OsmStandalone)
        $members.Count | Should -BeGreaterThan 2
        $standalone.Count | Should -BeGreaterThan 2
        $action = 'hub.updatePackagesOnManagedInstance'
        $before = Get-OsmEmulatorCallCount $Emulator -Operation $action

        $requests = $all | Install-OsmUpdate -UpdateType Other -ErrorVariable errs -ErrorAction SilentlyContinue

        ($requests.ManagedInstanceId | Sort-Object) | Should -Be ($standalone.Id | Sort-Object)
        $errs.Count | Should -Be $members.Count
        ($errs.TargetObject | Sort-Object) | Should -Be ($members.Id | Sort-Object)
        $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'OsmChangeThroughUnit*' }
        Get-OsmEmulatorCallCount $Emulator -Operation $action | Should -Be ($before + $standalone.Count) -Because 'no change request went for a member'
        $grouped = $members | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 } | Select-Object -First 1
        ($errs | Where-Object TargetObject -eq $grouped.Id).Exception.Message |
            Should -BeLike "*$($grouped.DisplayName) is a member of group $($grouped.ManagedInstanceGroupNames[0])*Install-OsmUpdate -ManagedInstanceGroupId $($grouped.ManagedInstanceGroupIds[0])*"
        $staged = $members | Where-Object LifecycleStageId | Select-Object -First 1
        ($errs | Where-Object TargetObject -eq $staged.Id).Exception.Message |
            Should -BeLike "*$($staged.DisplayName) is attached to lifecycle stage $($staged.LifecycleStageName)*Install-OsmUpdate -LifecycleStageId $($staged.LifecycleStageId)*"
    }

    It 'names each instance''s group and stage in the compliance report, so stand-alone ones can be patched first' {
        $records = @(Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant -WarningAction SilentlyContinue)
        $instances = @(Get-OsmManagedInstance -Recurse)
        $records.Count | Should -Be $instances.Count
        foreach ($record in $records) {
            $instance = $instances | Where-Object Id -eq $record.Id
            $record.LifecycleStage | Should -Be $instance.LifecycleStageName -Because "$($record.DisplayName)'s stage is the instance's"
            @($record.ManagedInstanceGroups) | Should -Be @($instance.ManagedInstanceGroupNames)
        }
        @($records | Where-Object LifecycleStage).Count | Should -BeGreaterThan 0 -Because 'the fleet has stage members'
        $alone = $records | Where-Object { -not $_.ManagedInstanceGroups -and -not $_.LifecycleStage }
        ($alone.Id | Sort-Object) | Should -Be (($instances | Select-OsmStandalone).Id | Sort-Object)
        $json = Join-Path $TestDrive 'stages.json'
        $records | Export-OsmComplianceReport -Path $json
        $staged = $records | Where-Object LifecycleStage | Select-Object -First 1
        ((Get-Content -Raw $json | ConvertFrom-Json).instances | Where-Object id -eq $staged.Id).lifecycleStage | Should -Be $staged.LifecycleStage
    }

    It 'refuses packages on a member too, pointing to a job on its group' {
        $grouped = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 } | Select-Object -First 1
        $before = Get-OsmEmulatorChangeCount $Emulator
        $grouped | Install-OsmPackage -Name tmux -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].Exception.Message | Should -BeLike "*New-OsmScheduledJob -Operation Install -PackageName tmux*-ManagedInstanceGroupId $($grouped.ManagedInstanceGroupIds[0])*"
        Get-OsmEmulatorChangeCount $Emulator | Should -Be $before
    }

    It 'installs an advisory only where it is missing, and on stand-alone instances only' {
        $standalone = @(Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object Status -eq 'NORMAL' | Select-OsmStandalone)
        $advisory = $standalone | Get-OsmAvailableUpdate | Where-Object { $_.Errata } | Select-Object -ExpandProperty Errata -First 1
        $missing = @($standalone | Where-Object { (Get-OsmAvailableUpdate -ManagedInstanceId $_.Id).Errata -contains $advisory })
        $requests = $standalone | Install-OsmUpdate -AdvisoryName $advisory -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        ($requests.ManagedInstanceId | Sort-Object) | Should -Be ($missing.Id | Sort-Object)
        foreach ($instance in $missing) { (Get-OsmAvailableUpdate -ManagedInstanceId $instance.Id).Errata | Should -Not -Contain $advisory }
    }
}
}

if ($Service -eq 'Hub') {
Describe "Groups one manages on $Service" {
    It 'creates a group for one OS, fills it by the rules, renames it, refuses to delete it with members, and deletes it with -Force' {
        $free = @(Get-OsmManagedInstance -Recurse -OsFamily Linux | Select-OsmStandalone)
        $first = $free[0]
        $same = @($free | Where-Object { $_.OsFamilyDetail -eq $first.OsFamilyDetail -and $_.Location -eq $first.Location -and $_.Id -ne $first.Id })
        $other = $free | Where-Object OsFamilyDetail -ne $first.OsFamilyDetail | Select-Object -First 1
        $group = $first | New-OsmManagedInstanceGroup -DisplayName 'window-x' -CompartmentId $Tenancy
        ($group.OsFamilyDetail, $group.Architecture, $group.Location) | Should -Be ($first.OsFamilyDetail, $first.Architecture, $first.Location)
        $group.ManagedInstanceNames | Should -Be @($first.DisplayName)

        $attach = @($same[0], $other) | Add-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $group.Id -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $attach.Status | Should -Be 'SUCCEEDED'
        $errs.Count | Should -Be 1
        $errs[0].Exception.Message | Should -BeLike "*$($other.DisplayName) runs $($other.OsFamilyDetail)*"
        (Get-OsmManagedInstanceGroup -Id $group.Id).ManagedInstanceCount | Should -Be 2

        ($group | Set-OsmManagedInstanceGroup -DisplayName 'window-y' -PassThru).DisplayName | Should -Be 'window-y'
        $group | Remove-OsmManagedInstanceGroup -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'OsmGroupHasMembers*'
        $group | Remove-OsmManagedInstanceGroup -Force -Confirm:$false
        { Get-OsmManagedInstanceGroup -Id $group.Id -ErrorAction Stop } | Should -Throw
        (Get-OsmManagedInstance -Id $first.Id).ManagedInstanceGroupIds | Should -BeNullOrEmpty
    }

    It 'refuses an empty group with no OS, and a member not in the group on removal' {
        { New-OsmManagedInstanceGroup -DisplayName empty -CompartmentId $Tenancy -Confirm:$false } | Should -Throw -ErrorId 'OsmGroupNeedsOs*'
        $maintenance = Get-OsmManagedInstanceGroup -Recurse -DisplayName '*-maintenance-window'
        $maintenance.ManagedInstanceCount | Should -Be 0 -Because 'a generated fleet has an empty group to manage'
        $stranger = Get-OsmManagedInstance -Recurse | Select-OsmStandalone | Select-Object -First 1
        $stranger | Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $maintenance.Id -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNotAMember*'
    }

    It 'asks before removals (ConfirmImpact High)' -TestCases @(
        @{ Name = 'Remove-OsmManagedInstanceGroup' }, @{ Name = 'Remove-OsmManagedInstanceGroupMember' }, @{ Name = 'Remove-OsmLifecycleStageMember' }
    ) {
        (Get-Command $Name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }
}
}

if ($Service -eq 'Hub') {
Describe "Dynamic sets and reboots on $Service" {
    It 'reads a set with its rule and previews the instances it matches now' {
        $set = Get-OsmDynamicSet -DisplayName reboot-required
        ($set.MatchType, $set.IsRebootRequired, $set.Rule) | Should -Be ('ALL', $true, 'isRebootRequired = true')
        $expected = ($Truth.dynamicSets | Where-Object displayName -eq 'reboot-required').instanceIds
        ((Get-OsmDynamicSet -Id $set.Id -Preview).Id | Sort-Object) | Should -Be ($expected | Sort-Object)
    }

    It 'reboots a dynamic set as one wave with -RebootTimeout, and the instances no longer need a reboot' {
        $set = Get-OsmDynamicSet -DisplayName reboot-required
        $members = @(Get-OsmDynamicSet -Id $set.Id -Preview)
        $members | Should -Not -BeNullOrEmpty
        $wave = $set | Restart-OsmManagedInstance -RebootTimeout 20 -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        $wave.OperationType | Should -Be 'REBOOT'
        $wave.ChildrenIds.Count | Should -Be $members.Count
        $healthy = $members | Where-Object Status -eq 'NORMAL'
        foreach ($instance in $healthy) { (Get-OsmManagedInstance -Id $instance.Id).IsRebootRequired | Should -BeFalse }
    }

    It 'reboots a group member directly: a reboot is no content change' {
        $member = Get-OsmManagedInstance -Recurse | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 -and $_.Status -eq 'NORMAL' } | Select-Object -First 1
        ($member | Restart-OsmManagedInstance -Wait -PollInterval 0.2).Status | Should -Be 'SUCCEEDED'
    }

    It 'updates a dynamic set''s members, leaving lifecycle stage members to their stage' {
        $set = Get-OsmDynamicSet | Where-Object DisplayName -like 'all-ol*'
        $reached = @(Get-OsmDynamicSet -Id $set.Id -Preview | Where-Object { -not $_.LifecycleStageId })
        $parent = $set | Install-OsmUpdate -UpdateType Other -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
        ((Get-OsmWorkRequest -ParentId $parent.Id).ManagedInstanceId | Sort-Object) | Should -Be ($reached.Id | Sort-Object)
    }

    It 'sends no reboot with -WhatIf' {
        $before = Get-OsmEmulatorChangeCount $Emulator
        Get-OsmDynamicSet -DisplayName reboot-required | Restart-OsmManagedInstance -WhatIf
        Get-OsmEmulatorChangeCount $Emulator | Should -Be $before
    }

    It 'refuses a -RebootTimeout outside the service''s 5 to 240 minutes before any request' -TestCases @(@{ Minutes = 4 }, @{ Minutes = 241 }) {
        $set = Get-OsmDynamicSet -DisplayName reboot-required
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { Restart-OsmManagedInstance -DynamicSetId $set.Id -RebootTimeout $Minutes -Confirm:$false } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError*'
        $err.Exception.Message | Should -BeLike '*RebootTimeout*'
        $err.Exception.Message | Should -Match '\b(5|240)\b'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }
}
}
