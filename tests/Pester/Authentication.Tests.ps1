# Session tokens and instance principals end to end against the emulator: connect, report, change a job, token
# expiry, unreachable or refusing identity services, and no secret in any output stream; on OS Management Hub and on
# the retired API (Invoke-PesterSuite.ps1 runs the file once per service).
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=6,compartments=3,depth=2,groups=1,vulnerable=0.5,windows=0.2'
    $script:Tenancy = $Emulator.tenancyId

    function Invoke-IdentityAdmin([string] $Path, [string] $Method = 'GET') {
        Invoke-RestMethod -Method $Method -Uri ($Emulator.federationEndpoint.TrimEnd('/') + '/_emulator/identity' + $Path)
    }
    function Connect-AsSession {
        Connect-Osm -ConfigFile $Emulator.configFile -Profile $Emulator.sessionProfile -AuthType SessionToken -Endpoint $Emulator.endpoint -Service $Service -PassThru
    }
    function Connect-AsInstance {
        Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint $Emulator.metadataEndpoint -FederationEndpoint $Emulator.federationEndpoint -Endpoint $Emulator.endpoint -Service $Service -PassThru
    }
    function Test-JobRoundTrip {
        $linux = Get-OsmManagedInstance -Recurse -OsFamily Linux | Select-Object -First 1
        $job = $linux | New-OsmScheduledJob -CompartmentId $Tenancy -DisplayName "auth-$([guid]::NewGuid().ToString('n').Substring(0, 8))" -UpdateType Security -At (Get-Date).AddHours(6)
        $job.Id | Should -Match '^ocid1\.'
        $job | Remove-OsmScheduledJob -Confirm:$false
        Get-OsmScheduledJob -Id $job.Id -ErrorAction SilentlyContinue -ErrorVariable missing | Should -BeNullOrEmpty
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
    function Get-ClosedPort {
        $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = $listener.LocalEndpoint.Port
        $listener.Stop()
        return $port
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'The emulator''s start-up record' {
    It 'names the identity listener and the session profile' {
        $Emulator.metadataEndpoint | Should -Match '^http://127\.0\.0\.1:\d+/opc/v2/$'
        $Emulator.federationEndpoint | Should -Match '^http://127\.0\.0\.1:\d+$'
        $Emulator.sessionProfile | Should -Be 'SESSION'
    }
}

Describe "Connect-Osm -AuthType SessionToken on $Service" {
    BeforeAll {
        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null
    }

    It 'connects with the session profile and shows who it is' {
        $context = Connect-AsSession
        $context.AuthType | Should -Be 'SessionToken'
        $context.TenancyId | Should -Be $Tenancy
        $context.Profile | Should -Be 'SESSION'
        $context.UserId | Should -Match '^ocid1\.user\.'
        $context.Region | Should -Be 'us-ashburn-1'
    }

    It 'reports compliance and creates and removes a job' {
        Connect-AsSession | Out-Null
        $summary = Get-OsmComplianceReport -Recurse -Summary
        $summary.TotalInstances | Should -BeGreaterThan 0
        Test-JobRoundTrip
    }

    It 'stops with the refresh command once the token expires, and picks up a refreshed token file without reconnecting' {
        Connect-AsSession | Out-Null
        Invoke-IdentityAdmin '/session-token?lifetime=PT2S' POST | Out-Null
        $script:expired = $null
        Wait-OsmCondition -TimeoutSeconds 30 -Because 'the session token to expire' -Condition {
            try { Get-OsmCompartment -ErrorAction Stop | Out-Null; $false }
            catch {
                if ($_.FullyQualifiedErrorId -like 'OsmAuthenticationFailed*') { $script:expired = $_; $true } else { $false }
            }
        }
        $expired.Exception.Message | Should -BeLike '*expired*'
        $expired.Exception.Message | Should -BeLike "*oci session refresh --profile SESSION*"
        $expired.Exception.Message | Should -BeLike '*oci session authenticate*'
        $expired.CategoryInfo.Category | Should -Be 'AuthenticationError'

        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
    }

    It 'refuses to connect with an expired token, with the same advice' {
        Invoke-IdentityAdmin '/session-token?lifetime=PT1S' POST | Out-Null
        Wait-OsmCondition -TimeoutSeconds 10 -Because 'the token to expire' -Condition {
            $token = Get-Content -Raw (Join-Path $Emulator.StateDir 'session_token')
            $payload = $token.Split('.')[1].Replace('-', '+').Replace('_', '/')
            $payload += '=' * ((4 - $payload.Length % 4) % 4)
            $exp = ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($payload)) | ConvertFrom-Json).exp
            [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() -ge $exp
        }
        { Connect-AsSession } | Should -Throw -ExpectedMessage '*oci session refresh --profile SESSION*'
        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null
    }

    It 'says how to refresh when the service revokes a token that has not expired' {
        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null
        Connect-AsSession | Out-Null
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
        Invoke-IdentityAdmin '/revoke' POST | Out-Null
        try {
            $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
            $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $err.Exception.Message | Should -BeLike '*NotAuthenticated (401)*revoked*'
            $err.Exception.Message | Should -BeLike "*session token of profile ``[SESSION``]*oci session refresh --profile SESSION*"
            $err.ErrorDetails.RecommendedAction | Should -BeLike '*oci session authenticate --profile-name SESSION*'
        }
        finally { Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null }
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
    }
}

Describe "Connect-Osm -AuthType InstancePrincipal on $Service" {
    It 'connects with region and tenancy from the metadata service' {
        $context = Connect-AsInstance
        $context.Service | Should -Be $Service
        $context.AuthType | Should -Be 'InstancePrincipal'
        $context.Region | Should -Be 'us-ashburn-1'
        $context.TenancyId | Should -Be $Tenancy
        $context.Profile | Should -Be 'InstancePrincipal'
    }

    It 'takes -Region over the metadata service''s region' {
        $context = Connect-Osm -AuthType InstancePrincipal -Region phx -MetadataEndpoint $Emulator.metadataEndpoint -FederationEndpoint $Emulator.federationEndpoint -Endpoint $Emulator.endpoint -Service $Service -PassThru
        $context.Region | Should -Be 'us-phoenix-1'
    }

    It 'reports compliance and creates and removes a job with one token' {
        Connect-AsInstance | Out-Null
        $before = (Invoke-IdentityAdmin '').federationCalls
        $summary = Get-OsmComplianceReport -Recurse -Summary
        $summary.TotalInstances | Should -BeGreaterThan 0
        Test-JobRoundTrip
        (Invoke-IdentityAdmin '').federationCalls | Should -Be $before
    }

    It 'gets one new token after the old one is revoked' {
        Connect-AsInstance | Out-Null
        $before = (Invoke-IdentityAdmin '').federationCalls
        Invoke-IdentityAdmin '/revoke' POST | Out-Null
        1..8 | ForEach-Object -ThrottleLimit 8 -Parallel { Get-OsmCompartment | Out-Null }
        Get-OsmComplianceReport -Recurse -Summary | Should -Not -BeNullOrEmpty
        (Invoke-IdentityAdmin '').federationCalls | Should -Be ($before + 1)
    }

    It 'says the metadata service cannot be reached, that this is probably not an instance, and how to point elsewhere' {
        $port = Get-ClosedPort
        $err = { Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint "http://127.0.0.1:$port" -Endpoint $Emulator.endpoint } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmAuthenticationFailed*'
        $err.Exception.Message | Should -BeLike "*127.0.0.1:$port*cannot be reached*"
        $err.Exception.Message | Should -BeLike '*probably not*'
        $err.Exception.Message | Should -BeLike '*-MetadataEndpoint*'
    }

    It 'reports a refused token request with its status and message' {
        Invoke-IdentityAdmin '/federation-fault?status=403' POST | Out-Null
        try {
            $err = { Connect-AsInstance } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'OsmAuthenticationFailed*'
            $err.Exception.Message | Should -BeLike '*403*InjectedFailure*'
            $err.Exception.Message | Should -BeLike "*$($Emulator.federationEndpoint)/v1/x509*"
        }
        finally { Invoke-IdentityAdmin '/federation-fault?status=0' POST | Out-Null }
    }
}

Describe "Secrets on $Service" {
    It 'never shows a token, a private key or an Authorization header in any stream, with -Verbose and -Debug' {
        $secrets = [Collections.Generic.List[string]]::new()
        foreach ($keyFile in @((Join-Path $Emulator.StateDir 'api_key.pem'), (Join-Path $Emulator.StateDir 'identity/key.pem'))) {
            Get-Content $keyFile | Where-Object { $_ -and $_ -notlike '-----*' } | ForEach-Object { $secrets.Add($_) }
        }
        $secrets.Count | Should -BeGreaterThan 10
        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null # the instance principal tests revoked the last one

        $output = & {
            $DebugPreference = 'Continue'
            Connect-AsSession -Verbose -Debug | Format-List * | Out-String
            $secrets.Add((Get-Content -Raw (Join-Path $Emulator.StateDir 'session_token')).Trim())
            Get-OsmComplianceReport -Recurse -Summary -Verbose -Debug | Format-List * | Out-String
            Get-OsmContext | Format-List * | Out-String
            Connect-AsInstance -Verbose -Debug | Format-List * | Out-String
            Get-OsmCompartment -Verbose -Debug | Format-List * | Out-String
            Invoke-IdentityAdmin '/revoke' POST | Out-Null
            Get-OsmComplianceReport -Recurse -Summary -Verbose -Debug | Out-String
            Invoke-IdentityAdmin '/session-token?lifetime=PT1S' POST | Out-Null
            Wait-OsmCondition -TimeoutSeconds 10 -Because 'the session token to expire' -Condition {
                try { Connect-AsSession | Out-Null; $false } catch { $true }
            }
            try { Connect-AsSession -Verbose -Debug } catch { $_ }
            try { Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint "http://127.0.0.1:$(Get-ClosedPort)" -Verbose -Debug } catch { $_ }
            Invoke-IdentityAdmin '/federation-fault?status=401' POST | Out-Null
            try { Connect-Osm -AuthType InstancePrincipal -MetadataEndpoint $Emulator.metadataEndpoint -FederationEndpoint $Emulator.federationEndpoint -Verbose -Debug } catch { $_ }
            Invoke-IdentityAdmin '/federation-fault?status=0' POST | Out-Null
        } *>&1 | ForEach-Object {
            if ($_ -is [Management.Automation.ErrorRecord]) { $_.Exception.ToString(); $_ | Format-List * -Force | Out-String }
            else { "$_" }
        }
        Invoke-IdentityAdmin '/session-token?lifetime=PT20M' POST | Out-Null
        $text = $output -join "`n"

        $text | Should -BeLike '*Connected*'
        $text | Should -BeLike '*GET /20160918/compartments*'
        $text | Should -BeLike '*cannot be reached*'
        $text | Should -BeLike '*401*InjectedFailure*'
        $text | Should -BeLike '*oci session refresh*'
        foreach ($secret in $secrets) { $text.Contains($secret) | Should -BeFalse }
        $text | Should -Not -BeLike '*Authorization*'
        $text | Should -Not -BeLike '*ST$*'
        $text | Should -Not -BeLike '*PRIVATE KEY*'
        $text | Should -Not -Match 'eyJ[A-Za-z0-9_-]{10,}'
    }
}
