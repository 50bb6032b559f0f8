# Every default view fits a terminal: rendered from real emulator objects at 120 and at 80 columns, nothing is cut (no
# '…'), no header word wraps, and at 120 an OCID stays whole on its line, so it can be copied. Every type the format
# file has a view for is rendered here, so a new view is checked the day it is added. Times read one way, with the zone.
BeforeDiscovery {
    # Each type with a view, rendered below (Start-OsmEmulator's OsmEmulator is rendered in Emulator.Tests.ps1).
    $script:Rendered = @('OsmCompartment', 'OsmManagedInstance', 'OsmManagedInstanceGroup', 'OsmAvailableUpdate', 'OsmScheduledJob', 'OsmWorkRequest',
        'OsmWorkRequestLogEntry', 'OsmWorkRequestError', 'OsmComplianceRecord', 'OsmComplianceAdvisory', 'OsmComplianceSlaBreach',
        'OsmComplianceSeverityCount', 'OsmComplianceChange', 'OsmComplianceChangeCount', 'OsmComplianceUpdate', 'OsmComplianceCount',
        'OsmContext', 'OsmComplianceSummary', 'OsmComplianceComparison', 'OsmJobOperation', 'OsmLifecycleEnvironment', 'OsmLifecycleStage',
        'OsmDynamicSet')
}

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    # A fleet as a team describes it: names of real lengths, a Windows host with Microsoft's long update titles, a
    # host that stopped checking in, an SLA breach.
    $fleet = @{
        compartments = @(@{ name = 'Production'; compartments = @(@{ name = 'web' }, @{ name = 'db' }) }, @{ name = 'Finance' })
        groups       = @(@{ name = 'web-servers'; compartment = 'Production' }, @{ name = 'finance-windows'; compartment = 'Finance' })
        instances    = @(
            foreach ($n in 1..4) {
                @{ name = "web-0$n"; compartment = 'Production/web'; group = 'web-servers'; updates = @(
                        @{ name = 'openssl-libs'; severity = 'CRITICAL'; advisory = 'ELSA-2026-1234'; issued = '45 days ago'; cves = @('CVE-2026-11111', 'CVE-2026-11112', 'CVE-2026-11113') },
                        @{ name = 'bash'; classification = 'BUGFIX' }, @{ name = 'kernel-uek'; severity = 'IMPORTANT'; issued = '2 days ago'; cves = @('CVE-2026-22222') }) }
            }
            @{ name = 'db-primary-01'; compartment = 'Production/db'; updates = @(@{ name = 'glibc'; severity = 'MODERATE'; cves = @('CVE-2026-33333') }) }
            @{ name = 'db-down-02'; compartment = 'Production/db'; status = 'UNREACHABLE'; updates = @(@{ name = 'sudo'; severity = 'IMPORTANT'; cves = @('CVE-2026-44444') }) }
            @{ name = 'FIN-APP-01'; compartment = 'Finance'; osFamily = 'WINDOWS_SERVER_2022'; group = 'finance-windows'; updates = @(
                    @{ name = '2026-11 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5046616)'; cves = @('CVE-2026-44441') },
                    @{ name = 'Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1231.0)'; classification = 'OTHER' },
                    @{ name = 'Update for Microsoft Defender Antivirus antimalware platform - KB4052623 (Version 4.18.24090.11)'; classification = 'ENHANCEMENT' }) }
        )
        # The units, named as teams name them: stages in order, the content each holds, a rule of several criteria.
        lifecycleEnvironments = @(@{ name = 'ol9-payments-application'; compartment = 'Production'; stages = @(
                    @{ name = 'development' }, @{ name = 'test'; content = @{ name = 'ol9-payments-2026.11-security'; through = '30 days ago' } },
                    @{ name = 'production'; members = @('db-primary-01'); content = @{ name = 'ol9-payments-2026.11-security' } }) })
        dynamicSets  = @(@{ name = 'production-oracle-linux-9-needing-reboot'; compartments = @('Production'); match = 'ALL'
                rule = @{ osFamilies = @('ORACLE_LINUX_9'); architectures = @('X86_64'); locations = @('OCI_COMPUTE'); rebootRequired = $true } })
    }
    $fleetFile = Join-Path $TestDrive 'fleet.json'
    $fleet | ConvertTo-Json -Depth 10 | Set-Content -Path $fleetFile
    $script:Emulator = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleetFile)
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Hub
    $tenancy = $Emulator.tenancyId

    # Objects of every type, as the cmdlets write them.
    $o = @{}
    $o.OsmContext = Get-OsmContext
    $o.OsmCompartment = Get-OsmCompartment -Recurse
    $instances = @(Get-OsmManagedInstance -Recurse)
    $o.OsmManagedInstance = $instances
    $o.OsmManagedInstanceGroup = Get-OsmManagedInstanceGroup -Recurse
    $linux = $instances | Where-Object DisplayName -eq 'web-01'
    $windows = $instances | Where-Object DisplayName -eq 'FIN-APP-01'
    $down = $instances | Where-Object DisplayName -eq 'db-down-02'
    $o.OsmAvailableUpdate = @($linux | Get-OsmAvailableUpdate) + @($windows | Get-OsmAvailableUpdate)
    $next = [datetime]::new((Get-Date).Year + 1, 1, 10, 3, 0, 0)
    $o.OsmScheduledJob = @(
        ($linux | New-OsmScheduledJob -CompartmentId $tenancy -DisplayName 'weekly-security-patching' -UpdateType Security -At $next -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU' -WarningAction SilentlyContinue)
        ($o.OsmManagedInstanceGroup | Where-Object DisplayName -eq 'web-servers' | New-OsmScheduledJob -CompartmentId $tenancy -DisplayName 'nightly' -At $next -RepeatEvery Day -WarningAction SilentlyContinue))
    # A job's operations: one per update kind, and packages named.
    $o.OsmJobOperation = @(
        ($linux | New-OsmScheduledJob -CompartmentId $tenancy -DisplayName 'security-and-bugfixes' -UpdateType Security, Bugfix -At $next -RepeatEvery Week -WarningAction SilentlyContinue).Operations
        ($linux | New-OsmScheduledJob -CompartmentId $tenancy -DisplayName 'openssl-and-kernel' -Operation Update -PackageName openssl-libs, kernel-uek, bash -At $next).Operations)
    $before = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $group = $o.OsmManagedInstanceGroup | Where-Object DisplayName -eq 'web-servers' | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
    $failed = $down | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
    $o.OsmWorkRequest = @($group) + @(Get-OsmWorkRequest -ParentId $group.Id) + @($failed)
    $o.OsmWorkRequestLogEntry = $group | Get-OsmWorkRequestLog
    $o.OsmWorkRequestError = @($failed) + @(Get-OsmWorkRequest -ParentId $failed.Id) | Get-OsmWorkRequestError
    $after = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $o.OsmComplianceRecord = $after
    $o.OsmComplianceAdvisory = $after.Advisories
    $o.OsmComplianceSlaBreach = $after.SlaBreaches
    $o.OsmComplianceUpdate = $after.Updates
    $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
    $o.OsmComplianceSummary = $summary
    $o.OsmComplianceSeverityCount = $summary.BySeverity
    $o.OsmComplianceCount = $summary.ByCompartment
    $o.OsmComplianceChange = Compare-OsmComplianceReport -ReferenceObject $before -DifferenceObject $after
    $comparison = Compare-OsmComplianceReport -ReferenceObject $before -DifferenceObject $after -Summary
    $o.OsmComplianceComparison = $comparison
    $o.OsmComplianceChangeCount = $comparison.BySeverity
    $o.OsmLifecycleEnvironment = Get-OsmLifecycleEnvironment -Recurse
    $o.OsmLifecycleStage = $o.OsmLifecycleEnvironment | Get-OsmLifecycleStage
    $o.OsmDynamicSet = Get-OsmDynamicSet -Recurse
    $script:Objects = $o

    # The types the format file has views for, and whether each one's default (its first view) is a table.
    [xml] $format = Get-Content -Raw (Join-Path (Get-Module OsManagement).ModuleBase 'OsManagement.Format.ps1xml')
    $script:Views = [ordered]@{}
    foreach ($view in $format.Configuration.ViewDefinitions.View) {
        $type = $view.ViewSelectedBy.TypeName -replace '^OsManagement\.', ''
        if (-not $Views.Contains($type)) { $Views[$type] = [bool] $view.TableControl }
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'Default views' {
    It 'are rendered here for every type the format file has a view for' -ForEach @(@{ Types = $Rendered }) {
        $Views.Keys | Where-Object { $_ -ne 'OsmEmulator' -and $_ -notin $Types } | Should -BeNullOrEmpty -Because 'a new view is rendered here too'
    }

    It '<Type> fits <Width> columns: nothing cut, no header word wrapped' -ForEach @(
        foreach ($type in $Rendered) { foreach ($width in 120, 80) { @{ Type = $type; Width = $width } } }) {
        $items = @($Objects[$Type])
        $items.Count | Should -BeGreaterThan 0
        $items[0].GetType().Name | Should -Be $Type
        $text = $items | Out-String -Width $Width
        $text | Should -Not -Match '…' -Because "a value cut short cannot be read or copied:`n$text"
        $lines = @($text -split "`r?`n" | Where-Object { $_.Trim() })
        if ($Views[$Type]) {
            $lines[1] | Should -Match '^-[- ]*$' -Because "the header is one line, no word of it wrapped:`n$text"
            $text = $items | Format-Table | Out-String -Width $Width
            $text | Should -Not -Match '…'
        }
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual $Width
    }

    It 'shows an OCID whole on one line at 120 columns, to copy: <_>' -ForEach @('OsmCompartment', 'OsmManagedInstanceGroup', 'OsmWorkRequest') {
        $items = @($Objects[$_])
        $text = $items | Out-String -Width 120
        foreach ($item in $items) { $text | Should -Match ([regex]::Escape($item.Id)) }
    }

    It 'writes every time one way, local with its offset, in tables and lists' {
        $stamp = '\d{4}-\d\d-\d\d \d\d:\d\d [-+]\d\d:\d\d\b'
        ($Objects.OsmWorkRequest[0] | Format-List | Out-String) | Should -Match "TimeAccepted\s*: $stamp"
        ($Objects.OsmManagedInstance | Out-String -Width 120) | Should -Match $stamp
        ($Objects.OsmWorkRequestLogEntry | Out-String -Width 120) | Should -Match $stamp
        ($Objects.OsmScheduledJob[0] | Format-List | Out-String) | Should -Match "NextRuns\s*: \d{4}-\d\d-\d\d \d\d:\d\d [-+]\d\d:\d\d"
        ($Objects.OsmCompartment[0] | Format-List | Out-String) | Should -Match "TimeCreated\s*: $stamp"
    }

    It 'lists a job''s next runs, local and UTC, and counts its work requests rather than listing OCIDs' {
        $job = Get-OsmScheduledJob -Id $Objects.OsmScheduledJob[0].Id
        $list = $job | Format-List | Out-String -Width 120
        $list | Should -Match 'NextRuns\s*: \d{4}-\d\d-\d\d 03:00 [-+]\d\d:\d\d \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)'
        $list | Should -Match 'RecurrenceRule\s*: FREQ=WEEKLY;BYDAY=\w\w \(UTC, as the service reads it\)'
        $list | Should -Match 'TimeZone\s*: '
    }

    It 'counts a work request''s children rather than printing a wall of OCIDs' {
        $parent = $Objects.OsmWorkRequest[0]
        $parent.ChildrenIds.Count | Should -BeGreaterThan 1
        $list = $parent | Format-List | Out-String -Width 250
        $list | Should -Match "Children\s*: $($parent.ChildrenIds.Count) \(Get-OsmWorkRequest -ParentId $([regex]::Escape($parent.Id))\)"
        foreach ($child in $parent.ChildrenIds) { $list | Should -Not -Match ([regex]::Escape($child)) }
    }
}
