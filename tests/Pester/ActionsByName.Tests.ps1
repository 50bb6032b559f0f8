# -DisplayName means one thing: on Get-* it filters by name, on an action cmdlet it finds the action's targets by name
# (wildcards, any case, the tenancy and every compartment below), -WhatIf shows what matched, no match is an error, and
# a destructive action acts on several matches only with -Force. No cmdlet has a hidden parameter.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=8,compartments=3,depth=2,vulnerable=1,windows=0'
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint -Service $Service
    $script:Tenancy = $Emulator.tenancyId
    $script:AllLinux = @(Get-OsmManagedInstance -Recurse -OsFamily Linux)
    # Those whose content an action changes directly (on Hub a group or stage member changes through its group or stage).
    $script:Linux = @($AllLinux | Select-OsmStandalone -Service $Service)
    # Jobs in a sub-compartment too: a name is found in the tenancy and below.
    $script:Deep = @(Get-OsmCompartment -Recurse | Where-Object Id -ne $Tenancy)[0].Id
    $script:Next = [datetime]::new((Get-Date).Year + 1, 1, 10, 3, 0, 0)
    function New-NamedJob([string] $Name, [string] $CompartmentId = $Tenancy) {
        $Linux[0] | New-OsmScheduledJob -CompartmentId $CompartmentId -DisplayName $Name -UpdateType Security -At $Next -RepeatEvery Week -WarningAction SilentlyContinue
    }
    function Get-WhatIfText([scriptblock] $Command) {
        $transcript = Join-Path $TestDrive "whatif-$([guid]::NewGuid().ToString('n')).txt"
        Start-Transcript -Path $transcript | Out-Null
        try { & $Command } finally { Stop-Transcript | Out-Null }
        Get-Content -Raw $transcript
    }
    function Test-JobExists([string] $Id) { [bool] (Get-OsmScheduledJob -Id $Id -ErrorAction SilentlyContinue) }
}

AfterAll {
    Disconnect-Osm
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe "Remove-OsmScheduledJob -DisplayName on $Service" {
    It 'deletes the one job the name finds, in a sub-compartment too, in any case' {
        $job = New-NamedJob 'Nightly-Deep' $Deep
        Remove-OsmScheduledJob -DisplayName 'nightly-deep' -Confirm:$false
        Test-JobExists $job.Id | Should -BeFalse
    }

    It 'shows under -WhatIf the jobs it matched, and deletes nothing' {
        $job = New-NamedJob 'whatif-only'
        $text = Get-WhatIfText { Remove-OsmScheduledJob -DisplayName 'whatif-*' -WhatIf }
        $text | Should -BeLike "*Delete scheduled job*whatif-only ($($job.Id))*"
        Test-JobExists $job.Id | Should -BeTrue
    }

    It 'is an error, naming the name and where it looked, when nothing matches' {
        Remove-OsmScheduledJob -DisplayName 'no-such-job' -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNameNotFound*'
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].Exception.Message | Should -BeLike "*No scheduled job in the tenancy or the compartments below it has a name that matches -DisplayName 'no-such-job'*Get-OsmScheduledJob -Recurse*"
    }

    It 'deletes none of several matches without -Force, naming them, and all of them with it' {
        $a = New-NamedJob 'twin-a'
        $b = New-NamedJob 'twin-b'
        Remove-OsmScheduledJob -DisplayName 'twin-*' -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNameMatchesSeveral*'
        $errs[0].Exception.Message | Should -BeLike "*-DisplayName 'twin-*' matches 2 scheduled jobs: twin-a ($($a.Id)); twin-b ($($b.Id))*-Force*"
        (Test-JobExists $a.Id), (Test-JobExists $b.Id) | Should -Be @($true, $true)
        Remove-OsmScheduledJob -DisplayName 'twin-*' -Force -Confirm:$false
        (Test-JobExists $a.Id), (Test-JobExists $b.Id) | Should -Be @($false, $false)
    }

    It 'still deletes a piped job and a job by id' {
        $piped = New-NamedJob 'piped'
        $byId = New-NamedJob 'by-id'
        $piped | Remove-OsmScheduledJob -Confirm:$false
        Remove-OsmScheduledJob $byId.Id -Confirm:$false
        (Test-JobExists $piped.Id), (Test-JobExists $byId.Id) | Should -Be @($false, $false)
    }
}

