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
