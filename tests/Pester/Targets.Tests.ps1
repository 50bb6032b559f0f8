# Finding targets: compartments, managed instances, groups and available updates, checked against the emulator's ground truth,
# on OS Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=40,compartments=8,depth=3,groups=3,vulnerable=0.5,windows=0.25' -ExtraArgs @('--page-size', '7')
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
    # Hub's groups are its own (by detailed OS family), apart from the retired service's.
    $script:TruthGroups = if ($Service -eq 'Hub') { @($Truth.hubGroups) } else { @($Truth.groups) }
    $script:Tenancy = $Emulator.tenancyId
    # The ACTIVE subtree of a compartment, from the ground truth.
    function Get-TruthSubtree([string] $RootId) {
        $children = @($Truth.compartments | Where-Object { $_.parentId -eq $RootId -and $_.lifecycleState -eq 'ACTIVE' })
        foreach ($child in $children) { $child; Get-TruthSubtree $child.id }
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "Get-OsmCompartment on $Service" {
    It 'lists the direct ACTIVE children of the tenancy' {
        $expected = $Truth.compartments | Where-Object { $_.parentId -eq $Tenancy -and $_.lifecycleState -eq 'ACTIVE' }
        (Get-OsmCompartment).Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
    }

    It 'lists the whole ACTIVE subtree with -Recurse, skipping inactive compartments and what is below them' {
        $expected = Get-TruthSubtree $Tenancy
        $found = Get-OsmCompartment -Recurse
        $found.Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
        $found | ForEach-Object { $_.LifecycleState | Should -Be 'ACTIVE' }
        ($found | Measure-Object Depth -Maximum).Maximum | Should -BeGreaterThan 1
    }

    It 'walks the subtree of a compartment below the tenancy' {
        $parent = Get-OsmCompartment | Where-Object { Get-TruthSubtree $_.Id } | Select-Object -First 1
        $found = Get-OsmCompartment -CompartmentId $parent.Id -Recurse
        $found.Id | Sort-Object | Should -Be ((Get-TruthSubtree $parent.Id).id | Sort-Object)
        $children = @($found | Where-Object Depth -eq 1)
        $children.Id | Sort-Object | Should -Be (@($Truth.compartments | Where-Object { $_.parentId -eq $parent.Id -and $_.lifecycleState -eq 'ACTIVE' }).id | Sort-Object)
        $children | ForEach-Object { $_.ParentId | Should -Be $parent.Id }
    }

    It 'filters by a wildcard name' {
        $one = (Get-OsmCompartment -Recurse)[0]
        $pattern = $one.Name.Substring(0, [Math]::Min(3, $one.Name.Length)) + '*'
        $found = Get-OsmCompartment -Recurse -Name $pattern
        $found.Name | Should -Contain $one.Name
        $found | ForEach-Object { $_.Name | Should -BeLike $pattern }
    }

    It 'refuses a malformed compartment OCID before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        { Get-OsmCompartment -CompartmentId 'ocid1.instance.oc1.iad.abc' } | Should -Throw -ExpectedMessage '*compartment OCID*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }
}

