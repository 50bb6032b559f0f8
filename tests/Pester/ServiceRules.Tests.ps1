# The real service's rules the module meets on both services (issue 20 items 3 to 5): a job of several update kinds (one
# operation each on OS Management Hub, refused on the retired API before any request), an instance's one status from its
# check-ins (WARNING, "Inactive", after 30 minutes; UNREACHABLE, "Offline", after 24 hours; work on it does not run), and
# a run now followed by the job's initiated work requests when the job's own list is late.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $fleet = Join-Path $TestDrive 'fleet.json'
    @'
{
  "compartments": [ { "name": "prod" } ],
  "instances": [
    { "name": "active-01", "compartment": "prod", "osFamily": "ORACLE_LINUX_9",
      "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-0101" },
                   { "name": "bash", "classification": "BUGFIX", "advisory": "ELBA-2026-0102" },
                   { "name": "tzdata", "classification": "ENHANCEMENT", "advisory": "ELEA-2026-0103" } ] },
    { "name": "quiet-01", "compartment": "prod", "osFamily": "ORACLE_LINUX_9", "lastCheckin": "45 minutes ago",
      "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-0101" } ] },
    { "name": "gone-01", "compartment": "prod", "osFamily": "ORACLE_LINUX_9", "lastCheckin": "2 days ago",
      "updates": [ { "name": "openssl-libs", "advisory": "ELSA-2026-0101" } ] },
    { "name": "win-01", "compartment": "prod", "osFamily": "WINDOWS_SERVER_2022",
      "updates": [ { "name": "2026-11 Cumulative Update for Windows Server 2022 (KB5046616)" } ] }
  ]
}
'@ | Set-Content -Path $fleet
    $script:Emulator = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleet)
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    function Get-TestInstance([string] $Name) { Get-OsmManagedInstance -Recurse | Where-Object DisplayName -eq $Name }
    function Reset-TestFleet { Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'reset' -Method POST | Out-Null }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "A job of several update kinds on $Service" {
    BeforeAll {
        Reset-TestFleet
        $script:Active = Get-TestInstance 'active-01'
    }

    if ($Service -eq 'Hub') {
        It 'is one job with an operation per kind on Hub, shown in full and kept by a change that does not touch it' {
            $job = $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'sec-and-bugs' -UpdateType Security, Bugfix `
                -At (Get-Date).AddHours(6) -RepeatEvery Week
            $job.Operations.Count | Should -Be 2
            $job.Operations.UpdateType | Should -Be @('SECURITY', 'BUGFIX')
            $job.UpdateType | Should -Be 'SECURITY; BUGFIX'
            $job.Action | Should -Be 'UPDATEALL SECURITY, BUGFIX'
            $read = Get-OsmScheduledJob -Id $job.Id
            $read.Operations.UpdateType | Should -Be @('SECURITY', 'BUGFIX') -Because 'every operation is read back, not only the first'
            ($read | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).Operations | Should -Be 'UPDATEALL SECURITY; UPDATEALL BUGFIX'

            $renamed = $read | Set-OsmScheduledJob -NewDisplayName 'sec-and-bugs-weekly' -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU' -PassThru
            $renamed.Operations.UpdateType | Should -Be @('SECURITY', 'BUGFIX') -Because 'a change of name and schedule leaves every operation alone'
            $changed = $renamed | Set-OsmScheduledJob -UpdateType Enhancement, Other -PassThru
            $changed.Operations.UpdateType | Should -Be @('ENHANCEMENT', 'OTHER')
        }
    }

    if ($Service -eq 'Hub') {
        It 'installs each of its kinds and nothing else when it runs on Hub' {
            $job = $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'run-both' -UpdateType Security, Bugfix `
                -At (Get-Date).AddHours(6) -RepeatEvery Day
            $run = $job | Invoke-OsmJobNow -Wait -PollInterval 0.2
            $run | Should -Not -BeNullOrEmpty
            $run | ForEach-Object { $_.Status | Should -Be 'SUCCEEDED' }
            $left = Get-OsmAvailableUpdate -ManagedInstanceId $Active.Id
            $left.UpdateType | Should -Be @('ENHANCEMENT') -Because 'security and bug fixes were installed, the enhancement was not asked for'
        }
    }

    if ($Service -eq 'Classic') {
        It 'is refused on the retired API before any request, naming the Hub feature' {
            $before = Get-OsmEmulatorCallCount $Emulator
            { $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'two' -UpdateType Security, Bugfix -At (Get-Date).AddHours(6) } |
                Should -Throw -ErrorId 'OsmNeedsHub*' -ExpectedMessage '*Several update types in one job*OS Management Hub feature*Connect-Osm -Service Hub*'
            $job = $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'one' -UpdateType Security -At (Get-Date).AddHours(6)
            $calls = Get-OsmEmulatorCallCount $Emulator
            { $job | Set-OsmScheduledJob -UpdateType Security, Bugfix } | Should -Throw -ErrorId 'OsmNeedsHub*'
            Get-OsmEmulatorCallCount $Emulator | Should -Be $calls -Because 'the change is refused before the job is read'
            $job.Operations.Count | Should -Be 1
            $before | Should -BeLessThan $calls -Because 'only the one-kind job was sent'
        }
    }

    It 'refuses All with other kinds, and several kinds for Windows targets, before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        { $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'all-and' -UpdateType All, Security -At (Get-Date).AddHours(6) } |
            Should -Throw -ExpectedMessage $(if ($Service -eq 'Hub') { '*All already installs every kind*' } else { '*OS Management Hub feature*' })
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
        if ($Service -eq 'Hub') {
            $windows = Get-TestInstance 'win-01'
            $err = { $windows | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'win-two' -UpdateType Security, Bugfix -At (Get-Date).AddHours(6) } |
                Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'OsmOsFamilyMismatch*'
            $err.Exception.Message | Should -BeLike '*Windows*one kind of Windows update*'
        }
    }
}

