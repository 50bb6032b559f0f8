# Export-OsmFleet and the rehearsal against a copy of production (issue 24): a fleet exported from one emulator and
# loaded into another is the same fleet (ground truth, compliance report, scheduled jobs); -Anonymize keeps every
# reference while replacing names and OCIDs; the retired API's export says what it cannot carry; the documented recipe
# (docs/rehearsal.md, about_OsManagement) runs as written.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Source = Start-OsmTestEmulator -Fleet 'instances=40,compartments=3,depth=2,groups=3,vulnerable=0.8,windows=0.2'
    Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Hub
    $truth = Invoke-OsmEmulatorAdmin -Emulator $Source -Path 'fleet'
    $at = (Get-Date).AddDays(2)
    # Jobs on every kind of target, so the copy must carry each kind.
    $group = $truth.hubGroups | Where-Object { $_.instanceIds.Count -gt 0 -and $_.hubOsFamily -like 'ORACLE_LINUX*' } | Select-Object -First 1
    $windows = $truth.instances | Where-Object { $_.hubOsFamily -like 'WINDOWS*' -and -not $_.hubGroupId } | Select-Object -First 1
    $compartment = $truth.compartments | Where-Object name -ne 'ManagedCompartmentForPaaS' | Select-Object -First 1
    $stage = $truth.lifecycleEnvironments[0].stages[-1]
    $set = $truth.dynamicSets[0]
    $null = New-OsmScheduledJob -CompartmentId $Source.tenancyId -DisplayName 'Sunday patch' -ManagedInstanceGroupId $group.id -Operation UpdateAll `
        -UpdateType Security -At $at -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=3;BYMINUTE=0' -WarningAction SilentlyContinue
    $null = New-OsmScheduledJob -CompartmentId $Source.tenancyId -DisplayName 'Windows box' -ManagedInstanceId $windows.id -OsFamily Windows -Operation UpdateAll -UpdateType All -At $at
    $null = New-OsmScheduledJob -CompartmentId $compartment.id -DisplayName 'Subtree' -ManagedCompartmentId $compartment.id -IncludeSubcompartments `
        -OsFamily Linux -Operation UpdateAll -UpdateType Bugfix -At $at
    $null = New-OsmScheduledJob -CompartmentId $Source.tenancyId -DisplayName 'Promote prod' -LifecycleStageId $stage.id -Operation Promote -At $at
    $null = New-OsmScheduledJob -CompartmentId $Source.tenancyId -DisplayName 'Set' -DynamicSetId $set.id -Operation Install -PackageName tmux -At $at

    $script:File = Join-Path $TestDrive 'fleet.json'
    $script:CallsBefore = Get-OsmEmulatorCallCount $Source
    $script:ChangesBefore = Get-OsmEmulatorChangeCount $Source
    $script:Export = Export-OsmFleet -Path $File
    $script:ExportCalls = (Get-OsmEmulatorCallCount $Source) - $CallsBefore
    $script:ExportChanges = (Get-OsmEmulatorChangeCount $Source) - $ChangesBefore
    $script:Copy = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $File)

    # The ground truth as both fleets can have it: the retired API's family groups, the emulator's failure faults and
    # the check-in lag of agents that check in are the emulator's, not the service's, so no export sees them; Windows
    # updates' CVEs are not in Hub's API; a stage's software source holds every update its members miss in the copy.
    function Get-TruthShape($Truth) {
        [ordered]@{
            compartments = @($Truth.compartments | Sort-Object id | ForEach-Object { "$($_.id)|$($_.parentId)|$($_.name)|$($_.lifecycleState)" })
            hubGroups = @($Truth.hubGroups | Sort-Object id | ForEach-Object {
                    "$($_.id)|$($_.displayName)|$($_.compartmentId)|$($_.hubOsFamily)|$(@($_.instanceIds | Sort-Object) -join ',')" })
            instances = @($Truth.instances | Sort-Object id | ForEach-Object {
                    $i = $_
                    $updates = $i.updates | Sort-Object name | ForEach-Object {
                        $cves = if ($i.hubOsFamily -notlike 'WINDOWS*') { $_.relatedCves -join ',' }
                        "$($_.name)|$($_.displayName)|$($_.classificationType)|$($_.advisorySeverity)|$($_.timeIssued)|$($_.errata -join ',')|$cves"
                    }
                    "$($i.id)|$($i.displayName)|$($i.compartmentId)|$($i.hubOsFamily)|$($i.osName)|$($i.osVersion)|$($i.hubStatus)|$($i.location)|" +
                    "$($i.isStale)|$($i.isRebootRequired)|$($i.hubGroupId)|$($i.lifecycleStageId)|$($i.isPaas)|$($updates -join ';')" })
            lifecycleEnvironments = @($Truth.lifecycleEnvironments | Sort-Object id | ForEach-Object {
                    "$($_.id)|$($_.displayName)|$($_.compartmentId)|$($_.hubOsFamily)|" + (@($_.stages | ForEach-Object {
                                "$($_.id)/$($_.displayName)/$($_.rank)/$(@($_.instanceIds | Sort-Object) -join ',')" }) -join ';') })
            dynamicSets = @($Truth.dynamicSets | Sort-Object id | ForEach-Object {
                    "$($_.id)|$($_.displayName)|$($_.compartmentId)|$($_.matchType)|$(@($_.instanceIds | Sort-Object) -join ',')" })
        } | ConvertTo-Json -Depth 5
    }
    # A report's records as both copies give them, but for what moves with the clock between two scans: the check-in of
    # an agent that checks in, ages in whole days, and when the report was made. Kernels are the emulator's defaults.
    function Get-ReportShape($Records) {
        $Records | Sort-Object Id | ForEach-Object {
            $record = $_ | Select-Object * -ExcludeProperty LastCheckin, GeneratedAt, OldestAdvisoryAgeDays, OsKernelVersion, Advisories, SlaBreaches, Scope
            $record | Add-Member -NotePropertyName AdvisoryShape -NotePropertyValue @($_.Advisories | ForEach-Object {
                    "$($_.Name)|$($_.UpdateType)|$($_.Severity)|$($_.Issued)|$($_.Cves -join ',')|$($_.Updates -join ',')" })
            $record
        } | ConvertTo-Json -Depth 4
    }
    function Get-JobShape {
        Get-OsmScheduledJob -Recurse | Sort-Object Id | ForEach-Object {
            "$($_.Id)|$($_.DisplayName)|$($_.CompartmentId)|$($_.ScheduleType)|$($_.NextExecution)|$($_.RecurrenceRule)|" +
            "$(@($_.Operations | ForEach-Object { "$($_.OperationType)/$($_.UpdateType)/$($_.PackageNames -join ',')" }) -join ';')|" +
            "$($_.ManagedInstanceIds -join ',')|$($_.ManagedInstanceGroupIds -join ',')|$($_.ManagedCompartmentIds -join ',')|$($_.IncludeSubcompartments)|" +
            "$($_.LifecycleStageIds -join ',')|$($_.DynamicSetIds -join ',')"
        }
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Copy) { Stop-OsmTestEmulator $script:Copy }
    if ($script:Source) { Stop-OsmTestEmulator $script:Source }
}

