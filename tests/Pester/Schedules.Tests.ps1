# A schedule read in the zone the user means, through the cmdlets, in the suite's America/Los_Angeles: the first run is the
# rule's first occurrence at or after -At, the rule is sent as the one that runs then in UTC, the clock changes that move
# the runs are named, every job shows its next runs, and a skip never lands on a day the rule does not name. Every time
# is a fixed day of next January or later (never now plus some hours), so nothing depends on when the suite runs.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=4,compartments=1,vulnerable=0.5,windows=0'
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Hub
    $script:Tenancy = $Emulator.tenancyId
    $script:Instance = @(Get-OsmManagedInstance -Recurse -OsFamily Linux)[0]
    # The first Saturday of next January; US clocks go forward on the second Sunday of March and back on the first of November.
    $year = (Get-Date).Year + 1
    $script:Saturday = [datetime]::new($year, 1, 1)
    while ($Saturday.DayOfWeek -ne 'Saturday') { $script:Saturday = $Saturday.AddDays(1) }
    $script:Spring = [datetime]::new($year, 3, 8)
    while ($Spring.DayOfWeek -ne 'Sunday') { $script:Spring = $Spring.AddDays(1) }
    $script:Autumn = [datetime]::new($year, 11, 1)
    while ($Autumn.DayOfWeek -ne 'Sunday') { $script:Autumn = $Autumn.AddDays(1) }
    # A new job's parameters: a fresh name, the instance as its target, and the schedule given.
    function Get-JobParameters([hashtable] $Schedule) {
        $p = @{ CompartmentId = $Tenancy; DisplayName = "zoned-$([guid]::NewGuid().ToString('n').Substring(0, 6))"; UpdateType = 'Security' }
        foreach ($key in $Schedule.Keys) { $p[$key] = $Schedule[$key] }
        $p
    }
    # What -WhatIf says, which PowerShell writes to the host alone.
    function Get-WhatIfText([scriptblock] $Command) {
        $transcript = Join-Path $TestDrive "whatif-$([guid]::NewGuid().ToString('n')).txt"
        Start-Transcript -Path $transcript | Out-Null
        try { & $Command } finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $transcript
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'A weekly rule read in New York' {
    BeforeAll {
        $script:At = $Saturday.AddHours(22)
        $p = Get-JobParameters @{ At = $At; TimeZone = 'America/New_York'; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $script:Job = $Instance | New-OsmScheduledJob @p -WarningAction SilentlyContinue
    }

    It 'runs first at -At, Saturday 22:00 in New York, which is Sunday 03:00 UTC' {
        $Job.NextRuns[0].Local | Should -Be $At
        $Job.NextRuns[0].Utc | Should -Be $At.AddHours(5)
        $Job.NextRuns[0].Utc.DayOfWeek | Should -Be 'Sunday'
        $Job.TimeZone | Should -Be 'America/New_York'
    }

    It 'is sent as the rule that runs then in UTC, and shows the rule as given in New York' {
        $Job.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $Job.LocalRecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SA'
        $Job.Recurrence | Should -Be 'FREQ=WEEKLY;BYDAY=SA'
        (Get-OsmScheduledJob -Id $Job.Id).RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU' -Because 'the service holds the rule in UTC'
    }

    It 'shows five next runs, every Saturday at 22:00 in New York' {
        $Job.NextRuns.Count | Should -Be 5
        $Job.NextRuns.Local | Should -Be (0..4 | ForEach-Object { $At.AddDays(7 * $_) })
        $Job.NextRuns[0].ToString() | Should -BeLike "$($At.ToString('yyyy-MM-dd')) 22:00 -05:00 (* 03:00 UTC)"
    }

    It 'shows its runs read back in this computer''s zone, Los Angeles, on the same Saturdays at 19:00' {
        $read = Get-OsmScheduledJob -Id $Job.Id
        $read.TimeZone | Should -Be ([TimeZoneInfo]::Local.Id)
        $read.NextRuns.Local | Should -Be (0..4 | ForEach-Object { $At.AddDays(7 * $_).AddHours(-3) })
        $read.LocalRecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SA'
    }

    It 'skips to the next Saturday, a week on, never to the Friday before' {
        $skipped = $Job | Skip-OsmJob -PassThru
        $skipped.NextExecution.ToUniversalTime() | Should -Be $At.AddDays(7).AddHours(5)
        $skipped.NextRuns.Local | ForEach-Object { $_.DayOfWeek | Should -Be 'Saturday' }
        (Get-OsmScheduledJob -Id $Job.Id | Skip-OsmJob -PassThru).NextRuns[0].Utc | Should -Be $At.AddDays(14).AddHours(5)
    }

    It 'takes the Windows name of the zone alike' {
        $p = Get-JobParameters @{ At = $At; TimeZone = 'Eastern Standard Time'; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $windows = $Instance | New-OsmScheduledJob @p -WarningAction SilentlyContinue
        $windows.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $windows.NextRuns[0].Utc | Should -Be $At.AddHours(5)
    }
}

Describe 'The first run of a rule from -At' {
    It 'is the rule''s first occurrence at or after -At: a Wednesday -At with a Sunday rule runs first on the Sunday, and says so' {
        $wednesday = $Saturday.AddDays(4).AddHours(3).AddMinutes(15)
        $p = Get-JobParameters @{ At = $wednesday; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SU' }
        $job = $Instance | New-OsmScheduledJob @p -WarningVariable warnings -WarningAction SilentlyContinue
        $job.NextExecution | Should -Be $wednesday.AddDays(4)
        $job.NextExecution.DayOfWeek | Should -Be 'Sunday'
        $job.NextRuns.Local | ForEach-Object { $_.DayOfWeek | Should -Be 'Sunday'; $_.TimeOfDay | Should -Be ([timespan] '03:15') }
        ($warnings -join "`n") | Should -BeLike "*'FREQ=WEEKLY;BYDAY=SU' does not run at Wed $($wednesday.ToString('yyyy-MM-dd')) 03:15 (America/Los_Angeles)*first run*Sun $($wednesday.AddDays(4).ToString('yyyy-MM-dd')) 03:15*"
    }

    It 'says under -WhatIf which zone the rule is read in and what is sent in UTC, and creates nothing' {
        $before = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.createScheduledJob'
        $p = Get-JobParameters @{ At = $Saturday.AddHours(22); RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA'; WhatIf = $true }
        $whatIf = Get-WhatIfText { $Instance | New-OsmScheduledJob @p -WarningAction SilentlyContinue }
        $whatIf | Should -BeLike '*every FREQ=WEEKLY;BYDAY=SA in America/Los_Angeles (sent as FREQ=WEEKLY;BYDAY=SU in UTC) from Sat *22:00*'
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.createScheduledJob' | Should -Be $before
    }

    It 'is refused before any request when the rule''s times fall on two days in UTC' {
        $before = Get-OsmEmulatorCallCount $Emulator
        $p = Get-JobParameters @{ At = $Saturday; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA;BYHOUR=10,22;BYMINUTE=0' }
        $err = { $Instance | New-OsmScheduledJob @p } | Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike "*'FREQ=WEEKLY;BYDAY=SA;BYHOUR=10,22;BYMINUTE=0' read in America/Los_Angeles*cannot be sent*different days in UTC*-TimeZone UTC*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }

    It 'reads a UTC -At and its rule in UTC' {
        $utc = [datetime]::SpecifyKind($Saturday.AddDays(1).AddHours(3), 'Utc')
        $p = Get-JobParameters @{ At = $utc; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SU' }
        $job = $Instance | New-OsmScheduledJob @p -WarningVariable warnings
        $job.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $job.NextRuns[0].Utc | Should -Be $utc
        $job.TimeZone | Should -Be 'UTC'
        $warnings | Should -BeNullOrEmpty -Because 'a schedule in UTC does not move with any clock change'
    }
}

Describe 'Daylight saving time, with the rule read in UTC by the service' {
    It 'names the days the runs move an hour later, then back, in Los Angeles' {
        $p = Get-JobParameters @{ At = $Saturday.AddHours(22); RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $job = $Instance | New-OsmScheduledJob @p -WarningVariable warnings -WarningAction SilentlyContinue
        $job.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $text = $warnings -join "`n"
        $text | Should -BeLike "*reads a job's schedule in UTC*America/Los_Angeles*from $($Spring.ToString('yyyy-MM-dd')) an hour later*23:00 instead of*22:00*from $($Autumn.ToString('yyyy-MM-dd')) again at 22:00*-TimeZone UTC*"
    }

    It 'names the days the runs move an hour earlier when the job starts in summer' {
        $july = [datetime]::new($Saturday.Year, 7, 1)
        while ($july.DayOfWeek -ne 'Saturday') { $july = $july.AddDays(1) }
        $p = Get-JobParameters @{ At = $july.AddHours(22); RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $null = $Instance | New-OsmScheduledJob @p -WarningVariable warnings -WarningAction SilentlyContinue
        ($warnings -join "`n") | Should -BeLike "*from $($Autumn.ToString('yyyy-MM-dd')) an hour earlier*21:00 instead of*22:00*"
    }

    It 'has nothing to say of a schedule in UTC' {
        $p = Get-JobParameters @{ At = $Saturday.AddHours(22); TimeZone = 'UTC'; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $null = $Instance | New-OsmScheduledJob @p -WarningVariable warnings
        $warnings | Should -BeNullOrEmpty
    }
}

Describe 'East of UTC' {
    It 'sends a Monday 05:00 in Tokyo as a Sunday in UTC, and runs on Mondays there' {
        $monday = $Saturday.AddDays(2).AddHours(5)
        $p = Get-JobParameters @{ At = $monday; TimeZone = 'Asia/Tokyo'; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=MO' }
        $job = $Instance | New-OsmScheduledJob @p -WarningVariable warnings
        $job.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SU'
        $job.NextRuns | ForEach-Object { $_.Local.DayOfWeek | Should -Be 'Monday'; $_.Utc.DayOfWeek | Should -Be 'Sunday' }
        $warnings | Should -BeNullOrEmpty -Because 'Japan keeps one offset all year'
    }
}

Describe 'Changing a schedule' {
    It 'keeps the job''s days in New York when -At moves it across midnight in UTC' {
        $p = Get-JobParameters @{ At = $Saturday.AddHours(22); TimeZone = 'America/New_York'; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA' }
        $job = $Instance | New-OsmScheduledJob @p -WarningAction SilentlyContinue
        $moved = $job | Set-OsmScheduledJob -At $Saturday.AddDays(7).AddHours(18) -TimeZone 'America/New_York' -PassThru -WarningAction SilentlyContinue
        # Saturday 18:00 in New York is Saturday 23:00 UTC; the rule gives the hour it took from its start, so it runs then
        # whether or not the service re-anchors the rule at the moved run.
        $moved.RecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SA;BYHOUR=23;BYMINUTE=0'
        $moved.LocalRecurrenceRule | Should -Be 'FREQ=WEEKLY;BYDAY=SA;BYHOUR=18;BYMINUTE=0'
        $moved.NextRuns.Local | ForEach-Object { $_.DayOfWeek | Should -Be 'Saturday'; $_.Hour | Should -Be 18 }
    }

    It 'starts a new rule at its first occurrence from the job''s next run' {
        $p = Get-JobParameters @{ At = $Saturday.AddHours(9); RepeatEvery = 'Day' }
        $job = $Instance | New-OsmScheduledJob @p -WarningAction SilentlyContinue
        $changed = $job | Set-OsmScheduledJob -RecurrenceRule 'FREQ=WEEKLY;BYDAY=TU' -PassThru -WarningAction SilentlyContinue
        $changed.NextExecution | Should -Be $Saturday.AddDays(3).AddHours(9)
        $changed.NextRuns.Local | ForEach-Object { $_.DayOfWeek | Should -Be 'Tuesday' }
    }
}

Describe '-TimeZone' {
    It 'refuses a zone it does not know, with the nearest names, before any request' {
        $before = Get-OsmEmulatorCallCount $Emulator
        $p = Get-JobParameters @{ At = $Saturday; RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SA'; TimeZone = 'America/New_Yrok' }
        $err = { $Instance | New-OsmScheduledJob @p } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmUnknownTimeZone*'
        $err.Exception.Message | Should -BeLike "*'America/New_Yrok' is not a time zone*Did you mean 'America/New_York'*"
        Get-OsmEmulatorCallCount $Emulator | Should -Be $before
    }
}
