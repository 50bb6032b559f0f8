# Get-OsmComplianceReport and Export-OsmComplianceReport, checked against the emulator's ground truth, on OS Management
# Hub and on the retired API (Invoke-PesterSuite.ps1 runs this file once per service in the ValidateSet).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=60,compartments=9,depth=4,groups=3,vulnerable=0.4,windows=0.25' -ExtraArgs @('--page-size', '8')
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:ServiceName = if ($Service -eq 'Hub') { 'OS Management Hub (API 20220901)' } else { 'OS Management (API 20190801)' }
    # The retired service's one warning (no severity) is checked once, by its own test; the others need not print it.
    $PSDefaultParameterValues['Get-OsmComplianceReport:WarningAction'] = 'SilentlyContinue'
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
    $script:Tenancy = $Emulator.tenancyId
    # Each service has its own groups in the emulator's tenancy.
    $script:Groups = if ($Service -eq 'Hub') { $Truth.hubGroups } else { $Truth.groups }
    function Get-TruthSubtree([string] $RootId) {
        $children = @($Truth.compartments | Where-Object { $_.parentId -eq $RootId -and $_.lifecycleState -eq 'ACTIVE' -and $_.name -ne 'ManagedCompartmentForPaaS' })
        foreach ($child in $children) { $child.id; Get-TruthSubtree $child.id }
    }
    # Stale as the fleet truth has it: unreachable, or no check-in for more than a day. Hub itself shows an instance that
    # has not checked in for a day as UNREACHABLE, so a report that judges the instances it does not read by their
    # listed status (Hub's listing has no check-in time) finds the same ones.
    function Test-TruthStale($Instance) { $Instance.isStale -or $Instance.status -eq 'UNREACHABLE' }
    function Get-StaleSentence([int] $Count) {
        if ($Count -eq 1) { return '1 is stale (unreachable, or no check-in for a day): what the service knows of it may be out of date.' }
        "$Count are stale (unreachable, or no check-in for a day): what the service knows of them may be out of date."
    }
    function Get-TruthInScope { $inScope = @($Tenancy) + @(Get-TruthSubtree $Tenancy); $Truth.instances | Where-Object { $_.compartmentId -in $inScope } }
    # Renders a copy of a page in Chromium at a window width, with a script added that measures its layout (the page
    # itself has none), and returns what it measured.
    function Measure-OsmTestPage([string] $Path, [int] $Width) {
        $measure = @'
<script>
addEventListener('load', () => {
  const d = document.documentElement;
  const ocids = [...document.querySelectorAll('#instances .ocid')];
  const lines = ocids.map(e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
  const cells = [...document.querySelectorAll('td, th')];
  const out = document.createElement('pre');
  out.id = 'measured';
  out.textContent = JSON.stringify({
    viewport: innerWidth, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, ocids: ocids.length, maxOcidLines: Math.max(0, ...lines),
    spilling: cells.filter(c => c.scrollWidth > c.clientWidth + 1).length,
    headers: [...document.querySelectorAll('#instances th')].map(t => t.textContent),
    staleRows: document.querySelectorAll('#instances tr[data-stale]').length });
  document.body.appendChild(out);
});
</script>
'@
        $copy = Join-Path $TestDrive ('measured-' + [IO.Path]::GetFileName($Path))
        (Get-Content -Raw $Path).Replace('</body>', "$measure</body>") | Set-Content -Path $copy
        $profileDir = Join-Path $TestDrive ('chromium-' + [guid]::NewGuid().ToString('n'))
        $dom = (& (Get-OsmTestChromium) --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update `
                --disable-sync "--user-data-dir=$profileDir" "--window-size=$Width,1000" --virtual-time-budget=5000 --dump-dom "file://$copy" 2>$null) -join "`n"
        if ($dom -notmatch '<pre id="measured">([^<]*)</pre>') { throw "Chromium did not measure the page: $dom" }
        [Net.WebUtility]::HtmlDecode($Matches[1]) | ConvertFrom-Json
    }
    # The instances of these compartments that miss updates of these types, with what they miss.
    function Get-TruthVulnerable([string[]] $CompartmentIds, [string[]] $Types = @('SECURITY')) {
        foreach ($i in $Truth.instances | Where-Object { $_.compartmentId -in $CompartmentIds }) {
            $missing = @($i.updates | Where-Object { $_.updateType -in $Types })
            if ($missing.Count -gt 0) { [pscustomobject]@{ Id = $i.id; Names = @($missing.name | Sort-Object); Cves = @($missing.relatedCves | Where-Object { $_ } | Sort-Object -Unique) } }
        }
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'Get-OsmComplianceReport' {
    It 'reports the tenancy''s own instances missing security updates, with their updates and CVEs, and none from below' {
        # The generated fleet keeps every instance in a compartment below the tenancy: this fleet puts some in the tenancy.
        $fleet = Join-Path $TestDrive 'tenancy-fleet.json'
        @{
            compartments = @(@{ name = 'below' })
            instances    = @(
                @{ name = 'root-linux'; updates = @(
                        @{ name = 'openssl-libs'; severity = 'CRITICAL'; cves = @('CVE-2026-1001', 'CVE-2026-1002') }
                        @{ name = 'sudo'; severity = 'LOW'; cves = @('CVE-2026-1003') }
                        @{ name = 'bash'; classification = 'BUGFIX' }) }
                @{ name = 'root-windows'; osFamily = 'WINDOWS_SERVER_2022'; updates = @(@{ name = '2026-11 Cumulative Update for Windows Server 2022 (KB5046616)'; cves = @('CVE-2026-1004') }) }
                @{ name = 'root-bugfix-only'; updates = @(@{ name = 'tzdata'; classification = 'BUGFIX' }) }
                @{ name = 'below-linux'; compartment = 'below'; updates = @(@{ name = 'openssl-libs'; severity = 'CRITICAL'; cves = @('CVE-2026-1001') }) }
            )
        } | ConvertTo-Json -Depth 10 | Set-Content $fleet
        $own = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleet)
        try {
            $context = Connect-Osm -ConfigFile $own.configFile -Endpoint $own.endpoint -Service $Service -PassThru
            $truth = Invoke-OsmEmulatorAdmin -Emulator $own -Path 'fleet'
            $expected = foreach ($i in $truth.instances | Where-Object compartmentId -eq $own.tenancyId) {
                $missing = @($i.updates | Where-Object updateType -eq 'SECURITY')
                if ($missing.Count) { [pscustomobject]@{ Id = $i.id; Names = @($missing.name | Sort-Object); Cves = @($missing.relatedCves | Sort-Object -Unique) } }
            }
            @($expected).Count | Should -Be 2 -Because 'the fleet has a Linux and a Windows instance in the tenancy that miss security updates'
            $report = @(Get-OsmComplianceReport -Context $context)
            $report.DisplayName | Sort-Object | Should -Be @('root-linux', 'root-windows') -Because 'below-linux is in a compartment below, root-bugfix-only misses no security update'
            foreach ($record in $report) {
                $known = $expected | Where-Object Id -eq $record.Id
                ($record.Updates.Name | Sort-Object) | Should -Be $known.Names
                $record.SecurityUpdatesAvailable | Should -Be $known.Names.Count
                # Neither service gives CVEs for Windows updates (their Windows update models have no such field).
                $cves = if ($record.OsFamily -eq 'WINDOWS') { @() } else { $known.Cves }
                ($record.Cves -join ',') | Should -Be ($cves -join ',')
            }
            ($report | Where-Object OsFamily -eq 'LINUX').Cves | Should -Be @('CVE-2026-1001', 'CVE-2026-1002', 'CVE-2026-1003')
        }
        finally {
            Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
            Stop-OsmTestEmulator $own
        }
    }

    It 'covers every ACTIVE sub-compartment at any depth with -Recurse, skipping inactive and PaaS compartments' {
        $report = Get-OsmComplianceReport -Recurse
        $expected = Get-TruthVulnerable (@($Tenancy) + @(Get-TruthSubtree $Tenancy))
        $report.Id | Sort-Object | Should -Be ($expected.Id | Sort-Object)
        ($report.Id | Sort-Object -Unique).Count | Should -Be $report.Count -Because 'no instance is counted twice'
    }

    It 'reports a compartment below the tenancy with its subtree' {
        $parent = ($Truth.compartments | Where-Object { $_.parentId -eq $Tenancy -and $_.lifecycleState -eq 'ACTIVE' -and (Get-TruthSubtree $_.id) })[0]
        $report = Get-OsmComplianceReport -CompartmentId $parent.id -Recurse
        $expected = Get-TruthVulnerable (@($parent.id) + @(Get-TruthSubtree $parent.id))
        $report.Id | Sort-Object | Should -Be ($expected.Id | Sort-Object)
    }

    It 'reports a group''s members' {
        $group = $Groups | Sort-Object { $_.instanceIds.Count } -Descending | Select-Object -First 1
        $report = Get-OsmComplianceReport -ManagedInstanceGroupId $group.id
        $expected = Get-TruthVulnerable ($Truth.instances.compartmentId | Sort-Object -Unique) | Where-Object { $_.Id -in $group.instanceIds }
        $report.Id | Sort-Object | Should -Be ($expected.Id | Sort-Object)
    }

    It 'covers Linux and Windows instances alike' {
        $report = Get-OsmComplianceReport -Recurse
        $report.OsFamily | Sort-Object -Unique | Should -Be @('LINUX', 'WINDOWS')
    }

    It 'adds a record for every instance with -IncludeCompliant' {
        $all = Get-OsmComplianceReport -Recurse -IncludeCompliant
        $inScope = @($Tenancy) + @(Get-TruthSubtree $Tenancy)
        $all.Id | Sort-Object | Should -Be (($Truth.instances | Where-Object { $_.compartmentId -in $inScope }).id | Sort-Object)
        ($all | Where-Object IsCompliant).Count | Should -BeGreaterThan 0
    }

    It 'widens the report with -UpdateType' {
        $report = Get-OsmComplianceReport -Recurse -UpdateType Security, Bug
        $expected = Get-TruthVulnerable (@($Tenancy) + @(Get-TruthSubtree $Tenancy)) -Types 'SECURITY', 'BUG'
        $report.Id | Sort-Object | Should -Be ($expected.Id | Sort-Object)
        $report.Updates.UpdateType | Sort-Object -Unique | Should -Be @('BUG', 'SECURITY')
    }

    It 'summarises with -Summary -Detailed (the full scan): out of N managed instances, M are missing security updates' {
        $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
        $summary.CountedBy | Should -Be 'Full scan'
        @($summary.NotCounted).Count | Should -Be 0
        $inScope = @($Tenancy) + @(Get-TruthSubtree $Tenancy)
        $total = @($Truth.instances | Where-Object { $_.compartmentId -in $inScope }).Count
        $vulnerable = @(Get-TruthVulnerable $inScope).Count
        $summary | Should -BeOfType 'OsManagement.OsmComplianceSummary'
        $summary.TotalInstances | Should -Be $total
        $summary.VulnerableInstances | Should -Be $vulnerable
        $stale = @(Get-TruthInScope | Where-Object { Test-TruthStale $_ }).Count
        $stale | Should -BeGreaterThan 0 -Because 'the fleet has stale instances, so the sentence about them is checked'
        $sla = if ($Service -eq 'Hub') { " $($summary.SlaBreachedInstances) are past the SLA." }
        $reboot = @(Get-TruthInScope | Where-Object isRebootRequired).Count
        $reboot | Should -BeGreaterThan 0 -Because 'the fleet has instances that need a reboot, so their count is checked'
        $summary.RebootRequiredInstances | Should -Be $reboot
        $summary.Message | Should -Be ("Out of $total managed instances, $vulnerable are missing security updates.$sla " + (Get-StaleSentence $stale) +
            " $reboot need a reboot for installed updates to take effect.")
        ($summary.ByCompartment | Measure-Object Vulnerable -Sum).Sum | Should -Be $vulnerable
        ($summary.ByOs | Measure-Object Vulnerable -Sum).Sum | Should -Be $vulnerable
    }

    if ($Service -eq 'Hub') {
        It 'counts -Summary by Hub''s analytics in a handful of requests, with the full scan''s numbers, over <Name>' -ForEach @(
            @{ Name = 'the tenancy and its subtree'; Kind = 'tree' }
            @{ Name = 'one compartment without its subtree'; Kind = 'one' }
            @{ Name = 'a compartment and its subtree'; Kind = 'sub' }
            @{ Name = 'a group'; Kind = 'group' }
            @{ Name = 'the tenancy''s bug fixes'; Kind = 'bug' }
        ) {
            $with = switch ($Kind) {
                'tree' { @{ Recurse = $true } }
                'one' {
                    # The compartment with the most vulnerable instances.
                    $homes = Get-TruthVulnerable (Get-TruthInScope).compartmentId |
                        ForEach-Object { ($Truth.instances | Where-Object id -eq $_.Id).compartmentId }
                    @{ CompartmentId = ($homes | Group-Object | Sort-Object Count -Descending)[0].Name }
                }
                'sub' {
                    $parent = ($Truth.compartments |
                        Where-Object { $_.parentId -eq $Tenancy -and $_.lifecycleState -eq 'ACTIVE' -and (Get-TruthSubtree $_.id) })[0]
                    @{ CompartmentId = $parent.id; Recurse = $true }
                }
                'group' { @{ ManagedInstanceGroupId = ($Groups | Sort-Object { $_.instanceIds.Count } -Descending)[0].id } }
                'bug' { @{ Recurse = $true; UpdateType = 'Bug' } }
            }
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
            $streams = @(Get-OsmComplianceReport @with -Summary -Verbose 4>&1)
            $calls = Get-OsmEmulatorCallCount $Emulator
            $analytics = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.summarizeManagedInstanceAnalytics'
            $listed = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.listManagedInstances'
            $fast = $streams | Where-Object { $_ -is [OsManagement.OsmComplianceSummary] }
            $full = Get-OsmComplianceReport @with -Summary -Detailed
            $fast.CountedBy | Should -Be 'Hub analytics'
            $full.CountedBy | Should -Be 'Full scan'
            $figures = 'TotalInstances', 'VulnerableInstances', 'CompliantInstances', 'StaleInstances', 'InactiveInstances',
                'RebootRequiredInstances', 'MissingUpdates'
            foreach ($figure in $figures) {
                $fast.$figure | Should -Be $full.$figure -Because "$figure is the same whoever counts it"
            }
            $full.VulnerableInstances | Should -BeGreaterThan 0 -Because 'a comparison of zeros proves nothing'
            $listed | Should -Be 0 -Because 'no instance is listed or read'
            $analytics | Should -BeIn @(2, 4) -Because 'two requests for the scope, two more to leave out a PaaS compartment under a -Recurse root'
            $calls | Should -BeLessOrEqual ($analytics + 3) -Because 'besides the analytics, at most the compartment listing the scan makes too'
            $fast.SlaBreachedInstances | Should -BeNullOrEmpty
            @($fast.BySeverity).Count | Should -Be 0
            $fast.NotCounted | Should -Contain 'BySeverity'
            $fast.NotCounted | Should -Contain 'SlaBreachedInstances'
            $fast.Message | Should -BeLike "*(Counted by Hub's analytics; severity, SLA and CVEs need the full scan: -Summary -Detailed.)"
            @($streams | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -like 'The summary*' }).Message |
                Should -BeLike "The summary's counts come from OS Management Hub's analytics ($analytics requests)*"
        }

        It 'scans for the summary, saying why, when the analytics cannot answer: <Why>' -ForEach @(
            @{ Why = 'several update types'; With = @{ UpdateType = 'Security', 'Bug' }; Verbose = '*one update type at a time*' }
            @{ Why = 'a minimum severity'; With = @{ MinimumSeverity = 'Important' }; Verbose = '*do not count by severity (-MinimumSeverity)*' }
            @{ Why = 'an SLA'; With = @{ SlaDays = @{ Critical = 7 } }; Verbose = '*-SlaDays asks for the SLA*' }
        ) {
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
            $streams = @(Get-OsmComplianceReport -Recurse @With -Summary -Verbose 4>&1)
            ($streams | Where-Object { $_ -is [OsManagement.OsmComplianceSummary] }).CountedBy | Should -Be 'Full scan'
            @($streams | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -like 'The summary*' }).Message |
                Should -BeLike "The summary scans every instance: $Verbose"
            Get-OsmEmulatorCallCount $Emulator -Operation 'hub.summarizeManagedInstanceAnalytics' | Should -Be 0
        }
    }
    else {
        It 'scans for the summary on the retired service, which keeps no analytics, and says so in a verbose line' {
            $streams = @(Get-OsmComplianceReport -Recurse -Summary -Verbose 4>&1)
            $summary = $streams | Where-Object { $_ -is [OsManagement.OsmComplianceSummary] }
            $summary.CountedBy | Should -Be 'Full scan'
            $summary.TotalInstances | Should -Be @(Get-TruthInScope).Count
            @($streams | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -like 'The summary*' }).Message |
                Should -Be 'The summary scans every instance: OS Management (API 20190801) keeps no analytics (OS Management Hub does).'
        }
    }

    It 'counts an instance it cannot read as unchecked, not compliant, and a compartment it cannot list as unread' {
        $inScope = @($Tenancy) + @(Get-TruthSubtree $Tenancy)
        $vulnerable = @(Get-TruthVulnerable $inScope)
        $hidden = $vulnerable[0].Id
        $unlisted = $Truth.compartments | Where-Object { $_.id -in $inScope -and $_.id -ne ($Truth.instances | Where-Object id -eq $hidden).compartmentId } |
            Where-Object { $id = $_.id; @($Truth.instances | Where-Object compartmentId -eq $id).Count -gt 0 } | Select-Object -First 1
        $unlistedCount = @($Truth.instances | Where-Object compartmentId -eq $unlisted.id).Count
        $unlistedVulnerable = @($vulnerable | Where-Object { $_.Id -in ($Truth.instances | Where-Object compartmentId -eq $unlisted.id).id }).Count
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path "deny?match=$hidden" -Method POST | Out-Null
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path "deny?match=managedInstances?compartmentId=$($unlisted.id)" -Method POST | Out-Null
        try {
            $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed -ErrorVariable errs -ErrorAction SilentlyContinue
        }
        finally { Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'deny' -Method DELETE | Out-Null }
        $errs.Count | Should -Be 2
        $errs.TargetObject | Sort-Object | Should -Be (@($hidden, $unlisted.id) | Sort-Object)
        $total = @($Truth.instances | Where-Object { $_.compartmentId -in $inScope }).Count - $unlistedCount
        $summary.TotalInstances | Should -Be $total
        $summary.UnscannedInstances | Should -Be 1
        $summary.UnreadCompartments | Should -Be 1
        $summary.VulnerableInstances | Should -Be ($vulnerable.Count - $unlistedVulnerable - 1)
        # Stale instances that miss nothing are neither vulnerable nor compliant.
        $staleNotVulnerable = @(Get-TruthInScope | Where-Object { $_.compartmentId -ne $unlisted.id -and $_.id -ne $hidden -and (Test-TruthStale $_) -and
                -not @($_.updates | Where-Object updateType -eq 'SECURITY') })
        $stale = @(Get-TruthInScope | Where-Object { $_.compartmentId -ne $unlisted.id -and $_.id -ne $hidden -and (Test-TruthStale $_) }).Count
        $summary.StaleInstances | Should -Be $stale
        $summary.CompliantInstances | Should -Be ($total - $summary.VulnerableInstances - 1 - $staleNotVulnerable.Count)
        $sla = if ($Service -eq 'Hub') { " $($summary.SlaBreachedInstances) are past the SLA." }
        $reboot = $summary.RebootRequiredInstances
        $summary.Message | Should -Be ("Out of $total managed instances, $($summary.VulnerableInstances) are missing security updates.$sla " +
            (Get-StaleSentence $stale) + " $reboot need a reboot for installed updates to take effect." + ' 1 could not be checked. ' +
            '1 compartment could not be read, so its instances are not counted. The errors say why.')
    }

    It 'writes the records compartment by compartment in scope order, the same from one run to the next' {
        $order = @($Tenancy) + @((Get-OsmCompartment -Recurse).Id)
        $first = @(Get-OsmComplianceReport -Recurse -IncludeCompliant -ThrottleLimit 32)
        $positions = @($first | ForEach-Object { $order.IndexOf($_.CompartmentId) })
        $positions | Should -Not -Contain -1
        ($positions -join ',') | Should -Be (($positions | Sort-Object) -join ',')
        (Get-OsmComplianceReport -Recurse -IncludeCompliant -ThrottleLimit 3).Id | Should -Be $first.Id
    }

    It 'makes no update listing for an instance with nothing missing' {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $report = Get-OsmComplianceReport -Recurse
        $operations = if ($Service -eq 'Hub') { 'hub.listManagedInstanceUpdatablePackages', 'hub.listManagedInstanceAvailableWindowsUpdates', 'hub.getManagedInstance' }
                      else { 'listAvailableUpdatesForManagedInstance', 'listAvailableWindowsUpdatesForManagedInstance', 'getManagedInstance' }
        $listings = (Get-OsmEmulatorCallCount $Emulator -Operation $operations[0]) + (Get-OsmEmulatorCallCount $Emulator -Operation $operations[1])
        $withUpdates = @(Get-TruthInScope | Where-Object { @($_.updates).Count -gt 0 }).Count
        $listings | Should -BeLessOrEqual ($withUpdates * 2) -Because 'only instances with updates have them listed (a page or two each)'
        Get-OsmEmulatorCallCount $Emulator -Operation $operations[2] | Should -Be 0 -Because 'without -Detailed no instance is read in full: its listing serves'
        # (A generated tenancy's errata catalog is of real size, over a thousand security advisories, as a real tenancy's:
        # too many to find the affected instances by advisory name, so every instance with updates has them listed.)
    }

    It 'refuses -CompartmentId with -ManagedInstanceGroupId (the two are exclusive)' {
        { Get-OsmComplianceReport -CompartmentId $Tenancy -ManagedInstanceGroupId $Groups[0].id } | Should -Throw
    }

    It 'names both parameters when <Given> comes with -ManagedInstanceGroupId, as the original script does, before any request' -ForEach @(
        @{ Given = '-CompartmentId'; Extra = { @{ CompartmentId = $Tenancy } } }
        @{ Given = '-Recurse'; Extra = { @{ Recurse = $true } } }
    ) {
        $parameters = & $Extra
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $caught = $null
        try { Get-OsmComplianceReport -ManagedInstanceGroupId $Groups[0].id @parameters } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmComplianceScopeConflict,*'
        $caught.Exception.Message | Should -BeLike "$Given cannot be used with -ManagedInstanceGroupId*"
        $caught.Exception.Message | Should -Not -BeLike '*Parameter set cannot be resolved*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be 0
    }

    It 'flags the stale instances (unreachable, or no check-in for a day) as the fleet truth has them, and never counts them compliant' {
        # -Detailed: each record read in full says since when its agent is silent (Hub lists no check-in time).
        $all = Get-OsmComplianceReport -Recurse -IncludeCompliant -Detailed -WarningAction SilentlyContinue
        $stale = @(Get-TruthInScope | Where-Object { Test-TruthStale $_ })
        $stale.Count | Should -BeGreaterThan 1
        @($stale | Where-Object status -eq 'UNREACHABLE').Count | Should -BeGreaterThan 0
        @($stale | Where-Object status -ne 'UNREACHABLE').Count | Should -BeGreaterThan 0
        ($all | Where-Object IsStale).Id | Sort-Object | Should -Be ($stale.id | Sort-Object)
        foreach ($record in $all | Where-Object IsStale) {
            $record.IsCompliant | Should -BeFalse
            $record.StaleReason | Should -Not -BeNullOrEmpty
        }
        # The retired service keeps saying NORMAL for an agent that stopped checking in; Hub says UNREACHABLE after a day.
        foreach ($record in $all | Where-Object IsStale) {
            $known = $stale | Where-Object id -eq $record.Id
            $record.StaleReason | Should -BeLike $(if ($record.Status -eq 'UNREACHABLE') { 'The agent is unreachable (no check-in since *)' } else { 'No check-in since *' })
            if ($known.status -ne 'UNREACHABLE') { $record.Status | Should -Be $(if ($Service -eq 'Hub') { 'UNREACHABLE' } else { $known.status }) }
        }
        ($all | Where-Object { -not $_.IsStale -and $_.MissingUpdateCount -eq 0 }).IsCompliant | Sort-Object -Unique | Should -Be $true
    }

    It 'counts a stale instance that misses nothing neither vulnerable nor compliant, also when it writes no record for it' {
        $records = Get-OsmComplianceReport -Recurse -WarningAction SilentlyContinue
        $summary = Get-OsmComplianceReport -Recurse -Summary -WarningAction SilentlyContinue
        $inScope = @(Get-TruthInScope)
        $staleNothingMissing = @($inScope | Where-Object { (Test-TruthStale $_) -and -not @($_.updates | Where-Object updateType -eq 'SECURITY') })
        $staleNothingMissing.Count | Should -BeGreaterThan 0
        $records.Id | Should -Not -Contain $staleNothingMissing[0].id -Because 'by default only instances that miss updates are written'
        $summary.StaleInstances | Should -Be @($inScope | Where-Object { Test-TruthStale $_ }).Count
        $summary.CompliantInstances | Should -Be ($inScope.Count - $summary.VulnerableInstances - $staleNothingMissing.Count)
    }

    It 'lists each missing advisory (erratum, or an update that belongs to none) with its CVEs' {
        $report = Get-OsmComplianceReport -Recurse -WarningAction SilentlyContinue
        foreach ($record in $report) {
            $instance = $Truth.instances | Where-Object id -eq $record.Id
            $security = @($instance.updates | Where-Object updateType -eq 'SECURITY')
            $expected = @($security | ForEach-Object { if (@($_.errata).Count) { $_.errata } else { $_.name } }) | Sort-Object -Unique
            ($record.AdvisoryNames | Sort-Object) | Should -Be $expected
            $record.AdvisoryCount | Should -Be $expected.Count
            foreach ($advisory in $record.Advisories) {
                $covering = @($security | Where-Object { $advisory.Name -in @($_.errata) -or $advisory.Name -eq $_.name })
                # The retired service gives no CVEs for Windows updates.
                $cves = if ($instance.osFamily -eq 'WINDOWS') { @() } else { @($covering.relatedCves | Where-Object { $_ } | Sort-Object -Unique) }
                ($advisory.Cves -join ',') | Should -Be ($cves -join ',')
                $advisory.IsErratum | Should -Be ($instance.osFamily -eq 'LINUX' -and @($covering[0].errata).Count -gt 0)
                $advisory.UpdateType | Should -Be 'SECURITY'
            }
        }
    }

    if ($Service -eq 'Classic') {
        It 'on the retired service leaves severity, age and SLA empty, says so in one warning, and keeps the rest' {
            $report = @(Get-OsmComplianceReport -Recurse -WarningVariable warnings -WarningAction SilentlyContinue)
            $report.Count | Should -BeGreaterThan 5
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike '*OS Management (API 20190801)*no advisory severity or issue dates*'
            foreach ($record in $report) {
                $record.HighestSeverity | Should -BeNullOrEmpty
                $record.CriticalCount | Should -BeNullOrEmpty
                $record.OldestAdvisoryAgeDays | Should -BeNullOrEmpty
                $record.SlaBreached | Should -BeNullOrEmpty
                $record.SlaDueDate | Should -BeNullOrEmpty
                @($record.Advisories | Where-Object { $_.Severity -or $_.Issued }).Count | Should -Be 0
                $record.Service | Should -Be 'OS Management (API 20190801)'
                $record.Scope | Should -Be "compartment $Tenancy and its sub-compartments"
            }
            $summary = Get-OsmComplianceReport -Recurse -Summary -WarningVariable summaryWarnings -WarningAction SilentlyContinue
            $summaryWarnings.Count | Should -Be 1
            $summary.SeverityKnown | Should -BeFalse
            $summary.SlaBreachedInstances | Should -BeNullOrEmpty
            @($summary.BySeverity).Count | Should -Be 0
        }

        It 'does not stop to ask at that warning under -Debug (a runbook has no one to answer): it is a debug line then' {
            # -Verbose too: without it, PowerShell also stops to ask at a compiled cmdlet's verbose lines under -Debug.
            $PSDefaultParameterValues.Remove('Get-OsmComplianceReport:WarningAction')
            try { $streams = Get-OsmComplianceReport -Recurse -Summary -Verbose -Debug 5>&1 4>$null }
            finally { $PSDefaultParameterValues['Get-OsmComplianceReport:WarningAction'] = 'SilentlyContinue' }
            @($streams | Where-Object { $_ -is [Management.Automation.DebugRecord] -and $_.Message -like 'WARNING: Severity, advisory age and SLA are left empty*' }).Count | Should -Be 1
            @($streams | Where-Object { $_ -is [OsManagement.OsmComplianceSummary] }).Count | Should -Be 1
            Get-OsmComplianceReport -Recurse -Summary -Verbose -Debug -WarningAction SilentlyContinue -WarningVariable warned 5>$null 4>$null | Out-Null
            $warned.Count | Should -Be 1 -Because 'with -WarningAction given, it is a warning again'
        }
    }

    It 'gives every record of one report the same time, the moment ages and SLAs are judged at' {
        $before = Get-Date
        $report = @(Get-OsmComplianceReport -Recurse -WarningAction SilentlyContinue)
        $after = Get-Date
        @($report.GeneratedAt | Sort-Object -Unique).Count | Should -Be 1
        $report[0].GeneratedAt | Should -BeGreaterOrEqual $before.AddSeconds(-1)
        $report[0].GeneratedAt | Should -BeLessOrEqual $after
    }

    if ($Service -eq 'Classic') {
        It 'refuses -MinimumSeverity on the retired service before any request, naming the parameter' {
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
            { Get-OsmComplianceReport -Recurse -MinimumSeverity Important } | Should -Throw -ExpectedMessage '*-MinimumSeverity*OS Management Hub*Leave out -MinimumSeverity*'
            Get-OsmEmulatorCallCount $Emulator | Should -Be 0
        }
    }

    It 'refuses -SlaDays <Case> before any request, naming the entry and the fix' -ForEach @(
        @{ Case = 'with a key that is no severity'; Sla = @{ Urgent = 7 }
           Message = "*'Urgent', which is not a severity. Use Critical, Important, Moderate, Low or Unrated*" }
        @{ Case = 'with days that are a word'; Sla = @{ Critical = 'soon' }; Message = "*-SlaDays Critical = 'soon' is not a number of days*whole number from 0 to 3650*" }
        @{ Case = 'with negative days'; Sla = @{ low = -5 }; Message = "*-SlaDays Low = '-5' is not a number of days*" }
        @{ Case = 'with a fraction of a day'; Sla = @{ Moderate = 2.5 }; Message = "*-SlaDays Moderate = '2.5' is not a number of days*" }
        @{ Case = 'with unrated days that are a word'; Sla = @{ unrated = 'a month' }
           Message = "*-SlaDays Unrated = 'a month' is not a number of days*-SlaDays @{ Unrated = 30 }*" }
    ) {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $caught = $null
        try { Get-OsmComplianceReport -Recurse -SlaDays $Sla } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmSlaDaysInvalid,*'
        $caught.Exception.Message | Should -BeLike $Message
        Get-OsmEmulatorCallCount $Emulator | Should -Be 0
    }

    It 'takes an -SlaDays that changes some severities, with the others at their defaults' {
        $summary = Get-OsmComplianceReport -Recurse -Summary -SlaDays @{ critical = 7; Low = '120' } -WarningAction SilentlyContinue
        $summary.SlaDays | Should -Be 'Critical 7, Important 30, Moderate 60, Low 120'
        (Get-OsmComplianceReport -Recurse -Summary -WarningAction SilentlyContinue).SlaDays | Should -Be 'Critical 14, Important 30, Moderate 60, Low 90'
    }
}

