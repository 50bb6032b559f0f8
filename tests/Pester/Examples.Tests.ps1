# Every example of the help that is safe to run runs, as written, against the emulator: a fleet named as the examples
# name things, the jobs and work requests they refer to made afresh before each, the placeholder OCIDs of the pages
# (aaaaexample) swapped for the emulator's, -Confirm answered, any error an error. An example left out says why, below.
#
# An example that reads the clock or sets a time must work at any hour a user runs it: build.ps1 runs those again under
# clocks moved to the hours where "today", "tomorrow" and "this Saturday" turn (OSM_EXAMPLES_AT_HOUR names the clock; only
# those examples run then). See docs/testing.md.
BeforeDiscovery {
    # Examples that cannot run against the emulator here, by page and title, with why.
    $script:NotRun = @{
        'Connect-Osm: Connect with the default profile'                                = 'reads ~/.oci/config, which the test machine has not'
        'Connect-Osm: Connect with another profile and region'                         = 'needs a profile PROD-ADMIN in ~/.oci/config'
        'Connect-Osm: Keep two connections in one script'                              = 'needs profiles PROD and TEST in ~/.oci/config'
        'Connect-Osm: Connect to the local emulator'                                   = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it)'
        'Connect-Osm: Use a session token from the OCI CLI'                            = 'runs the OCI CLI, which signs in through a browser'
        'Connect-Osm: Run a runbook on an OCI instance as the instance principal'      = 'needs an OCI instance''s metadata service (Authentication.Tests.ps1 runs it against the emulator''s)'
        'Connect-Osm: Go through a corporate proxy'                                    = 'asks for a credential and needs a proxy (Proxy.Tests.ps1 runs one)'
        'Connect-Osm: Fail fast in a runbook'                                          = 'needs a profile AUTOMATION, and exits the session'
        'Connect-Osm: Reach the retired OS Management service'                         = 'needs a profile LEGACY in ~/.oci/config'
        'Disconnect-Osm: Clear the connection at the end of a script'                  = 'needs a profile AUTOMATION in ~/.oci/config'
        'Disconnect-Osm: Switch back to the default profile'                           = 'connects with ~/.oci/config, which the test machine has not'
        'Export-OsmComplianceReport: A dated report for the audit share, with the summary' = 'writes to a Windows file share'
        'Export-OsmFleet: Friday''s copy of production, served by the emulator'         = 'starts the installed emulator tool (Rehearsal.Tests.ps1 runs the export and a rehearsal on it)'
        'Start-OsmEmulator: Start an emulator and connect to it'                       = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it)'
        'Start-OsmEmulator: A Pester test of a runbook'                                = 'is part of a Pester file (Recipe.Tests.ps1 runs the whole recipe)'
        'Start-OsmEmulator: Your own fleet, from a file'                               = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it)'
        'Start-OsmEmulator: Fail one operation, then let it recover'                   = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it)'
        'Start-OsmEmulator: Test a script against throttling and slow responses'       = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it)'
        'Start-OsmEmulator: Run the emulator from a build output'                      = 'starts a second emulator from the repository''s out/ folder'
        'Start-OsmEmulator: A runbook under a rate limit'                              = 'starts the installed emulator tool (Emulator.Tests.ps1 runs it; Resilience.Tests.ps1 runs the report under a limit)'
        'Start-OsmEmulator: Rehearse a promotion through lifecycle stages'             = 'starts the installed emulator tool (Units.Tests.ps1 runs the same promotion on a generated fleet)'
        'Stop-OsmEmulator: Stop the emulator at the end of a Pester file'              = 'is part of a Pester file (Recipe.Tests.ps1 runs the whole recipe)'
        'Stop-OsmEmulator: Stop every emulator of this session'                        = 'stops emulators the example does not start'
    }
    Import-Module OsManagement -Force
    $script:Examples = foreach ($command in Get-Command -Module OsManagement) {
        foreach ($example in (Get-Help $command.Name -Full).Examples.Example) {
            $title = ($example.Title -replace '^-+\s*Example \d+:\s*', '' -replace '\s*-+$', '').Trim()
            $key = "$($command.Name): $title"
            if (-not $NotRun.ContainsKey($key)) {
                @{ Key = $key; Code = (($example.Code -join "`n") -replace '^PS\s*[^>]*>\s*', '') }
            }
        }
    }
    # Under a moved clock, only the examples whose outcome can depend on the hour: they read the clock or give a time.
    $script:AtHour = $env:OSM_EXAMPLES_AT_HOUR
    $script:Listed = @(@{ Left = $NotRun })
    if ($AtHour) {
        $readsTheClock = 'Get-Date|UtcNow|\[datetime\]|-At\b|-Since|-SlaDays|-History|Skip-OsmJob|New-OsmScheduledJob|Set-OsmScheduledJob|Invoke-OsmJobNow'
        $script:Examples = @($Examples | Where-Object { $_.Code -match $readsTheClock })
        $script:Listed = @()
    }
}

