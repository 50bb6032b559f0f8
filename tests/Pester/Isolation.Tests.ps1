# The module in a session that has other versions of its libraries (issue 15): it uses its own copies, privately,
# and leaves the session's alone, whichever was loaded first. Each scenario runs in a fresh pwsh
# (Isolation/Invoke-ConflictScenario.ps1), since a session loads an assembly once.
BeforeAll {
    Import-Module OsManagement -Force
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:ModuleFolder = (Get-Module OsManagement).ModuleBase
    $script:Shipped = Get-ChildItem (Join-Path $ModuleFolder 'dependencies') -Filter *.dll | Where-Object Name -notlike 'OsManagement*'

    # The other versions come from NuGet, as any module's would.
    $project = Join-Path $PSScriptRoot 'Isolation/ConflictingVersions.csproj'
    $packages = Join-Path $TestDrive 'packages'
    $restore = & dotnet restore $project --packages $packages --nologo -v quiet "-p:BaseIntermediateOutputPath=$TestDrive/obj/" "-p:MSBuildProjectExtensionsPath=$TestDrive/obj/" 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Restoring the other versions failed: $($restore -join [Environment]::NewLine)" }
    [xml] $xml = Get-Content -Raw $project
    $script:Conflicting = foreach ($item in $xml.Project.ItemGroup.PackageDownload) {
        $version = $item.Version.Trim('[', ']')
        [pscustomobject]@{
            Name    = $item.Include
            Version = $version
            Path    = Join-Path $packages "$($item.Include.ToLowerInvariant())/$version/lib/netstandard2.0/$($item.Include).dll"
        }
    }

    $script:Emulator = Start-OsmTestEmulator -Fleet 'instances=6,compartments=3,depth=2,groups=1,vulnerable=0.5,windows=0.2'
    $emulatorFile = Join-Path $TestDrive 'emulator.json'
    $Emulator | Select-Object * -ExcludeProperty Process | ConvertTo-Json | Set-Content $emulatorFile

    function Invoke-Scenario([string] $Order) {
        $out = Join-Path $TestDrive "$Order.json"
        $output = Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Isolation/Invoke-ConflictScenario.ps1'),
            '-ModulePath', (Join-Path $ModuleFolder 'OsManagement.psd1'), '-ConflictingDll', ($Conflicting.Path -join ','),
            '-Order', $Order, '-EmulatorFile', $emulatorFile, '-OutFile', $out) 2>&1
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path $out)) { throw "The $Order scenario failed: $($output -join [Environment]::NewLine)" }
        return Get-Content -Raw $out | ConvertFrom-Json -AsHashtable
    }
    function Get-FileVersion([string] $Path) { [Diagnostics.FileVersionInfo]::GetVersionInfo($Path).FileVersion }

    # What a clean session gets from the same calls.
    Connect-Osm -ConfigFile $Emulator.configFile -Endpoint $Emulator.endpoint
    $report = Get-OsmComplianceReport -Recurse -IncludeCompliant
    $script:Clean = @{
        Instances                     = @(Get-OsmManagedInstance -Recurse).Count
        ReportRecords                 = @($report).Count
        JsonReportRecords             = @($report).Count
        SummaryInstances              = (Get-OsmComplianceReport -Recurse -Summary).TotalInstances
    }
    Connect-Osm -AuthType InstancePrincipal -Endpoint $Emulator.endpoint -MetadataEndpoint $Emulator.metadataEndpoint -FederationEndpoint $Emulator.federationEndpoint
    $Clean.InstancePrincipalCompartments = @(Get-OsmCompartment -Recurse).Count
    Disconnect-Osm

    $script:ConflictFirst = Invoke-Scenario ConflictFirst
    $script:ModuleFirst = Invoke-Scenario ModuleFirst
    $script:OurBouncyCastle = Get-FileVersion (Join-Path $ModuleFolder 'dependencies/BouncyCastle.Cryptography.dll')
    $script:TheirBouncyCastle = Get-FileVersion ($Conflicting | Where-Object Name -eq 'BouncyCastle.Cryptography').Path
}

AfterAll {
    if ($script:Emulator) { Stop-OsmTestEmulator $script:Emulator }
}

Describe 'The test''s other versions' {
    It 'cover every library the module ships, each at another version' {
        $Conflicting.Name | Sort-Object | Should -Be ($Shipped.BaseName | Sort-Object)
        foreach ($other in $Conflicting) {
            Test-Path $other.Path | Should -BeTrue -Because "$($other.Name) $($other.Version) was restored"
            $ours = Join-Path $ModuleFolder "dependencies/$($other.Name).dll"
            Get-FileVersion $other.Path | Should -Not -Be (Get-FileVersion $ours) -Because "$($other.Name) must differ from the one we ship"
        }
    }
}

Describe 'A session that loaded other versions before the module' {
    BeforeAll { $script:Run = $ConflictFirst }

    It 'had them loaded: BouncyCastle at its version, the runtime''s own libraries as the runtime has them' {
        $Run.ConflictLoads | ForEach-Object { $_.Error | Should -BeNullOrEmpty -Because $_.Path }
        $Run.Before['BouncyCastle.Cryptography'].FileVersion | Should -Be $TheirBouncyCastle
    }

    It 'connects, lists, reports and signs (as a user and as an instance) exactly as a clean session does' {
        foreach ($key in $Clean.Keys) { $Run.Results[$key] | Should -Be $Clean[$key] -Because $key }
        $Clean.Instances | Should -BeGreaterThan 0
    }

    It 'runs its engine on its own BouncyCastle, in its own load context' {
        $Run.EngineContext | Should -Be 'OsManagement'
        ($Run.ContextAssemblies | Where-Object { $_.Name -eq 'BouncyCastle.Cryptography' }).FileVersion | Should -Be $OurBouncyCastle
    }

    It 'leaves the session every version it had, and a script''s BouncyCastle types are still the session''s' {
        foreach ($name in $Run.Before.Keys) { $Run.After[$name] | ConvertTo-Json | Should -Be ($Run.Before[$name] | ConvertTo-Json) -Because $name }
        $Run.ScriptBouncyCastle | Should -Be $TheirBouncyCastle
    }

    It 'takes what the runtime provides from the runtime, so that no type exists twice' {
        # A library that .NET or PowerShell ships wins over any file a module loads; a copy in our context would split its types.
        $runtimeOwned = $Run.Before.Keys | Where-Object { $Run.Before[$_].Location -notin $Conflicting.Path }
        $runtimeOwned | Should -Not -BeNullOrEmpty
        $Run.ContextAssemblies.Name | Where-Object { $_ -in $runtimeOwned } | Should -BeNullOrEmpty
        $Run.ContextAssemblies.Name | Sort-Object | Should -Be @('BouncyCastle.Cryptography', 'OsManagement.Oci')
    }
}

Describe 'A session that loads other versions after the module' {
    BeforeAll { $script:Run = $ModuleFirst }

    It 'can load them: the module''s own copies are not in the way' {
        $Run.ConflictLoads | ForEach-Object { $_.Error | Should -BeNullOrEmpty -Because $_.Path }
        $Run.Before['BouncyCastle.Cryptography'].FileVersion | Should -Be $TheirBouncyCastle
        $Run.ScriptBouncyCastle | Should -Be $TheirBouncyCastle
    }

    It 'works before and after them, also once removed and imported again' {
        foreach ($key in $Clean.Keys) {
            $Run.ResultsBefore[$key] | Should -Be $Clean[$key] -Because "$key before"
            $Run.Results[$key] | Should -Be $Clean[$key] -Because "$key after"
        }
        ($Run.ContextAssemblies | Where-Object { $_.Name -eq 'BouncyCastle.Cryptography' }).FileVersion | Should -Be $OurBouncyCastle
    }
}