Describe "Get-OsmManagedInstance on $Service" {
    It 'lists every instance of the tenancy subtree with -Recurse (across pages), each once' {
        $found = Get-OsmManagedInstance -Recurse
        $inScope = (Get-TruthSubtree $Tenancy).id + $Tenancy
        $expected = $Truth.instances | Where-Object { $_.compartmentId -in $inScope }
        $found.Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
    }

    It 'finds the instances missing security updates with Where-Object' {
        $found = Get-OsmManagedInstance -Recurse | Where-Object SecurityUpdatesAvailable -gt 0
        $inScope = (Get-TruthSubtree $Tenancy).id + $Tenancy
        $expected = $Truth.instances | Where-Object { $_.compartmentId -in $inScope -and @($_.updates | Where-Object updateType -eq 'SECURITY').Count -gt 0 }
        $found.Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
    }

    It 'gets instances by id, from the pipeline' {
        $ids = ($Truth.instances | Select-Object -First 3).id
        ($ids | ForEach-Object { [pscustomobject]@{ ManagedInstanceId = $_ } } | Get-OsmManagedInstance).Id | Should -Be $ids
    }

    It 'lists the instances of piped compartments' {
        $compartment = Get-OsmCompartment -Recurse | Where-Object { $c = $_.Id; $Truth.instances | Where-Object compartmentId -eq $c } | Select-Object -First 1
        $found = $compartment | Get-OsmManagedInstance
        $found.Id | Sort-Object | Should -Be (($Truth.instances | Where-Object compartmentId -eq $compartment.Id).id | Sort-Object)
    }

    It 'lists only the groups of the compartment without -Recurse' {
        $group = $TruthGroups | Where-Object { $_.displayName -cne $_.displayName.ToUpperInvariant() } | Select-Object -First 1
        (Get-OsmManagedInstanceGroup -CompartmentId $group.compartmentId).Id | Should -Contain $group.id
        (Get-OsmManagedInstanceGroup -CompartmentId $group.compartmentId).Id | Sort-Object |
            Should -Be (($TruthGroups | Where-Object compartmentId -eq $group.compartmentId).id | Sort-Object)
    }

    It 'lists the members of a group, and of piped groups' {
        $group = $TruthGroups | Where-Object { $_.displayName -cne $_.displayName.ToUpperInvariant() } | Select-Object -First 1
        (Get-OsmManagedInstance -ManagedInstanceGroupId $group.id).Id | Sort-Object | Should -Be ($group.instanceIds | Sort-Object)
        (Get-OsmManagedInstanceGroup -Id $group.id | Get-OsmManagedInstance).Id | Sort-Object | Should -Be ($group.instanceIds | Sort-Object)
    }

    It 'filters by <Family> and by a wildcard name, as the fleet has them' -TestCases @(@{ Family = 'Windows' }, @{ Family = 'Linux' }) {
        $inScope = (Get-TruthSubtree $Tenancy).id + $Tenancy
        $expected = @($Truth.instances | Where-Object { $_.compartmentId -in $inScope -and $_.osFamily -eq $Family.ToUpperInvariant() })
        $expected.Count | Should -BeGreaterThan 0 -Because "the fleet has $Family instances"
        $found = @(Get-OsmManagedInstance -Recurse -OsFamily $Family)
        $found.Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
        $found.OsFamily | Sort-Object -Unique | Should -Be $Family.ToUpperInvariant()
        $name = $expected[0].displayName
        $pattern = $name.Substring(0, $name.Length - 1) + '*'
        $byName = @(Get-OsmManagedInstance -Recurse -DisplayName $pattern)
        $byName.Id | Sort-Object | Should -Be (@($Truth.instances | Where-Object { $_.compartmentId -in $inScope -and $_.displayName -like $pattern }).id | Sort-Object)
        $byName.DisplayName | Should -Contain $name
    }
}

Describe "Get-OsmManagedInstanceGroup on $Service" {
    It 'lists the groups of the whole tenancy with -Recurse, with their members' {
        $found = Get-OsmManagedInstanceGroup -Recurse
        $found.Id | Sort-Object | Should -Be ($TruthGroups.id | Sort-Object)
        foreach ($g in $found) {
            $g.ManagedInstanceIds | Sort-Object | Should -Be (($TruthGroups | Where-Object id -eq $g.Id).instanceIds | Sort-Object)
            $g.ManagedInstanceCount | Should -Be $g.ManagedInstanceIds.Count
        }
    }
}

