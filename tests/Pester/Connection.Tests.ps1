# Connect-Osm, Get-OsmContext, Disconnect-Osm: the session's context, config validation and secrets never shown.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=6,compartments=3,depth=2,groups=1,vulnerable=0.5,windows=0.2'
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'The module' {
    It 'exports every cmdlet the manifest lists, and nothing else' {
        $manifest = Import-PowerShellDataFile (Join-Path (Get-Module OsManagement).ModuleBase 'OsManagement.psd1')
        $exported = (Get-Command -Module OsManagement).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        $exported | Should -Contain 'Get-OsmComplianceReport'
    }
}

Describe 'Connect-Osm -Emulator' {
    BeforeAll {
        $script:Started = Start-OsmEmulator -Path $env:OSM_TEST_EMULATOR_DLL -Fleet 'instances=3,compartments=1,depth=1,groups=1'
    }

    AfterAll {
        Stop-OsmEmulator $Started
        Disconnect-Osm
    }

    It 'connects to an emulator from Start-OsmEmulator, given or piped' {
        $context = Connect-Osm -Emulator $Started -PassThru
        $context.Endpoint | Should -Be $Started.Endpoint
        $context.TenancyId | Should -Be $Started.TenancyId
        @(Get-OsmManagedInstance -Recurse).Count | Should -Be 3
        Disconnect-Osm
        ($Started | Connect-Osm -PassThru).ConfigFile | Should -Be $Started.ConfigFile
    }

    It 'connects as the emulator''s instance or session-token user' {
        (Connect-Osm -Emulator $Started -AuthType InstancePrincipal -PassThru).AuthType | Should -Be 'InstancePrincipal'
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
        (Connect-Osm -Emulator $Started -Profile $Started.SessionProfile -AuthType SessionToken -PassThru).Profile | Should -Be 'SESSION'
        @(Get-OsmCompartment).Count | Should -BeGreaterThan 0
    }

    It 'refuses -<Parameter> beside -Emulator, naming both' -TestCases @(
        @{ Parameter = 'ConfigFile'; Value = '/tmp/other-config' }
        @{ Parameter = 'Endpoint'; Value = 'http://127.0.0.1:1' }
    ) {
        $arguments = @{ Emulator = $Started; $Parameter = $Value }
        $err = { Connect-Osm @arguments } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmConflictingParameters*'
        $err.Exception.Message | Should -BeLike "*-Emulator*-$Parameter*"
    }

    It 'says so when the emulator has stopped' {
        $gone = Start-OsmEmulator -Path $env:OSM_TEST_EMULATOR_DLL -Fleet 'instances=1,compartments=1,depth=1,groups=1'
        Stop-OsmEmulator $gone
        $err = { Connect-Osm -Emulator $gone } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmEmulatorStopped*'
        $err.Exception.Message | Should -BeLike '*Start-OsmEmulator*'
    }
}

