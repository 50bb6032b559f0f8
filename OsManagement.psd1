@{
    RootModule             = 'OsManagement.dll'
    # Imported before the root module: it loads the engine and its libraries from dependencies/, privately.
    NestedModules          = @('OsManagement.Loader.dll')
    ModuleVersion          = '0.0.0'
    GUID                   = '7d4c2a9e-5b1f-4e0a-9c3d-2f6b8e1a4c70'
    Author                 = 'OsManagement contributors'
    CompanyName            = 'OsManagement contributors'
    Copyright              = '(c) 2026 OsManagement contributors. Licensed under the Universal Permissive License v 1.0.'
    Description            = 'Drive Oracle Cloud Infrastructure OS Management Hub (and the retired OS Management service) from PowerShell: scheduled update jobs, work requests, immediate updates and a security-patch compliance report, as typed objects.'
    CompatiblePSEditions   = @('Desktop', 'Core')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('OsManagement.Format.ps1xml')
    TypesToProcess         = @('OsManagement.Types.ps1xml')
    CmdletsToExport        = @(
        'Connect-Osm'
        'Disconnect-Osm'
        'Get-OsmContext'
        'Get-OsmCompartment'
        'Get-OsmManagedInstance'
        'Get-OsmManagedInstanceGroup'
        'Get-OsmAvailableUpdate'
        'Install-OsmUpdate'
        'Install-OsmPackage'
        'Uninstall-OsmPackage'
        'New-OsmScheduledJob'
        'Get-OsmScheduledJob'
        'Set-OsmScheduledJob'
        'Invoke-OsmJobNow'
        'Skip-OsmJob'
        'Remove-OsmScheduledJob'
        'Get-OsmWorkRequest'
        'Get-OsmWorkRequestLog'
        'Get-OsmWorkRequestError'
        'Wait-OsmWorkRequest'
        'Restart-OsmWorkRequest'
        'Get-OsmComplianceReport'
        'Export-OsmComplianceReport'
        'Compare-OsmComplianceReport'
        'Export-OsmFleet'
        'Start-OsmEmulator'
        'Stop-OsmEmulator'
        'Get-OsmLifecycleEnvironment'
        'Get-OsmLifecycleStage'
        'Invoke-OsmLifecyclePromotion'
        'Add-OsmLifecycleStageMember'
        'Remove-OsmLifecycleStageMember'
        'New-OsmManagedInstanceGroup'
        'Set-OsmManagedInstanceGroup'
        'Remove-OsmManagedInstanceGroup'
        'Add-OsmManagedInstanceGroupMember'
        'Remove-OsmManagedInstanceGroupMember'
        'Get-OsmDynamicSet'
        'Restart-OsmManagedInstance'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('OCI', 'Oracle', 'OracleCloud', 'OSManagement', 'Patching', 'Compliance', 'PSEdition_Core', 'PSEdition_Desktop', 'Linux', 'Windows')
            LicenseUri   = 'https://oss.oracle.com/licenses/upl/'
            ProjectUri   = 'https://www.powershellgallery.com/packages/OsManagement'
            ReleaseNotes = 'First release: connection, targets, immediate updates, scheduled jobs, work requests and the compliance report.'
        }
    }
}