Describe "An instance's one status on $Service" {
    BeforeAll {
        Reset-TestFleet
        $script:Instances = @{}
        foreach ($name in 'active-01', 'quiet-01', 'gone-01') { $Instances[$name] = Get-TestInstance $name }
    }

    It 'shows an instance silent for 45 minutes as Inactive (WARNING on Hub) and one silent for 2 days as Offline (UNREACHABLE on Hub)' {
        $Instances['active-01'].Activity | Should -Be 'Active'
        $Instances['quiet-01'].Activity | Should -Be 'Inactive'
        $Instances['gone-01'].Activity | Should -Be 'Offline'
        if ($Service -eq 'Hub') {
            ($Instances['active-01'].Status, $Instances['quiet-01'].Status, $Instances['gone-01'].Status) | Should -Be @('NORMAL', 'WARNING', 'UNREACHABLE')
        }
        else {
            # The retired API's view, as documented: the fleet's status whatever the check-ins say.
            ($Instances['quiet-01'].Status, $Instances['gone-01'].Status) | Should -Be @('NORMAL', 'NORMAL')
        }
        $table = $Instances['quiet-01'] | Format-Table | Out-String -Width 200
        $table | Should -Match 'Activity' -Because 'the default view shows it'
        $table | Should -Match 'Inactive'
    }

    It 'does not succeed work sent to an Offline instance, and leaves its updates as they were' {
        $gone = $Instances['gone-01']
        $request = $gone | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $request.Status | Should -Be 'FAILED'
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmWorkRequestFailed*'
        $errs[0].Exception.Message | Should -BeLike '*AgentUnreachable*has not checked in since*'
        (Get-OsmAvailableUpdate -ManagedInstanceId $gone.Id).Count | Should -Be 1
    }

    It 'says in the compliance report what an Inactive instance is, apart from an Offline (stale) one' {
        # -Detailed: read in full, an Inactive instance's record says since when (Hub lists no check-in time).
        $records = Get-OsmComplianceReport -Recurse -IncludeCompliant -Detailed -WarningAction SilentlyContinue
        $quiet = $records | Where-Object DisplayName -eq 'quiet-01'
        $quiet.Activity | Should -Be 'Inactive'
        $quiet.IsStale | Should -BeFalse
        $quiet.InactiveReason | Should -BeLike 'Inactive: no check-in since *'
        $gone = $records | Where-Object DisplayName -eq 'gone-01'
        ($gone.Activity, $gone.IsStale) | Should -Be @('Offline', $true)
        $summary = Get-OsmComplianceReport -Recurse -Summary -WarningAction SilentlyContinue
        $summary.InactiveInstances | Should -Be 1
        $summary.StaleInstances | Should -Be 1
        $page = Join-Path $TestDrive "report-$Service.html"
        $records | Export-OsmComplianceReport -Path $page
        $html = Get-Content -Raw $page
        $html | Should -Match 'id="inactive-note"[^>]*>1 instance is inactive \(no check-in for 30 minutes or more'
        $html | Should -Match 'badge inactive'
        $html | Should -Match 'badge stale'
    }
}

Describe "Invoke-OsmJobNow -Wait on $Service when the job lists its run late" {
    BeforeAll {
        Reset-TestFleet
        $script:Active = Get-TestInstance 'active-01'
    }

    AfterAll {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'lag' -Method DELETE | Out-Null
    }

    if ($Service -eq 'Hub') {
        It 'finds the run through the work requests the job initiated (Hub), while the job itself lists none yet' {
            $job = $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'late-list' -UpdateType Security -At (Get-Date).AddHours(6) -RepeatEvery Day
            (Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'lag?jobWorkRequestIds=PT10M' -Method POST).jobWorkRequestIds | Should -Be 'PT10M'
            $run = $job | Invoke-OsmJobNow -Wait -PollInterval 0.2 -WorkRequestAppearTimeout 5 -WarningVariable warnings
            @($run).Count | Should -Be 1 -Because 'the run is found though the job does not list it yet'
            $run.Status | Should -Be 'SUCCEEDED'
            $warnings | Should -BeNullOrEmpty
            (Get-OsmScheduledJob -Id $job.Id).WorkRequestIds | Should -BeNullOrEmpty -Because 'the job''s own list is still late'
            (Get-OsmWorkRequest -ScheduledJobId $job.Id).Id | Should -Be @($run.Id)
        }
    }

    if ($Service -eq 'Classic') {
        It 'follows the run through the job itself where the service cannot list by job (the retired API)' {
            $job = $Active | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'classic-run' -UpdateType Security -At (Get-Date).AddHours(6)
            $run = $job | Invoke-OsmJobNow -Wait -PollInterval 0.2
            @($run).Count | Should -BeGreaterThan 0
            ($run.Id | Sort-Object) | Should -Be ((Get-OsmScheduledJob -Id $job.Id).WorkRequestIds | Sort-Object)
        }
    }
}
