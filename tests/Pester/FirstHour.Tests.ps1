# What a sysadmin meets in the first hour (issue 23): one failure said once, a job's work requests from the job, groups
# in compartments below said so, the compliance page's words and colours, a rule's separator, a misspelt region, one
# name for each parameter, and where the help points.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $fleet = @{
        compartments = @(@{ name = 'Production'; compartments = @(@{ name = 'web' }) })
        groups       = @(@{ name = 'ol9-web'; compartment = 'Production' })
        instances    = @(
            @{ name = 'web-01'; compartment = 'Production/web'; group = 'ol9-web'; updates = @(
                    @{ name = 'openssl-libs'; severity = 'CRITICAL'; issued = '14 days ago'; cves = @('CVE-2026-11111') }) }
            @{ name = 'web-02'; compartment = 'Production/web'; group = 'ol9-web'; updates = @(@{ name = 'bash'; classification = 'BUGFIX' }) }
            @{ name = 'down-01'; compartment = 'Production'; status = 'UNREACHABLE'; updates = @(
                    @{ name = 'sudo'; severity = 'LOW'; cves = @('CVE-2026-22222') }, @{ name = 'curl'; classification = 'BUGFIX' },
                    @{ name = 'git'; classification = 'ENHANCEMENT' }, @{ name = 'vim'; classification = 'OTHER' }) }
        )
    }
    $fleetFile = Join-Path $TestDrive 'fleet.json'
    $fleet | ConvertTo-Json -Depth 10 | Set-Content $fleetFile
    $script:Emulator = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleetFile)
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Hub
    $script:Tenancy = $Emulator.tenancyId
    $script:Instances = @{}
    Get-OsmManagedInstance -Recurse | ForEach-Object { $Instances[$_.DisplayName] = $_ }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'One failure, one message' {
    It 'says an update of an unreachable host once, naming the update types that failed' {
        $request = $Instances['down-01'] | Install-OsmUpdate -Wait -PollInterval 0.2 -ErrorVariable errs -ErrorAction SilentlyContinue
        $request.Status | Should -Be 'FAILED'
        $errs.Count | Should -Be 1
        $message = $errs[0].Exception.Message
        ([regex]::Matches($message, 'AgentUnreachable')).Count | Should -Be 1 -Because "the reason is said once: $message"
        $message | Should -Not -Match ' \| '
        $message | Should -BeLike "*4 of 4 child work requests did not succeed. AgentUnreachable: The managed instance down-01 has not checked in*(UPDATE_SECURITY, UPDATE_BUGFIX, UPDATE_ENHANCEMENT, UPDATE_OTHER)*Get-OsmWorkRequest -ParentId $($request.Id)*"
    }
}

Describe 'The smaller things' {
    It 'gives every work request of a piped job, as -ScheduledJobId does' {
        $job = Get-OsmManagedInstanceGroup -Recurse -DisplayName 'ol9-web' |
            New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'group-job' -UpdateType Security -At (Get-Date).AddDays(1) -RepeatEvery Day -WarningAction SilentlyContinue
        $null = $job | Invoke-OsmJobNow -Wait -PollInterval 0.2
        $job = Get-OsmScheduledJob -Id $job.Id
        $byId = @(Get-OsmWorkRequest -ScheduledJobId $job.Id)
        $byId.Count | Should -BeGreaterThan $job.WorkRequestIds.Count -Because 'a group run has a parent and a child per member'
        $piped = @($job | Get-OsmWorkRequest)
        ($piped.Id | Sort-Object) | Should -Be ($byId.Id | Sort-Object)
    }

    It 'says when the groups asked for are in compartments below, without -Recurse' {
        Get-OsmManagedInstanceGroup -DisplayName 'ol9-*' -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        ($warnings -join ' ') | Should -BeLike "*No group in the tenancy itself matches, but 1 in the compartments below it does (ol9-web): add -Recurse*"
        Get-OsmManagedInstanceGroup -DisplayName 'no-such-*' -WarningVariable none -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $none | Should -BeNullOrEmpty -Because 'nothing below matches either'
        (Get-OsmManagedInstanceGroup -Recurse -DisplayName 'ol9-*').DisplayName | Should -Be 'ol9-web'
    }

    It 'tells a rule whose parts are separated by commas that the separator is ;, before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        $err = { $Instances['web-01'] | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'comma' -At (Get-Date).AddDays(1) -RecurrenceRule 'FREQ=WEEKLY,BYDAY=SU' } |
            Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike "*'FREQ=WEEKLY,BYDAY=SU' runs parts together: they are separated by ';', not ',' (write 'FREQ=WEEKLY;BYDAY=SU')*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'refuses a misspelt region with the nearest names' {
        $err = { Get-OsmCompartment -Region 'us-ashburn1' } | Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike "*'us-ashburn1' is not a region this module knows; did you mean us-ashburn-1*"
        $err = { Connect-Osm -ConfigFile $Emulator.configFile -Region 'eu-frankfrt-1' } | Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike '*did you mean eu-frankfurt-1*'
    }

    It 'has one name for a name filter and one for a time limit, the old ones kept as aliases' {
        (Get-Command Get-OsmCompartment).Parameters.DisplayName.Aliases | Should -Contain 'Name'
        @(Get-OsmCompartment -Recurse -Name 'web').Path | Should -Be @(Get-OsmCompartment -Recurse -DisplayName 'WEB').Path
        (Get-Command Start-OsmEmulator).Parameters.Timeout.Aliases | Should -Contain 'TimeoutSec'
        foreach ($command in Get-Command -Module OsManagement) {
            $command.Parameters.Keys | Should -Not -Contain 'TimeoutSec' -Because "$($command.Name) waits with -Timeout like the others"
        }
    }
}

Describe 'The compliance page' {
    BeforeAll {
        # The fleet as described: nothing patched by the tests above.
        Invoke-OsmEmulatorAdmin $Emulator 'reset' -Method POST | Out-Null
        $script:Page = Join-Path $TestDrive 'report.html'
        Get-OsmComplianceReport -Recurse -IncludeCompliant -SlaDays @{ Critical = 14 } | Export-OsmComplianceReport -Path $Page
        $script:Html = Get-Content -Raw $Page
    }

    It 'keeps a status whole: UNREACHABLE wraps as one word' {
        $Html | Should -Match '<span class="word">UNREACHABLE</span>'
        $Html | Should -Match '\.word\{overflow-wrap:normal;white-space:nowrap\}'
    }

    It 'shows a stale instance''s count neither green nor red' {
        $row = [regex]::Match($Html, '<tr [^>]*data-stale="true"[^>]*>.*?</tr>').Value
        $row | Should -Match 'down-01'
        $row | Should -Match '<span class="unknown">\d+</span>'
        $row | Should -Not -Match 'class="ok"'
    }

    It 'says a breach due today is past due today, not 0 d past due' {
        $Html | Should -Not -Match '\b0 d past due'
        $Html | Should -Match 'past due today'
    }

    It 'says security updates where it counts security updates' {
        $Html | Should -Match '(is|are) missing security updates\.'
        $Html | Should -Match 'Instances missing security updates'
    }
}