Describe 'Export-OsmFleet, and the copy loaded into another emulator' {
    It 'says what it wrote' {
        $Export.Path | Should -Be $File
        $Export.Instances | Should -Be 40
        $Export.ScheduledJobs | Should -Be 5
        $Export.LifecycleEnvironments | Should -BeGreaterThan 0
        $Export.DynamicSets | Should -BeGreaterThan 0
        $Export.Updates | Should -BeGreaterThan 0
        $Export.Unread | Should -Be 0
        $Export.Anonymized | Should -BeFalse
    }

    It 'only reads, within the requests of the report that reads every instance and update' {
        $ExportChanges | Should -Be 0
        $before = Get-OsmEmulatorCallCount $Source
        $null = Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant -Detailed
        $report = (Get-OsmEmulatorCallCount $Source) - $before
        $ExportCalls | Should -BeLessOrEqual $report
    }

    It 'gives the same ground truth' {
        $copied = Invoke-OsmEmulatorAdmin -Emulator $Copy -Path 'fleet'
        Get-TruthShape $copied | Should -Be (Get-TruthShape (Invoke-OsmEmulatorAdmin -Emulator $Source -Path 'fleet'))
    }

    It 'gives the same compliance report, records and summary' {
        $records = Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant
        $summary = Get-OsmComplianceReport -Recurse -Summary
        Connect-Osm -ConfigFile $Copy.configFile -Endpoint $Copy.endpoint -Service Hub
        try {
            Get-ReportShape (Get-OsmComplianceReport -Recurse -UpdateType All -IncludeCompliant) | Should -Be (Get-ReportShape $records)
            $copied = Get-OsmComplianceReport -Recurse -Summary
            $copied | Select-Object * -ExcludeProperty GeneratedAt, Scope | ConvertTo-Json -Depth 3 |
                Should -Be ($summary | Select-Object * -ExcludeProperty GeneratedAt, Scope | ConvertTo-Json -Depth 3)
        }
        finally { Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Hub }
    }

    It 'carries the scheduled jobs, with their targets, operations and rules' {
        $jobs = Get-JobShape
        @($jobs).Count | Should -Be 5
        Connect-Osm -ConfigFile $Copy.configFile -Endpoint $Copy.endpoint -Service Hub
        try { Get-JobShape | Should -Be $jobs }
        finally { Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Hub }
    }

    It 'refuses to replace a file without -Force, and with it replaces it whole, leaving nothing beside it' {
        $before = Get-Content -Raw $File
        { Export-OsmFleet -Path $File } | Should -Throw -ErrorId 'OsmFleetFileExists,OsManagement.Commands.ExportOsmFleetCommand'
        Get-Content -Raw $File | Should -Be $before
        $null = Export-OsmFleet -Path $File -Force
        Get-ChildItem -Force (Split-Path $File) | Where-Object Name -like '*.tmp' | Should -BeNullOrEmpty
        Get-Content -Raw $File | ConvertFrom-Json | ForEach-Object { $_.instances.Count } | Should -Be 40
    }

    It 'with -WhatIf says what it would write, and neither reads nor writes' {
        $path = Join-Path $TestDrive 'whatif.json'
        $before = Get-OsmEmulatorCallCount $Source
        Export-OsmFleet -Path $path -WhatIf | Should -BeNullOrEmpty
        Test-Path $path | Should -BeFalse
        Get-OsmEmulatorCallCount $Source | Should -Be $before
    }

    It 'names a folder or a missing folder before reading anything' {
        $before = Get-OsmEmulatorCallCount $Source
        { Export-OsmFleet -Path $TestDrive } | Should -Throw -ErrorId 'OsmFleetPathIsFolder,OsManagement.Commands.ExportOsmFleetCommand'
        { Export-OsmFleet -Path (Join-Path $TestDrive 'no/such/fleet.json') } | Should -Throw -ErrorId 'OsmFleetFolderMissing,OsManagement.Commands.ExportOsmFleetCommand'
        Get-OsmEmulatorCallCount $Source | Should -Be $before
    }

    It 'copies one compartment (with -Recurse its subtree) with the compartments above it' {
        $truth = Invoke-OsmEmulatorAdmin -Emulator $Source -Path 'fleet'
        $child = $truth.compartments | Where-Object parentId -ne $truth.tenancyId | Select-Object -First 1
        $child | Should -Not -BeNullOrEmpty
        $path = Join-Path $TestDrive 'one.json'
        $one = Export-OsmFleet -Path $path -CompartmentId $child.id -WarningAction SilentlyContinue
        $one.Instances | Should -Be @($truth.instances | Where-Object compartmentId -eq $child.id).Count
        $json = Get-Content -Raw $path | ConvertFrom-Json
        $json.compartments[0].id | Should -Be $child.parentId
        $json.compartments[0].compartments[0].id | Should -Be $child.id
    }
}

