# Every exported cmdlet has real help (from docs/, built into MAML), and the about topic is there.
BeforeDiscovery {
    Import-Module OsManagement -Force
    $script:Commands = Get-Command -Module OsManagement | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    Import-Module OsManagement -Force
}

Describe 'Help for <Name>' -ForEach $Commands {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
        $script:Command = Get-Command $Name
    }

    It 'has a synopsis of its own' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))\s" -Because 'a synopsis that is only the syntax means no help was found'
    }

    It 'has a description' {
        ($Help.Description.Text -join "`n").Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example, and every example parses' {
        @($Help.Examples.Example).Count | Should -BeGreaterThan 0
        foreach ($example in $Help.Examples.Example) {
            $code = ($example.Code -join "`n") -replace '^PS\s*[^>]*>\s*', ''
            $errors = $null
            [System.Management.Automation.Language.Parser]::ParseInput($code, [ref] $null, [ref] $errors) | Out-Null
            $errors | Should -BeNullOrEmpty -Because "example '$($example.Title)' of $Name must parse"
            $code | Should -Match ([regex]::Escape($Name)) -Because 'an example shows the cmdlet in use'
        }
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $documented = @{}
        foreach ($parameter in $Help.Parameters.Parameter) { $documented[$parameter.Name] = ($parameter.Description.Text -join ' ').Trim() }
        foreach ($name in $Command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $documented.ContainsKey($name) | Should -BeTrue -Because "-$name of $Name needs help"
            $documented[$name] | Should -Not -BeNullOrEmpty -Because "-$name of $Name needs a description"
        }
    }
}

Describe 'about_OsManagement' {
    It 'is found by Get-Help and covers connecting, auth, the emulator and recipes' {
        $about = Get-Help about_OsManagement | Out-String
        $about | Should -Match 'Connect-Osm'
        $about | Should -Match 'InstancePrincipal'
        $about | Should -Match 'emulator'
        $about | Should -Match 'Export-OsmComplianceReport'
    }

    It 'points at OS Management Hub''s documentation, not the retired service''s' {
        $about = Get-Help about_OsManagement | Out-String
        $about | Should -Match ([regex]::Escape('https://docs.oracle.com/iaas/osmh/doc'))
        $about | Should -Not -Match 'iaas/os-management/'
    }
}