Describe "Skip-OsmJob, Set-OsmScheduledJob and Invoke-OsmJobNow -DisplayName on $Service" {
    It 'skips every job the name finds (a skip destroys nothing)' {
        $a = New-NamedJob 'skip-a'
        $b = New-NamedJob 'skip-b'
        $skipped = Skip-OsmJob -DisplayName 'SKIP-*' -PassThru
        $skipped.Id | Sort-Object | Should -Be (@($a.Id, $b.Id) | Sort-Object)
        $skipped | ForEach-Object { $_.NextExecution | Should -Be $Next.AddDays(7) }
    }

    It 'changes the job the name finds; -NewDisplayName renames it' {
        $job = New-NamedJob 'to-rename'
        Set-OsmScheduledJob -DisplayName 'to-rename' -NewDisplayName 'renamed-by-name' -Description 'found by name'
        $read = Get-OsmScheduledJob -Id $job.Id
        $read.DisplayName | Should -Be 'renamed-by-name'
        $read.Description | Should -Be 'found by name'
    }

    It 'runs now the job the name finds' {
        $job = New-NamedJob 'run-by-name'
        $run = Invoke-OsmJobNow -DisplayName 'run-by-name' -PassThru
        $run.Id | Should -Be $job.Id
        $run.WorkRequestIds.Count | Should -BeGreaterThan 0
    }
}

Describe "Install-OsmUpdate, Install-OsmPackage and Uninstall-OsmPackage -ManagedInstanceName on $Service" {
    It 'updates the instance the name finds, and shows it under -WhatIf' {
        $instance = $Linux[1]
        $text = Get-WhatIfText { Install-OsmUpdate -ManagedInstanceName $instance.DisplayName -UpdateType Security -WhatIf }
        $text | Should -BeLike "*$($instance.DisplayName) ($($instance.Id))*"
        $request = Install-OsmUpdate -ManagedInstanceName $instance.DisplayName.ToUpperInvariant() -UpdateType Security
        @($request).Count | Should -Be 1
        $request.ManagedInstanceId | Should -Be $instance.Id
    }

    It 'is an error when no instance has the name' {
        Install-OsmUpdate -ManagedInstanceName 'no-such-host' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNameNotFound*'
        $errs[0].Exception.Message | Should -BeLike '*managed instance*-ManagedInstanceName ''no-such-host''*Get-OsmManagedInstance -Recurse*'
    }

    It 'removes a package from several matches only with -Force' {
        $pattern = $Linux[0].DisplayName.Substring(0, 2) + '*'
        $matching = @($AllLinux | Where-Object DisplayName -like $pattern)
        $matching.Count | Should -BeGreaterThan 1 -Because 'the generated names share their start'
        Uninstall-OsmPackage -ManagedInstanceName $pattern -Name 'bash' -Confirm:$false -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'OsmNameMatchesSeveral*'
        $text = Get-WhatIfText { Uninstall-OsmPackage -ManagedInstanceName $pattern -Name 'bash' -Force -WhatIf -ErrorAction SilentlyContinue }
        foreach ($instance in $matching | Select-OsmStandalone -Service $Service) { $text | Should -BeLike "*$($instance.DisplayName) ($($instance.Id))*" }
    }

    It 'installs a package on the instance the name finds' {
        $request = Install-OsmPackage -ManagedInstanceName $Linux[0].DisplayName -Name 'tmux'
        $request.ManagedInstanceId | Should -Be $Linux[0].Id
    }
}

Describe 'Hidden parameters' {
    It 'no cmdlet has one: what Get-Help shows is what there is' {
        $hidden = foreach ($command in Get-Command -Module OsManagement) {
            foreach ($parameter in $command.Parameters.Values) {
                if ($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) { "$($command.Name) -$($parameter.Name)" }
            }
        }
        $hidden | Should -BeNullOrEmpty
    }
}