Describe 'Export-OsmFleet -Anonymize' {
    BeforeAll {
        $script:Anonymous = Join-Path $TestDrive 'anonymous.json'
        $script:AnonymousExport = Export-OsmFleet -Path $Anonymous -Anonymize
        $script:Text = Get-Content -Raw $Anonymous
        $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Source -Path 'fleet'
    }

    It 'leaves no name, OCID or description of the fleet in the file' {
        $AnonymousExport.Anonymized | Should -BeTrue
        $names = @($Truth.instances.displayName) + @($Truth.hubGroups.displayName) + @($Truth.lifecycleEnvironments.displayName) +
            @($Truth.dynamicSets.displayName) + @($Truth.compartments | Where-Object name -ne 'ManagedCompartmentForPaaS' | ForEach-Object name) +
            'Sunday patch', 'Windows box', 'Promote prod'
        foreach ($name in $names) { $Text | Should -Not -Match ('"' + [regex]::Escape($name) + '"') }
        $ids = @($Truth.instances.id) + @($Truth.hubGroups.id) + @($Truth.compartments.id) + $Truth.tenancyId
        foreach ($id in $ids) { $Text | Should -Not -Match ([regex]::Escape($id)) }
        $Text | Should -Not -Match '"description"'
    }

    It 'keeps every reference: the same instance, group, stage or set has one alias across the file, jobs included' {
        $anonymous = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $Anonymous)
        try {
            $aliased = Invoke-OsmEmulatorAdmin -Emulator $anonymous -Path 'fleet'
            # Instance by instance in the file's order, against the copy made without -Anonymize: the same updates, group
            # sizes, stages and set sizes.
            $plain = Invoke-OsmEmulatorAdmin -Emulator $Copy -Path 'fleet'
            $shape = { param($t) $t.instances | ForEach-Object {
                    $g = $_.hubGroupId; "$($_.hubOsFamily)|$($_.hubStatus)|$(@($_.updates).Count)|$(if ($g) { @(($t.hubGroups | Where-Object id -eq $g).instanceIds).Count })|$([bool] $_.lifecycleStageId)" } }
            & $shape $aliased | Should -Be (& $shape $plain)
            @($aliased.dynamicSets | ForEach-Object { $_.instanceIds.Count }) | Should -Be @($plain.dynamicSets | ForEach-Object { $_.instanceIds.Count })
            Connect-Osm -ConfigFile $anonymous.configFile -Endpoint $anonymous.endpoint -Service Hub
            $jobs = Get-OsmScheduledJob -Recurse
            @($jobs).Count | Should -Be 5
            $patch = $jobs | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 }
            $group = $aliased.hubGroups | Where-Object id -eq $patch.ManagedInstanceGroupIds[0]
            $original = $Truth.hubGroups | Where-Object displayName -eq ((Get-Content -Raw $File | ConvertFrom-Json).groups |
                    Where-Object id -eq ((Get-Content -Raw $File | ConvertFrom-Json).jobs | Where-Object name -eq 'Sunday patch').targets.groups[0]).name
            @($group.instanceIds).Count | Should -Be @($original.instanceIds).Count
            ($jobs | Where-Object { $_.LifecycleStageIds.Count -gt 0 }).LifecycleStageIds[0] | Should -BeIn $aliased.lifecycleEnvironments.stages.id
            ($jobs | Where-Object { $_.DynamicSetIds.Count -gt 0 }).DynamicSetIds[0] | Should -BeIn $aliased.dynamicSets.id
        }
        finally {
            Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Hub
            Stop-OsmTestEmulator $anonymous
        }
    }

    It 'gives the same file twice' {
        $again = Join-Path $TestDrive 'again.json'
        $null = Export-OsmFleet -Path $again -Anonymize
        Get-Content -Raw $again | Should -Be $Text
    }
}

