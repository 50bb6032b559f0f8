# Get-OsmComplianceReport -Cve and -AdvisoryName (which machines are exposed, and patch them) and -Detailed, on a fleet
# file whose advisories and CVEs are known, on OS Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs this
# file once per service in the ValidateSet).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $fleet = Join-Path $TestDrive 'exposure-fleet.json'
    @{
        compartments = @(@{ name = 'apps' }, @{ name = 'db' })
        instances    = @(
            @{ name = 'web-1'; compartment = 'apps'; updates = @(
                    @{ name = 'openssl-libs'; advisory = 'ELSA-2026-0101'; severity = 'CRITICAL'; cves = @('CVE-2026-1001', 'CVE-2026-1002') }
                    @{ name = 'sudo'; advisory = 'ELSA-2026-0102'; severity = 'LOW'; cves = @('CVE-2025-2001') }) }
            @{ name = 'web-2'; compartment = 'apps'; updates = @(@{ name = 'sudo'; advisory = 'ELSA-2026-0102' }) }
            @{ name = 'db-1'; compartment = 'db'; updates = @(
                    @{ name = 'openssl-libs'; advisory = 'ELSA-2026-0101' }
                    @{ name = 'kernel-uek'; advisory = 'ELBA-2026-0201'; classification = 'BUGFIX'; cves = @('CVE-2026-1003') }) }
            @{ name = 'db-2'; compartment = 'db' }
            @{ name = 'win-1'; compartment = 'apps'; osFamily = 'WINDOWS_SERVER_2022'; updates = @(
                    @{ name = '2026-11 Cumulative Update for Windows Server 2022 (KB5046616)'; cves = @('CVE-2026-1001') }) }
        )
    } | ConvertTo-Json -Depth 10 | Set-Content $fleet
    $script:Emulator = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleet)
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    # The retired service's warning (no severity) is another test's; here only the warnings about patterns are looked at.
    $script:Quiet = if ($Service -eq 'Classic') { @{ WarningAction = 'SilentlyContinue' } } else { @{} }
    $script:Listings = if ($Service -eq 'Hub') { 'hub.listManagedInstanceUpdatablePackages', 'hub.listManagedInstanceAvailableWindowsUpdates' }
                       else { 'listAvailableUpdatesForManagedInstance', 'listAvailableWindowsUpdatesForManagedInstance' }
    $script:Get = if ($Service -eq 'Hub') { 'hub.getManagedInstance' } else { 'getManagedInstance' }
    function Get-Exposed([hashtable] $Parameters) {
        Get-OsmComplianceReport -Recurse @Parameters -WarningAction SilentlyContinue | Sort-Object DisplayName
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "Get-OsmComplianceReport -Cve and -AdvisoryName on $Service" {
    It 'narrows the report to the instances that miss a fix for a CVE, each with the advisory that fixes it' {
        $exposed = @(Get-Exposed @{ Cve = 'CVE-2026-1001' })
        $exposed.DisplayName | Should -Be @('db-1', 'web-1') -Because 'win-1''s Windows update names the CVE in the fleet, but neither service gives a Windows update CVEs'
        foreach ($record in $exposed) {
            $record.AdvisoryNames | Should -Be @('ELSA-2026-0101') -Because 'sudo and the kernel do not fix CVE-2026-1001'
            $record.MatchingCves | Should -Be @('CVE-2026-1001')
            $record.Updates.Name | Should -BeLike 'openssl-libs-*'
        }
        ($exposed | Where-Object DisplayName -eq 'web-1').Cves | Should -Be @('CVE-2026-1001', 'CVE-2026-1002') -Because 'Cves is every CVE the matching updates fix'
    }

    It 'summarises only the exposed instances, by the full scan (analytics would count the whole scope), even of one update type' {
        $streams = @(Get-OsmComplianceReport -Recurse -Cve 'CVE-2026-1001' -UpdateType Security -Summary -Verbose -WarningAction SilentlyContinue 4>&1)
        $summary = $streams | Where-Object { $_ -is [OsManagement.OsmComplianceSummary] }
        $summary.CountedBy | Should -Be 'Full scan'
        $summary.VulnerableInstances | Should -Be 2 -Because 'web-1 and db-1 miss the fix; the scope has four Linux instances with updates'
        if ($Service -eq 'Hub') {
            @($streams | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -like 'The summary*' }).Message |
                Should -BeLike '*not the instances exposed to some CVEs or advisories (-Cve, -AdvisoryName).'
        }
    }

    It 'takes several CVEs and wildcards, and counts every update type unless -UpdateType is given' {
        $exposed = @(Get-Exposed @{ Cve = 'CVE-2026-*', 'CVE-2025-2001' })
        $exposed.DisplayName | Should -Be @('db-1', 'web-1', 'web-2') -Because 'a Linux update''s CVEs are its advisory''s: web-2''s sudo fixes CVE-2025-2001 too'
        ($exposed | Where-Object DisplayName -eq 'db-1').AdvisoryNames | Sort-Object | Should -Be @('ELBA-2026-0201', 'ELSA-2026-0101')
        ($exposed | Where-Object DisplayName -eq 'db-1').MatchingCves | Should -Be @('CVE-2026-1001', 'CVE-2026-1002', 'CVE-2026-1003')
        ($exposed | Where-Object DisplayName -eq 'web-1').AdvisoryNames | Sort-Object | Should -Be @('ELSA-2026-0101', 'ELSA-2026-0102')
        $security = @(Get-Exposed @{ Cve = 'CVE-2026-*'; UpdateType = 'Security' })
        ($security | Where-Object DisplayName -eq 'db-1').AdvisoryNames | Should -Be @('ELSA-2026-0101') -Because 'the kernel update is a bug fix'
    }

    It 'narrows to advisories by name, with wildcards, and with a CVE reports an instance that misses either' {
        (Get-Exposed @{ AdvisoryName = 'ELSA-2026-0102' }).DisplayName | Should -Be @('web-1', 'web-2')
        (Get-Exposed @{ AdvisoryName = 'elsa-2026-01*' }).DisplayName | Should -Be @('db-1', 'web-1', 'web-2')
        $both = @(Get-Exposed @{ AdvisoryName = 'ELSA-2026-0102'; Cve = 'CVE-2026-1003' })
        $both.DisplayName | Should -Be @('db-1', 'web-1', 'web-2')
        ($both | Where-Object DisplayName -eq 'db-1').AdvisoryNames | Should -Be @('ELBA-2026-0201')
    }

    It 'warns, naming it, about a CVE that matches nothing, and still reports the others' {
        $records = @(Get-OsmComplianceReport -Recurse -Cve 'CVE-2099-0001', 'CVE-2026-1003' -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable errs)
        $records.DisplayName | Should -Be @('db-1')
        $errs | Should -BeNullOrEmpty
        $about = @($warned | Where-Object { "$_" -like '*CVE-2099-0001*' })
        $about.Count | Should -Be 1
        @($warned | Where-Object { "$_" -like '*CVE-2026-1003*' }).Count | Should -Be 0
        $expected = if ($Service -eq 'Hub') { '*matches no advisory OS Management Hub*knows*' } else { '*no instance in scope misses an update for it*' }
        "$($about[0])" | Should -BeLike $expected
        @(Get-OsmComplianceReport -Recurse -AdvisoryName 'ELSA-1999-*' -WarningVariable none -WarningAction SilentlyContinue) | Should -BeNullOrEmpty
        @($none | Where-Object { "$_" -like '*-AdvisoryName ELSA-1999-[*]*' }).Count | Should -Be 1
    }

    It 'refuses <Cve>, which is not a CVE id, before any request, naming it and the form to use' -ForEach @(
        @{ Cve = '2026-1234' }, @{ Cve = 'ELSA-2026-0101' }, @{ Cve = 'CVE-26-1' }
    ) {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $caught = $null
        try { Get-OsmComplianceReport -Recurse -Cve 'CVE-2026-1001', $Cve } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmCveInvalid,*'
        $caught.Exception.Message | Should -BeLike "*-Cve '$Cve' is not a CVE id*CVE-2026-1234*-AdvisoryName*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be 0
    }

    It 'lists the updates of no instance that cannot be exposed, and reads none in full' {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        Get-Exposed @{ Cve = 'CVE-2026-1001' } | Out-Null
        # Hub lists the instances that miss the advisory carrying the CVE; the retired API lists no instances by advisory,
        # so each Linux instance with updates has them listed, and no Windows one (its Windows updates carry no CVE).
        $expected = if ($Service -eq 'Hub') { 2 } else { 3 }
        Get-OsmEmulatorCallCount $Emulator -Operation $Listings[0] | Should -Be $expected
        Get-OsmEmulatorCallCount $Emulator -Operation $Listings[1] | Should -Be 0
        Get-OsmEmulatorCallCount $Emulator -Operation $Get | Should -Be 0
    }

    It 'installs exactly the matching advisories on exactly the exposed instances, through Install-OsmUpdate -AdvisoryName' {
        $fix = @(Get-Exposed @{ Cve = 'CVE-2026-1001' })
        $fix.DisplayName | Should -Be @('db-1', 'web-1')
        $requests = @($fix | Install-OsmUpdate -AdvisoryName ($fix.AdvisoryNames | Sort-Object -Unique) -Wait -PollInterval 0.2 -Confirm:$false)
        ($requests.ManagedInstanceId | Sort-Object) | Should -Be ($fix.Id | Sort-Object)
        $requests.Status | Sort-Object -Unique | Should -Be 'SUCCEEDED'
        Get-Exposed @{ Cve = 'CVE-2026-1001' } | Should -BeNullOrEmpty
        (Get-Exposed @{ AdvisoryName = 'ELSA-2026-0102' }).DisplayName | Should -Be @('web-1', 'web-2') -Because 'sudo was not asked for'
        (Get-Exposed @{ Cve = 'CVE-2026-1003' }).DisplayName | Should -Be @('db-1') -Because 'the kernel was not asked for'
    }
}

