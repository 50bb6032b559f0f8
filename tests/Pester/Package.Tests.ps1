# The module packs as a .nupkg that PSResourceGet installs from a local folder repository, and the installed copy imports.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $script:ModuleFolder = (Get-Module OsManagement -ListAvailable | Sort-Object Version -Descending | Select-Object -First 1).ModuleBase
    $script:Feed = Join-Path $TestDrive 'feed'
    $script:Installed = Join-Path $TestDrive 'modules'
    New-Item -ItemType Directory -Force $Feed, $Installed | Out-Null
    $packer = Join-Path $PSScriptRoot '../../tools/New-ModulePackage.ps1'
    $packOutput = Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-File', $packer, '-ModuleFolder', $ModuleFolder, '-OutputFolder', $Feed) 2>&1
    if ($LASTEXITCODE -ne 0) { throw "New-ModulePackage.ps1 failed: $($packOutput -join [Environment]::NewLine)" }
    $script:RepositoryName = 'OsmTestFeed' + [guid]::NewGuid().ToString('n').Substring(0, 6)
}

AfterAll {
    Unregister-PSResourceRepository -Name $RepositoryName -ErrorAction SilentlyContinue
}

Describe 'The package' {
    It 'is a .nupkg named after the module and its version' {
        $manifest = Import-PowerShellDataFile (Join-Path $ModuleFolder 'OsManagement.psd1')
        Get-ChildItem $Feed -Filter "OsManagement.$($manifest.ModuleVersion).nupkg" | Should -Not -BeNullOrEmpty
    }

    It 'installs from a local repository into a chosen path and imports from there' {
        Register-PSResourceRepository -Name $RepositoryName -Uri $Feed -Trusted
        Save-PSResource -Name OsManagement -Repository $RepositoryName -Path $Installed -TrustRepository -Quiet
        $psd1 = Get-ChildItem $Installed -Recurse -Filter OsManagement.psd1 | Select-Object -First 1
        $psd1 | Should -Not -BeNullOrEmpty
        Test-Path (Join-Path $psd1.DirectoryName 'en-US/OsManagement.dll-Help.xml') | Should -BeTrue
        $check = "Import-Module '$($psd1.FullName)'; (Get-Command -Module OsManagement).Count; (Get-Help Get-OsmComplianceReport).Synopsis"
        $out = Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-Command', $check)
        [int] $out[0] | Should -Be ((Import-PowerShellDataFile $psd1.FullName).CmdletsToExport.Count)
        $out[1] | Should -Not -BeNullOrEmpty
    }

    It 'keeps only the cmdlets and their loader at the top, the engine and the libraries in dependencies/' {
        $psd1 = Get-ChildItem $Installed -Recurse -Filter OsManagement.psd1 | Select-Object -First 1
        (Get-ChildItem $psd1.DirectoryName -Filter *.dll).Name | Sort-Object | Should -Be @('OsManagement.dll', 'OsManagement.Loader.dll')
        $dependencies = (Get-ChildItem (Join-Path $psd1.DirectoryName 'dependencies') -Filter *.dll).Name
        $dependencies | Should -Contain 'OsManagement.Oci.dll'
        $dependencies | Should -Contain 'BouncyCastle.Cryptography.dll'
    }

    It 'carries the manifest''s description, tags, release notes, project and license' {
        $psData = (Import-PowerShellDataFile (Join-Path $ModuleFolder 'OsManagement.psd1')).PrivateData.PSData
        $psData.LicenseUri | Should -Not -BeNullOrEmpty
        $psData.ProjectUri | Should -Not -BeNullOrEmpty
        $found = Find-PSResource -Name OsManagement -Repository $RepositoryName
        $found.Description | Should -BeLike '*OS Management*'
        $found.Tags | Should -Contain 'OCI'
        $found.ReleaseNotes | Should -Not -BeNullOrEmpty
        "$($found.LicenseUri)" | Should -Be $psData.LicenseUri
        "$($found.ProjectUri)" | Should -Be $psData.ProjectUri
    }

    It 'ships the license, and a notice for every third-party assembly it carries' {
        $psd1 = Get-ChildItem $Installed -Recurse -Filter OsManagement.psd1 | Select-Object -First 1
        $folder = $psd1.DirectoryName
        Get-Content -Raw (Join-Path $folder 'LICENSE') | Should -BeLike '*Universal Permissive License (UPL), Version 1.0*'
        $notices = Get-Content -Raw (Join-Path $folder 'THIRD-PARTY-NOTICES.txt')
        # They ship in dependencies/ (loaded privately, beside the session's own versions): look at every folder.
        $thirdParty = Get-ChildItem $folder -Filter *.dll -Recurse | Where-Object Name -notlike 'OsManagement*'
        $thirdParty | Should -Not -BeNullOrEmpty
        $unnoticed = $thirdParty.Name | Where-Object { -not $notices.Contains($_) }
        $unnoticed | Should -BeNullOrEmpty -Because 'every assembly we ship needs its license notice in THIRD-PARTY-NOTICES.txt'
    }
}
