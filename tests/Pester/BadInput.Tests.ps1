# Bad input as real users type it, one table: each case must fail with an error that names the parameter (or file,
# profile, key) and the fix; when it can be judged locally, no request reaches the service; and under -Verbose -Debug
# no secret (key, passphrase, token, Authorization header) reaches any stream.
BeforeDiscovery {
    # Each case: what the user did, the command, the error id, the words its message must have, and whether the
    # mistake can be seen without asking the service (then nothing may be sent).
    $script:Cases = @(
        # Connecting: config files, profiles, keys
        @{ Case = 'a config file that does not exist'; Run = { Connect-Osm -ConfigFile (Join-Path $TestDrive 'nope/config') -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmConfigInvalid'; Says = @('nope/config', 'does not exist', 'oci setup config', '-ConfigFile') }
        @{ Case = 'a profile the file does not have'; Run = { Connect-Osm -ConfigFile $Emu.ConfigFile -Profile PRODUCTION -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmConfigInvalid'; Says = @('[PRODUCTION]', 'DEFAULT', '-Profile') }
        @{ Case = 'a profile without user, fingerprint or key_file'; Run = { Connect-Osm -ConfigFile $Broken.Incomplete -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmConfigInvalid'; Says = @("'user'", "'fingerprint'", "'key_file'", 'oci setup config') }
        @{ Case = 'a key_file that is not there'; Run = { Connect-Osm -ConfigFile $Broken.MissingKey -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmKeyInvalid'; Says = @('missing.pem', 'key_file') }
        @{ Case = 'an encrypted key without pass_phrase'; Run = { Connect-Osm -ConfigFile $Broken.NoPassphrase -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmKeyInvalid'; Says = @('encrypted', 'pass_phrase') }
        @{ Case = 'an encrypted key with the wrong pass_phrase'; Run = { Connect-Osm -ConfigFile $Broken.WrongPassphrase -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmKeyInvalid'; Says = @('pass_phrase') }
        @{ Case = 'a session token asked of an API-key profile'; Run = { Connect-Osm -ConfigFile $Emu.ConfigFile -AuthType SessionToken -Endpoint $Emu.Endpoint }
            ErrorId = 'OsmConfigInvalid'; Says = @("'security_token_file'", 'oci session authenticate', '-Profile', '-AuthType ApiKey') }
        @{ Case = 'an AuthType that does not exist'; Run = { Connect-Osm -ConfigFile $Emu.ConfigFile -AuthType Password -Endpoint $Emu.Endpoint }
            ErrorId = 'CannotConvertArgumentNoMessage'; Says = @('AuthType', 'ApiKey', 'SessionToken', 'InstancePrincipal') }
        @{ Case = 'plain http to a host that is not loopback'; Run = { Connect-Osm -ConfigFile $Emu.ConfigFile -Endpoint 'http://osm.example.com' }
            ErrorId = 'OsmInvalidArgument'; Says = @('http://osm.example.com', 'https://', 'localhost') }
        @{ Case = 'a proxy that is not http or https'; Run = { Connect-Osm -Emulator $Emu -Proxy 'socks5://127.0.0.1:1080' }
            ErrorId = 'OsmInvalidArgument'; Says = @('-Proxy', 'socks5', 'http') }
        @{ Case = 'proxy credentials without a proxy'; Run = { Connect-Osm -Emulator $Emu -ProxyCredential ([pscredential]::new('me', (ConvertTo-SecureString 'Pr0xyS3cret!' -AsPlainText -Force))) }
            ErrorId = 'OsmInvalidArgument'; Says = @('-ProxyCredential', '-Proxy') }
        @{ Case = '-Emulator with -ConfigFile'; Run = { Connect-Osm -Emulator $Emu -ConfigFile $Emu.ConfigFile }
            ErrorId = 'OsmConflictingParameters'; Says = @('-Emulator', '-ConfigFile') }

        # OCIDs
        @{ Case = 'something that is no OCID as an instance id'; Run = { Get-OsmManagedInstance -Id 'web-01' }
            ErrorId = 'ParameterArgumentValidationError'; Says = @("parameter 'Id'", 'web-01', 'ocid1.instance.', 'Get-Osm') }
        @{ Case = 'a compartment OCID as an instance id'; Run = { Get-OsmManagedInstance -Id $Emu.TenancyId }
            ErrorId = 'ParameterArgumentValidationError'; Says = @("parameter 'Id'", 'tenancy OCID', '-CompartmentId') }
        @{ Case = 'an instance OCID as a compartment'; Run = { Get-OsmManagedInstance -CompartmentId $Linux.Id }
            ErrorId = 'ParameterArgumentValidationError'; Says = @("parameter 'CompartmentId'", 'managed instance OCID') }

        # Scheduled jobs
        @{ Case = 'a job at a time in the past'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'past' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(-1) }
            ErrorId = 'OsmInvalidSchedule'; Says = @('-At', 'past', 'future', 'Invoke-OsmJobNow') }
        @{ Case = 'an interval without a recurrence'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'interval' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(1) -Interval 2 }
            ErrorId = 'OsmInvalidSchedule'; Says = @('-Interval', '-RepeatEvery') }
        @{ Case = 'an Install job without packages'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'install' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(1) -Operation Install }
            ErrorId = 'OsmInvalidSchedule'; Says = @('-PackageName', '-WindowsUpdateName') }
        @{ Case = 'a job with no target'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'nothing' -At (Get-Date).AddDays(1) }
            ErrorId = 'OsmNoTargets'; Says = @('-ManagedInstanceId', '-ManagedInstanceGroupId') }
        @{ Case = 'a recurrence rule with a day that is not one'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'rule' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(1) -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SUNDAY' }
            ErrorId = 'OsmInvalidSchedule'; Says = @('-RecurrenceRule', "'SUNDAY' is not a day", 'SU', 'FREQ=WEEKLY;BYDAY=SU') }
        @{ Case = 'an interval and a rule together'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'both' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(1) -RepeatEvery Week -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU' }
            ErrorId = 'OsmInvalidSchedule'; Says = @('-RepeatEvery', '-RecurrenceRule', 'one of them') }
        @{ Case = 'a RepeatEvery that does not exist'; Run = { New-OsmScheduledJob -CompartmentId $Emu.TenancyId -DisplayName 'fortnight' -ManagedInstanceId $Linux.Id -At (Get-Date).AddDays(1) -RepeatEvery Fortnight }
            ErrorId = 'ParameterArgumentValidationError'; Says = @('RepeatEvery', 'Week') }

        # Actions and waits
        @{ Case = 'an update type that does not exist'; Run = { Install-OsmUpdate -ManagedInstanceId $Linux.Id -UpdateType Critical }
            ErrorId = 'ParameterArgumentValidationError'; Says = @('UpdateType', 'Security') }
        @{ Case = 'a negative wait timeout'; Run = { Wait-OsmWorkRequest -Id 'ocid1.osmsworkrequest.oc1.iad.aaaa' -Timeout -5 }
            ErrorId = 'ParameterArgumentValidationError'; Says = @('Timeout', '-5') }
        @{ Case = 'a scheduled job OCID given to wait for'; Run = { Wait-OsmWorkRequest -Id 'ocid1.osmhscheduledjob.oc1.iad.aaaa' }
            ErrorId = 'ParameterArgumentValidationError'; Says = @("parameter 'Id'", 'scheduled job OCID', 'Get-OsmScheduledJob -Id') }
        @{ Case = 'a since that is no date'; Run = { Get-OsmWorkRequest -Since 'last tuesday' }
            ErrorId = 'CannotConvertArgumentNoMessage'; Says = @('Since', 'last tuesday') }

        # Reports
        @{ Case = 'a report file type the module does not write'; Run = { Export-OsmComplianceReport -Path (Join-Path $TestDrive 'report.pdf') -InputObject $Record }
            ErrorId = 'OsmReportFormatUnknown'; Says = @('.pdf', '.html', '.md', '.json', '-Path') }
        @{ Case = 'an SLA for a severity that does not exist'; Run = { Get-OsmComplianceReport -Recurse -SlaDays @{ Urgent = 7 } }
            ErrorId = 'OsmSlaDaysInvalid'; Says = @('-SlaDays', "'Urgent'", 'Critical, Important, Moderate, Low or Unrated') }
        @{ Case = 'an SLA that is no number of days'; Run = { Get-OsmComplianceReport -Recurse -SlaDays @{ Critical = 'two weeks' } }
            ErrorId = 'OsmSlaDaysInvalid'; Says = @('-SlaDays', "'two weeks'", 'whole number') }
        @{ Case = 'a group with a compartment to report on'; Run = { Get-OsmComplianceReport -ManagedInstanceGroupId 'ocid1.osmhmanagedinstancegroup.oc1.iad.aaaa' -CompartmentId $Emu.TenancyId }
            ErrorId = 'OsmComplianceScopeConflict'; Says = @('-CompartmentId', '-ManagedInstanceGroupId') }
        @{ Case = 'a report path whose folder is a file'; Run = { 'x' | Set-Content (Join-Path $TestDrive 'a-file'); $Record | Export-OsmComplianceReport -Path (Join-Path $TestDrive 'a-file/report.html') }
            ErrorId = 'OsmReportPathBlocked'; Says = @('a-file', 'is a file, not a folder', '-Path') }

        # The emulator
        @{ Case = 'a fault the emulator cannot inject'; Run = { Start-OsmEmulator -Path $env:OSM_TEST_EMULATOR_DLL -Fault @{ 418 = 0.5 } }
            ErrorId = 'OsmInvalidFault'; Says = @('-Fault', '418', '429', 'reset') }
    )
}

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emu = Start-OsmEmulator -Path $env:OSM_TEST_EMULATOR_DLL -Fleet 'instances=4,compartments=2,depth=1,groups=1,vulnerable=1,windows=0'
    $Emu | Connect-Osm
    $script:Linux = Get-OsmManagedInstance -Recurse | Select-Object -First 1
    $script:Record = Get-OsmComplianceReport -Recurse | Select-Object -First 1

    # Broken config files beside the emulator's, and the secrets that must never show.
    $key = Get-Content -Raw (Join-Path $Emu.StateDirectory 'api_key.pem')
    $rsa = [Security.Cryptography.RSA]::Create()
    $rsa.ImportFromPem($key)
    $script:Passphrase = 'C0rrect-H0rse-' + [guid]::NewGuid().ToString('n').Substring(0, 8)
    $encrypted = $rsa.ExportEncryptedPkcs8PrivateKeyPem($Passphrase,
        [Security.Cryptography.PbeParameters]::new('Aes256Cbc', 'SHA256', 100000))
    Set-Content (Join-Path $TestDrive 'encrypted.pem') $encrypted
    $default = (Get-Content $Emu.ConfigFile | Where-Object { $_ -match '^(user|fingerprint|tenancy|region)\s*=' }) -join "`n"
    function New-Config([string] $Name, [string] $Body) {
        $path = Join-Path $TestDrive $Name
        Set-Content $path "[DEFAULT]`n$Body`n"
        return $path
    }
    $script:Broken = @{
        Incomplete      = New-Config 'incomplete' "tenancy = $($Emu.TenancyId)`nregion = us-ashburn-1"
        MissingKey      = New-Config 'missing-key' "$default`nkey_file = $(Join-Path $TestDrive 'missing.pem')"
        NoPassphrase    = New-Config 'no-passphrase' "$default`nkey_file = $(Join-Path $TestDrive 'encrypted.pem')"
        WrongPassphrase = New-Config 'wrong-passphrase' "$default`nkey_file = $(Join-Path $TestDrive 'encrypted.pem')`npass_phrase = Wr0ng-$Passphrase"
    }
    # What would betray a secret: any line of the key's body, the passphrases, a signature or a proxy password.
    $script:Secrets = @($key -split "`n" | Where-Object { $_ -match '^[A-Za-z0-9+/=]{40,}$' }) +
        @($encrypted -split "`n" | Where-Object { $_ -match '^[A-Za-z0-9+/=]{40,}$' }) +
        @($Passphrase, 'Pr0xyS3cret!', 'Signature version=', 'keyId=')
}

AfterAll {
    Disconnect-Osm
    Stop-OsmEmulator $Emu
}

Describe 'Bad input' {
    It 'refuses <Case>, naming what is wrong and the fix, sending nothing and showing no secret' -ForEach $Cases {
        $Emu.ResetStats()
        $failure = $null
        $streams = try {
            & $Run -ErrorAction Stop -Verbose -Debug *>&1
        }
        catch {
            $failure = $_
        }
        if (-not $failure) {
            $failure = $streams | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Select-Object -First 1
        }
        $failure | Should -Not -BeNullOrEmpty -Because "$Case must be refused"
        $failure.FullyQualifiedErrorId | Should -BeLike "$ErrorId*"
        $message = $failure.Exception.Message + ' ' + $failure.ErrorDetails.Message
        foreach ($word in $Says) { $message | Should -BeLike "*$word*" -Because 'the message names the problem and the fix' }
        $Emu.GetCallCount() | Should -Be 0 -Because 'the mistake is seen before any request'
        $everything = (@($streams) + @($failure) | Out-String -Width 4096) + $message
        foreach ($secret in $Secrets) { $everything.Contains($secret) | Should -BeFalse -Because 'no secret reaches any stream' }
        # Leave the session connected to the emulator for the next case.
        $Emu | Connect-Osm
    }
}
