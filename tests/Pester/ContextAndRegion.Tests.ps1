# -Context and -Region on every cmdlet that reads or changes something, one table: -Context sends the call to that
# context's service and not to the session's (two emulators, counted at each), and -Region sends it to that region's
# endpoint (a context without -Endpoint, whose https requests go through a proxy that records where each was meant to
# go and refuses it, so nothing leaves the machine). On OS Management Hub and on the retired API (Invoke-PesterSuite.ps1
# runs the file once per service); what only Hub can do is refused before any request on the retired service.
param([ValidateSet('Hub', 'Classic')] [string] $Service = 'Hub')

BeforeDiscovery {
    # Each cmdlet, called with $With (-Context, and -Region) and real arguments from the context's emulator ($B).
    $script:Cases = @(
        @{ Name = 'Get-OsmCompartment'; Call = { param($With) Get-OsmCompartment @With } }
        @{ Name = 'Get-OsmManagedInstance'; Call = { param($With) Get-OsmManagedInstance -Id $B.Linux @With } }
        @{ Name = 'Get-OsmManagedInstanceGroup'; Call = { param($With) Get-OsmManagedInstanceGroup -Id $B.Group @With } }
        @{ Name = 'Get-OsmAvailableUpdate'; Call = { param($With) Get-OsmAvailableUpdate -ManagedInstanceId $B.Linux @With } }
        @{ Name = 'Install-OsmUpdate'; Call = { param($With) Install-OsmUpdate -ManagedInstanceId $B.Linux -UpdateType Bugfix -Confirm:$false @With } }
        @{ Name = 'Install-OsmPackage'; Call = { param($With) Install-OsmPackage -ManagedInstanceId $B.Linux -Name htop -Confirm:$false @With } }
        @{ Name = 'Uninstall-OsmPackage'; Call = { param($With) Uninstall-OsmPackage -ManagedInstanceId $B.Linux -Name htop -Confirm:$false @With } }
        @{ Name = 'New-OsmScheduledJob'; Call = { param($With) New-OsmScheduledJob -CompartmentId $B.Tenancy -DisplayName 'by-context' -ManagedInstanceId $B.Linux -At (Get-Date).AddHours(5) -Confirm:$false @With } }
        @{ Name = 'Get-OsmScheduledJob'; Call = { param($With) Get-OsmScheduledJob -Id $B.Job @With } }
        @{ Name = 'Set-OsmScheduledJob'; Call = { param($With) Set-OsmScheduledJob -Id $B.Job -Description 'changed by context' -Confirm:$false @With } }
        @{ Name = 'Skip-OsmJob'; Call = { param($With) Skip-OsmJob -Id $B.Job -Confirm:$false @With } }
        @{ Name = 'Invoke-OsmJobNow'; Call = { param($With) Invoke-OsmJobNow -Id $B.Job -Confirm:$false @With } }
        @{ Name = 'Remove-OsmScheduledJob'; Call = { param($With) Remove-OsmScheduledJob -Id $B.JobToRemove -Confirm:$false @With } }
        @{ Name = 'Get-OsmWorkRequest'; Call = { param($With) Get-OsmWorkRequest -Id $B.WorkRequest @With } }
        @{ Name = 'Get-OsmWorkRequestLog'; Call = { param($With) Get-OsmWorkRequestLog -Id $B.WorkRequest @With } }
        @{ Name = 'Get-OsmWorkRequestError'; Call = { param($With) Get-OsmWorkRequestError -Id $B.Failed @With } }
        @{ Name = 'Wait-OsmWorkRequest'; Call = { param($With) Wait-OsmWorkRequest -Id $B.WorkRequest -PollInterval 0.2 @With } }
        @{ Name = 'Restart-OsmWorkRequest'; HubOnly = $true; Call = { param($With) Restart-OsmWorkRequest -Id $B.Failed -Confirm:$false @With } }
        @{ Name = 'Get-OsmComplianceReport'; Call = { param($With) Get-OsmComplianceReport -Recurse -Summary -WarningAction SilentlyContinue @With } }
        # The units (OS Management Hub): reads, and changes that are real or stop at -WhatIf after reading what they judge.
        @{ Name = 'Get-OsmLifecycleEnvironment'; HubOnly = $true; Call = { param($With) Get-OsmLifecycleEnvironment -Recurse @With } }
        @{ Name = 'Get-OsmLifecycleStage'; HubOnly = $true; Call = { param($With) Get-OsmLifecycleStage -Recurse @With } }
        @{ Name = 'Get-OsmDynamicSet'; HubOnly = $true; Call = { param($With) Get-OsmDynamicSet -Recurse @With } }
        @{ Name = 'Invoke-OsmLifecyclePromotion'; HubOnly = $true; Call = { param($With) Invoke-OsmLifecyclePromotion -LifecycleStageId $B.LaterStage -WhatIf @With } }
        @{ Name = 'Add-OsmLifecycleStageMember'; HubOnly = $true; Call = { param($With) Add-OsmLifecycleStageMember -LifecycleStageId $B.MemberStage -ManagedInstanceId $B.StageMember -WhatIf @With } }
        @{ Name = 'Remove-OsmLifecycleStageMember'; HubOnly = $true; Call = { param($With) Remove-OsmLifecycleStageMember -LifecycleStageId $B.MemberStage -ManagedInstanceId $B.StageMember -WhatIf @With } }
        @{ Name = 'New-OsmManagedInstanceGroup'; HubOnly = $true; Call = { param($With) New-OsmManagedInstanceGroup -DisplayName 'by-context' -CompartmentId $B.Tenancy -OsFamilyDetail ORACLE_LINUX_9 -Confirm:$false @With } }
        @{ Name = 'Set-OsmManagedInstanceGroup'; HubOnly = $true; Call = { param($With) Set-OsmManagedInstanceGroup -Id $B.HubGroup -Description 'changed by context' -Confirm:$false @With } }
        @{ Name = 'Add-OsmManagedInstanceGroupMember'; HubOnly = $true; Call = { param($With) Add-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $B.HubGroup -ManagedInstanceId $B.GroupMember -WhatIf @With } }
        @{ Name = 'Remove-OsmManagedInstanceGroupMember'; HubOnly = $true; Call = { param($With) Remove-OsmManagedInstanceGroupMember -ManagedInstanceGroupId $B.HubGroup -ManagedInstanceId $B.GroupMember -WhatIf @With } }
        @{ Name = 'Remove-OsmManagedInstanceGroup'; HubOnly = $true; Call = { param($With) Remove-OsmManagedInstanceGroup -Id $B.HubGroup -Force -WhatIf @With } }
        @{ Name = 'Restart-OsmManagedInstance'; HubOnly = $true; Call = { param($With) Restart-OsmManagedInstance -ManagedInstanceId $B.Linux -Confirm:$false @With } }
        @{ Name = 'Export-OsmFleet'; Call = { param($With) Export-OsmFleet -Path (Join-Path $TestDrive "fleet-$([guid]::NewGuid().ToString('n')).json") -WarningAction SilentlyContinue @With } }
    )
}

BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    # A: the session's connection. B: another tenancy, reached only through its context.
    $script:A = Start-OsmTestEmulator -Fleet 'instances=4,compartments=2,depth=1,groups=1,vulnerable=1,windows=0' -Seed 3
    $script:BEmulator = Start-OsmTestEmulator -Fleet 'instances=6,compartments=2,depth=1,groups=1,vulnerable=1,windows=0,unreachable=1' -Seed 4
    $script:Proxy = Start-OsmTestRecordingProxy
    # What the calls act on, made in B while the session is connected to it (so that they need no -Context).
    $script:InB = Connect-Osm -ConfigFile $BEmulator.configFile -Endpoint $BEmulator.endpoint -Service $Service -PassThru
    $truth = Invoke-OsmEmulatorAdmin $BEmulator 'fleet'
    $linux = Find-OsmTestInstance $BEmulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Healthy | Select-Object -First 1
    $unreachable = Find-OsmTestInstance $BEmulator -Standalone:($Service -eq 'Hub') -OsFamily LINUX -Failing | Select-Object -First 1
    $job = New-OsmScheduledJob -CompartmentId $BEmulator.tenancyId -DisplayName 'recurring' -ManagedInstanceId $linux.id -At (Get-Date).AddHours(6) -RepeatEvery Day
    $toRemove = New-OsmScheduledJob -CompartmentId $BEmulator.tenancyId -DisplayName 'to-remove' -ManagedInstanceId $linux.id -At (Get-Date).AddHours(6)
    $request = Install-OsmUpdate -ManagedInstanceId $linux.id -UpdateType Security -Wait -PollInterval 0.2
    # An instance that fails its work: a work request with errors, and one Hub can re-run.
    $failed = Install-OsmUpdate -ManagedInstanceId $unreachable.id -UpdateType Security -Wait -PollInterval 0.2 -ErrorAction SilentlyContinue
    $failed.Status | Should -Be 'FAILED'
    $script:B = @{
        Tenancy = $BEmulator.tenancyId; Linux = $linux.id; Job = $job.Id; JobToRemove = $toRemove.Id; WorkRequest = $request.Id; Failed = $failed.Id
        Group = @($truth.$(if ($Service -eq 'Hub') { 'hubGroups' } else { 'groups' }))[0].id
    }
    # The units of B's generated fleet (OS Management Hub): a stage after the first, a stage with a member, a group with members.
    if ($Service -eq 'Hub') {
        $stages = @($truth.lifecycleEnvironments[0].stages)
        $memberStage = $stages | Where-Object { @($_.instanceIds).Count } | Select-Object -First 1
        $hubGroup = $truth.hubGroups | Where-Object { @($_.instanceIds).Count } | Select-Object -First 1
        $script:B += @{ LaterStage = $stages[1].id; MemberStage = $memberStage.id; StageMember = @($memberStage.instanceIds)[0]
            HubGroup = $hubGroup.id; GroupMember = @($hubGroup.instanceIds)[0] }
    }
    else {
        $script:B += @{ LaterStage = 'ocid1.osmhlifecyclestage.oc1.iad.aaaaexample'; MemberStage = 'ocid1.osmhlifecyclestage.oc1.iad.aaaaexample'
            StageMember = $linux.id; HubGroup = 'ocid1.osmhmanagedinstancegroup.oc1.iad.aaaaexample'; GroupMember = $linux.id }
    }
    # The region the emulator's config names, and no endpoint: requests go to the region's own, through the proxy.
    $script:Far = Connect-Osm -ConfigFile $BEmulator.configFile -Proxy $Proxy.Address -Service $Service -PassThru
    $Far.Region | Should -Be 'us-ashburn-1'
    Connect-Osm -ConfigFile $A.configFile -Endpoint $A.endpoint -Service $Service
    # Runs a case and returns what it wrote, or the first error it wrote or stopped with (any error ends the case).
    function Invoke-Case([scriptblock] $Call, [hashtable] $With) {
        $ErrorActionPreference = 'Stop'
        try { [pscustomobject]@{ Output = @(& $Call $With); Error = $null } }
        catch { [pscustomobject]@{ Output = @(); Error = $_ } }
    }
}