Describe "Get-OsmComplianceReport -Detailed on $Service" {
    It 'reads each reported instance in full for its check-in and OS version, and reports the same instances as without' {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $cheap = @(Get-OsmComplianceReport -Recurse -UpdateType All @Quiet)
        Get-OsmEmulatorCallCount $Emulator -Operation $Get | Should -Be 0
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $detailed = @(Get-OsmComplianceReport -Recurse -UpdateType All -Detailed @Quiet)
        Get-OsmEmulatorCallCount $Emulator -Operation $Get | Should -Be $detailed.Count
        $detailed.Count | Should -BeGreaterThan 0
        ($detailed | ForEach-Object { "$($_.Id) $($_.AdvisoryNames)" }) | Should -Be ($cheap | ForEach-Object { "$($_.Id) $($_.AdvisoryNames)" })
        $detailed.OsVersion | Should -Not -Contain $null
        $detailed.LastCheckin | Should -Not -Contain $null
        $cheap.OsVersion | Where-Object { $_ } | Should -BeNullOrEmpty -Because 'neither listing carries the OS version'
        if ($Service -eq 'Hub') { $cheap.LastCheckin | Where-Object { $_ } | Should -BeNullOrEmpty -Because 'Hub''s listing has no check-in time' }
        else { $cheap.LastCheckin | Should -Not -Contain $null -Because 'the retired service lists the check-in time' }
    }
}
