# Proxies end to end (issue 15): a real proxy server (tinyproxy) between the module and the emulator, and what its own
# log shows. -Proxy and the environment's variables, NO_PROXY, the metadata service kept direct, credentials, and
# clear errors for a wrong proxy or bad input.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=6,compartments=3,depth=2,groups=1,vulnerable=0.5,windows=0.2'
    $script:EmulatorUri = [Uri] $Emulator.endpoint
    $script:FederationUri = [Uri] $Emulator.federationEndpoint
    $script:Proxy = Start-OsmTestProxy -Folder (Join-Path $TestDrive 'proxy')
    $script:AuthProxy = Start-OsmTestProxy -Folder (Join-Path $TestDrive 'auth-proxy') -User 'alice' -Password 's3cret-proxy-pw'
    $script:GoodCredential = [pscredential]::new('alice', (ConvertTo-SecureString 's3cret-proxy-pw' -AsPlainText -Force))
    $script:WrongCredential = [pscredential]::new('alice', (ConvertTo-SecureString 'not-the-pw' -AsPlainText -Force))
    # The admin calls below use PowerShell's own web cmdlets, whose default proxy .NET fixes at their first use: make it now,
    # with no proxy variable set, so that only the module's requests can reach the proxies.
    Get-OsmEmulatorCallCount $Emulator | Out-Null

    $script:ProxyVariables = 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'
    function Clear-ProxyVariables { foreach ($name in $ProxyVariables) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue } }
    $script:SavedVariables = @{}
    foreach ($name in $ProxyVariables) { $SavedVariables[$name] = [Environment]::GetEnvironmentVariable($name) }
    Clear-ProxyVariables

    # The API requests a proxy passed to the emulator (or tunnelled to it), and to its auth and metadata listener.
    function Get-ApiRequests($Through) {
        @(Get-OsmTestProxyRequest $Through | Where-Object {
                $_.Target -like "http://$($EmulatorUri.Authority)/*" -and $_.Target -notlike '*/_emulator/*' })
    }
    function Get-IdentityRequests($Through) {
        @(Get-OsmTestProxyRequest $Through | Where-Object { $_.Target -like "http://$($FederationUri.Authority)/*" })
    }
    function Use-Module {
        # Lists, reads in full and reports: a few dozen requests of several operations.
        @(Get-OsmCompartment -Recurse).Count + @(Get-OsmManagedInstance -Recurse).Count + (Get-OsmComplianceReport -Recurse -Summary).TotalInstances
    }
}

