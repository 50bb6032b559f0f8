# Ctrl+C (a stopped pipeline) cancels in-flight requests: a long report stops at once and sends nothing more, on OS
# Management Hub and on the retired API (Invoke-PesterSuite.ps1 runs the file once per service). Requests are counted
# at the emulator (in all, whichever operations the report uses), never timed: a loaded machine makes every step
# slower, but not a request more.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    # Slow responses and a big fleet: the full report would take about a minute at -ThrottleLimit 4.
    $script:Slow = Start-OsmTestEmulator -Fleet 'instances=1000,compartments=6,depth=2,groups=1,vulnerable=0.5,windows=0.2' -ExtraArgs @('--latency-ms', '200')
    # The full report reads each instance that misses updates in full: at least that many requests, of several hundred.
    $script:FullReport = @(Find-OsmTestInstance $Slow -Missing SECURITY).Count
    # At most this many requests are in flight at once (-ThrottleLimit 4, and a listing beside them); only those may land
    # after the pipeline stopped.
    $script:InFlight = 6
}

AfterAll {
    if ($script:Slow) { Stop-OsmTestEmulator $script:Slow }
}

Describe "Stopping a running command on $Service" {
    It 'stops Get-OsmComplianceReport at once: fewer requests than the report needs, and none after the stop' {
        $FullReport | Should -BeGreaterThan 300
        $ps = [powershell]::Create()
        $script = "Import-Module OsManagement; Connect-Osm -ConfigFile '$($Slow.configFile)' -Endpoint '$($Slow.endpoint)' -Service $Service; Get-OsmComplianceReport -Recurse -ThrottleLimit 4"
        $null = $ps.AddScript($script)
        $start = Get-OsmEmulatorCallCount $Slow
        $async = $ps.BeginInvoke()
        try {
            Wait-OsmCondition { (Get-OsmEmulatorCallCount $Slow) -ge $start + 20 } -TimeoutSeconds 120 -Because 'the report to be under way'
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $atStop = Get-OsmEmulatorCallCount $Slow
            # Work that went on in the background after the stop would keep the count moving; it must stand still.
            $after = Wait-OsmEmulatorQuiet $Slow
            $after - $atStop | Should -BeLessOrEqual $InFlight -Because 'only requests already in flight when the pipeline stopped land after it'
            $after - $start | Should -BeLessThan $FullReport -Because 'the stop reached the report before it read every instance'
        }
        finally { $ps.Dispose() }
    }

    It 'leaves the old report whole, and no partial file, when a report piped to Export-OsmComplianceReport is stopped' {
        $folder = Join-Path $TestDrive "export-$Service"
        $path = Join-Path $folder 'report.html'
        New-Item -ItemType Directory $folder | Out-Null
        'the old report' | Set-Content $path
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module OsManagement; Connect-Osm -ConfigFile '$($Slow.configFile)' -Endpoint '$($Slow.endpoint)' -Service $Service; " +
            "Get-OsmComplianceReport -Recurse -ThrottleLimit 4 | Export-OsmComplianceReport -Path '$path' -Force")
        $start = Get-OsmEmulatorCallCount $Slow
        $async = $ps.BeginInvoke()
        try {
            Wait-OsmCondition { (Get-OsmEmulatorCallCount $Slow) -ge $start + 20 } -TimeoutSeconds 120 -Because 'the report to be under way'
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            Get-Content -Raw $path | Should -Be "the old report$([Environment]::NewLine)"
            @(Get-ChildItem -Force $folder).Name | Should -Be @('report.html')
        }
        finally { $ps.Dispose() }
    }

    It 'stops Connect-Osm -AuthType InstancePrincipal while the metadata service does not answer: its request is cancelled' {
        # A listener that accepts connections and never answers, like 169.254.169.254 off OCI (the metadata client gives
        # each attempt 5 s, and tries twice).
        $silent = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $silent.Start()
        $ps = [powershell]::Create()
        $first = $null
        try {
            $port = $silent.LocalEndpoint.Port
            $null = $ps.AddScript("Import-Module OsManagement; Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint 'http://127.0.0.1:$port/'")
            $async = $ps.BeginInvoke()
            Wait-OsmCondition { $silent.Pending() } -TimeoutSeconds 60 -Because 'Connect-Osm to call the metadata service'
            $first = $silent.AcceptTcpClient()
            $first.Client.ReceiveTimeout = 60000
            $stream = $first.GetStream()
            $reader = [IO.StreamReader]::new($stream, [Text.Encoding]::ASCII)
            $requestLine = $reader.ReadLine()
            $requestLine | Should -BeLike 'GET /opc/v2/* HTTP/1.1'
            while ($reader.ReadLine()) { }
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            # Now answer, as a service that was only slow would: a request still going on in the background would take
            # the answer and send the next one on the same connection; a cancelled one has closed it.
            $answer = [Text.Encoding]::ASCII.GetBytes("HTTP/1.1 200 OK`r`nContent-Type: text/plain`r`nContent-Length: 3`r`n`r`niad")
            try { $stream.Write($answer, 0, $answer.Length) } catch [IO.IOException] { }
            $next = try { $reader.ReadLine() } catch [IO.IOException] { $null }
            $next | Should -BeNullOrEmpty -Because 'the stop cancelled the request: no further request came on its connection'
            $silent.Pending() | Should -BeFalse -Because 'nor on another one'
        }
        finally {
            if ($first) { $first.Dispose() }
            $ps.Dispose()
            $silent.Stop()
        }
    }

    It 'stops the report''s requests when Select-Object -First has what it needs' {
        Import-Module OsManagement
        Connect-Osm -ConfigFile $Slow.configFile -Endpoint $Slow.endpoint -Service $Service
        try {
            Invoke-OsmEmulatorAdmin -Emulator $Slow -Path 'stats/reset' -Method POST | Out-Null
            $first = Get-OsmComplianceReport -Recurse -ThrottleLimit 4 | Select-Object -First 1
            $first | Should -Not -BeNullOrEmpty
            $atFirst = Get-OsmEmulatorCallCount $Slow
            $after = Wait-OsmEmulatorQuiet $Slow
            $after - $atFirst | Should -BeLessOrEqual $InFlight -Because 'no request goes on once the pipeline has what it needs'
            $after | Should -BeLessThan $FullReport -Because 'the report stopped long before it read every instance'
        }
        finally { Disconnect-Osm }
    }
}
