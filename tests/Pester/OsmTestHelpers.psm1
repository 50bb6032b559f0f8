# Shared plumbing for the Pester suite: start and stop the emulator, talk to its admin endpoints.
Set-StrictMode -Version Latest

function Start-OsmTestEmulator {
    <#
    .SYNOPSIS
        Starts the emulator (built by build.ps1) on a free loopback port with its own state folder and
        returns its start-up record (endpoint, configFile, profile, tenancyId, region, pid) plus StateDir.
    #>
    param(
        [string] $Fleet,
        [int] $Seed = 7,
        [string[]] $ExtraArgs = @(),
        [string] $StateDir = (Join-Path ([IO.Path]::GetTempPath()) ("osm-emu-" + [guid]::NewGuid().ToString('n')))
    )
    $dll = $env:OSM_TEST_EMULATOR_DLL
    if (-not $dll -or -not (Test-Path $dll)) { throw "The emulator is not built (OSM_TEST_EMULATOR_DLL='$dll'); run ./build.ps1 build first." }
    New-Item -ItemType Directory -Force $StateDir | Out-Null
    $arguments = @($dll, '--port', '0', '--state-dir', $StateDir, '--seed', $Seed, '--parent-pid', $PID) + $ExtraArgs
    if ($Fleet) { $arguments += @('--fleet', $Fleet) }
    $log = Join-Path $StateDir 'emulator.log'
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -RedirectStandardOutput $log -RedirectStandardError "$log.err"
    $startFile = Join-Path $StateDir 'emulator.json'
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while (-not (Test-Path $startFile)) {
        if ($process.HasExited) { throw "The emulator exited with code $($process.ExitCode): $(Get-Content -Raw "$log.err" -ErrorAction SilentlyContinue)" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The emulator did not start within 60 seconds.' }
        Start-Sleep -Milliseconds 100
    }
    $info = Get-Content -Raw $startFile | ConvertFrom-Json
    $info | Add-Member -NotePropertyName StateDir -NotePropertyValue $StateDir
    $info | Add-Member -NotePropertyName Process -NotePropertyValue $process
    return $info
}

function Install-OsmTestEmulatorTool {
    <#
    .SYNOPSIS
        Packs the built emulator as its .NET tool package and installs it into -ToolPath, as a user installs it;
        returns the path of the osm-emulator command.
    #>
    param([Parameter(Mandatory)] [string] $ToolPath, [string] $Configuration = 'Release')
    $feed = Join-Path $ToolPath '.feed'
    $project = Join-Path $PSScriptRoot '../../src/OsManagement.Emulator/OsManagement.Emulator.csproj'
    $packed = & dotnet pack $project -c $Configuration --no-build -o $feed --nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Packing the emulator tool failed: $($packed -join [Environment]::NewLine)" }
    $installed = & dotnet tool install OsManagement.Emulator --tool-path $ToolPath --add-source $feed 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Installing the emulator tool failed: $($installed -join [Environment]::NewLine)" }
    return (Join-Path $ToolPath 'osm-emulator')
}

function Get-OsmDocumentedCode {
    <#
    .SYNOPSIS
        The powershell code blocks of a markdown file whose first line is a comment naming a file ('# Name.ps1: ...'),
        as a hashtable from that name to the block's text.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $files = @{}
    $pattern = '(?ms)^```powershell\r?\n(# (?<name>[\w.-]+\.ps1)\b.*?)^```'
    foreach ($match in [regex]::Matches((Get-Content -Raw $Path), $pattern)) {
        $files[$match.Groups['name'].Value] = $match.Groups[1].Value
    }
    return $files
}

function Stop-OsmTestEmulator {
    <#
    .SYNOPSIS
        Stops a test emulator and removes its state folder; then fails when the emulator refused any request as not what
        Oracle's SDK declares (/_emulator/refusals): the module under test sent something the service would refuse.
        -AllowRefusedRequests is for a test that sends such requests on purpose.
    #>
    param([Parameter(Mandatory)] $Emulator, [switch] $AllowRefusedRequests)
    $refusals = $null
    if ($Emulator.Process -and -not $Emulator.Process.HasExited) {
        if (-not $AllowRefusedRequests) { $refusals = Get-OsmTestRefusal -Emulator $Emulator }
        $Emulator.Process.Kill()
        $Emulator.Process.WaitForExit(10000) | Out-Null
    }
    Remove-Item -Recurse -Force $Emulator.StateDir -ErrorAction SilentlyContinue
    if ($refusals -and $refusals.total -gt 0) {
        $lines = $refusals.recent | ForEach-Object { "  $($_.operation) $($_.method) $($_.target): $($_.status) $($_.code): $($_.message)" }
        throw "The emulator refused $($refusals.total) request(s) as not what Oracle's SDK declares:`n$($lines -join "`n")"
    }
}

function Get-OsmTestRefusal {
    <# .SYNOPSIS The requests a running emulator refused as not what Oracle's SDK declares: total, recent (null when it does not answer). #>
    param([Parameter(Mandatory)] $Emulator)
    try { Invoke-RestMethod -Uri ($Emulator.endpoint.TrimEnd('/') + '/_emulator/refusals') -TimeoutSec 10 }
    catch { $null }
}

function Invoke-OsmEmulatorAdmin {
    <# .SYNOPSIS Calls an admin endpoint (/_emulator/...) of a running emulator. #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [string] $Path,
        [ValidateSet('GET', 'POST', 'DELETE')] [string] $Method = 'GET'
    )
    Invoke-RestMethod -Method $Method -Uri ($Emulator.endpoint.TrimEnd('/') + '/_emulator/' + $Path.TrimStart('/'))
}

function Get-OsmEmulatorCallCount {
    <# .SYNOPSIS The number of API calls the emulator has answered, in all or for one operation. #>
    param([Parameter(Mandatory)] $Emulator, [string] $Operation)
    $stats = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats'
    if (-not $Operation) { return [int] $stats.total }
    $value = $stats.byOperation.PSObject.Properties[$Operation]
    if ($value) { return [int] $value.Value } else { return 0 }
}

function Get-OsmEmulatorChangeCount {
    <# .SYNOPSIS The number of API calls the emulator has answered that change something (not a get, list or summary). #>
    param([Parameter(Mandatory)] $Emulator)
    $stats = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'stats'
    $changes = @($stats.byOperation.PSObject.Properties | Where-Object Name -notmatch '^(hub\.)?(get|list|summarize)')
    return [int] ($changes | ForEach-Object { [int] $_.Value } | Measure-Object -Sum).Sum
}

function Select-OsmStandalone {
    <#
    .SYNOPSIS
        The piped instances whose content a command changes directly: on OS Management Hub those in no group and no
        lifecycle stage (a member's content changes through its group or stage); on the retired service every one.
    #>
    param([Parameter(ValueFromPipeline)] $Instance, [ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')
    process {
        if ($Service -ne 'Hub' -or ($Instance.ManagedInstanceGroupIds.Count -eq 0 -and -not $Instance.LifecycleStageId)) { $Instance }
    }
}

function Get-OsmTestOperation {
    <#
    .SYNOPSIS
        The emulator's name (in /_emulator/stats) for an operation of the retired API, as the service a test file runs
        against calls it: the same on Classic; on Hub 'hub.' and Hub's own operation (installPackagesOnManagedInstance
        for installPackageOnManagedInstance; a skip is an updateScheduledJob there).
    #>
    param([Parameter(Mandatory)] [ValidateSet('Hub', 'Classic')] [string] $Service, [Parameter(Mandatory)] [string] $Operation)
    if ($Service -eq 'Classic') { return $Operation }
    $hub = @{
        installPackageOnManagedInstance = 'installPackagesOnManagedInstance'
        removePackageFromManagedInstance = 'removePackagesFromManagedInstance'
        skipNextScheduledJobExecution = 'updateScheduledJob'
    }
    return 'hub.' + $(if ($hub.ContainsKey($Operation)) { $hub[$Operation] } else { $Operation })
}

function Wait-OsmCondition {
    <# .SYNOPSIS Polls a condition until it is true or a deadline passes (tests never sleep a fixed time). #>
    param([Parameter(Mandatory)] [scriptblock] $Condition, [int] $TimeoutSeconds = 30, [string] $Because = 'the condition')
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (-not (& $Condition)) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "Timed out after $TimeoutSeconds s waiting for $Because." }
        Start-Sleep -Milliseconds 200
    }
}

function Wait-OsmEmulatorQuiet {
    <#
    .SYNOPSIS
        Waits until the emulator has answered no new API call for -QuietSeconds, and returns its call count then. Work
        that goes on in the background keeps the count moving and fails after -TimeoutSeconds; a loaded machine only
        makes the wait longer.
    #>
    param([Parameter(Mandatory)] $Emulator, [double] $QuietSeconds = 1, [int] $TimeoutSeconds = 60)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $count = Get-OsmEmulatorCallCount $Emulator
    $since = [DateTime]::UtcNow
    while (([DateTime]::UtcNow - $since).TotalSeconds -lt $QuietSeconds) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "The emulator kept answering calls for $TimeoutSeconds s (now $count): something still sends requests." }
        Start-Sleep -Milliseconds 100
        $now = Get-OsmEmulatorCallCount $Emulator
        if ($now -ne $count) { $count = $now; $since = [DateTime]::UtcNow }
    }
    return $count
}

function Get-OsmTestChromium {
    <#
    .SYNOPSIS
        The path of a headless-capable Chromium, installing Debian's package when it is missing (CI runs as root
        on a fresh machine, so the test setup brings its own browser).
    #>
    $chromium = Get-Command chromium, chromium-browser -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $chromium) {
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) { throw 'Chromium is needed to render the HTML report and apt-get is not available to install it.' }
        & apt-get update -qq 2>&1 | Out-Null
        & apt-get install -y -qq chromium 2>&1 | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Installing Debian's chromium package failed (exit code $LASTEXITCODE)." }
        $chromium = Get-Command chromium -ErrorAction Stop
    }
    return $chromium.Source
}

function Invoke-OsmTestChromium {
    <# .SYNOPSIS Loads a local file in headless Chromium (offline) and returns the DOM it rendered, or writes a screenshot. #>
    param([Parameter(Mandatory)] [string] $Path, [string] $Screenshot)
    $chromium = Get-OsmTestChromium
    $profileDir = Join-Path ([IO.Path]::GetTempPath()) ("osm-chromium-" + [guid]::NewGuid().ToString('n'))
    $arguments = @('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', "--user-data-dir=$profileDir")
    try {
        if ($Screenshot) {
            & $chromium @arguments "--screenshot=$Screenshot" '--window-size=1280,1400' "file://$Path" 2>$null | Out-Null
        }
        else {
            return (& $chromium @arguments '--dump-dom' "file://$Path" 2>$null) -join "`n"
        }
    }
    finally { Remove-Item -Recurse -Force $profileDir -ErrorAction SilentlyContinue }
}

