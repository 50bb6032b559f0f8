<#
.SYNOPSIS
    Writes the parameter facts of every cmdlet a built module exports, as JSON.

.DESCRIPTION
    HelpBuilder takes the facts it writes into MAML help (types, parameter sets,
    mandatory, position, pipeline input, aliases, wildcard support) from this file,
    not from the markdown pages, so the help cannot drift from the compiled code.
    Run it in a fresh process (pwsh -NoProfile -File ...) so the module loaded is
    the one just built.

    Common parameters are left out. -WhatIf and -Confirm are kept (as platyPS
    does) for cmdlets that support ShouldProcess; HelpBuilder gives them their
    standard descriptions when a page does not.

.EXAMPLE
    pwsh -NoProfile -File tools/Export-CommandMetadata.ps1 -ModulePath out/OsManagement/0.1.0/OsManagement.psd1 -OutFile obj/help/commands.json
#>
[CmdletBinding()]
param(
    # The built module manifest (or module file) to import.
    [Parameter(Mandatory)]
    [string] $ModulePath,

    # Where the JSON goes; its folder is created when missing.
    [Parameter(Mandatory)]
    [string] $OutFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$excluded = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
foreach ($name in [System.Management.Automation.Cmdlet]::CommonParameters) { [void] $excluded.Add($name) }
[void] $excluded.Add('UseTransaction')

# The name PowerShell users read: String[], Nullable[DateTime] -> DateTime, List[String].
function Get-ShortTypeName([type] $Type) {
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { return Get-ShortTypeName $underlying }
    if ($Type.IsArray) { return (Get-ShortTypeName $Type.GetElementType()) + '[]' }
    if ($Type.IsGenericType) {
        $arguments = $Type.GetGenericArguments() | ForEach-Object { Get-ShortTypeName $_ }
        return ($Type.Name -replace '`\d+$', '') + '[' + ($arguments -join ', ') + ']'
    }
    return $Type.Name
}

function Get-ValidValues($ParameterMetadata) {
    $validateSet = $ParameterMetadata.Attributes |
        Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } |
        Select-Object -First 1
    if ($validateSet) { return @($validateSet.ValidValues) }
    $type = $ParameterMetadata.ParameterType
    if ($type.IsArray) { $type = $type.GetElementType() }
    $underlying = [Nullable]::GetUnderlyingType($type)
    if ($underlying) { $type = $underlying }
    if ($type.IsEnum) { return @([Enum]::GetNames($type)) }
    return @()
}

$module = Import-Module -Name $ModulePath -PassThru -Force -DisableNameChecking |
    Select-Object -First 1

$commands = foreach ($command in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $sets = foreach ($set in $command.ParameterSets) {
        $parameters = foreach ($p in $set.Parameters) {
            if ($excluded.Contains($p.Name)) { continue }
            $commandParameter = $command.Parameters[$p.Name]
            $supportsWildcards = $null -ne ($commandParameter.Attributes |
                Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            [ordered]@{
                name                            = $p.Name
                typeFullName                    = $p.ParameterType.ToString()
                typeName                        = Get-ShortTypeName $p.ParameterType
                isSwitch                        = $p.ParameterType -eq [System.Management.Automation.SwitchParameter]
                mandatory                       = $p.IsMandatory
                position                        = if ($p.Position -eq [int]::MinValue) { $null } else { $p.Position }
                valueFromPipeline               = $p.ValueFromPipeline
                valueFromPipelineByPropertyName = $p.ValueFromPipelineByPropertyName
                aliases                         = @($p.Aliases)
                helpMessage                     = $p.HelpMessage
                supportsWildcards               = $supportsWildcards
                validValues                     = @(Get-ValidValues $commandParameter)
            }
        }
        [ordered]@{
            name       = $set.Name
            isDefault  = $set.IsDefault
            parameters = @($parameters)
        }
    }
    $outputTypes = @($command.OutputType | ForEach-Object {
            if ($_.Type) { $_.Type.FullName } else { $_.Name }
        })
    [ordered]@{
        name                  = $command.Name
        verb                  = $command.Verb
        noun                  = $command.Noun
        helpFile              = $command.HelpFile
        supportsShouldProcess = $command.Parameters.ContainsKey('WhatIf')
        outputTypes           = $outputTypes
        defaultParameterSet   = $command.DefaultParameterSet
        parameterSets         = @($sets)
    }
}

$document = [ordered]@{
    moduleName    = $module.Name
    moduleVersion = $module.Version.ToString()
    commands      = @($commands)
}

$folder = Split-Path -Parent $OutFile
if ($folder -and -not (Test-Path -LiteralPath $folder)) {
    New-Item -ItemType Directory -Path $folder | Out-Null
}
$document | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $OutFile -Encoding utf8
