# Against a flaky service (throttling, server errors, dropped connections), nothing is lost and nothing is done twice, on
# OS Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Flaky = Start-OsmTestEmulator -Fleet 'instances=40,compartments=5,depth=3,groups=2,vulnerable=0.5,windows=0.25' `
        -ExtraArgs @('--faults', '429=0.08,500=0.05,503=0.05,reset=0.05', '--page-size', '6')
    Connect-Osm -ConfigFile $Flaky.configFile -Endpoint $Flaky.endpoint -Service $Service
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Flaky -Path 'fleet'
}

AfterAll {
    Disconnect-Osm
    if ($script:Flaky) { Stop-OsmTestEmulator $script:Flaky }
}

Describe "A flaky service on $Service" {
    It 'still gives the exact compliance report (retries with backoff and Retry-After)' {
        $report = Get-OsmComplianceReport -Recurse -IncludeCompliant -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        $expected = $Truth.instances | Where-Object { -not $_.isPaas -and $_.compartmentId -in (@($Flaky.tenancyId) + (Get-OsmCompartment -Recurse | Where-Object Name -ne 'ManagedCompartmentForPaaS').Id) }
        $report.Id | Sort-Object | Should -Be ($expected.id | Sort-Object)
        $stats = Invoke-OsmEmulatorAdmin -Emulator $Flaky -Path 'stats'
        ($stats.faults.PSObject.Properties.Value | Measure-Object -Sum).Sum | Should -BeGreaterThan 0 -Because 'faults were really injected'
    }

    It 'gives the same compliance report under a rate limit as without, slowing down to the limit instead of failing' {
        # One emulator, so the fleet and its times are the same for both reports; the limit is switched on between them.
        $limited = Start-OsmTestEmulator -Fleet 'instances=60,compartments=4,depth=2,groups=2,vulnerable=0.5,windows=0.25'
        try {
            $context = Connect-Osm -ConfigFile $limited.configFile -Endpoint $limited.endpoint -Service $Service -PassThru
            # What a report says that does not depend on when it runs (check-in times, ages and SLA breaches move with the clock).
            $moving = 'GeneratedAt', 'LastCheckin', 'OldestAdvisoryAgeDays', 'SlaBreached', 'SlaBreaches', 'SlaBreachedSeverities', 'Advisories'
            $stable = { param($records) $records | Select-Object -Property * -ExcludeProperty $moving | ConvertTo-Json -Depth 6 -Compress }
            $free = @(Get-OsmComplianceReport -Context $context -Recurse -IncludeCompliant -WarningAction SilentlyContinue)
            Invoke-OsmEmulatorAdmin -Emulator $limited -Path 'rate-limit?perSecond=15' -Method POST | Out-Null
            Invoke-OsmEmulatorAdmin -Emulator $limited -Path 'stats/reset' -Method POST | Out-Null
            $limitedReport = @(Get-OsmComplianceReport -Context $context -Recurse -IncludeCompliant -ThrottleLimit 32 -WarningAction SilentlyContinue -ErrorVariable errs)
            $errs | Should -BeNullOrEmpty
            $limitedReport.Count | Should -Be $free.Count
            (& $stable $limitedReport) | Should -Be (& $stable $free)
            $limitedReport.Advisories.Name | Should -Be $free.Advisories.Name
            $stats = Invoke-OsmEmulatorAdmin -Emulator $limited -Path 'stats'
            $stats.throttled | Should -BeGreaterThan 0 -Because 'the report met the limit, and so had to slow down to finish'
        }
        finally {
            Connect-Osm -ConfigFile $Flaky.configFile -Endpoint $Flaky.endpoint -Service $Service
            Stop-OsmTestEmulator $limited
        }
    }

    It 'creates each job exactly once although dropped connections make the client retry its POSTs' {
        # A third of all requests do their work and then drop the connection, so creates are retried.
        $dropping = Start-OsmTestEmulator -Fleet 'instances=4,compartments=1,depth=1,groups=1,vulnerable=0.5,windows=0' -ExtraArgs @('--faults', 'reset=0.3')
        try {
            $context = Connect-Osm -ConfigFile $dropping.configFile -Endpoint $dropping.endpoint -Service $Service -PassThru
            $instance = (Invoke-OsmEmulatorAdmin -Emulator $dropping -Path 'fleet').instances[0].id
            $names = 1..12 | ForEach-Object { "flaky-$_" }
            foreach ($name in $names) {
                New-OsmScheduledJob -Context $context -CompartmentId $dropping.tenancyId -DisplayName $name -ManagedInstanceId $instance -At (Get-Date).AddHours(2) | Out-Null
            }
            $stats = Invoke-OsmEmulatorAdmin -Emulator $dropping -Path 'stats'
            $stats.byOperation.(Get-OsmTestOperation $Service createScheduledJob) | Should -BeGreaterThan 12 -Because 'some creates were dropped after the work was done and sent again'
            $created = Get-OsmScheduledJob -Context $context -DisplayName 'flaky-*'
            $created.DisplayName | Sort-Object | Should -Be ($names | Sort-Object) -Because 'a retried POST with the same opc-retry-token returns the first job instead of making another'
        }
        finally {
            Connect-Osm -ConfigFile $Flaky.configFile -Endpoint $Flaky.endpoint -Service $Service
            Stop-OsmTestEmulator $dropping
        }
    }
}