AfterAll {
    Disconnect-Osm
    Clear-ProxyVariables
    foreach ($name in $SavedVariables.Keys) { if ($null -ne $SavedVariables[$name]) { Set-Item "Env:$name" $SavedVariables[$name] } }
    if ($script:Proxy) { Stop-OsmTestProxy $script:Proxy }
    if ($script:AuthProxy) { Stop-OsmTestProxy $script:AuthProxy }
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'Connect-Osm -Proxy' {
    AfterEach { Clear-ProxyVariables }

    It 'sends every request through the proxy: its log shows each one the emulator answered' {
        $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $Proxy.Address -PassThru
        $context.Proxy | Should -Be "$($Proxy.Address)/"
        $context.ProxySource | Should -Be '-Proxy'
        $seenBefore = (Get-ApiRequests $Proxy).Count
        $answeredBefore = Get-OsmEmulatorCallCount $Emulator

        Use-Module | Should -BeGreaterThan 0

        $answered = (Get-OsmEmulatorCallCount $Emulator) - $answeredBefore
        $answered | Should -BeGreaterThan 10
        $requests = Get-ApiRequests $Proxy | Select-Object -Skip $seenBefore
        $requests.Count | Should -Be $answered
        ($requests.Target -like "http://$($EmulatorUri.Authority)/20160918/compartments?compartmentId=*").Count | Should -BeGreaterThan 0
        ($requests.Target -like "http://$($EmulatorUri.Authority)/20190801/managedInstances*").Count | Should -BeGreaterThan 0
    }

    It 'replaces the environment''s proxy and NO_PROXY for its connection' {
        $env:HTTP_PROXY = "http://127.0.0.1:$(Get-OsmTestFreePort)"
        $env:NO_PROXY = '*'
        $seenBefore = (Get-ApiRequests $Proxy).Count
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $Proxy.Address
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
        (Get-ApiRequests $Proxy).Count | Should -BeGreaterThan $seenBefore
    }

    It 'gives a proxy that asks for them the -ProxyCredential user name and password, and shows the password nowhere' {
        $seenBefore = (Get-ApiRequests $AuthProxy).Count
        $output = & {
            $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $AuthProxy.Address -ProxyCredential $GoodCredential -PassThru -Verbose
            $context | Format-List * | Out-String
            Get-OsmCompartment -Recurse -Verbose -Debug | Out-String
        } *>&1 | Out-String
        (Get-ApiRequests $AuthProxy).Count | Should -BeGreaterThan $seenBefore
        (Get-OsmContext).Proxy | Should -Be "$($AuthProxy.Address)/"
        $output | Should -BeLike "*through the proxy $($AuthProxy.Address)/ (set by -Proxy)*"
        $output | Should -Not -BeLike '*s3cret-proxy-pw*'
        Get-Content -Raw $AuthProxy.Log | Should -Not -BeLike '*s3cret-proxy-pw*'
    }

    It 'says that the proxy wants credentials, and how to give them, when none were given' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $AuthProxy.Address
        $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmProxyAuthenticationFailed*'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $err.Exception.Message | Should -BeLike "The proxy $($AuthProxy.Address)/ (set by -Proxy) refused GET /20160918/compartments*407 Proxy Authentication Required*-ProxyCredential*"
    }

    It 'says that the proxy did not accept the credentials given, without showing them' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $AuthProxy.Address -ProxyCredential $WrongCredential
        $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmProxyAuthenticationFailed*'
        $err.Exception.Message | Should -BeLike "*$($AuthProxy.Address)/*did not accept the user name and password given: check -ProxyCredential*"
        $err.Exception.Message | Should -Not -BeLike '*not-the-pw*'
    }

    It 'names a proxy that cannot be reached, at once (one attempt), and sends nothing to the service' {
        $closed = "http://127.0.0.1:$(Get-OsmTestFreePort)"
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Proxy $closed
        $answeredBefore = Get-OsmEmulatorCallCount $Emulator
        $verbose = [Collections.Generic.List[object]]::new()
        $err = $null
        try { Get-OsmCompartment -ErrorAction Stop -Verbose 4>&1 | ForEach-Object { $verbose.Add($_) } } catch { $err = $_ }
        $err | Should -Not -BeNullOrEmpty
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmProxyFailed*'
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
        $err.Exception.Message | Should -BeLike "GET /20160918/compartments* could not go through the proxy $closed/ (set by -Proxy): *refused*Check the address given to Connect-Osm -Proxy*"
        @($verbose | Where-Object { "$_" -like 'GET /20160918/compartments*' }).Count | Should -Be 1
        (Get-OsmEmulatorCallCount $Emulator) | Should -Be $answeredBefore
    }
}

Describe 'The environment''s proxy' {
    AfterEach { Clear-ProxyVariables }

    It 'is HTTP_PROXY for an http endpoint, read when Connect-Osm runs, and shown in the context without its password' {
        $env:HTTP_PROXY = $AuthProxy.Address -replace '^http://', 'http://alice:s3cret-proxy-pw@'
        $seenBefore = (Get-ApiRequests $AuthProxy).Count
        $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $context.Proxy | Should -Be "$($AuthProxy.Address)/"
        $context.ProxySource | Should -Be 'HTTP_PROXY'
        ($context | Format-List * | Out-String) | Should -Not -BeLike '*s3cret-proxy-pw*'
        Use-Module | Should -BeGreaterThan 0
        (Get-ApiRequests $AuthProxy).Count | Should -BeGreaterThan ($seenBefore + 10)
    }

    It 'is not used for a host that NO_PROXY names: loopback goes through the proxy only while NO_PROXY leaves it out' {
        $env:HTTP_PROXY = $Proxy.Address
        $env:NO_PROXY = 'localhost,127.0.0.1'
        $seenBefore = (Get-ApiRequests $Proxy).Count
        $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $context.Proxy | Should -BeNullOrEmpty
        Use-Module | Should -BeGreaterThan 0
        (Get-ApiRequests $Proxy).Count | Should -Be $seenBefore

        $env:NO_PROXY = '.oraclecloud.com'
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
        (Get-ApiRequests $Proxy).Count | Should -BeGreaterThan $seenBefore
    }

    It 'is HTTPS_PROXY for an https endpoint: the proxy''s log shows the tunnel (CONNECT), and HTTP_PROXY is not used for it' {
        # The emulator speaks plain http, so TLS through the tunnel cannot succeed; what matters is where the request went,
        # and that the failure names the proxy at once instead of after minutes of retries.
        $env:HTTPS_PROXY = $Proxy.Address
        $env:HTTP_PROXY = "http://127.0.0.1:$(Get-OsmTestFreePort)"
        $https = "https://$($EmulatorUri.Authority)"
        $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $https -PassThru
        $context.ProxySource | Should -Be 'HTTPS_PROXY'
        $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmProxyFailed*'
        $err.Exception.Message | Should -BeLike "*through the proxy $($Proxy.Address)/ (set by HTTPS_PROXY)*no TLS connection to $($EmulatorUri.Authority)*"
        $tunnels = @(Get-OsmTestProxyRequest $Proxy | Where-Object { $_.Method -eq 'CONNECT' -and $_.Target -eq $EmulatorUri.Authority })
        $tunnels.Count | Should -Be 1
    }

    It 'that cannot be reached is named with the variable to fix' {
        $env:HTTP_PROXY = "http://127.0.0.1:$(Get-OsmTestFreePort)"
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
        $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmProxyFailed*'
        $err.Exception.Message | Should -BeLike "*could not go through the proxy $($env:HTTP_PROXY)/ (set by HTTP_PROXY)*Check the HTTP_PROXY environment variable, add 127.0.0.1 to NO_PROXY*"
    }
}

