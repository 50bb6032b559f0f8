# Compare-OsmComplianceReport over a report taken before and one taken after a patch run, against the emulator's truth.
# A fleet of its own: the patch run changes it. Run on OS Management Hub and on the retired API.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=40,compartments=5,depth=2,groups=2,vulnerable=0.5,windows=0.2' -Seed 11
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $PSDefaultParameterValues['Get-OsmComplianceReport:WarningAction'] = 'SilentlyContinue'
    $script:Truth = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'

    # Before: every instance, kept as a file. Then two Linux instances that can be patched get their security updates.
    $script:Before = @(Get-OsmComplianceReport -Recurse -IncludeCompliant)
    $script:BeforeFile = Join-Path $TestDrive 'before.json'
    $Before | Export-OsmComplianceReport -Path $BeforeFile
    $script:Patched = @($Before | Where-Object { $_.MissingUpdateCount -gt 0 -and $_.OsFamily -eq 'LINUX' -and -not $_.IsStale } |
        Where-Object { $id = $_.Id; $t = $Truth.instances | Where-Object id -eq $id; -not $t.failsUpdates -and
            # On Hub a member of a group or lifecycle stage is patched through it, not directly.
            ($Service -ne 'Hub' -or (-not $t.hubGroupId -and -not $t.lifecycleStageId)) } | Select-Object -First 2)
    $Patched | Install-OsmUpdate -UpdateType Security -Wait -Timeout 120 | Out-Null
    $script:After = @(Get-OsmComplianceReport -Recurse -IncludeCompliant)
    $script:AfterFile = Join-Path $TestDrive 'after.json'
    $After | Export-OsmComplianceReport -Path $AfterFile
    # What each vulnerable instance missed before, as "instance advisory" pairs.
    function Get-Pairs($Records) { foreach ($r in $Records) { foreach ($a in $r.Advisories) { "$($r.Id) $($a.Name)" } } }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'Compare-OsmComplianceReport' {
    It 'finds the patched instances'' advisories resolved and every other one still missing, with since when' {
        $Patched.Count | Should -Be 2
        $changes = @($After | Compare-OsmComplianceReport -ReferencePath $BeforeFile)
        $resolved = @($changes | Where-Object Change -eq 'Resolved')
        $still = @($changes | Where-Object Change -eq 'StillMissing')
        @($changes | Where-Object Change -eq 'New').Count | Should -Be 0

        ($resolved | ForEach-Object { "$($_.Id) $($_.Advisory)" } | Sort-Object) | Should -Be (Get-Pairs $Patched | Sort-Object)
        $unpatched = $Before | Where-Object { $_.Id -notin $Patched.Id }
        ($still | ForEach-Object { "$($_.Id) $($_.Advisory)" } | Sort-Object) | Should -Be (Get-Pairs $unpatched | Sort-Object)
        foreach ($change in $still) {
            $change.MissingSince | Should -Be $Before[0].GeneratedAt
            $change.DaysMissing | Should -Be 0
            $change.InstanceInBoth | Should -BeTrue
        }
        $resolved | ForEach-Object { $_.InstanceInBoth | Should -BeTrue -Because 'the later report has every instance (-IncludeCompliant)' }
        $resolved[0].Cves | Should -Be @(($Patched[0].Advisories | Where-Object Name -eq $resolved[0].Advisory).Cves)
    }

    It 'says the same from the two files as from the records' {
        $fromFiles = Compare-OsmComplianceReport -ReferencePath $BeforeFile -DifferencePath $AfterFile
        $fromObjects = Compare-OsmComplianceReport -ReferenceObject $Before -DifferenceObject $After
        ($fromFiles | ForEach-Object { "$($_.Change) $($_.Id) $($_.Advisory) $($_.DaysMissing)" }) |
            Should -Be ($fromObjects | ForEach-Object { "$($_.Change) $($_.Id) $($_.Advisory) $($_.DaysMissing)" })
        ($fromFiles | Select-Object -First 1).PSObject.TypeNames[0] | Should -Be 'OsManagement.OsmComplianceChange'
    }

    It 'sums it up with -Summary' {
        $summary = Compare-OsmComplianceReport -ReferencePath $BeforeFile -DifferencePath $AfterFile -Summary
        $summary | Should -BeOfType 'OsManagement.OsmComplianceComparison'
        $summary.Resolved | Should -Be @(Get-Pairs $Patched).Count
        $summary.New | Should -Be 0
        $summary.StillMissing | Should -Be @(Get-Pairs ($Before | Where-Object { $_.Id -notin $Patched.Id })).Count
        $summary.InstancesNoLongerVulnerable | Should -Be 2
        $summary.InstancesNewlyVulnerable | Should -Be 0
        $summary.ReferenceScope | Should -Be $summary.DifferenceScope
        $summary.ReferenceService | Should -Be $(if ($Service -eq 'Hub') { 'OS Management Hub (API 20220901)' } else { 'OS Management (API 20190801)' })
        $summary.ComparedBy | Should -Be 'Advisory'
        if ($Service -eq 'Hub') {
            # Each severity counts the patched advisories of that severity.
            foreach ($row in $summary.BySeverity | Where-Object Resolved) {
                $row.Resolved | Should -Be @($Patched.Advisories | Where-Object { "$($_.Severity)" -eq $row.Severity -or (-not $_.Severity -and $row.Severity -eq 'UNRATED') }).Count
            }
            ($summary.BySeverity | Measure-Object Resolved -Sum).Sum | Should -Be $summary.Resolved
            @($summary.BySeverity | Where-Object Resolved).Count | Should -BeGreaterThan 0
        }
        else {
            ($summary.BySeverity | Where-Object Severity -eq 'UNRATED').Resolved | Should -Be $summary.Resolved -Because 'the retired service rates nothing'
        }
        $summary.Message | Should -BeLike "Between * and * (0 days): 0 advisories are newly missing, $($summary.Resolved) resolved and $($summary.StillMissing) still missing; 0 instances newly vulnerable, 2 no longer."
    }

    It 'reads the reports the wrong way round as new, and warns that the reference is the newer one' {
        $changes = @(Compare-OsmComplianceReport -ReferencePath $AfterFile -DifferencePath $BeforeFile -WarningVariable warnings -WarningAction SilentlyContinue)
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike '*reference report*is newer than the difference report*'
        ($changes | Where-Object Change -eq 'New' | ForEach-Object { "$($_.Id) $($_.Advisory)" } | Sort-Object) | Should -Be (Get-Pairs $Patched | Sort-Object)
    }

    It 'refuses a file that is not a report, naming it, and a report with no records' {
        $notReport = Join-Path $TestDrive 'other.json'
        '{"items": []}' | Set-Content $notReport
        { Compare-OsmComplianceReport -ReferencePath $notReport -DifferencePath $AfterFile } |
            Should -Throw -ExpectedMessage ("*'$notReport' is not a compliance report that Export-OsmComplianceReport wrote as JSON: " +
                'it is JSON, but has no "instances" list*')
        { Compare-OsmComplianceReport -ReferencePath (Join-Path $TestDrive 'missing.json') -DifferencePath $AfterFile } | Should -Throw -ExpectedMessage '*-ReferencePath*cannot be read*'
        { @() | Compare-OsmComplianceReport -ReferencePath $BeforeFile } | Should -Throw -ExpectedMessage '*-DifferenceObject has no compliance records*-IncludeCompliant*'
        { Get-OsmCompartment | Compare-OsmComplianceReport -ReferencePath $BeforeFile -ErrorAction SilentlyContinue } | Should -Throw -ExpectedMessage '*no compliance records*'
    }

    It 'names the file and what is wrong when it is <Case>, not a parser''s words' -ForEach @(
        @{ Case = 'cut short (a stopped copy)'
           Expected = 'it ends part-way through its JSON, after * bytes: the run that wrote it was stopped, or the copy did not finish.*' }
        @{ Case = 'empty'; Expected = 'it is empty.*' }
        @{ Case = 'an HTML page of the report'
           Expected = 'it is an HTML page, which Export-OsmComplianceReport writes for people to read; compare the JSON it writes*' }
        @{ Case = 'a CSV of the records'; Expected = 'it looks like CSV (Export-Csv of the records)*' }
        @{ Case = 'JSON of the records'; Expected = 'it is JSON, but a list, not a report object (ConvertTo-Json of the records is not a report file)*' }
        @{ Case = 'broken JSON'; Expected = 'it is not valid JSON (line 2, column *)*' }
    ) {
        $bad = Join-Path $TestDrive ('bad-' + ($Case -replace '\W', '') + '.json')
        switch -Wildcard ($Case) {
            'cut*' { $text = Get-Content -Raw $AfterFile; [IO.File]::WriteAllText($bad, $text.Substring(0, [int] ($text.Length / 2))) }
            'empty' { [IO.File]::WriteAllText($bad, '') }
            '*HTML*' { $After | Export-OsmComplianceReport -Path ($bad -replace '\.json$', '.html'); Move-Item ($bad -replace '\.json$', '.html') $bad }
            '*CSV*' { $After | Export-Csv -Path $bad -NoTypeInformation }
            'JSON of*' { $After | Select-Object DisplayName, Id, Cves | ConvertTo-Json | Set-Content $bad }
            'broken*' { "{`n  ""instances"": [ } ]`n}" | Set-Content $bad }
        }
        $asReference = { Compare-OsmComplianceReport -ReferencePath $bad -DifferencePath $AfterFile }
        $asDifference = { Compare-OsmComplianceReport -ReferencePath $BeforeFile -DifferencePath $bad }
        foreach ($call in $asReference, $asDifference) {
            $caught = $null
            try { & $call } catch { $caught = $_ }
            $caught.FullyQualifiedErrorId | Should -BeLike 'OsmReportFileInvalid,*'
            $caught.Exception.Message | Should -BeLike "'$bad' is not a compliance report that Export-OsmComplianceReport wrote as JSON: $Expected"
            $caught.Exception.Message | Should -Not -Match 'LineNumber|BytePositionInLine|JsonReaderException' `
                -Because 'the parser''s own words mean nothing to a reader'
        }
    }

    It 'compares with a file written by an earlier version of the module, update by update' {
        $old = Get-Content -Raw $BeforeFile | ConvertFrom-Json
        $old.PSObject.Properties.Remove('format')
        $old.PSObject.Properties.Remove('formatVersion')
        foreach ($i in $old.instances) { $i.PSObject.Properties.Remove('advisories') }
        $oldFile = Join-Path $TestDrive 'before-v1.json'
        $old | ConvertTo-Json -Depth 8 | Set-Content $oldFile
        $summary = Compare-OsmComplianceReport -ReferencePath $oldFile -DifferencePath $AfterFile -Summary
        $summary.ComparedBy | Should -Be 'Update'
        $summary.Resolved | Should -Be ($Patched | Measure-Object MissingUpdateCount -Sum).Sum
        $summary.New | Should -Be 0
    }
}
