# Every hint an OCID check gives can be followed where the user is: for every cmdlet, every parameter that checks OCIDs
# and every OCID kind the module knows that the parameter does not take, the refusal names a parameter of that same
# cmdlet, or a command of the module with a parameter it has. Found mechanically, by binding each wrong kind.
BeforeDiscovery {
    Import-Module OsManagement -Force
    $ocidAttribute = 'OsManagement.ValidateOcidAttribute'
    $script:Cases = foreach ($command in Get-Command -Module OsManagement -CommandType Cmdlet) {
        foreach ($parameter in $command.Parameters.Values) {
            $check = $parameter.Attributes | Where-Object { $_.GetType().FullName -eq $ocidAttribute }
            if (-not $check) { continue }
            foreach ($kind in [OsManagement.ValidateOcidAttribute]::KnownKinds | Where-Object { $_ -notin $check.Kinds }) {
                @{ Command = $command.Name; Parameter = $parameter.Name; Kind = $kind }
            }
        }
    }
}

BeforeAll {
    Import-Module OsManagement -Force
}

Describe 'OCID hints' {
    It 'covers every cmdlet that checks OCIDs, with both generations'' kinds' {
        $Cases.Count | Should -BeGreaterThan 100
        ($Cases.Command | Sort-Object -Unique).Count | Should -BeGreaterThan 15
        [OsManagement.ValidateOcidAttribute]::KnownKinds | Should -Contain 'osmhscheduledjob'
        [OsManagement.ValidateOcidAttribute]::KnownKinds | Should -Contain 'osmhworkrequest'
        [OsManagement.ValidateOcidAttribute]::KnownKinds | Should -Contain 'osmhmanagedinstancegroup'
    }

    It '<Command> -<Parameter> given a <Kind> OCID points to something that exists' -TestCases $Cases {
        $ocid = if ($Kind -in 'compartment', 'tenancy') { "ocid1.$Kind.oc1..aaaaexample" } else { "ocid1.$Kind.oc1.iad.aaaaexample" }
        $arguments = @{ $Parameter = $ocid }
        $err = { & $Command @arguments -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError*'
        $message = $err.Exception.Message
        $message | Should -BeLike "*'$ocid' is a * OCID, not a * OCID*"
        if ($message -match 'goes to -(?<parameter>\w+)\.') {
            (Get-Command $Command).Parameters.Keys | Should -Contain $Matches.parameter -Because "$Command is where the user is"
            $Matches.parameter | Should -Not -Be $Parameter
        }
        elseif ($message -match 'use (?<command>[\w-]+) -(?<parameter>\w+) ''') {
            $reader = Get-Command $Matches.command -Module OsManagement -ErrorAction SilentlyContinue
            $reader | Should -Not -BeNullOrEmpty -Because "$($Matches.command) must be a command of the module"
            $reader.Parameters.Keys | Should -Contain $Matches.parameter
            $takes = $reader.Parameters[$Matches.parameter].Attributes | Where-Object { $_.GetType().FullName -eq 'OsManagement.ValidateOcidAttribute' }
            $takes.Kinds | Should -Contain $Kind -Because "$($Matches.command) -$($Matches.parameter) takes the OCID given"
        }
        else {
            throw "The refusal names neither a parameter nor a command: $message"
        }
    }
}
