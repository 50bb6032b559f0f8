# Several regions at once: an emulator of three regions (Start-OsmEmulator -Region, one endpoint each, the fleet spread
# over them), and -Region with several names or * on the four Get cmdlets: every region's records, each saying its
# region; a region that fails is one error naming it while the others report; the compliance summary, page and
# comparison per region and in total; one region (or none) as before. On OS Management Hub and on the retired API
# (Invoke-PesterSuite.ps1 runs the file once per service): both were regional services.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Regions = @('us-ashburn-1', 'eu-frankfurt-1', 'uk-london-1')
    $script:Emulator = Start-OsmEmulator -Path $env:OSM_TEST_EMULATOR_DLL -Fleet 'instances=15,compartments=2,depth=1,groups=1,vulnerable=0.6' `
        -Seed 21 -Region iad, fra, uk-london-1
    $script:Context = Connect-Osm -Emulator $Emulator -Service $Service -PassThru
    # Each region's instances, read one region at a time (the way a single-region call always read them).
    $script:ByRegion = @{}
    foreach ($region in $Regions) { $ByRegion[$region] = @(Get-OsmManagedInstance -Recurse -Region $region) }
    $script:Frankfurt = @($ByRegion['eu-frankfurt-1'] | Where-Object OsFamily -eq 'LINUX' | Select-OsmStandalone -Service $Service)[0]
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmEmulator $script:Emulator }
}

Describe "An emulator of several regions on $Service" {
    It 'listens at one endpoint per region, home first, and its config names the home region' {
        @($Emulator.Regions.Keys) | Should -Be $Regions
        @($Emulator.Regions.Values | Select-Object -Unique).Count | Should -Be 3
        $Emulator.Regions['us-ashburn-1'] | Should -Be $Emulator.Endpoint
        $Emulator.Region | Should -Be 'us-ashburn-1'
        $Context.Region | Should -Be 'us-ashburn-1'
    }

    It 'gives the context each region''s endpoint, and completes -Region with * where several are read' {
        @($Context.RegionEndpoints.Keys) | Sort-Object | Should -Be ($Regions | Sort-Object)
        $Context.RegionEndpoints['eu-frankfurt-1'] | Should -Be $Emulator.Regions['eu-frankfurt-1']
        $every = (TabExpansion2 -inputScript 'Get-OsmManagedInstance -Region ' -cursorColumn 31).CompletionMatches
        $every[0].CompletionText | Should -Be "'*'"
        $one = (TabExpansion2 -inputScript 'Install-OsmUpdate -Region ' -cursorColumn 26).CompletionMatches
        $one.CompletionText | Should -Not -Contain "'*'"
        $one.CompletionText | Should -Contain 'eu-frankfurt-1'
    }

    It 'spreads the fleet over the regions, each region''s endpoint serving only its own' {
        foreach ($region in $Regions) { $ByRegion[$region].Count | Should -BeGreaterThan 0 -Because "$region has a share" }
        $all = @($Regions | ForEach-Object { $ByRegion[$_].Id })
        @($all | Select-Object -Unique).Count | Should -Be $all.Count -Because 'no instance is in two regions'
        $Frankfurt | Should -Not -BeNullOrEmpty
        $truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
        foreach ($region in $Regions) {
            @($truth.instances | Where-Object region -eq $region).id | Sort-Object | Should -Be (@($ByRegion[$region].Id) | Sort-Object)
        }
    }
}

Describe "Groups live in one region, as in OCI, on $Service" {
    It 'lists each group in its region only, its members being that region''s instances' {
        $seen = foreach ($region in $Regions) {
            foreach ($group in @(Get-OsmManagedInstanceGroup -Recurse -Region $region)) {
                foreach ($member in $group.ManagedInstanceIds) { $member | Should -BeIn $ByRegion[$region].Id -Because "a member of $($group.DisplayName) is one of $region's instances" }
                $group.Id
            }
        }
        @($seen).Count | Should -BeGreaterThan 0
        @($seen | Select-Object -Unique).Count | Should -Be @($seen).Count -Because 'no group is in two regions'
        foreach ($region in $Regions) {
            foreach ($instance in $ByRegion[$region] | Where-Object { $_.ManagedInstanceGroupIds.Count -gt 0 }) {
                $instance.ManagedInstanceGroupIds | ForEach-Object { $_ | Should -BeIn $seen }
            }
        }
    }

    It 'does not find another region''s group, nor schedule a job on it there' {
        $own = $Regions | Where-Object { @(Get-OsmManagedInstanceGroup -Recurse -Region $_).Count -gt 0 } | Select-Object -First 1
        $elsewhere = $Regions | Where-Object { $_ -ne $own } | Select-Object -First 1
        $group = @(Get-OsmManagedInstanceGroup -Recurse -Region $own)[0]
        { Get-OsmManagedInstanceGroup -Id $group.Id -Region $elsewhere -ErrorAction Stop } | Should -Throw -ExpectedMessage '*not found*'
        { New-OsmScheduledJob -CompartmentId $Emulator.TenancyId -DisplayName 'elsewhere' -ManagedInstanceGroupId $group.Id -UpdateType Security `
                -At (Get-Date).AddDays(1) -Region $elsewhere -ErrorAction Stop } | Should -Throw -ExpectedMessage '*not found*'
        $job = New-OsmScheduledJob -CompartmentId $Emulator.TenancyId -DisplayName 'at-home' -ManagedInstanceGroupId $group.Id -UpdateType Security `
            -At (Get-Date).AddDays(1) -Region $own
        try { (Get-OsmScheduledJob -Id $job.Id -Region $own).DisplayName | Should -Be 'at-home' }
        finally { Remove-OsmScheduledJob -Id $job.Id -Region $own -Confirm:$false }
    }
}

Describe "-Region with several regions or * on Get-OsmManagedInstance on $Service" {
    It 'reads every subscribed region with *, each record saying its region' {
        $every = @(Get-OsmManagedInstance -Recurse -Region *)
        $every.Count | Should -Be ($Regions | ForEach-Object { $ByRegion[$_].Count } | Measure-Object -Sum).Sum
        foreach ($region in $Regions) {
            @($every | Where-Object Region -eq $region).Id | Sort-Object | Should -Be (@($ByRegion[$region].Id) | Sort-Object)
        }
    }

    It 'reads the regions named (ids or short keys, or one comma-separated list) and no other' {
        $two = @(Get-OsmManagedInstance -Recurse -Region 'fra,lhr')
        @($two.Region | Select-Object -Unique) | Sort-Object | Should -Be @('eu-frankfurt-1', 'uk-london-1')
        $two.Count | Should -Be ($ByRegion['eu-frankfurt-1'].Count + $ByRegion['uk-london-1'].Count)
    }

    It 'keeps one region as it was: the context''s region without -Region, records saying it' {
        $homeRegion = @(Get-OsmManagedInstance -Recurse)
        $homeRegion.Id | Should -Be $ByRegion['us-ashburn-1'].Id
        $homeRegion.Region | Select-Object -Unique | Should -Be 'us-ashburn-1'
        (Get-Command Get-OsmManagedInstance).Parameters['Region'].ParameterType | Should -Be ([string[]])
    }

    It 'makes a region that fails one error naming it, and still reports the others' {
        $read = @(Get-OsmManagedInstance -Recurse -Region us-ashburn-1, ap-tokyo-1 -ErrorVariable failed -ErrorAction SilentlyContinue)
        $read.Id | Should -Be $ByRegion['us-ashburn-1'].Id
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be 'ap-tokyo-1'
        "$failed" | Should -Match 'Region ap-tokyo-1:'
        "$failed" | Should -Match 'us-ashburn-1, eu-frankfurt-1, uk-london-1' -Because 'it says which regions the connection reaches'
    }

    It 'makes a region the service refuses (401) one error naming it, and still reports the others' {
        # The next compartment listing is refused: whichever region asks first cannot be read at all.
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Method POST -Path 'faults?operation=listCompartments&status=401&count=1' | Out-Null
        try {
            $read = @(Get-OsmManagedInstance -Recurse -Region * -ErrorVariable failed -ErrorAction SilentlyContinue)
        }
        finally {
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Method DELETE -Path 'faults' | Out-Null
        }
        $failed.Count | Should -Be 1
        $lost = $failed[0].TargetObject
        $lost | Should -BeIn $Regions
        "$failed" | Should -Match "^Region ${lost}:"
        $failed[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $others = $Regions | Where-Object { $_ -ne $lost }
        $read.Id | Sort-Object | Should -Be (@($others | ForEach-Object { $ByRegion[$_].Id }) | Sort-Object)
    }

    It 'stops -Region * when the subscriptions cannot be read, saying to name the regions, before reading any' {
        Invoke-OsmEmulatorAdmin -Emulator $Emulator -Method POST -Path 'faults?operation=listRegionSubscriptions&status=404&count=1' | Out-Null
        $lists = Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service 'listManagedInstances')
        try {
            $err = { Get-OsmManagedInstance -Recurse -Region * } | Should -Throw -PassThru
        }
        finally {
            Invoke-OsmEmulatorAdmin -Emulator $Emulator -Method DELETE -Path 'faults' | Out-Null
        }
        "$err" | Should -Match 'Name the regions instead'
        Get-OsmEmulatorCallCount $Emulator -Operation (Get-OsmTestOperation $Service 'listManagedInstances') | Should -Be $lists
    }

    It 'refuses several regions with -Id before any request: an OCID belongs to one region' {
        $calls = Get-OsmEmulatorCallCount $Emulator
        $err = { Get-OsmManagedInstance -Id $Frankfurt.Id -Region * } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmRegionsNeedOne*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $calls
        (Get-OsmManagedInstance -Id $Frankfurt.Id -Region fra).Region | Should -Be 'eu-frankfurt-1'
    }

    It 'refuses a misspelt region before any request, naming the nearest' {
        $calls = Get-OsmEmulatorCallCount $Emulator
        $err = { Get-OsmManagedInstance -Recurse -Region us-ashburn-1, eu-frankfrt-1 } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidRegion*'
        "$err" | Should -Match 'eu-frankfurt-1'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $calls
    }

    It 'leaves -Region on a cmdlet that changes something one region' {
        (Get-Command Install-OsmUpdate).Parameters['Region'].ParameterType | Should -Be ([string])
        (Get-Command New-OsmScheduledJob).Parameters['Region'].ParameterType | Should -Be ([string])
    }
}

Describe "-Region with several regions or * on Get-OsmScheduledJob and Get-OsmWorkRequest on $Service" {
    BeforeAll {
        $at = (Get-Date).AddHours(8)
        $script:FrankfurtJob = $Frankfurt |
            New-OsmScheduledJob -CompartmentId $Context.TenancyId -DisplayName 'fra-security' -UpdateType Security -At $at -Region eu-frankfurt-1
        $ashburn = @($ByRegion['us-ashburn-1'] | Where-Object OsFamily -eq 'LINUX' | Select-OsmStandalone -Service $Service)[0]
        $script:AshburnJob = $ashburn |
            New-OsmScheduledJob -CompartmentId $Context.TenancyId -DisplayName 'iad-security' -UpdateType Security -At $at
        $script:FrankfurtWork = Install-OsmUpdate -ManagedInstanceId $Frankfurt.Id -UpdateType All -Region eu-frankfurt-1 -Confirm:$false
    }

    It 'Get-OsmScheduledJob -Region * reads the jobs of every region, each saying its region' {
        $jobs = @(Get-OsmScheduledJob -Recurse -Region *)
        ($jobs | Where-Object Id -eq $FrankfurtJob.Id).Region | Should -Be 'eu-frankfurt-1'
        ($jobs | Where-Object Id -eq $AshburnJob.Id).Region | Should -Be 'us-ashburn-1'
        $jobs.Count | Should -Be 2
    }

    It 'Get-OsmScheduledJob in one region sees that region''s jobs only' {
        @(Get-OsmScheduledJob -Recurse).Id | Should -Be @($AshburnJob.Id)
        @(Get-OsmScheduledJob -Recurse -Region fra).Id | Should -Be @($FrankfurtJob.Id)
    }

    It 'Get-OsmWorkRequest -Region * finds work made in another region, saying where' {
        $found = @(Get-OsmWorkRequest -Recurse -Region * | Where-Object Id -eq $FrankfurtWork.Id)
        $found.Count | Should -Be 1
        $found[0].Region | Should -Be 'eu-frankfurt-1'
        @(Get-OsmWorkRequest -Recurse | Where-Object Id -eq $FrankfurtWork.Id) | Should -BeNullOrEmpty -Because 'the home region did not make it'
    }

    It 'Get-OsmScheduledJob -Upcoming -Region * gives every region''s jobs soonest first' {
        $london = @($ByRegion['uk-london-1'] | Where-Object OsFamily -eq 'LINUX' | Select-OsmStandalone -Service $Service)[0]
        $soon = $london | New-OsmScheduledJob -CompartmentId $Context.TenancyId -DisplayName 'lhr-soon' -UpdateType Security `
            -At (Get-Date).AddHours(2) -Region uk-london-1
        try {
            $upcoming = @(Get-OsmScheduledJob -Upcoming -Region *)
            $upcoming[0].Id | Should -Be $soon.Id
            $upcoming[0].Region | Should -Be 'uk-london-1'
            @($upcoming.Id) | Should -Contain $FrankfurtJob.Id
            @($upcoming.Id) | Should -Contain $AshburnJob.Id
            $times = @($upcoming.NextExecution)
            $times | Should -Be ($times | Sort-Object)
        }
        finally {
            Remove-OsmScheduledJob -Id $soon.Id -Region uk-london-1 -Confirm:$false
        }
    }

    It 'Get-OsmWorkRequest refuses several regions by job or by id before any request' {
        $calls = Get-OsmEmulatorCallCount $Emulator
        { Get-OsmWorkRequest -Id $FrankfurtWork.Id -Region fra, iad } | Should -Throw -ErrorId 'OsmRegionsNeedOne*'
        { Get-OsmWorkRequest -ManagedInstanceId $Frankfurt.Id -Region * } | Should -Throw -ErrorId 'OsmRegionsNeedOne*'
        { Get-OsmScheduledJob -Id $FrankfurtJob.Id -Region * } | Should -Throw -ErrorId 'OsmRegionsNeedOne*'
        Get-OsmEmulatorCallCount $Emulator | Should -Be $calls
    }
}

