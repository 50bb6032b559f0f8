# The recipe for users' own tests (docs/runbooks.md and about_OsManagement): a runbook, its Pester test against the
# emulator and the same test with mocks, run exactly as documented, in a fresh pwsh, with the emulator tool installed
# as a user installs it and found on PATH, under Pester 5 and under Pester 6 (users run either).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $root = Join-Path $PSScriptRoot '../..'
    $script:Readme = Get-OsmDocumentedCode (Join-Path $root 'docs/runbooks.md')
    $script:About = Get-OsmDocumentedCode (Join-Path $root 'docs/about_OsManagement.md')
    $script:Names = 'Invoke-SecurityPatching.ps1', 'Patching.Tests.ps1', 'Patching.Mocked.Tests.ps1'
    $script:ToolPath = Join-Path $TestDrive 'tools'
    $null = Install-OsmTestEmulatorTool -ToolPath $ToolPath
    # Both majors are restored beside each other (tools/restore/TestTools.csproj): the suite's own, and Pester 6.
    $packages = Split-Path (Split-Path (Get-Module Pester).ModuleBase)
    $script:PesterModules = @{
        5 = Join-Path (Get-Module Pester).ModuleBase 'Pester.psd1'
        6 = Get-ChildItem $packages -Directory | Where-Object Name -like '6.*' | Sort-Object { [version] $_.Name } |
            Select-Object -Last 1 | ForEach-Object { Join-Path $_.FullName 'tools/Pester.psd1' }
    }
}

Describe 'The documented recipe' {
    It 'is the same in docs/runbooks.md and in about_OsManagement: <_>' -ForEach @('Invoke-SecurityPatching.ps1', 'Patching.Tests.ps1', 'Patching.Mocked.Tests.ps1') {
        $Readme[$_] | Should -Not -BeNullOrEmpty
        $About[$_] | Should -Be $Readme[$_]
    }

    It 'passes as written under Pester <_>, with the emulator and with mocks, and leaves no emulator running' -ForEach 5, 6 {
        $major = $_
        $pester = $PesterModules[$major]
        $pester | Should -Not -BeNullOrEmpty -Because "Pester $major is restored by tools/restore/TestTools.csproj"
        Test-Path $pester | Should -BeTrue
        $folder = Join-Path $TestDrive "recipe-$major"
        New-Item -ItemType Directory -Force $folder | Out-Null
        foreach ($name in $Names) { Set-Content -Path (Join-Path $folder $name) -Value $Readme[$name] }
        $before = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Id

        $run = @"
`$env:PATH = '$ToolPath' + [IO.Path]::PathSeparator + `$env:PATH
`$module = Import-Module '$pester' -PassThru
`$result = Invoke-Pester -Path '$folder' -PassThru -Output None
"`$(`$module.Version.Major) `$(`$result.PassedCount) `$(`$result.FailedCount) `$(`$result.Result)"
`$result.Failed | ForEach-Object { "FAILED: `$(`$_.ExpandedPath): `$(`$_.ErrorRecord)" }
"@
        $output = @(Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-Command', $run))
        $summary = $output | Where-Object { $_ -match '^\d+ \d+ \d+ ' } | Select-Object -Last 1
        $summary | Should -Be "$major 2 0 Passed" -Because ($output -join [Environment]::NewLine)

        # Only this test's tool: other test runs on the machine start osm-emulator processes of their own.
        $after = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue | Where-Object Id -notin $before |
                Where-Object { $_.Path -and $_.Path.StartsWith([IO.Path]::GetFullPath($ToolPath)) })
        $after | Should -BeNullOrEmpty -Because 'the recipe stops its emulator in AfterAll'
    }
}