Describe "Examples, run against the emulator$(if ($AtHour) { " at $AtHour" })" {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
        # The fleet the examples speak of: production web and database servers in groups, build and batch servers,
        # a Windows application server, one web server whose updates fail.
        $linux = { param($Name, $Compartment, $Group, [string[]] $Installed = @())
            $p = @{ name = $Name; compartment = $Compartment; updates = @($Installed | ForEach-Object { @{ name = $_; classification = 'OTHER' } }) + @(
                    @{ name = 'openssl-libs'; severity = 'CRITICAL'; advisory = 'ELSA-2026-1234'; issued = '45 days ago'; cves = @('CVE-2024-6387', 'CVE-2026-11111'); version = '3.0.7-27.0.1.el9' },
                    @{ name = 'openssh-server'; severity = 'IMPORTANT'; advisory = 'ELSA-2026-2345'; issued = '10 days ago'; cves = @('CVE-2026-22222'); version = '8.7p1-38.0.1.el9' },
                    @{ name = 'bash'; classification = 'BUGFIX' }) }
            if ($Group) { $p.group = $Group }
            $p
        }
        $fleet = @{
            compartments = @(@{ name = 'Production'; compartments = @(@{ name = 'web' }, @{ name = 'db' }) }, @{ name = 'Build' }, @{ name = 'Finance' })
            groups       = @(@{ name = 'web-prod'; compartment = 'Production' }, @{ name = 'db-prod'; compartment = 'Production' },
                @{ name = 'ol9-web'; compartment = 'Production' }, @{ name = 'canary'; compartment = 'Production' },
                @{ name = 'batch-servers'; compartment = 'Build' })
            instances    = @(
                # web-01 and web-02 stand alone: on OS Management Hub a group member's content changes through its group only.
                (& $linux 'web-01' 'Production/web' $null 'rsh', 'rsh-server'), (& $linux 'web-02' 'Production/web'),
                (& $linux 'web-06' 'Production/web' 'web-prod'), (& $linux 'web-07' 'Production/web' 'web-prod'),
                (& $linux 'web-03' 'Production/web' 'canary'), (& $linux 'web-04' 'Production/web' 'canary'), (& $linux 'web-05' 'Production/web' 'ol9-web'),
                (& $linux 'db-01' 'Production/db' 'db-prod'), (& $linux 'build-01' 'Build' $null 'telnet'), (& $linux 'batch-01' 'Build' 'batch-servers'),
                @{ name = 'app-01'; compartment = 'Finance'; osFamily = 'WINDOWS_SERVER_2022'; updates = @(
                        @{ name = '2026-11 Cumulative Update for Windows Server 2022 (KB5046616)'; cves = @('CVE-2026-44444') }) },
                # Lifecycle stage members and stand-alone servers, for the unit examples (OS Management Hub).
                (& $linux 'app-dev-01' 'Production'), (& $linux 'app-test-01' 'Production'), (& $linux 'app-test-02' 'Production'),
                (& $linux 'app-prod-01' 'Production'), (& $linux 'db-02' 'Production/db'), (& $linux 'batch-02' 'Build'))
            lifecycleEnvironments = @(@{ name = 'ol9-app'; compartment = 'Production'; stages = @(
                        @{ name = 'dev'; members = @('app-dev-01'); content = @{ name = 'ol9-app-2026.12' } },
                        @{ name = 'test'; members = @('app-test-01'); content = @{ name = 'ol9-app-2026.11'; through = '30 days ago' } },
                        @{ name = 'prod'; members = @('app-prod-01'); content = @{ name = 'ol9-app-2026.11' } }) })
            dynamicSets  = @(@{ name = 'reboot-required'; rule = @{ rebootRequired = $true } })
        }
        foreach ($due in $fleet.instances | Where-Object name -in 'app-prod-01', 'db-02') { $due.rebootRequired = $true }
        $fleet.groups += @{ name = 'ol9-canary'; compartment = 'Production'; osFamily = 'ORACLE_LINUX_9' }
        $fleetFile = Join-Path $TestDrive 'docs-fleet.json'
        $fleet | ConvertTo-Json -Depth 10 | Set-Content $fleetFile
        # The same fleet with one web server whose updates fail, for the examples that re-run a failure.
        ($fleet.instances | Where-Object name -eq 'web-03').failsUpdates = $true
        $script:Fleets = @{ Healthy = Get-Content -Raw $fleetFile; Failing = $fleet | ConvertTo-Json -Depth 10 }
        $script:Loaded = 'Healthy'
        $script:Emulator = Start-OsmTestEmulator -ExtraArgs @('--fleet-file', $fleetFile)
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Hub
        $script:Tenancy = $Emulator.tenancyId
        $script:Instances = @{}
        Get-OsmManagedInstance -Recurse | ForEach-Object { $Instances[$_.DisplayName] = $_ }
        # Reports kept as the examples keep them (JSON written by Export-OsmComplianceReport).
        $script:Kept = Join-Path $TestDrive 'kept.json'
        Get-OsmComplianceReport -Recurse -IncludeCompliant | Export-OsmComplianceReport -Path $Kept

        # The jobs and work requests the examples name, made afresh on the fleet as loaded; the placeholder OCIDs of the
        # pages, each the emulator's OCID of what the example means. Only what the example's code refers to is made.
        function Initialize-Example([string] $Code, [string] $Folder) {
            $wanted = if ($Code -match 'osmhworkrequest|web-03') { 'Failing' } else { 'Healthy' }
            if ($wanted -ne $script:Loaded) {
                Invoke-RestMethod -Method Post -Uri "$($Emulator.endpoint.TrimEnd('/'))/_emulator/fleet?source=$wanted" -Body $Fleets[$wanted] -ContentType 'application/json' | Out-Null
                $script:Loaded = $wanted
                $script:Instances = @{}
                Get-OsmManagedInstance -Recurse | ForEach-Object { $Instances[$_.DisplayName] = $_ }
            }
            Invoke-OsmEmulatorAdmin $Emulator 'reset' -Method POST | Out-Null
            $web01, $web02, $web03 = $Instances['web-01'], $Instances['web-02'], $Instances['web-03']
            $group = Get-OsmManagedInstanceGroup -Recurse -DisplayName 'web-prod'
            $next = (Get-Date).Date.AddDays(2).AddHours(3)
            $job = { param($Name, [hashtable] $More = @{})
                $web01 | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName $Name -UpdateType Security -At $next @More -WarningAction SilentlyContinue }
            $weekly = & $job 'weekly-security' @{ RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SU' }
            $null = & $job 'sunday-security' @{ RecurrenceRule = 'FREQ=WEEKLY;BYDAY=SU' }
            $null = & $job 'patch-test' @{ RepeatEvery = 'Day' }
            $null = & $job 'test-a' @{ RepeatEvery = 'Day' }
            $null = $web01 | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'install-tools' -Operation Install -PackageName tmux -At $next
            $null = $group | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName 'db-fortnightly' -UpdateType Security -At $next `
                -RecurrenceRule 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA' -WarningAction SilentlyContinue
            $ids = [ordered]@{
                'ocid1.instance.oc1.iad.aaaaexample1'        = $web01.Id
                'ocid1.instance.oc1.iad.aaaaexample2'        = $web02.Id
                'ocid1.instance.oc1.iad.aaaaexample3'        = $web03.Id
                'ocid1.instance.oc1.iad.aaaaexample'         = $web01.Id
                'ocid1.instance.oc1..example'                = $web01.Id
                'ocid1.compartment.oc1..aaaaexample'         = $web01.CompartmentId -replace '^$', $Tenancy
                'ocid1.tenancy.oc1..example'                 = $Tenancy
                'ocid1.managedinstancegroup.oc1.iad.aaaaexample' = $group.Id
                'ocid1.scheduledjob.oc1.iad.aaaaexample'     = $weekly.Id
                'ocid1.osmhscheduledjob.oc1.iad.aaaaexample' = $weekly.Id
            }
            # The Production compartment holds the groups and, below it, the instances.
            $ids['ocid1.compartment.oc1..aaaaexample'] = (Get-OsmCompartment -DisplayName 'Production').Id
            if ($Code -match 'osm[sh]workrequest') {
                $ids['ocid1.osmsworkrequest.oc1.iad.aaaaexample1'] = ($web01 | Install-OsmUpdate -UpdateType Security).Id
                $ids['ocid1.osmsworkrequest.oc1.iad.aaaaexample2'] = ($web02 | Install-OsmUpdate -UpdateType Bugfix).Id
                $ids['ocid1.osmsworkrequest.oc1.iad.aaaaexample'] = $ids['ocid1.osmsworkrequest.oc1.iad.aaaaexample1']
                # A group update that failed on one member, to re-run on it.
                $ids['ocid1.osmhworkrequest.oc1.iad.aaaaexample'] = (Get-OsmManagedInstanceGroup -Recurse -DisplayName 'canary' |
                        Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue).Id
            }
            foreach ($day in (Get-Date).AddDays(-7), (Get-Date -Day 1).AddMonths(-1), (Get-Date -Day 1)) {
                New-Item -ItemType Directory -Force (Join-Path $Folder 'history') | Out-Null
                Copy-Item $Kept (Join-Path $Folder ('history/compliance-{0:yyyy-MM-dd}.json' -f $day))
                Copy-Item $Kept (Join-Path $Folder ('history/{0:yyyy-MM-dd}.json' -f $day))
            }
            Copy-Item $Kept (Join-Path $Folder 'q3.json')
            Copy-Item $Kept (Join-Path $Folder 'q4.json')
            foreach ($placeholder in $ids.Keys) { $Code = $Code.Replace($placeholder, $ids[$placeholder]) }
            $Code
        }
    }

    AfterAll {
        Disconnect-Osm
        if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
    }

    It 'leaves out only examples there are, each with why' -ForEach $Listed {
        $all = foreach ($command in Get-Command -Module OsManagement) {
            foreach ($example in (Get-Help $command.Name -Full).Examples.Example) {
                "$($command.Name): $(($example.Title -replace '^-+\s*Example \d+:\s*', '' -replace '\s*-+$', '').Trim())"
            }
        }
        $Left.Keys | Where-Object { $_ -notin $all } | Should -BeNullOrEmpty -Because 'an example left out that is no longer in the help must leave this list too'
    }

    It '<Key>' -ForEach $Examples {
        $folder = Join-Path $TestDrive ('example-' + [guid]::NewGuid().ToString('n').Substring(0, 8))
        New-Item -ItemType Directory -Force $folder | Out-Null
        $script = Initialize-Example $Code $folder
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Hub
        Push-Location $folder
        try {
            $ErrorActionPreference = 'Stop'
            $ConfirmPreference = 'None'
            $WarningPreference = 'SilentlyContinue'
            $InformationPreference = 'SilentlyContinue'
            $null = & ([scriptblock]::Create($script)) 6>&1
        }
        finally { Pop-Location }
    }
}
