<#
.SYNOPSIS
    Packs a built module folder as <Name>.<Version>.nupkg, the layout PowerShellGet and PSResourceGet publish and
    install: the module's files at the package root and a nuspec whose metadata comes from the manifest.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $OutputFolder
)
$ErrorActionPreference = 'Stop'
$manifestPath = Get-ChildItem $ModuleFolder -Filter *.psd1 | Select-Object -First 1
$manifest = Import-PowerShellDataFile $manifestPath.FullName
$name = $manifestPath.BaseName
$psData = $manifest.PrivateData.PSData
$tags = @($psData.Tags) + @('PSModule') + @($manifest.CmdletsToExport | ForEach-Object { "PSCmdlet_$_"; "PSCommand_$_" }) + @('PSIncludes_Cmdlet')
function X([string] $s) { [System.Security.SecurityElement]::Escape($s) }
$nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>$(X $name)</id>
    <version>$(X $manifest.ModuleVersion)</version>
    <authors>$(X $manifest.Author)</authors>
    <owners>$(X $manifest.CompanyName)</owners>
    <description>$(X $manifest.Description)</description>
    <releaseNotes>$(X $psData.ReleaseNotes)</releaseNotes>
    <copyright>$(X $manifest.Copyright)</copyright>
    <tags>$(X ($tags -join ' '))</tags>
$(if ($psData.ProjectUri) { "    <projectUrl>$(X $psData.ProjectUri)</projectUrl>" })
$(if ($psData.LicenseUri) { "    <licenseUrl>$(X $psData.LicenseUri)</licenseUrl>" })
  </metadata>
  <files>
    <file src="**" target="" />
  </files>
</package>
"@
$work = Join-Path ([IO.Path]::GetTempPath()) ("osm-pack-" + [guid]::NewGuid().ToString('n'))
New-Item -ItemType Directory -Force $work | Out-Null
try {
    $nuspecPath = Join-Path $work "$name.nuspec"
    Set-Content -Path $nuspecPath -Value $nuspec -Encoding utf8
    $project = Join-Path $PSScriptRoot 'package/ModulePackage.csproj'
    & dotnet pack $project --nologo -v quiet -o $OutputFolder "-p:NuspecFile=$nuspecPath" "-p:NuspecBasePath=$((Resolve-Path $ModuleFolder).Path)" "-p:BaseIntermediateOutputPath=$work/obj/" "-p:MSBuildProjectExtensionsPath=$work/obj/"
    if ($LASTEXITCODE -ne 0) { throw "dotnet pack failed with exit code $LASTEXITCODE." }
}
finally { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }
