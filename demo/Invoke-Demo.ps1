<#
.SYNOPSIS
    The demo: starts the emulator with a generated fleet and runs the built module against its OS Management Hub API:
    the compliance report, advisories with their severity, a weekly job on Sundays at 03:00 by a recurrence rule (run
    now, skipped, removed), a group update whose work request has a child per instance, a failed work request run
    again, content promoted through a lifecycle environment's stages (each then patched), and a reboot wave on a
    dynamic set. -Classic runs what the retired OS Management service can do against its API instead. build.ps1 demo runs it
    in a fresh pwsh.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleRoot,
    [Parameter(Mandatory)] [string] $EmulatorDll,
    [string] $Fleet = 'instances=60,compartments=8,depth=3,groups=3,vulnerable=0.4,windows=0.25,unreachable=4',
    [string] $OutDir = (Join-Path ([IO.Path]::GetTempPath()) 'osm-demo'),
    # The retired OS Management service (API 20190801) instead of OS Management Hub.
    [switch] $Classic
)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModuleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
$env:OSM_TEST_EMULATOR_DLL = $EmulatorDll
Import-Module OsManagement
Import-Module (Join-Path $PSScriptRoot '../tests/Pester/OsmTestHelpers.psm1')
$service = if ($Classic) { 'Classic' } else { 'Hub' }

function Show-Step([string] $Text) { "`n=== $Text" | Out-Host }
# Output redirected to a file or CI log has no console width: give the tables room.
function Show { $input | Out-String -Width 200 | Out-Host }

Show-Step "Starting the emulator with a generated fleet ($Fleet)"
$emulator = Start-OsmTestEmulator -Fleet $Fleet
try {
    Show-Step "Connect-Osm -Service $service"
    Connect-Osm -ConfigFile $emulator.configFile -Endpoint $emulator.endpoint -Service $service -PassThru | Show

    Show-Step 'Compartments: Get-OsmCompartment -Recurse'
    Get-OsmCompartment -Recurse | Show

    Show-Step 'Compliance summary: Get-OsmComplianceReport -Recurse -Summary'
    Get-OsmComplianceReport -Recurse -Summary | Format-List | Show

    Show-Step 'Instances missing security updates: Get-OsmComplianceReport -Recurse'
    $report = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $report | Where-Object { -not $_.IsCompliant } | Select-Object -First 10 | Show
    New-Item -ItemType Directory -Force $OutDir | Out-Null
    $html = $report | Export-OsmComplianceReport -Path (Join-Path $OutDir 'compliance.html') -Force -PassThru
    $csv = Join-Path $OutDir 'compliance.csv'
    $report | Export-Csv -Path $csv -NoTypeInformation
    "HTML report: $($html.FullName)`nCSV: $csv" | Show

    $targets = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object SecurityUpdatesAvailable -gt 0 | Select-Object -First 3
    Show-Step 'Security updates with their advisory, severity and issue date: Get-OsmAvailableUpdate -UpdateType Security'
    $targets | Get-OsmAvailableUpdate -UpdateType Security | Select-Object -First 8 |
        Format-Table ManagedInstanceName, DisplayName, Advisory, Severity, AdvisoryIssued, Cves | Show

    if ($Classic) {
        Show-Step 'A weekly security job for the vulnerable Linux instances: New-OsmScheduledJob -RepeatEvery Week'
        $job = $targets | New-OsmScheduledJob -CompartmentId $emulator.tenancyId -DisplayName 'weekly-security' `
            -UpdateType Security -At (Get-Date).AddHours(2) -RepeatEvery Week
    }
    else {
        # Hub's rules run in UTC: the next Sunday at 03:00 UTC.
        $sunday = [DateTime]::SpecifyKind([DateTime]::UtcNow.Date.AddHours(3), 'Utc')
        while ($sunday.DayOfWeek -ne 'Sunday' -or $sunday -le [DateTime]::UtcNow) { $sunday = $sunday.AddDays(1) }
        Show-Step "A weekly security job on Sundays at 03:00 UTC: New-OsmScheduledJob -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU' -RetryInterval 15"
        $job = $targets | New-OsmScheduledJob -CompartmentId $emulator.tenancyId -DisplayName 'weekly-security' `
            -UpdateType Security -At $sunday -RecurrenceRule 'FREQ=WEEKLY;BYDAY=SU' -RetryInterval 15
    }
    $job | Format-List DisplayName, Recurrence, RecurrenceRule, NextExecution, Action, Targets, RetryIntervals | Show

    Show-Step 'Run it now and wait: Invoke-OsmJobNow -Wait (the run''s work requests are found through the job)'
    $job | Invoke-OsmJobNow -Wait -PollInterval 0.5 -ErrorAction Continue | Format-Table Id, Operation, OperationType, Status, ManagedInstanceName | Show

    Show-Step 'Skip the next run: Skip-OsmJob (it moves to the following occurrence)'
    $before = (Get-OsmScheduledJob -Id $job.Id).NextExecution
    $after = ($job | Skip-OsmJob -PassThru).NextExecution
    "Next run was $($before.ToUniversalTime().ToString('ddd yyyy-MM-dd HH:mm')) UTC, now $($after.ToUniversalTime().ToString('ddd yyyy-MM-dd HH:mm')) UTC" | Show

    Show-Step 'Its work requests and their logs: Get-OsmWorkRequest, Get-OsmWorkRequestLog'
    $requests = Get-OsmScheduledJob -Id $job.Id | Get-OsmWorkRequest
    $requests | Show
    $requests | Select-Object -First 1 | Get-OsmWorkRequestLog | Show

    if (-not $Classic) {
        $group = Get-OsmManagedInstanceGroup -Recurse | Sort-Object ManagedInstanceCount -Descending | Select-Object -First 1
        Show-Step "Update a group: one work request with a child per instance (Install-OsmUpdate on $($group.DisplayName), Get-OsmWorkRequest -ParentId)"
        $parent = $group | Install-OsmUpdate -UpdateType Security -Wait -PollInterval 0.5 -ErrorAction SilentlyContinue
        $parent | Format-List Id, OperationType, Status, ChildrenIds | Show
        Get-OsmWorkRequest -ParentId $parent.Id | Format-Table ManagedInstanceName, OperationType, Operation, Status, ParentId | Show

        # A stand-alone one: a member of a group or lifecycle stage is patched through it.
        $unreachable = Get-OsmManagedInstance -Recurse -OsFamily Linux | Where-Object Status -eq 'UNREACHABLE' |
            Where-Object { $_.ManagedInstanceGroupIds.Count -eq 0 -and -not $_.LifecycleStageId } | Select-Object -First 1
        Show-Step "A failed work request and its errors ($($unreachable.DisplayName) is unreachable): Install-OsmUpdate -Wait, Get-OsmWorkRequestError"
        $failed = $unreachable | Install-OsmUpdate -UpdateType All -Wait -PollInterval 0.5 -ErrorAction SilentlyContinue
        $failed | Format-Table Id, OperationType, Status, ManagedInstanceName | Show
        $failed | Get-OsmWorkRequestError | Format-Table Code, Message -Wrap | Show

        Show-Step 'Run it again: Restart-OsmWorkRequest -Wait (a new work request, RerunOfId names the first; it fails again until the agent is back)'
        $failed | Restart-OsmWorkRequest -Wait -PollInterval 0.5 -ErrorAction SilentlyContinue |
            Format-Table Id, Status, RerunOfId, ManagedInstanceName | Show
    }

    if (-not $Classic) {
        $environment = Get-OsmLifecycleEnvironment -Recurse | Select-Object -First 1
        Show-Step "A lifecycle environment, its stages and the content each holds: Get-OsmLifecycleEnvironment, Get-OsmLifecycleStage"
        $environment | Show
        $stages = @($environment | Get-OsmLifecycleStage)
        $stages | Show
        foreach ($stage in $stages | Select-Object -Skip 1) {
            Show-Step "Promote to $($stage.DisplayName), then patch it: Invoke-OsmLifecyclePromotion -Wait, Install-OsmUpdate -LifecycleStageId"
            $stage | Invoke-OsmLifecyclePromotion -Wait -PollInterval 0.5 | Format-Table Id, OperationType, Status | Show
            'Its members now miss what the promotion brought:' | Show
            Get-OsmManagedInstance -Id $stage.ManagedInstanceIds | Format-Table DisplayName, LifecycleStageName, UpdatesAvailable, SecurityUpdatesAvailable | Show
            $stage | Install-OsmUpdate -Wait -PollInterval 0.5 -ErrorAction SilentlyContinue | Format-Table Id, OperationType, Status, ChildrenIds | Show
            Get-OsmManagedInstance -Id $stage.ManagedInstanceIds | Format-Table DisplayName, LifecycleStageName, UpdatesAvailable, SecurityUpdatesAvailable | Show
        }
        Get-OsmLifecycleStage -LifecycleEnvironmentId $environment.Id | Show

        Show-Step 'A stage member is patched through its stage: Install-OsmUpdate on it is refused, naming the stage and the command'
        Get-OsmManagedInstance -Id $stages[-1].ManagedInstanceIds[0] | Install-OsmUpdate -ErrorAction SilentlyContinue -ErrorVariable refused | Out-Null
        $refused | ForEach-Object { $_.Exception.Message } | Show

        $set = Get-OsmDynamicSet -Recurse -DisplayName reboot-required
        Show-Step "A reboot wave on the dynamic set $($set.DisplayName) ($($set.Rule)): Get-OsmDynamicSet -Preview, Restart-OsmManagedInstance -RebootTimeout 20 -Wait"
        Get-OsmDynamicSet -Id $set.Id -Preview | Format-Table DisplayName, Status, IsRebootRequired, LifecycleStageName | Show
        $set | Restart-OsmManagedInstance -RebootTimeout 20 -Wait -PollInterval 0.5 -ErrorAction SilentlyContinue | Format-List Id, OperationType, Status, ChildrenIds | Show
        "Instances that still need a reboot (unreachable ones did not come back): $(@(Get-OsmDynamicSet -Id $set.Id -Preview).Count)" | Show
    }

    Show-Step 'Compliance after the run: Get-OsmComplianceReport -Recurse -Summary'
    Get-OsmComplianceReport -Recurse -Summary | Format-List Message | Show

    Show-Step 'Remove the job: Remove-OsmScheduledJob -Confirm:$false'
    $job | Remove-OsmScheduledJob -Confirm:$false
    "Jobs named weekly-security left: $(@(Get-OsmScheduledJob -DisplayName 'weekly-security').Count)" | Show
}
finally {
    Disconnect-Osm
    Stop-OsmTestEmulator $emulator
}