Describe 'Connect-Osm' {
    It 'connects with the emulator''s profile and keeps the context for the session' {
        $context = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $context.Region | Should -Be 'us-ashburn-1'
        $context.TenancyId | Should -Be $Emulator.tenancyId
        $context.Profile | Should -Be 'DEFAULT'
        $context.Endpoint | Should -Be $Emulator.endpoint.TrimEnd('/')
        (Get-OsmContext).TenancyId | Should -Be $Emulator.tenancyId
    }

    It 'talks to OS Management Hub by default, and to the retired service with -Service Classic' {
        $hub = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $hub.Service | Should -Be 'Hub'
        $hubCalls = Get-OsmEmulatorCallCount $Emulator -Operation 'hub.listManagedInstances'
        Get-OsmManagedInstance -Context $hub | Out-Null
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.listManagedInstances' | Should -Be ($hubCalls + 1)

        $classic = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Classic -Region phx -PassThru
        $classic.Service | Should -Be 'Classic'
        $classic.Region | Should -Be 'us-phoenix-1'
        (Get-OsmContext).Service | Should -Be 'Classic'
        $classicCalls = Get-OsmEmulatorCallCount $Emulator -Operation 'listManagedInstances'
        Get-OsmManagedInstance | Out-Null
        Get-OsmEmulatorCallCount $Emulator -Operation 'listManagedInstances' | Should -Be ($classicCalls + 1)
        (Get-OsmManagedInstance -Context $hub -Region phx | Select-Object -First 1) | Out-Null
        Get-OsmEmulatorCallCount $Emulator -Operation 'hub.listManagedInstances' | Should -Be ($hubCalls + 2) -Because '-Region keeps the context''s service'
        { Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service Legacy } | Should -Throw -ExpectedMessage '*Hub*Classic*'
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
    }

    It 'writes nothing without -PassThru' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint | Should -BeNullOrEmpty
    }

    It 'accepts a short region key and a different region' {
        (Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Region phx -PassThru).Region | Should -Be 'us-phoenix-1'
    }

    It 'names the missing file' {
        $missing = Join-Path $TestDrive 'nope/config'
        { Connect-Osm -ConfigFile $missing } | Should -Throw -ExpectedMessage "*$missing*"
    }

    It 'names the profile when it does not exist' {
        { Connect-Osm -ConfigFile $Emulator.configFile -Profile 'NO_SUCH_PROFILE' } | Should -Throw -ExpectedMessage '*NO_SUCH_PROFILE*'
    }

    It 'names the profile and the missing key' {
        $config = Join-Path $TestDrive 'config-missing-key'
        (Get-Content $Emulator.configFile | Where-Object { $_ -notmatch '^fingerprint' }) | Set-Content $config
        $err = { Connect-Osm -ConfigFile $config } | Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike '*fingerprint*'
        $err.Exception.Message | Should -BeLike '*DEFAULT*'
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmConfigInvalid*'
    }

    It 'says the key file cannot be read, without showing the key' {
        $config = Join-Path $TestDrive 'config-bad-key'
        $badKey = Join-Path $TestDrive 'bad.pem'
        "-----BEGIN RSA PRIVATE KEY-----`nbm90IGEga2V5`n-----END RSA PRIVATE KEY-----" | Set-Content $badKey
        (Get-Content $Emulator.configFile) -replace '^key_file=.*$', "key_file=$badKey" | Set-Content $config
        $err = { Connect-Osm -ConfigFile $config } | Should -Throw -PassThru
        $err.Exception.Message | Should -BeLike "*$badKey*"
        $err.Exception.Message | Should -Not -BeLike '*bm90IGEga2V5*'
        $err.FullyQualifiedErrorId | Should -BeLike 'OsmKeyInvalid*'
    }

    It 'says what to check when the service refuses the API key' {
        $config = Join-Path $TestDrive 'config-other-key'
        $otherKey = Join-Path $TestDrive 'other.pem'
        $rsa = [Security.Cryptography.RSA]::Create(2048)
        try { $rsa.ExportPkcs8PrivateKeyPem() | Set-Content $otherKey } finally { $rsa.Dispose() }
        (Get-Content $Emulator.configFile) -replace '^key_file=.*$', "key_file=$otherKey" | Set-Content $config
        try {
            Connect-Osm -ConfigFile $config -Endpoint $Emulator.endpoint
            $err = { Get-OsmCompartment -ErrorAction Stop } | Should -Throw -PassThru
            $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $err.Exception.Message | Should -BeLike '*NotAuthenticated (401)*'
            $err.Exception.Message | Should -BeLike "*API key of profile ``[DEFAULT``] in '$config'*fingerprint*key_file*"
            $err.ErrorDetails.RecommendedAction | Should -BeLike '*fingerprint of a public key uploaded to that user*'
        }
        finally { Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint }
    }

    It 'refuses plain http to anything but loopback' {
        { Connect-Osm -ConfigFile $Emulator.configFile -Endpoint 'http://example.com' } | Should -Throw -ExpectedMessage '*http*'
    }
}

Describe 'Saved contexts' {
    It 'keep working after another Connect-Osm and after Disconnect-Osm' {
        $first = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $phoenix = Get-OsmCompartment -Context $first -Region phx
        $second = Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -PassThru
        $second | Should -Not -Be $first
        @(Get-OsmCompartment -Context $first).Count | Should -BeGreaterThan 0
        Disconnect-Osm
        @(Get-OsmCompartment -Context $first).Count | Should -BeGreaterThan 0
        @(Get-OsmCompartment -Context $second).Count | Should -BeGreaterThan 0
        @(Get-OsmCompartment -Context $first -Region phx).Count | Should -Be @($phoenix).Count
        Get-OsmContext | Should -BeNullOrEmpty
    }
}

Describe 'Disconnect-Osm and lazy connection' {
    It 'forgets the context' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
        Disconnect-Osm
        Get-OsmContext | Should -BeNullOrEmpty
    }

    It 'connects lazily with the defaults from the environment on the first call' {
        Disconnect-Osm
        $saved = $env:OCI_CLI_CONFIG_FILE
        try {
            $env:OCI_CLI_CONFIG_FILE = Join-Path $TestDrive 'lazy/config'
            { Get-OsmCompartment } | Should -Throw -ExpectedMessage "*$($env:OCI_CLI_CONFIG_FILE)*"
        }
        finally { $env:OCI_CLI_CONFIG_FILE = $saved }
    }
}

Describe 'Verbose output' {
    It 'shows one line per HTTP call with the request id, and nothing secret' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
        $verbose = Get-OsmCompartment -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $lines = $verbose.Message -join "`n"
        $lines | Should -Match 'GET /20160918/compartments\?\S+ -> 200 in \d+ ms \(opc-request-id \S+'
        $lines | Should -Not -Match 'Signature|Authorization|keyId|PRIVATE KEY'
    }

    It 'shows them under $VerbosePreference as under -Verbose, and none when verbose output is off' {
        Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
        $calls = { param($Output) @($Output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match ' -> \d{3} in ' }) }
        $VerbosePreference = 'Continue'
        (& $calls (Get-OsmCompartment 4>&1)).Count | Should -BeGreaterThan 0
        (& $calls (Get-OsmCompartment -Verbose:$false 4>&1)).Count | Should -Be 0
        $VerbosePreference = 'SilentlyContinue'
        (& $calls (Get-OsmCompartment 4>&1)).Count | Should -Be 0
        (& $calls (Get-OsmCompartment -Verbose 4>&1)).Count | Should -BeGreaterThan 0
    }
}