Describe "-Region with several regions or * on Get-OsmComplianceReport on $Service" {
    BeforeAll {
        $script:Records = @(Get-OsmComplianceReport -Recurse -Region * -WarningAction SilentlyContinue)
        $script:Summary = Get-OsmComplianceReport -Recurse -Region * -Summary -Detailed -WarningAction SilentlyContinue
        $script:Singles = @{}
        foreach ($region in $Regions) { $Singles[$region] = Get-OsmComplianceReport -Recurse -Region $region -Summary -Detailed -WarningAction SilentlyContinue }
    }

    It 'reports every region''s vulnerable instances, each record saying its region' {
        foreach ($region in $Regions) {
            @($Records | Where-Object Region -eq $region).Count | Should -Be $Singles[$region].VulnerableInstances
            $ids = @($Records | Where-Object Region -eq $region).Id
            $ids | ForEach-Object { $_ | Should -BeIn $ByRegion[$region].Id }
        }
        $Records.Count | Should -BeGreaterThan 0
    }

    It 'summarises each region as a report of that region alone, and totals them' {
        $Summary.Region | Should -Be ($Regions -join ', ')
        $Summary.Scope | Should -BeLike "* in $($Regions -join ', ')"
        @($Summary.ByRegion.Region) | Should -Be $Regions
        foreach ($each in $Summary.ByRegion) {
            $single = $Singles[$each.Region]
            $each.TotalInstances | Should -Be $single.TotalInstances
            $each.VulnerableInstances | Should -Be $single.VulnerableInstances
            $each.StaleInstances | Should -Be $single.StaleInstances
            $each.SlaBreachedInstances | Should -Be $single.SlaBreachedInstances
        }
        $Summary.TotalInstances | Should -Be ($Summary.ByRegion.TotalInstances | Measure-Object -Sum).Sum
        $Summary.VulnerableInstances | Should -Be ($Summary.ByRegion.VulnerableInstances | Measure-Object -Sum).Sum
        if ($Service -eq 'Hub') { $Summary.SlaBreachedInstances | Should -Be ($Summary.ByRegion.SlaBreachedInstances | Measure-Object -Sum).Sum }
        else { $Summary.SlaBreachedInstances | Should -BeNullOrEmpty -Because 'the retired service gives no severity' }
        $Summary.TotalInstances | Should -Be ($Regions | ForEach-Object { $ByRegion[$_].Count } | Measure-Object -Sum).Sum
    }

    if ($Service -eq 'Hub') {
        It 'counts every region''s summary by Hub''s analytics, per region and in total, with the scan''s numbers' {
            $fast = Get-OsmComplianceReport -Recurse -Region * -Summary
            $fast.CountedBy | Should -Be 'Hub analytics'
            @($fast.ByRegion.Region) | Should -Be $Regions
            foreach ($figure in 'TotalInstances', 'VulnerableInstances', 'CompliantInstances', 'StaleInstances', 'RebootRequiredInstances', 'MissingUpdates') {
                $fast.$figure | Should -Be $Summary.$figure -Because "the total's $figure is the scan's"
                foreach ($each in $fast.ByRegion) {
                    $each.$figure | Should -Be $Singles[$each.Region].$figure -Because "$($each.Region)'s $figure is the scan's"
                }
            }
        }
    }

    It 'keeps a single region''s summary as it was, saying its region, with nothing by region' {
        $homeRegion = Get-OsmComplianceReport -Recurse -Summary -WarningAction SilentlyContinue
        $homeRegion.Region | Should -Be 'us-ashburn-1'
        $homeRegion.ByRegion.Count | Should -Be 0
        $homeRegion.TotalInstances | Should -Be $Singles['us-ashburn-1'].TotalInstances
    }

    It 'writes a page and Markdown naming each region with its figures and the total' {
        $page = Join-Path $TestDrive 'regions.html'
        $markdown = Join-Path $TestDrive 'regions.md'
        $Records | Export-OsmComplianceReport -Path $page
        $Records | Export-OsmComplianceReport -Path $markdown
        $html = Get-Content -Raw $page
        $html | Should -Match '<h2>By region</h2>'
        $html | Should -Match ([regex]::Escape("in $($Regions -join ', ')")) -Because 'the page says which regions it covers'
        foreach ($region in $Regions) {
            $vulnerable = @($Records | Where-Object Region -eq $region).Count
            $html | Should -Match "<tr data-region=`"$region`"><td>$region</td><td></td><td>$vulnerable</td>"
        }
        $html | Should -Match "<tr data-region=`"All regions`"><td>All regions</td><td></td><td>$($Records.Count)</td>"
        $md = Get-Content -Raw $markdown
        $md | Should -Match '## By region'
        foreach ($region in $Regions) { $md | Should -Match "\| $region \|\s+\| $(@($Records | Where-Object Region -eq $region).Count) \|" }
    }

    It 'compares reports per region, through the JSON file too' {
        $file = Join-Path $TestDrive 'before.json'
        $Records | Export-OsmComplianceReport -Path $file
        # The later report: one Frankfurt instance patched, the rest as they were.
        $patched = @($Records | Where-Object Region -eq 'eu-frankfurt-1')[0]
        $later = @($Records | Where-Object Id -ne $patched.Id)
        $comparison = Compare-OsmComplianceReport -ReferencePath $file -DifferenceObject $later -Summary
        $fra = $comparison.ByRegion | Where-Object Region -eq 'eu-frankfurt-1'
        $fra.Resolved | Should -Be @($patched.Advisories).Count
        ($comparison.ByRegion | Where-Object Region -ne 'eu-frankfurt-1' | Measure-Object Resolved -Sum).Sum | Should -Be 0
        $comparison.Resolved | Should -Be $fra.Resolved
        $changes = @(Compare-OsmComplianceReport -ReferencePath $file -DifferenceObject $later)
        @($changes | Where-Object Change -eq 'Resolved').Region | Select-Object -Unique | Should -Be 'eu-frankfurt-1'
    }
}
