# The recipe for users' own tests (README and about_OsManagement): a runbook, its Pester test against the emulator and
# the same test with mocks, run exactly as documented, in a fresh pwsh, with the emulator tool installed as a user
# installs it and found on PATH.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'OsmTestHelpers.psm1') -Force
    $root = Join-Path $PSScriptRoot '../..'
    $script:Readme = Get-OsmDocumentedCode (Join-Path $root 'README.md')
    $script:About = Get-OsmDocumentedCode (Join-Path $root 'docs/about_OsManagement.md')
    $script:Names = 'Invoke-SecurityPatching.ps1', 'Patching.Tests.ps1', 'Patching.Mocked.Tests.ps1'
    $script:ToolPath = Join-Path $TestDrive 'tools'
    $null = Install-OsmTestEmulatorTool -ToolPath $ToolPath
}

Describe 'The documented recipe' {
    It 'is the same in the README and in about_OsManagement: <_>' -ForEach @('Invoke-SecurityPatching.ps1', 'Patching.Tests.ps1', 'Patching.Mocked.Tests.ps1') {
        $Readme[$_] | Should -Not -BeNullOrEmpty
        $About[$_] | Should -Be $Readme[$_]
    }

    It 'passes as written, with the emulator and with mocks, and leaves no emulator running' {
        $folder = Join-Path $TestDrive 'recipe'
        New-Item -ItemType Directory -Force $folder | Out-Null
        foreach ($name in $Names) { Set-Content -Path (Join-Path $folder $name) -Value $Readme[$name] }
        $before = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue).Id

        $pester = (Get-Module Pester).Path
        $run = @"
`$env:PATH = '$ToolPath' + [IO.Path]::PathSeparator + `$env:PATH
Import-Module '$pester'
`$result = Invoke-Pester -Path '$folder' -PassThru -Output None
"`$(`$result.PassedCount) `$(`$result.FailedCount) `$(`$result.Result)"
`$result.Failed | ForEach-Object { "FAILED: `$(`$_.ExpandedPath): `$(`$_.ErrorRecord)" }
"@
        $output = @(Invoke-OsmTestPwsh @('-NoProfile', '-NonInteractive', '-Command', $run))
        $summary = $output | Where-Object { $_ -match '^\d+ \d+ ' } | Select-Object -Last 1
        $summary | Should -Be '2 0 Passed' -Because ($output -join [Environment]::NewLine)

        # Only this test's tool: other test runs on the machine start osm-emulator processes of their own.
        $after = @(Get-Process -Name 'osm-emulator' -ErrorAction SilentlyContinue | Where-Object Id -notin $before |
                Where-Object { $_.Path -and $_.Path.StartsWith([IO.Path]::GetFullPath($ToolPath)) })
        $after | Should -BeNullOrEmpty -Because 'the recipe stops its emulator in AfterAll'
    }
}