Describe 'Exporting the report' {
    BeforeAll {
        $script:Report = Get-OsmComplianceReport -Recurse -IncludeCompliant
        $script:Vulnerable = @($Report | Where-Object { $_.MissingUpdateCount -gt 0 })
    }

    It 'gives one readable CSV row per instance' {
        $csv = Join-Path $TestDrive 'report.csv'
        $Report | Export-Csv -Path $csv -NoTypeInformation
        $rows = Import-Csv $csv
        $rows.Count | Should -Be $Report.Count
        Get-Content -Raw $csv | Should -Not -Match 'System\.(Object|String)\[\]|OsManagement\.Osm'
        $first = $rows | Where-Object Id -eq $Vulnerable[0].Id
        $first.Cves | Should -Be ($Vulnerable[0].Cves -join '; ')
        $first.UpdateNames | Should -Be ($Vulnerable[0].UpdateNames -join '; ')
    }

    It 'writes a self-contained HTML page that shows the right numbers when rendered offline in Chromium' {
        $path = Join-Path $TestDrive 'report.html'
        $Report | Export-OsmComplianceReport -Path $path
        $html = Get-Content -Raw $path
        $html | Should -Not -Match '<script|<link|@import|url\(|https?://(?!www\.w3\.org/2000/svg)'
        $dom = Invoke-OsmTestChromium -Path $path
        $dom | Should -Match ([regex]::Escape("Out of $($Report.Count) managed instances, $($Vulnerable.Count) are missing security updates."))
        $dom | Should -Match "id=""card-vulnerable""><b>$($Vulnerable.Count)</b>"
        ([regex]::Matches($dom, '<tr data-missing=')).Count | Should -Be $Report.Count
        $bars = [regex]::Matches($dom, 'data-count="(\d+)"') | ForEach-Object { [int] $_.Groups[1].Value }
        ($bars | Measure-Object -Sum).Sum | Should -Be $Vulnerable.Count
        $dom | Should -Match ([regex]::Escape($Vulnerable[0].Cves[0]))
    }

    It 'writes Markdown and JSON' {
        $md = Join-Path $TestDrive 'report.md'
        $json = Join-Path $TestDrive 'report.json'
        $written = $Report | Export-OsmComplianceReport -Path $md -PassThru
        $Report | Export-OsmComplianceReport -Path $json
        $written | Should -BeOfType [IO.FileInfo]
        $written.FullName | Should -Be $md
        $written.PSProvider.Name | Should -Be 'FileSystem'
        $written.Mode | Should -Not -BeNullOrEmpty -Because 'the default file view shows Mode, as for Get-Item'
        Get-Content -Raw $md | Should -Match ([regex]::Escape("| $($Vulnerable[0].DisplayName) |"))
        $data = Get-Content -Raw $json | ConvertFrom-Json
        $data.totalInstances | Should -Be $Report.Count
        $data.vulnerableInstances | Should -Be $Vulnerable.Count
        ($data.instances | Where-Object id -eq $Vulnerable[0].Id).cves | Should -Be @($Vulnerable[0].Cves)
    }

    It 'lays the page out for 1280 px: no horizontal scrollbar, each OCID on one line, no cell spilling over' {
        $path = Join-Path $TestDrive 'layout.html'
        $Report | Export-OsmComplianceReport -Path $path
        $layout = Measure-OsmTestPage -Path $path -Width 1280
        $layout.viewport | Should -Be 1280
        $layout.scrollWidth | Should -BeLessOrEqual $layout.clientWidth -Because 'the page has no horizontal scrollbar at 1280 px'
        $layout.ocids | Should -Be $Report.Count
        $layout.maxOcidLines | Should -Be 1
        $layout.spilling | Should -Be 0 -Because 'no table cell has content wider than itself'
        $layout.headers | Should -Be $(if ($Service -eq 'Hub') { @('Instance', 'Compartment', 'OS', 'Status', 'Severity', 'Missing', 'Oldest (days)', 'SLA', 'Last check-in', 'Advisories and CVEs') }
                                      else { @('Instance', 'Compartment', 'OS', 'Status', 'Missing', 'Last check-in', 'Advisories and CVEs') })
        $layout.staleRows | Should -Be @($Report | Where-Object IsStale).Count
    }

    if ($Service -eq 'Classic') {
        It 'says on the page, once, that the retired service gives no severity, and shows no severity cards, chart or SLA section' {
            $path = Join-Path $TestDrive 'classic.html'
            $Report | Export-OsmComplianceReport -Path $path
            $dom = Invoke-OsmTestChromium -Path $path
            ([regex]::Matches($dom, 'id="severity-note"')).Count | Should -Be 1
            $dom | Should -Match 'OS Management \(API 20190801\) gives no advisory severity or issue dates'
            $dom | Should -Not -Match 'id="severity-cards"|id="severity-chart"|id="breaches"'
            $dom | Should -Match "id=""card-stale""><b>$(@($Report | Where-Object IsStale).Count)</b>"
        }
    }

    It 'carries the page''s instance columns in Markdown and in the CSV of the records' {
        $md = Join-Path $TestDrive 'columns.md'
        $html = Join-Path $TestDrive 'columns.html'
        $csv = Join-Path $TestDrive 'columns.csv'
        $Report | Export-OsmComplianceReport -Path $md
        $Report | Export-OsmComplianceReport -Path $html
        $Report | Export-Csv -Path $csv -NoTypeInformation
        $pageHeaders = [regex]::Matches((Get-Content -Raw $html), '<table id="instances">.*?</thead>', 'Singleline').Value |
            ForEach-Object { [regex]::Matches($_, '<th>([^<]*)</th>') | ForEach-Object { [Net.WebUtility]::HtmlDecode($_.Groups[1].Value) } }
        $lines = Get-Content $md
        $headerAt = [array]::IndexOf($lines, ($lines | Where-Object { $_ -like '| Instance | OCID |*' } | Select-Object -First 1))
        $mdHeaders = $lines[$headerAt].Trim('|').Split('|').Trim()
        $mdHeaders | Where-Object { $_ -ne 'OCID' } | Should -Be $pageHeaders
        $rows = @($lines[($headerAt + 2)..($lines.Count - 1)] | Where-Object { $_ -like '| *' })
        $rows.Count | Should -Be $Report.Count
        # Every column maps to record properties, and Export-Csv writes each of them.
        $csvHeaders = (Get-Content $csv -TotalCount 1).Split(',').Trim('"')
        $map = @{ Instance = 'DisplayName'; OCID = 'Id'; Compartment = 'CompartmentName'; OS = 'OsName', 'OsVersion'; Status = 'Status', 'IsStale'
            Missing = 'MissingUpdateCount'; 'Last check-in' = 'LastCheckin'; 'Advisories and CVEs' = 'AdvisoryNames', 'Cves'
            Severity = 'HighestSeverity'; 'Oldest (days)' = 'OldestAdvisoryAgeDays'; SLA = 'SlaBreached', 'SlaDueDate' }
        foreach ($header in $mdHeaders) {
            $map[$header] | Should -Not -BeNullOrEmpty -Because "the column '$header' maps to record properties"
            $map[$header] | ForEach-Object { $csvHeaders | Should -Contain $_ }
        }
        foreach ($column in 'HighestSeverity', 'OldestAdvisoryAgeDays', 'SlaBreached', 'SlaDueDate', 'StaleReason', 'AdvisoryNames', 'CriticalCount') { $csvHeaders | Should -Contain $column }
        $staleRecord = $Report | Where-Object IsStale | Select-Object -First 1
        ($lines | Where-Object { $_ -like "| $($staleRecord.DisplayName) | $($staleRecord.Id) |*" }) | Should -BeLike '*(stale)*'
        (Import-Csv $csv | Where-Object Id -eq $staleRecord.Id).IsStale | Should -Be 'True'
    }

    It 'writes JSON that says when, what and which service, readable by ConvertFrom-Json' {
        $json = Join-Path $TestDrive 'carries.json'
        $Report | Export-OsmComplianceReport -Path $json
        $data = Get-Content -Raw $json | ConvertFrom-Json
        $data.format | Should -Be 'OsManagement.ComplianceReport'
        $data.formatVersion | Should -Be 3
        ([DateTimeOffset] $data.generatedAt).LocalDateTime | Should -Be $Report[0].GeneratedAt
        $data.scope | Should -Be "compartment $Tenancy and its sub-compartments"
        $data.service | Should -Be $ServiceName
        $data.severityKnown | Should -Be ($Service -eq 'Hub')
        $data.staleInstances | Should -Be @($Report | Where-Object IsStale).Count
        $record = $Vulnerable | Where-Object { $_.AdvisoryCount -gt 1 } | Select-Object -First 1
        $written = $data.instances | Where-Object id -eq $record.Id
        $written.advisories.name | Should -Be @($record.AdvisoryNames)
        $written.advisories[0].cves | Should -Be @($record.Advisories[0].Cves)
        $written.isStale | Should -Be $record.IsStale
    }

    It 'replaces a report whole with -Force, through a temporary file it leaves no trace of' {
        $folder = Join-Path $TestDrive 'whole'
        $path = Join-Path $folder 'report.html'
        New-Item -ItemType Directory $folder | Out-Null
        'the old report' | Set-Content $path
        $Report | Export-OsmComplianceReport -Path $path -Force
        Get-Content -Raw $path | Should -BeLike '<!DOCTYPE html>*</html>*'
        @(Get-ChildItem -Force $folder).Name | Should -Be @('report.html') -Because 'the temporary file was renamed into place'
    }

    It 'leaves what is there, and no partial file, when the write fails, saying so' {
        # The destination becomes a folder after Export-OsmComplianceReport checked it (its begin block runs first):
        # the report is written to its temporary file, and the rename fails.
        $folder = Join-Path $TestDrive 'failing'
        $path = Join-Path $folder 'report.md'
        New-Item -ItemType Directory $folder | Out-Null
        $caught = $null
        try { & { New-Item -ItemType Directory (Join-Path $path 'kept') | Out-Null; $Report } | Export-OsmComplianceReport -Path $path -Force }
        catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmReportWriteFailed,*'
        $caught.Exception.Message | Should -BeLike "The report could not be written to '$path':*Nothing was changed there*no partial file is left."
        Test-Path (Join-Path $path 'kept') | Should -BeTrue
        @(Get-ChildItem -Force $folder).Name | Should -Be @('report.md') -Because 'no temporary file is left beside it'
    }

    It 'writes no file when no valid record came through the pipeline' {
        $path = Join-Path $TestDrive 'wrong-input.html'
        $caught = $null
        try { Get-OsmManagedInstance -Recurse | Select-Object -First 3 | Export-OsmComplianceReport -Path $path -ErrorVariable refused -ErrorAction SilentlyContinue }
        catch { $caught = $_ }
        $refused.Count | Should -BeGreaterOrEqual 3
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmReportNoRecords,*'
        $caught.Exception.Message | Should -BeLike "*only 3 other objects*nothing was written to '$path'*-IncludeCompliant*"
        Test-Path $path | Should -BeFalse

        $empty = Join-Path $TestDrive 'nothing.md'
        { @() | Export-OsmComplianceReport -Path $empty } | Should -Throw -ExpectedMessage '*No compliance record or summary came through the pipeline*'
        Test-Path $empty | Should -BeFalse
    }

    It 'refuses a -Path whose folder cannot be created, saying what is in the way, before the fleet is read' {
        $blocker = Join-Path $TestDrive 'not-a-folder'
        'x' | Set-Content $blocker
        $path = Join-Path $blocker 'reports/compliance.html'
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
        $caught = $null
        try { Get-OsmComplianceReport -Recurse | Export-OsmComplianceReport -Path $path } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'OsmReportPathBlocked,*'
        $caught.Exception.Message | Should -Be "The folder for '$path' cannot be created: '$blocker' is a file, not a folder. Choose another -Path, or move or rename that file."
        Get-OsmEmulatorCallCount $Emulator | Should -Be 0 -Because 'the destination is checked before the report reads the fleet'

        { $Report | Export-OsmComplianceReport -Path $TestDrive } | Should -Throw -ExpectedMessage "*'$TestDrive' is a folder. Give a file name in it*"
    }

    It 'refuses an unknown extension and an existing file without -Force' {
        { $Report | Export-OsmComplianceReport -Path (Join-Path $TestDrive 'r.txt') } | Should -Throw -ExpectedMessage '*.html*'
        $path = Join-Path $TestDrive 'exists.json'
        'x' | Set-Content $path
        { $Report | Export-OsmComplianceReport -Path $path } | Should -Throw -ExpectedMessage '*-Force*'
        $Report | Export-OsmComplianceReport -Path $path -Force
        (Get-Content -Raw $path | ConvertFrom-Json).totalInstances | Should -Be $Report.Count
    }
}