Describe 'Export-OsmFleet from the retired API' {
    It 'warns what it cannot carry, naming it, and exports the rest' {
        Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Classic
        try {
            $path = Join-Path $TestDrive 'classic.json'
            $export = Export-OsmFleet -Path $path -WarningVariable warnings -WarningAction SilentlyContinue
            $warning = ($warnings | Out-String)
            foreach ($what in 'lifecycle environments and stages', 'dynamic sets', 'scheduled jobs', 'advisory severities and issue dates') {
                $warning | Should -BeLike "*$what*"
            }
            $export.Instances | Should -Be 40
            $export.Groups | Should -BeGreaterThan 0
            $export.LifecycleEnvironments + $export.DynamicSets + $export.ScheduledJobs | Should -Be 0
            $classic = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $path)
            try {
                $classicTruth = Invoke-OsmEmulatorAdmin -Emulator $classic -Path 'fleet'
                @($classicTruth.instances.displayName | Sort-Object) | Should -Be @((Invoke-OsmEmulatorAdmin -Emulator $Source -Path 'fleet').instances.displayName | Sort-Object)
            }
            finally { Stop-OsmTestEmulator $classic }
        }
        finally { Connect-Osm -ConfigFile $Source.configFile -Endpoint $Source.endpoint -Service Hub }
    }
}