AfterAll {
    Disconnect-Osm
    if ($script:Proxy) { Stop-OsmTestRecordingProxy $script:Proxy }
    foreach ($emulator in $script:A, $script:BEmulator) { if ($emulator) { Stop-OsmTestEmulator $emulator } }
}

Describe "-Context and -Region on $Service" {
    # (The table is discovery's: it reaches the run as the test's data.)
    It 'are on every cmdlet that talks to the service, and the table below has each of them' -ForEach @(@{ Names = @($Cases.Name) }) {
        $talking = @(Get-Command -Module OsManagement | Where-Object { $_.Parameters.ContainsKey('Context') })
        $talking.Name | Sort-Object | Should -Be ($Names | Sort-Object)
        $talking | ForEach-Object { $_.Parameters.Keys | Should -Contain 'Region' -Because "$($_.Name) takes -Context" }
    }

    It 'shows where a request without -Region goes: the context''s region' {
        $before = $Proxy.Requests.Count
        $result = Invoke-Case { param($With) Get-OsmCompartment @With } @{ Context = $Far }
        $result.Error.FullyQualifiedErrorId | Should -BeLike 'OsmProxyFailed*' -Because 'the proxy refuses every tunnel'
        $sent = @($Proxy.Requests.ToArray() | Select-Object -Skip $before)
        $sent | Should -Not -BeNullOrEmpty
        $sent | ForEach-Object { $_ | Should -Match '^CONNECT [a-z]+\.us-ashburn-1\.oci\.oraclecloud\.com:443 ' }
    }

    It '<Name> -Context sends it to that context''s service, not the session''s' -ForEach $Cases {
        $callsA = Get-OsmEmulatorCallCount $A
        $callsB = Get-OsmEmulatorCallCount $BEmulator
        $result = Invoke-Case $Call @{ Context = $InB }
        if ($HubOnly -and $Service -eq 'Classic') {
            $result.Error.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
            Get-OsmEmulatorCallCount $BEmulator | Should -Be $callsB -Because 'it is refused before any request'
        }
        else {
            $result.Error | Should -BeNullOrEmpty
            Get-OsmEmulatorCallCount $BEmulator | Should -BeGreaterThan $callsB
        }
        Get-OsmEmulatorCallCount $A | Should -Be $callsA -Because 'the session''s connection is not used'
    }

    It '<Name> -Region sends it to that region''s endpoint' -ForEach $Cases {
        $before = $Proxy.Requests.Count
        $result = Invoke-Case $Call @{ Context = $Far; Region = 'phx' }
        $sent = @($Proxy.Requests.ToArray() | Select-Object -Skip $before)
        if ($HubOnly -and $Service -eq 'Classic') {
            $result.Error.FullyQualifiedErrorId | Should -BeLike 'OsmNeedsHub*'
            $sent | Should -BeNullOrEmpty
            return
        }
        $result.Error.FullyQualifiedErrorId | Should -BeLike 'OsmProxyFailed*' -Because 'the proxy refuses every tunnel'
        $sent | Should -Not -BeNullOrEmpty
        $sent | ForEach-Object { $_ | Should -Match '^CONNECT [a-z]+\.us-phoenix-1\.oci\.oraclecloud\.com:443 ' -Because 'every request goes to Phoenix' }
    }
}
