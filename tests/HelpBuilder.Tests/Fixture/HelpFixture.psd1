@{
    RootModule        = 'HelpFixture.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0e7d52c4-2f0b-4b8e-9b5e-0d3c6a1f4a11'
    CmdletsToExport   = @('Get-Widget', 'Remove-Widget')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