Describe "-DisplayName on $Service" {
    It 'finds an instance, a group and a job by their exact name in another case, as PowerShell names match' {
        $instance = $Truth.instances | Where-Object { -not $_.isPaas -and $_.displayName -cne $_.displayName.ToUpperInvariant() } | Select-Object -First 1
        $found = @(Get-OsmManagedInstance -Recurse -DisplayName $instance.displayName.ToUpperInvariant())
        $found.Id | Should -Be $instance.id

        $group = $TruthGroups | Where-Object { $_.displayName -cne $_.displayName.ToUpperInvariant() } | Select-Object -First 1
        (Get-OsmManagedInstanceGroup -Recurse -DisplayName $group.displayName.ToUpperInvariant()).Id | Should -Be $group.id

        $job = New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'Mixed-Case-Name' -ManagedInstanceId $instance.id -At (Get-Date).AddHours(5)
        try {
            (Get-OsmScheduledJob -DisplayName 'mixed-case-name').Id | Should -Be $job.Id
            (Get-OsmScheduledJob -DisplayName 'MIXED-CASE-NAME').Id | Should -Be $job.Id
        }
        finally { $job | Remove-OsmScheduledJob -Confirm:$false }
    }
}

Describe "Plain OCIDs from the pipeline on $Service" {
    It 'bind to -Id (and -ManagedInstanceId) as they would from an object''s Id' {
        $instance = Find-OsmTestInstance $Emulator -Healthy -Missing '*' | Select-Object -First 1
        ($instance.id | Get-OsmManagedInstance).Id | Should -Be $instance.id
        @($instance.id | Get-OsmAvailableUpdate).Count | Should -Be @($instance.updates).Count
        ($TruthGroups[0].id | Get-OsmManagedInstanceGroup).Id | Should -Be $TruthGroups[0].id
        # OS Management Hub runs only recurring jobs now.
        $job = New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'piped-ocid' -ManagedInstanceId $instance.id -At (Get-Date).AddHours(5) -RepeatEvery Day
        try {
            ($job.Id | Get-OsmScheduledJob).DisplayName | Should -Be 'piped-ocid'
            $run = @($job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -ErrorVariable errs)
            $errs | Should -BeNullOrEmpty
            $run.Count | Should -Be 1
            $run.Status | Should -Be 'SUCCEEDED'
            $ids = @((Get-OsmScheduledJob -Id $job.Id).WorkRequestIds)
            $ids | Should -Be @($run.Id)
            ($ids | Get-OsmWorkRequest).Id | Should -Be $ids
        }
        finally { $job | Remove-OsmScheduledJob -Confirm:$false }
    }
}

Describe "Get-OsmAvailableUpdate on $Service" {
    It 'lists the updates of <Family> instances with their types and CVEs' -TestCases @(@{ Family = 'Linux' }, @{ Family = 'Windows' }) {
        $instance = Get-OsmManagedInstance -Recurse -OsFamily $Family | Where-Object UpdatesAvailable -gt 0 | Select-Object -First 1
        $truth = $Truth.instances | Where-Object id -eq $instance.Id
        $updates = $instance | Get-OsmAvailableUpdate
        $updates.Name | Sort-Object | Should -Be ($truth.updates.name | Sort-Object)
        $updates | ForEach-Object { $_.ManagedInstanceName | Should -Be $instance.DisplayName; $_.OsFamily | Should -Be $Family.ToUpperInvariant() }
        $security = $instance | Get-OsmAvailableUpdate -UpdateType Security
        $security.Name | Sort-Object | Should -Be (($truth.updates | Where-Object updateType -eq 'SECURITY').name | Sort-Object)
    }

    It 'carries the CVEs of Linux security updates' {
        $instance = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object SecurityUpdatesAvailable -gt 0 | Select-Object -First 1
        $update = $instance | Get-OsmAvailableUpdate -UpdateType Security | Select-Object -First 1
        $update.Cves.Count | Should -BeGreaterThan 0
        $update.Cves | ForEach-Object { $_ | Should -Match '^CVE-\d{4}-\d+$' }
    }
}

