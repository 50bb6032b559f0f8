# Get-OsmComplianceReport and Export-OsmComplianceReport, checked against the emulator's ground truth.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=60,compartments=9,depth=4,groups=3,vulnerable=0.4,windows=0.25' -ExtraArgs @('--page-size', '8')
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
    $script:Tenancy = $Emulator.tenancyId
    function Get-TruthSubtree([string] $RootId) {
        $children = @($Truth.compartments | Where-Object { $_.parentId -eq $RootId -and $_.lifecycleState -eq 'ACTIVE' -and $_.name -ne 'ManagedCompartmentForPaaS' })
        foreach ($child in $children) { $child.id; Get-TruthSubtree $child.id }
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
    It 'reports the tenancy''s own instances missing security updates, with their updates and CVEs' {
        $report = Get-OsmComplianceReport
        $expected = Get-TruthVulnerable @($Tenancy)
        $report.Id | Sort-Object | Should -Be ($expected.Id | Sort-Object)
        foreach ($record in $report) {
            $truth = $expected | Where-Object Id -eq $record.Id
            @($record.UpdateNames | ForEach-Object { $_ }) | Should -Not -BeNullOrEmpty
            ($record.Updates.Name | Sort-Object) | Should -Be $truth.Names
            ($record.Cves | ForEach-Object { $_ }) | Should -Be $truth.Cves
            $record.SecurityUpdatesAvailable | Should -Be $truth.Names.Count
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
        $group = $Truth.groups | Sort-Object { $_.instanceIds.Count } -Descending | Select-Object -First 1
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

    It 'summarises with -Summary: out of N managed instances, M are missing security updates' {
        $summary = Get-OsmComplianceReport -Recurse -Summary
        $inScope = @($Tenancy) + @(Get-TruthSubtree $Tenancy)
        $total = @($Truth.instances | Where-Object { $_.compartmentId -in $inScope }).Count
        $vulnerable = @(Get-TruthVulnerable $inScope).Count
        $summary | Should -BeOfType 'OsManagement.OsmComplianceSummary'
        $summary.TotalInstances | Should -Be $total
        $summary.VulnerableInstances | Should -Be $vulnerable
        $summary.Message | Should -Be "Out of $total managed instances, $vulnerable are missing security updates."
        ($summary.ByCompartment | Measure-Object Vulnerable -Sum).Sum | Should -Be $vulnerable
        ($summary.ByOs | Measure-Object Vulnerable -Sum).Sum | Should -Be $vulnerable
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
            $summary = Get-OsmComplianceReport -Recurse -Summary -ErrorVariable errs -ErrorAction SilentlyContinue
        }
        finally { Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'deny' -Method DELETE | Out-Null }
        $errs.Count | Should -Be 2
        $errs.TargetObject | Sort-Object | Should -Be (@($hidden, $unlisted.id) | Sort-Object)
        $total = @($Truth.instances | Where-Object { $_.compartmentId -in $inScope }).Count - $unlistedCount
        $summary.TotalInstances | Should -Be $total
        $summary.UnscannedInstances | Should -Be 1
        $summary.UnreadCompartments | Should -Be 1
        $summary.VulnerableInstances | Should -Be ($vulnerable.Count - $unlistedVulnerable - 1)
        $summary.CompliantInstances | Should -Be ($total - $summary.VulnerableInstances - 1)
        $summary.Message | Should -Be ("Out of $total managed instances, $($summary.VulnerableInstances) are missing security updates. 1 could not be checked. " +
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
        $listings = (Get-OsmEmulatorCallCount $Emulator -Operation listAvailableUpdatesForManagedInstance) + (Get-OsmEmulatorCallCount $Emulator -Operation listAvailableWindowsUpdatesForManagedInstance)
        $listings | Should -BeLessOrEqual ($report.Count * 2) -Because 'only vulnerable instances have their updates listed (a page or two each)'
        $withUpdates = @($Truth.instances | Where-Object { @($_.updates).Count -gt 0 }).Count
        Get-OsmEmulatorCallCount $Emulator -Operation getManagedInstance | Should -BeLessOrEqual $withUpdates
    }

    It 'refuses -CompartmentId with -ManagedInstanceGroupId (the two are exclusive)' {
        { Get-OsmComplianceReport -CompartmentId $Tenancy -ManagedInstanceGroupId $Truth.groups[0].id } | Should -Throw
    }
}

Describe 'Exporting the report' {
    BeforeAll {
        $script:Report = Get-OsmComplianceReport -Recurse -IncludeCompliant
        $script:Vulnerable = @($Report | Where-Object { -not $_.IsCompliant })
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
        $dom | Should -Match ([regex]::Escape("Out of $($Report.Count) managed instances, $($Vulnerable.Count) are missing updates."))
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

    It 'refuses an unknown extension and an existing file without -Force' {
        { $Report | Export-OsmComplianceReport -Path (Join-Path $TestDrive 'r.txt') } | Should -Throw -ExpectedMessage '*.html*'
        $path = Join-Path $TestDrive 'exists.json'
        'x' | Set-Content $path
        { $Report | Export-OsmComplianceReport -Path $path } | Should -Throw -ExpectedMessage '*-Force*'
        $Report | Export-OsmComplianceReport -Path $path -Force
        (Get-Content -Raw $path | ConvertFrom-Json).totalInstances | Should -Be $Report.Count
    }
}
