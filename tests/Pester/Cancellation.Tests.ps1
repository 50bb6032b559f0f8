# Ctrl+C (a stopped pipeline) cancels in-flight requests: a long report stops at once and sends nothing more, on OS
# Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service). Requests are counted
# in all, whichever operations the report uses.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    # Slow responses and a big fleet: the full report would take about a minute at -ThrottleLimit 4.
    $script:Slow = Start-OsmTestEmulator -Fleet 'instances=1000,compartments=6,depth=2,groups=1,vulnerable=0.5,windows=0.2' -ExtraArgs @('--latency-ms', '200')
}

AfterAll {
    if ($script:Slow) { Stop-OsmTestEmulator $script:Slow }
}

Describe "Stopping a running command on $Service" {
    It 'stops Get-OsmComplianceReport promptly and makes no further requests' {
        $ps = [powershell]::Create()
        $script = "Import-Module OsManagement; Connect-Osm -ConfigFile '$($Slow.configFile)' -Endpoint '$($Slow.endpoint)' -Service $Service; Get-OsmComplianceReport -Recurse -ThrottleLimit 4"
        $null = $ps.AddScript($script)
        $start = Get-OsmEmulatorCallCount $Slow
        $async = $ps.BeginInvoke()
        try {
            Wait-OsmCondition { (Get-OsmEmulatorCallCount $Slow) -ge $start + 20 } -TimeoutSeconds 60 -Because 'the report to be under way'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 15 -Because 'cancellation reaches the in-flight requests instead of waiting for the report to finish'
            $gets = Get-OsmEmulatorCallCount $Slow
            $gets - $start | Should -BeLessThan 150 -Because 'the full report reads several hundred instances'
            # Watch the emulator for a few seconds (~15 request round trips): work that went on in the background
            # after the stop would show up as more calls than the few that were already in flight.
            $deadline = [DateTime]::UtcNow.AddSeconds(3)
            while ([DateTime]::UtcNow -lt $deadline) {
                (Get-OsmEmulatorCallCount $Slow) | Should -BeLessOrEqual ($gets + 4) -Because 'nothing new starts after Ctrl+C'
                Start-Sleep -Milliseconds 250
            }
        }
        finally { $ps.Dispose() }
    }

    It 'stops Connect-Osm -AuthType InstancePrincipal while the metadata service does not answer' {
        # A listener that accepts connections and never answers, like 169.254.169.254 off OCI.
        $silent = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $silent.Start()
        $ps = [powershell]::Create()
        try {
            $port = $silent.LocalEndpoint.Port
            $null = $ps.AddScript("Import-Module OsManagement; Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint 'http://127.0.0.1:$port/'")
            $async = $ps.BeginInvoke()
            Wait-OsmCondition { $silent.Pending() } -TimeoutSeconds 30 -Because 'Connect-Osm to call the metadata service'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 4 -Because 'the metadata client waits 5 s per attempt; Ctrl+C must not wait for it'
        }
        finally {
            $ps.Dispose()
            $silent.Stop()
        }
    }

    It 'stops the report''s requests when Select-Object -First has what it needs' {
        Connect-Osm -ConfigFile $Slow.configFile -Endpoint $Slow.endpoint -Service $Service
        try {
            Invoke-OsmEmulatorAdmin -Emulator $Slow -Path 'stats/reset' -Method POST | Out-Null
            $first = Get-OsmComplianceReport -Recurse -ThrottleLimit 4 | Select-Object -First 1
            $first | Should -Not -BeNullOrEmpty
            $gets = Get-OsmEmulatorCallCount $Slow
            $gets | Should -BeLessThan 150 -Because 'the full report reads several hundred instances'
            $deadline = [DateTime]::UtcNow.AddSeconds(3)
            while ([DateTime]::UtcNow -lt $deadline) {
                (Get-OsmEmulatorCallCount $Slow) | Should -BeLessOrEqual ($gets + 4) -Because 'no request goes on once the pipeline has what it needs'
                Start-Sleep -Milliseconds 250
            }
        }
        finally { Disconnect-Osm }
    }
}