Describe 'The documented rehearsal recipe' {
    BeforeAll {
        $root = Join-Path $PSScriptRoot '../..'
        $script:Recipe = Get-OsmDocumentedCode (Join-Path $root 'docs/rehearsal.md')
        $script:About = Get-OsmDocumentedCode (Join-Path $root 'docs/about_OsManagement.md')
        $script:RecipeNames = 'Export-Friday.ps1', 'Invoke-SundayPatch.ps1', 'SundayPatch.Rehearsal.Tests.ps1'
    }

    It 'is the same in docs/rehearsal.md and in about_OsManagement: <_>' -ForEach @('Export-Friday.ps1', 'Invoke-SundayPatch.ps1', 'SundayPatch.Rehearsal.Tests.ps1') {
        $Recipe[$_] | Should -Not -BeNullOrEmpty
        $About[$_] | Should -Be $Recipe[$_]
    }

    It 'runs as written under Pester <_>: Friday''s export of the fleet, then the rehearsal of Sunday''s runbook on it, with the emulator tool a user installs' -ForEach 5, 6 {
        $major = $_
        # Both majors are restored beside each other (tools/restore/TestTools.csproj): the suite's own, and Pester 6.
        $packages = Split-Path (Split-Path (Get-Module Pester).ModuleBase)
        $pester = if ($major -eq 5) { Join-Path (Get-Module Pester).ModuleBase 'Pester.psd1' }
                  else { Get-ChildItem $packages -Directory | Where-Object Name -like '6.*' | Sort-Object { [version] $_.Name } |
                      Select-Object -Last 1 | ForEach-Object { Join-Path $_.FullName 'tools/Pester.psd1' } }
        $pester | Should -Not -BeNullOrEmpty -Because "Pester $major is restored by tools/restore/TestTools.csproj"
        $folder = Join-Path $TestDrive "rehearsal-$major"
        New-Item -ItemType Directory -Force $folder | Out-Null
        foreach ($name in $RecipeNames) { Set-Content -Path (Join-Path $folder $name) -Value $Recipe[$name] }
        # Friday, against "production" (the source emulator, connected above).
        $null = & (Join-Path $folder 'Export-Friday.ps1')
        Test-Path (Join-Path $folder 'fleet.json') | Should -BeTrue

        $toolPath = Join-Path $TestDrive "tools-$major"
        $null = Install-OsmTestEmulatorTool -ToolPath $toolPath
        $run = @"
`$env:PATH = '$toolPath' + [IO.Path]::PathSeparator + `$env:PATH
`$module = Import-Module '$pester' -PassThru
`$result = Invoke-Pester -Path '$folder' -PassThru -Output None
"`$(`$module.Version.Major) `$(`$result.PassedCount) `$(`$result.FailedCount) `$(`$result.Result)"
`$result.Failed | ForEach-Object { "FAILED: `$(`$_.ExpandedPath): `$(`$_.ErrorRecord)" }
"@
        $output = @(Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-Command', $run))
        $output | Where-Object { $_ -match '^\d+ \d+ \d+ ' } | Select-Object -Last 1 | Should -Be "$major 1 0 Passed" -Because ($output -join [Environment]::NewLine)
    }
}