function Get-OsmTestFreePort {
    <# .SYNOPSIS A loopback TCP port that nothing listens on (just now). #>
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { return $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-OsmTestProxy {
    <#
    .SYNOPSIS
        Starts a real HTTP proxy (tinyproxy) on 127.0.0.1 with its own config and log file in -Folder, and returns
        Address, Port, Log and Process. -User and -Password make it ask for them (Basic). Debian's tinyproxy-bin (the
        program alone, without the system service the tinyproxy package starts) is installed when missing.
    #>
    param([Parameter(Mandatory)] [string] $Folder, [string] $User, [string] $Password)
    if (-not (Get-Command tinyproxy -ErrorAction SilentlyContinue)) {
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) { throw 'tinyproxy is needed for the proxy tests and apt-get is not available to install it.' }
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get update -qq 2>&1 | Out-Null
        $output = & apt-get install -y -qq tinyproxy-bin 2>&1
        if ($LASTEXITCODE -ne 0) { throw "Installing Debian's tinyproxy-bin failed (exit code $LASTEXITCODE): $($output -join [Environment]::NewLine)" }
    }
    New-Item -ItemType Directory -Force $Folder | Out-Null
    $log = Join-Path $Folder 'tinyproxy.log'
    # The port is chosen free and then bound by tinyproxy: another process may take it in between, so try again then.
    for ($try = 1; ; $try++) {
        $port = Get-OsmTestFreePort
        $config = Join-Path $Folder 'tinyproxy.conf'
        $lines = @("Port $port", 'Listen 127.0.0.1', 'Timeout 60', "LogFile `"$log`"", 'LogLevel Connect', 'MaxClients 50', 'Allow 127.0.0.1')
        if ($User) { $lines += "BasicAuth $User $Password" }
        Set-Content -Path $config -Value $lines
        $process = Start-Process -FilePath tinyproxy -ArgumentList @('-d', '-c', $config) -PassThru `
            -RedirectStandardOutput (Join-Path $Folder 'stdout.txt') -RedirectStandardError (Join-Path $Folder 'stderr.txt')
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        $listening = $false
        while (-not $listening -and -not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) {
            $client = [Net.Sockets.TcpClient]::new()
            try { $client.Connect([Net.IPAddress]::Loopback, $port); $listening = $true } catch { Start-Sleep -Milliseconds 100 } finally { $client.Dispose() }
        }
        if ($listening) { break }
        if (-not $process.HasExited) { $process.Kill() }
        if ($try -ge 3) { throw "tinyproxy did not start on port ${port}: $(Get-Content -Raw $log -ErrorAction SilentlyContinue)" }
    }
    [pscustomobject]@{ Address = "http://127.0.0.1:$port"; Port = $port; Log = $log; Process = $process }
}

function Stop-OsmTestProxy {
    param([Parameter(Mandatory)] $Proxy)
    if ($Proxy.Process -and -not $Proxy.Process.HasExited) {
        $Proxy.Process.Kill()
        $Proxy.Process.WaitForExit(10000) | Out-Null
    }
}

function Get-OsmTestProxyRequest {
    <# .SYNOPSIS The requests the proxy's own log shows, in order: Method and Target (a URL, or host:port for CONNECT). #>
    param([Parameter(Mandatory)] $Proxy)
    if (-not (Test-Path $Proxy.Log)) { return }
    foreach ($line in Get-Content $Proxy.Log) {
        # (tinyproxy cuts a long line short, so the request line's HTTP version may be missing.)
        if ($line -match 'Request \(file descriptor \d+\): (\S+) (\S+)') { [pscustomobject]@{ Method = $Matches[1]; Target = $Matches[2] } }
    }
}

function Invoke-OsmTestPwsh {
    <# .SYNOPSIS Runs a fresh pwsh (the same PowerShell, also when it runs as a dotnet tool) and returns its output. #>
    param([Parameter(Mandatory)] [string[]] $ArgumentList)
    $self = [Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { & $self (Join-Path $PSHOME 'pwsh.dll') @ArgumentList }
    else { & $self @ArgumentList }
}

function Find-OsmTestInstance {
    <#
    .SYNOPSIS
        The instances of the emulator's ground truth (GET /_emulator/fleet) as they are now, PaaS ones left out: -Healthy
        those whose work succeeds (their one status, hubStatus, NORMAL, and not failing updates), -Failing those whose
        work always fails (an agent that is not checking in: WARNING or UNREACHABLE, stale ones too; or failing updates),
        -Missing those that still miss an update of one of these
        types (SECURITY, BUG, ENHANCEMENT, OTHER; '*' for any), -OsFamily LINUX or WINDOWS, -Standalone those in no OS
        Management Hub group and no lifecycle stage (on Hub a member's content changes through its group or stage only).
    #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [ValidateSet('LINUX', 'WINDOWS')] [string] $OsFamily,
        [switch] $Healthy,
        [switch] $Failing,
        [string[]] $Missing,
        [switch] $Standalone
    )
    $fleet = Invoke-OsmEmulatorAdmin -Emulator $Emulator -Path 'fleet'
    $members = @($fleet.hubGroups | ForEach-Object { $_.instanceIds })
    foreach ($instance in $fleet.instances) {
        $fails = $instance.hubStatus -in 'WARNING', 'UNREACHABLE' -or $instance.failsUpdates
        if ($instance.isPaas -or ($OsFamily -and $instance.osFamily -ne $OsFamily) -or ($Healthy -and $fails) -or ($Failing -and -not $fails)) { continue }
        if ($Standalone -and ($instance.lifecycleStageId -or $instance.id -in $members)) { continue }
        if ($Missing -and -not @($instance.updates | Where-Object { '*' -in $Missing -or $_.updateType -in $Missing }).Count) { continue }
        $instance
    }
}

function Assert-OsmTestNeedsHub {
    <#
    .SYNOPSIS
        Asserts that on the retired service the call is refused before any request, naming the OS Management Hub feature
        and the way to Hub (error id OsmNeedsHub).
    #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [scriptblock] $Call, [Parameter(Mandatory)] [string] $Feature)
    $before = Get-OsmEmulatorCallCount $Emulator
    $err = $Call | Should -Throw -PassThru
    $err.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
    $err.Exception.Message | Should -BeLike "*$Feature*OS Management Hub feature*Connect-Osm -Service Hub*"
    Get-OsmEmulatorCallCount $Emulator | Should -Be $before
}

function Start-OsmTestStubService {
    <#
    .SYNOPSIS
        A loopback HTTP server that answers what a test cannot get from the emulator: each request whose method and path
        (with query) match a key of -Routes ('GET /20220901/workRequests/*', -like) gets that value as a 200 JSON body;
        anything else is 404. It checks no signature. Returns Endpoint, Requests (each 'METHOD path?query', in order) and
        what Stop-OsmTestStubService needs.
    #>
    param([Parameter(Mandatory)] [System.Collections.IDictionary] $Routes)
    for ($try = 1; ; $try++) {
        $port = Get-OsmTestFreePort
        $listener = [Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        try { $listener.Start(); break }
        catch { if ($try -ge 3) { throw } }
    }
    $requests = [Collections.Concurrent.ConcurrentQueue[string]]::new()
    $runspace = [powershell]::Create()
    $null = $runspace.AddScript({
            param($Listener, $Routes, $Requests)
            while ($Listener.IsListening) {
                try { $context = $Listener.GetContext() } catch { break }
                $line = "$($context.Request.HttpMethod) $($context.Request.Url.PathAndQuery)"
                $Requests.Enqueue($line)
                $route = $Routes.Keys | Where-Object { $line -like $_ } | Select-Object -First 1
                $body = if ($route) { $Routes[$route] } else { '{"code":"NotAuthorizedOrNotFound","message":"The stub has no answer for this."}' }
                $bytes = [Text.Encoding]::UTF8.GetBytes($body)
                $context.Response.StatusCode = if ($route) { 200 } else { 404 }
                $context.Response.ContentType = 'application/json'
                $context.Response.Headers['opc-request-id'] = [guid]::NewGuid().ToString('n')
                $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                $context.Response.Close()
            }
        }).AddArgument($listener).AddArgument($Routes).AddArgument($requests)
    $handle = $runspace.BeginInvoke()
    [pscustomobject]@{ Endpoint = "http://127.0.0.1:$port"; Requests = $requests; Listener = $listener; Runspace = $runspace; Handle = $handle }
}

function Start-OsmTestRecordingProxy {
    <#
    .SYNOPSIS
        A loopback "proxy" that records the first line of every request sent through it (for https, 'CONNECT host:443
        HTTP/1.1': where the client meant to go) and refuses it (403), so nothing leaves the machine. Returns Address and
        Requests (the lines, in order); Stop-OsmTestRecordingProxy ends it.
    #>
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start()
    $requests = [Collections.Concurrent.ConcurrentQueue[string]]::new()
    $runspace = [powershell]::Create()
    $null = $runspace.AddScript({
            param($Listener, $Requests)
            $refusal = [Text.Encoding]::ASCII.GetBytes("HTTP/1.1 403 Forbidden`r`nContent-Length: 0`r`nConnection: close`r`n`r`n")
            while ($true) {
                try { $client = $Listener.AcceptTcpClient() } catch { break }
                try {
                    $client.Client.ReceiveTimeout = 10000
                    $reader = [IO.StreamReader]::new($client.GetStream(), [Text.Encoding]::ASCII)
                    $line = $reader.ReadLine()
                    if ($line) { $Requests.Enqueue($line) }
                    while ($reader.ReadLine()) { }
                    $client.GetStream().Write($refusal, 0, $refusal.Length)
                }
                catch { }
                finally { $client.Dispose() }
            }
        }).AddArgument($listener).AddArgument($requests)
    $handle = $runspace.BeginInvoke()
    [pscustomobject]@{ Address = "http://127.0.0.1:$($listener.LocalEndpoint.Port)"; Requests = $requests; Listener = $listener; Runspace = $runspace; Handle = $handle }
}

function Stop-OsmTestRecordingProxy {
    param([Parameter(Mandatory)] $Proxy)
    $Proxy.Listener.Stop()
    $null = $Proxy.Handle.AsyncWaitHandle.WaitOne(10000)
    $Proxy.Runspace.Dispose()
}

function Stop-OsmTestStubService {
    param([Parameter(Mandatory)] $Stub)
    $Stub.Listener.Stop()
    $Stub.Listener.Close()
    $null = $Stub.Handle.AsyncWaitHandle.WaitOne(10000)
    $Stub.Runspace.Dispose()
}

Export-ModuleMember -Function @(
    'Install-OsmTestEmulatorTool', 'Get-OsmDocumentedCode', 'Get-OsmTestFreePort', 'Start-OsmTestProxy',
    'Stop-OsmTestProxy', 'Get-OsmTestProxyRequest', 'Invoke-OsmTestPwsh', 'Start-OsmTestEmulator',
    'Stop-OsmTestEmulator', 'Get-OsmTestRefusal', 'Invoke-OsmEmulatorAdmin', 'Get-OsmEmulatorCallCount', 'Get-OsmTestOperation',
    'Wait-OsmCondition', 'Wait-OsmEmulatorQuiet', 'Get-OsmTestChromium', 'Invoke-OsmTestChromium',
    'Find-OsmTestInstance', 'Assert-OsmTestNeedsHub', 'Get-OsmEmulatorChangeCount', 'Select-OsmStandalone', 'Start-OsmTestStubService', 'Stop-OsmTestStubService',
    'Start-OsmTestRecordingProxy', 'Stop-OsmTestRecordingProxy'
)