Describe "Get-OsmAvailableUpdate advisories on $Service" {
    It 'gives each Linux security update its advisory, and on Hub its severity and issue date (empty on the retired service)' {
        $instance = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object SecurityUpdatesAvailable -gt 0 | Select-Object -First 1
        $truth = $Truth.instances | Where-Object id -eq $instance.Id
        $updates = @($instance | Get-OsmAvailableUpdate -UpdateType Security)
        $updates | Should -Not -BeNullOrEmpty
        foreach ($update in $updates) {
            $expected = $truth.updates | Where-Object name -eq $update.Name
            $update.Advisory | Should -Be @($expected.errata)[0]
            if ($Service -eq 'Hub') {
                $update.Severity | Should -Be $expected.advisorySeverity
                $update.Severity | Should -BeIn 'LOW', 'MODERATE', 'IMPORTANT', 'CRITICAL'
                $update.AdvisoryIssued.ToUniversalTime() | Should -Be ([DateTimeOffset] $expected.timeIssued).UtcDateTime
            }
            else {
                $update.Severity | Should -BeNullOrEmpty
                $update.AdvisoryIssued | Should -BeNullOrEmpty
            }
        }
    }

    It 'shows the detailed OS family beside LINUX and WINDOWS on Hub, and none on the retired service' {
        $instances = @(Get-OsmManagedInstance -Recurse | Select-Object -First 8)
        $instances.Count | Should -Be 8
        foreach ($instance in $instances) {
            $fact = $Truth.instances | Where-Object id -eq $instance.Id
            $instance.OsFamily | Should -Be $fact.osFamily
            if ($Service -eq 'Hub') { $instance.OsFamilyDetail | Should -Be $fact.hubOsFamily } else { $instance.OsFamilyDetail | Should -BeNullOrEmpty }
        }
    }
}