if ($Service -eq 'Hub') {
    Describe 'Severity, age and SLA on OS Management Hub' {
        BeforeAll {
            $script:Report = @(Get-OsmComplianceReport -Recurse)
            $script:Linux = @($Report | Where-Object OsFamily -eq 'LINUX')
            $script:Rank = @{ LOW = 1; MODERATE = 2; IMPORTANT = 3; CRITICAL = 4 }
            $script:DefaultSla = @{ CRITICAL = 14; IMPORTANT = 30; MODERATE = 60; LOW = 90 }
            # The security advisories the fleet truth says an instance misses.
            function Get-TruthAdvisory($Record) {
                $instance = $Truth.instances | Where-Object id -eq $Record.Id
                $names = @($instance.updates | Where-Object updateType -eq 'SECURITY' | ForEach-Object { $_.errata })
                @($instance.advisories | Where-Object { $_.name -in $names })
            }
            # A time of the fleet truth (ConvertFrom-Json has made it a UTC DateTime) as a point in time.
            function ConvertTo-Moment($Time) { [DateTimeOffset] ([datetime] $Time).ToUniversalTime() }
            function Get-AgeDays([datetime] $AsOf, $Issued) {
                [math]::Max(0, [math]::Floor(([DateTimeOffset] $AsOf - (ConvertTo-Moment $Issued)).TotalDays))
            }
        }

        It 'gives each record the highest severity it misses and its advisories per severity, as the fleet truth has them' {
            $Linux.Count | Should -BeGreaterThan 5
            @($Linux.HighestSeverity | Sort-Object -Unique).Count | Should -BeGreaterThan 1 -Because 'the fleet mixes severities, so the check can tell them apart'
            foreach ($record in $Linux) {
                $advisories = Get-TruthAdvisory $record
                $record.HighestSeverity | Should -Be ($advisories.advisorySeverity | Sort-Object { $Rank[$_] } -Descending | Select-Object -First 1)
                $record.CriticalCount | Should -Be @($advisories | Where-Object advisorySeverity -eq 'CRITICAL').Count
                $record.ImportantCount | Should -Be @($advisories | Where-Object advisorySeverity -eq 'IMPORTANT').Count
                $record.ModerateCount | Should -Be @($advisories | Where-Object advisorySeverity -eq 'MODERATE').Count
                $record.LowCount | Should -Be @($advisories | Where-Object advisorySeverity -eq 'LOW').Count
                foreach ($advisory in $record.Advisories) {
                    $known = $advisories | Where-Object name -eq $advisory.Name
                    $advisory.Severity | Should -Be $known.advisorySeverity
                    $advisory.Issued | Should -Be (ConvertTo-Moment $known.timeIssued).LocalDateTime
                    ($advisory.Cves -join ',') | Should -Be ((@($known.relatedCves) | Sort-Object) -join ',')
                }
                $record.Advisories[0].Severity | Should -Be $record.HighestSeverity -Because 'the most severe advisory comes first'
            }
        }

        It 'gives the age in days of the oldest missing advisory' {
            foreach ($record in $Linux) {
                $oldest = (Get-TruthAdvisory $record).timeIssued | Sort-Object { ConvertTo-Moment $_ } | Select-Object -First 1
                $record.OldestAdvisoryAgeDays | Should -Be (Get-AgeDays $record.GeneratedAt $oldest)
                $record.OldestAdvisoryIssued | Should -Be (ConvertTo-Moment $oldest).LocalDateTime
            }
        }

        It 'marks each SLA past due by the default days, with its due date, and counts the breaches by severity' {
            $breachedSomewhere = 0
            foreach ($record in $Linux) {
                $expected = foreach ($severity in 'CRITICAL', 'IMPORTANT', 'MODERATE', 'LOW') {
                    $oldest = @(Get-TruthAdvisory $record | Where-Object advisorySeverity -eq $severity) |
                        ForEach-Object { ConvertTo-Moment $_.timeIssued } | Sort-Object | Select-Object -First 1
                    if ($oldest -and [DateTimeOffset] $record.GeneratedAt -gt $oldest.AddDays($DefaultSla[$severity])) { $severity }
                }
                ($record.SlaBreachedSeverities -join ',') | Should -Be (@($expected) -join ',')
                $record.SlaBreached | Should -Be ([bool] $expected)
                foreach ($breach in $record.SlaBreaches) {
                    $breach.SlaDays | Should -Be $DefaultSla[$breach.Severity]
                    # In UTC: a due date 60 days on may lie across a change of daylight saving time.
                    $breach.DueDate.ToUniversalTime() | Should -Be $breach.Issued.ToUniversalTime().AddDays($breach.SlaDays)
                }
                if ($expected) { $breachedSomewhere++ }
            }
            $breachedSomewhere | Should -BeGreaterThan 0 -Because 'the fleet has advisories older than their SLA'
            $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
            $summary.SlaBreachedInstances | Should -Be @($Report | Where-Object SlaBreached).Count
            foreach ($row in $summary.BySeverity) {
                $rated = $row.Severity -ne 'UNRATED'
                $row.InstancesPastSla | Should -Be @($Report | Where-Object { $row.Severity -in $_.SlaBreachedSeverities }).Count
                $highest = @($Report | Where-Object { if ($rated) { $_.HighestSeverity -eq $row.Severity } else { -not $_.HighestSeverity } })
                $row.InstancesByHighestSeverity | Should -Be $highest.Count
                $missing = @($Report | Where-Object {
                    if ($rated) { $_.Advisories.Severity -contains $row.Severity } else { $_.Advisories | Where-Object { -not $_.Severity } } })
                $row.InstancesMissing | Should -Be $missing.Count
                $row.InstancesPastSla | Should -BeLessOrEqual $row.InstancesMissing -Because 'past the SLA counts some of the instances missing that severity'
            }
        }

        It 'names each per-severity figure for what it counts, the same in the summary, its table view, the page, the Markdown and the JSON' {
            $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
            $properties = @($summary.BySeverity[0].PSObject.Properties.Name | Where-Object { $_ -ne 'Severity' })
            $properties | Should -Contain 'InstancesMissing'
            $properties | Should -Contain 'InstancesByHighestSeverity'
            $header = @(($summary.BySeverity | Format-Table | Out-String -Width 300) -split "`n" | Where-Object { $_ -match '\S' })[0]
            # The table view shows the figures under their property names, in order; it leaves AdvisoriesMissing to Format-List to fit 80 columns.
            (-split $header) | Should -Be (@('Severity') + @($properties | Where-Object { $_ -ne 'AdvisoriesMissing' }))
            $md = Join-Path $TestDrive 'names.md'
            $page = Join-Path $TestDrive 'names.html'
            $json = Join-Path $TestDrive 'names.json'
            foreach ($path in $md, $page, $json) { @($summary) + $Report | Export-OsmComplianceReport -Path $path }
            # A header is its property's words: 'Instances past SLA' is InstancesPastSla.
            function Test-Words([string[]] $Headers) { ($Headers | ForEach-Object { $_ -replace '\s', '' }) | Should -Be $properties }
            $lines = @(Get-Content $md)
            $at = [array]::IndexOf($lines, ($lines | Where-Object { $_ -like '| Severity |*' } | Select-Object -First 1))
            Test-Words ($lines[$at].Trim('|').Split('|').Trim() | Select-Object -Skip 1)
            $html = Get-Content -Raw $page
            $html -match '<table id="severity-table"><thead><tr><th>Severity</th>(.*?)</tr></thead>' | Should -BeTrue
            Test-Words ([regex]::Matches($Matches[1], '<th[^>]*>([^<]*)</th>') | ForEach-Object { $_.Groups[1].Value })
            $written = (Get-Content -Raw $json | ConvertFrom-Json).bySeverity
            foreach ($row in $summary.BySeverity) {
                $values = @($properties | ForEach-Object { "$($row.$_)" })
                $mdRow = $lines[($at + 2)..($at + 6)] | Where-Object { $_ -like "| $((Get-Culture).TextInfo.ToTitleCase($row.Severity.ToLower())) |*" }
                ($mdRow.Trim('|').Split('|').Trim() | Select-Object -Skip 1) | Should -Be $values
                $html -match "<tr data-severity=""$($row.Severity)"">(.*?)</tr>" | Should -BeTrue
                ([regex]::Matches($Matches[1], '<td class="num">([^<]*)</td>') | ForEach-Object { $_.Groups[1].Value }) | Should -Be $values
                $card = [regex]::Match($html, "id=""card-$($row.Severity.ToLower())""[^>]*>").Value
                foreach ($property in $properties) {
                    $attribute = ($property -creplace '(?<!^)([A-Z])', '-$1').ToLower()
                    $card | Should -Match "data-$attribute=""$($row.$property)""" -Because "the card carries $property"
                    $field = $property.Substring(0, 1).ToLower() + $property.Substring(1)
                    ($written | Where-Object severity -eq $row.Severity).$field | Should -Be $row.$property
                }
                $card | Should -Match 'data-instances-past-sla'
                $row.InstancesPastSla | Should -BeLessOrEqual $row.InstancesMissing
            }
            $html | Should -Not -Match '\d+</b>\w+<small>\d+ missing advisor' `
                -Because 'the old card put instances by highest severity beside past-the-SLA counts of every severity'
        }

        It 'counts the instances that need a reboot in the summary, on the page and in the Markdown, and marks each one' {
            $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
            $needing = @(Get-TruthInScope | Where-Object isRebootRequired)
            $summary.RebootRequiredInstances | Should -Be $needing.Count
            $needing.Count | Should -BeGreaterThan 0
            $all = @(Get-OsmComplianceReport -Recurse -IncludeCompliant)
            ($all | Where-Object IsRebootRequired).Id | Sort-Object | Should -Be ($needing.id | Sort-Object)
            $page = Join-Path $TestDrive 'reboot.html'
            $md = Join-Path $TestDrive 'reboot.md'
            foreach ($path in $page, $md) { @($summary) + $all | Export-OsmComplianceReport -Path $path }
            $html = Get-Content -Raw $page
            $html | Should -Match "id=""card-reboot""><b>$($needing.Count)</b>Instances needing a reboot"
            $html | Should -Match "id=""reboot-note""[^>]*>$($needing.Count) instances need a reboot: updates already installed"
            Get-Content -Raw $md | Should -Match "$($needing.Count) instances need a reboot"
            Get-Content -Raw $md | Should -Match 'reboot needed \|'
        }

        It 'says on the page and in the summary that no SLA tracks the updates no advisory rates (Windows), by default' {
            $windows = @($Report | Where-Object { $_.Advisories | Where-Object { -not $_.Severity } })
            $windows.Count | Should -BeGreaterThan 0 -Because 'the fleet has Windows instances missing updates'
            $summary = Get-OsmComplianceReport -Recurse -Summary -Detailed
            $unrated = $summary.BySeverity | Where-Object Severity -eq 'UNRATED'
            $unrated.InstancesMissing | Should -Be $windows.Count
            $unrated.SlaDays | Should -BeNullOrEmpty
            $unrated.InstancesPastSla | Should -Be 0
            $unrated.InstancesByHighestSeverity | Should -Be $summary.UnratedInstances
            $summary.UnratedInstances | Should -Be @($Report | Where-Object { -not $_.HighestSeverity }).Count
            $page = Join-Path $TestDrive 'unrated.html'
            @($summary) + $Report | Export-OsmComplianceReport -Path $page
            $html = [Net.WebUtility]::HtmlDecode((Get-Content -Raw $page))
            $note = "id=""unrated-note""[^>]*>$($windows.Count) instances miss updates no advisory rates \(OS Management Hub gives Windows updates " +
                "no severity or date; $($summary.UnratedInstances) miss nothing else\): no severity's SLA tracks them\. " +
                "Get-OsmComplianceReport -SlaDays @\{ Unrated = 30 \} gives them one"
            $html | Should -Match $note
        }

        It 'gives unrated updates an SLA with -SlaDays @{ Unrated = 30 }, from when a report first saw them: now, or as -History says' {
            $first = @(Get-OsmComplianceReport -Recurse -SlaDays @{ Unrated = 30 } -WarningAction SilentlyContinue -WarningVariable warned)
            @($warned).Count | Should -Be 1
            "$($warned[0])" | Should -BeLike 'Without -History, this report is the first to see each unrated update, so their SLA of 30 days counts from now*'
            $windows = @($first | Where-Object { $_.Advisories | Where-Object { -not $_.Severity } })
            $windows.Count | Should -BeGreaterThan 0
            foreach ($record in $windows) {
                ($record.Advisories | Where-Object { -not $_.Severity }).FirstSeen | ForEach-Object { $_ | Should -Be $record.GeneratedAt }
                $record.SlaBreachedSeverities | Should -Not -Contain 'UNRATED'
                # In UTC: thirty days on the local clock across a daylight-saving change are an hour more or less.
                $record.SlaDueDate.ToUniversalTime() | Should -BeLessOrEqual $record.GeneratedAt.ToUniversalTime().AddDays(30)
            }
            # The report kept 40 days ago: its first-seen dates, and its time, 40 days earlier.
            $kept = Join-Path $TestDrive 'kept.json'
            $first | Export-OsmComplianceReport -Path $kept
            $data = Get-Content -Raw $kept | ConvertFrom-Json
            $data.generatedAt = ([DateTimeOffset] $data.generatedAt).AddDays(-40).ToString('o')
            foreach ($a in $data.instances.advisories | Where-Object firstSeen) { $a.firstSeen = ([DateTimeOffset] $a.firstSeen).AddDays(-40).ToString('o') }
            $data | ConvertTo-Json -Depth 10 | Set-Content $kept
            $later = @(Get-OsmComplianceReport -Recurse -SlaDays @{ Unrated = 30 } -History (Join-Path $TestDrive 'kep*.json') -WarningVariable again)
            @($again).Count | Should -Be 0
            $past = @($later | Where-Object { $_.SlaBreachedSeverities -contains 'UNRATED' })
            $past.Id | Sort-Object | Should -Be ($windows.Id | Sort-Object) `
                -Because 'every instance seen missing an unrated update 40 days ago is 10 days past an SLA of 30'
            foreach ($record in $past) {
                $breach = $record.SlaBreaches | Where-Object Severity -eq 'UNRATED'
                $breach.SlaDays | Should -Be 30
                $breach.DaysOverdue | Should -Be 10
                $breach.DueDate.ToUniversalTime() | Should -Be $breach.Issued.ToUniversalTime().AddDays(30)
                $record.SlaBreached | Should -BeTrue
            }
            $summary = Get-OsmComplianceReport -Recurse -Summary -SlaDays @{ Unrated = 30 } -History $kept
            $summary.CountedBy | Should -Be 'Full scan' -Because 'the analytics know no dates'
            $row = $summary.BySeverity | Where-Object Severity -eq 'UNRATED'
            ($row.SlaDays, $row.InstancesPastSla) | Should -Be @(30, $past.Count)
            $summary.SlaDays | Should -Be 'Critical 14, Important 30, Moderate 60, Low 90, Unrated 30 (from first seen)'
            $page = Join-Path $TestDrive 'unrated-sla.html'
            @($summary) + $later | Export-OsmComplianceReport -Path $page
            $html = Get-Content -Raw $page
            $html | Should -Match "their SLA of 30 days counts from when a report first saw each[^<]*, and $($past.Count) are past it\."
            @([regex]::Matches($html, '<tr class="breach" data-severity="UNRATED">')).Count | Should -Be $past.Count
        }

        It 'refuses -History without an SLA for unrated updates, before any request' {
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats/reset' -Method POST | Out-Null
            { Get-OsmComplianceReport -Recurse -History (Join-Path $TestDrive 'none.json') } |
                Should -Throw '-History dates the updates no advisory rates*add -SlaDays @{ Unrated = 30 }*'
            Get-OsmEmulatorCallCount $Emulator | Should -Be 0
        }

        It 'judges the SLA by -SlaDays: with a day for everything, every dated advisory is past due' {
            $strict = @(Get-OsmComplianceReport -Recurse -SlaDays @{ Critical = 0; Important = 0; Moderate = 0; Low = 0 } | Where-Object OsFamily -eq 'LINUX')
            $strict | ForEach-Object { $_.SlaBreached | Should -BeTrue }
            ($strict[0].SlaBreachedSeverities | Sort-Object) | Should -Be (@((Get-TruthAdvisory $strict[0]).advisorySeverity | Sort-Object -Unique))
        }

        It 'narrows the report to advisories of -MinimumSeverity and above' {
            $narrow = @(Get-OsmComplianceReport -Recurse -MinimumSeverity Important)
            $expected = @($Linux | Where-Object { (Get-TruthAdvisory $_ | Where-Object { $Rank[$_.advisorySeverity] -ge 3 }) })
            ($narrow.Id | Sort-Object) | Should -Be ($expected.Id | Sort-Object)
            $narrow.Advisories.Severity | Sort-Object -Unique | ForEach-Object { $_ | Should -BeIn @('CRITICAL', 'IMPORTANT') }
        }

        It 'puts severity cards, a chart by severity and the SLA breaches first on the page, checked in Chromium' {
            $path = Join-Path $TestDrive 'hub.html'
            $Report | Export-OsmComplianceReport -Path $path
            $dom = Invoke-OsmTestChromium -Path $path
            $dom | Should -Match 'id="severity-cards"'
            $dom | Should -Match 'id="severity-chart"'
            $dom | Should -Not -Match 'id="severity-note"'
            $dom.IndexOf('id="breaches"') | Should -BeGreaterThan 0
            $dom.IndexOf('id="breaches"') | Should -BeLessThan $dom.IndexOf('id="instances"') -Because 'the SLA breaches come before the instance table'
            $layout = Measure-OsmTestPage -Path $path -Width 1280
            $layout.scrollWidth | Should -BeLessOrEqual $layout.clientWidth
            $layout.maxOcidLines | Should -Be 1
        }
    }
}