Describe 'The instance metadata service' {
    AfterEach { Clear-ProxyVariables }

    It 'is reached directly, while the auth service and the service go through the proxy (<Name>)' -ForEach @(
        @{ Name = 'HTTP_PROXY'; UseVariable = $true }
        @{ Name = '-Proxy'; UseVariable = $false }
    ) {
        $seenBefore = @(Get-OsmTestProxyRequest $Proxy).Count
        $connect = @{ AuthType = 'InstancePrincipal'; Endpoint = $Emulator.endpoint; MetadataEndpoint = $Emulator.metadataEndpoint; FederationEndpoint = $Emulator.federationEndpoint }
        if ($UseVariable) { $env:HTTP_PROXY = $Proxy.Address } else { $connect.Proxy = $Proxy.Address }
        $context = Connect-Osm @connect -PassThru
        $context.TenancyId | Should -Be $Emulator.tenancyId
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0

        $seen = @(Get-OsmTestProxyRequest $Proxy | Select-Object -Skip $seenBefore)
        ($seen | Where-Object { $_.Method -eq 'POST' -and $_.Target -like '*/v1/x509' }).Count | Should -Be 1
        ($seen | Where-Object { $_.Target -like "http://$($EmulatorUri.Authority)/20160918/*" }).Count | Should -BeGreaterThan 0
        ($seen | Where-Object { $_.Target -like '*/opc/v2/*' }) | Should -BeNullOrEmpty
    }
}

Describe 'Bad proxy input' {
    AfterEach { Clear-ProxyVariables }

    It 'is refused before any request: <Case>' -ForEach @(
        @{ Case = 'a proxy that is not http or https'; Arguments = @{ Proxy = [Uri] 'ftp://127.0.0.1:2121' }; Expected = "-Proxy 'ftp://127.0.0.1:2121/' is not an http or https address*http://host:port*" }
        @{ Case = 'a proxy address with a password in it'; Arguments = @{ Proxy = [Uri] 'http://alice:s3cret-proxy-pw@127.0.0.1:3128' }; Expected = '-Proxy holds a user name or password*-ProxyCredential*' }
        @{ Case = 'credentials without a proxy'; Arguments = @{ ProxyCredential = 'credential' }; Expected = '-ProxyCredential was given without -Proxy*-Proxy http://*' }
        @{ Case = 'an HTTPS_PROXY that is not a proxy address'; Variable = 'socks5://alice:s3cret-proxy-pw@127.0.0.1:1080'; Arguments = @{}; Expected = 'The HTTPS_PROXY environment variable is not an http or https proxy address*' }
    ) {
        if ($Variable) { $env:HTTPS_PROXY = $Variable }
        if ($Arguments.ProxyCredential) { $Arguments.ProxyCredential = $GoodCredential }
        $answeredBefore = Get-OsmEmulatorCallCount $Emulator
        $seenBefore = @(Get-OsmTestProxyRequest $Proxy).Count + @(Get-OsmTestProxyRequest $AuthProxy).Count
        $err = { Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint @Arguments } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmInvalidArgument*'
        $err.Exception.Message | Should -BeLike $Expected
        $err.Exception.Message | Should -Not -BeLike '*s3cret-proxy-pw*'
        (Get-OsmEmulatorCallCount $Emulator) | Should -Be $answeredBefore
        @(Get-OsmTestProxyRequest $Proxy).Count + @(Get-OsmTestProxyRequest $AuthProxy).Count | Should -Be $seenBefore
    }
}