Describe "Output order on $Service" {
    It 'lists compartments breadth-first, each level by parent, siblings by name' {
        $all = @(Get-OsmCompartment -Recurse)
        $all.Count | Should -BeGreaterThan 3
        $position = @{ $Tenancy = -1 }
        for ($i = 0; $i -lt $all.Count; $i++) { $position[$all[$i].Id] = $i }
        for ($i = 1; $i -lt $all.Count; $i++) {
            $previous, $current = $all[$i - 1], $all[$i]
            $current.Depth | Should -BeGreaterOrEqual $previous.Depth
            if ($current.Depth -eq $previous.Depth) {
                $position[$current.ParentId] | Should -BeGreaterOrEqual $position[$previous.ParentId] -Because 'a level goes parent by parent'
                if ($current.ParentId -eq $previous.ParentId) {
                    [string]::Compare($previous.Name, $current.Name, [StringComparison]::OrdinalIgnoreCase) | Should -BeLessThan 0 -Because 'siblings come by name'
                }
            }
        }
    }

    It 'writes the instances of a subtree compartment by compartment, in that order, whatever -ThrottleLimit' {
        $order = @($Tenancy) + @((Get-OsmCompartment -Recurse).Id)
        foreach ($limit in 1, 16) {
            $positions = @(Get-OsmManagedInstance -Recurse -ThrottleLimit $limit | ForEach-Object { $order.IndexOf($_.CompartmentId) })
            $positions.Count | Should -BeGreaterThan 10
            $positions | Should -Not -Contain -1
            ($positions -join ',') | Should -Be (($positions | Sort-Object) -join ',') -Because "the compartments come in scope order (-ThrottleLimit $limit)"
        }
        $first = @(Get-OsmManagedInstance -Recurse -ThrottleLimit 1).Id
        (Get-OsmManagedInstance -Recurse -ThrottleLimit 16).Id | Should -Be $first -Because 'the order does not depend on how many are read at once'
    }

    It 'reads -Id arrays, given or piped, in the order given' {
        $ids = @($Truth.instances | Select-Object -First 12 -ExpandProperty id)
        [array]::Reverse($ids)
        (Get-OsmManagedInstance -Id $ids -ThrottleLimit 4).Id | Should -Be $ids
        ($ids | Get-OsmManagedInstance -ThrottleLimit 4).Id | Should -Be $ids
        $groupIds = @($TruthGroups.id)
        [array]::Reverse($groupIds)
        (Get-OsmManagedInstanceGroup -Id $groupIds -ThrottleLimit 2).Id | Should -Be $groupIds
    }

    It 'writes an unknown id''s error in its place and reads the others' {
        $ids = @($Truth.instances | Select-Object -First 3 -ExpandProperty id)
        $unknown = $ids[1] -replace '.{6}$', 'zzzzzz'
        $found = Get-OsmManagedInstance -Id $ids[0], $unknown, $ids[2] -ThrottleLimit 3 -ErrorVariable errs -ErrorAction SilentlyContinue
        $found.Id | Should -Be @($ids[0], $ids[2])
        $errs.Count | Should -Be 1
        $errs[0].TargetObject | Should -Be $unknown
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe "Output for the pipeline on $Service" {
    It 'exports readable CSV cells for every output type (no System.Object[] or type names)' {
        $objects = @(
            Get-OsmCompartment | Select-Object -First 1
            Get-OsmManagedInstance -Recurse | Select-Object -First 2
            Get-OsmManagedInstanceGroup -Recurse | Select-Object -First 1
            Get-OsmManagedInstance -Recurse | Where-Object UpdatesAvailable -gt 0 | Select-Object -First 1 | Get-OsmAvailableUpdate | Select-Object -First 1
            Get-OsmContext
        )
        foreach ($object in $objects) {
            $csv = $object | ConvertTo-Csv -NoTypeInformation | Out-String
            $csv | Should -Not -Match 'System\.(Object|String)\[\]|System\.Collections|OsManagement\.Osm' -Because "$($object.GetType().Name) should export readably"
        }
        $group = Get-OsmManagedInstanceGroup -Recurse | Select-Object -First 1
        ($group | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).ManagedInstanceIds | Should -Be ($group.ManagedInstanceIds -join '; ')
    }

    It 'has a default view for every output type' {
        $types = 'OsmContext', 'OsmCompartment', 'OsmManagedInstance', 'OsmManagedInstanceGroup', 'OsmAvailableUpdate', 'OsmScheduledJob',
            'OsmWorkRequest', 'OsmWorkRequestLogEntry', 'OsmWorkRequestError', 'OsmComplianceRecord', 'OsmComplianceSummary'
        foreach ($type in $types) {
            Get-FormatData -TypeName "OsManagement.$type" | Should -Not -BeNullOrEmpty -Because "$type needs a view"
        }
    }

    It 'completes -ManagedInstanceId by instance name, across the tenancy' {
        $instance = $Truth.instances | Where-Object { -not $_.isPaas } | Select-Object -Last 1
        $line = "Get-OsmAvailableUpdate -ManagedInstanceId $($instance.displayName)"
        $completions = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completions.CompletionMatches.CompletionText | Should -Contain $instance.id
    }

    It 'completes -CompartmentId by compartment name' {
        $compartment = (Get-OsmCompartment -Recurse)[0]
        $line = "Get-OsmManagedInstance -CompartmentId $($compartment.Name)"
        $completions = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completions.CompletionMatches.CompletionText | Should -Contain $compartment.Id
    }
}

Describe "OCID checks on $Service" {
    BeforeAll {
        $script:InstanceId = $Truth.instances[0].id
        $script:GroupId = $TruthGroups[0].id
        $script:CompartmentId = ($Truth.compartments | Where-Object lifecycleState -eq 'ACTIVE')[0].id
    }

    # Each hint names a parameter of the same cmdlet, or a command that reads the resource given (OcidHints.Tests.ps1 checks
    # every hint of every cmdlet exists).
    It 'refuses <Case> before any request, naming the kind given and where it goes' -TestCases @(
        @{ Case = 'an instance OCID as a scheduled job id'; Call = { Remove-OsmScheduledJob -Id $InstanceId -Confirm:$false }; Message = '*is a managed instance OCID, not a scheduled job OCID (ocid1.*scheduledjob.oc1.*Get-OsmManagedInstance -Id*' }
        @{ Case = 'an instance OCID as a work request id'; Call = { Get-OsmWorkRequest -Id $InstanceId }; Message = '*is a managed instance OCID, not a work request OCID (ocid1.osm?workrequest.oc1.*goes to -ManagedInstanceId*' }
        @{ Case = 'a scheduled job OCID as a work request id'; Call = { Wait-OsmWorkRequest -Id 'ocid1.osmhscheduledjob.oc1.iad.aaaa' }; Message = '*is a scheduled job OCID, not a work request OCID*Get-OsmScheduledJob -Id*' }
        @{ Case = 'a compartment OCID as an instance id'; Call = { Get-OsmManagedInstance -Id $CompartmentId }; Message = '*is a compartment OCID, not a managed instance OCID*-CompartmentId*' }
        @{ Case = 'a compartment OCID as an instance to update'; Call = { Install-OsmUpdate -ManagedInstanceId $CompartmentId -UpdateType Security }; Message = '*is a compartment OCID, not a managed instance OCID*Get-OsmManagedInstance -CompartmentId*' }
        @{ Case = 'a tenancy OCID as a group id'; Call = { Get-OsmManagedInstance -ManagedInstanceGroupId $Tenancy }; Message = '*is a tenancy OCID, not a managed instance group OCID*-CompartmentId*' }
        @{ Case = 'a work request OCID as a job id'; Call = { Get-OsmScheduledJob -Id 'ocid1.osmsworkrequest.oc1.iad.aaaa' }; Message = '*is a work request OCID, not a scheduled job OCID*Get-OsmWorkRequest -Id*' }
        @{ Case = 'a Hub work request OCID as a job id'; Call = { Skip-OsmJob -Id 'ocid1.osmhworkrequest.oc1.iad.aaaa' }; Message = '*is a work request OCID, not a scheduled job OCID*Get-OsmWorkRequest -Id*' }
        @{ Case = 'an instance OCID as a compartment id'; Call = { Get-OsmCompartment -CompartmentId $InstanceId }; Message = '*is a managed instance OCID, not a compartment OCID (ocid1.compartment.oc1..*' }
        @{ Case = 'garbage as a work request id'; Call = { Get-OsmWorkRequestLog -Id 'not-an-ocid' }; Message = "*'not-an-ocid' is not a valid work request OCID. Work request OCIDs look like ocid1.osm?workrequest.oc1.<region>.<unique id>*" }
    ) {
        $before = Get-OsmEmulatorCallCount $Emulator
        $thrown = $Call | Should -Throw -ExpectedMessage $Message -ErrorId 'ParameterArgumentValidationError,*' -PassThru
        $thrown.Exception.Message | Should -BeLike "Cannot validate argument on parameter '*'*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses a group OCID given to New-OsmScheduledJob -ManagedInstanceId before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        $thrown = { New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'wrong-kind' -ManagedInstanceId $GroupId -At (Get-Date).AddHours(1) } |
            Should -Throw -ExpectedMessage '*-ManagedInstanceId*is a managed instance group OCID, not a managed instance OCID*-ManagedInstanceGroupId*' -ErrorId 'OsmOcidWrongKind,*' -PassThru
        $thrown.CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses a piped instance where <Command> expects its own ids, item by item, pointing to -ManagedInstanceId' -TestCases @(
        @{ Command = 'Get-OsmWorkRequest' }
        @{ Command = 'Get-OsmScheduledJob' }
    ) {
        $instances = Get-OsmManagedInstance -Id ($Truth.instances[0..1].id)
        $before = Get-OsmEmulatorCallCount $Emulator
        $found = $instances | & $Command -ErrorVariable errs -ErrorAction SilentlyContinue
        $found | Should -BeNullOrEmpty
        $errs.Count | Should -Be 2
        $errs | ForEach-Object {
            $_.FullyQualifiedErrorId | Should -BeLike "ParameterArgumentValidationError,*"
            $_.Exception.Message | Should -BeLike "*parameter 'Id'*is a managed instance OCID*goes to -ManagedInstanceId*"
        }
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'lets an OCID of a kind it does not know through to the service' {
        $before = Get-OsmEmulatorCallCount $Emulator
        Get-OsmManagedInstance -Id 'ocid1.somefuturekind.oc1.iad.aaaa' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-OsmEmulatorCallCount $Emulator | Should -BeGreaterThan $before
    }
}
